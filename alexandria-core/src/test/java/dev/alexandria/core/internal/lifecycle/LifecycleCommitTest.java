package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.LifecycleRefusedException;
import dev.alexandria.api.PromotionResult;
import dev.alexandria.api.model.DeprecationRequest;
import dev.alexandria.api.model.LifecycleResult;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lifecycle transition, with or without a release, writes and commits exactly the files it wrote, with a
 * message that says what happened, and refuses when those files hold other uncommitted changes; the README's
 * header table follows the level.
 */
class LifecycleCommitTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final String OLD = LifecycleFixture.M + "vpc-old/";

    @TempDir
    Path tmp;

    @Test
    void demotion_withoutRelease_commitsExactlyTheFilesItWrote() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(DAY.minusDays(10));
        PromotionResult r = f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.EXPERIMENTAL);
        LifecycleResult done = r.plan().orElseThrow().apply();

        assertEquals(List.of(LifecycleFixture.M + "vpc-alpha/.alexandria.yaml"), done.files());
        assertEquals("Demote vpc-alpha: alpha → experimental\n", head(f).getFullMessage());
        assertEquals(java.util.Optional.of(head(f).name()), done.commit());
        assertEquals(done.files(), changedByHead(f));
        assertTrue(f.git().status().call().isClean(), () -> "uncommitted: " + status(f));
    }

    @Test
    void deprecateThenArchive_commitEachStep_andTheHeaderTableFollowsTheLevel() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(DAY.minusDays(10));
        LifecycleResult deprecated = f.open().lifecycle("vpc-old").asOf(DAY).deprecate(DeprecationRequest
                .replacedBy(ModuleId.of("vpc-next")).removalDate(LocalDate.of(2027, 6, 1))).apply();

        assertEquals("Deprecate vpc-old: stable → deprecated\n", head(f).getFullMessage());
        assertEquals(sorted(deprecated.files()), sorted(changedByHead(f)));
        assertTrue(f.git().status().call().isClean(), () -> "uncommitted: " + status(f));
        assertTrue(f.read(OLD + "README.md").contains("\n| deprecated | 1.3.0 | team-networking |\n"),
                f.read(OLD + "README.md"));

        LifecycleResult archived = f.open().lifecycle("vpc-old").asOf(DAY).archive(true).apply();

        assertEquals(List.of(OLD + ".alexandria.yaml", "_catalog/module-registry.yaml", OLD + "README.md",
                        OLD + "MIGRATION.md"),
                archived.files());
        assertEquals("Archive vpc-old: deprecated → archived\n", head(f).getFullMessage());
        assertEquals(sorted(archived.files()), sorted(changedByHead(f)));
        assertTrue(f.read(OLD + "README.md").contains("\n| archived | 1.3.0 | team-networking |\n"),
                f.read(OLD + "README.md"));
    }

    @Test
    void aTransition_whoseFilesHaveOtherUncommittedChanges_isRefused_andChangesNothing() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(DAY.minusDays(10));
        f.write(LifecycleFixture.M + "vpc-alpha/.alexandria.yaml", f.read(LifecycleFixture.M
                + "vpc-alpha/.alexandria.yaml") + "# a note not committed yet\n");
        assertDemotionOfVpcAlphaRefused(f, LifecycleFixture.M + "vpc-alpha/.alexandria.yaml has uncommitted changes; "
                + "commit or stash them first, so the demote commit holds only its own changes");
    }

    @Test
    void aTransitionRefusedByAGitHook_isARefusalWithTheHooksWords_andChangesNothing() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(DAY.minusDays(10));
        Path hook = f.root.resolve(".git/hooks/pre-commit");
        java.nio.file.Files.createDirectories(hook.getParent());
        java.nio.file.Files.writeString(hook, "#!/bin/sh\necho 'see the wiki'\necho 'lint failed' >&2\nexit 1\n");
        assertTrue(hook.toFile().setExecutable(true));
        assertDemotionOfVpcAlphaRefused(f, "git's pre-commit hook refused the commit (exit 1): see the wiki lint "
                + "failed; every file was restored, so the library is as it was; fix what the hook reports, then try "
                + "again");
    }

    /** Demoting vpc-alpha to experimental is refused for the one reason given, and changes no file and no ref. */
    private static void assertDemotionOfVpcAlphaRefused(LifecycleFixture f, String reason) throws Exception {
        Map<String, String> before = f.snapshot();
        String headBefore = head(f).name();
        LifecyclePlan plan = f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.EXPERIMENTAL).plan()
                .orElseThrow();

        LifecycleRefusedException e = assertThrows(LifecycleRefusedException.class, plan::apply);

        assertEquals("refusing to demote vpc-alpha:", e.getMessage().lines().findFirst().orElseThrow());
        assertEquals(List.of(reason), e.reasons());
        assertEquals(before, f.snapshot());
        assertEquals(headBefore, head(f).name());
    }

    @Test
    void aPromotionWithARelease_whoseFilesHaveUncommittedChanges_isRefused_andChangesNothing() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(DAY.minusDays(10))
                .tagged("vpc-beta", "1.0.0-beta.2", DAY.minusDays(10));
        f.write(LifecycleFixture.M + "vpc-beta/.alexandria.yaml", f.read(LifecycleFixture.M
                + "vpc-beta/.alexandria.yaml") + "# a note not committed yet\n");
        Map<String, String> before = f.snapshot();
        String headBefore = head(f).name();
        PromotionResult result = f.open().lifecycle("vpc-beta").asOf(DAY).promote(MaturityLevel.STABLE);

        assertEquals(List.of("stable needs a release version >= 1.0.0, so the promote releases 1.0.0, and that "
                + "release is refused:", "  the module folder has uncommitted changes: " + LifecycleFixture.M
                + "vpc-beta/.alexandria.yaml; commit or stash them first, so the release commit holds only the "
                + "release's files"), result.reasons());
        assertTrue(result.plan().isEmpty(), "refused before anything is written");
        assertEquals(before, f.snapshot());
        assertEquals(headBefore, head(f).name());
    }

    @Test
    void aDryRun_saysWhatTheCommitWillBe() {
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(DAY);
        LifecyclePlan plan = f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.EXPERIMENTAL).plan()
                .orElseThrow();

        assertTrue(plan.render().startsWith("demote vpc-alpha alpha → experimental\ncommit 1 file, message \"Demote "
                + "vpc-alpha: alpha → experimental\"\n"), plan.render());
        assertEquals(java.util.Optional.of("Demote vpc-alpha: alpha → experimental\n"), plan.commitMessage());
    }

    @Test
    void aDryRunOutsideGit_promisesNoCommit() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        LifecyclePlan plan = f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.EXPERIMENTAL).plan()
                .orElseThrow();

        assertTrue(plan.render().startsWith("demote vpc-alpha alpha → experimental\n\n--- a/"), plan.render());
        assertEquals(java.util.Optional.empty(), plan.commitMessage());
    }

    @Test
    void outsideGit_theFilesAreWrittenAndNothingIsCommitted() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        LifecycleResult done = f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.EXPERIMENTAL).plan()
                .orElseThrow().apply();

        assertEquals(List.of(LifecycleFixture.M + "vpc-alpha/.alexandria.yaml"), done.files());
        assertEquals(java.util.Optional.empty(), done.commit());
        assertTrue(f.read(LifecycleFixture.M + "vpc-alpha/.alexandria.yaml").contains("maturity: experimental"));
    }

    private static RevCommit head(LifecycleFixture f) throws Exception {
        Repository repo = f.git().getRepository();
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(repo.resolve("HEAD"));
        }
    }

    /** The paths HEAD changed compared with its parent. */
    private static List<String> changedByHead(LifecycleFixture f) throws Exception {
        Repository repo = f.git().getRepository();
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit head = walk.parseCommit(repo.resolve("HEAD"));
            RevCommit parent = walk.parseCommit(head.getParent(0));
            CanonicalTreeParser a = new CanonicalTreeParser(null, reader, parent.getTree());
            CanonicalTreeParser b = new CanonicalTreeParser(null, reader, head.getTree());
            List<String> out = new ArrayList<>();
            for (DiffEntry d : f.git().diff().setOldTree(a).setNewTree(b).call()) {
                out.add(d.getChangeType() == DiffEntry.ChangeType.DELETE ? d.getOldPath() : d.getNewPath());
            }
            return out;
        }
    }

    private static String status(LifecycleFixture f) {
        try {
            var s = f.git().status().call();
            return s.getUncommittedChanges() + " " + s.getUntracked();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted().toList();
    }
}
