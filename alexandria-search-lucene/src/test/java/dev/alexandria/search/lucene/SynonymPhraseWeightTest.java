package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multi-word synonym weighs no more than the word typed would at best. Lucene scores a phrase with the sum of its
 * words' IDFs, so "point in time recovery", the vocabulary's four-word way of saying "backups", outweighed the word
 * typed: `search "private database with automatic backups"` put a key-value table that mentions point-in-time
 * recovery above the relational databases whose descriptions say "backups".
 */
class SynonymPhraseWeightTest {

    @TempDir
    Path dir;

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(Vocabulary.SynonymGroup.of("backup", "backups", "point in time recovery")), List.of());

    private SearchIndex index() {
        SearchIndex index = new LuceneSearchBackend().open(new IndexSpec(Optional.of(dir),
                List.of(FieldSpec.text("name", 3.0), FieldSpec.text("description", 1.5)), VOCABULARY));
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(SearchDocument.builder("relational").text("name", "Relational")
                .text("description", "Database backups kept").build());
        docs.add(SearchDocument.builder("table").text("name", "Table")
                .text("description", "Point in time recovery").build());
        // "backup" is a common word of the library (as it is of real modules), each of the phrase's words a rare one
        for (int i = 0; i < 8; i++) {
            docs.add(SearchDocument.builder("other" + i).text("name", "Other " + i)
                    .text("description", "Backup vault number " + i).build());
        }
        index.sync(docs.stream().map(d -> new IndexEntry(d.id(), "v1", () -> d)).toList());
        return index;
    }

    private static Map<String, Double> scores(SearchIndex index, String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (SearchHit hit : index.search(SearchQuery.builder().text(text).limit(20).build()).hits()) {
            out.put(hit.id(), hit.score());
        }
        return out;
    }

    @Test
    void aPhraseSynonym_weighsNoMoreThanTheWordTyped() {
        SearchIndex index = index();
        try {
            Map<String, Double> s = scores(index, "backups");
            assertEquals("relational", s.keySet().iterator().next(), s.toString());
            assertTrue(s.get("table") <= s.get("relational"), "the phrase synonym scored above the word typed: " + s);
            assertTrue(s.get("table") > s.get("other0"), "the phrase synonym still counts, as a rare match: " + s);
        } finally {
            index.close();
        }
    }

    @Test
    void typedAsAPhrase_thePhraseKeepsItsWeight() {
        SearchIndex index = index();
        try {
            Map<String, Double> s = scores(index, "point in time recovery");
            assertEquals("table", s.keySet().iterator().next(), "typed, the phrase is not capped: " + s);
        } finally {
            index.close();
        }
    }
}
