package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.VersionNotFoundException;
import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.InterfaceChange;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionCheck;
import dev.alexandria.api.model.VersionInfo;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultModuleVersionsTest {

    @TempDir
    Path tmp;

    @Test
    void list_mergesTheRegistryAndTheTagsHighestFirst() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            ModuleVersions versions = Alexandria.open(f.root).versions("vpc-standard");
            List<VersionInfo> list = versions.list();
            assertEquals(List.of("2.0.0", "1.1.0", "1.0.0"), list.stream().map(i -> i.version().toString()).toList());
            assertEquals(Optional.of("vpc-standard/v1.1.0"), list.get(1).tag());
            assertTrue(list.stream().allMatch(VersionInfo::registered));
            assertEquals("Tags and the VPC ARN.", list.get(1).changelog());
            assertEquals(12, list.get(0).commit().orElseThrow().length());
            assertEquals(Version.parse("2.0.0"), versions.latestRegistered().orElseThrow().version());
            assertEquals(Version.parse("2.0.0"), versions.current());
        }
    }

    @Test
    void diff_readsVersionsFromTagsWithoutCheckingOut() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            Library lib = Alexandria.open(f.root);
            InterfaceDiff minor = lib.versions("vpc-standard").diff("1.0.0", "1.1.0");
            assertEquals(Bump.MINOR, minor.requiredBump());
            assertEquals(List.of("output-added output.arn", "variable-added-optional var.tags"), rules(minor));
            assertEquals("_library/foundations/networking/vpc-standard/variables.tf:12:1",
                    minor.changes().get(1).after().orElseThrow().toString());
            InterfaceDiff major = lib.versions("vpc-standard").diff("vpc-standard/v1.1.0", "v2.0.0");
            assertEquals(Bump.MAJOR, major.requiredBump());
            assertEquals(List.of("variable-added-required var.ipv4_cidr", "variable-removed var.cidr"), rules(major));
            // the working tree was never touched: it still holds 2.0.0's files
            assertEquals(GitLibraryFixture.read(GitLibraryFixture.resource("history/2.0.0/variables.tf")),
                    GitLibraryFixture.read(f.moduleDir().resolve("variables.tf")));
        }
    }

    @Test
    void diff_takesCommitsBranchesTheWorkingTreeAndFolders() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            String first = f.git.log().call().iterator().next().getName();
            f.moduleFiles("work");
            ModuleVersions v = Alexandria.open(f.root).versions("vpc-standard");
            assertEquals(List.of("variable-added-optional var.enable_dns_hostnames"),
                    rules(v.diff("main", ModuleVersions.WORKING_TREE)));
            assertEquals(List.of(), rules(v.diff(first.substring(0, 10), "2.0.0")));
            Path folder = GitLibraryFixture.resource("history/1.1.0");
            InterfaceDiff fromFolder = v.diff(folder.toString(), "1.0.0");
            assertEquals(Bump.MAJOR, fromFolder.requiredBump());
            assertEquals(folder.toString(), fromFolder.from());
            assertEquals(folder + "/outputs.tf:6:1", fromFolder.changes().get(0).before().orElseThrow().toString());
        } catch (org.eclipse.jgit.api.errors.GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void diff_refusesVersionsThatCannotBeFoundWithTheFix() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            ModuleVersions v = Alexandria.open(f.root).versions("vpc-standard");
            VersionNotFoundException e = assertThrows(VersionNotFoundException.class, () -> v.diff("3.0.0", "2.0.0"));
            assertEquals("vpc-standard has no version 3.0.0 (no git tag vpc-standard/v3.0.0); run 'alexandria "
                    + "versions vpc-standard' to list its versions", e.getMessage());
            e = assertThrows(VersionNotFoundException.class, () -> v.diff("nonsense~~", "2.0.0"));
            assertEquals("'nonsense~~' is not working-tree, a module folder, a version of vpc-standard or a git "
                    + "revision; run 'alexandria versions vpc-standard' to list its versions", e.getMessage());
            f.register("2.1.0", "2026-04-01", "Never tagged.");
            ModuleVersions untagged = Alexandria.open(f.root).versions("vpc-standard");
            e = assertThrows(VersionNotFoundException.class, () -> untagged.diff("2.1.0", "working-tree"));
            assertEquals("version 2.1.0 of vpc-standard is registered but has no git tag vpc-standard/v2.1.0; tag "
                    + "the commit it was released from (" + git(f) + " tag -a vpc-standard/v2.1.0 -m \"vpc-standard 2.1.0\" <commit>, where " + git(f) + " log --oneline -- _library/foundations/networking/vpc-standard lists the candidate commits), or compare with that "
                    + "commit (alexandria diff vpc-standard --from <commit>)", e.getMessage());
            assertTrue(e.registered(), "a data problem, not an unknown version");
            assertFalse(assertThrows(VersionNotFoundException.class, () -> v.diff("3.0.0", "2.0.0")).registered());
            // the gate and a release cannot compare with a commit: only the tag is their fix
            e = assertThrows(VersionNotFoundException.class, () -> untagged.check(false));
            assertTrue(e.getMessage().endsWith("(" + git(f) + " tag -a vpc-standard/v2.1.0 -m \"vpc-standard 2.1.0\" <commit>, where " + git(f) + " log --oneline -- _library/foundations/networking/vpc-standard lists the candidate commits), then run the check again"),
                    e.getMessage());
            dev.alexandria.api.ReleaseRefusedException refused = assertThrows(
                    dev.alexandria.api.ReleaseRefusedException.class, () -> untagged.release(
                            dev.alexandria.api.model.ReleaseRequest.to(Version.parse("2.2.0"), "x")));
            assertEquals("version 2.1.0 of vpc-standard is registered but has no git tag vpc-standard/v2.1.0; tag the "
                    + "commit it was released from (" + git(f) + " tag -a vpc-standard/v2.1.0 -m \"vpc-standard 2.1.0\" <commit>, where " + git(f) + " log --oneline -- _library/foundations/networking/vpc-standard lists the candidate commits), then release again (the "
                    + "bump is counted from that version's interface)", refused.reasons().get(0));
        }
    }

    @Test
    void check_failsWhenTheDeclaredVersionIsBelowTheRequiredBump() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            VersionCheck clean = Alexandria.open(f.root).versions("vpc-standard").check(false);
            assertTrue(clean.passes(), clean.message());
            assertEquals("the interface of vpc-standard has not changed since 2.0.0", clean.message());

            f.moduleFiles("1.0.0"); // cidr back, ipv4_cidr and tags gone: MAJOR
            VersionCheck unchanged = Alexandria.open(f.root).versions("vpc-standard").check(false);
            assertFalse(unchanged.passes());
            assertEquals("the interface changed since 2.0.0 (major required) but the version is still 2.0.0; run "
                    + "'alexandria version vpc-standard --bump auto --changelog \"<what changed>\"' or set the version to 3.0.0", unchanged.message());

            f.setVersion("2.1.0");
            VersionCheck low = Alexandria.open(f.root).versions("vpc-standard").check(false);
            assertFalse(low.passes());
            assertEquals("2.0.0 → 2.1.0 is a minor bump, but the changes require a major bump; set the version to "
                    + "3.0.0", low.message());

            f.setVersion("3.0.0");
            assertTrue(Alexandria.open(f.root).versions("vpc-standard").check(false).passes());

            f.setVersion("1.9.0");
            assertEquals("version 1.9.0 in .alexandria.yaml is lower than the registered 2.0.0; set the version to "
                    + "3.0.0", Alexandria.open(f.root).versions("vpc-standard").check(false).message());
        }
    }

    @Test
    void check_fixNamesTheVersionAReleaseAccepts_fittingTheMaturityAndFreeOfEveryTag() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            f.moduleFiles("1.0.0"); // cidr back, ipv4_cidr and tags gone: MAJOR
            Path meta = f.moduleDir().resolve(".alexandria.yaml");
            String stable = GitLibraryFixture.read(meta);
            // a beta module takes a pre-release: 3.0.0 would be refused by the maturity rule
            GitLibraryFixture.write(meta, stable.replaceFirst("(?m)^maturity: stable$", "maturity: beta"));
            f.setVersion("2.1.0-beta.1");
            assertEquals("2.0.0 → 2.1.0-beta.1 is a minor bump, but the changes require a major bump; set the "
                    + "version to 3.0.0-beta.1",
                    Alexandria.open(f.root).versions("vpc-standard").check(false).message());

            // a version a tag already holds cannot be released: the fix names the next free one
            GitLibraryFixture.write(meta, stable);
            f.tag("3.0.0");
            f.setVersion("2.1.0");
            assertEquals("2.0.0 → 2.1.0 is a minor bump, but the changes require a major bump; set the version to "
                    + "3.0.1", Alexandria.open(f.root).versions("vpc-standard").check(false).message());
            f.setVersion("1.9.0");
            assertEquals("version 1.9.0 in .alexandria.yaml is lower than the registered 2.0.0; set the version to "
                    + "3.0.1", Alexandria.open(f.root).versions("vpc-standard").check(false).message());
        }
    }

    /** A declared version tagged by hand can no longer be released: the gate and validate say so, with the rule's fix. */
    @Test
    void check_failsForADeclaredVersionTaggedAlready() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            f.tag("2.0.1");
            f.setVersion("2.0.1"); // no interface change: a patch would do, but its tag exists
            String why = "version 2.0.1 in .alexandria.yaml is not registered, but its git tag vpc-standard/v2.0.1 "
                    + "already exists, so it can no longer be released";
            String fix = "set the version to 2.0.2, or, if that tag marks no release, delete it (" + git(f) + " tag -d "
                    + "vpc-standard/v2.0.1)";
            VersionCheck unchanged = Alexandria.open(f.root).versions("vpc-standard").check(false);
            assertFalse(unchanged.passes());
            assertEquals(why + "; " + fix, unchanged.message());
            List<Finding> findings = ((DefaultModuleVersions) Alexandria.open(f.root).versions("vpc-standard"))
                    .checkFindings(false);
            assertEquals(List.of("_library/foundations/networking/vpc-standard/.alexandria.yaml:5:1: " + why + "; "
                    + fix), findings.stream().map(Finding::toString).toList());

            f.moduleFiles("work"); // an optional variable: a minor bump, which 2.0.1 falls short of, at the change
            assertTrue(Alexandria.open(f.root).versions("vpc-standard").check(false).message()
                    .startsWith("2.0.0 → 2.0.1 is a patch bump, but the changes require a minor bump"));
            f.tag("2.1.0");
            f.setVersion("2.1.0"); // meets the bump, but tagged
            assertEquals("version 2.1.0 in .alexandria.yaml is not registered, but its git tag vpc-standard/v2.1.0 "
                    + "already exists, so it can no longer be released; set the version to 2.1.1, or, if that tag "
                    + "marks no release, delete it (" + git(f) + " tag -d vpc-standard/v2.1.0)",
                    Alexandria.open(f.root).versions("vpc-standard").check(false).message());
        }
    }

    /** A change is at its line in the working tree; a removal names its file alone and its line in the release. */
    @Test
    void checkFindings_putAChangeAtItsLineNow_andARemovalAtItsFileWithItsLineInTheRegisteredVersion() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            f.moduleFiles("1.0.0"); // back to cidr: ipv4_cidr, tags and output arn removed since 2.0.0, cidr added
            List<String> findings = ((DefaultModuleVersions) Alexandria.open(f.root).versions("vpc-standard"))
                    .checkFindings(false).stream().map(x -> x.location() + " | " + x.message()
                            .substring(x.message().indexOf(": ") + 2)).sorted().toList();
            String dir = "_library/foundations/networking/vpc-standard/";
            assertEquals(List.of(
                    dir + "outputs.tf | MAJOR output.arn: output arn was removed (or renamed): callers that use "
                            + "module.<name>.arn fail (removed from outputs.tf:6:1 in 2.0.0)",
                    dir + "variables.tf | MAJOR var.ipv4_cidr: variable ipv4_cidr was removed (or renamed): callers "
                            + "that set it fail with \"Unsupported argument\" (removed from variables.tf:6:1 in 2.0.0)",
                    dir + "variables.tf | MAJOR var.tags: variable tags was removed (or renamed): callers that set it "
                            + "fail with \"Unsupported argument\" (removed from variables.tf:11:1 in 2.0.0)",
                    dir + "variables.tf:6:1 | MINOR var.cidr: new optional variable cidr (default \"10.0.0.0/16\")"),
                    findings, "variables.tf:6 is var.cidr's line now, so no removal points at it");
        }
    }

    @Test
    void checkFinding_isAnErrorAtTheVersionLineWithTheFix() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            assertEquals(Optional.empty(), Alexandria.open(f.root).versions("vpc-standard").checkFinding(false));

            f.moduleFiles("1.0.0"); // cidr back, ipv4_cidr and tags gone: MAJOR
            Finding finding = Alexandria.open(f.root).versions("vpc-standard").checkFinding(false).orElseThrow();
            assertEquals(Finding.Severity.ERROR, finding.severity());
            assertEquals(ModuleVersions.VERSION_BUMP_RULE, finding.ruleId());
            assertEquals("_library/foundations/networking/vpc-standard/.alexandria.yaml:5:1: the interface changed "
                    + "since 2.0.0 (major required) but the version is still 2.0.0; run 'alexandria version "
                    + "vpc-standard --bump auto --changelog \"<what changed>\"' or set the version to 3.0.0", finding.toString());

            f.setVersion("3.0.0");
            assertEquals(Optional.empty(), Alexandria.open(f.root).versions("vpc-standard").checkFinding(false));
        }
    }

    @Test
    void validate_versionBumpRuleKeepsTheVersionsItReadInTheLibrarysCacheAndFindsTheSame() throws Exception {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp.resolve("git"))) {
            f.moduleFiles("1.0.0"); // cidr back, ipv4_cidr and tags gone: MAJOR
            java.nio.file.Path cacheDir = tmp.resolve("cache");
            java.util.function.Supplier<List<Finding>> bump = () -> Alexandria.builder().root(f.root)
                    .cacheDirectory(cacheDir).open().validate(List.of("vpc-standard")).findings().stream()
                    .filter(x -> x.ruleId().equals(ModuleVersions.VERSION_BUMP_RULE)).toList();
            List<Finding> first = bump.get();
            assertFalse(first.isEmpty());
            java.nio.file.Path interfaces = cacheDir.resolve(InterfaceCache.FOLDER);
            try (var files = java.nio.file.Files.list(interfaces)) {
                assertEquals(2, files.filter(p -> p.getFileName().toString().endsWith(".bin")).count(),
                        "the registered version (by its tree) and the working tree");
            }
            assertTrue(java.nio.file.Files.exists(cacheDir.resolve(GitReads.FOLDER).resolve("vpc-standard.bin")));
            assertEquals(first, bump.get(), "read back from the cache, the findings are the same");
            assertEquals(first, Alexandria.builder().root(f.root).noCache().open().validate(List.of("vpc-standard"))
                    .findings().stream().filter(x -> x.ruleId().equals(ModuleVersions.VERSION_BUMP_RULE)).toList());
        }
    }

    @Test
    void libraryPolicy_riskyChangesBreakingRequiresAMajorBumpForARiskyChange() {
        try (GitLibraryFixture f = GitLibraryFixture.threeVersions(tmp)) {
            Path variables = f.moduleDir().resolve("variables.tf");
            GitLibraryFixture.write(variables, GitLibraryFixture.read(variables)
                    .replace("default     = {}", "default     = { team = \"networking\" }"));
            InterfaceDiff lenient = Alexandria.open(f.root).versions("vpc-standard").diff("2.0.0",
                    ModuleVersions.WORKING_TREE);
            assertEquals(List.of("variable-default-changed var.tags"), rules(lenient));
            assertEquals(Bump.MINOR, lenient.requiredBump());

            GitLibraryFixture.write(f.root.resolve("_catalog/settings.yaml"), "versioning:\n  risky_changes: breaking\n");
            ModuleVersions strict = Alexandria.open(f.root).versions("vpc-standard");
            InterfaceDiff policy = strict.diff("2.0.0", ModuleVersions.WORKING_TREE);
            assertTrue(policy.riskyIsBreaking());
            assertEquals(Bump.MAJOR, policy.requiredBump());
            f.setVersion("2.1.0");
            assertEquals("2.0.0 → 2.1.0 is a minor bump, but the changes require a major bump; set the version to "
                    + "3.0.0", Alexandria.open(f.root).versions("vpc-standard").check(false).message());

            GitLibraryFixture.write(f.root.resolve("_catalog/settings.yaml"), "versioning:\n  risky_changes: major\n");
            CatalogValidationException e = assertThrows(CatalogValidationException.class,
                    () -> Alexandria.open(f.root));
            assertEquals(List.of("_catalog/settings.yaml:2:3: risky_changes must be minor or breaking, found "
                    + "'major'; write minor (risky changes require a minor bump, the default) or breaking (they "
                    + "require a major bump, as with --strict)"), e.errors().stream().map(Finding::toString).toList());
        }
    }

    private static List<String> rules(InterfaceDiff d) {
        return d.changes().stream().map(c -> c.rule() + " " + c.subject()).sorted().toList();
    }

    static List<InterfaceChange> changes(InterfaceDiff d) {
        return d.changes();
    }

    /** How a fix runs git: in the library, from any folder. */
    private static String git(GitLibraryFixture f) {
        return "git -C " + f.root;
    }
}
