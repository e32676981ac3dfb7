package dev.alexandria.spi.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of hits, with the total number of matches, the facet counts over all of them, and what each filter
 * left out.
 *
 * <p>Why {@link #leftOut()}: a filter the user did not think of (a caller's default such as "no deprecated
 * modules") can hide the very module asked for; "1 module matches but is deprecated" is only honest if the count comes
 * from the same pass that found the hits, not from a second query per filter, which would cost a search each.
 *
 * <p>Immutable and thread-safe.
 *
 * @param totalHits   how many documents match (all pages)
 * @param hits        the requested page, in order
 * @param facets      the requested facets, in the order asked
 * @param corrections query words the backend read as other words (a misspelling to the word searched for)
 * @param leftOut     for each filter of the query, in the query's order, the matching documents it alone left out
 *                    (see {@link LeftOut}); empty only from a backend older than 0.4.0, which did not count them
 * @since 0.1.0
 */
public record SearchResults(long totalHits, List<SearchHit> hits, List<Facet> facets,
                            Map<String, String> corrections, List<LeftOut> leftOut) {

    /**
     * Validates and copies the components.
     *
     * @param totalHits how many documents match
     * @param hits the page, in order
     * @param facets the facets
     * @param corrections misspelled word to the word searched for
     * @param leftOut what each filter of the query alone left out, in the query's order
     * @throws IllegalArgumentException if the total is negative or below the number of hits
     * @since 0.4.0
     */
    public SearchResults {
        hits = List.copyOf(Objects.requireNonNull(hits, "hits"));
        facets = List.copyOf(Objects.requireNonNull(facets, "facets"));
        corrections = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(corrections,
                "corrections")));
        leftOut = List.copyOf(Objects.requireNonNull(leftOut, "leftOut"));
        if (totalHits < hits.size()) {
            throw new IllegalArgumentException("totalHits " + totalHits + " is below the number of hits "
                    + hits.size());
        }
    }

    /**
     * Results that do not say what the filters left out, as backends before 0.4.0 answered.
     *
     * @param totalHits how many documents match
     * @param hits the page, in order
     * @param facets the facets
     * @param corrections misspelled word to the word searched for
     * @throws IllegalArgumentException if the total is negative or below the number of hits
     */
    public SearchResults(long totalHits, List<SearchHit> hits, List<Facet> facets, Map<String, String> corrections) {
        this(totalHits, hits, facets, corrections, List.of());
    }

    /**
     * @param filter a filter of the query
     * @return what it alone left out, if the backend counted it (the first entry for that filter when the query
     *         holds it twice)
     * @since 0.4.0
     */
    public Optional<LeftOut> leftOutBy(Filter filter) {
        Objects.requireNonNull(filter, "filter");
        return leftOut.stream().filter(l -> l.filter().equals(filter)).findFirst();
    }

    /**
     * The documents that match the query's text and every other filter of the query, but not this one: exactly the
     * hits that dropping this filter alone would add. A document two filters refuse is counted by neither (dropping
     * one would not show it). Documents that match no word of the text are never counted; with empty text every
     * document matches it.
     *
     * @param filter       the filter of the query
     * @param count        how many documents it alone left out, not negative
     * @param withoutValue how many of them it left out because they have no value in the filter's field (always 0
     *                     for {@link Filter.NoneOf} and {@link Filter.Missing}, which pass such documents or refuse
     *                     only documents with a value), at most {@code count}
     * @param best         the ids of the best of them, at most {@link #BEST}, best first: by how well they match the
     *                     text as the backend scores it (whatever the query's sort), ties by id; by id alone for
     *                     empty text
     * @since 0.4.0
     */
    public record LeftOut(Filter filter, long count, long withoutValue, List<String> best) {

        /** How many ids {@link #best()} holds at most: enough to name them in a one-line note. */
        public static final int BEST = 3;

        /**
         * Validates and copies the components.
         *
         * @param filter the filter
         * @param count how many it alone left out
         * @param withoutValue how many of them have no value in its field
         * @param best the best of their ids
         * @throws IllegalArgumentException if a count is negative, withoutValue is above count, or best holds more
         *                                  than {@link #BEST} ids or more than {@code count}
         */
        public LeftOut {
            Objects.requireNonNull(filter, "filter");
            best = List.copyOf(Objects.requireNonNull(best, "best"));
            if (count < 0 || withoutValue < 0 || withoutValue > count) {
                throw new IllegalArgumentException("left out by " + filter + ": count " + count + " and withoutValue "
                        + withoutValue + " must be 0 <= withoutValue <= count");
            }
            if (best.size() > Math.min(BEST, count)) {
                throw new IllegalArgumentException("left out by " + filter + ": " + best.size()
                        + " best ids for a count of " + count + " (at most " + BEST + ")");
            }
        }
    }

    /**
     * @param field a facet field
     * @return its counts, if it was asked for
     */
    public Optional<Facet> facet(String field) {
        Objects.requireNonNull(field, "field");
        return facets.stream().filter(f -> f.field().equals(field)).findFirst();
    }
}
