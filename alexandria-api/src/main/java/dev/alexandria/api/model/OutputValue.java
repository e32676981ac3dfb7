package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code output} block of a module.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name        the output's name
 * @param description its description, empty when none
 * @param sensitive   whether it is marked sensitive
 * @param dependsOn   the references in {@code depends_on}, as source text, copied
 * @param deprecated  the deprecation message, if deprecated
 * @param location    where the block starts
 * @since 0.1.0
 */
public record OutputValue(String name, String description, boolean sensitive, List<String> dependsOn,
        Optional<String> deprecated, SourceLocation location) {

    /**
     * Creates an output after checking its components; {@code dependsOn} is copied.
     *
     * @param name        the output's name; not null
     * @param description its description, empty when none; not null
     * @param sensitive   whether it is marked sensitive
     * @param dependsOn   the references in {@code depends_on}, as source text; not null, no null elements
     * @param deprecated  the deprecation message, or empty when not deprecated; not null
     * @param location    where the block starts; not null
     * @throws NullPointerException if a component or an element of {@code dependsOn} is null
     */
    public OutputValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(deprecated, "deprecated");
        Objects.requireNonNull(location, "location");
    }
}
