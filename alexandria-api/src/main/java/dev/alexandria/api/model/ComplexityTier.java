package dev.alexandria.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How hard a module is to use, derived from the number of its input variables: basic (at most 10),
 * standard (11 to 30), advanced (more than 30).
 *
 * @since 0.1.0
 */
public enum ComplexityTier {
    /** At most 10 input variables. */
    BASIC,
    /** 11 to 30 input variables. */
    STANDARD,
    /** More than 30 input variables. */
    ADVANCED;

    /** @return the id used in the files ({@code basic}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks up a tier by its id.
     *
     * @param id {@code basic}, {@code standard} or {@code advanced}
     * @return the tier, or empty if the id is unknown
     */
    public static Optional<ComplexityTier> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * Derives the tier from a variable count.
     *
     * @param variables the number of input variables
     * @return the tier
     * @throws IllegalArgumentException if the count is negative
     */
    public static ComplexityTier forVariableCount(int variables) {
        if (variables < 0) {
            throw new IllegalArgumentException("variable count must not be negative: " + variables);
        }
        return variables <= 10 ? BASIC : variables <= 30 ? STANDARD : ADVANCED;
    }

    /**
     * The variable counts of this tier, as people read them: {@code at most 10}, {@code 11-30},
     * {@code more than 30}.
     *
     * @return the range
     */
    public String range() {
        switch (this) {
            case BASIC:
                return "at most 10";
            case STANDARD:
                return "11-30";
            default:
                return "more than 30";
        }
    }

    /** @return the id */
    @Override
    public String toString() {
        return id();
    }
}
