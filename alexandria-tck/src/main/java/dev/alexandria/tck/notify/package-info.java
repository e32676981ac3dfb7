/**
 * The conformance test kit of the {@link dev.alexandria.spi.notify.Notifier} SPI.
 *
 * @since 0.4.0
 */
package dev.alexandria.tck.notify;
