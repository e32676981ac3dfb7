package dev.alexandria.spi.search;

import dev.alexandria.spi.Provider;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A search engine for a library's modules: it opens indices, keeps them in sync with the documents the host
 * gives, and answers queries with filters, facets, sorting, paging and highlights.
 *
 * <p>Found through {@link java.util.ServiceLoader} ({@code META-INF/services/dev.alexandria.spi.search.SearchBackend})
 * or registered by a host; the highest {@link dev.alexandria.spi.ProviderDescriptor#priority() priority} wins
 * unless configuration names one ({@code alexandria.search.backend}). Alexandria's own backends are
 * {@code alexandria-in-memory} (priority 0, built into core) and {@code alexandria-lucene} (priority 100).
 *
 * <h2>Requirements</h2>
 * A backend MUST:
 * <ul>
 *   <li>describe itself with a descriptor whose {@code spiVersion} is at most {@link #SPI_VERSION};</li>
 *   <li>be usable from several threads, as must the indices it opens (searches may run concurrently; the host
 *       calls {@link SearchIndex#sync(java.util.Collection)} from one thread at a time);</li>
 *   <li>treat query text as words, never as a query language: quotes, parentheses, {@code :}, {@code *},
 *       {@code ~}, {@code AND}/{@code OR}/{@code NOT}, empty text and very long text (10,000 characters and
 *       more) are all valid and MUST NOT fail;</li>
 *   <li>match a query word in any {@link FieldKind#TEXT} field regardless of case, and rank documents with a
 *       match in a field of higher {@link FieldSpec#boost()} above otherwise equal documents;</li>
 *   <li>treat the terms of each {@link Vocabulary.SynonymGroup} as the same word, and let a
 *       {@link Vocabulary.Narrower} term find the narrower terms (a one-word term MUST work; multi-word
 *       terms SHOULD);</li>
 *   <li>with a {@link SearchQuery#minRelativeScore() relevance floor}, count as a match only a document that scores
 *       at least that fraction of the best score of any document matching the text, whatever the filters (for the
 *       hits, the total, the facets and what the filters left out alike), whatever the sort (since SPI version
 *       2);</li>
 *   <li>apply every filter, count facets over every matching document (not only the returned page), sort with
 *       documents lacking the sort field last in either direction, break ties by score and then by id, and page
 *       with offset and limit consistently;</li>
 *   <li>report, for each filter of a query, the matching documents it alone left out
 *       ({@link SearchResults.LeftOut}: their count, how many of them lack a value in the field, the ids of the
 *       best few) in the same pass over the matches that finds the hits, not with a query per filter (since
 *       0.4.0, SPI version 2; a host shows "1 module matches but is deprecated" from it);</li>
 *   <li>reject a query or document that names an undeclared field, or a filter that does not fit the field's
 *       kind, with an {@link IllegalArgumentException};</li>
 *   <li>load a document (call {@link IndexEntry#document()}) only when the index does not already hold it with
 *       the same fingerprint;</li>
 *   <li>when given a {@link IndexSpec#directory() directory}, keep the index only inside it, and treat
 *       anything there it cannot read or does not trust (a corrupt file, another backend's or version's data,
 *       an index built for another {@link IndexSpec#fingerprint() spec}) as absent: rebuild, never fail and
 *       never return stale results.</li>
 * </ul>
 * A backend SHOULD persist its index in the directory when one is given (and say so with
 * {@link #persistent()}), tolerate misspelled query words of five or more characters, and explain each hit with
 * {@link Highlight}s.
 *
 * @since 0.1.0
 */
public interface SearchBackend extends Provider {

    /**
     * The version of this SPI: {@value}. It is raised when an obligation is added that a backend written against the
     * previous version does not meet (a new MUST, or a new part of a query or an answer a backend must honour or
     * fill); an addition with a default that keeps such a backend correct (a default method, a SHOULD) does not raise
     * it. A host loads a backend whose descriptor names this version or an older one, and reads an older backend's
     * answers as that version defines them.
     *
     * <p>History:
     * <ul>
     *   <li><b>1</b> (0.1.0): indices, sync, text, filters, facets, sort, paging, highlights.</li>
     *   <li><b>2</b> (0.4.0): an answer says what each filter alone left out ({@link SearchResults#leftOut()}; a
     *       version 1 backend leaves it empty, which a host reads as "not counted"), and a query may set a relevance
     *       floor ({@link SearchQuery#minRelativeScore()}; a version 1 backend ignores it and answers every
     *       match). The optional {@link #repeatableAnswers()} and {@link #persistedState(Path)} came
     *       with the same release and raise nothing.</li>
     * </ul>
     */
    int SPI_VERSION = 2;

    /**
     * Opens an index: the one persisted in the spec's directory when it is there and can be trusted, otherwise a
     * new, empty one. The caller closes it.
     *
     * @param spec the fields, the vocabulary and where to keep the index
     * @return the index, open
     */
    SearchIndex open(IndexSpec spec);

    /**
     * Whether indices opened with a directory survive a restart, so that an unchanged document need not be given
     * again. Defaults to {@code false}.
     *
     * @return whether this backend persists its indices
     */
    default boolean persistent() {
        return false;
    }

    /**
     * Whether the answer to a query depends only on the query and on the index's state (the documents it was given
     * and the syncs that got it there, under the same spec and the same build of the backend): no clock, randomness,
     * outside service or setting read elsewhere. A host may then keep answers across runs and reuse them while the
     * index is unchanged (Alexandria keeps them in its cache folder, {@code search/results.bin}). Defaults to
     * {@code false}: every query is asked.
     *
     * @return whether this backend's answers may be reused for an unchanged index
     * @since 0.4.0
     */
    default boolean repeatableAnswers() {
        return false;
    }

    /**
     * A text naming the state of the index this backend persisted in a directory, read without opening it (no index
     * reader, no codec): equal for as long as the persisted index is the same, and different once a sync changed
     * it, it was rebuilt or its files were replaced, by this process or another. With {@link #repeatableAnswers()},
     * a host can then tell before opening the index that the answers it kept still hold, and answer a request made
     * again without opening the index at all (Alexandria does, from {@code search/results.bin}). Never fails:
     * empty when there is no persisted index there yet, the folder cannot be read, or the backend has no cheap way
     * to tell; then the host opens the index first. Defaults to empty.
     *
     * @param directory the {@link IndexSpec#directory() directory} an index would be opened with
     * @return the persisted index's state, when it can be told without opening the index
     * @since 0.4.0
     */
    default Optional<String> persistedState(Path directory) {
        return Optional.empty();
    }
}
