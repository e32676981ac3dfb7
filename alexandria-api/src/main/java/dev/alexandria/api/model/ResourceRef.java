package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code resource} or {@code data} block of a module.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode     managed ({@code resource}) or data
 * @param type     the resource type ({@code aws_vpc})
 * @param name     the resource name
 * @param provider the provider configuration it uses (explicit, or inferred from the type's prefix)
 * @param count    the source text of its {@code count} argument, if any
 * @param forEach  the source text of its {@code for_each} argument, if any
 * @param location where the block starts
 * @since 0.1.0
 */
public record ResourceRef(Mode mode, String type, String name, ProviderConfigRef provider, Optional<String> count,
        Optional<String> forEach, SourceLocation location) {

    /**
     * Managed resource or data source.
     *
     * @since 0.1.0
     */
    public enum Mode {
        /** a {@code resource} block */
        MANAGED,
        /** a {@code data} block */
        DATA
    }

    /**
     * Creates a resource reference after checking its components.
     *
     * @param mode     managed or data; not null
     * @param type     the resource type; not null
     * @param name     the resource name; not null
     * @param provider the provider configuration it uses; not null
     * @param count    the source text of its {@code count} argument, or empty; not null
     * @param forEach  the source text of its {@code for_each} argument, or empty; not null
     * @param location where the block starts; not null
     * @throws NullPointerException if a component is null
     */
    public ResourceRef {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(forEach, "forEach");
        Objects.requireNonNull(location, "location");
    }

    /** @return the address: {@code type.name} or {@code data.type.name} */
    public String address() {
        return mode == Mode.DATA ? "data." + type + "." + name : type + "." + name;
    }
}
