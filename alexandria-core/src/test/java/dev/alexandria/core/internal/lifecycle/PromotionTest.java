package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.PromotionResult;
import dev.alexandria.api.model.CriterionCheck;
import dev.alexandria.api.model.LifecycleResult;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityStatus;
import dev.alexandria.api.model.Version;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Ref;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Promotion and demotion through {@code lib.lifecycle(id).promote(level)}, and the status with its checklist. */
class PromotionTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @TempDir
    Path tmp;

    @Test
    void promote_whenEveryCriterionIsMet_writesTheLevelAndItsDateToMetadata() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        PromotionResult result = f.open().lifecycle("vpc-experimental").asOf(DAY).promote(MaturityLevel.ALPHA);

        assertTrue(result.isReady(), () -> result.reasons().toString());
        assertEquals(List.of("readme", "unit_tests"), result.checklist().stream().map(CriterionCheck::id).toList());
        LifecycleResult done = result.plan().orElseThrow().apply();

        assertEquals(List.of(LifecycleFixture.M + "vpc-experimental/.alexandria.yaml"), done.files());
        assertEquals("id: vpc-experimental\n"
                + "name: Experimental VPC\n"
                + "description: A VPC being tried out.\n"
                + "version: 0.1.0\n"
                + "layer: foundations\n"
                + "category: foundations/networking\n"
                + "maturity: alpha\n"
                + "maintainer: team-networking\n"
                + "maturity_history:\n"
                + "  - level: experimental\n"
                + "    date: 2026-02-01\n"
                + "  - level: alpha\n"
                + "    date: 2026-03-01\n", f.read(LifecycleFixture.M + "vpc-experimental/.alexandria.yaml"));
        MaturityStatus status = f.open().lifecycle("vpc-experimental").asOf(DAY.plusDays(10)).status();
        assertEquals(MaturityLevel.ALPHA, status.level());
        assertEquals(Optional.of(DAY), status.since());
        assertEquals(10, status.daysInLevel().getAsLong());
        assertEquals(".alexandria.yaml", status.historySource());
    }

    @Test
    void promote_registeredModule_recordsLevelAndHistoryInTheRegistryToo() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        // vpc-old is registered; mature needs evidence it lacks, so demote-and-repromote is not possible: use a
        // library-declared promotion without criteria instead
        f.write("_catalog/maturity-levels.yaml", "promotions:\n  - from: stable\n    to: mature\n    criteria: []\n");
        PromotionResult result = f.open().lifecycle("vpc-old").asOf(DAY).promote(MaturityLevel.MATURE);

        assertTrue(result.isReady(), () -> result.reasons().toString());
        assertEquals(List.of(), result.checklist());
        // the plan (a dry run shows it) says what would be done; the applied change says it is done
        assertEquals(List.of("the day stable was entered was taken from the release dates of module-registry.yaml; "
                + "it would be recorded in maturity_history"), result.plan().orElseThrow().notes());
        result.plan().orElseThrow().apply();

        Library after = f.open();
        assertEquals(MaturityLevel.MATURE, after.requireModule("vpc-old").registryEntry().orElseThrow().maturity());
        // outside git, the day stable was entered comes from the first stable release (2025-06-01)
        assertEquals(List.of(new MaturityChange(MaturityLevel.STABLE, LocalDate.of(2025, 6, 1)),
                new MaturityChange(MaturityLevel.MATURE, DAY)),
                after.requireModule("vpc-old").registryEntry().orElseThrow().maturityHistory());
        assertEquals(List.of("the day stable was entered was taken from the release dates of module-registry.yaml; "
                + "it is now recorded in maturity_history"), result.plan().orElseThrow().notes());
        assertTrue(f.read("_catalog/module-registry.yaml").contains("    maturity: mature\n"));
        assertTrue(f.read("_catalog/module-registry.yaml").startsWith("# Registered modules of the lifecycle test "
                + "library.\n"), "the splice keeps the file's comments");
    }

    @Test
    void criteria_anItemNoSourceDeclares_isCreditedToNoSource() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        // the test-issue-tracker provider answers for vpc-alpha, but says nothing of api_complete
        CriterionCheck api = f.open().lifecycle("vpc-alpha").asOf(DAY).status().checklist().stream()
                .filter(c -> c.id().equals("api_complete")).findFirst().orElseThrow();

        assertEquals(CriterionCheck.NOT_EVIDENCED, api.source());
        assertEquals("[ ] api_complete: unknown: no evidence source declares api_complete (asked: the evidence: "
                + "block of .alexandria.yaml or the evidence source test-issue-tracker); to meet it: declare "
                + "api_complete: true once it holds in the evidence: block of .alexandria.yaml, or have "
                + "test-issue-tracker report it (not evidenced)", api.toString());
    }

    @Test
    void promote_refusalListsEveryUnmetCriterion() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        PromotionResult result = f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.BETA);

        PromotionResult.Refused refused = assertInstanceOf(PromotionResult.Refused.class, result);
        assertEquals(List.of(
                "unmet api_complete (All features implemented, API design complete): found unknown: no evidence "
                        + "source declares api_complete (asked: the evidence: block of .alexandria.yaml or the evidence"
                        + " source test-issue-tracker); to meet it: declare api_complete: true once it holds in the "
                        + "evidence: block of .alexandria.yaml, or have test-issue-tracker report it",
                "unmet integration_tests (Integration tests added): found no files under tests/integration/; to meet"
                        + " it: add tests under tests/integration/ (such as a .tftest.hcl file)",
                "unmet examples (At least 2 examples): found 1 example (basic); to meet it: add 1 more example under "
                        + "examples/<name>/ (each with a .tf file); 2 needed"), refused.reasons());
        assertEquals(3, refused.unmet().size());
        assertTrue(refused.message().startsWith("refusing to move vpc-alpha from alpha to beta:\n"));
        assertTrue(refused.plan().isEmpty());
    }

    @Test
    void promote_skippingALevel_isRefusedWithTheNextLevel() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        PromotionResult result = f.open().lifecycle("vpc-experimental").asOf(DAY).promote(MaturityLevel.BETA);

        assertEquals(List.of("experimental → beta skips a level; promote one level at a time, next to alpha"),
                result.reasons());
        assertEquals(List.of(), result.checklist());
    }

    @Test
    void promote_demotionBelowStable_isRefusedBecauseTheApiIsLocked() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        PromotionResult result = f.open().lifecycle("vpc-old").asOf(DAY).promote(MaturityLevel.BETA);

        assertEquals(List.of("stable → beta demotes below stable, and once stable a module's API is locked; "
                + "deprecate it instead if it should no longer be used"), result.reasons());
    }

    @Test
    void promote_demotionFromAlphaToExperimental_needsNoCriteria() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        PromotionResult result = f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.EXPERIMENTAL);

        assertTrue(result.isReady());
        LifecyclePlan plan = result.plan().orElseThrow();
        assertEquals("demote vpc-alpha alpha → experimental", plan.summary());
        plan.apply();
        assertEquals(MaturityLevel.EXPERIMENTAL, f.open().requireModule("vpc-alpha").maturity());
    }

    @Test
    void promote_toTheSameLevel_isRefused() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        assertEquals(List.of("vpc-alpha is already alpha; nothing to do (alexandria status vpc-alpha shows what the next "
                + "level needs)"),
                f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.ALPHA).reasons());
    }

    @Test
    void promote_toDeprecatedOrArchived_pointsToTheirOwnMethods() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.open().lifecycle("vpc-alpha").promote(MaturityLevel.DEPRECATED));
        assertEquals("promote moves along experimental → alpha → beta → stable → mature; use deprecate(...) or "
                + "archive(...) for 'deprecated'", e.getMessage());
    }

    @Test
    void promote_dryRunChangesNothing() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        var before = f.snapshot();
        LifecyclePlan plan = f.open().lifecycle("vpc-experimental").asOf(DAY).promote(MaturityLevel.ALPHA).plan()
                .orElseThrow();

        String render = plan.render();
        assertTrue(render.startsWith("promote vpc-experimental experimental → alpha\n"), render);
        assertTrue(render.contains("-maturity: experimental\n+maturity: alpha\n"), render);
        assertEquals(before, f.snapshot());
    }

    @Test
    void status_showsDaysInLevelAndTheNextLevelsChecklist() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        MaturityStatus s = f.open().lifecycle("vpc-beta").asOf(DAY).status();

        assertEquals(MaturityLevel.BETA, s.level());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), s.since());
        assertEquals(55, s.daysInLevel().getAsLong());
        assertEquals(Optional.of(MaturityLevel.STABLE), s.next());
        assertEquals(List.of(
                "[x] days_in_level: 55 days in beta (since 2026-01-05) (measured)",
                "[x] critical_bugs: 0 open critical bugs (.alexandria.yaml)",
                "[x] documentation: README.md exists; 1/1 variables and 1/1 outputs described (measured)",
                "[x] production_teams: 3 teams using it in production (.alexandria.yaml)",
                "[x] benchmarks: benchmark files: tests/benchmarks/plan.yaml; benchmarks: true is declared "
                        + "(.alexandria.yaml)"),
                s.checklist().stream().map(CriterionCheck::toString).toList());
    }

    @Test
    void status_beforeThirtyDays_saysHowLongToWait() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        CriterionCheck days = f.open().lifecycle("vpc-beta").asOf(LocalDate.of(2026, 1, 20)).status().checklist()
                .get(0);
        assertFalse(days.met());
        assertEquals("15 days in beta (since 2026-01-05)", days.found());
        assertEquals("wait 15 more days (until 2026-02-04)", days.toMeet());
    }

    @Test
    void status_withoutHistoryOrGitOrReleases_saysTheDateIsNotRecorded() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/maturity-levels.yaml", "promotions:\n  - from: stable\n    to: mature\n    criteria:\n"
                + "      - id: days_in_level\n        description: 180+ days in stable\n        threshold: 180\n");
        MaturityStatus s = f.open().lifecycle("vpc-next").asOf(DAY).status(); // not registered, no history

        assertEquals("none", s.historySource());
        assertTrue(s.since().isEmpty());
        assertEquals("[ ] days_in_level: the date stable was entered is not recorded; to meet it: record it in "
                + "maturity_history of .alexandria.yaml (- level: stable, date: YYYY-MM-DD), or commit "
                + ".alexandria.yaml so git history shows it; 180 days needed (measured)",
                s.checklist().get(0).toString());
    }

    @Test
    void status_outsideGitWithoutHistory_takesTheDayFromTheFirstReleaseAtTheLevel() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/maturity-levels.yaml", "promotions:\n  - from: stable\n    to: mature\n    criteria:\n"
                + "      - id: days_in_level\n        description: 180+ days in stable\n        threshold: 180\n");
        MaturityStatus s = f.open().lifecycle("vpc-old").asOf(DAY).status();

        assertEquals("the release dates of module-registry.yaml", s.historySource());
        assertEquals(List.of(new MaturityChange(MaturityLevel.STABLE, LocalDate.of(2025, 6, 1))), s.history());
        assertEquals("[x] days_in_level: 273 days in stable (since 2025-06-01) (measured)",
                s.checklist().get(0).toString());
    }

    @Test
    void status_historyIsRecoveredFromGitWhenMetadataLacksIt() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        String meta = LifecycleFixture.M + "vpc-old/.alexandria.yaml";
        String stable = f.read(meta);
        f.write(meta, stable.replace("maturity: stable", "maturity: beta").replace("version: 1.3.0",
                "version: 1.0.0-beta.1"));
        f.committed(LocalDate.of(2025, 4, 1));
        f.write(meta, stable);
        f.commit("vpc-old is stable", LocalDate.of(2025, 6, 1));
        f.write(LifecycleFixture.M + "vpc-old/README.md", "# Old VPC\n\nChanged.\n");
        f.commit("a README change keeps the level", LocalDate.of(2025, 7, 1));

        MaturityStatus s = f.open().lifecycle("vpc-old").asOf(DAY).status();

        assertEquals("git", s.historySource());
        assertEquals(List.of(new MaturityChange(MaturityLevel.BETA, LocalDate.of(2025, 4, 1)),
                new MaturityChange(MaturityLevel.STABLE, LocalDate.of(2025, 6, 1))), s.history());
        assertEquals(273, s.daysInLevel().getAsLong());
    }

    @Test
    void status_historyFromGit_followsParentsNotDates_whenACommitIsDatedBeforeItsParent() {
        // experimental → alpha → beta, each commit dated before its parent (a skewed clock, a rebase): the order is
        // the commits' order, and a change's day is never before the change it follows
        LifecycleFixture f = LifecycleFixture.create(tmp);
        String meta = LifecycleFixture.M + "vpc-alpha/.alexandria.yaml";
        String alpha = f.read(meta).substring(0, f.read(meta).indexOf("maturity_history:"));
        f.write(meta, alpha.replace("maturity: alpha", "maturity: experimental"));
        f.committed(LocalDate.of(2025, 9, 1));
        f.write(meta, alpha);
        f.commit("vpc-alpha is alpha", LocalDate.of(2025, 8, 1));
        f.write(LifecycleFixture.M + "vpc-alpha/README.md", "# Alpha VPC\n");
        f.commit("a README keeps the level", LocalDate.of(2025, 7, 1));
        f.write(meta, alpha.replace("maturity: alpha", "maturity: beta").replace(versionLine(alpha),
                "version: 1.0.0-beta.1"));
        f.commit("vpc-alpha is beta", LocalDate.of(2025, 10, 1));

        MaturityStatus s = f.open().lifecycle("vpc-alpha").asOf(DAY).status();

        assertEquals("git", s.historySource());
        assertEquals(List.of(new MaturityChange(MaturityLevel.EXPERIMENTAL, LocalDate.of(2025, 9, 1)),
                new MaturityChange(MaturityLevel.ALPHA, LocalDate.of(2025, 9, 1)),
                new MaturityChange(MaturityLevel.BETA, LocalDate.of(2025, 10, 1))), s.history());

        // the latest change dated before all the others still names the current level's day
        f.write(meta, alpha.replace("maturity: alpha", "maturity: experimental"));
        f.commit("vpc-alpha back to experimental", LocalDate.of(2024, 1, 1));
        MaturityStatus back = f.open().lifecycle("vpc-alpha").asOf(DAY).status();
        assertEquals(Optional.of(LocalDate.of(2025, 10, 1)), back.since());
        assertEquals(MaturityLevel.EXPERIMENTAL, back.history().get(back.history().size() - 1).level());
    }

    private static String versionLine(String metadata) {
        return metadata.lines().filter(l -> l.startsWith("version:")).findFirst().orElseThrow();
    }

    @Test
    void status_historyFromGitAfterAnImport_keepsTheEarlierReleaseDateOfTheRegistry() {
        // the library was copied into a new repository on 2026-02-20; the registry says 1.3.0 was released as
        // stable on 2025-06-01, so the module has been stable at least since then
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(LocalDate.of(2026, 2, 20));

        MaturityStatus s = f.open().lifecycle("vpc-old").asOf(DAY).status();

        assertEquals("git and the release dates of module-registry.yaml", s.historySource());
        assertEquals(List.of(new MaturityChange(MaturityLevel.STABLE, LocalDate.of(2025, 6, 1))), s.history());
        assertEquals(Optional.of(LocalDate.of(2025, 6, 1)), s.since());
        assertEquals(273, s.daysInLevel().getAsLong());
    }

    @Test
    void historyFromGit_neverMovesTheCurrentLevelBeforeTheChangeBeforeIt() {
        MaturityHistories.Resolved fromGit = new MaturityHistories.Resolved(List.of(
                new MaturityChange(MaturityLevel.BETA, LocalDate.of(2025, 4, 1)),
                new MaturityChange(MaturityLevel.STABLE, LocalDate.of(2025, 9, 1))), MaturityHistories.FROM_GIT);
        List<dev.alexandria.api.model.RegisteredVersion> versions = List.of(
                new dev.alexandria.api.model.RegisteredVersion(Version.parse("0.9.0"), LocalDate.of(2025, 1, 1),
                        MaturityLevel.STABLE, "x"),
                new dev.alexandria.api.model.RegisteredVersion(Version.parse("1.0.0-beta.1"), LocalDate.of(2025, 2, 1),
                        MaturityLevel.BETA, "x"),
                new dev.alexandria.api.model.RegisteredVersion(Version.parse("1.0.0"), LocalDate.of(2025, 3, 1),
                        MaturityLevel.STABLE, "x"),
                new dev.alexandria.api.model.RegisteredVersion(Version.parse("1.1.0"), LocalDate.of(2025, 5, 1),
                        MaturityLevel.STABLE, "x"));
        // the current run of stable releases starts 2025-03-01, before the beta change git saw: the day is the
        // beta change's, the history stays in order
        assertEquals(List.of(new MaturityChange(MaturityLevel.BETA, LocalDate.of(2025, 4, 1)),
                new MaturityChange(MaturityLevel.STABLE, LocalDate.of(2025, 4, 1))),
                MaturityHistories.earliest(fromGit, MaturityLevel.STABLE, versions).history());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 1)),
                MaturityHistories.releasedAtLevelSince(MaturityLevel.STABLE, versions));
        // a later release date is no evidence of an earlier day: git's stays
        assertEquals(fromGit, MaturityHistories.earliest(fromGit, MaturityLevel.STABLE, List.of(
                new dev.alexandria.api.model.RegisteredVersion(Version.parse("1.2.0"), LocalDate.of(2025, 10, 1),
                        MaturityLevel.STABLE, "x"))));
        // the latest release at another level says nothing about the current one
        assertEquals(Optional.empty(), MaturityHistories.releasedAtLevelSince(MaturityLevel.MATURE, versions));
    }

    @Test
    void historyFromGit_readsEachVersionOfTheFileWithTheYamlParser() {
        assertEquals(Optional.of(MaturityLevel.BETA), MaturityHistories.maturityOf("id: x\nmaturity: beta\n"));
        assertEquals(Optional.of(MaturityLevel.BETA), MaturityHistories.maturityOf("\"maturity\": 'beta'  # now\n"));
        assertEquals(Optional.of(MaturityLevel.STABLE), MaturityHistories.maturityOf("{id: x, maturity: stable}\n"));
        assertEquals(Optional.of(MaturityLevel.ALPHA), MaturityHistories.maturityOf("---\nid: x\nmaturity: >-\n"
                + "  alpha\n"));
        // a maturity key that is not the module's own, a file that does not parse, an unknown level: no level
        assertEquals(Optional.empty(), MaturityHistories.maturityOf("id: x\nevidence:\n  maturity: beta\n"));
        assertEquals(Optional.empty(), MaturityHistories.maturityOf("description: |\n  maturity: beta\n"));
        assertEquals(Optional.empty(), MaturityHistories.maturityOf("maturity: [beta\n"));
        assertEquals(Optional.empty(), MaturityHistories.maturityOf("maturity: gold\n"));
        assertEquals(Optional.empty(), MaturityHistories.maturityOf(""));
    }

    @Test
    void promote_toStable_releasesTheVersionWithoutPreReleaseTogetherWithTheLevel() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(LocalDate.of(2026, 1, 5))
                .tagged("vpc-beta", "1.0.0-beta.2", LocalDate.of(2026, 1, 5));
        PromotionResult result = f.open().lifecycle("vpc-beta").asOf(DAY).promote(MaturityLevel.STABLE);

        assertTrue(result.isReady(), () -> result.reasons().toString());
        LifecyclePlan plan = result.plan().orElseThrow();
        assertEquals(Version.parse("1.0.0"), plan.release().orElseThrow().next());
        assertEquals("promote vpc-beta beta → stable with the release of 1.0.0", plan.summary());
        LifecycleResult done = plan.apply();

        assertEquals("vpc-beta/v1.0.0", done.release().orElseThrow().tag());
        Library after = f.open();
        assertEquals(MaturityLevel.STABLE, after.requireModule("vpc-beta").maturity());
        assertEquals(Version.parse("1.0.0"), after.requireModule("vpc-beta").version());
        var entry = after.requireModule("vpc-beta").registryEntry().orElseThrow();
        assertEquals(MaturityLevel.STABLE, entry.maturity());
        assertEquals(new MaturityChange(MaturityLevel.STABLE, DAY), entry.maturityHistory().get(2));
        Ref tag = f.git().getRepository().findRef("refs/tags/vpc-beta/v1.0.0");
        assertTrue(tag != null, "the release is tagged");
        assertTrue(f.git().status().call().isClean(), "level and version are in the release commit");
    }

    @Test
    void promote_proposesTheSmallestVersionNoTagHasTaken_soItsReleaseIsAccepted() throws Exception {
        // a stray tag holds 1.0.0: the promotion must not propose it (its release would then be refused)
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(LocalDate.of(2026, 1, 5))
                .tagged("vpc-beta", "1.0.0-beta.2", LocalDate.of(2026, 1, 5))
                .tagged("vpc-beta", "1.0.0", LocalDate.of(2026, 1, 5));
        PromotionResult result = f.open().lifecycle("vpc-beta").asOf(DAY).promote(MaturityLevel.STABLE);

        assertTrue(result.isReady(), () -> result.reasons().toString());
        LifecyclePlan plan = result.plan().orElseThrow();
        assertEquals("promote vpc-beta beta → stable with the release of 1.0.1", plan.summary());
        assertEquals("vpc-beta/v1.0.1", plan.apply().release().orElseThrow().tag());
    }

    @Test
    void promote_withARelease_planNamesTheDependentsItBreaksInValidatesWords() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        // vpc-tracked calls vpc-beta by a relative path (its working tree) and requires exactly the beta it is at
        Path tracked = f.root.resolve(LifecycleFixture.M + "vpc-tracked");
        java.nio.file.Files.writeString(tracked.resolve(".alexandria.yaml"), java.nio.file.Files.readString(
                tracked.resolve(".alexandria.yaml")) + "  - module: vpc-beta\n    version: \"= 1.0.0-beta.2\"\n");
        java.nio.file.Files.writeString(tracked.resolve("main.tf"), "module \"vpc\" {\n  source = \"../vpc-beta\"\n}\n");
        f.committed(LocalDate.of(2026, 1, 5)).tagged("vpc-beta", "1.0.0-beta.2", LocalDate.of(2026, 1, 5));

        LifecyclePlan plan = f.open().lifecycle("vpc-beta").asOf(DAY).promote(MaturityLevel.STABLE).plan()
                .orElseThrow();

        assertEquals(List.of("promoting to stable with release 1.0.0 of vpc-beta affects 1 module that depends on it "
                        + "(vpc-tracked): validate will report 1 new finding, listed next",
                "vpc-tracked: error call-version at _library/foundations/networking/vpc-tracked/main.tf:1:1: calls "
                        + "'vpc-beta' by the relative path \"../vpc-beta\", which uses its working tree at 1.0.0, but "
                        + "requires 'vpc-beta' = 1.0.0-beta.2; widen the requires constraint or call a released "
                        + "version (git ref vpc-beta/v<version>)"),
                plan.notes().stream().filter(n -> n.contains("vpc-tracked")).toList());
    }

    @Test
    void demote_betaToAlpha_isRefusedByTheVersionRule_andTheRefusalSaysSo() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        Library lib = f.open();
        assertTrue(MaturityLevel.BETA.canTransitionTo(MaturityLevel.ALPHA), "the state machine allows it");

        for (MaturityLevel lower : List.of(MaturityLevel.ALPHA, MaturityLevel.EXPERIMENTAL)) {
            PromotionResult result = lib.lifecycle("vpc-beta").asOf(DAY).promote(lower);

            assertEquals(List.of("beta → " + lower + " is a demotion the state machine allows, but " + lower
                    + " needs a 0.x.y version and vpc-beta is at 1.0.0-beta.2; versions never go down, so a module "
                    + "released as beta cannot return to " + lower + ": fix what is wrong in another beta release, or "
                    + "deprecate it and start a new module"), result.reasons());
        }
    }

    @Test
    void promote_withoutEffectOnDependents_saysNothingAboutThem() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(LocalDate.of(2026, 1, 5))
                .tagged("vpc-beta", "1.0.0-beta.2", LocalDate.of(2026, 1, 5));

        LifecyclePlan plan = f.open().lifecycle("vpc-beta").asOf(DAY).promote(MaturityLevel.STABLE).plan()
                .orElseThrow();

        assertEquals(List.of(), plan.notes().stream().filter(n -> n.contains("depend")).toList());
    }

    @Test
    void promote_toBeta_releasesOneDotZeroBetaOne() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write(LifecycleFixture.M + "vpc-alpha/.alexandria.yaml", f.read(LifecycleFixture.M
                + "vpc-alpha/.alexandria.yaml") + "evidence:\n  api_complete: true\n");
        f.write(LifecycleFixture.M + "vpc-alpha/tests/integration/apply.tftest.hcl", "run \"apply\" {}\n");
        f.write(LifecycleFixture.M + "vpc-alpha/examples/complete/main.tf", "module \"x\" {\n  source = \"../..\"\n}\n");
        f.committed(LocalDate.of(2026, 1, 20));
        PromotionResult result = f.open().lifecycle("vpc-alpha").asOf(DAY).promote(MaturityLevel.BETA);

        assertTrue(result.isReady(), () -> result.reasons().toString());
        assertEquals(Version.parse("1.0.0-beta.1"), result.plan().orElseThrow().release().orElseThrow().next());
        String render = result.plan().orElseThrow().render();
        assertTrue(render.contains("\nrelease vpc-alpha 1.0.0-beta.1 (first release, the working tree has 0.4.0)\n"),
                render);
        String changelog = result.plan().orElseThrow().files().stream().filter(p -> p.path().endsWith("CHANGELOG.md"))
                .findFirst().orElseThrow().after();
        assertTrue(changelog.contains("## [1.0.0-beta.1] - 2026-03-01\n\nPromoted to beta.\n\n### Changed\n\n"
                + "- Maturity: alpha → beta.\n"), changelog);
    }

    @Test
    void promote_needingARelease_outsideGit_isRefusedWithTheReleasesReason() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        PromotionResult result = f.open().lifecycle("vpc-beta").asOf(DAY).promote(MaturityLevel.STABLE);

        assertEquals(List.of("stable needs a release version >= 1.0.0, so the promote releases 1.0.0, and that "
                + "release is refused:", "  the library " + f.root + " is not in a git repository, and a release "
                + "commits its files and tags that commit", "  fix: run it in a git clone of the library, or make "
                + "the library one (in the library: git init -q && git add -A && git commit -qm \"Library\", as the "
                + "README's copy of the sample does), then tag each registered version as <module>/v<version>"),
                result.reasons());
    }

    @Test
    void criteria_evidenceFromAProviderWinsOverTheEvidenceBlock_andTheChecklistNamesIt() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        List<CriterionCheck> checklist = f.open().lifecycle("vpc-tracked").asOf(DAY).status().checklist();

        CriterionCheck bugs = checklist.stream().filter(c -> c.id().equals("critical_bugs")).findFirst().orElseThrow();
        assertEquals("[ ] critical_bugs: 2 open critical bugs; to meet it: fix 2 critical bugs (at most 0 allowed), "
                + "then have the evidence source test-issue-tracker, where critical_bugs comes from, report it (it "
                + "overrides the evidence: block of .alexandria.yaml) (test-issue-tracker)", bugs.toString());
        CriterionCheck teams = checklist.stream().filter(c -> c.id().equals("production_teams")).findFirst()
                .orElseThrow();
        assertEquals("[x] production_teams: 5 teams using it in production (.alexandria.yaml)", teams.toString());
    }
    /** A host's source for the builder: it knows vpc-tracked too, with its own name and a higher priority. */
    private static final class HostTracker implements dev.alexandria.spi.evidence.EvidenceSource {
        private static final dev.alexandria.spi.ProviderDescriptor DESCRIPTOR =
                new dev.alexandria.spi.ProviderDescriptor("host-tracker", 20,
                        dev.alexandria.spi.evidence.EvidenceSource.SPI_VERSION);

        @Override
        public dev.alexandria.spi.ProviderDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public dev.alexandria.api.model.Evidence evidence(dev.alexandria.spi.evidence.EvidenceRequest request) {
            return request.moduleId().equals("vpc-tracked")
                    ? dev.alexandria.api.model.Evidence.builder().criticalBugs(0).build()
                    : dev.alexandria.api.model.Evidence.none();
        }
    }

    @Test
    void criteria_evidenceSourceRegisteredThroughTheBuilder_isAskedBeforeTheDiscoveredOnes() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        Library library = dev.alexandria.core.Alexandria.builder().root(f.root).noCache()
                .evidenceSource(new HostTracker()).open();
        List<CriterionCheck> checklist = library.lifecycle("vpc-tracked").asOf(DAY).status().checklist();

        CriterionCheck bugs = checklist.stream().filter(c -> c.id().equals("critical_bugs")).findFirst().orElseThrow();
        assertEquals("[x] critical_bugs: 0 open critical bugs (host-tracker)", bugs.toString());
    }

    @Test
    void criteria_adviceNamesWhereEachValueCameFrom_andHowToChangeItThere() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        String meta = LifecycleFixture.M + "vpc-old/.alexandria.yaml";
        f.write(meta, f.read(meta) + "evidence:\n  case_studies: 1\n");
        dev.alexandria.spi.evidence.EvidenceSource lowTracker = new dev.alexandria.spi.evidence.EvidenceSource() {
            private final dev.alexandria.spi.ProviderDescriptor d = new dev.alexandria.spi.ProviderDescriptor(
                    "usage-db", -5, dev.alexandria.spi.evidence.EvidenceSource.SPI_VERSION);

            @Override
            public dev.alexandria.spi.ProviderDescriptor descriptor() {
                return d;
            }

            @Override
            public dev.alexandria.api.model.Evidence evidence(dev.alexandria.spi.evidence.EvidenceRequest r) {
                return dev.alexandria.api.model.Evidence.builder().criticalBugs90d(3).communityUsage(false).build();
            }
        };
        Library library = dev.alexandria.core.Alexandria.builder().root(f.root).noCache()
                .evidenceSource(new HostTracker90d()).evidenceSource(lowTracker).open();
        List<String> checklist = library.lifecycle("vpc-old").asOf(DAY).status().checklist().stream()
                .filter(c -> List.of("case_studies", "critical_bugs_90d", "community_usage").contains(c.id()))
                .map(CriterionCheck::toString).toList();

        assertEquals(List.of("[ ] critical_bugs_90d: 1 critical bug in the last 90 days; to meet it: fix 1 critical bug (at most 0 "
                        + "allowed), then have the evidence source host-tracker, where critical_bugs_90d comes from, "
                        + "report it (it overrides the evidence: block of .alexandria.yaml) (host-tracker)",
                "[ ] case_studies: 1 case study; to meet it: 2 case studies needed (1 more), then update case_studies"
                        + " in the evidence: block of .alexandria.yaml (.alexandria.yaml)",
                "[ ] community_usage: community_usage: false is declared; to meet it: once it holds, have the evidence "
                        + "source usage-db, where community_usage comes from, report it (or set community_usage: true"
                        + " in the evidence: block of .alexandria.yaml, which comes first) (usage-db)"), checklist);
    }

    /** A host's tracker that counts one critical bug in the last 90 days of every module. */
    private static final class HostTracker90d implements dev.alexandria.spi.evidence.EvidenceSource {
        private static final dev.alexandria.spi.ProviderDescriptor DESCRIPTOR =
                new dev.alexandria.spi.ProviderDescriptor("host-tracker", 20,
                        dev.alexandria.spi.evidence.EvidenceSource.SPI_VERSION);

        @Override
        public dev.alexandria.spi.ProviderDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public dev.alexandria.api.model.Evidence evidence(dev.alexandria.spi.evidence.EvidenceRequest request) {
            return dev.alexandria.api.model.Evidence.builder().criticalBugs90d(1).build();
        }
    }

    @Test
    void criteria_withDiscoveryOff_onlyTheRegisteredSourcesAndTheBlockAreAsked() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        Library library = dev.alexandria.core.Alexandria.builder().root(f.root).noCache().providerDiscovery(false)
                .open();
        List<CriterionCheck> checklist = library.lifecycle("vpc-tracked").asOf(DAY).status().checklist();

        // without the discovered test-issue-tracker, the evidence: block of .alexandria.yaml answers
        CriterionCheck bugs = checklist.stream().filter(c -> c.id().equals("critical_bugs")).findFirst().orElseThrow();
        assertEquals("[x] critical_bugs: 0 open critical bugs (.alexandria.yaml)", bugs.toString());
    }
    @Test
    void criteria_criticalBugsInTheLast90Days_areCountedFromTheDatesAsOfTheDayJudged() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        String meta = LifecycleFixture.M + "vpc-old/.alexandria.yaml";
        f.write(meta, f.read(meta) + "evidence:\n  critical_bugs_90d: 0  # stale: the dates say otherwise\n"
                + "  critical_bug_dates: [2026-02-01, 2025-10-01, 2026-01-10]\n");

        CriterionCheck now = f.open().lifecycle("vpc-old").asOf(DAY).status().checklist().stream()
                .filter(c -> c.id().equals("critical_bugs_90d")).findFirst().orElseThrow();
        assertEquals("[ ] critical_bugs_90d: 2 critical bugs reported in the last 90 days (2025-12-02 to 2026-03-01:"
                + " 2026-01-10, 2026-02-01); to meet it: wait until 2026-05-02, when 2 of them are older than 90 days"
                + " (at most 0 allowed), with no new critical bug (.alexandria.yaml)", now.toString());

        CriterionCheck later = f.open().lifecycle("vpc-old").asOf(LocalDate.of(2026, 5, 2)).status().checklist()
                .stream().filter(c -> c.id().equals("critical_bugs_90d")).findFirst().orElseThrow();
        assertEquals("[x] critical_bugs_90d: 0 critical bugs reported in the last 90 days (2026-02-02 to 2026-05-02)"
                + " (.alexandria.yaml)", later.toString());
    }

    @Test
    void evidence_criticalBugDatesThatAreNotDates_areAnErrorAtTheirLine() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        String meta = LifecycleFixture.M + "vpc-old/.alexandria.yaml";
        f.write(meta, f.read(meta) + "evidence:\n  critical_bug_dates: [2026-02-01, last tuesday]\n");
        dev.alexandria.api.CatalogValidationException e = assertThrows(
                dev.alexandria.api.CatalogValidationException.class, f::open);
        assertEquals(List.of("_library/foundations/networking/vpc-old/.alexandria.yaml:10:36: "
                + "evidence.critical_bug_dates[1] 'last tuesday' is not an ISO-8601 date; write it as YYYY-MM-DD, "
                + "e.g. 2026-03-14"), e.findings().stream().map(Object::toString).toList());
    }

    @Test
    void missingRequiredKeys_inAListItemOrABlock_nameWhereTheyAreMissing() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        String meta = LifecycleFixture.M + "vpc-old/.alexandria.yaml";
        f.write(meta, f.read(meta).replaceAll("(?m)^(maturity_history|deprecation):[\\s\\S]*", "")
                + "maturity_history:\n  - level: beta\n    date: 2026-01-05\n  - level: stable\n"
                + "deprecation:\n  replacement: vpc-next\n");
        dev.alexandria.api.CatalogValidationException e = assertThrows(
                dev.alexandria.api.CatalogValidationException.class, f::open);
        List<String> shown = e.findings().stream().map(Object::toString).filter(t -> t.contains("missing")).toList();
        assertEquals(List.of("_library/foundations/networking/vpc-old/.alexandria.yaml:12:5: missing required key "
                + "'date' in maturity_history[1]; add 'date:' here", "_library/foundations/networking/vpc-old/"
                + ".alexandria.yaml:13:1: missing required key 'reason' in deprecation; add 'reason:' here"), shown);
    }

    @Test
    void maturityLevels_badThresholdsAndATwiceDeclaredPromotion_areErrorsAtTheirLines() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/maturity-levels.yaml", "promotions:\n"
                + "  - from: alpha\n    to: beta\n    criteria:\n"
                + "      - id: examples\n        threshold: -2\n"
                + "      - id: integration_tests\n        threshold: 3\n"
                + "      - id: days_in_level\n        threshold: 2.5\n"
                + "  - from: alpha\n    to: beta\n    criteria: []\n");
        dev.alexandria.api.CatalogValidationException e = assertThrows(
                dev.alexandria.api.CatalogValidationException.class, f::open);
        assertEquals(List.of(
                "_catalog/maturity-levels.yaml:6:9: promotions[0].criteria[0].threshold -2 of 'examples' is not a whole number of 0 or more; "
                        + "write how many are needed, e.g. threshold: 2",
                "_catalog/maturity-levels.yaml:8:9: promotions[0].criteria[1].threshold: criterion 'integration_tests' is met or not, so it takes no "
                        + "threshold; remove the threshold (criteria that count something: examples, days_in_level, "
                        + "critical_bugs, critical_bugs_90d, production_teams, case_studies)",
                "_catalog/maturity-levels.yaml:10:9: promotions[0].criteria[2].threshold 2.5 of 'days_in_level' is not a whole number of 0 or "
                        + "more; write how many are needed, e.g. threshold: 2",
                "_catalog/maturity-levels.yaml:11:5: the promotion from alpha to beta is declared twice; merge the "
                        + "criteria of both entries into one"), e.findings().stream().map(Object::toString).toList());
    }

    @Test
    void maturityLevels_declaringADemotionOrATransitionsKey_isAnErrorSayingTheStateMachineIsFixed() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/maturity-levels.yaml", "promotions:\n"
                + "  - from: beta\n    to: alpha\n    criteria: []\n"
                + "  - from: stable\n    to: beta\n    criteria: []\n"
                + "  - from: alpha\n    to: stable\n    criteria: []\n"
                + "  - from: stable\n    to: deprecated\n    criteria: []\n"
                + "transitions:\n  - from: stable\n    to: beta\n");
        dev.alexandria.api.CatalogValidationException e = assertThrows(
                dev.alexandria.api.CatalogValidationException.class, f::open);
        String fixed = "declare criteria only for experimental → alpha, alpha → beta, beta → stable or stable → "
                + "mature, and remove the rest; the other moves are fixed: demotion below stable and from mature "
                + "back to stable (no criteria), any level → deprecated → archived (see docs/maturity.md)";
        String only = "; the state machine is fixed, and this file only sets the criteria of each step up; ";
        assertEquals(List.of(
                "_catalog/maturity-levels.yaml:2:5: promotions declares beta → alpha, which is a demotion (allowed, "
                        + "but demotions take no criteria)" + only + fixed,
                "_catalog/maturity-levels.yaml:5:5: promotions declares stable → beta, which is a demotion the state "
                        + "machine forbids (once stable, a module only goes back from mature to stable)" + only + fixed,
                "_catalog/maturity-levels.yaml:8:5: promotions declares alpha → stable, which skips a level "
                        + "(promotion is one level at a time)" + only + fixed,
                "_catalog/maturity-levels.yaml:11:5: promotions declares stable → deprecated, which is not a "
                        + "promotion (deprecate and archive take no criteria)" + only + fixed,
                "_catalog/maturity-levels.yaml:14:1: transitions: would configure the maturity transitions, but the "
                        + "state machine is fixed: experimental → alpha → beta → stable → mature, one level at a "
                        + "time; this file only sets the criteria of each step up; remove transitions:; " + fixed),
                e.findings().stream().map(Object::toString).toList());
    }
}
