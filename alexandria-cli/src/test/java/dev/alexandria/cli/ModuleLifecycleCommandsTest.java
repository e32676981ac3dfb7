package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scaffold}, {@code test}, {@code register} and {@code publish} on the lifecycle test library. */
class ModuleLifecycleCommandsTest {

    static final String M = "_library/foundations/networking/vpc-enterprise/";

    @TempDir
    Path tmp;

    Path root;
    Cli cli;

    @BeforeEach
    void library() throws Exception {
        root = tmp.resolve("lib");
        Cli.copy(Cli.resource("lifecycle/library"), root);
        cli = Cli.in(tmp);
    }

    Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--library";
        all[args.length + 1] = root.toString();
        return cli.run(all);
    }

    @Test
    void scaffold_dryRunPrintsEveryFileAndCreatesNothing() {
        Cli.Result r = run("scaffold", "--name", "vpc-enterprise", "--category", "foundations/networking",
                "--dry-run");
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("scaffold vpc-enterprise in foundations/networking (standard, experimental, 9 "
                + "files)\n"), r.out());
        assertTrue(r.out().contains("+++ b/" + M + "variables.tf\n"), r.out());
        assertFalse(Files.exists(root.resolve(M)));
    }

    @Test
    void scaffold_thenTestCoverageOnly() {
        Cli.Result r = run("scaffold", "--name", "vpc-enterprise", "--category", "foundations/networking",
                "--complexity", "basic");
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(Files.isRegularFile(root.resolve(M + "tests/unit/main.tftest.hcl")));
        Cli.Result c = run("test", "vpc-enterprise", "--coverage-only");
        assertEquals(ExitCode.OK, c.exitCode(), c::toString);
        assertEquals("interface coverage: 100% (variables set 5/5, outputs asserted 4/4, from 2 test files)\n",
                c.out());
    }

    @Test
    void test_aTestFileThatDoesNotParseIsShownByValidateAsTheFixLineSays() throws Exception {
        assertEquals(ExitCode.OK, run("scaffold", "--name", "vpc-enterprise", "--category", "foundations/networking",
                "--complexity", "basic").exitCode());
        Path test = root.resolve(M + "tests/unit/main.tftest.hcl");
        Files.writeString(test, Files.readString(test) + "run \"x\" {\n  command = plan\n");
        Cli.Result c = run("test", "vpc-enterprise", "--coverage-only");
        assertEquals(ExitCode.FINDINGS, c.exitCode(), c::toString);
        assertTrue(c.err().contains(M + "tests/unit/main.tftest.hcl:"), c::toString);
        assertTrue(c.err().contains("fix: correct the HCL at the lines above ('alexandria validate vpc-enterprise' "
                + "shows them too)"), c::toString);
        Cli.Result v = run("validate", "vpc-enterprise");
        assertEquals(ExitCode.FINDINGS, v.exitCode(), v::toString);
        assertTrue(v.out().contains(M + "tests/unit/main.tftest.hcl:") && v.out().contains("hcl-valid"), v::toString);
    }

    @Test
    void scaffold_anUndeclaredCategory_isAUsageErrorWithTheNearestDeclaredOne() {
        Cli.Result r = run("scaffold", "--name", "vpc-x", "--category", "foundations/netwrking", "--dry-run");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: --category foundations/netwrking is not declared in "
                + "_catalog/categories.yaml\n  fix: did you mean foundations/networking? Or use one of the categories "
                + "of layer foundations: "), r::toString);
    }

    @Test
    void scaffold_refusalExitsOneWithTheReason() {
        Cli.Result r = run("scaffold", "--name", "vpc-old", "--category", "foundations/networking");
        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        assertEquals("alexandria: error: refusing to scaffold vpc-old:\n  the name 'vpc-old' is taken: module vpc-old"
                + " is at _library/foundations/networking/vpc-old\n  fix: module ids are unique across the library, so "
                + "pick another name\n", r.err());
    }

    @Test
    void register_outsideGitIsRefusedWithTheReason() {
        Cli.Result r = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run");
        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        assertTrue(r.err().contains("is not in a git repository, and a release commits its files and tags that "
                + "commit\n  fix: run it in a git clone of the library"), r.err());
        // the recipe publish gives outside git too (PublicationTest), which the README's copy of the sample follows
        assertTrue(r.err().contains("make the library one (in the library: git init -q && git add -A && git commit "
                + "-qm \"Library\", as the README's copy of the sample does)"), r.err());
    }

    @Test
    void register_withGitsIndexLocked_isRefusedInPlainWordsAndWritesNothing() throws Exception {
        String head;
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(root.toFile()).call()) {
            org.eclipse.jgit.lib.PersonIdent me = new org.eclipse.jgit.lib.PersonIdent("Test", "test@example.com");
            git.add().addFilepattern(".").call();
            head = git.commit().setMessage("library").setAuthor(me).setCommitter(me).setSign(false).call().name();
        }
        Path meta = root.resolve("_library/foundations/networking/vpc-experimental/.alexandria.yaml");
        String before = Files.readString(meta);
        Path lock = root.resolve(".git/index.lock");
        Files.createFile(lock); // left by a git process that crashed

        Cli.Result r = run("register", "vpc-experimental", "--version", "0.2.0");

        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("alexandria: error: refusing to register vpc-experimental 0.2.0:\n  git's index is locked: " + lock
                + " exists, so another git process is running or crashed\n  fix: remove the file if no git is running, "
                + "then try again\n", r.err());
        assertFalse(r.err().contains("undo"), r::toString);
        assertEquals(before, Files.readString(meta));
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(root.toFile())) {
            assertEquals(head, git.getRepository().resolve("HEAD").name());
            assertTrue(git.tagList().call().isEmpty());
        }
    }

    /** A locked tag ref was a data error (exit 3) where a locked index is a refusal (exit 1): both refuse now. */
    @Test
    void releases_withTheTagsRefLocked_refuseAsWithALockedIndex_namingTheLockFile() throws Exception {
        commitLibrary("vpc-beta/v1.0.0-beta.2");
        for (String[] command : new String[][] {{"register", "vpc-experimental", "--version", "0.2.0"},
                {"version", "vpc-beta", "--to", "1.0.0-beta.3", "--changelog", "Flow logs."}}) {
            String tag = command[0].equals("register") ? "vpc-experimental/v0.2.0" : "vpc-beta/v1.0.0-beta.3";
            Path lock = root.resolve(".git/refs/tags/" + tag + ".lock");
            Files.createDirectories(lock.getParent());
            Files.createFile(lock); // another git process is writing the tag
            String reason = "  git's ref refs/tags/" + tag + " is locked: " + lock + " exists, so another git process "
                    + "is running or crashed\n  fix: remove the file if no git is running, then try again\n";
            assertRefusedAsTheDryRunIs(command, reason);
            Files.delete(lock);
        }
    }

    @Test
    void releaseDryRuns_withGitsIndexLocked_refuseAsTheRealRunsDo() throws Exception {
        commitLibrary("vpc-beta/v1.0.0-beta.2");
        Path lock = root.resolve(".git/index.lock");
        Files.createFile(lock); // another git process is running
        String reason = "  git's index is locked: " + lock + " exists, so another git process is running or crashed\n"
                + "  fix: remove the file if no git is running, then try again\n";
        for (String[] command : new String[][] {{"register", "vpc-experimental", "--version", "0.2.0"},
                {"version", "vpc-beta", "--to", "1.0.0-beta.3", "--changelog", "Flow logs."}}) {
            assertRefusedAsTheDryRunIs(command, reason);
        }
    }

    /**
     * register refuses a version for every reason version refuses it for: a tag made by hand of a tree that holds
     * the version, and a version the maturity does not allow, not the maturity alone.
     */
    @Test
    void register_namesEveryReasonVersionNames_aTagOfATreeAndTheMaturity() throws Exception {
        commitLibrary();
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(root.toFile());
                org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(git.getRepository())) {
            git.tag().setName("vpc-experimental/v1.0.0").setAnnotated(false)
                    .setObjectId(walk.parseAny(git.getRepository().resolve("HEAD^{tree}"))).call();
        }
        String tagged = "version 1.0.0 is not registered, but its git tag vpc-experimental/v1.0.0 already exists (it "
                + "points at a tree, not a commit)";
        Cli.Result version = run("version", "vpc-experimental", "--to", "1.0.0", "--changelog", "x", "--dry-run");
        assertEquals(ExitCode.FINDINGS, version.exitCode(), version::toString);
        assertTrue(version.err().contains(tagged), version::err);
        Cli.Result register = run("register", "vpc-experimental", "--version", "1.0.0", "--dry-run");
        assertEquals(ExitCode.FINDINGS, register.exitCode(), register::toString);
        assertTrue(register.err().contains("  " + tagged), register::err);
        assertTrue(register.err().contains("  maturity 'experimental' needs a 0.x.y version, and 1.0.0 is not one "
                + "(version-maturity)\n  fix: "), register::err);
    }

    /** The command exits 1 with the reason last on stderr, and so does its dry run, which still shows the plan. */
    private void assertRefusedAsTheDryRunIs(String[] command, String reason) {
        Cli.Result real = run(command);
        assertEquals(ExitCode.FINDINGS, real.exitCode(), real::toString);
        assertTrue(real.err().endsWith(reason), real::toString);
        String[] dry = java.util.Arrays.copyOf(command, command.length + 1);
        dry[command.length] = "--dry-run";
        Cli.Result plan = run(dry);
        assertEquals(ExitCode.FINDINGS, plan.exitCode(), plan::toString);
        assertTrue(plan.err().startsWith("alexandria: error: applying this plan would be refused ("), plan::toString);
        assertTrue(plan.err().endsWith(reason), plan::toString);
        assertTrue(plan.out().contains(" (annotated) on that commit"), plan::toString); // the plan is still shown
    }

    @Test
    void register_changelogDefaultsToFirstVersionOnlyForAModulesFirstVersion_andALaterOneNeedsOne() throws Exception {
        commitLibrary("vpc-beta/v1.0.0-beta.2");
        Cli.Result first = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run");
        assertEquals(ExitCode.OK, first.exitCode(), first::toString);
        assertTrue(first.out().contains("First registered version."), first.out());
        // no placeholder entry ("Version 1.0.0-beta.3.") in the user's CHANGELOG.md: a later version says what changed
        Cli.Result later = run("register", "vpc-beta", "--version", "1.0.0-beta.3");
        assertEquals(ExitCode.USAGE, later.exitCode(), later::toString);
        assertEquals("alexandria: error: --changelog is needed: the release's entry in CHANGELOG.md says what changed"
                + "\n  fix: give --changelog \"what changed\" (the interface changes since the last release: alexandria"
                + " diff vpc-beta)\n", later.err());
        // a dry run shows the plan with a placeholder where the text goes, and says so, as version's does
        Cli.Result plan = run("register", "vpc-beta", "--version", "1.0.0-beta.3", "--dry-run");
        assertEquals(ExitCode.OK, plan.exitCode(), plan::toString);
        assertTrue(plan.out().contains(VersionCommand.CHANGELOG_PLACEHOLDER), plan::toString);
        assertEquals("alexandria: note: no --changelog given: the plan shows '(the --changelog text)' where the "
                + "release writes yours; the release itself needs --changelog \"...\"\n", plan.err());
        Cli.Result given = run("register", "vpc-beta", "--version", "1.0.0-beta.3", "--changelog", "Added flow logs.",
                "--dry-run");
        assertEquals(ExitCode.OK, given.exitCode(), given::toString);
        assertTrue(given.out().contains("Added flow logs."), given.out());
        assertFalse(given.out().contains("First registered version."), given.out());
    }

    @Test
    void register_andVersion_sayABadVersionInOneWording() throws Exception {
        commitLibrary("vpc-beta/v1.0.0-beta.2");
        Cli.Result register = run("register", "vpc-beta", "--version", "abc", "--dry-run");
        Cli.Result version = run("version", "vpc-beta", "--to", "abc", "--dry-run");
        assertEquals(ExitCode.USAGE, register.exitCode(), register::toString);
        assertEquals(ExitCode.USAGE, version.exitCode(), version::toString);
        assertEquals("alexandria: error: --version: 'abc' is not a SemVer 2.0 version: it needs three numbers "
                + "MAJOR.MINOR.PATCH, such as 1.0.0\n  fix: write MAJOR.MINOR.PATCH such as --version 1.0.0 or "
                + "--version 1.0.0-rc.1\n", register.err());
        assertEquals(register.err().replace("--version", "--to").replace("1.0.0-rc.1\n", "1.0.0-rc.1, or give --bump "
                + "major|minor|patch instead\n"), version.err());
    }

    @Test
    void register_dryRunJsonAndYamlNameTheSearchIndexUpdateAsTheTableDoes() throws Exception {
        commitLibrary();
        String then = "the search index is updated with vpc-experimental's new registry entry (alexandria search "
                + "finds it by its tags and description)";
        Cli.Result table = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run");
        assertTrue(table.out().contains("then: " + then), table.out());
        Cli.Result json = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run", "--output", "json");
        assertEquals(ExitCode.OK, json.exitCode(), json::toString);
        assertEquals(then, new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).path("then")
                .asText(), json.out());
        Cli.Result yaml = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run", "--output", "yaml");
        assertTrue(yaml.out().contains("then: "), yaml.out());
        assertTrue(yaml.out().contains("the search index is updated with vpc-experimental"), yaml.out());
    }

    @Test
    void register_emptyTagsAreRefusedNotIgnored() {
        Cli.Result r = run("register", "vpc-experimental", "--version", "0.2.0", "--tags", " , ", "--dry-run");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--tags ' , ': no tag given (the tags given replace the module's, and a module "
                + "keeps at least one)\n  fix: name its tags"), r.err());
    }

    @Test
    void publish_unregisteredIsRefused() {
        Cli.Result r = run("publish", "vpc-experimental", "--dry-run");
        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        assertEquals("alexandria: error: refusing to publish vpc-experimental:\n  vpc-experimental has no registered "
                + "version\n  fix: register one first (alexandria --library " + root + " register vpc-experimental "
                + "--version 0.1.0)\n", r.err());
    }

    @Test
    void versionsAndInfo_jsonAndYamlGiveThePublicationDayUnderTheRegistrysKey() throws Exception {
        commitLibrary();
        Cli.Result registered = run("register", "vpc-experimental", "--version", "0.2.0");
        assertEquals(ExitCode.OK, registered.exitCode(), registered::toString);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode before = version(json.readTree(
                run("versions", "vpc-experimental", "--output", "json").out()).path("versions"));
        assertTrue(before.path("registered").asBoolean(), before::toString);
        assertFalse(before.has("published") || before.has("published_on"), "not published: no key, " + before);

        Cli.Result published = run("publish", "vpc-experimental");
        assertEquals(ExitCode.OK, published.exitCode(), published::toString);
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^ +published: (\\d{4}-\\d{2}-\\d{2})$")
                .matcher(Files.readString(root.resolve("_catalog/module-registry.yaml")));
        assertTrue(line.find(), "the registry records the day");
        String day = line.group(1);
        com.fasterxml.jackson.databind.JsonNode versions = version(json.readTree(
                run("versions", "vpc-experimental", "--output", "json").out()).path("versions"));
        assertEquals(day, versions.path("published").textValue(), versions::toString);
        assertFalse(versions.has("published_on"), versions::toString);
        Cli.Result yaml = run("info", "vpc-experimental", "--output", "yaml");
        assertEquals(ExitCode.OK, yaml.exitCode(), yaml::toString);
        com.fasterxml.jackson.databind.JsonNode info = version(new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(yaml.out()).path("registry")
                .path("versions"));
        assertEquals(day, info.path("published").asText(), info::toString);
        assertFalse(info.has("published_on"), info::toString);
        assertTrue(yaml.out().contains("published: " + day + "\n")
                || yaml.out().contains("published: \"" + day + "\"\n"), yaml.out());
    }

    @Test
    void publish_refusedByAGitHookIsARefusalAsRegistersIsInEveryOutput() throws Exception {
        commitLibrary();
        Cli.Result registered = run("register", "vpc-experimental", "--version", "0.2.0");
        assertEquals(ExitCode.OK, registered.exitCode(), registered::toString);
        String registry = Files.readString(root.resolve("_catalog/module-registry.yaml"));
        Path hook = root.resolve(".git/hooks/commit-msg");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\necho 'see the wiki'\necho 'no ticket in the message' >&2\nexit 1\n");
        assertTrue(hook.toFile().setExecutable(true));
        String reason = "git's commit-msg hook refused the commit (exit 1): see the wiki no ticket in the message; "
                + "every file was restored, so the library is as it was";

        Cli.Result json = run("publish", "vpc-experimental", "--output", "json");
        assertEquals(ExitCode.FINDINGS, json.exitCode(), json::toString);
        com.fasterxml.jackson.databind.JsonNode refusal = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out());
        assertFalse(refusal.path("applied").asBoolean(true), refusal::toString);
        assertEquals("refusing to publish vpc-experimental", refusal.path("refused").asText(), refusal::toString);
        assertEquals(1, refusal.path("reasons").size(), refusal::toString);
        assertTrue(refusal.path("reasons").get(0).asText().startsWith(reason), refusal::toString);
        Cli.Result yaml = run("publish", "vpc-experimental", "--output", "yaml");
        assertEquals(ExitCode.FINDINGS, yaml.exitCode(), yaml::toString);
        assertTrue(yaml.out().contains("applied: false"), yaml::toString);
        Cli.Result table = run("publish", "vpc-experimental");
        assertEquals(ExitCode.FINDINGS, table.exitCode(), table::toString);
        assertTrue(table.err().startsWith("alexandria: error: refusing to publish vpc-experimental:\n  " + reason),
                table::toString);
        assertFalse(table.err().contains("could not publish"), table::toString);
        assertEquals(registry, Files.readString(root.resolve("_catalog/module-registry.yaml")), "nothing written");
    }

    static final String EXPERIMENTAL = "_library/foundations/networking/vpc-experimental/";

    static final org.eclipse.jgit.lib.PersonIdent ME = new org.eclipse.jgit.lib.PersonIdent("Test",
            "test@example.com");

    // Refusals of the write commands: a dry run that applying would refuse is a refusal (exit 1, refused and
    // reasons, the reasons on stderr in every output format), tag-name clashes are refused before any write, and
    // each refusal says what is true.

    private static com.fasterxml.jackson.databind.JsonNode json(Cli.Result r) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    }

    private void append(String file, String text) throws Exception {
        Files.writeString(root.resolve(file), text, java.nio.file.StandardOpenOption.APPEND);
    }

    private String head() throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(root.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    @Test
    void register_dryRunThatApplyingWouldRefuse_isARefusalInEveryOutput() throws Exception {
        commitLibrary();
        String committed = Files.readString(root.resolve(EXPERIMENTAL + "variables.tf"));
        append(EXPERIMENTAL + "variables.tf", "\n# an edit not committed yet\n");

        Cli.Result table = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run");
        assertEquals(ExitCode.FINDINGS, table.exitCode(), table::toString);
        assertTrue(table.out().contains("First registered version."), "the plan is still shown: " + table.out());
        assertTrue(table.err().contains("alexandria: error: applying this plan would be refused (register "
                + "vpc-experimental 0.2.0"), table.err());
        assertTrue(table.err().contains("the module folder has uncommitted changes: " + EXPERIMENTAL + "variables.tf"),
                table.err());

        for (String format : new String[] {"json", "yaml"}) {
            Cli.Result r = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run", "--output", format);
            assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
            com.fasterxml.jackson.databind.JsonNode doc = format.equals("json") ? json(r)
                    : new com.fasterxml.jackson.databind.ObjectMapper(
                            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(r.out());
            assertFalse(doc.path("applied").asBoolean(true), doc::toString);
            assertTrue(doc.path("refused").asText().startsWith("applying this plan would be refused"), doc::toString);
            assertEquals(1, doc.path("reasons").size(), doc::toString);
            assertTrue(doc.path("reasons").get(0).asText().contains("uncommitted changes"), doc::toString);
            assertTrue(r.err().contains("the module folder has uncommitted changes"), "stderr too: " + r.err());
        }

        Files.writeString(root.resolve(EXPERIMENTAL + "variables.tf"), committed);
        Cli.Result clean = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run", "--output",
                "json");
        assertEquals(ExitCode.OK, clean.exitCode(), clean::toString);
        assertFalse(json(clean).has("refused"), "a dry run that would apply is no refusal: " + clean.out());
    }

    @Test
    void deprecate_dryRunWithUncommittedChangesInItsFiles_isRefusedAsApplyingIs() throws Exception {
        commitLibrary();
        append(EXPERIMENTAL + ".alexandria.yaml", "# a note not committed yet\n");

        Cli.Result dry = run("deprecate", "vpc-experimental", "--reason", "Use vpc-next.", "--dry-run", "--output",
                "json");
        Cli.Result real = run("deprecate", "vpc-experimental", "--reason", "Use vpc-next.", "--output", "json");

        assertEquals(ExitCode.FINDINGS, dry.exitCode(), dry::toString);
        assertEquals(ExitCode.FINDINGS, real.exitCode(), real::toString);
        assertEquals(json(real).path("reasons"), json(dry).path("reasons"), "the dry run refuses what applying does");
        assertTrue(json(dry).path("reasons").get(0).asText().startsWith(EXPERIMENTAL + ".alexandria.yaml has "
                + "uncommitted changes"), dry::toString);
        assertTrue(dry.err().contains("fix: commit or stash them first"), dry.err());
    }

    @Test
    void register_aTagWhoseNameClashesWithTheNewTag_isRefusedBeforeAnyWrite() throws Exception {
        commitLibrary();
        String registry = Files.readString(root.resolve("_catalog/module-registry.yaml"));
        String head = head();
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(root.toFile())) {
            git.tag().setName("vpc-experimental").setAnnotated(false).call(); // a folder name taken by a file
        }
        Cli.Result tag = run("register", "vpc-experimental", "--version", "0.2.0", "--output", "json");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(root.toFile())) {
            git.tagDelete().setTags("vpc-experimental").call();
            git.tag().setName("vpc-experimental/v0.2.0/wip").setAnnotated(false).call(); // a file name taken
            // branches live in refs/heads, so a branch of the module's name takes no room from its tags
            git.branchCreate().setName("vpc-experimental").call();
        }
        Cli.Result below = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(root.toFile())) {
            git.tagDelete().setTags("vpc-experimental/v0.2.0/wip").call();
        }
        Cli.Result branch = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run");

        assertEquals(ExitCode.FINDINGS, tag.exitCode(), tag::toString);
        com.fasterxml.jackson.databind.JsonNode doc = json(tag);
        assertEquals("refusing to register vpc-experimental 0.2.0", doc.path("refused").asText(), doc::toString);
        String reason = doc.path("reasons").get(0).asText();
        assertTrue(reason.startsWith("the tag vpc-experimental/v0.2.0 cannot be created: git stores refs as paths, "
                + "and refs/tags/vpc-experimental exists"), reason);
        assertTrue(reason.contains("git -C " + root + " tag -d vpc-experimental, after"), reason);
        assertFalse(tag.err().contains(".lock"), "no stale lock file is blamed: " + tag.err());
        assertTrue(tag.err().contains("refs/tags/vpc-experimental exists"), tag.err());
        assertEquals(ExitCode.FINDINGS, below.exitCode(), below::toString);
        assertTrue(below.err().contains("refs/tags/vpc-experimental/v0.2.0/wip exists"), below.err());
        assertTrue(below.err().contains("git -C " + root + " tag -d vpc-experimental/v0.2.0/wip"), below.err());
        assertEquals(ExitCode.OK, branch.exitCode(), branch::toString);
        assertEquals(registry, Files.readString(root.resolve("_catalog/module-registry.yaml")), "nothing written");
        assertEquals(head, head(), "no commit");
    }

    @Test
    void register_aVersionTaggedButNeverRegistered_saysSoNotThatItWasPublished() throws Exception {
        commitLibrary();
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(root.toFile())) {
            git.tag().setName("vpc-experimental/v0.2.0").setAnnotated(false).call();
        }

        Cli.Result r = run("register", "vpc-experimental", "--version", "0.2.0");

        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        assertTrue(r.err().contains("version 0.2.0 is not registered, but its git tag vpc-experimental/v0.2.0 "
                + "already exists"), r.err());
        assertTrue(r.err().contains("git -C " + root + " tag -d vpc-experimental/v0.2.0"), r.err());
        assertFalse(r.err().contains("published"), r.err());
    }

    @Test
    void promote_refusedInJsonOrYaml_printsTheReasonsOnStderrToo() throws Exception {
        commitLibrary();
        for (String format : new String[] {"table", "json", "yaml"}) {
            Cli.Result r = run("promote", "vpc-experimental", "--to", "stable", "--output", format);
            assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
            assertTrue(r.err().startsWith("alexandria: error: refusing to "), format + ": " + r.err());
            assertTrue(r.err().lines().count() > 1, "the reasons follow the summary: " + r.err());
            if (!format.equals("table")) {
                assertTrue(r.out().contains("reasons"), r.out());
            }
        }
    }

    @Test
    void publish_judgesTheReleaseAsItsTagHoldsIt_notAWorkingFolderBrokenSince() throws Exception {
        commitLibrary();
        Cli.Result registered = run("register", "vpc-experimental", "--version", "0.2.0");
        assertEquals(ExitCode.OK, registered.exitCode(), registered::toString);
        append(EXPERIMENTAL + "variables.tf", "\nvariable \"BadName\" {}\n");
        assertEquals(ExitCode.FINDINGS, run("validate", "vpc-experimental").exitCode(), "the working folder fails");

        Cli.Result dry = run("publish", "vpc-experimental", "--dry-run", "--output", "json");
        assertEquals(ExitCode.OK, dry.exitCode(), dry::toString);
        assertTrue(dry.out().contains("vpc-experimental/v0.2.0"), dry.out());

        Cli.Result published = run("publish", "vpc-experimental");
        assertEquals(ExitCode.OK, published.exitCode(), published::toString);
        assertTrue(Files.readString(root.resolve("_catalog/module-registry.yaml")).contains("published:"),
                "the tagged release is published");
        assertTrue(Files.readString(root.resolve(EXPERIMENTAL + "variables.tf")).contains("BadName"),
                "the working edit is left alone");
    }

    @Test
    void lifecycleCommands_takeTheModuleFolder_asValidateDoes() throws Exception {
        commitLibrary();
        Cli inFolder = Cli.in(root.resolve(EXPERIMENTAL)); // the library is found from the module's folder
        Cli.Result status = inFolder.run("status", ".");
        assertEquals(ExitCode.OK, status.exitCode(), status::toString);
        assertTrue(status.out().contains("vpc-experimental"), status.out());
        Cli.Result register = inFolder.run("register", ".", "--version", "0.2.0", "--dry-run", "--output", "json");
        assertEquals(ExitCode.OK, register.exitCode(), register::toString);
        assertTrue(register.out().contains("\"module\": \"vpc-experimental\""), register.out());
        Cli.Result sibling = inFolder.run("publish", "../vpc-beta", "--dry-run");
        assertFalse(sibling.err().contains("no module"), sibling.err());

        Cli.Result outside = Cli.in(root.resolve("_catalog")).run("publish", ".");
        assertEquals(ExitCode.USAGE, outside.exitCode(), outside::toString);
        assertTrue(outside.err().contains("is not a module folder of the library " + root), outside.err());
    }

    @Test
    void scaffold_readmeNamesTheFolderLevelsAsTheLibraryDoes() throws Exception {
        commitLibrary();
        Cli.Result r = run("scaffold", "--name", "vpc-enterprise", "--category", "foundations/networking");
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        String readme = Files.readString(root.resolve("_library/foundations/networking/vpc-enterprise/README.md"));
        assertTrue(readme.contains("`_library/<layer>/<category>/<module>`"), readme);
        assertFalse(readme.contains("subcategory"), readme);
    }

    /** Makes the library a git repository with one commit holding everything, and the given annotated tags on it. */
    private void commitLibrary(String... tags) throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(root.toFile()).call()) {
            org.eclipse.jgit.lib.PersonIdent me = new org.eclipse.jgit.lib.PersonIdent("Test", "test@example.com");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("library").setAuthor(me).setCommitter(me).setSign(false).call();
            for (String tag : tags) {
                git.tag().setName(tag).setTagger(me).setMessage(tag.replace("/v", " ")).setSigned(false).call();
            }
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode version(com.fasterxml.jackson.databind.JsonNode versions) {
        for (com.fasterxml.jackson.databind.JsonNode v : versions) {
            if ("0.2.0".equals(v.path("version").asText())) {
                return v;
            }
        }
        throw new AssertionError("no 0.2.0 in " + versions);
    }
}
