package dev.alexandria.spi.cost;

import dev.alexandria.spi.Provider;
import dev.alexandria.spi.ProviderDescriptor;
import java.util.Optional;
import java.util.Set;

/**
 * A source of unit prices: list prices bundled with a provider, a host's negotiated prices, prices imported
 * from a cloud's price files.
 *
 * <p>Found with {@link java.util.ServiceLoader} ({@code META-INF/services/dev.alexandria.spi.cost.PricingSource})
 * or registered explicitly by a host. Alexandria asks a library's own price store ({@code _catalog/prices/})
 * first, then the pricing source named in the configuration, else the sources by descending priority (ties by
 * name); the first that has a price for a key prices it, and the line item names it.
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>{@link #descriptor()} MUST return the same descriptor on every call.</li>
 *   <li>{@link #price(PriceKey)} MUST return empty, never throw, for a key it has no price for, and MUST return
 *       a price whose {@link Price#key()} equals the key asked for.</li>
 *   <li>Prices MUST be per one unit of their {@link Price#unit()}, and MUST NOT change between calls for the
 *       same key in one instance (estimates must be reproducible).</li>
 *   <li>{@link #regions(String)} MUST list every region {@link #price(PriceKey)} can answer for that provider
 *       (a {@code global} pseudo-region included) and nothing else; empty for a provider it does not know.</li>
 *   <li>Implementations MUST be safe for concurrent use by several threads, and SHOULD answer a lookup in well
 *       under a millisecond (a library's estimate may need thousands); load data once, not per call.</li>
 *   <li>Implementations MUST NOT print or exit; they SHOULD log through SLF4J.</li>
 * </ul>
 * The test kit {@code dev.alexandria.tck.cost.PricingSourceCompatibilityKit} checks these.
 *
 * @since 0.1.0
 */
public interface PricingSource extends Provider {

    /** The version of this SPI: {@value}. */
    int SPI_VERSION = 1;

    /** @return the provider's name, priority and SPI version; the same object on every call */
    ProviderDescriptor descriptor();

    /**
     * The regions this source has prices in for a cloud provider.
     *
     * @param provider a cloud provider, e.g. {@code aws}
     * @return the region codes, possibly with {@code global}; empty if the provider is not known here
     */
    Set<String> regions(String provider);

    /**
     * What the source's publisher says of its prices, to show with every estimate that uses them (AWS: its price
     * lists are "for informational purposes only"). Defaults to none.
     *
     * @return the disclaimer, if the prices come with one
     */
    default Optional<String> disclaimer() {
        return Optional.empty();
    }

    /**
     * Looks a price up.
     *
     * @param key what to price
     * @return the price, or empty if this source has none for the key
     */
    Optional<Price> price(PriceKey key);
}
