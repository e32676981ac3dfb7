package dev.alexandria.spi.search;

/**
 * What a field of a {@link SearchDocument} holds, and so what queries can do with it.
 *
 * @since 0.1.0
 */
public enum FieldKind {

    /** Prose and identifiers, split into words: matched by the query text (with its boost) and highlighted. */
    TEXT,

    /** Exact values (a layer, a tag): {@link Filter.AnyOf}, {@link Filter.NoneOf}, {@link Filter.Missing} and facets. */
    KEYWORD,

    /** At most one number: {@link Filter.Range}, {@link Filter.Missing} and {@link Sort}. */
    NUMBER
}
