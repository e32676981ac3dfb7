package dev.alexandria.spi.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of hits, with the total number of matches and the facet counts over all of them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param totalHits   how many documents match (all pages)
 * @param hits        the requested page, in order
 * @param facets      the requested facets, in the order asked
 * @param corrections query words the backend read as other words (a misspelling to the word searched for)
 * @since 0.1.0
 */
public record SearchResults(long totalHits, List<SearchHit> hits, List<Facet> facets,
                            Map<String, String> corrections) {

    /**
     * Validates and copies the components.
     *
     * @param totalHits how many documents match
     * @param hits the page, in order
     * @param facets the facets
     * @param corrections misspelled word to the word searched for
     * @throws IllegalArgumentException if the total is negative or below the number of hits
     */
    public SearchResults {
        hits = List.copyOf(Objects.requireNonNull(hits, "hits"));
        facets = List.copyOf(Objects.requireNonNull(facets, "facets"));
        corrections = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(corrections,
                "corrections")));
        if (totalHits < hits.size()) {
            throw new IllegalArgumentException("totalHits " + totalHits + " is below the number of hits "
                    + hits.size());
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
