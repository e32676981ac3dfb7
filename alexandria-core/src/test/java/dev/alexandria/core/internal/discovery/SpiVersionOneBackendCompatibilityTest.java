package dev.alexandria.core.internal.discovery;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.tck.search.SearchBackendCompatibilityKit;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A backend written against version 1 of the SearchBackend SPI, which says nothing of what the filters left out,
 * still passes the kit: the kit holds a backend only to the obligations of the version it declares.
 */
class SpiVersionOneBackendCompatibilityTest extends SearchBackendCompatibilityKit {

    @Override
    protected SearchBackend backend() {
        return new VersionOne();
    }

    @Override
    protected boolean toleratesTypos() {
        return false;
    }

    /** The built-in backend, answering as a version 1 backend did: without {@link SearchResults#leftOut()}. */
    private static final class VersionOne implements SearchBackend {

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("version-one", 0, 1);
        }

        @Override
        public SearchIndex open(IndexSpec spec) {
            SearchIndex index = new InMemorySearchBackend().open(spec);
            return (SearchIndex) Proxy.newProxyInstance(SearchIndex.class.getClassLoader(),
                    new Class<?>[] {SearchIndex.class}, (proxy, method, args) -> {
                        Object out;
                        try {
                            out = method.invoke(index, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        return out instanceof SearchResults r
                                ? new SearchResults(r.totalHits(), r.hits(), r.facets(), r.corrections()) : out;
                    });
        }
    }
}
