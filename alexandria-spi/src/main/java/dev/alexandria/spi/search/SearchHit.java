package dev.alexandria.spi.search;

import java.util.List;
import java.util.Objects;

/**
 * One document found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the document id
 * @param score      how well it matches, not negative; comparable only within one result (0 for empty text)
 * @param highlights why it matched: the fields where query words were found, with fragments
 * @since 0.1.0
 */
public record SearchHit(String id, double score, List<Highlight> highlights) {

    /**
     * Validates and copies the components.
     *
     * @param id the document id
     * @param score how well it matches, not negative
     * @param highlights why it matched
     * @throws IllegalArgumentException if the score is negative or not a number
     */
    public SearchHit {
        Objects.requireNonNull(id, "id");
        if (!(score >= 0) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("score of '" + id + "' must be finite and not negative: " + score);
        }
        highlights = List.copyOf(Objects.requireNonNull(highlights, "highlights"));
    }
}
