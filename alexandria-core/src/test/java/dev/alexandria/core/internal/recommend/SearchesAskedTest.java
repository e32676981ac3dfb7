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

    @Test
    void forUseCase_asksForNoFacets() {
        assertNoFacets(asked(FAULTS, "microservices app"));
        assertNoFacets(asked(SAMPLE, "microservices"));
    }

    /**
     * Without the matched fields, the use case's own search asks for no highlights, and the recommendations are the
     * same (modules, order, scores, parts, evidence) but for the relevance reasons, which no longer name the fields.
     */
    @Test
    void withoutMatchedFields_searchesTheUseCaseWithoutHighlights_andRecommendsTheSame() {
        int named = 0;
        for (String useCase : List.of("microservices", "private database with backups", "static website with cdn",
                "serverless api, with a queue and encrypted storage")) {
            Recording backend = new Recording();
            Library lib = Alexandria.builder().root(SAMPLE).providers(backend).searchBackend("recording").open();
            List<Recommendation> brief = lib.recommend().forUseCase(useCase).withoutMatchedFields().run();
            List<SearchQuery> own = backend.asked.stream()
                    .filter(q -> q.text().equals(useCase) && q.limit() == Recommender.SEARCH_DEPTH).toList();
            assertEquals(1, own.size(), useCase);
            assertFalse(own.get(0).highlight(), useCase);
            List<Recommendation> full = Alexandria.builder().root(SAMPLE).searchBackend("alexandria-in-memory").open()
                    .recommend().forUseCase(useCase).run();
            assertFalse(brief.isEmpty(), useCase);
            assertEquals(full.size(), brief.size(), useCase);
            for (int i = 0; i < full.size(); i++) {
                Recommendation f = full.get(i);
                Recommendation b = brief.get(i);
                assertEquals(f.module().id(), b.module().id(), useCase);
                assertEquals(f.score(), b.score(), useCase);
                assertEquals(f.evidence(), b.evidence(), useCase);
                assertEquals(f.composes(), b.composes(), useCase);
                assertEquals(f.parts().size(), b.parts().size(), useCase);
                for (int k = 0; k < f.parts().size(); k++) {
                    Recommendation.ScorePart fp = f.parts().get(k);
                    Recommendation.ScorePart bp = b.parts().get(k);
                    assertEquals(List.of(fp.name(), fp.value(), fp.weight()), List.of(bp.name(), bp.value(),
                            bp.weight()), useCase);
                    assertFalse(bp.reason().contains("; matched "), bp.reason());
                    int at = fp.reason().indexOf("; matched ");
                    named += at >= 0 ? 1 : 0;
                    assertEquals(at >= 0 ? fp.reason().substring(0, at) : fp.reason(), bp.reason(), useCase);
                }
            }
        }
        assertTrue(named > 0, "some full reason names the matched fields");
    }
}
