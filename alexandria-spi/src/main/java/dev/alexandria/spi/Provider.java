package dev.alexandria.spi;

/**
 * A plug-in to one of Alexandria's SPIs. Every SPI interface ({@code SearchBackend}, {@code PricingSource},
 * {@code ResourceCostModel}, {@code PriceListImporter}, and those that follow) extends this one, so that hosts
 * can find, choose and report providers the same way for all of them.
 *
 * <p>Implementations MUST have a public no-argument constructor to be found through {@link
 * java.util.ServiceLoader} (listed in {@code META-INF/services/<the SPI interface>}), MUST be safe to use from
 * several threads, and SHOULD do no work in their constructor: a host may instantiate a provider only to read its
 * descriptor.
 *
 * @since 0.1.0
 */
public interface Provider {

    /**
     * Describes this provider. MUST return the same value on every call and MUST NOT throw.
     *
     * @return its name, priority and the SPI version it targets
     */
    ProviderDescriptor descriptor();
}
