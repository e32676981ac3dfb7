package dev.alexandria.spi.search;

import java.util.List;
import java.util.Objects;

/**
 * Why a hit matched in one field: a fragment of the field's text and where in it the query's words (or their
 * synonyms) are.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field    the text field
 * @param fragment a piece of the field's value, at most a few hundred characters
 * @param matches  the matched words in the fragment, in order, not overlapping
 * @since 0.1.0
 */
public record Highlight(String field, String fragment, List<Span> matches) {

    /**
     * Validates and copies the components.
     *
     * @param field the text field
     * @param fragment a piece of the field's value
     * @param matches the matched words, in order
     * @throws IllegalArgumentException if a span is outside the fragment or the spans overlap
     */
    public Highlight {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fragment, "fragment");
        matches = List.copyOf(Objects.requireNonNull(matches, "matches"));
        int last = 0;
        for (Span s : matches) {
            if (s.end() > fragment.length() || s.start() < last) {
                throw new IllegalArgumentException("span " + s + " is outside the fragment or overlaps another");
            }
            last = s.end();
        }
    }

    /**
     * @param open  written before each match, e.g. {@code "["}
     * @param close written after each match, e.g. {@code "]"}
     * @return the fragment with its matches marked
     */
    public String marked(String open, String close) {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Span s : matches) {
            sb.append(fragment, at, s.start()).append(open).append(fragment, s.start(), s.end()).append(close);
            at = s.end();
        }
        return sb.append(fragment.substring(at)).toString();
    }

    /**
     * A matched piece of a fragment, {@code [start, end)} in characters.
     *
     * @param start the first character
     * @param end   after the last character
     * @since 0.1.0
     */
    public record Span(int start, int end) {

        /**
         * Validates the bounds.
         *
         * @param start the first character
         * @param end after the last character
         * @throws IllegalArgumentException if start is negative or end is not after start
         */
        public Span {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
            }
        }
    }
}
