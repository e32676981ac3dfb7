/**
 * The conformance test kit of the {@link dev.alexandria.spi.testing.TestRunner} SPI.
 *
 * @since 0.4.0
 */
package dev.alexandria.tck.testing;
