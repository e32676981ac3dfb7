package dev.alexandria.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The order of search hits. Modules without the value sorted on (no registry metrics, no rating, no update date)
 * come last; ties go by relevance, then by id.
 *
 * @since 0.1.0
 */
public enum SearchSort {

    /** Best match first (the default). */
    RELEVANCE,

    /** Most downloads first. */
    POPULARITY,

    /** Highest rating first. */
    RATING,

    /** Most recently updated first (recency). */
    UPDATED;

    /** @return the lower-case name used by the CLI ({@code popularity}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a lower-case name
     * @return the sort, if the name is known
     */
    public static Optional<SearchSort> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id();
    }
}
