package dev.alexandria.core.internal.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
        assertEquals(List.of("network ../vpc 3", "alarm ./modules/alarm 9"), sources.stream()
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
        assertEquals(fixture().resolve("main.tf") + ":3: the source of module \"network\" changed while it was "
                + "being rewritten", e.getMessage());
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
