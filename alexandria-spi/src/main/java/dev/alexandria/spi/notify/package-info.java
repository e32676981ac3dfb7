/**
 * The notification SPI: {@link dev.alexandria.spi.notify.Notifier}, which tells the world that a module version
 * was published. Alexandria ships a webhook notifier (JSON over HTTP POST to the URLs of
 * {@code _catalog/settings.yaml}); a host can plug in chat, mail or its developer portal.
 *
 * @since 0.4.0
 */
package dev.alexandria.spi.notify;
