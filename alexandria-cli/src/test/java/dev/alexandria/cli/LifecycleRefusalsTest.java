package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refusals of the write commands: a dry run that applying would refuse is a refusal (exit 1, {@code refused} and
 * {@code reasons}, the reasons on stderr in every output format), ref-name clashes are refused before any write,
 * and each refusal says what is true.
 */
class LifecycleRefusalsTest {

    static final String EXPERIMENTAL = "_library/foundations/networking/vpc-experimental/";

    @TempDir
    Path tmp;

    Path root;
    Cli cli;

    @BeforeEach
    void library() throws Exception {
        root = tmp.resolve("lib");
        Cli.copy(Cli.resource("lifecycle/library"), root);
        cli = Cli.in(tmp);
        try (Git git = Git.init().setDirectory(root.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("library").setAuthor(me()).setCommitter(me()).setSign(false).call();
        }
    }

    private static PersonIdent me() {
        return new PersonIdent("Test", "test@example.com");
    }

    Cli.Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--library";
        all[args.length + 1] = root.toString();
        return cli.run(all);
    }

    private static JsonNode json(Cli.Result r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    private void append(String file, String text) throws Exception {
        Files.writeString(root.resolve(file), text, StandardOpenOption.APPEND);
    }

    private String head() throws Exception {
        try (Git git = Git.open(root.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    @Test
    void register_dryRunThatApplyingWouldRefuse_isARefusalInEveryOutput() throws Exception {
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
            JsonNode doc = format.equals("json") ? json(r)
                    : new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(r.out());
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
        String registry = Files.readString(root.resolve("_catalog/module-registry.yaml"));
        String head = head();
        try (Git git = Git.open(root.toFile())) {
            git.tag().setName("vpc-experimental").setAnnotated(false).call(); // a folder name taken by a file
        }
        Cli.Result tag = run("register", "vpc-experimental", "--version", "0.2.0", "--output", "json");
        try (Git git = Git.open(root.toFile())) {
            git.tagDelete().setTags("vpc-experimental").call();
            git.tag().setName("vpc-experimental/v0.2.0/wip").setAnnotated(false).call(); // a file name taken
            // branches live in refs/heads, so a branch of the module's name takes no room from its tags
            git.branchCreate().setName("vpc-experimental").call();
        }
        Cli.Result below = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run");
        try (Git git = Git.open(root.toFile())) {
            git.tagDelete().setTags("vpc-experimental/v0.2.0/wip").call();
        }
        Cli.Result branch = run("register", "vpc-experimental", "--version", "0.2.0", "--dry-run");

        assertEquals(ExitCode.FINDINGS, tag.exitCode(), tag::toString);
        JsonNode doc = json(tag);
        assertEquals("refusing to register vpc-experimental 0.2.0", doc.path("refused").asText(), doc::toString);
        String reason = doc.path("reasons").get(0).asText();
        assertTrue(reason.startsWith("the tag vpc-experimental/v0.2.0 cannot be created: git stores refs as paths, "
                + "and refs/tags/vpc-experimental exists"), reason);
        assertTrue(reason.contains("git tag -d vpc-experimental"), reason);
        assertFalse(tag.err().contains(".lock"), "no stale lock file is blamed: " + tag.err());
        assertTrue(tag.err().contains("refs/tags/vpc-experimental exists"), tag.err());
        assertEquals(ExitCode.FINDINGS, below.exitCode(), below::toString);
        assertTrue(below.err().contains("refs/tags/vpc-experimental/v0.2.0/wip exists"), below.err());
        assertTrue(below.err().contains("git tag -d vpc-experimental/v0.2.0/wip"), below.err());
        assertEquals(ExitCode.OK, branch.exitCode(), branch::toString);
        assertEquals(registry, Files.readString(root.resolve("_catalog/module-registry.yaml")), "nothing written");
        assertEquals(head, head(), "no commit");
    }

    @Test
    void register_aVersionTaggedButNeverRegistered_saysSoNotThatItWasPublished() throws Exception {
        try (Git git = Git.open(root.toFile())) {
            git.tag().setName("vpc-experimental/v0.2.0").setAnnotated(false).call();
        }

        Cli.Result r = run("register", "vpc-experimental", "--version", "0.2.0");

        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        assertTrue(r.err().contains("version 0.2.0 is not registered, but its git tag vpc-experimental/v0.2.0 "
                + "already exists"), r.err());
        assertTrue(r.err().contains("git tag -d vpc-experimental/v0.2.0"), r.err());
        assertFalse(r.err().contains("published"), r.err());
    }

    @Test
    void promote_refusedInJsonOrYaml_printsTheReasonsOnStderrToo() {
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
    void publish_gateFailingOnAnUncommittedEdit_saysSoAndHowToProceed() throws Exception {
        Cli.Result registered = run("register", "vpc-experimental", "--version", "0.2.0");
        assertEquals(ExitCode.OK, registered.exitCode(), registered::toString);
        append(EXPERIMENTAL + "variables.tf", "\nvariable \"BadName\" {}\n");

        Cli.Result edited = run("publish", "vpc-experimental");

        assertEquals(ExitCode.FINDINGS, edited.exitCode(), edited::toString);
        assertTrue(edited.err().contains("the folder differs from the release vpc-experimental/v0.2.0 by uncommitted "
                + "changes, and the gate judges the folder as it is now"), edited.err());
        assertTrue(edited.err().contains("fix: if the errors are in those changes, commit a fix or stash them (git "
                + "stash) and publish again"), edited.err());
        assertFalse(edited.err().lines().anyMatch(l -> l.strip().startsWith("fix:") && l.endsWith(":")),
                "no fix line ends with a colon: " + edited.err());

        try (Git git = Git.open(root.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("edit").setAuthor(me()).setCommitter(me()).setSign(false).call();
        }
        Cli.Result committed = run("publish", "vpc-experimental");
        assertEquals(ExitCode.FINDINGS, committed.exitCode(), committed::toString);
        assertTrue(committed.err().contains("by commits made after it"), committed.err());
    }

    @Test
    void scaffold_readmeNamesTheFolderLevelsAsTheLibraryDoes() throws Exception {
        Cli.Result r = run("scaffold", "--name", "vpc-enterprise", "--category", "foundations/networking");
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        String readme = Files.readString(root.resolve("_library/foundations/networking/vpc-enterprise/README.md"));
        assertTrue(readme.contains("`_library/<layer>/<category>/<module>`"), readme);
        assertFalse(readme.contains("subcategory"), readme);
    }
}
