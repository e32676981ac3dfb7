package dev.alexandria.spi.search;

import java.util.Collection;

/**
 * One open index of a {@link SearchBackend}. Searches may run from several threads at once; {@link #sync} is
 * called from one thread at a time. After {@link #close()} every method but {@code close} throws
 * {@link IllegalStateException}.
 *
 * @since 0.1.0
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Makes the index hold exactly the given documents. An entry whose id the index holds with the same
     * fingerprint is left alone, without loading its document; a new or changed one is loaded and indexed; a
     * held document whose id is not among the entries is removed. A backend may load documents from several
     * threads at once, so the entries' suppliers must be thread-safe. If loading or indexing fails, the index
     * holds what it held before (or, for an index that was being rebuilt, nothing) and the exception propagates.
     *
     * @param entries every document the index must hold, each id at most once
     * @return what was added, updated, removed and left alone
     * @throws IllegalArgumentException if two entries share an id, a loaded document's id differs from its
     *                                  entry's, or a document names an undeclared field or a field of another kind
     */
    SyncResult sync(Collection<IndexEntry> entries);

    /**
     * Runs a query.
     *
     * @param query the words, filters, facets, sort and page
     * @return the page of hits, the total, the facet counts
     * @throws IllegalArgumentException if the query names an undeclared field or filters a field of another kind
     */
    SearchResults search(SearchQuery query);

    /** @return the number of documents, the size, the location and the last sync */
    IndexStats stats();

    /** Releases the index (files, locks, memory). Calling it again does nothing. */
    @Override
    void close();
}
