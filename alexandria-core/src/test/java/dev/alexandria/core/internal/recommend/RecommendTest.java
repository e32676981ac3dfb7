package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.api.model.Recommendation.ScorePart;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Recommendations over {@code libraries/recommend}: two patterns (web-stack and batch-stack) that both compose
 * vpc-standard and sql-db, an example that uses vpc-basic with log-sink, three networks of one category, and a
 * deprecated container cluster.
 */
class RecommendTest {

    private static final Path FIXTURE = RecommendFixture.ROOT;
    private static Library library;

    @TempDir
    Path temp;

    @BeforeAll
    static void open() {
        library = Alexandria.open(FIXTURE);
    }

    private static List<String> ids(List<Recommendation> rs) {
        return rs.stream().map(r -> r.module().id().value()).toList();
    }

    @Test
    void forUseCase_matchingPattern_comesFirstAndListsWhatItComposes() {
        List<Recommendation> rs = library.recommend().forUseCase("web application with a SQL database").run();
        Recommendation first = rs.get(0);
        assertEquals("web-stack", first.module().id().value());
        assertEquals(List.of("container-service", "firewall", "sql-db", "vpc-standard"),
                first.composes().stream().map(ModuleId::value).toList());
        assertEquals("pattern matching the use case; composes 4 modules: container-service, firewall, sql-db, "
                + "vpc-standard", first.evidence().get(0));
        assertEquals(List.of("container-service", "firewall", "sql-db", "vpc-standard"),
                ids(rs.subList(1, 5)).stream().sorted().toList());
        assertTrue(rs.get(1).evidence().contains("composed by pattern web-stack"));
    }

    @Test
    void forUseCase_withoutPattern_recommendsModulesNotPatterns() {
        List<Recommendation> rs = library.recommend().forUseCase("central logging").run();
        assertEquals("log-sink", rs.get(0).module().id().value());
        assertTrue(rs.get(0).composes().isEmpty());
        assertFalse(rs.get(0).module().layer() == Layer.PATTERNS);
    }

