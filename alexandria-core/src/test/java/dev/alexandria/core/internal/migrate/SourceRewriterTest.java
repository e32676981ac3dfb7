package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alexandria.core.internal.inspect.ModuleConfiguration;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRewriterTest {

    private static final Path ROOT = Path.of("/repo/components/terraform");

    private static Path fixture() {
        try {
            return Path.of(SourceRewriterTest.class.getResource("/migrate/sources").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void localSources_findsOnlyLocalPlainPaths_andReportsInterpolatedOnes() {
        List<String> unreadable = new ArrayList<>();
        List<SourceRewriter.LocalSource> sources = SourceRewriter.localSources(fixture(), unreadable);
        assertEquals(List.of("network ../vpc 2", "alarm ./modules/alarm 8"), sources.stream()
                .map(s -> s.call() + " " + s.source() + " " + s.line()).toList());
        assertEquals(1, unreadable.size());
        assertEquals(fixture().resolve("main.tf") + ":22:3: the source of module \"interpolated\" is not a plain "
                + "path (\"../${\"vpc\"}\"); change it by hand", unreadable.get(0));
    }

    @Test
    void edit_changesOnlyThePathInsideTheQuotes() {
        List<String> unreadable = new ArrayList<>();
        List<SourceRewriter.LocalSource> sources = SourceRewriter.localSources(fixture(), unreadable);
        String text = SourceRewriter.read(fixture().resolve("main.tf"));
        String edited = SourceRewriter.edit(text, List.of(
                new SourceRewriter.Rewrite(sources.get(0), "../../../foundations/networking/vpc-advanced"),
                new SourceRewriter.Rewrite(sources.get(1), "../../../observability/metrics/alarm")));
        String expected = text.replace("source = \"../vpc\" # a sibling",
                        "source = \"../../../foundations/networking/vpc-advanced\" # a sibling")
                .replace("source    =    \"./modules/alarm\"", "source    =    \"../../../observability/metrics/alarm\"");
        assertEquals(expected, edited);
    }

    @Test
    void edit_refusesWhenTheFileChangedSinceItWasRead() {
        List<SourceRewriter.LocalSource> sources = SourceRewriter.localSources(fixture(), new ArrayList<>());
        String text = SourceRewriter.read(fixture().resolve("main.tf")).replace("../vpc", "../net");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SourceRewriter.edit(text,
                List.of(new SourceRewriter.Rewrite(sources.get(0), "../x"))));
        assertEquals(fixture().resolve("main.tf") + ":2: the source of module \"network\" changed while it was "
                + "being rewritten", e.getMessage());
    }

    @Test
    void localSources_lineIsTheModuleBlocksLine_whereTheInspectorAndValidateLocateTheCall() {
        for (Path dir : List.of(fixture(), jsonFixture())) {
            List<String> inspector = new ArrayList<>();
            for (ModuleConfiguration.Block call : ModuleConfiguration.read(dir).moduleCalls()) {
                inspector.add(Path.of(call.location().file()).getFileName() + " " + call.labels().get(0) + " "
                        + call.location().line());
            }
            List<String> sources = SourceRewriter.localSources(dir, new ArrayList<>()).stream()
                    .map(s -> s.file().getFileName() + " " + s.call() + " " + s.line()).toList();
            assertFalse(sources.isEmpty(), dir::toString);
            assertTrue(inspector.containsAll(sources), dir + ": " + sources + " not among " + inspector);
        }
    }

    private static Path jsonFixture() {
        try {
            return Path.of(SourceRewriterTest.class.getResource("/migrate/sources-json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void localSources_inJsonSyntax_findsEveryLocalSourceWithItsLine_inObjectAndArrayForms() {
        List<String> unreadable = new ArrayList<>();
        List<SourceRewriter.LocalSource> sources = SourceRewriter.localSources(jsonFixture(), unreadable);
        assertEquals(List.of("calls.tf.json alarm ./modules/alarm 1", "main.tf.json network ../vpc 3",
                "main.tf.json escaped ../dns 10"), sources.stream().map(s -> s.file().getFileName() + " " + s.call()
                + " " + s.source() + " " + s.line()).toList());
        assertEquals(List.of(jsonFixture().resolve("calls.tf.json") + ":1: the source of module \"interpolated\" is"
                + " not a plain path (\"../${var.x}\"); change it by hand"), unreadable);
    }

    @Test
    void edit_inJsonSyntax_changesOnlyThePathInsideTheQuotes_andKeepsTheRestByteForByte() throws Exception {
        List<SourceRewriter.LocalSource> sources = SourceRewriter.localSources(jsonFixture(), new ArrayList<>());
        Path main = jsonFixture().resolve("main.tf.json");
        String text = SourceRewriter.read(main);
        List<SourceRewriter.Rewrite> rewrites = sources.stream().filter(s -> s.file().equals(main))
                .map(s -> new SourceRewriter.Rewrite(s, "../../../foundations/" + s.call())).toList();
        String edited = SourceRewriter.edit(text, rewrites);
        assertEquals(text.replace("\"source\": \"../vpc\"", "\"source\": \"../../../foundations/network\"")
                .replace("\"source\": \"..\\/dns\"", "\"source\": \"../../../foundations/escaped\""), edited);
        ObjectMapper json = new ObjectMapper();
        JsonNode before = json.readTree(text);
        ((ObjectNode) before.at("/module/network")).put("source", "../../../foundations/network");
        ((ObjectNode) before.at("/module/escaped/0")).put("source", "../../../foundations/escaped");
        assertEquals(before, json.readTree(edited));
    }

    @Test
    void edit_inJsonSyntax_writesAnyNewPathWithJsonEscapes() {
        List<SourceRewriter.LocalSource> sources = SourceRewriter.localSources(jsonFixture(), new ArrayList<>());
        SourceRewriter.LocalSource alarm = sources.get(0);
        String text = SourceRewriter.read(alarm.file());
        ObjectMapper json = new ObjectMapper();
        qt().forAll(strings().betweenCodePoints(0, 0x2FF).ofLengthBetween(0, 12)).checkAssert(tail -> {
            String edited = SourceRewriter.edit(text, List.of(new SourceRewriter.Rewrite(alarm, "../" + tail)));
            try {
                assertEquals("../" + tail, json.readTree(edited).at("/module/0/alarm/source").asText());
            } catch (java.io.IOException e) {
                throw new AssertionError(edited, e);
            }
        });
    }

    @Test
    void localSources_inAFileThatIsNotJson_leavesItAlone_andSaysSo(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("main.tf.json"), "{\"module\": {\"net\": {\"source\": \"../vpc\"}\n");
        List<String> unreadable = new ArrayList<>();
        assertEquals(List.of(), SourceRewriter.localSources(dir, unreadable));
        assertEquals(1, unreadable.size());
        assertTrue(unreadable.get(0).startsWith(dir.resolve("main.tf.json") + ": is not valid JSON ("),
                unreadable.get(0));
        assertTrue(unreadable.get(0).endsWith("); its module sources were not rewritten; fix the file or change them"
                + " by hand"), unreadable.get(0));
    }

    @Test
    void rewritten_siblingOfAMovedModule_pointsAtItsNewFolder() {
        PathMap moves = new PathMap();
        moves.put(ROOT.resolve("eks"), ROOT.resolve("_library/compute/containers/eks-standard"));
        moves.put(ROOT.resolve("iam"), ROOT.resolve("_library/foundations/identity/iam"));
        assertEquals(Optional.of("../../../foundations/identity/iam"),
                SourceRewriter.rewritten(ROOT.resolve("eks"), "../iam", moves));
    }

    @Test
    void rewritten_nestedModuleThatMovesWithItsParent_isLeftAlone() {
        PathMap moves = new PathMap();
        moves.put(ROOT.resolve("monitoring"), ROOT.resolve("_library/observability/metrics/monitoring"));
        assertEquals(Optional.empty(), SourceRewriter.rewritten(ROOT.resolve("monitoring"), "./modules/alarm", moves));
    }

    @Test
    void rewritten_nestedModulePlannedOnItsOwn_followsItsOwnMove() {
        PathMap moves = new PathMap();
        moves.put(ROOT.resolve("monitoring"), ROOT.resolve("_library/observability/metrics/monitoring"));
        moves.put(ROOT.resolve("monitoring/modules/alarm"), ROOT.resolve("_library/observability/metrics/alarm"));
        assertEquals(Optional.of("../alarm"),
                SourceRewriter.rewritten(ROOT.resolve("monitoring"), "./modules/alarm", moves));
    }

    @Test
    void rewritten_targetThatStays_keepsBeingReachedFromTheNewFolder() {
        PathMap moves = new PathMap();
        moves.put(ROOT.resolve("vpc"), ROOT.resolve("_library/foundations/networking/vpc-advanced"));
        assertEquals(Optional.of("../../../../../shared/tags"),
                SourceRewriter.rewritten(ROOT.resolve("vpc"), "../../shared/tags", moves));
    }

    @Test
    void relative_isAlwaysALocalPathTerraformAccepts() {
        assertEquals("./modules/alarm", SourceRewriter.relative(ROOT.resolve("a"), ROOT.resolve("a/modules/alarm")));
        assertEquals("../b", SourceRewriter.relative(ROOT.resolve("a"), ROOT.resolve("b")));
        assertEquals(".", SourceRewriter.relative(ROOT.resolve("a"), ROOT.resolve("a")));
    }

    @Test
    void rewritten_alwaysResolvesToTheMovedTarget() {
        // law: from the folder's new place, the new source reaches exactly where the old target went
        qt().forAll(integers().between(0, 4), integers().between(0, 4), integers().between(1, 3))
                .checkAssert((callerDepth, targetDepth, libraryDepth) -> {
                    Path caller = ROOT.resolve("c".repeat(1) + "/x".repeat(callerDepth));
                    Path target = ROOT.resolve("t" + "/y".repeat(targetDepth));
                    PathMap moves = new PathMap();
                    Path newCaller = ROOT.resolve("_library" + "/l".repeat(libraryDepth) + "/caller");
                    Path newTarget = ROOT.resolve("_library/foundations/networking/target");
                    moves.put(caller, newCaller);
                    moves.put(target, newTarget);
                    String source = SourceRewriter.relative(caller, target);
                    String rewritten = SourceRewriter.rewritten(caller, source, moves).orElse(source);
                    assertEquals(newTarget, newCaller.resolve(rewritten).normalize());
                });
    }
}
