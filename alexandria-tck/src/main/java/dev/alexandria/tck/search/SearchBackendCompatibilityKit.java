package dev.alexandria.tck.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.search.Facet;
import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.Filter;
import dev.alexandria.spi.search.Highlight;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.IndexStats;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.spi.search.Sort;
import dev.alexandria.spi.search.SyncResult;
import dev.alexandria.spi.search.Vocabulary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conformance test kit of the {@link SearchBackend} SPI. Extend it, return your backend from
 * {@link #backend()}, and run it with your tests:
 *
 * <pre>{@code
 * class AcmeSearchBackendCompatibilityTest extends SearchBackendCompatibilityKit {
 *     @Override
 *     protected SearchBackend backend() {
 *         return new AcmeSearchBackend();
 *     }
 * }
 * }</pre>
 *
 * <p>Each test's display name is one obligation of the contract written in {@link SearchBackend}'s Javadoc. The
 * obligations the contract calls SHOULD are checked only when the backend claims them: override
 * {@link #supportsMultiWordSynonyms()} or {@link #toleratesTypos()} to return {@code false} to skip those, and
 * persistence is checked only for a backend whose {@link SearchBackend#persistent()} is {@code true}, and repeated
 * answers only for one whose {@link SearchBackend#repeatableAnswers()} is.
 *
 * @since 0.1.0
 */
public abstract class SearchBackendCompatibilityKit {

    /** A folder for the index of each test; JUnit deletes it afterwards. */
    @TempDir
    protected Path tempDir;

    private final List<SearchIndex> opened = new ArrayList<>();

    /**
     * Creates the backend under test. Called once or more per test.
     *
     * @return a new instance of the backend
     */
    protected abstract SearchBackend backend();

    /**
     * Whether the backend matches multi-word vocabulary terms ({@code lb} finds {@code load balancer}); the
     * contract says SHOULD.
     *
     * @return {@code true} unless overridden
     */
    protected boolean supportsMultiWordSynonyms() {
        return true;
    }

    /**
     * Whether the backend finds a word of five or more characters from a misspelling one edit away; the contract
     * says SHOULD.
     *
     * @return {@code true} unless overridden
     */
    protected boolean toleratesTypos() {
        return true;
    }

    @AfterEach
    void closeIndices() {
        opened.forEach(SearchIndex::close);
        opened.clear();
    }

    // ------------------------------------------------------------------ fixtures

    /** The fields of the kit's indices: three boosted text fields, keywords and numbers. */
    protected static List<FieldSpec> fields() {
        return List.of(FieldSpec.text("name", 3.0), FieldSpec.text("description", 1.5),
                FieldSpec.text("readme", 1.0), FieldSpec.keyword("layer"), FieldSpec.keyword("tags"),
                FieldSpec.keyword("maturity"), FieldSpec.number("downloads"), FieldSpec.number("cost"));
    }

    private static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(Vocabulary.SynonymGroup.of("k8s", "kubernetes"),
                    Vocabulary.SynonymGroup.of("lb", "load balancer"),
                    Vocabulary.SynonymGroup.of("pg", "postgres", "postgresql")),
            List.of(Vocabulary.Narrower.of("database", "postgresql", "mysql")));

    /** Eight module-like documents over three layers. */
    protected static List<SearchDocument> corpus() {
        return List.of(
                doc("vpc-standard", "VPC Standard", "A VPC with public and private subnets across zones",
                        "Creates NAT gateways and route tables.", "foundations", "stable", 900, 45.0,
                        "vpc", "networking"),
                doc("vpc-basic", "VPC Basic", "A small VPC for sandboxes", "One NAT instance.", "foundations",
                        "beta", 300, 5.0, "vpc", "networking", "low-cost"),
                doc("rds-postgres", "RDS PostgreSQL", "Managed PostgreSQL with automatic backups",
                        "Multi-AZ standby and encrypted storage.", "data", "mature", 1500, 142.0, "databases"),
                doc("rds-mysql", "RDS MySQL", "Managed MySQL for legacy apps", "Single instance.", "data",
                        "deprecated", 50, null, "databases", "legacy"),
                doc("eks-standard", "EKS Standard", "Kubernetes cluster with managed node groups",
                        "Runs containers.", "compute", "stable", 1200, 380.0, "containers"),
                doc("alb", "Application Load Balancer", "Spreads HTTP traffic over targets",
                        "Listeners and target groups.", "compute", "stable", null, 25.0, "networking"),
                doc("s3-basic", "S3 Basic", "An encrypted bucket", "Versioning and lifecycle rules.", "data",
                        "stable", 2000, 1.0, "storage"),
                doc("lambda-basic", "Lambda Basic", "A function with its log group", "Runs code on events.",
                        "compute", "alpha", null, null, "serverless"));
    }

    private static SearchDocument doc(String id, String name, String description, String readme, String layer,
                                      String maturity, Integer downloads, Double cost, String... tags) {
        SearchDocument.Builder b = SearchDocument.builder(id).text("name", name).text("description", description)
                .text("readme", readme).keyword("layer", layer).keyword("maturity", maturity).keyword("tags", tags);
        if (downloads != null) {
            b.number("downloads", downloads);
        }
        if (cost != null) {
            b.number("cost", cost);
        }
        return b.build();
    }

    private IndexSpec spec(Path directory, Vocabulary vocabulary) {
        return new IndexSpec(Optional.of(directory), fields(), vocabulary);
    }

    private SearchIndex open(IndexSpec spec) {
        SearchIndex index = backend().open(spec);
        assertNotNull(index, "open() returned null");
        opened.add(index);
        return index;
    }

    private SearchIndex indexed(List<SearchDocument> docs) {
        SearchIndex index = open(spec(tempDir.resolve("index-" + opened.size()), VOCABULARY));
        index.sync(entries(docs, "v1", null));
        return index;
    }

    private static List<IndexEntry> entries(List<SearchDocument> docs, String fingerprint, AtomicInteger loads) {
        return docs.stream().map(d -> new IndexEntry(d.id(), fingerprint, () -> {
            if (loads != null) {
                loads.incrementAndGet();
            }
            return d;
        })).collect(Collectors.toList());
    }

    private static SearchResults search(SearchIndex index, String text) {
        return index.search(SearchQuery.builder().text(text).limit(100).build());
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ descriptor

    @Test
    @DisplayName("describes itself with a valid descriptor for an SPI version this kit knows, the same on every call")
    void descriptor() {
        SearchBackend backend = backend();
        ProviderDescriptor d = backend.descriptor();
        assertNotNull(d);
        assertTrue(d.spiVersion() <= SearchBackend.SPI_VERSION, "spiVersion " + d.spiVersion() + " is newer than "
                + "this kit's " + SearchBackend.SPI_VERSION + "; use the kit of the Alexandria release it targets");
        assertEquals(d, backend.descriptor());
    }

    // ------------------------------------------------------------------ matching and ranking

    @Test
    @DisplayName("finds a document by a word of any text field, whatever its case")
    void findsByAnyTextField() {
        SearchIndex index = indexed(corpus());
        assertTrue(ids(search(index, "postgresql")).contains("rds-postgres"));
        assertTrue(ids(search(index, "BACKUPS")).contains("rds-postgres"));
        assertTrue(ids(search(index, "lifecycle")).contains("s3-basic"));
        assertEquals(List.of(), ids(search(index, "zzyzx")));
    }

    @Test
    @DisplayName("does not match keyword fields with the query text")
    void keywordsAreNotText() {
        SearchIndex index = indexed(corpus());
        assertFalse(ids(search(index, "foundations")).contains("vpc-standard"));
    }

    @Test
    @DisplayName("ranks a match in a field with a higher boost above the same match in a field with a lower one")
    void boostsOrderFields() {
        SearchIndex index = indexed(List.of(
                SearchDocument.builder("in-readme").text("name", "notes").text("readme", "aurora").build(),
                SearchDocument.builder("in-name").text("name", "aurora").text("readme", "notes").build()));
        assertEquals(List.of("in-name", "in-readme"), ids(search(index, "aurora")));
    }

    @Test
    @DisplayName("ranks a document matching more of the query's words above one matching fewer")
    void moreWordsRankHigher() {
        SearchIndex index = indexed(corpus());
        List<String> ids = ids(search(index, "managed postgresql backups"));
        assertEquals("rds-postgres", ids.get(0), ids.toString());
        assertTrue(ids.contains("rds-mysql"), ids.toString());
    }

    @Test
    @DisplayName("returns hits of relevance ordered by score, best first, with finite scores that are not negative")
    void scoresOrderHits() {
        SearchIndex index = indexed(corpus());
        List<SearchHit> hits = search(index, "vpc private subnets nat").hits();
        assertFalse(hits.isEmpty());
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits.toString());
        }
    }

    @Test
    @DisplayName("treats query text as words: query-syntax characters and operators never fail")
    void querySyntaxIsJustText() {
        SearchIndex index = indexed(corpus());
        for (String q : List.of("\"vpc", "vpc\"", "(vpc", "vpc)", "name:vpc", "vpc*", "vpc~", "vpc~2", "vpc^3",
                "AND vpc", "vpc AND", "vpc OR", "NOT vpc", "vpc && ||", "[vpc TO z]", "{vpc}", "/vpc/", "\\vpc",
                "+vpc -x", "!vpc", "vpc?", "*", "?", ":", "\"\"", "()", "~", "^", "\\", "-", "\u0000vpc", "vpc\t\n",
                "vpc\u00a0standard", "𝒱𝒫𝒞 vpc", "vpc'; DROP TABLE modules;--")) {
            SearchResults r = assertDoesNotThrow(() -> search(index, q), q);
            assertTrue(ids(r).contains("vpc-standard") || !q.toLowerCase(Locale.ROOT).contains("vpc"),
                    "query <" + q + "> should still find vpc-standard: " + ids(r));
        }
    }

    @Test
    @DisplayName("matches every document for empty or blank text, ordered by id since their scores tie")
    void emptyTextMatchesAll() {
        SearchIndex index = indexed(corpus());
        List<String> all = corpus().stream().map(SearchDocument::id).sorted().collect(Collectors.toList());
        assertEquals(all, ids(search(index, "")));
        assertEquals(all, ids(search(index, "   ")));
        assertEquals(8, search(index, "").totalHits());
    }

    @Test
    @DisplayName("answers a 10,000-character query without failing")
    void longQuery() {
        SearchIndex index = indexed(corpus());
        String q = "vpc " + "subnet private public nat gateway route ".repeat(250);
        assertTrue(q.length() >= 10_000);
        assertDoesNotThrow(() -> search(index, q.substring(0, 10_000)));
        assertDoesNotThrow(() -> search(index, "x".repeat(10_000)));
    }

    @Test
    @DisplayName("treats the terms of a synonym group as the same word, in both directions")
    void synonyms() {
        SearchIndex index = indexed(corpus());
        assertTrue(ids(search(index, "k8s")).contains("eks-standard"));
        assertTrue(ids(search(index, "pg")).contains("rds-postgres"));
        SearchIndex other = open(spec(tempDir.resolve("other"), VOCABULARY));
        other.sync(entries(List.of(SearchDocument.builder("k").text("name", "k8s tools").build()), "v1", null));
        assertEquals(List.of("k"), ids(search(other, "kubernetes")));
    }

    @Test
    @DisplayName("lets a broader term find its narrower terms, but not the other way round")
    void narrowerTerms() {
        SearchIndex index = indexed(List.of(
                SearchDocument.builder("pg").text("name", "postgresql server").build(),
                SearchDocument.builder("db").text("name", "database notes").build()));
        assertEquals(Set.of("pg", "db"), new HashSet<>(ids(search(index, "database"))));
        assertEquals(List.of("pg"), ids(search(index, "postgresql")));
    }

    @Test
    @DisplayName("SHOULD: matches a multi-word vocabulary term from its one-word synonym and back")
    void multiWordSynonyms() {
        assumeTrue(supportsMultiWordSynonyms(), "the backend does not claim multi-word synonyms");
        SearchIndex index = indexed(corpus());
        assertTrue(ids(search(index, "lb")).contains("alb"), ids(search(index, "lb")).toString());
        SearchIndex other = open(spec(tempDir.resolve("other"), VOCABULARY));
        other.sync(entries(List.of(SearchDocument.builder("n").text("name", "nginx lb").build()), "v1", null));
        assertEquals(List.of("n"), ids(search(other, "load balancer")));
    }

    @Test
    @DisplayName("SHOULD: finds a word of five or more characters from a misspelling one edit away")
    void typos() {
        assumeTrue(toleratesTypos(), "the backend does not claim typo tolerance");
        SearchIndex index = indexed(corpus());
        assertTrue(ids(search(index, "kubernetis")).contains("eks-standard"));
        assertTrue(ids(search(index, "postgress")).contains("rds-postgres"));
    }

    // ------------------------------------------------------------------ filters

    @Test
    @DisplayName("anyOf keeps documents with at least one of the values")
    void anyOf() {
        SearchIndex index = indexed(corpus());
        SearchResults r = index.search(SearchQuery.builder().filter(Filter.anyOf("maturity", "stable", "mature"))
                .limit(100).build());
        assertEquals(List.of("alb", "eks-standard", "rds-postgres", "s3-basic", "vpc-standard"), ids(r));
    }

    @Test
    @DisplayName("noneOf drops documents with any of the values and keeps those without the field")
    void noneOf() {
        SearchIndex index = indexed(corpus());
        SearchResults r = index.search(SearchQuery.builder().text("rds").filter(Filter.noneOf("maturity",
                "deprecated")).limit(100).build());
        assertEquals(List.of("rds-postgres"), ids(r));
        SearchIndex other = indexed(List.of(SearchDocument.builder("bare").text("name", "rds").build()));
        assertEquals(List.of("bare"), ids(other.search(SearchQuery.builder().text("rds")
                .filter(Filter.noneOf("maturity", "deprecated")).build())));
    }

    @Test
    @DisplayName("range keeps documents whose value is within the bounds, inclusive, and drops those without one")
    void range() {
        SearchIndex index = indexed(corpus());
        SearchResults r = index.search(SearchQuery.builder().filter(Filter.atMost("cost", 45)).limit(100).build());
        assertEquals(List.of("alb", "s3-basic", "vpc-basic", "vpc-standard"), ids(r));
        SearchResults r2 = index.search(SearchQuery.builder().filter(Filter.range("cost", 5, 25)).limit(100).build());
        assertEquals(List.of("alb", "vpc-basic"), ids(r2));
    }

    @Test
    @DisplayName("missing keeps exactly the documents without a value in the field")
    void missing() {
        SearchIndex index = indexed(corpus());
        assertEquals(List.of("lambda-basic", "rds-mysql"),
                ids(index.search(SearchQuery.builder().filter(Filter.missing("cost")).limit(100).build())));
        assertEquals(List.of(), ids(index.search(SearchQuery.builder().filter(Filter.missing("layer")).build())));
    }

    @Test
    @DisplayName("applies all filters together with the text")
    void filtersCombine() {
        SearchIndex index = indexed(corpus());
        SearchResults r = index.search(SearchQuery.builder().text("vpc").filter(Filter.anyOf("tags", "networking"),
                Filter.atMost("cost", 10), Filter.noneOf("maturity", "deprecated")).limit(100).build());
        assertEquals(List.of("vpc-basic"), ids(r));
        assertEquals(1, r.totalHits());
    }

    @Test
    @DisplayName("reports, per filter, the matching documents it alone left out, whatever the page")
    void leftOutByAFilter() {
        assumeSpiVersion(2);
        SearchIndex index = indexed(corpus());
        Filter notDeprecated = Filter.noneOf("maturity", "deprecated");
        for (int limit : new int[] {0, 1, 10}) {
            SearchResults r = index.search(SearchQuery.builder().text("rds").filter(notDeprecated).limit(limit)
                    .build());
            assertEquals(List.of(new SearchResults.LeftOut(notDeprecated, 1, 0, List.of("rds-mysql"))), r.leftOut(),
                    "limit " + limit);
            assertEquals(Optional.of(r.leftOut().get(0)), r.leftOutBy(notDeprecated));
        }
        assertEquals(List.of(), search(index, "rds").leftOut(), "a query without filters");
        SearchResults none = index.search(SearchQuery.builder().text("kubernetes").filter(notDeprecated).build());
        assertEquals(List.of(new SearchResults.LeftOut(notDeprecated, 0, 0, List.of())), none.leftOut());
    }

    @Test
    @DisplayName("counts a document left out by two filters for neither, and one left out by one for that one")
    void leftOutByTwoFilters() {
        assumeSpiVersion(2);
        SearchIndex index = indexed(corpus());
        Filter cheap = Filter.atMost("cost", 10);
        Filter notBeta = Filter.noneOf("maturity", "beta");
        SearchResults r = index.search(SearchQuery.builder().text("vpc").filter(cheap, notBeta).build());
        assertEquals(List.of(), ids(r));
        assertEquals(List.of(new SearchResults.LeftOut(cheap, 1, 0, List.of("vpc-standard")),
                new SearchResults.LeftOut(notBeta, 1, 0, List.of("vpc-basic"))), r.leftOut());
        Filter data = Filter.anyOf("layer", "data");
        SearchResults both = index.search(SearchQuery.builder().text("vpc").filter(cheap, notBeta, data).build());
        assertEquals(List.of(0L, 0L, 0L), both.leftOut().stream().map(SearchResults.LeftOut::count).toList());
    }

    @Test
    @DisplayName("says how many of those it left out have no value in the field, and names the best three")
    void leftOutWithoutValue() {
        assumeSpiVersion(2);
        SearchIndex index = indexed(corpus());
        Filter cost = Filter.atMost("cost", 45);
        SearchResults r = index.search(SearchQuery.builder().filter(cost).limit(100).build());
        // rds-postgres (142) and eks-standard (380) cost more; lambda-basic and rds-mysql declare no cost.
        assertEquals(List.of(new SearchResults.LeftOut(cost, 4, 2,
                List.of("eks-standard", "lambda-basic", "rds-mysql"))), r.leftOut(), "empty text: best by id");
        Filter noCost = Filter.missing("cost");
        assertEquals(6, index.search(SearchQuery.builder().filter(noCost).build()).leftOutBy(noCost).orElseThrow()
                .count());
        assertEquals(0, index.search(SearchQuery.builder().filter(noCost).build()).leftOutBy(noCost).orElseThrow()
                .withoutValue());
        Filter layers = Filter.anyOf("layer", "data");
        SearchIndex bare = indexed(List.of(SearchDocument.builder("bare").text("name", "rds").build(),
                SearchDocument.builder("other").text("name", "rds").keyword("layer", "compute").build()));
        assertEquals(List.of(new SearchResults.LeftOut(layers, 2, 1, List.of("bare", "other"))),
                bare.search(SearchQuery.builder().text("rds").filter(layers).build()).leftOut());
    }

    @Test
    @DisplayName("names the documents a filter left out best first, as the search without it ranks them")
    void leftOutBestFirst() {
        assumeSpiVersion(2);
        SearchIndex index = indexed(corpus());
        Filter compute = Filter.anyOf("layer", "compute");
        SearchResults all = index.search(SearchQuery.builder().text("vpc").limit(100).build());
        SearchResults r = index.search(SearchQuery.builder().text("vpc").filter(compute).build());
        List<String> expected = ids(all).stream().filter(id -> id.startsWith("vpc-")).limit(3).toList();
        assertEquals(2, expected.size());
        assertEquals(List.of(new SearchResults.LeftOut(compute, 2, 0, expected)), r.leftOut());
        SearchResults sorted = index.search(SearchQuery.builder().text("vpc").filter(compute)
                .sort(Sort.ascending("cost")).build());
        assertEquals(r.leftOut(), sorted.leftOut(), "by score whatever the sort");
    }

    /**
     * Skips an obligation that a backend written against an older version of the SPI does not have (see
     * {@link SearchBackend#SPI_VERSION}); a backend that declares the version is held to it.
     */
    private void assumeSpiVersion(int since) {
        int declared = backend().descriptor().spiVersion();
        assumeTrue(declared >= since, "an obligation of SPI version " + since + "; the backend declares " + declared);
    }

    // ------------------------------------------------------------------ relevance floor

    /** rds-postgres holds every word; rds-mysql and eks-standard only "managed". */
    private static final String FLOOR_TEXT = "managed postgresql automatic backups";

    @Test
    @DisplayName("with a relevance floor, a document scoring below that share of the best is no match, whatever the "
            + "sort: not a hit, not counted, not in the facets")
    void relevanceFloor() {
        assumeSpiVersion(2);
        SearchIndex index = indexed(corpus());
        String text = FLOOR_TEXT;
        SearchResults all = index.search(SearchQuery.builder().text(text).facets("layer").build());
        assertEquals("rds-postgres", ids(all).get(0));
        assertTrue(ids(all).containsAll(List.of("rds-mysql", "eks-standard")), "without a floor every match counts");
        for (Sort sort : List.of(Sort.relevance(), Sort.ascending("downloads"), Sort.descending("cost"))) {
            SearchResults r = index.search(SearchQuery.builder().text(text).facets("layer").sort(sort)
                    .minRelativeScore(0.5).build());
            assertEquals(List.of("rds-postgres"), ids(r), "sorted by " + sort);
            assertEquals(1, r.totalHits(), "sorted by " + sort);
            assertEquals(List.of(new Facet.FacetValue("data", 1)), r.facet("layer").orElseThrow().values());
        }
        assertEquals(ids(all), ids(index.search(SearchQuery.builder().text(text).minRelativeScore(0).build())),
                "a floor of 0 is no floor");
        assertEquals(corpus().size(), index.search(SearchQuery.builder().minRelativeScore(1).limit(100).build())
                .totalHits(), "no floor without text: every document matches it alike");
    }

    @Test
    @DisplayName("takes the floor from the best match of the text whatever the filters, and counts nothing below it "
            + "as left out")
    void relevanceFloorAndFilters() {
        assumeSpiVersion(2);
        Filter deprecatedOnly = Filter.anyOf("maturity", "deprecated");
        SearchResults r = indexed(corpus()).search(SearchQuery.builder().text(FLOOR_TEXT).filter(deprecatedOnly)
                .minRelativeScore(0.5).build());
        assertEquals(List.of(), ids(r), "rds-mysql is deprecated but far below rds-postgres, which the filter refuses");
        assertEquals(0, r.totalHits());
        assertEquals(List.of(new SearchResults.LeftOut(deprecatedOnly, 1, 0, List.of("rds-postgres"))), r.leftOut());
        Filter notDeprecated = Filter.noneOf("maturity", "deprecated");
        SearchResults kept = indexed(corpus()).search(SearchQuery.builder().text(FLOOR_TEXT).filter(notDeprecated)
                .minRelativeScore(0.5).build());
        assertEquals(List.of("rds-postgres"), ids(kept));
        assertEquals(List.of(new SearchResults.LeftOut(notDeprecated, 0, 0, List.of())), kept.leftOut(),
                "rds-mysql is below the floor: no match, so not one the filter left out");
    }

    // ------------------------------------------------------------------ facets, sort, paging

    @Test
    @DisplayName("counts facets over every match, not only the returned page")
    void facetsCountAllMatches() {
        SearchIndex index = indexed(corpus());
        SearchResults r = index.search(SearchQuery.builder().facets("layer", "tags").limit(1).build());
        assertEquals(1, r.hits().size());
        Facet layer = r.facet("layer").orElseThrow();
        assertEquals(3, layer.count("compute"));
        assertEquals(3, layer.count("data"));
        assertEquals(2, layer.count("foundations"));
        assertEquals(3, r.facet("tags").orElseThrow().count("networking"));
        SearchResults filtered = index.search(SearchQuery.builder().filter(Filter.anyOf("layer", "data"))
                .facets("maturity").limit(0).build());
        assertEquals(0, filtered.hits().size());
        assertEquals(3, filtered.totalHits());
        assertEquals(List.of(new Facet.FacetValue("deprecated", 1), new Facet.FacetValue("mature", 1),
                new Facet.FacetValue("stable", 1)), filtered.facet("maturity").orElseThrow().values());
    }

    @Test
    @DisplayName("lists facet values most frequent first, ties by value, and leaves out values without a match")
    void facetOrder() {
        SearchIndex index = indexed(corpus());
        SearchResults r = index.search(SearchQuery.builder().text("vpc").facets("tags").build());
        assertEquals(List.of(new Facet.FacetValue("networking", 2), new Facet.FacetValue("vpc", 2),
                new Facet.FacetValue("low-cost", 1)), r.facet("tags").orElseThrow().values());
    }

    @Test
    @DisplayName("sorts by a number field in either direction, documents without a value last")
    void sortMissingLast() {
        SearchIndex index = indexed(corpus());
        assertEquals(List.of("s3-basic", "rds-postgres", "eks-standard", "vpc-standard", "vpc-basic", "rds-mysql",
                "alb", "lambda-basic"), ids(index.search(SearchQuery.builder().sort(Sort.descending("downloads"))
                .limit(100).build())));
        assertEquals(List.of("rds-mysql", "vpc-basic", "vpc-standard", "eks-standard", "rds-postgres", "s3-basic",
                "alb", "lambda-basic"), ids(index.search(SearchQuery.builder().sort(Sort.ascending("downloads"))
                .limit(100).build())));
    }

    @Test
    @DisplayName("breaks ties of a sort by relevance, then by id")
    void sortTies() {
        SearchIndex index = indexed(List.of(
                SearchDocument.builder("b").text("name", "cache").number("downloads", 5).build(),
                SearchDocument.builder("a").text("name", "cache").number("downloads", 5).build(),
                SearchDocument.builder("c").text("name", "cache cache cache").text("readme", "cache")
                        .number("downloads", 5).build()));
        assertEquals(List.of("a", "b", "c"), ids(index.search(SearchQuery.builder()
                .sort(Sort.descending("downloads")).build())));
        List<String> byRelevanceThenId = ids(index.search(SearchQuery.builder().text("cache")
                .sort(Sort.descending("downloads")).build()));
        assertEquals("c", byRelevanceThenId.get(0), byRelevanceThenId.toString());
        assertEquals(List.of("a", "b"), byRelevanceThenId.subList(1, 3));
    }

    @Test
    @DisplayName("pages consistently: the pages of offset and limit join up to the whole list, with the same total")
    void paging() {
        SearchIndex index = indexed(corpus());
        List<String> all = ids(index.search(SearchQuery.builder().text("vpc rds s3 managed a").limit(100).build()));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size() + 3; offset += 3) {
            SearchResults page = index.search(SearchQuery.builder().text("vpc rds s3 managed a").offset(offset)
                    .limit(3).build());
            assertEquals(all.size(), page.totalHits());
            paged.addAll(ids(page));
        }
        assertEquals(all, paged);
        assertEquals(List.of(), ids(index.search(SearchQuery.builder().offset(1000).build())));
    }

    // ------------------------------------------------------------------ highlights

    @Test
    @DisplayName("explains a hit with highlights whose marked words are the query's words in a text field")
    void highlights() {
        SearchIndex index = indexed(corpus());
        SearchHit hit = index.search(SearchQuery.builder().text("backups").build()).hits().get(0);
        assertEquals("rds-postgres", hit.id());
        assertFalse(hit.highlights().isEmpty());
        Highlight h = hit.highlights().get(0);
        assertEquals("description", h.field());
        assertTrue(h.fragment().contains("backups"), h.fragment());
        assertEquals(List.of("backups"), h.matches().stream()
                .map(s -> h.fragment().substring(s.start(), s.end()).toLowerCase(Locale.ROOT))
                .collect(Collectors.toList()));
    }

    @Test
    @DisplayName("returns no highlights when they are not asked for")
    void noHighlights() {
        SearchIndex index = indexed(corpus());
        SearchResults r = index.search(SearchQuery.builder().text("vpc").highlight(false).build());
        assertFalse(r.hits().isEmpty());
        r.hits().forEach(h -> assertEquals(List.of(), h.highlights()));
    }

    // ------------------------------------------------------------------ misuse

    @Test
    @DisplayName("rejects undeclared fields and filters that do not fit a field's kind with IllegalArgumentException")
    void rejectsUndeclaredFields() {
        SearchIndex index = indexed(corpus());
        assertThrows(IllegalArgumentException.class,
                () -> index.search(SearchQuery.builder().filter(Filter.anyOf("colour", "red")).build()));
        assertThrows(IllegalArgumentException.class,
                () -> index.search(SearchQuery.builder().facets("colour").build()));
        assertThrows(IllegalArgumentException.class,
                () -> index.search(SearchQuery.builder().sort(Sort.descending("colour")).build()));
        assertThrows(IllegalArgumentException.class,
                () -> index.search(SearchQuery.builder().filter(Filter.anyOf("downloads", "5")).build()));
        assertThrows(IllegalArgumentException.class,
                () -> index.search(SearchQuery.builder().filter(Filter.atMost("layer", 5)).build()));
        assertThrows(IllegalArgumentException.class,
                () -> index.search(SearchQuery.builder().sort(Sort.descending("layer")).build()));
        assertThrows(IllegalArgumentException.class,
                () -> index.search(SearchQuery.builder().facets("downloads").build()));
        assertThrows(IllegalArgumentException.class, () -> index.sync(entries(List.of(
                SearchDocument.builder("x").text("colour", "red").build()), "v1", null)));
        assertThrows(IllegalArgumentException.class, () -> index.sync(entries(List.of(
                SearchDocument.builder("x").keyword("name", "red").build()), "v1", null)));
    }

    @Test
    @DisplayName("rejects a sync with two entries of one id, or a document whose id is not its entry's")
    void rejectsInconsistentEntries() {
        SearchIndex index = open(spec(tempDir.resolve("index"), VOCABULARY));
        SearchDocument a = corpus().get(0);
        assertThrows(IllegalArgumentException.class,
                () -> index.sync(List.of(IndexEntry.of(a, "1"), IndexEntry.of(a, "2"))));
        assertThrows(IllegalArgumentException.class,
                () -> index.sync(List.of(new IndexEntry("other-id", "1", () -> a))));
    }

    @Test
    @DisplayName("throws IllegalStateException when used after close, and closing twice does nothing")
    void closedIndex() {
        SearchIndex index = backend().open(spec(tempDir.resolve("index"), VOCABULARY));
        index.sync(entries(corpus(), "v1", null));
        index.close();
        assertDoesNotThrow(index::close);
        assertThrows(IllegalStateException.class, () -> search(index, "vpc"));
        assertThrows(IllegalStateException.class, () -> index.sync(List.of()));
        assertThrows(IllegalStateException.class, index::stats);
    }

    // ------------------------------------------------------------------ sync and persistence

    @Test
    @DisplayName("sync loads only new and changed documents, removes the ones not given, and says so")
    void syncIsIncremental() {
        SearchIndex index = open(spec(tempDir.resolve("index"), VOCABULARY));
        AtomicInteger loads = new AtomicInteger();
        SyncResult first = index.sync(entries(corpus(), "v1", loads));
        assertEquals(8, loads.get());
        assertEquals(8, first.added());
        List<IndexEntry> next = new ArrayList<>(entries(corpus().subList(0, 6), "v1", loads));
        SearchDocument changed = SearchDocument.builder("s3-basic").text("name", "S3 Renamed").build();
        next.set(5, IndexEntry.of(changed, "v2"));
        next.removeIf(e -> e.id().equals("s3-basic"));
        next.add(IndexEntry.of(changed, "v2"));
        loads.set(0);
        SyncResult second = index.sync(next);
        assertEquals(new SyncResult(0, 1, 2, 5, false), second);
        assertEquals(6, index.stats().documents());
        assertEquals(List.of("s3-basic"), ids(search(index, "renamed")));
        assertEquals(List.of(), ids(search(index, "lambda")));
        assertEquals(List.of(), ids(search(index, "lifecycle")));
        assertEquals(second, index.stats().lastSync());
    }

    @Test
    @DisplayName("works without a directory, in memory")
    void memoryOnly() {
        SearchIndex index = open(new IndexSpec(Optional.empty(), fields(), VOCABULARY));
        index.sync(entries(corpus(), "v1", null));
        assertTrue(ids(search(index, "vpc")).contains("vpc-standard"));
        assertEquals(Optional.empty(), index.stats().directory());
    }

    @Test
    @DisplayName("keeps its files inside the directory it was given")
    void staysInItsDirectory() throws IOException {
        Path dir = tempDir.resolve("index");
        SearchIndex index = open(spec(dir, VOCABULARY));
        index.sync(entries(corpus(), "v1", null));
        index.close();
        try (Stream<Path> top = Files.list(tempDir)) {
            List<Path> outside = top.filter(p -> !p.equals(dir)).collect(Collectors.toList());
            assertEquals(List.of(), outside);
        }
    }

    @Test
    @DisplayName("reports the number of documents and the last sync in its stats")
    void stats() {
        SearchIndex index = open(spec(tempDir.resolve("index"), VOCABULARY));
        assertEquals(0, index.stats().documents());
        SyncResult r = index.sync(entries(corpus(), "v1", null));
        IndexStats s = index.stats();
        assertEquals(8, s.documents());
        assertEquals(r, s.lastSync());
        assertTrue(s.sizeBytes() > 0);
    }

    @Test
    @DisplayName("when persistent, reopens its index without loading unchanged documents again")
    void persistsAcrossReopen() {
        assumeTrue(backend().persistent(), "the backend does not persist indices");
        Path dir = tempDir.resolve("index");
        SearchIndex first = backend().open(spec(dir, VOCABULARY));
        first.sync(entries(corpus(), "v1", null));
        first.close();
        SearchIndex again = open(spec(dir, VOCABULARY));
        assertEquals(8, again.stats().documents());
        assertEquals(Optional.of(dir), again.stats().directory());
        AtomicInteger loads = new AtomicInteger();
        SyncResult r = again.sync(entries(corpus(), "v1", loads));
        assertEquals(0, loads.get());
        assertEquals(new SyncResult(0, 0, 0, 8, false), r);
        assertTrue(ids(search(again, "vpc")).contains("vpc-standard"));
    }

    @Test
    @DisplayName("when its answers are repeatable, gives the same answer to the same query again, and after a reopen")
    void repeatableAnswers() {
        assumeTrue(backend().repeatableAnswers(), "the backend does not say its answers are repeatable");
        Path dir = tempDir.resolve("index");
        List<SearchQuery> queries = List.of(
                SearchQuery.builder().text("vpc").limit(100).build(),
                SearchQuery.builder().text("postgress database").highlight(true).limit(3).build(),
                SearchQuery.builder().text("k8s cluster").facets("layer", "tags").offset(1).limit(2).build(),
                SearchQuery.builder().sort(Sort.descending("downloads")).limit(5).build());
        SearchIndex first = backend().open(spec(dir, VOCABULARY));
        first.sync(entries(corpus(), "v1", null));
        List<SearchResults> answers = queries.stream().map(first::search).toList();
        assertEquals(answers, queries.stream().map(first::search).toList(), "asked again");
        first.close();
        if (backend().persistent()) {
            SearchIndex again = open(spec(dir, VOCABULARY));
            assertEquals(new SyncResult(0, 0, 0, 8, false), again.sync(entries(corpus(), "v1", null)));
            assertEquals(answers, queries.stream().map(again::search).toList(), "after a reopen");
        }
    }

    @Test
    @DisplayName("tells the persisted index's state the same while the index is the same, and another once a sync "
            + "changed it or it was rebuilt")
    void persistedState() {
        Path dir = tempDir.resolve("index");
        IndexSpec spec = spec(dir, VOCABULARY);
        Optional<String> none = backend().persistedState(dir);
        assertNotNull(none, "persistedState() returned null");
        SearchIndex first = backend().open(spec);
        first.sync(entries(corpus(), "v1", null));
        first.close();
        Optional<String> synced = backend().persistedState(dir);
        assumeTrue(synced.isPresent(), "the backend does not tell its persisted index's state");
        assertEquals(synced, backend().persistedState(dir), "asked again");
        SearchIndex again = backend().open(spec);
        assertEquals(new SyncResult(0, 0, 0, 8, false), again.sync(entries(corpus(), "v1", null)));
        again.close();
        assertEquals(synced, backend().persistedState(dir), "after a sync that changed nothing");
        SearchIndex changed = backend().open(spec);
        changed.sync(entries(corpus(), "v2", null));
        changed.close();
        Optional<String> updated = backend().persistedState(dir);
        assertNotEquals(synced, updated, "after a sync that updated every document");
        SearchIndex rebuilt = backend().open(spec(dir, Vocabulary.empty()));
        rebuilt.sync(entries(corpus(), "v2", null));
        rebuilt.close();
        assertNotEquals(updated, backend().persistedState(dir), "after a rebuild for another spec");
    }

    @Test
    @DisplayName("rebuilds a persisted index that was built for another spec instead of trusting it")
    void rebuildsForAnotherSpec() {
        assumeTrue(backend().persistent(), "the backend does not persist indices");
        Path dir = tempDir.resolve("index");
        SearchIndex first = backend().open(spec(dir, Vocabulary.empty()));
        first.sync(entries(corpus(), "v1", null));
        first.close();
        SearchIndex again = open(spec(dir, VOCABULARY));
        AtomicInteger loads = new AtomicInteger();
        SyncResult r = again.sync(entries(corpus(), "v1", loads));
        assertEquals(8, loads.get());
        assertTrue(r.rebuilt());
        assertTrue(ids(search(again, "k8s")).contains("eks-standard"));
    }

    @Test
    @DisplayName("detects a corrupt persisted index and rebuilds it instead of failing or returning stale results")
    void rebuildsACorruptIndex() throws IOException {
        Path dir = tempDir.resolve("index");
        SearchIndex first = backend().open(spec(dir, VOCABULARY));
        first.sync(entries(corpus(), "v1", null));
        first.close();
        corruptEveryFile(dir);
        Files.write(dir.resolve("segments_zz"), "not an index".getBytes(StandardCharsets.UTF_8));
        SearchIndex again = open(spec(dir, VOCABULARY));
        List<SearchDocument> changed = new ArrayList<>(corpus());
        changed.set(0, SearchDocument.builder("vpc-standard").text("name", "Network Fabric").build());
        again.sync(entries(changed, "v1", null));
        assertEquals(8, again.stats().documents());
        assertEquals(List.of("vpc-standard"), ids(search(again, "fabric")));
        assertTrue(ids(search(again, "postgresql")).contains("rds-postgres"));
    }

    /** Flips bits in the last two thirds of every file below {@code dir} (creating it if missing). */
    private static void corruptEveryFile(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).collect(Collectors.toList())) {
                byte[] bytes = Files.readAllBytes(f);
                for (int i = bytes.length / 3; i < bytes.length; i += 7) {
                    bytes[i] ^= 0x5a;
                }
                Files.write(f, bytes);
            }
        }
    }

    // ------------------------------------------------------------------ threads

    @Test
    @DisplayName("answers searches from several threads at once with the same results as from one")
    void concurrentSearches() throws Exception {
        SearchIndex index = indexed(corpus());
        List<String> queries = List.of("vpc", "postgresql backups", "k8s", "bucket lifecycle", "", "function");
        List<List<String>> expected = new ArrayList<>();
        for (String q : queries) {
            expected.add(ids(search(index, q)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Collection<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i % queries.size();
                tasks.add(() -> ids(search(index, queries.get(n))).equals(expected.get(n)));
            }
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
