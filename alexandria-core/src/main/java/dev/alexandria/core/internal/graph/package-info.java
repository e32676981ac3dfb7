/**
 * The dependency graph of a library: edges from declared {@code requires} and from module calls in the HCL,
 * the layer rule, cycles, deprecated dependencies, version resolution with Terraform's semantics, provider
 * requirement intersection over a call tree, deploy order, reverse dependencies and the impact of a new
 * version. Graph algorithms come from JGraphT; nothing of JGraphT leaves this package.
 *
 * <p>Internal: not API; may change without notice. Reached through {@code Library.graph()} and
 * {@code Library.dependencies(String)}.
 */
package dev.alexandria.core.internal.graph;
