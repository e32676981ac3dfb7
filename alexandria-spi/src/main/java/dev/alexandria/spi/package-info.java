/**
 * What every provider interface of Alexandria shares: the {@link dev.alexandria.spi.ProviderDescriptor} a
 * provider describes itself with (a unique kebab-case name, a priority and the SPI version it targets), the
 * {@link dev.alexandria.spi.ProviderException} a failing provider is reported with, {@link
 * dev.alexandria.spi.ProviderLoader}, which finds and chooses the providers of one SPI, and {@link
 * dev.alexandria.spi.ProviderGuard}, which turns an unexpected exception of a provider into a
 * {@code ProviderException} naming it. Each SPI has its own package ({@code spi.cost}, {@code spi.search} ...).
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} ({@code META-INF/services/<interface>} in the
 * provider's jar) and may also be registered explicitly by a host. Where several compete, a provider named in
 * the configuration wins; otherwise the highest {@link dev.alexandria.spi.ProviderDescriptor#priority()}, ties
 * broken by name, never by class-path order. The conformance test kit of each SPI is in the
 * {@code alexandria-tck} artifact.
 */
package dev.alexandria.spi;
