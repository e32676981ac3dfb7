package dev.alexandria.core.internal.discovery;

import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.tck.search.SearchBackendCompatibilityKit;

/** The built-in backend meets the SearchBackend contract; it does not claim typo tolerance. */
class InMemorySearchBackendCompatibilityTest extends SearchBackendCompatibilityKit {

    @Override
    protected SearchBackend backend() {
        return new InMemorySearchBackend();
    }

    @Override
    protected boolean toleratesTypos() {
        return false;
    }
}
