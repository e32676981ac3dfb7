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

    /** Validates. */
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
