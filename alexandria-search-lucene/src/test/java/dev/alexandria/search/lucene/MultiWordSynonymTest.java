package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.Highlight;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.Vocabulary;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multi-word synonym matches, and is marked, only as a phrase: "kubernetes" is searched with its synonym
 * "elastic kubernetes service" too, and "elastic" of an Elastic IP or "service" of an ECS service neither finds a
 * module nor is marked in one found for another word. Before, the query matched the phrase but the highlights
 * marked each of its words wherever it stood, so `search kubernetes` showed "[Elastic] IP" and "[service] names"
 * as if they had matched (and the recommender, which reads what the highlights mark, took them as found).
 */
class MultiWordSynonymTest {

    @TempDir
    Path dir;

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(Vocabulary.SynonymGroup.of("k8s", "kubernetes", "eks", "elastic kubernetes service"),
                    Vocabulary.SynonymGroup.of("lb", "load balancer")),
            List.of());

    private SearchIndex index() {
        SearchIndex index = new LuceneSearchBackend().open(new IndexSpec(Optional.of(dir),
                List.of(FieldSpec.text("name", 3.0), FieldSpec.text("description", 1.0)), VOCABULARY));
        List<SearchDocument> docs = List.of(
                SearchDocument.builder("eip").text("name", "Elastic IP").text("description",
                        "An elastic address for a service").build(),
                SearchDocument.builder("ecs").text("name", "ECS service").text("description",
                        "Containers as a service").build(),
                SearchDocument.builder("vpc").text("name", "VPC").text("description",
                        "Elastic IP addresses for each service; subnets tagged for kubernetes").build(),
                SearchDocument.builder("cluster").text("name", "Cluster").text("description",
                        "The Elastic Kubernetes Service control plane, not an elastic load of one service").build(),
                SearchDocument.builder("nginx").text("name", "nginx").text("description",
                        "A load test of the balancer, then a load balancer").build());
        index.sync(docs.stream().map(d -> new IndexEntry(d.id(), "v1", () -> d)).toList());
        return index;
    }

    /** Each hit's marked words, field by field. */
    private static Map<String, List<String>> marked(SearchIndex index, String text) {
        Map<String, List<String>> out = new TreeMap<>();
        for (SearchHit hit : index.search(SearchQuery.builder().text(text).limit(10).highlight(true).build()).hits()) {
            out.put(hit.id(), hit.highlights().stream().flatMap((Highlight h) -> h.matches().stream()
                            .map(s -> h.field() + ":" + h.fragment().substring(s.start(), s.end())
                                    .toLowerCase(Locale.ROOT)))
                    .collect(Collectors.toList()));
        }
        return out;
    }

    @Test
    void theWordsOfAMultiWordSynonym_matchAndAreMarked_onlyTogether() {
        SearchIndex index = index();
        try {
            assertEquals(Map.of("vpc", List.of("description:kubernetes"),
                            "cluster", List.of("description:elastic kubernetes service")),
                    marked(index, "kubernetes"), "no 'elastic' or 'service' alone");
            assertEquals(Map.of("vpc", List.of("description:kubernetes"),
                            "cluster", List.of("description:elastic kubernetes service")),
                    marked(index, "eks"));
            assertEquals(Map.of("nginx", List.of("description:load balancer")), marked(index, "lb"),
                    "'load' and 'balancer' apart are not marked");
            assertEquals(Map.of("nginx", List.of("description:load balancer")), marked(index, "load balancer"),
                    "typed, a vocabulary phrase is one concept too, matched as the phrase or its synonym");
        } finally {
            index.close();
        }
    }
}
