/**
 * JMH benchmarks and generators of synthetic Terraform modules and libraries. Compiled by CI, run by hand:
 * {@code java -cp <classpath> org.openjdk.jmh.Main <pattern>}.
 */
package dev.alexandria.benchmarks;
