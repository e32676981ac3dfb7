package dev.alexandria.spi.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A query: words, filters, the facets to count, the order and the page.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.builder()
 *         .text("vpc multi-az")
 *         .filter(Filter.anyOf("maturity", "stable", "mature"))
 *         .facets("layer", "tags")
 *         .sort(Sort.descending("downloads"))
 *         .offset(0).limit(10)
 *         .build();
 * }</pre>
 *
 * <p>Empty text matches every document (that passes the filters), all with the same score. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class SearchQuery {

    private final String text;
    private final List<Filter> filters;
    private final List<String> facets;
    private final Sort sort;
    private final int offset;
    private final int limit;
    private final boolean highlight;
    private final double minRelativeScore;

    private SearchQuery(Builder b) {
        this.text = b.text;
        this.filters = List.copyOf(b.filters);
        this.facets = List.copyOf(b.facets);
        this.sort = b.sort;
        this.offset = b.offset;
        this.limit = b.limit;
        this.highlight = b.highlight;
        this.minRelativeScore = b.minRelativeScore;
    }

    /** @return a builder with the defaults: no text, no filter, no facet, relevance, offset 0, limit 10 */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the words as the user typed them; may be empty */
    public String text() {
        return text;
    }

    /** @return the filters, all of which apply */
    public List<Filter> filters() {
        return filters;
    }

    /** @return the keyword fields whose values to count over all matches */
    public List<String> facets() {
        return facets;
    }

    /** @return the order */
    public Sort sort() {
        return sort;
    }

    /** @return how many hits to skip */
    public int offset() {
        return offset;
    }

    /** @return the most hits to return; 0 returns only the total and the facets */
    public int limit() {
        return limit;
    }

    /** @return whether to explain each hit with highlights */
    public boolean highlight() {
        return highlight;
    }

    /**
     * The relevance floor: a document matching the text counts as a match only if it scores at least this fraction
     * of the best score of any document matching the text (whatever the filters), so a document matching one
     * common word of a long query is no hit next to documents matching all of it, and a sort by another field
     * orders the relevant documents rather than lifting noise. The floor applies to the hits, the total, the
     * facets and what the filters left out alike, and never with empty text (every document matches it equally).
     *
     * @return the fraction, from 0 (the default: every document matching a word is a match) to 1
     * @since 0.4.0
     */
    public double minRelativeScore() {
        return minRelativeScore;
    }

    /** @return the parts that differ from the defaults */
    @Override
    public String toString() {
        List<String> set = new ArrayList<>();
        if (!text.isEmpty()) {
            set.add("text=" + (text.length() > 60 ? text.substring(0, 60) + "…" : text));
        }
        if (!filters.isEmpty()) {
            set.add("filters=" + filters);
        }
        if (!facets.isEmpty()) {
            set.add("facets=" + facets);
        }
        if (sort.field().isPresent()) {
            set.add("sort=" + sort);
        }
        if (offset != 0) {
            set.add("offset=" + offset);
        }
        set.add("limit=" + limit);
        if (minRelativeScore > 0) {
            set.add("minRelativeScore=" + minRelativeScore);
        }
        return "SearchQuery{" + String.join(", ", set) + "}";
    }

    /**
     * Builds a {@link SearchQuery}. Mutable, for one thread; {@link #build()} leaves it unchanged.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private String text = "";
        private final List<Filter> filters = new ArrayList<>();
        private final List<String> facets = new ArrayList<>();
        private Sort sort = Sort.relevance();
        private int offset;
        private int limit = 10;
        private boolean highlight = true;
        private double minRelativeScore;

        private Builder() {
        }

        /**
         * The words to look for. Defaults to none (every document).
         *
         * @param text any text; never parsed as a query language
         * @return this builder
         */
        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Adds filters. Defaults to none.
         *
         * @param filters the filters
         * @return this builder
         */
        public Builder filter(Filter... filters) {
            Objects.requireNonNull(filters, "filters");
            return filters(Arrays.asList(filters));
        }

        /**
         * Adds filters. Defaults to none.
         *
         * @param filters the filters
         * @return this builder
         */
        public Builder filters(List<Filter> filters) {
            Objects.requireNonNull(filters, "filters");
            filters.forEach(f -> this.filters.add(Objects.requireNonNull(f, "filters contains null")));
            return this;
        }

        /**
         * Adds keyword fields whose values to count. Defaults to none.
         *
         * @param fields keyword fields
         * @return this builder
         */
        public Builder facets(String... fields) {
            Objects.requireNonNull(fields, "fields");
            return facets(Arrays.asList(fields));
        }

        /**
         * Adds keyword fields whose values to count. Defaults to none.
         *
         * @param fields keyword fields
         * @return this builder
         */
        public Builder facets(List<String> fields) {
            Objects.requireNonNull(fields, "fields");
            fields.forEach(f -> {
                Objects.requireNonNull(f, "fields contains null");
                if (!facets.contains(f)) {
                    facets.add(f);
                }
            });
            return this;
        }

        /**
         * The order. Defaults to {@link Sort#relevance()}.
         *
         * @param sort the order
         * @return this builder
         */
        public Builder sort(Sort sort) {
            this.sort = Objects.requireNonNull(sort, "sort");
            return this;
        }

        /**
         * How many hits to skip. Defaults to 0.
         *
         * @param offset not negative
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder offset(int offset) {
            if (offset < 0) {
                throw new IllegalArgumentException("offset must not be negative: " + offset);
            }
            this.offset = offset;
            return this;
        }

        /**
         * The most hits to return. Defaults to 10.
         *
         * @param limit not negative; 0 returns only the total and the facets
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder limit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative: " + limit);
            }
            this.limit = limit;
            return this;
        }

        /**
         * Whether to explain hits with highlights. Defaults to {@code true}.
         *
         * @param highlight whether to highlight
         * @return this builder
         */
        public Builder highlight(boolean highlight) {
            this.highlight = highlight;
            return this;
        }

        /**
         * The relevance floor (see {@link SearchQuery#minRelativeScore()}). Defaults to 0, no floor.
         *
         * @param fraction from 0 to 1: the share of the best match's score a document needs to be a match
         * @return this builder
         * @throws IllegalArgumentException if not within 0 and 1
         * @since 0.4.0
         */
        public Builder minRelativeScore(double fraction) {
            if (!(fraction >= 0 && fraction <= 1)) {
                throw new IllegalArgumentException("minRelativeScore must be from 0 to 1: " + fraction);
            }
            this.minRelativeScore = fraction;
            return this;
        }

        /** @return the query */
        public SearchQuery build() {
            return new SearchQuery(this);
        }
    }
}
