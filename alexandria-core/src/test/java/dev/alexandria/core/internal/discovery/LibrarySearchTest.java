package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.Search;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.SearchSort;
import dev.alexandria.core.Alexandria;
import dev.alexandria.spi.Provider;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.ProviderException;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Library.search(...)} over the sample library, with the built-in in-memory backend (core's tests have no
 * provider on the class path): the rules core applies whatever the backend.
 */
class LibrarySearchTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(SAMPLE);
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.module().id().value()).toList();
    }

    @Test
    void search_matchingNothing_offersTheNearestWordsOfTheModules_onlyWhenTheyFindSomething() {
        // The in-memory backend corrects no misspelling: the text matches nothing, and the module words say why.
        SearchResult typo = library.search("kubernetis").run();
        assertEquals(0, typo.total(), typo::toString);
        assertEquals(Optional.of("kubernetes"), typo.didYouMean(), typo::toString);
        assertTrue(library.search(typo.didYouMean().get()).run().total() > 0);
        // Words near no module word, or a text that matches: nothing to offer.
        assertEquals(Optional.empty(), library.search("qqqqzzzzxxxx").run().didYouMean());
        assertEquals(Optional.empty(), library.search("kubernetes").run().didYouMean());
        // It folds a plural s only, so a typo the Lucene stemmer would match ("kubernets") is never found silently
        SearchResult stemmed = library.search("kubernets").run();
        assertEquals(0, stemmed.total(), stemmed::toString);
        assertEquals(Optional.of("kubernetes"), stemmed.didYouMean(), stemmed::toString);
    }

    @Test
    void search_matchingNothing_namesTheWordsNoModuleMentions_notTheCommonOnes() {
        SearchResult none = library.search("mainframe cobol").run();
        assertEquals(0, none.total(), none::toString);
        // "cobol" is two edits from "pool": no close spelling, so no suggestion (it would find Cognito by "pool")
        assertEquals(Optional.empty(), none.didYouMean(), none::toString);
        assertEquals(List.of("mainframe", "cobol"), none.unmatched(), none::toString);
        assertEquals(List.of("zzzz", "qqqq"), library.search("zzzz qqqq").run().unmatched());
        assertEquals(List.of("数据库"), library.search("数据库").run().unmatched());
        // the words kept in a suggestion are named too: the suggestion finds modules through its replacements
        SearchResult kept = library.search("mainframe kubernetis").run();
        assertEquals(Optional.of("mainframe kubernetes"), kept.didYouMean(), kept::toString);
        assertEquals(List.of("mainframe", "kubernetis"), kept.unmatched(), kept::toString);
        // a text that matches, or one whose matches a condition left out: no word is said to match nothing
        assertEquals(List.of(), library.search("vpc").run().unmatched());
        assertEquals(List.of(), library.search("vpc zzzz").run().unmatched());
    }

    @Test
    void search_withoutAProvider_usesTheInMemoryBackend() {
        SearchResult r = library.search("vpc").limit(3).run();
        assertEquals("alexandria-in-memory", r.backend());
        assertTrue(ids(r).contains("vpc-standard"), r::toString);
    }

    /**
     * A module's description naming a module it requires says what it builds on, not what it is: eks-addons'
     * "built with eks-standard" counted "eks" twice and put it above eks-standard for k8s (issue 11). The
     * description is still shown as written.
     */
    @Test
    void search_aRequiredModulesIdInTheDescription_isNoMatchOfIt_butIsShown() {
        for (String q : List.of("k8s", "kubernetes", "eks")) {
            List<String> ids = ids(library.search(q).run());
            assertTrue(ids.indexOf("eks-standard") >= 0 && ids.indexOf("eks-standard") < ids.indexOf("eks-addons"),
                    q + ": " + ids);
        }
        SearchResult.Hit addons = library.search("eks").run().hits().stream()
                .filter(h -> h.module().id().value().equals("eks-addons")).findFirst().orElseThrow();
        SearchResult.Highlight d = addons.highlights().stream().filter(h -> h.field().equals("description"))
                .findFirst().orElseThrow(() -> new AssertionError(addons));
        assertTrue(d.fragment().contains("built with eks-standard"), d::toString);
        assertTrue(d.spans().stream().noneMatch(s -> d.fragment().substring(s.start(), s.end()).contains("standard")),
                d::toString);
    }

    @Test
    void search_whatADescriptionSaysAModuleLacks_isNoMatchOfIt_andIsNeverMarked() {
        List<String> ids = ids(library.search("vpc with nat gateway and private subnets").run());
        assertTrue(ids.indexOf("vpc-standard") >= 0 && ids.indexOf("vpc-standard") < ids.indexOf("vpc-basic"),
                ids::toString);
        SearchResult.Hit shown = library.search("private subnets nat").run().hits().stream()
                .filter(h -> h.module().id().value().equals("vpc-basic")).findFirst().orElseThrow();
        for (SearchResult.Highlight d : shown.highlights()) {
            assertTrue(d.spans().stream().noneMatch(s -> d.fragment().substring(0, s.start()).endsWith("no ")),
                    d::toString);
            if (d.field().equals("description")) {
                assertTrue(d.fragment().contains("no NAT, no endpoints"), d::toString);
            }
        }
    }

    /** A hit says why it matched: one matched only by a word of a tag's multi-word synonym is not listed. */
    @Test
    void search_everyHit_saysWhyItMatched() {
        for (String q : List.of("container service", "storage service", "vpc with nat gateway and private subnets")) {
            SearchResult r = library.search(q).limit(50).run();
            assertFalse(r.hits().isEmpty(), q);
            r.hits().forEach(h -> assertFalse(h.highlights().isEmpty(), () -> q + ": " + h));
            assertEquals(r.hits().size(), r.total(), q);
        }
    }

    @Test
    void search_deprecated_onlyWhenIncluded_withItsReplacement() {
        assertFalse(ids(library.search("mysql").limit(50).run()).contains("rds-mysql-legacy"));
        SearchResult r = library.search("mysql legacy").includeDeprecated().limit(50).run();
        SearchResult.Hit legacy = r.hits().stream().filter(h -> h.module().id().value().equals("rds-mysql-legacy"))
                .findFirst().orElseThrow(() -> new AssertionError(r));
        assertTrue(legacy.deprecated());
        assertEquals(Optional.of(ModuleId.of("rds-aurora")), legacy.replacement());
    }

    @Test
    void search_deprecatedMatchLeftOut_isSaid_withItsReplacement() {
        // Issue 11: 'search mysql' hid the exact match rds-mysql-legacy without a word.
        SearchResult r = library.search("mysql").run();
        assertEquals(1, r.leftOut().size(), r::toString);
        SearchResult.LeftOut l = r.leftOut().get(0);
        assertEquals(SearchResult.LeftOut.Condition.DEPRECATED, l.condition());
        assertEquals(1, l.count());
        assertEquals(List.of("rds-mysql-legacy"), l.best().stream().map(m -> m.id().value()).toList());
        assertEquals(List.of(), library.search("mysql").includeDeprecated().run().leftOut(), "nothing left out");
        // A maturity filter does not hide what includeDeprecated asks for: no active level is below 'deprecated'.
        for (Search s : List.of(library.search("mysql").includeDeprecated().maturityAtLeast(MaturityLevel.EXPERIMENTAL),
                library.search("mysql").includeDeprecated().maturity(MaturityLevel.STABLE))) {
            assertTrue(ids(s.limit(50).run()).contains("rds-mysql-legacy"), s::toString);
        }
        assertEquals(List.of(), library.search("kubernetes").run().leftOut(), "no deprecated module matches");
    }

    /**
     * What a condition alone left out is exactly what dropping it adds: the same count as the difference of two
     * searches, with and without it, for each kind of condition.
     */
    @Test
    void search_leftOutByACondition_isWhatDroppingItAdds() {
        for (String text : List.of("", "vpc", "database backups", "kubernetes", "mysql", "monitoring alarms")) {
            long all = library.search(text).run().total();
            assertLeftOut(text, all, library.search(text).maturityAtLeast(MaturityLevel.STABLE).run(),
                    SearchResult.LeftOut.Condition.MATURITY);
            assertLeftOut(text, all, library.search(text).layer(dev.alexandria.api.model.Layer.DATA).run(),
                    SearchResult.LeftOut.Condition.LAYER);
            assertLeftOut(text, all, library.search(text).complexity(ComplexityTier.BASIC).run(),
                    SearchResult.LeftOut.Condition.COMPLEXITY);
            assertLeftOut(text, all, library.search(text).tags("networking").run(),
                    SearchResult.LeftOut.Condition.TAG);
            assertLeftOut(text, all, library.search(text).maxMonthlyCost(20).run(), SearchResult.LeftOut.Condition.COST);
            long withDeprecated = library.search(text).includeDeprecated().run().total();
            assertLeftOut(text, withDeprecated, library.search(text).run(), SearchResult.LeftOut.Condition.DEPRECATED);
        }
    }

    private static void assertLeftOut(String text, long without, SearchResult with, SearchResult.LeftOut.Condition c) {
        long said = with.leftOut().stream().filter(l -> l.condition() == c).mapToLong(SearchResult.LeftOut::count)
                .sum();
        assertEquals(without - with.total(), said, () -> "'" + text + "' " + c + ": " + with.leftOut());
        with.leftOut().forEach(l -> l.best().forEach(m -> assertFalse(ids(with).contains(m.id().value()))));
    }

    @Test
    void search_archivedMatch_isNeverMentioned(@TempDir Path tmp) throws IOException {
        Library lib = Alexandria.builder().root(withArchivedModule(tmp)).noCache().open();
        SearchResult r = lib.search("mysql legacy").run();
        assertTrue(r.leftOut().stream().flatMap(l -> l.best().stream())
                .noneMatch(m -> m.id().value().equals("rds-mysql-legacy")), r.leftOut()::toString);
        assertTrue(r.leftOut().stream().noneMatch(l -> l.condition() == SearchResult.LeftOut.Condition.DEPRECATED),
                r.leftOut()::toString);
    }

    /**
     * Terms of a synonym group find what each of them finds: "cron" is "schedule", which finds EventBridge (trial
     * finding, issue 11: 'search cron' put kms first for an input's "scheduled deletion").
     */
    @Test
    void search_synonymOfABroaderTerm_findsItsNarrowerTerms() {
        assertEquals(ids(library.search("schedule").limit(3).run()), ids(library.search("cron").limit(3).run()));
        assertEquals("eventbridge-bus", ids(library.search("cron").limit(1).run()).get(0));
        List<dev.alexandria.spi.search.Vocabulary.Narrower> closed = SearchVocabulary.withSynonymsOfBroaderTerms(
                List.of(dev.alexandria.spi.search.Vocabulary.SynonymGroup.of("schedule", "cron")),
                List.of(dev.alexandria.spi.search.Vocabulary.Narrower.of("schedule", "eventbridge", "cron")));
        assertEquals(List.of(dev.alexandria.spi.search.Vocabulary.Narrower.of("schedule", "eventbridge", "cron"),
                dev.alexandria.spi.search.Vocabulary.Narrower.of("cron", "eventbridge")), closed);
    }

    /** Issue 11: a hit whose HCL does not parse was returned as if nothing were wrong. */
    @Test
    void search_hitWhoseHclDoesNotParse_saysSo(@TempDir Path tmp) throws IOException {
        Path copy = copyOfSample(tmp.resolve("lib"));
        Path tf = copy.resolve("_library/foundations/networking/vpc-basic/main.tf");
        Files.writeString(tf, Files.readString(tf) + "\nresource \"aws_vpc\" {{{\n");
        Library lib = Alexandria.builder().root(copy).cacheDirectory(tmp.resolve("cache")).open();
        for (int run = 0; run < 2; run++) {
            SearchResult r = lib.search("vpc").limit(20).run();
            assertTrue(r.hits().stream().anyMatch(h -> h.module().id().value().equals("vpc-basic") && h.hclErrors()),
                    r::toString);
            assertTrue(r.hits().stream().filter(h -> !h.module().id().value().equals("vpc-basic"))
                    .noneMatch(SearchResult.Hit::hclErrors), r::toString);
        }
    }

    /** The sample library with rds-mysql-legacy archived (it keeps its deprecation block and replacement). */
    static Path withArchivedModule(Path tmp) throws IOException {
        Path copy = copyOfSample(tmp.resolve("lib"));
        Path md = copy.resolve("_library/data/databases/rds-mysql-legacy/.alexandria.yaml");
        String text = Files.readString(md);
        assertTrue(text.contains("\nmaturity: deprecated\n"), text);
        Files.writeString(md, text.replace("\nmaturity: deprecated\n", "\nmaturity: archived\n"));
        return copy;
    }

    @Test
    void search_archived_isIndexedButOnlyFoundWhenIncluded(@TempDir Path tmp) throws IOException {
        Library lib = Alexandria.builder().root(withArchivedModule(tmp)).noCache().open();
        assertEquals(MaturityLevel.ARCHIVED, lib.requireModule("rds-mysql-legacy").maturity());
        assertFalse(ids(lib.search("mysql legacy").limit(50).run()).contains("rds-mysql-legacy"));
        assertFalse(ids(lib.search("mysql legacy").includeDeprecated().limit(50).run()).contains("rds-mysql-legacy"),
                "archived is not merely deprecated");
        SearchResult r = lib.search("mysql legacy").includeArchived().limit(50).run();
        SearchResult.Hit archived = r.hits().stream().filter(h -> h.module().id().value().equals("rds-mysql-legacy"))
                .findFirst().orElseThrow(() -> new AssertionError(r));
        assertFalse(archived.deprecated(), "its maturity says archived");
        assertEquals(Optional.of(ModuleId.of("rds-aurora")), archived.replacement());
        assertTrue(r.facets().maturity().stream().anyMatch(f -> f.value().equals("archived") && f.count() == 1),
                r.facets()::toString);
        // Every module of the library is in the index: with both included, an empty search lists them all.
        assertEquals(lib.modules().size(), lib.search("").includeArchived().includeDeprecated().run().total());
        assertEquals(lib.modules().size() - 1, lib.search("").includeDeprecated().run().total());
    }

    @Test
    void search_archivedIncluded_passesAMaturityFilterButNoOtherFilter(@TempDir Path tmp) throws IOException {
        Library lib = Alexandria.builder().root(withArchivedModule(tmp)).noCache().open();
        assertTrue(ids(lib.search("mysql").includeArchived().maturityAtLeast(MaturityLevel.STABLE).limit(50).run())
                .contains("rds-mysql-legacy"));
        assertTrue(ids(lib.search("mysql").includeArchived().maturity(MaturityLevel.BETA).limit(50).run())
                .contains("rds-mysql-legacy"));
        assertFalse(ids(lib.search("mysql").includeArchived().layer(dev.alexandria.api.model.Layer.COMPUTE).limit(50)
                .run()).contains("rds-mysql-legacy"));
        assertEquals("Search{\"mysql\", includeArchived}", lib.search("mysql").includeArchived().toString());
    }

    @Test
    void search_maturityAtLeast_keepsOnlyThatLevelAndAbove() {
        SearchResult r = library.search("").maturityAtLeast(MaturityLevel.STABLE).limit(100).run();
        assertFalse(r.hits().isEmpty());
        r.hits().forEach(h -> assertTrue(h.module().maturity().isAtLeast(MaturityLevel.STABLE), h::toString));
        long expected = library.modules().stream()
                .filter(m -> m.maturity().isActive() && m.maturity().isAtLeast(MaturityLevel.STABLE)).count();
        assertEquals(expected, r.total());
    }

    @Test
    void search_maxMonthlyCost_keepsThoseAtMostAndCountsThoseWithout() {
        SearchResult r = library.search("").maxMonthlyCost(100).limit(100).run();
        assertFalse(r.hits().isEmpty());
        for (SearchResult.Hit h : r.hits()) {
            double cost = h.module().registryEntry().flatMap(RegistryEntry::cost).orElseThrow()
                    .estimatedCost().doubleValue();
            assertTrue(cost <= 100, h::toString);
        }
        assertEquals(0, r.withoutCost(), "every module of the sample library has a registered cost");
        SearchResult huge = library.search("").maxMonthlyCost(new java.math.BigDecimal("1e400")).limit(1).run();
        assertEquals(library.search("").limit(1).run().total(), huge.total());
    }

    @Test
    void search_complexityAndCategory_filter() {
        SearchResult r = library.search("").complexity(ComplexityTier.ADVANCED).limit(100).run();
        assertFalse(r.hits().isEmpty());
        r.hits().forEach(h -> assertEquals(ComplexityTier.ADVANCED, h.module().complexity(), h::toString));
        SearchResult data = library.search("").category(dev.alexandria.api.model.Category.parse("data/databases"))
                .limit(100).run();
        data.hits().forEach(h -> assertEquals("data/databases", h.module().category().id()));
    }

    @Test
    void search_tags_includeChildTags() {
        // Every module tagged with a child of 'databases' in tags.yaml is found by --tags databases.
        SearchResult r = library.search("").tags("databases").limit(100).run();
        assertTrue(ids(r).contains("rds-postgres"), r::toString);
        assertTrue(ids(r).contains("rds-aurora"), r::toString);
    }

    @Test
    void search_sortByPopularity_isByDownloadsDescending() {
        SearchResult r = library.search("").sort(SearchSort.POPULARITY).limit(100).run();
        long last = Long.MAX_VALUE;
        for (SearchResult.Hit h : r.hits()) {
            long downloads = h.module().registryEntry().map(e -> e.metrics().downloads().orElse(-1L)).orElse(-1L);
            assertTrue(downloads <= last, r::toString);
            last = downloads;
        }
    }

    @Test
    void search_sortedByPopularity_ordersTheModulesTheTextIsAbout() {
        // s3-basic, kms and vpc-basic have more downloads than any database and match one word each ("private",
        // "automatic"): sorted by popularity they came first, above the databases the text asks for.
        SearchResult r = library.search("private database with automatic backups").sort(SearchSort.POPULARITY)
                .limit(100).run();
        assertTrue(ids(r).containsAll(List.of("rds-postgres", "dynamodb", "rds-aurora")), r::toString);
        assertFalse(ids(r).contains("s3-basic"), r::toString);
        assertFalse(ids(r).contains("kms"), r::toString);
        assertEquals(r.total(), r.hits().size());
    }

    @Test
    void search_aModuleFarBelowTheBestIsNoMatch() {
        SearchResult r = library.search("private database with automatic backups").limit(100).run();
        double best = r.hits().get(0).score();
        r.hits().forEach(h -> assertTrue(h.score() >= SearchService.RELEVANCE_FLOOR * best, r::toString));
        assertEquals(r.total(), r.hits().size());
        assertTrue(r.total() < library.search("").limit(1).run().total() / 2, r::toString);
    }

    @Test
    void search_offset_pages() {
        List<String> all = ids(library.search("network").limit(6).run());
        List<String> page = ids(library.search("network").offset(3).limit(3).run());
        assertEquals(all.subList(3, all.size()), page);
    }

    @Test
    void search_facets_countEveryMatch() {
        SearchResult r = library.search("").limit(1).run();
        long layers = r.facets().layers().stream().mapToLong(SearchResult.FacetCount::count).sum();
        assertEquals(r.total(), layers);
    }

    @Test
    void search_withoutFacets_countsNoFacetsAndKeepsTheHits() {
        SearchResult counted = library.search("private database").limit(5).run();
        SearchResult uncounted = library.search("private database").limit(5).withoutFacets().run();
        assertFalse(counted.facets().layers().isEmpty(), counted.facets()::toString);
        assertEquals(SearchResult.Facets.none(), uncounted.facets());
        assertEquals(ids(counted), ids(uncounted));
        assertEquals(counted.total(), uncounted.total());
        assertEquals(counted.hits().stream().map(SearchResult.Hit::highlights).toList(),
                uncounted.hits().stream().map(SearchResult.Hit::highlights).toList());
        assertEquals("Search{\"vpc\", withoutFacets}", library.search("vpc").withoutFacets().toString());
    }

    @Test
    void search_withoutSuggestions_findsTheSameAndSuggestsNothing() {
        SearchResult suggested = library.search("mainframe kubernetis").run();
        SearchResult plain = ((DefaultSearch) library.search("mainframe kubernetis")).withoutSuggestions().run();
        assertEquals(Optional.of("mainframe kubernetes"), suggested.didYouMean(), suggested::toString);
        assertEquals(List.of("mainframe", "kubernetis"), suggested.unmatched(), suggested::toString);
        assertEquals(Optional.empty(), plain.didYouMean(), plain::toString);
        assertEquals(List.of(), plain.unmatched(), plain::toString);
        assertEquals(suggested.total(), plain.total());
        assertEquals(suggested.corrections(), plain.corrections());
        SearchResult found = library.search("private database").limit(5).run();
        SearchResult foundPlain = ((DefaultSearch) library.search("private database").limit(5)).withoutSuggestions()
                .run();
        assertEquals(found.toString(), foundPlain.toString());
        assertEquals("Search{\"vpc\", withoutSuggestions}",
                ((DefaultSearch) library.search("vpc")).withoutSuggestions().toString());
    }

    @Test
    void search_badArguments_sayWhatIsWrong() {
        assertEquals("unknown tag 'netwrking': it is not declared in _catalog/tags.yaml; did you mean 'networking'?",
                assertThrows(IllegalArgumentException.class, () -> library.search("").tags("netwrking"))
                        .getMessage());
        assertEquals("limit must be at least 1: 0",
                assertThrows(IllegalArgumentException.class, () -> library.search("").limit(0)).getMessage());
        assertEquals("maxMonthlyCost must not be negative: -1",
                assertThrows(IllegalArgumentException.class,
                        () -> library.search("").maxMonthlyCost(new java.math.BigDecimal("-1"))).getMessage());
        assertThrows(NullPointerException.class, () -> library.search(null));
    }

    @Test
    void browse_facets_countTheSelectedModules() {
        SearchResult.Facets f = library.browse().layer(dev.alexandria.api.model.Layer.FOUNDATIONS).facets();
        long foundations = library.modules().stream()
                .filter(m -> m.layer() == dev.alexandria.api.model.Layer.FOUNDATIONS).count();
        assertEquals(List.of(new SearchResult.FacetCount("foundations", foundations)), f.layers());
        long maturity = f.maturity().stream().mapToLong(SearchResult.FacetCount::count).sum();
        assertEquals(foundations, maturity);
    }

    @Test
    void cacheFolder_followsTheEnvironmentAndIsNeverInsideTheLibrary() {
        Path root = SAMPLE.toAbsolutePath().normalize();
        Path own = SearchCacheFolder.forLibrary(root, Map.of("ALEXANDRIA_CACHE_DIR", "/var/cache/alx"), "/home/u")
                .orElseThrow();
        assertEquals(Path.of("/var/cache/alx"), own.getParent());
        assertEquals(16, own.getFileName().toString().length());
        Path xdg = SearchCacheFolder.forLibrary(root, Map.of("XDG_CACHE_HOME", "/xdg"), "/home/u").orElseThrow();
        assertEquals(Path.of("/xdg/alexandria"), xdg.getParent());
        Path relativeXdg = SearchCacheFolder.forLibrary(root, Map.of("XDG_CACHE_HOME", "rel"), "/home/u")
                .orElseThrow();
        assertEquals(Path.of("/home/u/.cache/alexandria"), relativeXdg.getParent());
        assertEquals(own.getFileName(), xdg.getFileName());
        assertEquals(Optional.empty(), SearchCacheFolder.forLibrary(root, Map.of(), ""));
        assertFalse(own.startsWith(root));
    }

    @Test
    void fingerprint_changesOnlyWithTheModule() {
        ModuleDocuments documents = new ModuleDocuments(SearchCatalog.of(library.catalog()));
        LibraryModule vpc = library.requireModule("vpc-standard");
        assertEquals(documents.fingerprint(vpc),
                new ModuleDocuments(SearchCatalog.of(Alexandria.open(SAMPLE).catalog())).fingerprint(Alexandria.open(SAMPLE).requireModule("vpc-standard")));
        assertFalse(documents.fingerprint(vpc).equals(documents.fingerprint(library.requireModule("vpc-basic"))));
    }

    @Test
    void fingerprint_ofAModuleWhoseReadmeChanged_changes_andNoOtherDoes(@TempDir Path tmp) throws IOException {
        Path copy = copyOfSample(tmp.resolve("lib"));
        Library before = Alexandria.open(copy);
        ModuleDocuments documents = new ModuleDocuments(SearchCatalog.of(before.catalog()));
        String vpc = documents.fingerprint(before.requireModule("vpc-standard"));
        String eks = documents.fingerprint(before.requireModule("eks-standard"));
        Path readme = before.requireModule("vpc-standard").directory().resolve("README.md");
        Files.writeString(readme, Files.readString(readme) + "\nTransit gateway attachments are supported.\n");
        Library after = Alexandria.open(copy);
        ModuleDocuments again = new ModuleDocuments(SearchCatalog.of(after.catalog()));
        assertFalse(vpc.equals(again.fingerprint(after.requireModule("vpc-standard"))));
        assertEquals(eks, again.fingerprint(after.requireModule("eks-standard")));
    }

    @Test
    void document_ofAModuleNamedByItsId_holdsTheNameOnce_andOtherModulesHoldNameAndId(@TempDir Path tmp)
            throws IOException {
        Path copy = copyOfSample(tmp.resolve("lib"));
        Path md = copy.resolve("_library/foundations/networking/vpc-basic/.alexandria.yaml");
        String text = Files.readString(md);
        assertTrue(text.contains("\nname: Basic VPC\n"), text);
        Files.writeString(md, text.replace("\nname: Basic VPC\n", "\nname: vpc-basic\n"));
        Library lib = Alexandria.builder().root(copy).noCache().open();
        ModuleDocuments documents = new ModuleDocuments(SearchCatalog.of(lib.catalog()));
        assertEquals(List.of("vpc-basic"),
                documents.document(lib.requireModule("vpc-basic")).text(SearchFields.NAME));
        assertEquals(List.of("Standard VPC", "vpc-standard"),
                documents.document(lib.requireModule("vpc-standard")).text(SearchFields.NAME));
    }

    /** Copies the sample library to a folder, keeping its files' modification times; returns the folder. */
    static Path copyOfSample(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLE)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(SAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return copy;
    }

    /** A host's backend: the in-memory one under another name and a higher priority. */
    static final class AcmeSearch implements SearchBackend {
        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("acme-search", 5, SearchBackend.SPI_VERSION);
        }

        @Override
        public SearchIndex open(IndexSpec spec) {
            return new InMemorySearchBackend().open(spec);
        }
    }

    @Test
    void builder_registeredBackendOfHigherPriority_answers() {
        Library lib = Alexandria.builder().root(SAMPLE).providers(new AcmeSearch()).open();
        assertEquals("acme-search", lib.search("vpc").run().backend());
        Library named = Alexandria.builder().root(SAMPLE).providers(new AcmeSearch())
                .searchBackend("alexandria-in-memory").open();
        assertEquals("alexandria-in-memory", named.search("vpc").run().backend());
    }

    @Test
    void builder_unknownBackendName_failsTheSearchNamingTheAvailableOnes() {
        Library lib = Alexandria.builder().root(SAMPLE).searchBackend("nope").open();
        ProviderException e = assertThrows(ProviderException.class, () -> lib.search("vpc").run());
        assertEquals("nope", e.provider());
        assertTrue(e.getMessage().startsWith("provider 'nope': the SearchBackend asked for is not available "
                + "(available: alexandria-in-memory"), e::getMessage);
    }

    @Test
    void builder_providerOfNoKnownSpi_isRefused() {
        Provider odd = () -> ProviderDescriptor.of("odd-one", 0, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Alexandria.builder().providers(odd));
        assertTrue(e.getMessage().endsWith(" implements no SPI Alexandria knows; implement SearchBackend, "
                + "PricingSource, ResourceCostModel, PriceListImporter or ModuleValidator"), e::getMessage);
    }
}
