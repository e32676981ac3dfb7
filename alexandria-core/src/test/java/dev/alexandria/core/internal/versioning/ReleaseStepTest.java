package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.ReleaseRefusedException;
import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.ReleaseBump;
import dev.alexandria.api.model.ReleaseRequest;
import dev.alexandria.api.model.ReleaseResult;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionInfo;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseStepTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @TempDir
    Path tmp;

    /** The three tagged versions, then the working tree's change (an optional variable) committed. */
    private GitLibraryFixture withMinorChange() {
        GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp);
        f.moduleFiles("work");
        f.commit("DNS host names");
        return f;
    }

    private static ReleaseStep plan(GitLibraryFixture f, ReleaseRequest r) {
        return (ReleaseStep) Alexandria.open(f.root).versions("vpc-standard").release(r.date(DAY));
    }

    @Test
    void dryRun_printsTheFilesAndLinesAndChangesNothing() throws IOException {
        try (GitLibraryFixture f = withMinorChange()) {
            Map<Path, String> before = snapshot(f.root);
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "DNS host names for instances."));
            assertEquals(Version.parse("2.1.0"), plan.next());
            assertEquals(Bump.MINOR, plan.requiredBump());
            String text = plan.render();
            assertTrue(text.startsWith("release vpc-standard 2.0.0 → 2.1.0 (minor bump required, 1 change)\n"
                    + "commit 4 files, message \"vpc-standard 2.1.0\"\n"
                    + "tag vpc-standard/v2.1.0 (annotated) on that commit\n"), text);
            assertTrue(text.contains("--- a/_library/foundations/networking/vpc-standard/.alexandria.yaml\n"
                    + "+++ b/_library/foundations/networking/vpc-standard/.alexandria.yaml\n"), text);
            assertTrue(text.contains("-version: 2.0.0\n+version: 2.1.0\n"), text);
            assertTrue(text.contains("+## [2.1.0] - 2026-04-01\n+\n+DNS host names for instances.\n+\n+### Added\n+\n"
                    + "+- new optional variable enable_dns_hostnames (default true) (`var.enable_dns_hostnames`)\n"),
                    text);
            assertTrue(text.contains("@@ -2,7 +2,7 @@\n id: vpc-standard\n name: Standard VPC\n"), text);
            assertTrue(text.contains("+      - version: 2.1.0\n+        released: 2026-04-01\n"), text);
            assertTrue(text.contains("+| <a name=\"input_enable_dns_hostnames\"></a> [enable_dns_hostnames]")
                    || text.contains("enable_dns_hostnames"), text);
            assertEquals(before, snapshot(f.root), "a plan writes nothing");
            assertEquals(List.of("_library/foundations/networking/vpc-standard/.alexandria.yaml",
                    "_catalog/module-registry.yaml", "_library/foundations/networking/vpc-standard/CHANGELOG.md",
                    "_library/foundations/networking/vpc-standard/README.md"),
                    plan.files().stream().map(p -> p.path()).toList());
        }
    }

    @Test
    void apply_writesCommitsExactlyTheReleaseFilesAndTagsThatCommit() throws Exception {
        try (GitLibraryFixture f = withMinorChange()) {
            Files.writeString(f.root.resolve("_library/../unrelated.txt"), "not part of the release\n");
            f.git.add().addFilepattern("components/terraform/unrelated.txt").call(); // staged, must stay out
            ReleaseResult result = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "DNS host names.")).apply();
            assertEquals("vpc-standard/v2.1.0", result.tag());
            String prefix = "components/terraform/";
            assertEquals(List.of(prefix + "_catalog/module-registry.yaml",
                    prefix + GitLibraryFixture.MODULE_DIR + "/.alexandria.yaml",
                    prefix + GitLibraryFixture.MODULE_DIR + "/CHANGELOG.md",
                    prefix + GitLibraryFixture.MODULE_DIR + "/README.md"), changedFiles(f, result.commit()));
            assertTrue(f.git.status().call().getAdded().contains(prefix + "unrelated.txt"), "still staged only");
            try (RevWalk walk = new RevWalk(f.git.getRepository())) {
                Ref tag = f.git.getRepository().exactRef("refs/tags/vpc-standard/v2.1.0");
                RevTag annotated = walk.parseTag(tag.getObjectId());
                assertEquals(result.commit(), annotated.getObject().getName());
                assertTrue(annotated.getFullMessage().startsWith("## [2.1.0] - 2026-04-01"), annotated.getFullMessage());
                assertEquals(result.commit(), f.git.getRepository().resolve("HEAD").getName());
            }
            ModuleVersions after = Alexandria.open(f.root).versions("vpc-standard");
            assertEquals(Version.parse("2.1.0"), after.current());
            assertEquals(Version.parse("2.1.0"), after.latestRegistered().orElseThrow().version());
            assertTrue(after.check(false).passes());
            String changelog = GitLibraryFixture.read(f.moduleDir().resolve("CHANGELOG.md"));
            assertTrue(changelog.contains("[Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n\n"
                    + "## [2.1.0] - 2026-04-01\n"), changelog);
            String readme = GitLibraryFixture.read(f.moduleDir().resolve("README.md"));
            assertTrue(readme.contains("<!-- BEGIN_TF_DOCS -->\n## Requirements"), readme);
            assertTrue(readme.contains("enable_dns_hostnames") && readme.endsWith("<!-- END_TF_DOCS -->\n"), readme);
            assertTrue(readme.startsWith("# Standard VPC\n\nA VPC with a name"), "text outside the markers kept");
        }
    }

    /** A version too low is refused with the rule's version, which skips a hand-made tag, never with one above it. */
    @Test
    void release_tooLow_namesTheRulesVersionPastAHandMadeTag() {
        try (GitLibraryFixture f = withMinorChange()) {
            f.tag("2.1.0"); // by hand, never registered: the rule skips it, and 2.1.1 (a minor bump from 2.0.0) is free
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.to(Version.parse("1.9.0"), "x")));
            assertEquals(List.of("1.9.0 is not higher than the last released version 2.0.0; release 2.1.1 "
                    + "(--bump auto or --to 2.1.1)"), e.reasons());
        }
    }

    /** An alpha module released at 0.3.0; the versions in {@code tags} tagged by hand. */
    private GitLibraryFixture alphaAtZeroThree(String... tags) {
        return releasedAt("0.3.0", "alpha", tags);
    }

    /** A module released once, at {@code version} and {@code maturity}; the versions in {@code tags} tagged by hand. */
    private GitLibraryFixture releasedAt(String version, String maturity, String... tags) {
        GitLibraryFixture f = GitLibraryFixture.create(tmp);
        Path meta = f.moduleDir().resolve(".alexandria.yaml");
        f.setVersion(version);
        GitLibraryFixture.write(meta, GitLibraryFixture.read(meta).replace("maturity: stable", "maturity: " + maturity));
        GitLibraryFixture.write(f.root.resolve("_catalog/module-registry.yaml"), "modules:\n"
                + "  - id: vpc-standard\n    name: Standard VPC\n    version: " + version + "\n"
                + "    category: foundations/networking\n    tags: [vpc, networking]\n    maturity: " + maturity + "\n"
                + "    description: Production VPC with a name, a CIDR block and tags.\n    support:\n"
                + "      maintainer: team-networking\n    versions:\n      - version: " + version + "\n"
                + "        released: 2026-01-10\n        maturity: " + maturity + "\n        changelog: First release.\n");
        f.commit("vpc-standard " + version);
        f.tag(version);
        for (String t : tags) {
            f.tag(t);
        }
        return f;
    }

    /** --bump prerelease from the release 0.3.0 with 0.3.1 tagged: 0.3.1-rc.1 would sort below that release. */
    @Test
    void prereleaseFromARelease_onZeroX_namesAPreReleaseOfAFreeVersion() {
        try (GitLibraryFixture f = alphaAtZeroThree("0.3.1")) {
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.bump(ReleaseBump.PRERELEASE, "x")));
            assertEquals(List.of("--bump prerelease needs a pre-release version, and 0.3.0 is a release; name one "
                    + "with --to, such as 0.3.2-rc.1"), e.reasons());
            assertEquals(Version.parse("0.3.2-rc.1"), plan(f, ReleaseRequest.to(Version.parse("0.3.2-rc.1"), "x"))
                    .next(), "the suggestion is accepted");
        }
    }

    /**
     * A version the maturity does not allow and that is too low: another maturity cannot help, so none is proposed,
     * and the rule's version is named once.
     */
    @Test
    void misfitAndTooLow_namesTheRulesVersionOnceAndNoMaturity() {
        try (GitLibraryFixture f = releasedAt("1.0.0-beta.3", "beta")) {
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.to(Version.parse("0.5.0"), "x")));
            // alpha, one demotion away, fits 0.5.0 but would not make it higher than 1.0.0-beta.3
            assertEquals(List.of("0.5.0 is not higher than the last released version 1.0.0-beta.3",
                    "maturity 'beta' needs a pre-release of a major >= 1 (1.0.0-beta.N, 2.0.0-rc.N), and 0.5.0 is not "
                            + "one; release 1.0.0-beta.4 (--bump auto or --bump prerelease)"), e.reasons());
        }
    }

    @Test
    void release_onZeroX_suggestsTheMinorBumpSemVerAllowsNotMajor() {
        try (GitLibraryFixture f = GitLibraryFixture.create(tmp)) {
            Path meta = f.moduleDir().resolve(".alexandria.yaml");
            f.setVersion("0.3.0");
            GitLibraryFixture.write(meta, GitLibraryFixture.read(meta).replace("maturity: stable", "maturity: alpha"));
            GitLibraryFixture.write(f.root.resolve("_catalog/module-registry.yaml"), "modules:\n"
                    + "  - id: vpc-standard\n    name: Standard VPC\n    version: 0.3.0\n"
                    + "    category: foundations/networking\n    tags: [vpc, networking]\n    maturity: alpha\n"
                    + "    description: Production VPC with a name, a CIDR block and tags.\n    support:\n"
                    + "      maintainer: team-networking\n    versions:\n      - version: 0.3.0\n"
                    + "        released: 2026-01-10\n        maturity: alpha\n        changelog: First release.\n");
            f.commit("vpc-standard 0.3.0");
            f.tag("0.3.0");
            f.moduleFiles("2.0.0"); // removes variables: a major change, met on 0.x by a minor bump
            f.commit("ipv4_cidr");
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.bump(ReleaseBump.PATCH, "Oops.")));
            assertEquals(List.of("refusing to release vpc-standard 0.3.1:", "0.3.0 → 0.3.1 is a patch bump, but the "
                    + "changes are breaking, which on 0.x requires a minor bump; release 0.4.0 (--bump auto or --bump "
                    + "minor)"), e.getMessage().lines().toList().subList(0, 2));
            ReleaseStep auto = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x"));
            assertEquals(Version.parse("0.4.0"), auto.next());
            // the minor bump is what the breaking changes need on 0.x: never "a minor release, which needs a major"
            String first = auto.render().lines().findFirst().orElseThrow();
            assertTrue(first.matches("release vpc-standard 0\\.3\\.0 → 0\\.4\\.0 \\(minor bump required, \\d+ changes?: on "
                    + "0\\.x a minor bump is what breaking changes need\\)"), first);
            assertEquals("the interface changed since 0.3.0 (breaking changes, which on 0.x require a minor bump) "
                    + "but the version is still 0.3.0; run 'alexandria version vpc-standard --bump auto --changelog \"<what changed>\"' or set the version to "
                    + "0.4.0", Alexandria.open(f.root).versions("vpc-standard").check(false).message());
            // a version that meets it passes worded by what 0.x requires, never "meets the major bump"
            f.setVersion("0.4.0");
            assertEquals("0.3.0 → 0.4.0 meets the minor bump that breaking changes require on 0.x",
                    Alexandria.open(f.root).versions("vpc-standard").check(false).message());
            f.setVersion("0.3.0");
            // a major bump leaves 0.x, which alpha forbids: the fix is the next minor, above the current version
            e = assertThrows(ReleaseRefusedException.class, () -> plan(f, ReleaseRequest.bump(ReleaseBump.MAJOR, "x")));
            assertEquals(List.of("maturity 'alpha' needs a 0.x.y version, and 1.0.0 is not one; release 0.4.0 "
                    + "(--bump auto or --bump minor)"), e.reasons());
        }
    }

    @Test
    void release_refusesABumpLowerThanRequiredNamingEachBreakingChange() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            f.moduleFiles("1.0.0");
            f.commit("back to cidr");
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.bump(ReleaseBump.MINOR, "Oops.")));
            List<String> lines = e.getMessage().lines().toList();
            assertEquals(List.of("refusing to release vpc-standard 2.1.0:", "2.0.0 → 2.1.0 is a minor bump, but the "
                    + "changes require a major bump; release 3.0.0 (--bump auto or --bump major)"),
                    lines.subList(0, 2));
            assertEquals(List.of(
                    "  MAJOR output.arn: output arn was removed (or renamed): callers that use module.<name>.arn fail "
                            + "(removed from _library/foundations/networking/vpc-standard/outputs.tf:6:1)",
                    "  MAJOR var.ipv4_cidr: variable ipv4_cidr was removed (or renamed): callers that set it fail with"
                            + " \"Unsupported argument\" (removed from _library/foundations/networking/vpc-standard/variables.tf:6:1)",
                    "  MAJOR var.tags: variable tags was removed (or renamed): callers that set it fail with "
                            + "\"Unsupported argument\" (removed from _library/foundations/networking/vpc-standard/variables.tf:11:1)"), lines.subList(2, lines.size()));
            assertEquals(Version.parse("3.0.0"), plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x")).next());
        }
    }

    @Test
    void release_refusesWhenTheModuleFolderHasUncommittedChanges_evenInTheFilesItWrites() throws IOException {
        try (GitLibraryFixture f = withMinorChange()) {
            Files.writeString(f.moduleDir().resolve("extra.tf"), "# not committed\n");
            // a file the step writes: a hand edit there would be committed and tagged with the release unseen
            Files.writeString(f.moduleDir().resolve("CHANGELOG.md"), "# Changelog\n\nedited\n");
            Map<Path, String> before = snapshot(f.root);
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x"));
            assertEquals(List.of("the module folder has uncommitted changes: "
                    + "components/terraform/_library/foundations/networking/vpc-standard/CHANGELOG.md, "
                    + "components/terraform/_library/foundations/networking/vpc-standard/extra.tf; commit or stash them "
                    + "first, so the release commit holds only the release's files"), plan.refusals());
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class, plan::apply);
            assertEquals("refusing to release vpc-standard 2.1.0:\nthe module folder has uncommitted changes: "
                    + "components/terraform/_library/foundations/networking/vpc-standard/CHANGELOG.md, "
                    + "components/terraform/_library/foundations/networking/vpc-standard/extra.tf; commit or stash them "
                    + "first, so the release commit holds only the release's files", e.getMessage());
            assertEquals(before, snapshot(f.root), "a refused release writes nothing");
        }
    }

    @Test
    void dryRun_withUncommittedChanges_stillShowsThePlanAndWhyApplyingIsRefused() throws IOException {
        try (GitLibraryFixture f = withMinorChange()) {
            Files.writeString(f.moduleDir().resolve("extra.tf"), "# not committed\n");
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "DNS host names."));
            assertEquals(Version.parse("2.1.0"), plan.next());
            List<String> lines = plan.render().lines().toList();
            assertEquals(List.of("release vpc-standard 2.0.0 → 2.1.0 (minor bump required, 1 change)",
                    "commit 4 files, message \"vpc-standard 2.1.0\"",
                    "tag vpc-standard/v2.1.0 (annotated) on that commit",
                    "applying this plan is refused as things are:",
                    "  the module folder has uncommitted changes: components/terraform/_library/foundations/networking"
                            + "/vpc-standard/extra.tf; commit or stash them first, so the release commit holds only "
                            + "the release's files"), lines.subList(0, 5));
        }
    }

    @Test
    void release_thatIsRefusedAnyway_listsTheUncommittedChangesWithTheOtherReasons() throws IOException {
        try (GitLibraryFixture f = withMinorChange()) {
            Files.writeString(f.moduleDir().resolve("extra.tf"), "# not committed\n");
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.to(Version.parse("1.1.0"), "x")));
            assertEquals(List.of("1.1.0 is not higher than the last released version 2.0.0",
                    "version 1.1.0 is already registered, and registered versions never change; release 2.1.0 (--bump auto or --bump minor)",
                    "the module folder has uncommitted changes: components/terraform/_library/foundations/networking"
                            + "/vpc-standard/extra.tf; commit or stash them first, so the release commit holds only "
                            + "the release's files"), e.reasons());
        }
    }

    @Test
    void release_refusesAVersionTheMaturityDoesNotAllowAndAnExistingOne() {
        try (GitLibraryFixture f = withMinorChange()) {
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.to(Version.parse("3.0.0-beta.1"), "x")));
            assertEquals("refusing to release vpc-standard 3.0.0-beta.1:\nmaturity 'stable' needs a release version "
                    + ">= 1.0.0, and 3.0.0-beta.1 is not one; release 2.1.0 (--bump auto or --bump minor)", e.getMessage());
            e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.to(Version.parse("1.1.0"), "x")));
            // too low and registered: two reasons, one fix, the rule's version
            assertEquals("refusing to release vpc-standard 1.1.0:\n1.1.0 is not higher than the last released version 2.0.0"
                    + "\nversion 1.1.0 is already registered, and registered versions never change;"
                    + " release 2.1.0 (--bump auto or --bump minor)", e.getMessage());
            e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.bump(ReleaseBump.PRERELEASE, "x")));
            // the fix must pass the maturity rule too: a stable module takes no pre-release; the header names what
            // was asked, not a version the request never named
            assertEquals("refusing to release vpc-standard with --bump prerelease:\n--bump prerelease needs a pre-release version, and "
                    + "2.0.0 is a release; maturity 'stable' takes a release version >= 1.0.0, so release 2.1.0 "
                    + "(--bump minor)", e.getMessage());
        }
    }

    /**
     * A proposed version in .alexandria.yaml that a hand-made tag holds already: --bump auto planned the required
     * bump's version, tagged too, and was refused; now it plans the next free version and says why.
     */
    @Test
    void autoBump_withTheProposedVersionAndTheBumpTagged_plansTheNextFreeOneAndSaysWhy() {
        try (GitLibraryFixture f = withMinorChange()) {
            f.setVersion("2.1.0");
            f.commit("proposes 2.1.0");
            f.tag("2.1.0");
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x"));
            assertEquals(Version.parse("2.1.1"), plan.next());
            assertTrue(plan.notes().contains("version 2.1.0 in .alexandria.yaml is taken already (its git tag "
                    + "vpc-standard/v2.1.0 exists), so --bump auto picks 2.1.1, the smallest free version that meets "
                    + "the bump"), plan.notes().toString());
            // an exact bump never skips: refused, naming the free version and the option that gives it
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.bump(ReleaseBump.MINOR, "x")));
            assertEquals("refusing to release vpc-standard 2.1.0:\nversion 2.1.0 is not registered, but its git tag "
                    + "vpc-standard/v2.1.0 already exists, so the release could not be tagged; release 2.1.1 (--bump "
                    + "auto or --to 2.1.1), or, if that tag marks no release, delete it (git -C " + f.root + " tag -d "
                    + "vpc-standard/v2.1.0)", e.getMessage());
        }
    }

    @Test
    void bump_countsFromTheLastReleaseNotFromAnUnreleasedVersionInTheMetadata() {
        try (GitLibraryFixture f = withMinorChange()) {
            assertEquals("the interface changed since 2.0.0 (minor required) but the version is still 2.0.0; run "
                    + "'alexandria version vpc-standard --bump auto --changelog \"<what changed>\"' or set the version to 2.1.0",
                    Alexandria.open(f.root).versions("vpc-standard").check(false).message());
            f.setVersion("2.1.0"); // as diff --check says
            f.commit("propose 2.1.0");
            assertTrue(Alexandria.open(f.root).versions("vpc-standard").check(false).passes());
            for (ReleaseRequest r : List.of(ReleaseRequest.bump(ReleaseBump.MINOR, "x"),
                    ReleaseRequest.bump(ReleaseBump.AUTO, "x"), ReleaseRequest.to(Version.parse("2.1.0"), "x"))) {
                ReleaseStep plan = plan(f, r);
                assertEquals(Version.parse("2.0.0"), plan.current());
                assertEquals(Version.parse("2.1.0"), plan.next());
                assertTrue(plan.render().startsWith("release vpc-standard 2.0.0 → 2.1.0 (minor bump required, "
                        + "1 change)\n"), plan.render());
            }
            assertEquals(Version.parse("3.0.0"), plan(f, ReleaseRequest.bump(ReleaseBump.MAJOR, "x")).next());
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.bump(ReleaseBump.PATCH, "x")));
            assertEquals("refusing to release vpc-standard 2.0.1:\n2.0.0 → 2.0.1 is a patch bump, but the changes "
                    + "require a minor bump; release 2.1.0 (--bump auto or --bump minor)\n  MINOR "
                    + "var.enable_dns_hostnames: new optional variable enable_dns_hostnames (default true) (added at "
                    + "_library/foundations/networking/vpc-standard/variables.tf:17:1)", e.getMessage());
        }
    }

    @Test
    void bumpAuto_refusesARelease_whenNothingChangedSinceTheLastTag_aNamedBumpMakesIt() throws Exception {
        try (GitLibraryFixture f = withMinorChange()) {
            plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "DNS host names.")).apply();
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class,
                    () -> plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "Again.")).apply());
            assertTrue(e.getMessage().contains("nothing changed in vpc-standard since 2.1.0: its folder holds "
                    + "exactly the files of tag vpc-standard/v2.1.0, so --bump auto has nothing to release; change "
                    + "the module first, or, to release the same files again under a new version, name the bump "
                    + "(--bump patch, or --to 2.1.1)"), e.getMessage());
            assertEquals(Version.parse("2.1.1"), plan(f, ReleaseRequest.bump(ReleaseBump.PATCH, "Again.")).next());
            // one changed file is something to release
            Files.writeString(f.moduleDir().resolve("main.tf"), Files.readString(f.moduleDir().resolve("main.tf"))
                    + "\n# a comment\n");
            f.commit("a comment");
            assertEquals(Version.parse("2.1.1"), plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "A comment.")).next());
        }
    }

    @Test
    void bumpAuto_releasesAMetadataVersionAheadOfTheLastReleaseOnlyWhenItMeetsTheRequiredBump() {
        try (GitLibraryFixture f = withMinorChange()) {
            f.setVersion("2.0.1"); // a patch: the new variable needs a minor bump
            f.commit("propose 2.0.1");
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x"));
            assertEquals("2.0.0 → 2.1.0", plan.current() + " → " + plan.next());
            f.setVersion("3.0.0"); // more than needed is allowed
            f.commit("propose 3.0.0");
            plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x"));
            assertTrue(plan.render().startsWith("release vpc-standard 2.0.0 → 3.0.0 (major release: 1 change, "
                    + "which alone needs a minor bump)\n"), plan.render());
        }
    }

    @Test
    void release_ofAModuleNeverRegisteredReleasesItsDeclaredVersion() throws Exception {
        try (GitLibraryFixture f = GitLibraryFixture.create(tmp)) {
            GitLibraryFixture.write(f.root.resolve("_catalog/module-registry.yaml"), "modules: []\n");
            f.commit("vpc-standard, not yet registered");
            ModuleVersions versions = Alexandria.open(f.root).versions("vpc-standard");
            assertEquals(List.of(), versions.list());
            assertTrue(versions.check(false).passes());
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "First release."));
            assertEquals(Version.parse("1.0.0"), plan.next());
            assertTrue(plan.render().startsWith("release vpc-standard 1.0.0 (first release)\n"), plan.render());
            ReleaseResult result = plan.apply();
            assertEquals("vpc-standard/v1.0.0", result.tag());
            ModuleVersions after = Alexandria.open(f.root).versions("vpc-standard");
            VersionInfo first = after.latestRegistered().orElseThrow();
            assertEquals(Version.parse("1.0.0"), first.version());
            assertEquals(Optional.of("vpc-standard/v1.0.0"), first.tag());
            assertEquals("First release.", first.changelog());
            assertTrue(GitLibraryFixture.read(f.moduleDir().resolve("CHANGELOG.md"))
                    .contains("## [1.0.0] - 2026-04-01\n\nFirst release.\n"));
        }
    }

    @Test
    void release_outsideAGitRepositoryIsRefusedWithTheFix() throws IOException {
        Path root = tmp.resolve("plain");
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp.resolve("repo-source"))) {
            try (Stream<Path> all = Files.walk(f.root)) {
                for (Path p : all.toList()) {
                    Path to = root.resolve(f.root.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class, () -> Alexandria.open(root)
                .versions("vpc-standard").release(ReleaseRequest.bump(ReleaseBump.MINOR, "x")));
        assertEquals("refusing to release vpc-standard:\nthe library " + root + " is not in a git repository, and a "
                + "release commits its files and tags that commit\nfix: run it in a git clone of the library, or "
                + "make the library one (in the library: git init -q && git add -A && git commit -qm \"Library\", as "
                + "the README's copy of the sample does), then tag each registered version as <module>/v<version>",
                e.getMessage());
    }

    @Test
    void apply_aTagThatCannotBeWritten_namesTheTagAndWhy() throws Exception {
        Path dir = Files.createTempDirectory(tmp, "tag");
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(dir)) {
            f.moduleFiles("work");
            f.commit("DNS host names");
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x"));
            // another process tags the version between the plan and its application
            f.git.tag().setName("vpc-standard/v2.1.0").setAnnotated(false).call();
            AlexandriaException e = assertThrows(AlexandriaException.class, plan::apply);
            assertEquals("releasing vpc-standard 2.1.0 failed while tagging: tag vpc-standard/v2.1.0 already exists "
                    + "(refs/tags/vpc-standard/v2.1.0), and a released version never changes; every file, the commit"
                    + " and the tag were restored, so the library is as it was", e.getMessage());
        }
    }

    /**
     * A tag ref locked by another git process is refused as a locked index is (a refusal, exit 1 in the CLI),
     * naming the lock file and the fix: found by the plan, before the first write, and while tagging.
     */
    @Test
    void aLockedTagRef_isRefusedNamingTheLockFile_beforeAnyWriteOrAfterTheUndo() throws Exception {
        for (String lockedWhen : List.of("before the plan", "before apply", "after the commit")) {
            Path dir = Files.createTempDirectory(tmp, "lock");
            try (GitLibraryFixture f = GitLibraryFixture.threeVersions(dir)) {
                f.moduleFiles("work");
                f.commit("DNS host names");
                Map<Path, String> before = snapshot(f.root);
                ObjectId head = f.git.getRepository().resolve("HEAD");
                Path lock = f.git.getRepository().getDirectory().toPath()
                        .resolve("refs/tags/vpc-standard/v2.1.0.lock");
                Runnable takeLock = () -> {
                    try {
                        Files.createDirectories(lock.getParent());
                        Files.writeString(lock, "");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                };
                if (lockedWhen.equals("before the plan")) {
                    takeLock.run();
                }
                ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x"));
                String reason = "git's ref refs/tags/vpc-standard/v2.1.0 is locked: " + lock + " exists, so another "
                        + "git process is running or crashed; remove the file if no git is running, then try again";
                if (lockedWhen.equals("before the plan")) {
                    assertEquals(List.of(reason), plan.refusals(), lockedWhen);
                } else if (lockedWhen.equals("before apply")) {
                    takeLock.run();
                } else {
                    plan.afterWrite(step -> {
                        if (step.equals("commit")) {
                            takeLock.run();
                        }
                    });
                }
                ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class, plan::apply, lockedWhen);
                assertEquals(List.of(reason), e.reasons(), lockedWhen);
                assertEquals(before, snapshot(f.root), lockedWhen);
                assertEquals(head, f.git.getRepository().resolve("HEAD"), lockedWhen);
            }
        }
    }

    @Test
    void apply_failureBetweenTwoWritesLeavesEverythingByteForByte() throws Exception {
        for (String failAt : List.of("_catalog/module-registry.yaml",
                "_library/foundations/networking/vpc-standard/CHANGELOG.md", "commit", "tag")) {
            Path dir = Files.createTempDirectory(tmp, "fail");
            try (GitLibraryFixture f = GitLibraryFixture.threeVersions(dir)) {
                f.moduleFiles("work");
                f.commit("DNS host names");
                Map<Path, String> before = snapshot(f.root);
                ObjectId head = f.git.getRepository().resolve("HEAD");
                ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x"));
                plan.afterWrite(step -> {
                    if (step.equals(failAt)) {
                        throw new IllegalStateException("injected failure after " + step);
                    }
                });
                AlexandriaException e = assertThrows(AlexandriaException.class, plan::apply);
                assertTrue(e.getMessage().startsWith("releasing vpc-standard 2.1.0 failed while "), e.getMessage());
                assertTrue(e.getMessage().endsWith("injected failure after " + failAt + "; every file, the commit and "
                        + "the tag were restored, so the library is as it was"), e.getMessage());
                assertEquals(before, snapshot(f.root), "files restored after a failure at " + failAt);
                assertEquals(head, f.git.getRepository().resolve("HEAD"), "HEAD restored after " + failAt);
                assertNull(f.git.getRepository().exactRef("refs/tags/vpc-standard/v2.1.0"), failAt);
                var status = f.git.status().call();
                assertEquals(List.of(), List.copyOf(status.getUncommittedChanges()), "index clean after " + failAt);
                assertEquals(List.of("components/terraform/_catalog/.alexandria.lock"),
                        List.copyOf(status.getUntracked()), "nothing left behind after " + failAt);
                assertThrows(IllegalStateException.class, plan::apply, "a plan is applied once");
            }
        }
    }

    @Test
    void apply_refusesWhenAFileChangedSinceThePlan() throws IOException {
        try (GitLibraryFixture f = withMinorChange()) {
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x"));
            Files.writeString(f.moduleDir().resolve("CHANGELOG.md"), "# Changelog\n\nsomeone else\n");
            ReleaseRefusedException e = assertThrows(ReleaseRefusedException.class, plan::apply);
            assertEquals("refusing to release vpc-standard 2.1.0:\n_library/foundations/networking/vpc-standard/"
                    + "CHANGELOG.md changed since the release was planned; plan it again", e.getMessage());
        }
    }

    /** vpc-standard as a beta module released at 1.0.0-beta.3, then variables removed (a major change). */
    private GitLibraryFixture betaWithMajorChange() {
        GitLibraryFixture f = GitLibraryFixture.create(tmp);
        Path meta = f.moduleDir().resolve(".alexandria.yaml");
        f.setVersion("1.0.0-beta.3");
        GitLibraryFixture.write(meta, GitLibraryFixture.read(meta).replace("maturity: stable", "maturity: beta"));
        GitLibraryFixture.write(f.root.resolve("_catalog/module-registry.yaml"), "modules:\n"
                + "  - id: vpc-standard\n    name: Standard VPC\n    version: 1.0.0-beta.3\n"
                + "    category: foundations/networking\n    tags: [vpc, networking]\n    maturity: beta\n"
                + "    description: Production VPC with a name, a CIDR block and tags.\n    support:\n"
                + "      maintainer: team-networking\n    versions:\n      - version: 1.0.0-beta.3\n"
                + "        released: 2026-01-10\n        maturity: beta\n        changelog: Beta 3.\n");
        f.commit("vpc-standard 1.0.0-beta.3");
        f.tag("1.0.0-beta.3");
        f.moduleFiles("2.0.0");
        f.commit("ipv4_cidr");
        return f;
    }

    @Test
    void preReleaseBump_isNamedAsSuchNotAsAPatchRelease() {
        try (GitLibraryFixture f = betaWithMajorChange()) {
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.PRERELEASE, "Beta 4."));
            assertEquals("release vpc-standard 1.0.0-beta.3 → 1.0.0-beta.4 (pre-release bump: 4 changes, which "
                    + "pre-releases of 1.0.0 allow)", plan.render().lines().findFirst().orElseThrow());
            assertEquals("ReleasePlan[vpc-standard 1.0.0-beta.3 → 1.0.0-beta.4, major bump required, 4 changes]",
                    plan.toString());
        }
    }

    @Test
    void promotionToStable_releasesTheProposedVersionCountingFromTheLastPreRelease() {
        try (GitLibraryFixture f = betaWithMajorChange()) {
            Path meta = f.moduleDir().resolve(".alexandria.yaml");
            f.setVersion("1.0.0");
            GitLibraryFixture.write(meta, GitLibraryFixture.read(meta).replace("maturity: beta", "maturity: stable"));
            f.commit("stable");
            ReleaseStep plan = plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "Stable."));
            assertEquals("release vpc-standard 1.0.0-beta.3 → 1.0.0 (release of the pre-release: 4 changes, which "
                    + "a release allows after its pre-releases)", plan.render().lines().findFirst().orElseThrow());
        }
    }

    @Test
    void toString_namesTheModuleBothVersionsTheBumpAndTheChanges() throws IOException {
        try (GitLibraryFixture f = withMinorChange()) {
            assertEquals("ReleasePlan[vpc-standard 2.0.0 → 2.1.0, minor bump required, 1 change]",
                    plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x")).toString());
            Files.writeString(f.moduleDir().resolve("extra.tf"), "# uncommitted\n");
            assertEquals("ReleasePlan[vpc-standard 2.0.0 → 2.1.0, minor bump required, 1 change, 1 refusal]",
                    plan(f, ReleaseRequest.bump(ReleaseBump.AUTO, "x")).toString());
        }
    }

    @Test
    void zeroX_aMinorBumpMeetsARequiredMajorAndPreReleasesAlwaysRelease() {
        assertTrue(ReleaseRules.shortfall(Version.parse("0.3.0"), Version.parse("0.4.0"), Bump.MAJOR).isEmpty());
        assertEquals("0.3.0 → 0.3.1 is a patch bump, but the changes are breaking, which on 0.x requires a minor bump",
                ReleaseRules.shortfall(Version.parse("0.3.0"), Version.parse("0.3.1"), Bump.MAJOR).orElseThrow());
        assertEquals(Version.parse("0.4.0"), ReleaseRules.next(Version.parse("0.3.0"), Bump.MAJOR));
        assertTrue(ReleaseRules.shortfall(Version.parse("1.0.0-beta.1"), Version.parse("1.0.0-beta.2"), Bump.MAJOR)
                .isEmpty());
        assertTrue(ReleaseRules.shortfall(Version.parse("2.0.0-rc.1"), Version.parse("2.0.0"), Bump.MAJOR).isEmpty());
        assertEquals(Version.parse("1.0.0-beta.2"), ReleaseRules.next(Version.parse("1.0.0-beta.1"), Bump.MAJOR));
        assertFalse(ReleaseRules.shortfall(Version.parse("1.0.0-beta.1"), Version.parse("1.0.1"), Bump.MAJOR)
                .isEmpty());
    }

    // ------------------------------------------------------------------ helpers

    static Map<Path, String> snapshot(Path root) throws IOException {
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!p.getFileName().toString().equals(".alexandria.lock")) {
                    out.put(root.relativize(p), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    static List<String> changedFiles(GitLibraryFixture f, String commitId) throws IOException {
        try (RevWalk walk = new RevWalk(f.git.getRepository())) {
            RevCommit c = walk.parseCommit(ObjectId.fromString(commitId));
            try (TreeWalk tw = new TreeWalk(f.git.getRepository())) {
                tw.addTree(walk.parseCommit(c.getParent(0)).getTree());
                tw.addTree(c.getTree());
                tw.setRecursive(true);
                tw.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
                List<String> out = new ArrayList<>();
                while (tw.next()) {
                    out.add(tw.getPathString());
                }
                return out;
            }
        }
    }
}
