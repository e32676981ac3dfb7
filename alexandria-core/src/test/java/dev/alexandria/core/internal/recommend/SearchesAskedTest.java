package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import dev.alexandria.core.internal.discovery.InMemorySearchBackend;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.IndexStats;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.spi.search.SyncResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a recommendation asks of the search backend: no facet counts, which no plan reads. */
class SearchesAskedTest {

    private static final Path FAULTS = Path.of("src/test/resources/libraries/recommend-faults");
    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");

    /** The in-memory backend, recording each query asked of it. */
    static final class Recording implements SearchBackend {
        final List<SearchQuery> asked = new ArrayList<>();

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("recording", 5, SearchBackend.SPI_VERSION);
        }

        @Override
        public SearchIndex open(IndexSpec spec) {
            SearchIndex index = new InMemorySearchBackend().open(spec);
            return new SearchIndex() {
                @Override
                public SyncResult sync(Collection<IndexEntry> entries) {
                    return index.sync(entries);
                }

                @Override
                public SearchResults search(SearchQuery query) {
                    asked.add(query);
                    return index.search(query);
                }

                @Override
                public IndexStats stats() {
                    return index.stats();
                }

                @Override
                public void close() {
                    index.close();
                }
            };
        }
    }

    private static List<SearchQuery> asked(Path root, String useCase) {
        Recording backend = new Recording();
        Library lib = Alexandria.builder().root(root).providers(backend).searchBackend("recording").open();
        List<Recommendation> withRecording = lib.recommend().forUseCase(useCase).run();
        List<Recommendation> plain = Alexandria.builder().root(root).searchBackend("alexandria-in-memory").open()
                .recommend().forUseCase(useCase).run();
        assertEquals(plain.toString(), withRecording.toString(), "the recording backend answers as the in-memory one");
        assertFalse(backend.asked.isEmpty());
        return backend.asked;
    }

    private static void assertNoFacets(List<SearchQuery> asked) {
        for (SearchQuery q : asked) {
            assertTrue(q.facets().isEmpty(), () -> "facets asked for '" + q.text() + "': " + q.facets());
        }
    }

    /**
     * No plan reads what a search finding nothing would suggest (its did-you-mean, the words no module mentions), so
     * a recommendation asks none of the searches that find them: each of those probes a word alone, without the
     * conditions every search of a recommendation has (deprecated and archived modules left out).
     */
    @Test
    void forUseCase_asksForNoSuggestions() {
        for (String useCase : List.of("zzzz qqqq", "mainframe kubernetis", "web application with a mainframe")) {
            for (SearchQuery q : asked(SAMPLE, useCase)) {
                assertFalse(q.filters().isEmpty(), () -> "'" + useCase + "' asked '" + q.text() + "' alone");
            }
        }
    }

    @Test
    void forUseCase_asksForNoFacets() {
        assertNoFacets(asked(FAULTS, "microservices app"));
        assertNoFacets(asked(SAMPLE, "microservices"));
    }
}
