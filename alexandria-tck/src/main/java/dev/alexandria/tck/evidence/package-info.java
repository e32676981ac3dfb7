/**
 * The test kit of the promotion evidence SPI.
 *
 * @since 0.3.0
 */
package dev.alexandria.tck.evidence;
