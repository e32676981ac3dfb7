package dev.alexandria.spi.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One thing to find (a module), as named fields: text to match, keywords to filter and count, numbers to filter
 * and sort.
 *
 * <pre>{@code
 * SearchDocument doc = SearchDocument.builder("rds-postgres")
 *         .text("name", "RDS PostgreSQL")
 *         .text("readme", readmeText)
 *         .keyword("tags", "postgresql", "multi-az")
 *         .number("downloads", 4200)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id       the unique id (a module id)
 * @param text     text field to its values
 * @param keywords keyword field to its values
 * @param numbers  number field to its value
 * @since 0.1.0
 */
public record SearchDocument(String id, Map<String, List<String>> text, Map<String, List<String>> keywords,
                             Map<String, Double> numbers) {

    /**
     * Validates and copies the components.
     *
     * @param id the unique id
     * @param text text field to its values
     * @param keywords keyword field to its values
     * @param numbers number field to its value, finite
     * @throws IllegalArgumentException if the id is blank, a number is not finite or a field is in two maps
     */
    public SearchDocument {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        text = copy(text, "text");
        keywords = copy(keywords, "keywords");
        Objects.requireNonNull(numbers, "numbers");
        Map<String, Double> n = new LinkedHashMap<>();
        numbers.forEach((k, v) -> {
            Objects.requireNonNull(k, "numbers key");
            Objects.requireNonNull(v, "numbers value");
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("number field '" + k + "' of '" + id + "' is not finite: " + v);
            }
            n.put(k, v);
        });
        numbers = Collections.unmodifiableMap(n);
        for (String f : text.keySet()) {
            if (keywords.containsKey(f) || numbers.containsKey(f)) {
                throw new IllegalArgumentException("field '" + f + "' of '" + id + "' is given as two kinds");
            }
        }
        for (String f : keywords.keySet()) {
            if (numbers.containsKey(f)) {
                throw new IllegalArgumentException("field '" + f + "' of '" + id + "' is given as two kinds");
            }
        }
    }

    /**
     * @param id the document id
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * @param field a text field
     * @return its values; empty if none
     */
    public List<String> text(String field) {
        return text.getOrDefault(field, List.of());
    }

    /**
     * @param field a keyword field
     * @return its values; empty if none
     */
    public List<String> keywords(String field) {
        return keywords.getOrDefault(field, List.of());
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m, String name) {
        Objects.requireNonNull(m, name);
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(Objects.requireNonNull(k, name + " key"),
                List.copyOf(Objects.requireNonNull(v, name + " value"))));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Builds a {@link SearchDocument}. Values added to the same field accumulate. Mutable, for one thread;
     * {@link #build()} leaves it unchanged.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final String id;
        private final Map<String, List<String>> text = new LinkedHashMap<>();
        private final Map<String, List<String>> keywords = new LinkedHashMap<>();
        private final Map<String, Double> numbers = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Adds text values to a field; blank values are skipped.
         *
         * @param field  a text field
         * @param values the values
         * @return this builder
         */
        public Builder text(String field, String... values) {
            return text(field, Arrays.asList(Objects.requireNonNull(values, "values")));
        }

        /**
         * Adds text values to a field; blank values are skipped.
         *
         * @param field  a text field
         * @param values the values
         * @return this builder
         */
        public Builder text(String field, List<String> values) {
            add(text, field, values);
            return this;
        }

        /**
         * Adds keyword values to a field; blank values are skipped.
         *
         * @param field  a keyword field
         * @param values the values
         * @return this builder
         */
        public Builder keyword(String field, String... values) {
            return keyword(field, Arrays.asList(Objects.requireNonNull(values, "values")));
        }

        /**
         * Adds keyword values to a field; blank values are skipped.
         *
         * @param field  a keyword field
         * @param values the values
         * @return this builder
         */
        public Builder keyword(String field, List<String> values) {
            add(keywords, field, values);
            return this;
        }

        /**
         * Sets a number field.
         *
         * @param field a number field
         * @param value the value, finite
         * @return this builder
         * @throws IllegalArgumentException if the value is not finite
         */
        public Builder number(String field, double value) {
            Objects.requireNonNull(field, "field");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("number field '" + field + "' must be finite: " + value);
            }
            numbers.put(field, value);
            return this;
        }

        /** @return the document */
        public SearchDocument build() {
            return new SearchDocument(id, text, keywords, numbers);
        }

        private static void add(Map<String, List<String>> m, String field, List<String> values) {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(values, "values");
            for (String v : values) {
                Objects.requireNonNull(v, "values contains null");
                if (!v.isBlank()) {
                    m.computeIfAbsent(field, k -> new ArrayList<>()).add(v);
                }
            }
        }
    }
}
