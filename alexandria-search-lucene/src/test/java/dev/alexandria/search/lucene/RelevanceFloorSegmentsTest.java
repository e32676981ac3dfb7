package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.spi.search.Facet;
import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.spi.search.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance floor is a share of the best match of the whole index: a weak match indexed before the best one
 * (in an earlier sync, so an earlier segment, and collected first) is no match, counted in no total, facet or page.
 */
class RelevanceFloorSegmentsTest {

    @TempDir
    Path dir;

    private static IndexEntry entry(String id, String description, String layer) {
        return new IndexEntry(id, Integer.toHexString((description + layer).hashCode()),
                () -> SearchDocument.builder(id).text("description", description).keyword("layer", layer).build());
    }

    @Test
    void aWeakMatchCollectedBeforeTheBestIsCountedNowhere() {
        SearchIndex index = new LuceneSearchBackend().open(new IndexSpec(Optional.of(dir),
                List.of(FieldSpec.text("description", 1.0), FieldSpec.keyword("layer")), Vocabulary.empty()));
        try {
            List<IndexEntry> first = new ArrayList<>();
            first.add(entry("weak", "A queue", "compute"));
            for (int i = 0; i < 20; i++) {
                first.add(entry("filler-" + i, "Module number " + i, "data"));
            }
            index.sync(first);
            List<IndexEntry> second = new ArrayList<>(first);
            second.add(entry("strong", "Dead letter queue with alarms, retries and dead letter redrive", "data"));
            index.sync(second);

            String text = "dead letter queue alarms redrive";
            SearchResults all = index.search(SearchQuery.builder().text(text).facets("layer").build());
            assertEquals(List.of("strong", "weak"), all.hits().stream().map(SearchHit::id).toList());

            for (int limit : List.of(0, 1, 10)) {
                SearchResults r = index.search(SearchQuery.builder().text(text).facets("layer").limit(limit)
                        .minRelativeScore(0.5).build());
                assertEquals(List.of("strong").subList(0, Math.min(limit, 1)),
                        r.hits().stream().map(SearchHit::id).toList(), "limit " + limit);
                assertEquals(1, r.totalHits(), "limit " + limit);
                assertEquals(List.of(new Facet.FacetValue("data", 1)), r.facet("layer").orElseThrow().values(),
                        "limit " + limit);
            }
        } finally {
            index.close();
        }
    }
}
