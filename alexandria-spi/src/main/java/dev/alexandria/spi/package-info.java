/**
 * What every provider interface of Alexandria shares: the {@link dev.alexandria.spi.ProviderDescriptor} a
 * provider describes itself with, and the {@link dev.alexandria.spi.ProviderException} a failing provider is
 * reported with. Each SPI has its own package ({@code spi.cost}, {@code spi.search} ...).
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} ({@code META-INF/services/<interface>} in the
 * provider's jar) and may also be registered explicitly by a host. Where several compete, a provider named in
 * the configuration wins; otherwise the highest {@link dev.alexandria.spi.ProviderDescriptor#priority()}, ties
 * broken by name, never by class-path order.
 */
package dev.alexandria.spi;
