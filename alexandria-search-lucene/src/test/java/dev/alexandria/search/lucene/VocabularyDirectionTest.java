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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query knows the vocabulary's direction: an equivalent ({@code a, b}) is another name of what was typed and
 * weighs as the typed words would, a narrower term of a one-way rule ({@code a => b}) is one of the things they may
 * mean. Without it, the one word "alb" weighed a third of the typed phrase "application load balancer" (a phrase
 * weighs the sum of its words' IDFs), so a web firewall whose description says "for an application load balancer"
 * ranked above the module named ALB.
 */
class VocabularyDirectionTest {

    @TempDir
    Path dir;

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(Vocabulary.SynonymGroup.of("alb", "application load balancer")),
            List.of(new Vocabulary.Narrower("database", List.of("postgresql", "relational database service"))));

    @Test
    void narrowerTerms_areTypedAsSuch_equivalentsAsSynonyms() throws IOException {
        Set<String> types = types(Analysis.query(Analysis.synonyms(VOCABULARY)), "alb database");
        assertEquals(Set.of("alb word", "applic SYNONYM", "load SYNONYM", "balanc SYNONYM", "databas word",
                "postgresql NARROWER", "relat NARROWER", "databas NARROWER", "servic NARROWER"), types);
    }

    @Test
    void anEquivalentWord_weighsAsTheTypedPhrase() {
        SearchIndex index = new LuceneSearchBackend().open(new IndexSpec(Optional.of(dir),
                List.of(FieldSpec.text("name", 3.0), FieldSpec.text("description", 1.5)), VOCABULARY));
        try {
            List<SearchDocument> docs = new ArrayList<>();
            docs.add(SearchDocument.builder("alb").text("name", "ALB")
                    .text("description", "Provisions an ALB with listeners and target groups").build());
            docs.add(SearchDocument.builder("waf").text("name", "WAF web ACL")
                    .text("description", "Web ACL for an Application Load Balancer or a distribution").build());
            for (int i = 0; i < 6; i++) {
                docs.add(SearchDocument.builder("other" + i).text("name", "Other " + i)
                        .text("description", "Something else entirely, number " + i).build());
            }
            index.sync(docs.stream().map(d -> new IndexEntry(d.id(), "v1", () -> d)).toList());
            Map<String, Double> s = scores(index, "application load balancer");
            assertEquals("alb", s.keySet().iterator().next(), s.toString());
            assertTrue(s.containsKey("waf"), s.toString());
        } finally {
            index.close();
        }
    }

    /** "queue" of "message queue" is the phrase shortened, a wider reading: it is no other name of it, so not raised. */
    @Test
    void aWordOfTheTypedPhrase_isNotRaisedToIt() {
        Vocabulary queues = new Vocabulary(List.of(Vocabulary.SynonymGroup.of("queue", "message queue")), List.of());
        SearchIndex index = new LuceneSearchBackend().open(new IndexSpec(Optional.of(dir),
                List.of(FieldSpec.text("name", 3.0), FieldSpec.text("description", 1.5)), queues));
        try {
            List<SearchDocument> docs = new ArrayList<>();
            docs.add(SearchDocument.builder("sqs").text("name", "SQS")
                    .text("description", "Message queue for decoupling services").build());
            docs.add(SearchDocument.builder("dlq").text("name", "Dead letter queue alarm")
                    .text("description", "Alarm on the depth of a function's failures").build());
            for (int i = 0; i < 6; i++) {
                docs.add(SearchDocument.builder("other" + i).text("name", "Other " + i)
                        .text("description", "Something else entirely, number " + i).build());
            }
            index.sync(docs.stream().map(d -> new IndexEntry(d.id(), "v1", () -> d)).toList());
            Map<String, Double> s = scores(index, "message queue");
            assertEquals("sqs", s.keySet().iterator().next(), s.toString());
        } finally {
            index.close();
        }
    }

    private static Map<String, Double> scores(SearchIndex index, String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (SearchHit hit : index.search(SearchQuery.builder().text(text).limit(20).build()).hits()) {
            out.put(hit.id(), hit.score());
        }
        return out;
    }

    /** Each token of the analyzed text and its type, "word TYPE". */
    private static Set<String> types(Analyzer analyzer, String text) throws IOException {
        Set<String> out = new HashSet<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + " " + type.type());
            }
            ts.end();
        }
        return out;
    }
}
