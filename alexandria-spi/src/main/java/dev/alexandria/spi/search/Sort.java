package dev.alexandria.spi.search;

import java.util.Objects;
import java.util.Optional;

/**
 * The order of hits: by relevance, or by a number field. Documents without a value in the field come last in
 * either direction; ties are broken by relevance, then by id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field      the number field to sort by; empty for relevance
 * @param descending whether larger values come first (ignored for relevance, which is always best first)
 * @since 0.1.0
 */
public record Sort(Optional<String> field, boolean descending) {

    private static final Sort RELEVANCE = new Sort(Optional.empty(), true);

    /**
     * Validates the components.
     *
     * @param field the number field, or empty for relevance
     * @param descending whether larger values come first
     */
    public Sort {
        Objects.requireNonNull(field, "field");
    }

    /** @return best match first, ties by id */
    public static Sort relevance() {
        return RELEVANCE;
    }

    /**
     * @param field a number field
     * @return largest value first
     */
    public static Sort descending(String field) {
        return new Sort(Optional.of(Objects.requireNonNull(field, "field")), true);
    }

    /**
     * @param field a number field
     * @return smallest value first
     */
    public static Sort ascending(String field) {
        return new Sort(Optional.of(Objects.requireNonNull(field, "field")), false);
    }

    /** @return {@code relevance}, {@code downloads desc} … */
    @Override
    public String toString() {
        return field.map(f -> f + (descending ? " desc" : " asc")).orElse("relevance");
    }
}
