package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.Vocabulary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two words typed next to each other rank a document holding them next to each other, in that order, above one
 * holding the same words as often but apart: "application load balancer" is the ALB module's phrase, while a WAF
 * module that protects "an application behind a load balancer" only mentions both words. A synonym of either word
 * counts for the phrase as it counts alone ("automatic backups" finds "automated backups").
 */
class AdjacentWordsTest {

    @TempDir
    Path dir;

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(Vocabulary.SynonymGroup.of("lb", "load balancer"),
                    Vocabulary.SynonymGroup.of("automatic", "automated")),
            List.of());

    private List<String> ids(SearchIndex index, String text) {
        return index.search(SearchQuery.builder().text(text).limit(10).build()).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void wordsTypedTogether_rankTheDocumentHoldingThemTogetherFirst() {
        SearchIndex index = new LuceneSearchBackend().open(new IndexSpec(Optional.of(dir),
                List.of(FieldSpec.text("name", 3.0), FieldSpec.text("description", 1.0)), VOCABULARY));
        // the same words, as often, in fields of the same lengths; the apart documents are indexed first and come
        // first by id, so that a tie would put them first
        List<SearchDocument> docs = List.of(
                SearchDocument.builder("a-waf").text("name", "web firewall").text("description",
                        "Rules for an application behind a load balancer").build(),
                SearchDocument.builder("z-alb").text("name", "front door").text("description",
                        "An application load balancer behind rules for it").build(),
                SearchDocument.builder("a-table").text("name", "key table").text("description",
                        "Backups of an automated table, kept daily").build(),
                SearchDocument.builder("z-database").text("name", "sql server").text("description",
                        "Automated backups of a table, kept daily").build());
        index.sync(docs.stream().map(d -> new IndexEntry(d.id(), "v1", () -> d)).toList());
        try {
            assertEquals(List.of("z-alb", "a-waf"), ids(index, "application load balancer"));
            assertEquals(List.of("z-alb", "a-waf"), ids(index, "application lb"));
            assertEquals(List.of("z-database", "a-table"), ids(index, "automatic backups"));
            // typed apart, the words are two concepts with no phrase: the order is the index's, a tie
            assertEquals(2, ids(index, "backups automatic").size());
        } finally {
            index.close();
        }
    }
}