    @Test
    void forUseCase_oneWordThatFindsNothingButImpliesANeed_getsTheNeededModule() throws IOException {
        // "microservices" is in no module's text, but by the bundled rules it implies a container registry.
        Path copy = copyFixture();
        Path dir = copy.resolve("_library/compute/containers/image-registry");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".alexandria.yaml"), """
                id: image-registry
                name: image-registry
                description: "Private container registry for images."
                version: 1.0.0
                layer: compute
                category: compute/containers
                maturity: stable
                tags: [containers]
                maintainer: team-platform
                """);
        Files.writeString(dir.resolve("main.tf"), "resource \"aws_ecr_repository\" \"this\" {\n}\n");
        Library own = Alexandria.open(copy);
        assertTrue(own.search("microservices").run().hits().isEmpty());
        List<Recommendation> rs = own.recommend().forUseCase("microservices").run();
        assertEquals("image-registry", rs.get(0).module().id().value(), rs::toString);
        assertEquals(List.of("'microservices' implies a container registry"), rs.get(0).evidence());
        assertTrue(rs.get(0).parts().get(0).reason().endsWith("for 'container registry'"),
                rs.get(0).parts().get(0)::reason);
    }

    @Test
    void forUseCase_impliedByTheLibrarysOwnRule_whenTheTextFindsNothing() throws IOException {
        Path copy = copyFixture();
        Files.writeString(copy.resolve("_catalog/recommend.yaml"), """
                implies:
                  - words: [ledger]
                    needs: [relational database]
                """);
        Library own = Alexandria.open(copy);
        assertTrue(own.search("ledger").run().hits().isEmpty());
        Recommendation r = own.recommend().forUseCase("ledger").run().get(0);
        assertEquals("sql-db", r.module().id().value());
        assertEquals(List.of("'ledger' implies a relational database"), r.evidence());
    }

    @Test
    void forUseCase_textThatImpliesNothingAndFindsNothing_recommendsNothing() {
        String text = "quantum teleportation";
        assertTrue(Implied.of(text).isEmpty());
        assertTrue(library.search(text).run().hits().isEmpty());
        assertEquals(List.of(), library.recommend().forUseCase(text).run());
    }

    @Test
    void forUseCase_scorePartsAddUpAndAreExplained() {
        Recommendation r = library.recommend().forUseCase("central logging").level(ComplexityTier.BASIC).run()
                .get(0);
        assertEquals(List.of("relevance", "maturity", "popularity", "cost", "complexity"),
                r.parts().stream().map(ScorePart::name).toList());
        assertEquals(r.parts().stream().mapToDouble(ScorePart::contribution).sum(), r.score(), 1e-9);
        assertEquals("basic for a basic level", r.parts().get(4).reason());
        assertEquals(1.0, r.parts().get(4).value());
        assertTrue(r.explanation().contains("maturity 1.00×0.15 (stable)"), r.explanation());
    }

    @Test
    void basedOn_namesThePatternsThatUseBoth() {
        List<Recommendation> rs = library.recommend().basedOn("sql-db").run();
        assertEquals("vpc-standard", rs.get(0).module().id().value());
        assertEquals(List.of("used together in 2 patterns: batch-stack, web-stack"), rs.get(0).evidence());
        assertTrue(ids(rs).containsAll(List.of("web-stack", "batch-stack", "container-service", "firewall")));
        Recommendation web = rs.stream().filter(r -> r.module().id().value().equals("web-stack")).findFirst()
                .orElseThrow();
        assertEquals(List.of("a pattern that composes sql-db"), web.evidence());
    }

    @Test
    void basedOn_findsExamplesAndAlternatives() {
        List<Recommendation> rs = library.recommend().basedOn("vpc-basic").run();
        assertEquals(List.of("log-sink", "vpc-advanced", "vpc-standard"), ids(rs));
        assertEquals(List.of("used together in 1 example: _examples/starter"), rs.get(0).evidence());
        assertEquals(List.of("an alternative in foundations/networking (basic; vpc-basic is basic)"),
                rs.get(1).evidence());
    }

    @Test
    void basedOn_dependencyOfAPattern_isNamed() {
        List<Recommendation> rs = library.recommend().basedOn("web-stack").run();
        assertEquals(List.of("a dependency: web-stack uses it"), rs.stream()
                .filter(r -> r.module().id().value().equals("firewall")).findFirst().orElseThrow().evidence());
    }

    @Test
    void deprecated_isLeftOutUnlessAsked() {
        // "legacy" is a word only the deprecated cluster answers, but its replacement container-service matches the
        // same use case: asked for, it gives way to its replacement and is named as left out for it
        assertFalse(ids(library.recommend().forUseCase("legacy containers behind a load balancer").limit(20).run())
                .contains("cluster-legacy"));
        Recommend with = library.recommend().forUseCase("legacy containers behind a load balancer").limit(20)
                .includeDeprecated();
        List<String> withIds = ids(with.run());
        assertFalse(withIds.contains("cluster-legacy"), withIds.toString());
        assertTrue(withIds.contains("container-service"), withIds.toString());
        assertEquals("cluster-legacy", with.leftOut().get(0).best().get(0).id().value());
        assertFalse(ids(library.recommend().basedOn("container-service").limit(20).run())
                .contains("cluster-legacy"));
        assertTrue(ids(library.recommend().basedOn("container-service").includeDeprecated().limit(20).run())
                .contains("cluster-legacy"));
    }

    @Test
    void archived_isLeftOutUnlessAsked_evenWithItsDeprecationNotice() throws IOException {
        Path root = copyFixture();
        Path legacy = root.resolve("_library/foundations/networking/vpc-legacy");
        Files.createDirectories(legacy);
        Files.writeString(legacy.resolve(".alexandria.yaml"), """
                id: vpc-legacy
                name: Legacy VPC
                description: "The first network of the platform, kept for reference."
                version: 0.9.0
                layer: foundations
                category: foundations/networking
                maturity: archived
                tags: []
                maintainer: team-platform
                deprecation:
                  reason: Replaced by vpc-standard.
                  replacement: vpc-standard
                """);
        Files.writeString(legacy.resolve("main.tf"), "resource \"aws_vpc\" \"this\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n");
        Library lib = Alexandria.open(root);
        assertEquals(MaturityLevel.ARCHIVED, lib.requireModule("vpc-legacy").maturity());
        assertFalse(ids(lib.recommend().basedOn("vpc-standard").limit(20).run()).contains("vpc-legacy"));
        assertFalse(ids(lib.recommend().basedOn("vpc-standard").includeDeprecated().limit(20).run())
                .contains("vpc-legacy"));
        Recommendation archived = lib.recommend().basedOn("vpc-standard").includeArchived().limit(20).run().stream()
                .filter(r -> r.module().id().value().equals("vpc-legacy")).findFirst().orElseThrow();
        assertEquals(List.of("an alternative in foundations/networking (basic; vpc-standard is basic)"),
                archived.evidence());
        assertFalse(ids(lib.recommend().forUseCase("legacy vpc network").limit(20).run()).contains("vpc-legacy"));
        assertTrue(ids(lib.recommend().forUseCase("legacy vpc network").includeArchived().limit(20).run())
                .contains("vpc-legacy"));
    }

    @Test
    void unknownModule_saysWhatItMeant() {
        ModuleNotFoundException e = assertThrows(ModuleNotFoundException.class,
                () -> library.recommend().basedOn("sql-bd"));
        assertEquals("no module 'sql-bd' in the library; did you mean 'sql-db'?", e.getMessage());
    }

    @Test
    void emptyUseCase_isRefusedWithAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> library.recommend().forUseCase("  \t"));
        assertEquals("the use case is empty: describe what is to be built, e.g. \"web application with a "
                + "database\"", e.getMessage());
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> library.recommend().run());
        assertEquals("nothing to recommend for: call forUseCase(text) or basedOn(id) first", none.getMessage());
        assertEquals("limit must be at least 1: 0", assertThrows(IllegalArgumentException.class,
                () -> library.recommend().limit(0)).getMessage());
    }

    @Test
    void basedOn_aModuleOfTheSameCategoryMakingAnotherService_isWeakerThanAnAlternative() throws IOException {
        Path copy = copyFixture();
        networking(copy, "lb-one", "aws_lb");
        networking(copy, "lb-two", "aws_lb");
        networking(copy, "tgw-hub", "aws_ec2_transit_gateway");
        List<Recommendation> rs = Alexandria.open(copy).recommend().basedOn("lb-one").limit(50).run();
        Recommendation alternative = rs.stream().filter(r -> r.module().id().value().equals("lb-two")).findFirst()
                .orElseThrow();
        assertEquals(List.of("an alternative in foundations/networking (basic; lb-one is basic)"),
                alternative.evidence());
        // sharing only the category is no evidence: not listed (before, "neither an alternative nor a companion")
        assertTrue(rs.stream().noneMatch(r -> r.module().id().value().equals("tgw-hub")), rs.toString());
    }

    private static void networking(Path root, String id, String type) throws IOException {
        Path dir = root.resolve("_library/foundations/networking/" + id);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(".alexandria.yaml"), """
                id: %s
                name: %s
                description: "A module of the network."
                version: 1.0.0
                layer: foundations
                category: foundations/networking
                maturity: stable
                tags: []
                maintainer: team-platform
                """.formatted(id, id));
        Files.writeString(dir.resolve("main.tf"), "resource \"" + type + "\" \"this\" {\n}\n");
    }

    @Test
    void weights_comeFromRecommendYaml() throws IOException {
        Path copy = copyFixture();
        Files.writeString(copy.resolve("_catalog/recommend.yaml"), "weights:\n  relevance: 0\n  maturity: 1\n");
        Recommendation r = Alexandria.open(copy).recommend().forUseCase("central logging").run().get(0);
        // relevance 0, maturity 1, popularity, cost and complexity by default (0.10, 0.05, 0.15): 1.30 in all, so
        // each is shown scaled to sum to 1, in the same proportions (Ranking.scaled)
        assertEquals(0.0, r.parts().get(0).weight());
        assertEquals(1.0 / 1.30, r.parts().get(1).weight(), 1e-12);
        assertEquals(0.10 / 1.30, r.parts().get(2).weight(), 1e-12);
    }

    @Test
    void weights_unknownName_isAnErrorNamingTheFileAndTheNames() throws IOException {
        Path copy = copyFixture();
        Files.writeString(copy.resolve("_catalog/recommend.yaml"), "weights:\n  relevanse: 0.3\n");
        // Checked at opening with the other catalog files (validate and browse --findings list it), but only a
        // recommendation, which reads the file, fails on it: the library opens and searches.
        Library lib = Alexandria.open(copy);
        lib.search("central logging").run();
        assertEquals(1, lib.findings().stream().filter(Finding::isError).count());
        CatalogValidationException e = assertThrows(CatalogValidationException.class,
                () -> lib.recommend().forUseCase("central logging").run());
        Finding f = e.errors().get(0);
        assertEquals("_catalog/recommend.yaml:2:3: unknown weight 'relevanse'", f.location() + ": " + f.message());
        assertEquals(Optional.of("use relevance, evidence, maturity, popularity, cost, complexity (did you mean "
                + "'relevance'?)"), f.hint());
        Files.writeString(copy.resolve("_catalog/recommend.yaml"), "weights:\n  cost: -1\n");
        f = assertThrows(CatalogValidationException.class,
                () -> Alexandria.open(copy).recommend().forUseCase("central logging").run()).errors().get(0);
        assertEquals("_catalog/recommend.yaml:2:9: weight 'cost' is '-1', which is below 0; a weight is a finite "
                + "number of 0 or more", f.location() + ": " + f.message());
    }

    @Test
    void addingAnExampleThatUsesAPair_neverLowersThatPairsRank() throws IOException {
        int before = ids(library.recommend().basedOn("sql-db").limit(50).run()).indexOf("log-sink");
        Path copy = copyFixture();
        Path example = copy.resolve("_examples/logged-db");
        Files.createDirectories(example);
        Files.writeString(example.resolve("main.tf"), """
                module "db" {
                  source = "../../_library/data/databases/sql-db"
                }
                module "logs" {
                  source = "../../_library/observability/logging/log-sink"
                }
                """);
        List<Recommendation> after = Alexandria.open(copy).recommend().basedOn("sql-db").limit(50).run();
        int rank = ids(after).indexOf("log-sink");
        assertTrue(rank >= 0 && (before < 0 || rank <= before), before + " -> " + rank);
        assertTrue(after.get(rank).evidence().contains("used together in 1 example: _examples/logged-db"));
    }

    /** Writes an example under the copy's {@code _examples/} calling the given library folders. */
    private static void example(Path copy, String folder, String... modules) throws IOException {
        Path dir = copy.resolve("_examples").resolve(folder);
        Files.createDirectories(dir);
        String up = "../".repeat(folder.split("/").length + 1);
        StringBuilder tf = new StringBuilder();
        for (int i = 0; i < modules.length; i++) {
            tf.append("module \"m").append(i).append("\" {\n  source = \"").append(up).append("_library/")
                    .append(modules[i]).append("\"\n}\n");
        }
        Files.writeString(dir.resolve("main.tf"), tf.toString());
    }

    private static final String SQL_DB = "data/databases/sql-db";
    private static final String LOG_SINK = "observability/logging/log-sink";

    @Test
    void examplesOfOneModule_countAsOne_andThoseOfAThirdModuleNotAtAll() throws IOException {
        Path copy = copyFixture();
        example(copy, "sql-db/a", SQL_DB, LOG_SINK);
        example(copy, "sql-db/b", SQL_DB, LOG_SINK);
        // firewall's example: what it calls next to the firewall is set-up for it, not evidence for the others.
        example(copy, "firewall/c", "foundations/security/firewall", "foundations/networking/vpc-advanced",
                LOG_SINK);
        Library lib = Alexandria.open(copy);
        Recommendation sink = lib.recommend().basedOn("sql-db").limit(50).run().stream()
                .filter(r -> r.module().id().value().equals("log-sink")).findFirst().orElseThrow();
        assertEquals(List.of("used together in 2 examples: _examples/sql-db/a, _examples/sql-db/b"), sink.evidence());
        assertEquals("usage evidence 1.0", sink.parts().get(0).reason());
        assertFalse(ids(lib.recommend().basedOn("vpc-advanced").limit(50).run()).contains("log-sink"));
        assertEquals(List.of("used together in 1 example: _examples/firewall/c"), lib.recommend()
                .basedOn("vpc-advanced").run().stream().filter(r -> r.module().id().value().equals("firewall"))
                .findFirst().orElseThrow().evidence());
    }

    @Test
    void forUseCase_whatAChosenModulesOwnExamplesAlwaysUseWithIt_comesAsACompanion() throws IOException {
        String useCase = "a firewall and a sql database";
        assertFalse(ids(library.recommend().forUseCase(useCase).run()).contains("log-sink"));
        Path copy = copyFixture();
        example(copy, "sql-db/a", SQL_DB, LOG_SINK);
        example(copy, "sql-db/b", SQL_DB, LOG_SINK);
        Recommendation sink = Alexandria.open(copy).recommend().forUseCase(useCase).run().stream()
                .filter(r -> r.module().id().value().equals("log-sink")).findFirst().orElseThrow();
        assertEquals(List.of("used together with sql-db in 2 examples: _examples/sql-db/a, _examples/sql-db/b"),
                sink.evidence());
    }

    @Test
    void forUseCase_whatOnlyHalfOfAModulesExamplesUse_isNoCompanion() throws IOException {
        Path copy = copyFixture();
        example(copy, "sql-db/a", SQL_DB, LOG_SINK);
        example(copy, "sql-db/b", SQL_DB, "foundations/networking/vpc-basic");
        assertFalse(ids(Alexandria.open(copy).recommend().forUseCase("a firewall and a sql database").run())
                .contains("log-sink"));
    }

    @Test
    void property_moreUsageEvidenceForAPair_neverLowersItsRank() {
        Gen<List<Integer>> raws = SourceDSL.lists().of(SourceDSL.integers().between(0, 12)).ofSizeBetween(2, 12);
        qt().forAll(raws, SourceDSL.integers().between(0, 11), SourceDSL.integers().between(1, 6))
                .checkAssert((raw, pick, extra) -> {
                    int i = pick % raw.size();
                    int before = rankOf(candidates(raw, i, 0), i);
                    int after = rankOf(candidates(raw, i, extra), i);
                    assertTrue(after <= before, raw + " +" + extra + " on " + i + ": " + before + " -> " + after);
                });
    }

    /**
     * The same property through {@code --based-on}'s one place for alternatives of one another
     * ({@link Recommender#onePlace}), under any symmetric relation of alternatives: more evidence for a pair never
     * moves it down the listed modules, nor from listed to named on another.
     */
    @Test
    void property_moreUsageEvidenceForAPair_neverLowersItsPlace_withAlternativesInOnePlace() {
        List<LibraryModule> modules = library.modules();
        LibraryModule base = modules.get(modules.size() - 1);
        int most = Math.min(12, modules.size() - 1);
        Gen<List<Integer>> raws = SourceDSL.lists().of(SourceDSL.integers().between(0, 12)).ofSizeBetween(2, most);
        qt().forAll(raws, SourceDSL.integers().between(0, 11), SourceDSL.integers().between(1, 6),
                SourceDSL.integers().between(0, 1000)).checkAssert((raw, pick, extra, seed) -> {
                    java.util.function.BiPredicate<LibraryModule, LibraryModule> alternatives = (a, b) ->
                            !a.id().equals(b.id()) && Math.floorMod((a.id().value().hashCode()
                            ^ b.id().value().hashCode()) + seed, 3) == 0;
                    int i = pick % raw.size();
                    String id = modules.get(i % modules.size()).id().value();
                    int before = placeOf(Recommender.onePlace(Ranking.sorted(candidates(raw, i, 0)), base,
                            alternatives), id);
                    int after = placeOf(Recommender.onePlace(Ranking.sorted(candidates(raw, i, extra)), base,
                            alternatives), id);
                    assertTrue(after <= before, raw + " +" + extra + " on " + i + " (" + seed + "): " + before
                            + " -> " + after);
                });
    }

    /** The place of a module among the listed ones; past the end when it is named on another. */
    private static int placeOf(List<Recommendation> listed, String id) {
        for (int k = 0; k < listed.size(); k++) {
            if (listed.get(k).module().id().value().equals(id)) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Candidates whose module-only parts vary with their index; candidate {@code i} gets {@code extra}. */
    private static List<Recommendation> candidates(List<Integer> raw, int i, int extra) {
        List<Recommendation> out = new ArrayList<>();
        List<LibraryModule> modules = library.modules();
        for (int k = 0; k < raw.size(); k++) {
            double r = raw.get(k) / 2.0 + (k == i ? extra / 2.0 : 0);
            List<ScorePart> parts = List.of(
                    new ScorePart("evidence", Ranking.evidenceValue(r), 0.55, "raw " + r),
                    new ScorePart("maturity", (k % 3) / 2.0, 0.15, "m"));
            out.add(new Recommendation(modules.get(k % modules.size()), Ranking.score(parts), parts, List.of(),
                    List.of()));
        }
        return out;
    }

    private static int rankOf(List<Recommendation> candidates, int i) {
        Recommendation target = candidates.get(i);
        return Ranking.sorted(candidates).indexOf(target);
    }

    @Test
    void property_deprecatedNeverRecommendedUnlessAsked_andRunsAreStable() {
        List<String> words = List.of("container", "cluster", "legacy", "load", "balancer", "web", "sql", "network",
                "logging", "firewall", "batch", "old", "running");
        qt().withExamples(40).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, words.size() - 1))
                .ofSizeBetween(1, 4)).checkAssert(picks -> {
                    String text = String.join(" ", picks.stream().map(words::get).toList());
                    List<Recommendation> rs = library.recommend().forUseCase(text).limit(20).run();
                    assertTrue(rs.stream().noneMatch(r -> r.module().maturity() == MaturityLevel.DEPRECATED), text);
                    assertEquals(ids(rs), ids(library.recommend().forUseCase(text).limit(20).run()), text);
                    List<Recommendation> again = library.recommend().forUseCase(text).limit(20).run();
                    for (int k = 0; k < rs.size(); k++) {
                        assertEquals(rs.get(k).score(), again.get(k).score(), text);
                    }
                });
    }

    @Test
    void equalScores_areOrderedById() {
        List<Recommendation> rs = library.recommend().basedOn("vpc-basic").run();
        assertEquals(rs.get(1).score(), rs.get(2).score());
        assertEquals(List.of("vpc-advanced", "vpc-standard"), ids(rs.subList(1, 3)));
    }

    @Test
    void aPatternComposingOneModule_saysModuleInTheSingular() throws IOException {
        Path lib = copyFixture();
        Path meta = lib.resolve("_library/patterns/multi-tier-app/web-stack/.alexandria.yaml");
        String yaml = Files.readString(meta);
        Files.writeString(meta, yaml.substring(0, yaml.indexOf("requires:")) + "requires:\n  - module: sql-db\n");
        Library one = Alexandria.builder().root(lib).noCache().open();
        Recommendation first = one.recommend().forUseCase("web application with a SQL database").run().get(0);
        assertEquals("web-stack", first.module().id().value());
        assertEquals("pattern matching the use case; composes 1 module: sql-db", first.evidence().get(0));
    }

    private Path copyFixture() throws IOException {
        return RecommendFixture.copy(temp.resolve("lib"));
    }
}
