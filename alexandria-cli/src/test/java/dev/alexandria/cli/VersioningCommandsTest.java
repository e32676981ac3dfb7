package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: a library in a temporary git repository with three tagged and registered versions of
 * vpc-standard (1.0.0; 1.1.0 adds an optional variable and an output; 2.0.0 replaces cidr with the required
 * ipv4_cidr), then {@code versions}, {@code diff}, the {@code --check} gate and {@code version --bump auto}.
 */
class VersioningCommandsTest {

    static final String MODULE = "_library/foundations/networking/vpc-standard";

    @TempDir
    Path tmp;

    Path repo;
    Path root;
    Git git;
    StringBuilder registry = new StringBuilder();

    @BeforeEach
    void threeTaggedVersions() throws Exception {
        repo = tmp.resolve("repo");
        root = repo.resolve("components/terraform");
        Cli.copy(Cli.resource("versioning/git-library"), root);
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
        moduleFiles("1.0.0");
        registry.append("      - version: 1.0.0\n        released: 2026-01-10\n        maturity: stable\n"
                + "        changelog: First release.\n");
        commitAndTag("1.0.0");
        release("1.1.0", "2026-02-10", "Tags and the VPC ARN.");
        release("2.0.0", "2026-03-10", "ipv4_cidr replaces cidr and is required.");
    }

    private void release(String version, String date, String changelog) throws Exception {
        moduleFiles(version);
        Path meta = root.resolve(MODULE + "/.alexandria.yaml");
        Files.writeString(meta, Files.readString(meta).replaceFirst("(?m)^version: .*$", "version: " + version));
        registry.append("      - version: " + version + "\n        released: " + date + "\n        maturity: stable\n"
                + "        changelog: " + changelog + "\n");
        Files.writeString(root.resolve("_catalog/module-registry.yaml"), "modules:\n  - id: vpc-standard\n"
                + "    name: Standard VPC\n    version: " + version + "\n    category: foundations/networking\n"
                + "    tags: [vpc, networking]\n    maturity: stable\n"
                + "    description: Production VPC with a name, a CIDR block and tags.\n"
                + "    support:\n      maintainer: team-networking\n    versions:\n" + registry);
        commitAndTag(version);
    }

