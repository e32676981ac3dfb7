package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code variable} block: one input of a module.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name            the variable's name
 * @param typeSource      the {@code type} argument exactly as written, if given
 * @param type            the parsed type constraint; {@link TypeConstraint#ANY} when no type is given or it
 *                        could not be understood (then a diagnostic says so)
 * @param defaultValue    the default, if given (a {@link LiteralValue.NonLiteral} when not a literal)
 * @param description     the description, empty when none
 * @param sensitive       {@code sensitive = true}
 * @param nullable        {@code nullable}, which defaults to true
 * @param ephemeral       {@code ephemeral = true}
 * @param deprecated      the deprecation message, if deprecated
 * @param validationCount the number of {@code validation} blocks
 * @param location        where the block starts
 * @since 0.1.0
 */
public record InputVariable(String name, Optional<String> typeSource, TypeConstraint type,
        Optional<LiteralValue> defaultValue, String description, boolean sensitive, boolean nullable,
        boolean ephemeral, Optional<String> deprecated, int validationCount, SourceLocation location) {

    /**
     * Creates a variable after checking its components.
     *
     * @param name            the variable's name; not null
     * @param typeSource      the {@code type} argument as written, or empty when not given; not null
     * @param type            the parsed type constraint, {@link TypeConstraint#ANY} when unknown; not null
     * @param defaultValue    the default, or empty when the variable has none (and so is required); not null
     * @param description     the description, empty when none; not null
     * @param sensitive       whether {@code sensitive = true} was given
     * @param nullable        the {@code nullable} argument; Terraform's default is true
     * @param ephemeral       whether {@code ephemeral = true} was given
     * @param deprecated      the deprecation message, or empty when not deprecated; not null
     * @param validationCount the number of {@code validation} blocks; zero or more
     * @param location        where the block starts; not null
     * @throws NullPointerException     if a reference component is null
     * @throws IllegalArgumentException if {@code validationCount} is negative
     */
    public InputVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(typeSource, "typeSource");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(deprecated, "deprecated");
        Objects.requireNonNull(location, "location");
        if (validationCount < 0) {
            throw new IllegalArgumentException("validationCount must not be negative: " + validationCount);
        }
    }

    /** @return whether a caller must set it (it has no default) */
    public boolean required() {
        return defaultValue.isEmpty();
    }
}
