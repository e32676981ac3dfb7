package dev.alexandria.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a provider describes itself: a unique name, a priority and the version of the SPI it was written for.
 *
 * <pre>{@code
 * ProviderDescriptor d = ProviderDescriptor.of("acme-search", 50, SearchBackend.SPI_VERSION);
 * }</pre>
 *
 * <p>The name is lower-case kebab-case ({@code acme-search}), 2 to 64 characters; it is what configuration uses
 * to ask for this provider. Names starting with {@code alexandria-} are reserved for the providers shipped with
 * Alexandria (in packages below {@code dev.alexandria.}); {@link ProviderLoader} skips any other provider that
 * uses one. When no provider is asked for by name, the highest priority wins and ties are broken by name; the
 * built-in defaults use low priorities ({@code 0}), Alexandria's real providers {@code 100}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name       the unique kebab-case name
 * @param priority   how strongly it wants to be chosen when several are available; higher wins
 * @param spiVersion the version of the SPI it implements, at least 1 (e.g. {@code SearchBackend.SPI_VERSION})
 * @since 0.1.0
 */
public record ProviderDescriptor(String name, int priority, int spiVersion) {

    /** The prefix of the names reserved for Alexandria's own providers: {@value}. */
    public static final String RESERVED_PREFIX = "alexandria-";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /**
     * Validates the components.
     *
     * @param name the unique kebab-case name
     * @param priority how strongly it wants to be chosen; higher wins
     * @param spiVersion the version of the SPI it implements, at least 1
     * @throws IllegalArgumentException if the name is not kebab-case of 2 to 64 characters, or the version is
     *                                  below 1
     */
    public ProviderDescriptor {
        Objects.requireNonNull(name, "name");
        if (name.length() < 2 || name.length() > 64 || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid provider name '" + name
                    + "': use 2 to 64 lower-case letters, digits and single hyphens, e.g. acme-search");
        }
        if (spiVersion < 1) {
            throw new IllegalArgumentException("spiVersion must be at least 1: " + spiVersion);
        }
    }

    /**
     * @param name       the unique kebab-case name
     * @param priority   higher wins
     * @param spiVersion the SPI version it implements
     * @return a descriptor
     */
    public static ProviderDescriptor of(String name, int priority, int spiVersion) {
        return new ProviderDescriptor(name, priority, spiVersion);
    }

    /** @return whether the name uses the prefix reserved for Alexandria's own providers */
    public boolean hasReservedName() {
        return name.startsWith(RESERVED_PREFIX);
    }

    /** @return {@code name (priority P, SPI vN)} */
    @Override
    public String toString() {
        return name + " (priority " + priority + ", SPI v" + spiVersion + ")";
    }
}