    private void moduleFiles(String version) throws IOException {
        Path dir = root.resolve(MODULE);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.toString().endsWith(".tf")).toList()) {
                Files.delete(p);
            }
        }
        try (Stream<Path> files = Files.list(Cli.resource("versioning/history/" + version))) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void commitAndTag(String version) throws GitAPIException {
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage("vpc-standard " + version).setAuthor(me).setCommitter(me).setSign(false).call();
        git.tag().setName("vpc-standard/v" + version).setAnnotated(true).setMessage("vpc-standard " + version)
                .setTagger(me).setSigned(false).call();
    }

    private Cli.Result run(String... args) {
        return Cli.in(root).run(args);
    }

    @Test
    void readOnlyCommandsReadGitThroughTheLibrarysOptionAndSetNoSystemProperty() {
        assertEquals(java.util.Set.of(DiffCommand.class, VersionsCommand.class, InfoCommand.class,
                ValidateCommand.class), LibraryCommand.READS_GIT_ONLY);
        Cli.Result listed = run("versions", "vpc-standard");
        assertEquals(0, listed.exitCode(), listed::toString);
        Cli.Result diffed = run("diff", "vpc-standard", "--from", "1.0.0", "--to", "2.0.0");
        assertTrue(diffed.out().startsWith("vpc-standard 1.0.0 → 2.0.0: MAJOR bump required"), diffed::toString);
        assertEquals(null, System.getProperty("alexandria.git.read-only-process"), "JGit's set-up is an option of "
                + "the library's opening now, not a property of the JVM");
        // the second runs read the tags and trees they read before from the cache: the same output
        assertEquals(listed.out(), run("versions", "vpc-standard").out());
        assertEquals(diffed.out(), run("diff", "vpc-standard", "--from", "1.0.0", "--to", "2.0.0").out());
    }

    @Test
    void diffVersionsAndVersion_takeTheModulesFolder_asTheLifecycleCommandsDo() throws Exception {
        Cli inModule = Cli.in(root.resolve(MODULE));
        Cli.Result listed = inModule.run("versions", ".");
        assertEquals(0, listed.exitCode(), listed::toString);
        assertEquals(run("versions", "vpc-standard").out(), listed.out());
        Cli.Result diffed = inModule.run("diff", ".", "--from", "1.0.0", "--to", "2.0.0");
        assertEquals(0, diffed.exitCode(), diffed::toString);
        assertEquals(run("diff", "vpc-standard", "--from", "1.0.0", "--to", "2.0.0").out(), diffed.out());
        Cli.Result planned = inModule.run("version", ".", "--bump", "patch", "--changelog", "Docs.", "--dry-run");
        assertEquals(run("version", "vpc-standard", "--bump", "patch", "--changelog", "Docs.", "--dry-run").out(),
                planned.out(), planned::toString);
        Cli.Result absolute = Cli.in(tmp).run("--library", root.toString(), "diff", root.resolve(MODULE).toString());
        assertEquals(run("--library", root.toString(), "diff", "vpc-standard").out(), absolute.out(),
                absolute::toString);
        Cli.Result notAModule = run("versions", "./_catalog");
        assertEquals(2, notAModule.exitCode(), notAModule::toString);
        assertTrue(notAModule.err().contains("is not a module folder of the library " + root + "\n  fix: give a module id "
                + "(`alexandria browse` lists them)"), notAModule::toString);
        // outside any library the bundled sample is used: a folder given there is refused with that said, not with
        // an example id of no library
        Path outside = Files.createDirectories(tmp.resolve("elsewhere/a"));
        Cli.Result sample = Cli.in(outside.getParent()).run("diff", "./a");
        assertEquals(2, sample.exitCode(), sample::toString);
        assertTrue(sample.err().contains(" is not a module folder of the bundled sample library, which is in use "
                + "because no library was found in " + outside.getParent() + " or above\n  fix: pass --library <folder>, "
                + "the library root that holds it (the folder with _library/ and _catalog/), or run the command in it, "
                + "or compare two module folders, which needs no library: alexandria diff <old folder> <new folder>"),
                sample::err);
        // in a library too: a folder outside it may be one of two versions to compare
        Cli.Result inLibrary = Cli.in(tmp).run("--library", root.toString(), "diff", outside.toString());
        assertEquals(2, inLibrary.exitCode(), inLibrary::toString);
        assertTrue(inLibrary.err().contains("or compare two module folders, which needs no library: alexandria diff "
                + "<old folder> <new folder>"), inLibrary::err);
        // versions has no such form: its fix stays as it was
        assertFalse(Cli.in(outside.getParent()).run("versions", "./a").err().contains("two module folders"));
    }

    @Test
    void diffAndVersions_readOnlyTheirModule_notAnotherModulesBrokenFiles() throws IOException {
        Cli.Result listed = run("versions", "vpc-standard");
        Cli.Result diffed = run("diff", "vpc-standard", "--from", "1.0.0", "--to", "2.0.0");
        Path other = Files.createDirectories(root.resolve("_library/foundations/networking/broken-net"));
        Files.writeString(other.resolve(".alexandria.yaml"), "id: [unclosed\n");
        Files.writeString(other.resolve("main.tf"), "resource \"aws_vpc\" \"this\" {\n");
        Cli.Result browse = run("browse");
        assertEquals(1, browse.exitCode(), "a module is left out, its error named: " + browse);
        assertTrue(browse.err().contains("broken-net/.alexandria.yaml:1"), browse::toString);

        Cli.Result listedNow = run("versions", "vpc-standard");
        assertEquals(0, listedNow.exitCode(), listedNow::toString);
        assertEquals(listed.out(), listedNow.out());
        Cli.Result diffedNow = run("diff", "vpc-standard", "--from", "1.0.0", "--to", "2.0.0");
        assertEquals(0, diffedNow.exitCode(), diffedNow::toString);
        assertEquals(diffed.out(), diffedNow.out());
        assertFalse(diffedNow.err().contains("broken-net"), diffedNow::toString);

        // the module's own bad metadata is still an error at its file and line
        Path meta = root.resolve(MODULE + "/.alexandria.yaml");
        Files.writeString(meta, Files.readString(meta).replaceFirst("(?m)^version: .*$", "version: two"));
        for (String[] args : List.of(new String[] {"versions", "vpc-standard"},
                new String[] {"diff", "vpc-standard", "--from", "1.0.0", "--to", "2.0.0"})) {
            Cli.Result bad = run(args);
            assertEquals(1, bad.exitCode(), bad::toString); // the module is unavailable, as a read command says
            assertTrue(bad.err().contains(MODULE + "/.alexandria.yaml:"), bad::toString);
        }
    }

    @Test
    void versions_listsTheRegisteredAndTaggedVersions() throws IOException {
        Cli.Result r = run("versions", "vpc-standard");
        assertEquals(0, r.exitCode(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("vpc-standard: working tree at 2.0.0, 3 versions", lines.get(0));
        assertTrue(lines.get(2).matches("VERSION +RELEASED +MATURITY +PUBLISHED +TAG +COMMIT +CHANGELOG"), lines.get(2));
        assertTrue(lines.get(3).matches("2\\.0\\.0 +2026-03-10 +stable +no +vpc-standard/v2\\.0\\.0 +[0-9a-f]{12} "
                + "+ipv4_cidr replaces cidr and is required\\."), lines.get(3));
        assertTrue(lines.get(5).matches("1\\.0\\.0 +2026-01-10 +stable +no +vpc-standard/v1\\.0\\.0 .*"), lines.get(5));
        JsonNode json = new ObjectMapper().readTree(run("versions", "vpc-standard", "--output", "json").out());
        assertEquals("2.0.0", json.get("current").asText());
        assertEquals("vpc-standard/v1.1.0", json.get("versions").get(1).get("tag").asText());
        assertTrue(json.get("versions").get(1).get("registered").asBoolean());
        assertFalse(json.get("versions").get(1).has("published"), "not published: no key, as in the registry; " + json);
        assertFalse(json.get("versions").get(1).has("published_on"), json::toString);
        // JSON is for tools: the full commit id, the one git names the tag's commit by (the table abbreviates it)
        String tagged = git.getRepository().resolve("vpc-standard/v1.1.0^{commit}").name();
        assertEquals(tagged, json.get("versions").get(1).get("commit").asText(), json::toString);
        assertTrue(lines.get(4).contains(" " + tagged.substring(0, 12) + " "), lines.get(4));
    }

    /** A tag named like a version that is none is listed as ignored, with why, in text and JSON; no error. */
    @Test
    void versions_listsATagThatIsNoVersionAsIgnoredWithWhy() throws Exception {
        git.tag().setName("vpc-standard/vnot-a-version").setAnnotated(false).call();
        Cli.Result r = run("versions", "vpc-standard");
        assertEquals(0, r.exitCode(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals("vpc-standard: working tree at 2.0.0, 3 versions", lines.get(0));
        // a warning on stderr, as every other one: stdout holds the listing alone
        assertFalse(r.out().contains("ignored tag"), r::out);
        assertEquals("warning: ignored tag vpc-standard/vnot-a-version: 'not-a-version' is not a SemVer 2.0 version: "
                + "it needs three numbers MAJOR.MINOR.PATCH, such as 1.0.0; a version's tag is "
                + "vpc-standard/v<version>\n", r.err(), "a tag that is no version is no error, but a warning");
        Cli.Result asJson = run("versions", "vpc-standard", "--output", "json");
        assertEquals(r.err(), asJson.err());
        JsonNode json = new ObjectMapper().readTree(asJson.out());
        assertEquals(3, json.get("versions").size());
        assertEquals("vpc-standard/vnot-a-version", json.get("ignored_tags").get(0).get("tag").asText());
        assertTrue(json.get("ignored_tags").get(0).get("reason").asText().startsWith("'not-a-version' is not a "
                + "SemVer 2.0 version"), json::toString);
    }

    /** A version only tagged in git has no changelog, maturity or registry date: JSON leaves them out. */
    @Test
    void versions_json_leavesOutWhatAVersionOnlyTaggedHasNot() throws Exception {
        git.tag().setName("vpc-standard/v2.1.0").setMessage("by hand").setSigned(false)
                .setTagger(new PersonIdent("t", "t@example.com")).call();
        JsonNode json = new ObjectMapper().readTree(run("versions", "vpc-standard", "--output", "json").out());
        JsonNode tagged = json.get("versions").get(0);
        assertEquals("2.1.0", tagged.get("version").asText(), json::toString);
        assertFalse(tagged.get("registered").asBoolean(), json::toString);
        assertFalse(tagged.has("changelog"), json::toString);
        assertFalse(tagged.has("maturity"), json::toString);
        assertEquals("vpc-standard/v2.1.0", tagged.get("tag").asText(), json::toString);
        assertTrue(json.get("versions").get(1).has("changelog"), "a registered version keeps its changelog");
    }

    /**
     * A tag made by hand of a tree leads to no commit, so it marks no release: {@code versions} lists it as ignored
     * with why, {@code diff} names it (not "no git tag"), and a release of its version is refused before anything is
     * written, with the tag to delete, instead of failing when it tags.
     */
    @Test
    void aTagOfATreeIsIgnoredNamedAndRefusedBeforeTheRelease() throws Exception {
        String head = git.getRepository().resolve("HEAD").name();
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevObject tree = walk.parseAny(git.getRepository().resolve("HEAD^{tree}"));
            git.tag().setName("vpc-standard/v3.0.0").setAnnotated(false).setObjectId(tree).call();
            git.tag().setName("vpc-standard/v2.0.0").setObjectId(tree).setForceUpdate(true).setMessage("hand")
                    .setTagger(new PersonIdent("t", "t@example.com")).setSigned(false).call();
        }
        Cli.Result versions = run("versions", "vpc-standard");
        assertEquals(0, versions.exitCode(), versions::toString);
        List<String> ignored = versions.err().lines().filter(l -> l.startsWith("warning: ignored tag ")).toList();
        assertTrue(versions.out().lines().anyMatch(l -> l.matches("2\\.0\\.0 +2026-03-10 +stable +no +\\(ignored, see "
                + "warning\\) .*")), "the registered version whose tag is on a tree: " + versions.out());
        assertEquals(List.of("warning: ignored tag vpc-standard/v2.0.0: it points at a tree, not a commit, so it marks no "
                + "release; a version's tag names the commit the version was released from (git -C " + root + " tag -f -a "
                + "vpc-standard/v2.0.0 -m \"vpc-standard 2.0.0\" <commit>)", // registered: moved, never deleted
                "warning: ignored tag vpc-standard/v3.0.0: it points at a tree, not a commit, so it marks no release; a "
                + "version's tag names the commit the version was released from (git -C " + root + " tag -f -a vpc-standard/v3.0.0 "
                + "-m \"vpc-standard 3.0.0\" <commit>, or git -C " + root + " tag -d vpc-standard/v3.0.0)"), ignored, versions::out);

        Cli.Result unregistered = run("diff", "vpc-standard", "--from", "3.0.0");
        assertEquals(2, unregistered.exitCode(), unregistered::toString);
        assertTrue(unregistered.err().contains("vpc-standard has no version 3.0.0 (its git tag vpc-standard/v3.0.0 "
                + "points at a tree, not a commit, so it marks no release)"), unregistered::err);
        assertTrue(unregistered.err().contains("delete that tag (git -C " + root + " tag -d vpc-standard/v3.0.0) or point it at the "
                + "release commit (git -C " + root + " tag -f -a vpc-standard/v3.0.0 -m \"vpc-standard 3.0.0\" <commit>, where git -C " + root + " log --oneline -- " + MODULE + " lists the candidate commits)"),
                unregistered::err);
        Cli.Result registered = run("diff", "vpc-standard", "--from", "2.0.0");
        assertEquals(3, registered.exitCode(), registered::toString);
        assertTrue(registered.err().contains("version 2.0.0 of vpc-standard is registered but its git tag "
                + "vpc-standard/v2.0.0 points at a tree, not a commit"), registered::err);
        assertTrue(registered.err().contains("fix: point it at the commit it was released from (git -C " + root + " tag -f -a "
                + "vpc-standard/v2.0.0 -m \"vpc-standard 2.0.0\" <commit>, where git -C " + root + " log --oneline -- "
                + MODULE + " lists the candidate commits)"), registered::err);

        // validate: a broken release tag is an error at the version line with its fix, and fails the run, where a
        // missing one (a library copied without its tags) is only skipped
        Cli.Result validated = run("validate", "vpc-standard", "--no-external-tools");
        assertEquals(1, validated.exitCode(), validated::toString);
        assertTrue(validated.out().contains("error: " + MODULE + "/.alexandria.yaml:5:1: version 2.0.0 of "
                + "vpc-standard is registered but its git tag vpc-standard/v2.0.0 points at a tree, not a commit "
                + "[version-bump-required]\n  fix: point it at the commit it was released from (git -C " + root
                + " tag -f -a vpc-standard/v2.0.0 -m \"vpc-standard 2.0.0\" <commit>, where git -C " + root + " log "
                + "--oneline -- " + MODULE + " lists the candidate commits)"), validated::out);
        assertEquals("", versioningSkipped(validated.out()), validated::out);

        // the registered version's tag put back on a commit: only the tag of 3.0.0 stands in the release's way
        git.tag().setName("vpc-standard/v2.0.0").setObjectId(null).setForceUpdate(true).setMessage("vpc-standard 2.0.0")
                .setTagger(new PersonIdent("t", "t@example.com")).setSigned(false).call();
        Path meta = root.resolve(MODULE + "/.alexandria.yaml");
        String before = Files.readString(meta);
        Cli.Result release = run("version", "vpc-standard", "--to", "3.0.0", "--changelog", "A major release.");
        assertEquals(1, release.exitCode(), release::toString);
        assertTrue(release.err().contains("version 3.0.0 is not registered, but its git tag vpc-standard/v3.0.0 "
                + "already exists (it points at a tree, not a commit), so the release could not be tagged"),
                release::err);
        assertTrue(release.err().contains("or delete that tag, which marks no release (git -C " + root + " tag -d vpc-standard/v3.0.0)"),
                release::err);
        assertEquals(before, Files.readString(meta), "refused before anything is written");
        assertEquals(head, git.getRepository().resolve("HEAD").name(), "no release commit");
    }

    /**
     * {@code --bump auto} never picks a version whose tag a tag made by hand of a tree holds (it picked it, then
     * refused it with a fix naming that very version); it picks the next free one and says why,
     * and a refusal of that version names the free one.
     */
    @Test
    void bumpAuto_skipsAVersionATagOfATreeHolds_andSaysSo() throws Exception {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevObject tree = walk.parseAny(git.getRepository().resolve("HEAD^{tree}"));
            git.tag().setName("vpc-standard/v2.0.1").setAnnotated(false).setObjectId(tree).call();
        }
        Path main = root.resolve(MODULE).resolve("main.tf"); // a change to release: unchanged, auto has nothing
        Files.writeString(main, Files.readString(main) + "\n# a comment\n");
        commit("a comment");
        Cli.Result auto = run("version", "vpc-standard", "--bump", "auto", "--changelog", "Docs.", "--dry-run");
        assertEquals(0, auto.exitCode(), auto::toString);
        assertTrue(auto.out().contains("2.0.0 → 2.0.2"), auto::out);
        assertTrue(auto.out().contains("note: version 2.0.1 is skipped: its git tag vpc-standard/v2.0.1 exists and "
                + "points at no commit, so a release could not be tagged; to release 2.0.1 instead, delete that tag "
                + "(git -C " + root + " tag -d vpc-standard/v2.0.1)"), auto::out);
        Cli.Result named = run("version", "vpc-standard", "--to", "2.0.1", "--changelog", "Docs.", "--dry-run");
        assertEquals(1, named.exitCode(), named::toString);
        assertTrue(named.err().contains("fix: release 2.0.2 (--bump auto or --to 2.0.2), or delete that tag"),
                named::err);
    }

    /**
     * A fix that tags a registered version by hand runs from any folder ({@code git -C <root>}) and names the commit
     * the version was released from, found by the tree the registry records, not a {@code <commit>} placeholder
     *: diff --check, version and publish alike.
     */
    @Test
    void fixesForAMissingTag_runInTheLibrary_andNameTheReleaseCommit() throws Exception {
        Cli.Result released = run("version", "vpc-standard", "--bump", "patch", "--changelog", "Docs.");
        assertEquals(0, released.exitCode(), released::toString);
        String commit = git.getRepository().resolve("HEAD").name().substring(0, 12);
        git.tagDelete().setTags("vpc-standard/v2.0.1").call();
        String tagIt = "tag the commit it was released from (git -C " + root + " tag -a vpc-standard/v2.0.1 -m "
                + "\"vpc-standard 2.0.1\" " + commit + ", the first commit that holds its registered files)";
        Cli.Result check = run("diff", "vpc-standard", "--check");
        assertEquals(3, check.exitCode(), check::toString);
        assertTrue(check.err().contains(tagIt), check::err);
        Cli.Result version = run("version", "vpc-standard", "--bump", "patch", "--changelog", "x", "--dry-run");
        assertEquals(1, version.exitCode(), version::toString);
        assertTrue(version.err().contains("fix: " + tagIt), version::err);
        Cli.Result publish = run("publish", "vpc-standard", "--dry-run");
        assertEquals(1, publish.exitCode(), publish::toString);
        assertTrue(publish.err().contains("restore the tag (git -C " + root + " tag -a vpc-standard/v2.0.1 -m "
                + "\"vpc-standard 2.0.1\" " + commit + ", the first commit that holds its registered files)"),
                publish::err);
    }

    @Test
    void diff_comparesTagsAndPrintsEveryChangeWithBothLocations() throws IOException {
        Cli.Result r = run("diff", "vpc-standard", "--from", "1.1.0", "--to", "2.0.0");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("diff-vpc-1.1.0-2.0.0", r.out());
        JsonNode json = new ObjectMapper().readTree(run("diff", "vpc-standard", "--from", "1.0.0", "--to", "1.1.0",
                "--output", "json").out());
        assertEquals("minor", json.get("required_bump").asText());
        assertEquals(2, json.get("changes").size());
        assertEquals("output-added", json.get("changes").get(0).get("rule").asText());
        assertEquals(List.of("impact", "rule", "subject", "message", "after"),
                iterableToList(json.get("changes").get(0).fieldNames()), "an unknown side is left out, not null");
        JsonNode after = json.get("changes").get(0).get("after");
        assertEquals(List.of("file", "line", "column"), iterableToList(after.fieldNames()),
                "a location is shaped as in graph --check JSON");
        assertEquals(MODULE + "/outputs.tf", after.get("file").asText());
        assertEquals(6, after.get("line").asInt());
        assertEquals(1, after.get("column").asInt());
    }

    private static List<String> iterableToList(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void diff_withoutChanges_needsNoBump() {
        Cli.Result r = run("diff", "vpc-standard");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("vpc-standard 2.0.0 → working-tree: no interface changes, no bump required (a release of "
                + "other changes would be a patch)\n", r.out());
        Cli.Result json = run("diff", "vpc-standard", "--output", "yaml");
        assertTrue(json.out().contains("required_bump: patch\n"), json::toString);
        assertTrue(json.out().contains("changes: []\n"), json::toString);
    }

    @Test
    void validate_versionBumpRequired_atTheLineOfEachChangeTheVersionDoesNotAllow() throws IOException {
        moduleFiles("1.0.0");
        Cli.Result r = run("validate", "vpc-standard", "--no-external-tools");
        assertEquals(1, r.exitCode(), r::toString);
        String prefix = "the interface changed since 2.0.0 (major required) but the version is still 2.0.0: ";
        String fix = "  fix: run 'alexandria version vpc-standard --bump auto --changelog \"<what changed>\"' or set the version to 3.0.0\n";
        String at = "error: " + MODULE + "/";
        // a removal names its file alone, and its line in 2.0.0 in the message: variables.tf:6 is var.cidr's now
        assertEquals(at + "outputs.tf: " + prefix + "MAJOR output.arn: output arn was removed (or renamed): "
                + "callers that use module.<name>.arn fail (removed from outputs.tf:6:1 in 2.0.0) "
                + "[version-bump-required]\n" + fix
                + at + "variables.tf: " + prefix + "MAJOR var.ipv4_cidr: variable ipv4_cidr was removed (or "
                + "renamed): callers that set it fail with \"Unsupported argument\" (removed from variables.tf:6:1 in "
                + "2.0.0) [version-bump-required]\n" + fix
                + at + "variables.tf: " + prefix + "MAJOR var.tags: variable tags was removed (or renamed): "
                + "callers that set it fail with \"Unsupported argument\" (removed from variables.tf:11:1 in 2.0.0) "
                + "[version-bump-required]\n" + fix
                + at + "variables.tf:6:1: " + prefix + "MINOR var.cidr: new optional variable cidr (default "
                + "\"10.0.0.0/16\") [version-bump-required]\n" + fix,
                bumpFindings(r.out()));
        Path meta = root.resolve(MODULE + "/.alexandria.yaml");
        Files.writeString(meta, Files.readString(meta).replace("version: 2.0.0", "version: 2.1.0"));
        Cli.Result minor = run("validate", "vpc-standard", "--no-external-tools");
        String minorPrefix = "2.0.0 → 2.1.0 is a minor bump, but the changes require a major bump: ";
        String minorFix = "  fix: set the version to 3.0.0\n";
        assertEquals(at + "outputs.tf: " + minorPrefix + "MAJOR output.arn: output arn was removed (or renamed):"
                + " callers that use module.<name>.arn fail (removed from outputs.tf:6:1 in 2.0.0) "
                + "[version-bump-required]\n" + minorFix
                + at + "variables.tf: " + minorPrefix + "MAJOR var.ipv4_cidr: variable ipv4_cidr was removed (or "
                + "renamed): callers that set it fail with \"Unsupported argument\" (removed from variables.tf:6:1 in "
                + "2.0.0) [version-bump-required]\n" + minorFix
                + at + "variables.tf: " + minorPrefix + "MAJOR var.tags: variable tags was removed (or renamed):"
                + " callers that set it fail with \"Unsupported argument\" (removed from variables.tf:11:1 in 2.0.0) "
                + "[version-bump-required]\n" + minorFix,
                bumpFindings(minor.out()), "only the changes the declared minor bump does not allow");
        Files.writeString(meta, Files.readString(meta).replace("version: 2.1.0", "version: 3.0.0"));
        assertEquals("", bumpFindings(run("validate", "vpc-standard", "--no-external-tools").out()));
    }

    /** The line of validate's table output that says the version-bump rule was skipped, or "" if there is none. */
    private static String versioningSkipped(String out) {
        return out.lines().filter(l -> l.startsWith("skipped: alexandria-versioning: ")).findFirst().orElse("");
    }

    /** validate of the module, with the library's cache (where the rule keeps its outcomes). */
    private Cli.Result validate(String... output) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", "vpc-standard", "--no-external-tools"));
        args.addAll(List.of(output));
        return run(args.toArray(String[]::new));
    }

    private void commit(String message) throws GitAPIException {
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor(me).setCommitter(me).setSign(false).call();
    }

    /** Moves a tag to the commit HEAD names, as {@code git tag -f -a} does. */
    private void retag(String tag) throws GitAPIException {
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        git.tag().setName(tag).setAnnotated(true).setMessage(tag).setTagger(me).setSigned(false)
                .setForceUpdate(true).call();
    }

    /**
     * Run with --library from a folder that finds another library, the alexandria commands an error's fix suggests
     * name that library, as its git commands do (-C), so that pasted there they run on it; run from inside the
     * library, they are as written, and so is the next run of the same JVM.
     */
    @Test
    void errorFixesOfARunGivenTheLibraryFromElsewhere_nameItInTheCommandsTheySuggest() throws Exception {
        git.tagDelete().setTags("vpc-standard/v2.0.0").call();
        // beside the repository: a folder inside it would find the library (repo/components/terraform)
        Path elsewhere = Files.createDirectories(root.getParent().getParent().getParent().resolve("elsewhere"));
        Cli.Result given = Cli.in(elsewhere).run("--library", root.toString(), "diff", "vpc-standard");
        assertTrue(given.err().contains("or compare with that commit (alexandria --library " + root + " diff "
                + "vpc-standard --from <commit>)"), given::toString);
        Cli.Result inside = Cli.in(root).run("--library", root.toString(), "diff", "vpc-standard");
        assertTrue(inside.err().contains("or compare with that commit (alexandria diff vpc-standard --from "
                + "<commit>)"), "the working folder finds the library: as written " + inside);
        Cli.Result here = run("diff", "vpc-standard");
        assertTrue(here.err().contains("or compare with that commit (alexandria diff vpc-standard --from <commit>)"),
                here::toString);
    }

    @Test
    void validate_registeredVersionWithoutTag_isSkippedWithTheReasonAndTheFix_withoutFailing() throws Exception {
        assertEquals("", versioningSkipped(validate().out()), "every registered version tagged: nothing skipped");
        git.tagDelete().setTags("vpc-standard/v2.0.0").call();
        moduleFiles("1.0.0"); // a breaking change that cannot be found without the tag
        Cli.Result r = validate();
        assertFalse(r.out().contains("[version-bump-required]"), r::toString); // no error of its own
        assertEquals("", bumpFindings(r.out()));
        assertEquals("skipped: alexandria-versioning: version 2.0.0 of vpc-standard is registered but has no git tag "
                + "vpc-standard/v2.0.0; tag the commit it was released from (git -C " + root + " tag -a vpc-standard/v2.0.0 -m \"vpc-standard 2.0.0\" <commit>, where git -C " + root + " log --oneline -- " + MODULE + " lists the candidate commits), "
                + "or compare with that commit (alexandria diff vpc-standard --from <commit>)",
                versioningSkipped(r.out()));
        // the registry and the tags disagree: a data problem (exit 3) for diff and its gate, as documented
        assertEquals(3, run("diff", "vpc-standard").exitCode());
        assertEquals(3, run("diff", "vpc-standard", "--check").exitCode());
        assertEquals(2, run("diff", "vpc-standard", "--from", "9.9.9").exitCode(), "an unknown version is a usage error");
        JsonNode json = new ObjectMapper().readTree(validate("--output", "json").out());
        assertTrue(json.get("skipped").toString().contains("\"validator\":\"alexandria-versioning\",\"reason\":"
                + "\"version 2.0.0 of vpc-standard is registered but has no git tag"), json::toString);
        assertTrue(json.get("validators").toString().contains("alexandria-versioning"), "it ran on the others");
        String sarif = validate("--output", "sarif").out();
        assertTrue(sarif.contains("alexandria-versioning skipped: version 2.0.0 of vpc-standard is registered but "
                + "has no git tag"), sarif);
        // tagging the release again: the kept outcome is not used, and the change is found
        git.tag().setName("vpc-standard/v2.0.0").setObjectId(new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())
                .parseCommit(git.getRepository().resolve("HEAD"))).setAnnotated(true).setMessage("2.0.0")
                .setTagger(new PersonIdent("Test", "test@example.com")).setSigned(false).call();
        Cli.Result tagged = validate();
        assertEquals(1, tagged.exitCode(), tagged::toString);
        assertEquals("", versioningSkipped(tagged.out()));
        assertEquals(4, bumpFindings(tagged.out()).lines().count() / 2, tagged::toString);
    }

    @Test
    void validate_ofALibraryInGitWithoutTags_listsTheUntaggedModulesOnOneLine_andOutsideGitSaysNothing()
            throws Exception {
        Path sample = tmp.resolve("sample");
        Cli.copy(dev.alexandria.examples.SampleLibrary.path(), sample);
        Cli.Result outside = Cli.in(sample).run("validate");
        assertEquals("", versioningSkipped(outside.out()), "outside git there is nothing to compare with");
        try (Git g = Git.init().setDirectory(sample.toFile()).setInitialBranch("main").call()) {
            PersonIdent me = new PersonIdent("Test", "test@example.com");
            g.add().addFilepattern(".").call();
            g.commit().setMessage("sample").setAuthor(me).setCommitter(me).setSign(false).call();
        }
        Cli.Result r = Cli.in(sample).run("validate");
        assertEquals(outside.exitCode(), r.exitCode(), r::toString);
        assertEquals("skipped: alexandria-versioning: 40 modules have a registered version without its git tag, so "
                + "their interfaces were not compared: apigateway-rest/v1.0.0-beta.2, cloudtrail/v1.1.0, "
                + "cloudwatch-dashboards/v0.1.2, cloudwatch-logs/v1.4.0, cognito/v1.0.0-beta.1 and 35 more; tag the "
                + "commit each was released from (git -C " + sample + " tag -a <module>/v<version> -m \"<module> <version>\" <commit>)", versioningSkipped(r.out()));
        assertEquals(versioningSkipped(r.out()), versioningSkipped(Cli.in(sample).run("validate").out()),
                "the same from the kept outcomes");
    }

    @Test
    void validate_keptOutcome_isUsedOnlyWhileTheTagTheModuleAndTheRegistryAreTheSame() throws Exception {
        moduleFiles("1.0.0");
        String found = bumpFindings(validate().out());
        assertEquals(4, found.lines().count() / 2, found);
        assertEquals(found, bumpFindings(validate().out()), "the kept outcome: the same findings");
        try (Stream<Path> kept = Files.walk(dev.alexandria.core.Alexandria.cacheDirectory(root))) {
            assertTrue(kept.anyMatch(p -> p.toString().endsWith(".versioncheck")), "the outcome is kept");
        }
        // a new commit of the working tree, and the release's tag moved onto it (git tag -f): nothing changed since
        commit("1.0.0 again");
        retag("vpc-standard/v2.0.0");
        assertEquals("", bumpFindings(validate().out()), "the moved tag is noticed");
        // a changed module file
        moduleFiles("2.0.0");
        String back = bumpFindings(validate().out());
        assertEquals(4, back.lines().count() / 2, back);
        commit("2.0.0 again");
        retag("vpc-standard/v2.0.0");
        assertEquals("", bumpFindings(validate().out()), "a new commit, and the tag moved onto it again");
        // a changed registry: 2.1.0 registered, not tagged yet; the rule compares with it now, and says it cannot
        Path meta = root.resolve(MODULE + "/.alexandria.yaml");
        Files.writeString(meta, Files.readString(meta).replaceFirst("(?m)^version: .*$", "version: 2.1.0"));
        Path registryFile = root.resolve("_catalog/module-registry.yaml");
        Files.writeString(registryFile, Files.readString(registryFile).replace("      - version: 2.0.0\n",
                "      - version: 2.1.0\n        released: 2026-04-10\n        maturity: stable\n"
                        + "        changelog: Again.\n      - version: 2.0.0\n"));
        Cli.Result untagged = validate();
        assertTrue(versioningSkipped(untagged.out()).contains("version 2.1.0 of vpc-standard is registered but has no "
                + "git tag vpc-standard/v2.1.0"), untagged::toString);
        // a new tag: 2.1.0 tagged on this commit, then a breaking change in the working tree
        retag("vpc-standard/v2.1.0");
        moduleFiles("1.0.0");
        Cli.Result r = validate();
        assertEquals("", versioningSkipped(r.out()), r::toString);
        assertTrue(bumpFindings(r.out()).contains("the interface changed since 2.1.0"), r::toString);
    }

    @Test
    void validate_keptOutcome_followsTheModulesTags_whichTheFixNamesAVersionFrom() throws Exception {
        moduleFiles("1.0.0"); // breaking changes since the tagged 2.0.0
        assertTrue(bumpFindings(validate().out()).contains("set the version to 3.0.0"), "the smallest free major");
        assertTrue(bumpFindings(validate().out()).contains("set the version to 3.0.0"), "kept");
        // 3.0.0 tagged by hand (a loose ref of another version): the kept fix would name a taken version
        git.tag().setName("vpc-standard/v3.0.0").setObjectId(new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())
                .parseCommit(git.getRepository().resolve("HEAD"))).setAnnotated(true).setMessage("3.0.0")
                .setTagger(new PersonIdent("Test", "test@example.com")).setSigned(false).call();
        String tagged = bumpFindings(validate().out());
        assertTrue(tagged.contains("set the version to 3.0.1"), tagged);
        assertFalse(tagged.contains("set the version to 3.0.0"), tagged);
        // the tag deleted again: the fix names 3.0.0 again
        git.tagDelete().setTags("vpc-standard/v3.0.0").call();
        assertTrue(bumpFindings(validate().out()).contains("set the version to 3.0.0"), "deleted tag noticed");
        assertEquals(bumpFindings(validate().out()), bumpFindings(run("--no-cache", "validate", "vpc-standard",
                "--no-external-tools").out()), "the kept outcome is what a run without the cache finds");
    }

    @Test
    void validate_keptOutcome_followsTheRiskyChangesPolicy() throws Exception {
        Path variables = root.resolve(MODULE + "/variables.tf");
        Files.writeString(variables, Files.readString(variables).replace("default     = {}",
                "default     = { team = \"network\" }"));
        Path meta = root.resolve(MODULE + "/.alexandria.yaml");
        Files.writeString(meta, Files.readString(meta).replaceFirst("(?m)^version: .*$", "version: 2.1.0"));
        assertEquals("", bumpFindings(validate().out()), "a risky change needs a minor bump by default");
        assertEquals("", bumpFindings(validate().out()));
        Files.writeString(root.resolve("_catalog/settings.yaml"), "versioning:\n  risky_changes: breaking\n");
        Cli.Result r = validate();
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(bumpFindings(r.out()).contains("2.0.0 → 2.1.0 is a minor bump, but the changes require a major "
                + "bump: RISKY var.tags"), r::toString);
    }

    /** The version-bump-required findings of validate's output, each with its fix line. */
    private static String bumpFindings(String out) {
        StringBuilder sb = new StringBuilder();
        List<String> lines = out.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("the interface changed since")
                    || lines.get(i).contains("bump, but the changes require")) {
                sb.append(lines.get(i)).append('\n').append(lines.get(i + 1)).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void version_toAnInvalidVersion_saysWhatToWriteWithExamples() {
        Cli.Result r = run("version", "vpc-standard", "--to", "1.x", "--changelog", "Docs.", "--dry-run");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --to: '1.x' is not a SemVer 2.0 version: it needs three numbers "
                + "MAJOR.MINOR.PATCH, found 2 in '1.x'\n  fix: write MAJOR.MINOR.PATCH such as --to 1.0.0 or --to "
                + "1.0.0-rc.1, or give --bump major|minor|patch instead\n", r.err());
    }

    @Test
    void diff_ofThreeArgumentsIsAUsageError() {
        Cli.Result r = run("diff", "a", "b", "c");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: too many arguments (3): diff takes one module, or two module folders "
                + "(OLD_DIR NEW_DIR)\n  fix: see 'alexandria diff --help'\n", r.err());
    }

    /** --from (or --to) an empty folder is refused as the two-folder form refuses it, never "everything removed". */
    @Test
    void diff_ofAModuleWithAnEmptyFolderAsAVersion_isRefusedAsADataError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        for (String option : List.of("--from", "--to")) {
            Cli.Result r = run("diff", "vpc-standard", option, empty.toString());
            assertEquals(3, r.exitCode(), r::toString);
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("alexandria: error: " + empty + " is not a module folder (it has no .tf or "
                    + ".tf.json files)\n  fix: compare vpc-standard with a module folder, one of its versions or a git "
                    + "revision ('alexandria versions vpc-standard' lists its versions)\n"), r::toString);
        }
    }

    @Test
    void diff_ofAFolderWithoutTerraformFilesIsRefused() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("README.md"), "not a module\n");
        Cli.Result r = Cli.in(tmp).run("diff", Cli.resource("versioning/history/1.0.0").toString(), "empty");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("", r.out());
        assertEquals("alexandria: error: " + empty + " is not a module folder (it has no .tf or .tf.json files)\n"
                + "  fix: name two module folders, or one module of the library\n", r.err());
    }

    @Test
    void diff_ofAFolderAndAMissingPath_saysThePathIsNoFolder_withoutSuggestingAVersion() {
        Path missing = tmp.resolve("no-such-folder");
        Cli.Result r = Cli.in(tmp).run("diff", root.resolve(MODULE).toString(), missing.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: diff compares two module folders (OLD_DIR NEW_DIR), and " + missing
                + " is not a folder (in " + tmp + ")\n  fix: name two existing module folders, or one module of the library\n",
                r.err());
    }

    @Test
    void diff_ofAModuleAndAVersion_saysWhatTheArgumentsWereTakenForAndWhatTheyMayBe() {
        Cli.Result r = Cli.in(tmp).run("diff", "vpc-standard", "2.2.0");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: diff took 'vpc-standard 2.2.0' as two module folders (OLD_DIR NEW_DIR), and "
                + "vpc-standard and 2.2.0 are not folders (in " + tmp + ")\n  fix: to compare versions of one module, name "
                + "the module (an id such as vpc-standard, or its folder) and give the versions as options, each a "
                + "version (2.2.0), a git ref (tag, branch, commit), working-tree or a folder: alexandria diff "
                + "vpc-standard --from 2.2.0\n", r.err());
    }

    @Test
    void help_exitCodeLines_fitEightyColumnsAndContinueIndented() {
        for (String command : List.of("version", "versions", "diff")) {
            Cli.Result r = Cli.in(tmp).run(command, "--help");
            String out = r.out();
            int start = out.indexOf("Exit codes:\n");
            assertTrue(start >= 0, out);
            for (String line : out.substring(start + "Exit codes:\n".length()).split("\n\n", 2)[0].split("\n")) {
                assertTrue(line.startsWith("  ") && line.length() <= 80, command + ": '" + line + "'");
            }
        }
    }

    @Test
    void diff_ofTwoFoldersInALibrary_followsItsRiskyChangesPolicy() throws IOException {
        Path old = Cli.resource("versioning/history/1.0.0");
        Path neu = Cli.resource("versioning/history/1.1.0");
        Cli.Result outside = Cli.in(tmp).run("diff", old.toString(), neu.toString(), "--output", "json");
        assertEquals(false, new ObjectMapper().readTree(outside.out()).get("risky_is_breaking").asBoolean());
        Files.writeString(root.resolve("_catalog/settings.yaml"), "versioning:\n  risky_changes: breaking\n");
        Cli.Result inside = run("diff", old.toString(), neu.toString(), "--output", "json");
        assertEquals(0, inside.exitCode(), inside::toString);
        assertEquals(true, new ObjectMapper().readTree(inside.out()).get("risky_is_breaking").asBoolean());
        Files.writeString(root.resolve("_catalog/settings.yaml"), "versioning:\n  risky_changes: sometimes\n");
        Cli.Result bad = run("diff", old.toString(), neu.toString());
        assertEquals(3, bad.exitCode(), bad::toString);
        assertEquals("error: _catalog/settings.yaml:2:3: risky_changes must be minor or breaking, found 'sometimes'\n"
                + "  fix: write minor (risky changes require a minor bump, the default) or breaking (they require a "
                + "major bump, as with --strict)\n"
                + "alexandria: error: 1 error in the library\n"
                + "  fix: correct the files named above, then run the command again\n", bad.err());
    }

    /** The text goes into CHANGELOG.md as it is: a fake release heading or an ANSI escape is refused, nothing written. */
    @Test
    void versionAndRegister_refuseAChangelogTextThatWouldBreakTheChangelog() throws IOException {
        Path changelog = root.resolve(MODULE + "/CHANGELOG.md");
        String before = Files.exists(changelog) ? Files.readString(changelog) : null;
        Cli.Result heading = run("version", "vpc-standard", "--bump", "patch", "--changelog", "Fixes.\n## [9.9.9] - 2030-01-01");
        assertEquals(2, heading.exitCode(), heading::toString);
        assertTrue(heading.err().startsWith("alexandria: error: --changelog line 2 ('## [9.9.9] - 2030-01-01') is a "
                + "Markdown heading of level 2, which Keep a Changelog tools read as the title or a release of "
                + "CHANGELOG.md"), heading::toString);
        Cli.Result ansi = run("version", "vpc-standard", "--bump", "patch", "--changelog", "Red \u001b[31mtext");
        assertEquals(2, ansi.exitCode(), ansi::toString);
        assertTrue(ansi.err().startsWith("alexandria: error: --changelog has a control character, U+001B (escape, as "
                + "in ANSI colour codes), at line 1, column 5"), ansi::toString);
        Cli.Result link = run("register", "vpc-standard", "--version", "2.0.1", "--changelog", "[2.0.1]: https://x",
                "--dry-run");
        assertEquals(2, link.exitCode(), link::toString);
        assertTrue(link.err().contains("is a link reference definition"), link::toString);
        assertEquals(0, run("version", "vpc-standard", "--bump", "patch", "--changelog", "Fixes.\n### Notes\n\n- a",
                "--dry-run").exitCode(), "a section of the entry is text");
        assertEquals(before, Files.exists(changelog) ? Files.readString(changelog) : null, "nothing written");
    }

    /**
     * Text that is no heading is taken: {@code ---} after a list item is a thematic break (CommonMark), and Windows
     * line endings (text pasted from a file) are written as line feeds.
     */
    @Test
    void versionAndRegister_takeAThematicBreakAfterAListItem_andWindowsLineEndings() throws IOException {
        assertEquals(0, run("version", "vpc-standard", "--bump", "patch", "--changelog", "Fixes:\n- a\n---\nMore.",
                "--dry-run").exitCode(), "--- after a list item is no heading");
        assertEquals(0, run("version", "vpc-standard", "--bump", "patch", "--changelog", "> quoted\n===",
                "--dry-run").exitCode(), "=== after a block quote is no heading");
        Cli.Result paragraph = run("version", "vpc-standard", "--bump", "patch", "--changelog", "Fixes\n---");
        assertEquals(2, paragraph.exitCode(), "after a paragraph it still is one: " + paragraph);
        Cli.Result crlf = run("version", "vpc-standard", "--bump", "patch", "--changelog", "Fixes.\r\n\r\n- a\r\n");
        assertEquals(0, crlf.exitCode(), crlf::toString);
        String written = Files.readString(root.resolve(MODULE + "/CHANGELOG.md"));
        assertTrue(written.contains("Fixes.\n\n- a"), written);
        assertFalse(written.contains("\r"), "line feeds only");
    }

    @Test
    void version_withABlankChangelog_saysItIsBlank_notMissing() {
        Cli.Result blank = run("version", "vpc-standard", "--bump", "patch", "--changelog", "   ");
        assertEquals(2, blank.exitCode(), blank::toString);
        assertTrue(blank.err().startsWith("alexandria: error: --changelog is blank: the release's entry in CHANGELOG.md"
                + " says what changed\n  fix: give --changelog \"what changed\"\n"), blank::toString);
        Cli.Result missing = run("version", "vpc-standard", "--bump", "patch");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertEquals("alexandria: error: --changelog is needed: the release's entry in CHANGELOG.md says what changed"
                + "\n  fix: give --changelog \"what changed\" (the interface changes since the last release: alexandria"
                + " diff vpc-standard)\n", missing.err());
    }

    @Test
    void version_dryRunWithoutAChangelog_showsWhereTheTextGoes_andSaysTheReleaseNeedsIt() {
        Cli.Result r = run("version", "vpc-standard", "--bump", "patch", "--dry-run");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("+" + VersionCommand.CHANGELOG_PLACEHOLDER + "\n"), r::toString);
        assertTrue(r.err().contains("alexandria: note: no --changelog given: the plan shows '(the --changelog "
                + "text)' where the release writes yours; the release itself needs --changelog \"...\""),
                r::toString);
        Cli.Result given = run("version", "vpc-standard", "--bump", "patch", "--changelog", "Docs.", "--dry-run");
        assertFalse(given.err().contains("no --changelog given"), given::toString);
    }

    @Test
    void diff_ofTwoFoldersGivenRelatively_namesThemWithoutDotParts() throws IOException {
        Path here = tmp.resolve("here");
        Cli.copy(Cli.resource("versioning/history/1.0.0"), here.resolve("old"));
        Cli.copy(Cli.resource("versioning/history/1.1.0"), here.resolve("new"));
        Cli.Result r = Cli.in(here).run("diff", "./old", "./new");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains(here.resolve("old") + " → " + here.resolve("new")), r::toString);
        assertFalse(r.out().contains("/./"), r::toString);
    }

    @Test
    void diffAndVersion_outsideGit_sayWhyAndHowToFixIt() throws IOException {
        Path plain = tmp.resolve("plain"); // the library without its git history
        Cli.copy(root, plain);
        Cli.Result diff = Cli.in(plain).run("diff", "vpc-standard");
        assertEquals(2, diff.exitCode(), diff::toString);
        assertEquals("alexandria: error: cannot read version '2.0.0' of vpc-standard: the library " + plain
                + " is not in a git repository, so only working-tree and module folders can be compared\n"
                + "  fix: run it in a git clone of the library that has the release tags (<module>/v<version>), or "
                + "compare two module folders: alexandria diff OLD_DIR NEW_DIR\n", diff.err());
        for (String dryRun : new String[] {"--dry-run", "--strict"}) {
            Cli.Result r = Cli.in(plain).run("version", "vpc-standard", "--bump", "auto", "--changelog", "x", dryRun);
            assertEquals(1, r.exitCode(), r::toString);
            assertEquals("alexandria: error: refusing to release vpc-standard:\n  the library " + plain + " is not in "
                    + "a git repository, and a release commits its files and tags that commit\n  fix: run it in a git "
                    + "clone of the library, or make the library one (in the library: git init -q && git add -A && "
                    + "git commit -qm \"Library\", as the README's copy of the sample does), then tag each registered "
                    + "version as <module>/v<version>\n", r.err());
        }
        Path sample = dev.alexandria.examples.SampleLibrary.path();
        String refusal = "alexandria: error: no library found in " + tmp + "; version releases from a library in a "
                + "git repository, and the bundled sample library is read-only and not in git\n"
                + "  fix: run it in a git clone of your library, or give --library PATH (or set ALEXANDRIA_LIBRARY); "
                + "to try it, make a git copy of the sample with its releases tagged as the README shows (cp -r "
                + sample + " sample-library, git init, commit, git tag -a vpc-standard/v2.3.0), then add --library "
                + "sample-library\n";
        for (boolean dryRun : new boolean[] {true, false}) {
            Cli.Result r = dryRun
                    ? Cli.in(tmp).run("version", "vpc-standard", "--bump", "auto", "--changelog", "x", "--dry-run")
                    : Cli.in(tmp).run("version", "vpc-standard", "--bump", "auto", "--changelog", "x");
            assertEquals(2, r.exitCode(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertEquals(refusal, r.err(), r::toString);
        }
    }

    @Test
    void diff_defaultsToTheHighestRegisteredVersionAndTheWorkingTree() throws IOException {
        moduleFiles("work");
        Cli.Result r = run("diff", "vpc-standard");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("vpc-standard 2.0.0 → working-tree: MINOR bump required (1 change)\n"),
                r::toString);
    }

    @Test
    void diffCheck_failsUntilTheVersionMeetsTheRequiredBump() throws IOException {
        moduleFiles("1.0.0");
        Cli.Result r = run("diff", "vpc-standard", "--check");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().endsWith("check failed: the interface changed since 2.0.0 (major required) but the version"
                + " is still 2.0.0; run 'alexandria version vpc-standard --bump auto --changelog \"<what changed>\"' or set the version to 3.0.0\n"),
                r::toString);
        Path meta = root.resolve(MODULE + "/.alexandria.yaml");
        Files.writeString(meta, Files.readString(meta).replace("version: 2.0.0", "version: 3.0.0"));
        Cli.Result ok = run("diff", "vpc-standard", "--check", "--output", "json");
        assertEquals(0, ok.exitCode(), ok::toString);
        assertTrue(new ObjectMapper().readTree(ok.out()).get("check").get("passes").asBoolean());
    }

    @Test
    void versionBumpAuto_releasesTheNextVersionWithCommitAndTag() throws Exception {
        moduleFiles("work");
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        git.add().addFilepattern(".").call();
        git.commit().setMessage("DNS host names").setAuthor(me).setCommitter(me).setSign(false).call();

        Cli.Result dry = run("version", "vpc-standard", "--bump", "auto", "--changelog", "DNS host names.",
                "--dry-run");
        assertEquals(0, dry.exitCode(), dry::toString);
        assertTrue(dry.out().startsWith("release vpc-standard 2.0.0 → 2.1.0 (minor bump required, 1 change)\n"),
                dry::toString);
        assertEquals(null, git.getRepository().exactRef("refs/tags/vpc-standard/v2.1.0"), "a dry run tags nothing");

        Cli.Result r = run("version", "vpc-standard", "--bump", "auto", "--changelog", "DNS host names.");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().matches("(?s)released vpc-standard 2\\.1\\.0: commit [0-9a-f]{12}, tag vpc-standard/v2\\.1\\.0\n"
                + "  _library/foundations/networking/vpc-standard/\\.alexandria\\.yaml\n.*"), r::toString);
        assertNotNull(git.getRepository().exactRef("refs/tags/vpc-standard/v2.1.0"));
        Cli.Result versions = run("versions", "vpc-standard");
        assertTrue(versions.out().startsWith("vpc-standard: working tree at 2.1.0, 4 versions\n"), versions::toString);
        assertEquals(0, run("diff", "vpc-standard", "--check").exitCode());
        assertTrue(Files.readString(root.resolve(MODULE + "/CHANGELOG.md")).contains("## [2.1.0] - "));
    }

    @Test
    void versionDryRun_withUncommittedChanges_printsThePlanAndWhyApplyingWouldBeRefused() throws Exception {
        moduleFiles("work");
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        git.add().addFilepattern(".").call();
        git.commit().setMessage("DNS host names").setAuthor(me).setCommitter(me).setSign(false).call();
        Files.writeString(root.resolve(MODULE + "/extra.tf"), "# not committed\n");

        Cli.Result dry = run("version", "vpc-standard", "--bump", "auto", "--changelog", "DNS host names.",
                "--dry-run");
        assertEquals(1, dry.exitCode(), dry::toString);
        assertTrue(dry.out().startsWith("release vpc-standard 2.0.0 → 2.1.0 (minor bump required, 1 change)\n"),
                dry::toString);
        assertTrue(dry.out().contains("\n+version: 2.1.0\n"), dry::toString);
        String why = "the module folder has uncommitted changes: components/terraform/" + MODULE + "/extra.tf\n"
                + "  fix: commit or stash them first, so the release commit holds only the release's files";
        assertEquals("alexandria: error: applying this plan would be refused (vpc-standard 2.1.0):\n  " + why + "\n",
                dry.err());

        Cli.Result json = run("version", "vpc-standard", "--bump", "auto", "--changelog", "DNS host names.",
                "--dry-run", "--output", "json");
        assertEquals(1, json.exitCode(), json::toString);
        JsonNode refusals = new ObjectMapper().readTree(json.out()).get("refusals");
        assertEquals(1, refusals.size(), json::toString);
        assertEquals(why.replace("\n  fix: ", "; "), refusals.get(0).asText());

        Cli.Result real = run("version", "vpc-standard", "--bump", "auto", "--changelog", "DNS host names.");
        assertEquals(1, real.exitCode(), real::toString);
        assertEquals("alexandria: error: refusing to release vpc-standard 2.1.0:\n  " + why + "\n", real.err());
        assertEquals(null, git.getRepository().exactRef("refs/tags/vpc-standard/v2.1.0"));
    }

    @Test
    void versionDryRun_asJsonCarriesThePlanAndChangesNothing() throws Exception {
        moduleFiles("work");
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        git.add().addFilepattern(".").call();
        git.commit().setMessage("DNS host names").setAuthor(me).setCommitter(me).setSign(false).call();
        String before = Files.readString(root.resolve(MODULE + "/.alexandria.yaml"));

        Cli.Result r = run("version", "vpc-standard", "--bump", "auto", "--changelog", "DNS host names.", "--dry-run",
                "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode plan = new ObjectMapper().readTree(r.out());
        assertEquals("vpc-standard", plan.get("module").asText());
        assertEquals("2.0.0", plan.get("current").asText());
        assertEquals("2.1.0", plan.get("next").asText());
        assertEquals("minor", plan.get("required_bump").asText());
        assertEquals("vpc-standard/v2.1.0", plan.get("tag").asText());
        assertEquals(false, plan.get("applied").asBoolean());
        assertEquals(List.of(MODULE + "/.alexandria.yaml", "_catalog/module-registry.yaml", MODULE + "/CHANGELOG.md",
                MODULE + "/README.md"), plan.get("files").findValuesAsText("path"));
        assertEquals("variable-added-optional", plan.get("changes").get(0).get("rule").asText());
        assertEquals(before, Files.readString(root.resolve(MODULE + "/.alexandria.yaml")), "a dry run writes nothing");
    }

    @Test
    void version_refusesALowerBumpWithExitOneAndNamesTheBreakingChange() throws Exception {
        moduleFiles("1.1.0");
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage("back to cidr").setAuthor(me).setCommitter(me).setSign(false).call();
        Cli.Result r = run("version", "vpc-standard", "--bump", "patch", "--changelog", "x");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: refusing to release vpc-standard 2.0.1:\n"
                + "  2.0.0 → 2.0.1 is a patch bump, but the changes require a major bump:\n"
                + "    MAJOR var.ipv4_cidr: variable ipv4_cidr was removed (or renamed)"), r::toString);
        assertTrue(r.err().endsWith(")\n  fix: release 3.0.0 (--bump auto or --bump major)\n"), r::toString);
    }

    @Test
    void version_refusedWithOutputJson_printsAppliedFalseAndTheReasonsOnStdout() throws Exception {
        moduleFiles("1.1.0");
        PersonIdent me = new PersonIdent("Test", "test@example.com");
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage("back to cidr").setAuthor(me).setCommitter(me).setSign(false).call();
        Cli.Result r = run("version", "vpc-standard", "--bump", "patch", "--changelog", "x", "--output", "json");
        assertEquals(1, r.exitCode(), r::toString);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out());
        assertEquals(false, json.get("applied").asBoolean());
        assertEquals("refusing to release vpc-standard 2.0.1", json.get("refused").asText());
        assertEquals("2.0.0 → 2.0.1 is a patch bump, but the changes require a major bump; release 3.0.0 (--bump "
                + "auto or --bump major)", json.get("reasons").get(0).asText());
        // the same reason as data: the fix in a field of its own, the changes that need more as its details
        JsonNode problem = json.get("problems").get(0);
        assertEquals("2.0.0 → 2.0.1 is a patch bump, but the changes require a major bump",
                problem.get("reason").asText(), json::toString);
        assertEquals("release 3.0.0 (--bump auto or --bump major)", problem.get("fix").asText(), json::toString);
        assertTrue(problem.get("details").get(0).asText().startsWith("MAJOR var.ipv4_cidr: variable ipv4_cidr was "
                + "removed (or renamed)"), json::toString);
        assertEquals(1, json.get("problems").size(), json::toString);
    }

    /** A refusal's reasons as data: a reason that shares the fix of the last one has none of its own. */
    @Test
    void refusalProblems_giveEachReasonItsFixInAFieldOfItsOwn() {
        assertEquals("[{reason=2.2.9 is not higher than the last released version 2.3.0}, {reason=maturity 'beta' "
                + "needs a pre-release, fix=release 2.3.2 (--bump auto or --to 2.3.2), details=[MAJOR var.a: removed "
                + "(x.tf:1)]}, {reason=the module folder has uncommitted changes: main.tf, fix=commit or stash them "
                + "first}]", ErrorHandler.refusalProblems(List.of("2.2.9 is not higher than the last released version "
                + "2.3.0", "maturity 'beta' needs a pre-release; release 2.3.2 (--bump auto or --to 2.3.2)",
                "  MAJOR var.a: removed (x.tf:1)", "the module folder has uncommitted changes: main.tf; commit or stash "
                + "them first")).toString());
    }

    @Test
    void version_withoutAModulePrintsTheToolsVersion() {
        Cli.Result r = run("version");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("alexandria "), r::toString);
        Cli.Result usage = run("version", "--bump", "auto");
        assertEquals(2, usage.exitCode(), usage::toString);
    }

    @Test
    void diff_ofTwoFoldersNeedsNoLibrary() {
        Path old = Cli.resource("versioning/history/1.0.0");
        Path neu = Cli.resource("versioning/history/2.0.0");
        Cli.Result r = Cli.in(tmp).run("diff", old.toString(), neu.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith(old + " → " + neu + ": MAJOR bump required (4 changes)\n"), r::toString);
        Cli.Result missing = Cli.in(tmp).run("diff", "nope", neu.toString());
        assertEquals(2, missing.exitCode(), missing::toString);
    }

    @Test
    void diff_ofAnUnknownVersionIsAUsageError() {
        Cli.Result r = run("diff", "vpc-standard", "--from", "9.9.9");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: vpc-standard has no version 9.9.9 (no git tag vpc-standard/v9.9.9)\n"
                + "  fix: run 'alexandria versions vpc-standard' to list its versions\n", r.err());
    }

    @Test
    void diffCheck_withHclErrorsFailsAndNamesEachErrorsLine() throws IOException {
        Path dir = root.resolve(MODULE);
        Files.writeString(dir.resolve("outputs.tf"), Files.readString(dir.resolve("outputs.tf"))
                + "\noutput \"q\" {\n  value = 1\n");
        Cli.Result r = run("diff", "vpc-standard", "--check");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().endsWith("check failed: vpc-standard has 1 error that hides part of its interface (first: "
                + "_library/foundations/networking/vpc-standard/outputs.tf:11:12: Unclosed configuration block (in working-tree)); fix it, then run the check again\n"), r::toString);
        assertTrue(r.err().startsWith("error: _library/foundations/networking/vpc-standard/outputs.tf:11:12: Unclosed configuration block (in working-tree): There is no closing brace for this block before the end of the file. "
                + "This may be caused by incorrect brace nesting elsewhere in this file\n"
                + "alexandria: error: the diff is incomplete: 1 error hides declarations, and a hidden one can be a "
                + "breaking change\n  fix: correct the HCL at the lines above, then run the diff again\n"), r::toString);
        Cli.Result plain = run("diff", "vpc-standard", "--output", "json");
        assertEquals(1, plain.exitCode(), plain::toString);
        JsonNode json = new ObjectMapper().readTree(plain.out());
        assertEquals(false, json.get("complete").asBoolean());
        assertEquals("outputs.tf", Path.of(json.get("errors").get(0).get("file").asText()).getFileName().toString());
    }

    @Test
    void diff_aDeclarationHiddenByAnHclError_isNotComparedRatherThanRemoved() throws IOException {
        Path vars = root.resolve(MODULE).resolve("variables.tf");
        Files.writeString(vars, Files.readString(vars).replace("type        = map(string)", "type        = map(string"));
        Cli.Result r = run("diff", "vpc-standard");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("vpc-standard 2.0.0 → working-tree (incomplete: HCL errors hide declarations, "
                + "see the errors): no interface changes among what was compared, no bump required"), r::toString);
        assertTrue(r.out().endsWith("\nNOT   var.tags  not compared: " + MODULE + "/variables.tf:11 does not parse "
                + "(in working-tree)\n"), r::toString);
        assertTrue(!r.out().contains("variable-removed"), r::toString);
        Cli.Result json = run("diff", "vpc-standard", "--output", "json");
        assertEquals(1, json.exitCode(), json::toString);
        JsonNode hidden = new ObjectMapper().readTree(json.out()).get("not_compared");
        assertEquals(1, hidden.size(), json::toString);
        assertEquals("var.tags", hidden.get(0).get("subject").asText());
        assertEquals("working-tree", hidden.get(0).get("version").asText());
        assertEquals(11, hidden.get(0).get("line").asInt());
        assertEquals("var.tags not compared: " + MODULE + "/variables.tf:11 does not parse (in working-tree)",
                hidden.get(0).get("message").asText());
    }

    @Test
    void diff_withAnHclError_printsItOnceNotAgainAsAWarning() throws IOException {
        Path dir = root.resolve(MODULE);
        Files.writeString(dir.resolve("variables.tf"), Files.readString(dir.resolve("variables.tf"))
                + "\nvariable \"oops\" {\n");
        Cli.Result r = run("diff", "vpc-standard");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(1, r.err().split("Unclosed configuration block", -1).length - 1, r::toString);
    }

    @Test
    void version_withHclErrors_isRefusedNamingEachError() throws Exception {
        Path dir = root.resolve(MODULE);
        Files.writeString(dir.resolve("outputs.tf"), Files.readString(dir.resolve("outputs.tf"))
                + "\noutput \"q\" {\n  value = 1\n");
        commit("broken");
        for (boolean dryRun : List.of(true, false)) {
            Cli.Result r = dryRun ? run("version", "vpc-standard", "--bump", "auto", "--changelog", "x", "--dry-run")
                    : run("version", "vpc-standard", "--bump", "auto", "--changelog", "x");
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.err().contains("  vpc-standard has 1 HCL error that hides part of its interface, so the bump "
                    + "cannot be worked out:\n"
                    + "    _library/foundations/networking/vpc-standard/outputs.tf:11:12: Unclosed configuration "
                    + "block (in working-tree): There is no closing brace for this block before the end of the file. "
                    + "This may be caused by incorrect brace nesting elsewhere in this file\n"
                    + "  fix: correct the HCL first ('alexandria diff vpc-standard --check' lists it)\n"), r::toString);
        }
        assertEquals(List.of("vpc-standard/v1.0.0", "vpc-standard/v1.1.0", "vpc-standard/v2.0.0"),
                git.tagList().call().stream().map(t -> t.getName().substring("refs/tags/".length())).sorted().toList());
    }

    @Test
    void version_refusesAModuleValidationRefuses_withRegistersGateAndExitCode_andChangesNothing() throws Exception {
        Path dir = root.resolve(MODULE);
        // HCL that parses, but refers to a variable the module does not declare (before: it was released)
        Files.writeString(dir.resolve("main.tf"), Files.readString(dir.resolve("main.tf"))
                + "\nlocals {\n  nope = var.nope\n}\n");
        commit("nope");
        String head = git.getRepository().resolve("HEAD").name();
        String gate = "  validation found 1 error (alexandria validate vpc-standard), listed below\n"
                + "  fix: fix them first\n  " + MODULE + "/main.tf:";
        String error = ": Reference to undeclared input variable: An input variable with the name \"nope\" has not "
                + "been declared.";
        String fix = " [reference-declared]\n  fix: declare the variable in variables.tf (variable \"nope\" { type = …,"
                + " description = \"…\" }) or refer to one that is declared\n";
        Cli.Result register = run("register", "vpc-standard", "--version", "2.1.0", "--changelog", "Docs.", "--dry-run");
        assertEquals(1, register.exitCode(), register::toString);
        assertTrue(register.err().contains(gate) && register.err().contains(error) && register.err().contains(fix),
                register::toString);
        for (boolean dryRun : List.of(true, false)) {
            Cli.Result r = dryRun ? run("version", "vpc-standard", "--bump", "auto", "--changelog", "x", "--dry-run")
                    : run("version", "vpc-standard", "--bump", "auto", "--changelog", "x");
            assertEquals(register.exitCode(), r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("alexandria: error: refusing to release vpc-standard 2.0.1:\n" + gate),
                    r::toString);
            assertTrue(r.err().contains(error) && r.err().contains(fix), r::toString);
            assertEquals("", r.out(), "no plan: the release is refused before it is planned");
        }
        Cli.Result json = run("version", "vpc-standard", "--bump", "auto", "--changelog", "x", "--output", "json");
        assertEquals(1, json.exitCode(), json::toString);
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertFalse(doc.get("applied").asBoolean(), json::toString);
        assertEquals("refusing to release vpc-standard 2.0.1", doc.get("refused").asText());
        assertEquals("validation found 1 error (alexandria validate vpc-standard), listed below; fix them first",
                doc.get("reasons").get(0).asText());
        assertTrue(doc.get("problems").get(1).get("reason").asText().endsWith("[reference-declared]"), json::toString);
        assertTrue(doc.get("problems").get(1).get("fix").asText().startsWith("declare the variable in variables.tf"),
                json::toString);
        assertEquals(head, git.getRepository().resolve("HEAD").name(), "no commit");
        assertEquals(List.of("vpc-standard/v1.0.0", "vpc-standard/v1.1.0", "vpc-standard/v2.0.0"),
                git.tagList().call().stream().map(t -> t.getName().substring("refs/tags/".length())).sorted().toList());
        assertTrue(git.status().call().isClean(), "no file written: no README, registry or changelog");
    }

    @Test
    void diff_ofTwoFoldersWithHclErrorsExitsOne() throws IOException {
        Path old = Cli.resource("versioning/history/2.0.0");
        Path bad = tmp.resolve("bad");
        Cli.copy(old, bad);
        Files.writeString(bad.resolve("variables.tf"), Files.readString(bad.resolve("variables.tf"))
                + "\nvariable \"broken\" { default = }\n");
        Cli.Result r = Cli.in(tmp).run("diff", old.toString(), "bad");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("error: " + tmp.resolve("bad") + "/variables.tf:17:31: Invalid expression (in "
                + tmp.resolve("bad") + "): Expected the start of an "
                + "expression, but found an invalid expression token\n"), r::toString);
    }
}
