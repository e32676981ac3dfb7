package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A provider configuration: the local provider name and, for a non-default configuration, its alias
 * ({@code aws.east}). Used for {@code provider} blocks, a resource's {@code provider} argument and
 * {@code configuration_aliases}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name  the provider's local name, never blank
 * @param alias the alias, if not the default configuration
 * @since 0.1.0
 */
public record ProviderConfigRef(String name, Optional<String> alias) {

    /**
     * Creates a provider configuration reference after checking its components.
     *
     * @param name  the provider's local name; not null and not blank
     * @param alias the alias, or empty for the default configuration; not null
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the name is blank
     */
    public ProviderConfigRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alias, "alias");
        if (name.isBlank()) {
            throw new IllegalArgumentException("provider name must not be blank");
        }
    }

    /**
     * @param name the provider's local name
     * @return the default configuration of that provider
     */
    public static ProviderConfigRef of(String name) {
        return new ProviderConfigRef(name, Optional.empty());
    }

    /**
     * @param name  the provider's local name
     * @param alias the alias
     * @return the aliased configuration
     */
    public static ProviderConfigRef of(String name, String alias) {
        return new ProviderConfigRef(name, Optional.of(alias));
    }

    /** @return {@code name} or {@code name.alias} */
    public String key() {
        return alias.map(a -> name + "." + a).orElse(name);
    }

    @Override
    public String toString() {
        return key();
    }
}
