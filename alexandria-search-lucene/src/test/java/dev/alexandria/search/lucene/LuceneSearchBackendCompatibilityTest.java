package dev.alexandria.search.lucene;

import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.tck.search.SearchBackendCompatibilityKit;

/** The Lucene backend meets the whole SearchBackend contract, its SHOULDs included. */
class LuceneSearchBackendCompatibilityTest extends SearchBackendCompatibilityKit {

    @Override
    protected SearchBackend backend() {
        return new LuceneSearchBackend();
    }
}
