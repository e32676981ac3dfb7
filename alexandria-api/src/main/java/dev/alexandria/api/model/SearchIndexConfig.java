package dev.alexandria.api.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code _catalog/search-index.yaml}: which fields each search index covers and how much
 * each field weighs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indices the indices, in file order
 * @since 0.1.0
 */
public record SearchIndexConfig(List<SearchIndex> indices) {

    private static final SearchIndexConfig EMPTY = new SearchIndexConfig(List.of());

    /**
     * Validates and copies the indices.
     *
     * @param indices the indices, in file order
     */
    public SearchIndexConfig {
        indices = Checks.list(indices, "indices");
    }

    /** @return no indices */
    public static SearchIndexConfig empty() {
        return EMPTY;
    }

    /**
     * @param name an index name
     * @return the index, if declared
     */
    public Optional<SearchIndex> index(String name) {
        Objects.requireNonNull(name, "name");
        return indices.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /**
     * One index.
     *
     * @param name   the index name ({@code full_text})
     * @param fields the fields it covers
     * @param boosts field to weight (default 1.0 for a field without a boost)
     * @since 0.1.0
     */
    public record SearchIndex(String name, List<String> fields, Map<String, Double> boosts) {

        /**
         * Validates and copies the components.
         *
         * @param name the index name ({@code full_text})
         * @param fields the fields it covers
         * @param boosts field to weight (default 1.0 for a field without a boost)
         */
        public SearchIndex {
            Checks.notBlank(name, "name");
            fields = Checks.list(fields, "fields");
            boosts = Checks.map(boosts, "boosts");
        }

        /**
         * @param field a field name
         * @return its boost, 1.0 when none is declared
         */
        public double boost(String field) {
            Objects.requireNonNull(field, "field");
            return boosts.getOrDefault(field, 1.0);
        }
    }
}
