package dev.alexandria.spi.search;

import java.util.List;
import java.util.Objects;

/**
 * How many matching documents have each value of a keyword field.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field  the keyword field
 * @param values each value with its count, most frequent first, ties by value; values with no match are left out
 * @since 0.1.0
 */
public record Facet(String field, List<FacetValue> values) {

    /**
     * Validates and copies the components.
     *
     * @param field the keyword field
     * @param values the counts, most frequent first
     */
    public Facet {
        Objects.requireNonNull(field, "field");
        values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    /**
     * @param value a value
     * @return its count, 0 if no match has it
     */
    public long count(String value) {
        Objects.requireNonNull(value, "value");
        return values.stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count).findFirst()
                .orElse(0);
    }

    /**
     * One value and its count.
     *
     * @param value the value
     * @param count how many matching documents have it, positive
     * @since 0.1.0
     */
    public record FacetValue(String value, long count) {

        /**
         * Validates the components.
         *
         * @param value the value
         * @param count how many matching documents have it, positive
         */
        public FacetValue {
            Objects.requireNonNull(value, "value");
            if (count <= 0) {
                throw new IllegalArgumentException("count of '" + value + "' must be positive: " + count);
            }
        }
    }
}
