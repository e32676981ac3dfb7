/**
 * What every provider SPI of Alexandria shares: a provider describes itself with a {@link
 * dev.alexandria.spi.ProviderDescriptor} (a unique kebab-case name, a priority and the SPI version it targets),
 * is found through {@link java.util.ServiceLoader} or registered explicitly by a host, and is chosen by
 * {@link dev.alexandria.spi.ProviderLoader}: the provider named in configuration, otherwise the highest priority,
 * ties broken by name. Calls into a provider go through {@link dev.alexandria.spi.ProviderGuard}, which turns an
 * unexpected exception into a {@link dev.alexandria.api.ProviderException} naming the provider.
 *
 * <p>One package per SPI holds its interfaces and values ({@code dev.alexandria.spi.search} …). The conformance
 * test kit of each SPI is in the {@code alexandria-tck} artifact.
 */
package dev.alexandria.spi;
