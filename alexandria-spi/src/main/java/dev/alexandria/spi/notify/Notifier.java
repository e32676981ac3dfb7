package dev.alexandria.spi.notify;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.NotificationResult;
import dev.alexandria.spi.Provider;
import java.util.List;

/**
 * Announces a published module version. Found by {@link java.util.ServiceLoader} (or registered by a host);
 * {@code publish} calls every notifier, after the registry records the publication, and reports each
 * notification's result: a failure is reported, never lost.
 *
 * <p>The contract:
 * <ul>
 *   <li>{@link #send} MUST return one result per target it tried, delivered or failed with the reason; an empty
 *       list when the library configures nothing for it. It MUST NOT throw for a delivery failure (a refused
 *       connection, an HTTP error, a time-out): that is a failed result.</li>
 *   <li>It MUST finish in bounded time (connect and read time-outs).</li>
 *   <li>Implementations MUST be thread-safe.</li>
 * </ul>
 *
 * @since 0.4.0
 */
public interface Notifier extends Provider {

    /** The version of this SPI: {@value}. */
    int SPI_VERSION = 1;

    /**
     * Sends the announcement.
     *
     * @param publication what was published
     * @param settings    the library's {@code notify:} settings
     * @return one result per target tried, possibly empty
     */
    List<NotificationResult> send(Publication publication, CatalogSettings.Notify settings);
}
