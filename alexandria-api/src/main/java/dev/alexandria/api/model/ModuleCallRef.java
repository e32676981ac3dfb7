package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code module} block: a call to a child module.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name     the call's name
 * @param source   the {@code source} argument, empty string when missing or not a literal
 * @param version  the {@code version} constraint, if any
 * @param location where the block starts
 * @since 0.1.0
 */
public record ModuleCallRef(String name, String source, Optional<String> version, SourceLocation location) {

    /**
     * Creates a module call after checking its components.
     *
     * @param name     the call's name; not null
     * @param source   the {@code source} argument, empty when missing or not a literal; not null
     * @param version  the {@code version} constraint, or empty when none; not null
     * @param location where the block starts; not null
     * @throws NullPointerException if a component is null
     */
    public ModuleCallRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(location, "location");
    }

    /**
     * The {@code version} argument read as a {@link VersionConstraint}, to match with
     * {@link VersionConstraint.Semantics#SELECTION}.
     *
     * @return the constraint, or empty when the call has no {@code version} or it cannot be read;
     *         {@link #version()} keeps the text as written
     * @since 0.2.0
     */
    public Optional<VersionConstraint> versionConstraint() {
        return version.flatMap(VersionConstraint::tryParse);
    }
}
