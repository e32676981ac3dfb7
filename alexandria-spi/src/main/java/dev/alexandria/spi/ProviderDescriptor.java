package dev.alexandria.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a provider describes itself: a unique name, the priority it competes with, and the version of the SPI
 * it was written against.
 *
 * <p>The name is kebab-case ({@code aws-list-prices}, {@code acme-negotiated-prices}): lower-case letters and
 * digits in words joined by single hyphens, at most 64 characters. Names that start with {@code alexandria-}
 * are reserved for the providers Alexandria ships: a provider outside the {@code dev.alexandria} packages that
 * uses one is reported as broken and skipped when providers are discovered.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ProviderDescriptor d = new ProviderDescriptor("acme-negotiated-prices", 100, PricingSource.SPI_VERSION);
 * }</pre>
 *
 * @param name       the provider's unique name, kebab-case
 * @param priority   the higher, the more preferred when no provider is named in the configuration; may be
 *                   negative (Alexandria's own providers use 0, so any positive priority wins over them)
 * @param spiVersion the version of the SPI the provider implements, at least 1 (each SPI publishes its current
 *                   version as a constant, e.g. {@code PricingSource.SPI_VERSION})
 * @since 0.1.0
 */
public record ProviderDescriptor(String name, int priority, int spiVersion) {

    /** The prefix of the names of Alexandria's own providers: {@value}. */
    public static final String RESERVED_PREFIX = "alexandria-";

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Checks the components.
     *
     * @param name       the provider's unique name, kebab-case, at most 64 characters
     * @param priority   the priority
     * @param spiVersion the SPI version, at least 1
     * @throws IllegalArgumentException if the name is not kebab-case or the SPI version is below 1
     */
    public ProviderDescriptor {
        Objects.requireNonNull(name, "name");
        if (name.length() > 64 || !KEBAB.matcher(name).matches()) {
            throw new IllegalArgumentException("provider name must be kebab-case (lower-case letters and digits "
                    + "joined by single hyphens, at most 64 characters): '" + name + "'");
        }
        if (spiVersion < 1) {
            throw new IllegalArgumentException("spiVersion must be at least 1: " + spiVersion);
        }
    }

    /**
     * The same as the constructor, for those who prefer a factory.
     *
     * @param name       the provider's unique name, kebab-case
     * @param priority   the priority
     * @param spiVersion the SPI version, at least 1
     * @return a descriptor
     * @throws IllegalArgumentException if the name is not kebab-case or the SPI version is below 1
     */
    public static ProviderDescriptor of(String name, int priority, int spiVersion) {
        return new ProviderDescriptor(name, priority, spiVersion);
    }

    /** @return true if the name starts with {@value #RESERVED_PREFIX}: one of Alexandria's own providers */
    public boolean isReserved() {
        return name.startsWith(RESERVED_PREFIX);
    }

    /** @return {@code name (priority p, SPI v)} */
    @Override
    public String toString() {
        return name + " (priority " + priority + ", SPI " + spiVersion + ")";
    }
}
