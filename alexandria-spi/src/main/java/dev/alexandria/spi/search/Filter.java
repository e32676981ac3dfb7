package dev.alexandria.spi.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A condition every hit must meet. The filters of a query all apply (and).
 *
 * <pre>{@code
 * Filter.anyOf("maturity", "stable", "mature");   // keyword: one of the values
 * Filter.noneOf("status", "deprecated");          // keyword: none of the values
 * Filter.range("cost", 0, 100);                   // number: min <= value <= max; no value fails
 * Filter.missing("cost");                         // the field has no value
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Filter permits Filter.AnyOf, Filter.NoneOf, Filter.Range, Filter.Missing {

    /** @return the field it tests */
    String field();

    /**
     * @param field  a keyword field
     * @param values the accepted values, at least one
     * @return a filter passing documents with at least one of the values
     */
    static Filter anyOf(String field, String... values) {
        return new AnyOf(field, new LinkedHashSet<>(Arrays.asList(Objects.requireNonNull(values, "values"))));
    }

    /**
     * @param field  a keyword field
     * @param values the accepted values, at least one
     * @return a filter passing documents with at least one of the values
     */
    static Filter anyOf(String field, Collection<String> values) {
        return new AnyOf(field, new LinkedHashSet<>(Objects.requireNonNull(values, "values")));
    }

    /**
     * @param field  a keyword field
     * @param values the refused values, at least one
     * @return a filter passing documents with none of the values (documents without the field pass)
     */
    static Filter noneOf(String field, String... values) {
        return new NoneOf(field, new LinkedHashSet<>(Arrays.asList(Objects.requireNonNull(values, "values"))));
    }

    /**
     * @param field a number field
     * @param min   the least value, inclusive
     * @param max   the greatest value, inclusive
     * @return a filter passing documents whose value is in the range
     */
    static Filter range(String field, double min, double max) {
        return new Range(field, OptionalDouble.of(min), OptionalDouble.of(max));
    }

    /**
     * @param field a number field
     * @param max   the greatest value, inclusive
     * @return a filter passing documents whose value is at most {@code max}
     */
    static Filter atMost(String field, double max) {
        return new Range(field, OptionalDouble.empty(), OptionalDouble.of(max));
    }

    /**
     * @param field a keyword or number field
     * @return a filter passing documents without a value in the field
     */
    static Filter missing(String field) {
        return new Missing(field);
    }

    /**
     * Documents with at least one of the values in a keyword field.
     *
     * @param field  a keyword field
     * @param values the values, at least one
     * @since 0.1.0
     */
    record AnyOf(String field, Set<String> values) implements Filter {

        /**
         * Validates and copies the components.
         *
         * @param field a keyword field
         * @param values the values, at least one
         */
        public AnyOf {
            Objects.requireNonNull(field, "field");
            values = Set.copyOf(Objects.requireNonNull(values, "values"));
            if (values.isEmpty()) {
                throw new IllegalArgumentException("anyOf(" + field + ") needs at least one value");
            }
        }
    }

    /**
     * Documents with none of the values in a keyword field (documents without the field pass).
     *
     * @param field  a keyword field
     * @param values the values, at least one
     * @since 0.1.0
     */
    record NoneOf(String field, Set<String> values) implements Filter {

        /**
         * Validates and copies the components.
         *
         * @param field a keyword field
         * @param values the values, at least one
         */
        public NoneOf {
            Objects.requireNonNull(field, "field");
            values = Set.copyOf(Objects.requireNonNull(values, "values"));
            if (values.isEmpty()) {
                throw new IllegalArgumentException("noneOf(" + field + ") needs at least one value");
            }
        }
    }

    /**
     * Documents whose number is between the bounds, inclusive; documents without a value fail.
     *
     * @param field a number field
     * @param min   the least value, if bounded
     * @param max   the greatest value, if bounded
     * @since 0.1.0
     */
    record Range(String field, OptionalDouble min, OptionalDouble max) implements Filter {

        /**
         * Validates the components.
         *
         * @param field a number field
         * @param min the least value, if bounded
         * @param max the greatest value, if bounded
         * @throws IllegalArgumentException if a bound is not finite or min is above max
         */
        public Range {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if ((min.isPresent() && !Double.isFinite(min.getAsDouble()))
                    || (max.isPresent() && !Double.isFinite(max.getAsDouble()))) {
                throw new IllegalArgumentException("range bounds of '" + field + "' must be finite");
            }
            if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
                throw new IllegalArgumentException("range of '" + field + "': min " + min.getAsDouble()
                        + " is above max " + max.getAsDouble());
            }
        }

        /**
         * @param value a value
         * @return whether it is in the range
         */
        public boolean contains(double value) {
            return (min.isEmpty() || value >= min.getAsDouble()) && (max.isEmpty() || value <= max.getAsDouble());
        }
    }

    /**
     * Documents without a value in the field.
     *
     * @param field a keyword or number field
     * @since 0.1.0
     */
    record Missing(String field) implements Filter {

        /**
         * Validates the field.
         *
         * @param field a keyword or number field
         */
        public Missing {
            Objects.requireNonNull(field, "field");
        }
    }
}
