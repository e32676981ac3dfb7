package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alexandria.examples.SampleLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code status}, {@code promote}, {@code deprecate}, {@code archive} and {@code browse
 * --include-archived} on the lifecycle test library (a module at each level).
 */
class LifecycleCommandsTest {

    static final String M = "_library/foundations/networking/";

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
    void promote_refusal_exitsOneAndListsEveryUnmetCriterion() {
        Cli.Result r = run("promote", "vpc-alpha", "--to", "beta");

        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        assertEquals("alexandria: error: refusing to move vpc-alpha from alpha to beta:\n"
                + "  unmet api_complete (All features implemented, API design complete): found unknown: no evidence "
                + "source declares api_complete (asked: the evidence: block of .alexandria.yaml); to meet it: declare api_complete: true once it holds in the evidence: block of "
                + ".alexandria.yaml\n"
                + "  unmet integration_tests (Integration tests added): found no files under tests/integration/; to meet"
                + " it: add tests under tests/integration/ (such as a .tftest.hcl file)\n"
                + "  unmet examples (At least 2 examples): found 1 example (basic); to meet it: add 1 more example under "
                + "examples/<name>/ (each with a .tf file); 2 needed\n", r.err());
        assertTrue(r.out().startsWith("Checklist alpha → beta:\n  [ ] api_complete — All features implemented, API "
                + "design complete\n"), r.out());
    }

    @Test
    void promote_dryRun_printsThePlanAndChangesNothing() throws Exception {
        String before = Files.readString(root.resolve(M + "vpc-experimental/.alexandria.yaml"));
        Cli.Result r = run("promote", "vpc-experimental", "--to", "alpha", "--dry-run");

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains("promote vpc-experimental experimental → alpha\n"), r.out());
        assertTrue(r.out().contains("-maturity: experimental\n+maturity: alpha\n"), r.out());
        assertEquals(before, Files.readString(root.resolve(M + "vpc-experimental/.alexandria.yaml")));
    }

    @Test
    void promote_writesTheLevelAndTodaysDate() throws Exception {
        Cli.Result r = run("promote", "vpc-experimental", "--to", "alpha");

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertEquals("vpc-experimental is now alpha\n  " + M + "vpc-experimental/.alexandria.yaml\n"
                + "note: tests and benchmarks are judged by the presence of test files, since no run is recorded; run "
                + "them with 'alexandria test' (recorded in _catalog/test-results/) before promoting\n", r.out());
        String meta = Files.readString(root.resolve(M + "vpc-experimental/.alexandria.yaml"));
        assertTrue(meta.contains("maturity: alpha\n"), meta);
        assertTrue(meta.endsWith("  - level: alpha\n    date: " + LocalDate.now() + "\n"), meta);
    }

    @Test
    void promote_outputJson_hasTheChecklistAndThePlan() throws Exception {
        Cli.Result r = run("promote", "vpc-experimental", "--to", "alpha", "--dry-run", "--output", "json");

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertTrue(json.get("ready").asBoolean());
        assertEquals("readme", json.get("checklist").get(0).get("id").asText());
        assertEquals(M + "vpc-experimental/.alexandria.yaml", json.get("plan").get("files").get(0).get("path")
                .asText());
        assertEquals(false, json.get("applied").asBoolean());
    }

    @Test
    void promote_toDeprecated_pointsToTheDeprecateCommand() {
        Cli.Result r = run("promote", "vpc-alpha", "--to", "deprecated");

        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--to deprecated is not a promotion\n  fix: use 'alexandria deprecate vpc-alpha' for that"), r.err());
    }

    @Test
    void promote_misspelledLevel_listsTheLadderAndSuggestsTheClosest() {
        Cli.Result r = run("promote", "vpc-alpha", "--to", "betta");

        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --to: unknown value 'betta'\n  fix: did you mean 'beta'? (use one of "
                + "experimental, alpha, beta, stable, mature)\n", r.err());
    }

    @Test
    void deprecateAndArchiveHelp_listTheirExitCodes() {
        for (String command : List.of("deprecate", "archive")) {
            String help = run(command, "--help").out();
            assertTrue(help.contains("Exit codes:\n  0  "), help);
            assertTrue(help.contains("  1  refused: every reason and its fix is listed\n"), help);
            assertTrue(help.contains("  3  data error, or a write failed (everything was restored)\n"), help);
        }
    }

    @Test
    void deprecate_replacementByPath_isTakenLikeTheModuleArgument() throws Exception {
        Cli.Result r = run("deprecate", "vpc-old", "--replacement", "foundations/networking/vpc-next", "--dry-run");

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains("vpc-next"), r.out());
    }

    @Test
    void status_outputJson_showsLevelHistoryAndNextChecklist() throws Exception {
        Cli.Result r = run("status", "vpc-beta", "--output", "json");

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("beta", json.get("maturity").asText());
        assertEquals("2026-01-05", json.get("since").asText());
        assertEquals(".alexandria.yaml", json.get("history_source").asText());
        assertEquals("stable", json.get("next").asText());
        assertEquals(5, json.get("checklist").size());
    }

    @Test
    void status_outputYaml_listsHistoryEntriesInTheFilesKeyOrder() {
        Cli.Result r = run("status", "vpc-beta", "--output", "yaml");

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains("history:\n  - level: alpha\n    date: \"2025-10-01\"\n  - level: beta\n"
                + "    date: \"2026-01-05\"\nnext: stable\n"),
                r.out());
    }

    @Test
    void archive_listsTheDependentsItAffects_inThePlanAndTheResult() throws Exception {
        Path alpha = root.resolve(M + "vpc-alpha/.alexandria.yaml");
        Files.writeString(alpha, Files.readString(alpha) + "requires:\n  - module: vpc-old\n    version: \">= 1.0.0\"\n");
        assertEquals(ExitCode.OK, run("deprecate", "vpc-old", "--reason", "Use vpc-next.").exitCode());
        String note = "note: archiving vpc-old affects 1 module that depends on it (vpc-alpha): validate will report "
                + "1 new finding, listed next\n"
                + "note: vpc-alpha: warning deprecated-dependency at " + M + "vpc-alpha/.alexandria.yaml:16:5: requires "
                + "'vpc-old', which is archived (Use vpc-next.); no removal date is set; replace the dependency\n";

        Cli.Result plan = run("archive", "vpc-old", "--dry-run");
        Cli.Result done = run("archive", "vpc-old");

        assertEquals(ExitCode.OK, plan.exitCode(), plan::toString);
        assertTrue(plan.out().contains(note), plan.out());
        assertEquals(ExitCode.OK, done.exitCode(), done::toString);
        assertTrue(done.out().startsWith("vpc-old is now archived"), done.out());
        assertTrue(done.out().endsWith(note), done.out());
    }

    @Test
    void status_badHistoryValues_pointAtTheValueAndNameTheItemsPath() throws Exception {
        Path alpha = root.resolve(M + "vpc-alpha/.alexandria.yaml");
        Files.writeString(alpha, Files.readString(alpha).replace("date: 2025-11-01", "date: 2025-13-45")
                .replace("level: alpha\n", "level: gold\n"));

        Cli.Result r = run("status", "vpc-alpha");

        assertEquals("error: " + M + "vpc-alpha/.alexandria.yaml:12:11: maturity_history[0].date '2025-13-45' is not "
                + "an ISO-8601 date\n  fix: write it as YYYY-MM-DD, e.g. 2026-03-14\n"
                + "error: " + M + "vpc-alpha/.alexandria.yaml:13:12: maturity_history[1].level: unknown maturity "
                + "'gold'\n  fix: use one of experimental, alpha, beta, stable, mature, deprecated, archived\n"
                + "alexandria: error: vpc-alpha is unavailable: 2 errors in its files\n"
                + "  fix: correct the lines named above, then run the command again\n", r.err());
        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString); // the module's own file: the others still open
    }

    @Test
    void status_outputJson_leavesOutWhatIsNotKnown() throws Exception {
        Cli.Result r = run("status", "vpc-next", "--output", "json"); // not registered, no history, not in git

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("none", json.get("history_source").asText());
        assertTrue(!json.has("since") && !json.has("days_in_level"), r.out());
        assertTrue(!json.get("checklist").get(0).has("note"), r.out());
        assertEquals(0, json.get("problems").size(), r.out());
    }

    @Test
    void status_listsLifecycleDataProblemsAtTheirLine() throws Exception {
        Path meta = root.resolve(M + "vpc-old/.alexandria.yaml");
        Files.writeString(meta, Files.readString(meta) + "maturity_history:\n  - level: beta\n    date: 2025-01-10\n");

        Cli.Result r = run("status", "vpc-old");

        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("error: " + M + "vpc-old/.alexandria.yaml:10:5: maturity_history of "
                + ".alexandria.yaml ends with beta (2025-01-10), but maturity is stable\n  fix: add '- level: stable' "
                + "with the day it became stable (date: YYYY-MM-DD) at the end of maturity_history, or correct "
                + "maturity if beta is right\n"), r.err());
    }

    @Test
    void status_aRecordedTestResultsFileThatCannotBeRead_isAnErrorAtItsLine_atEveryLevel() throws Exception {
        Path results = root.resolve("_catalog/test-results");
        Files.createDirectories(results);
        // vpc-old is stable (a checklist to mature), vpc-retired deprecated (none): both report the file
        Files.writeString(results.resolve("vpc-old.yaml"), "module: vpc-old\nruns:\n  - suite: unit\n"
                + "    date: 2026-01-05\n    outcome: passd\n");
        Files.writeString(results.resolve("vpc-retired.yaml"), "module: vpc-retired\nruns: {suite: unit\n");
        Cli.Result old = run("status", "vpc-old");
        assertEquals(ExitCode.FINDINGS, old.exitCode(), old::toString);
        assertTrue(old.err().startsWith("error: _catalog/test-results/vpc-old.yaml:5:5: run 1 has outcome 'passd', "
                + "which is not passed, failed or skipped\n  fix: run 'alexandria test vpc-old' again to rewrite it, "
                + "or correct the file\n"), old::toString);
        Cli.Result retired = run("status", "vpc-retired");
        assertEquals(ExitCode.FINDINGS, retired.exitCode(), retired::toString);
        // in the words of every library file's YAML error (YamlFiles.syntaxError), at the bracket to close
        assertTrue(retired.err().startsWith("error: _catalog/test-results/vpc-retired.yaml:2:7: is not valid YAML: "
                + "the flow mapping that starts here is never closed (the parser reached the end of the file at line "
                + "3, column 1)\n  fix: add the closing '}' where it should end, or run 'alexandria test vpc-retired' "
                + "again to rewrite it\n"), retired::toString);
        Files.writeString(results.resolve("vpc-old.yaml"), "module: vpc-old\nruns: none\n");
        Cli.Result notAList = run("status", "vpc-old");
        assertEquals(ExitCode.FINDINGS, notAList.exitCode(), notAList::toString);
        assertTrue(notAList.err().startsWith("error: _catalog/test-results/vpc-old.yaml:2:1: 'runs' must be a list of "
                + "runs, one per suite\n"), notAList::toString);
    }

    @Test
    void validate_aRecordedTestResultsFileThatCannotBeRead_isAnError_ofTheModuleAndOfTheLibrary() throws Exception {
        Path results = root.resolve("_catalog/test-results");
        Files.createDirectories(results);
        Files.writeString(results.resolve("vpc-old.yaml"), "module: vpc-old\nruns:\n  - suite: unit\n"
                + "    date: 2026-01-05\n    outcome: \"kinda\"\n");
        String error = "error: _catalog/test-results/vpc-old.yaml:5:5: run 1 has outcome 'kinda', which is not passed,"
                + " failed or skipped [test-results]\n  fix: run 'alexandria test vpc-old' again to rewrite it, or "
                + "correct the file\n";

        Cli.Result one = run("validate", "vpc-old");
        Cli.Result all = run("validate");

        assertEquals(ExitCode.FINDINGS, one.exitCode(), one::toString);
        assertTrue(one.out().contains(error) || one.err().contains(error), one::toString);
        assertEquals(ExitCode.FINDINGS, all.exitCode(), all::toString);
        assertTrue(all.out().contains(error) || all.err().contains(error), all::toString);
    }

    @Test
    void status_anUnclosedListInTheRecordedResults_isPlacedAtItsBracket_andTheNoteSaysTheRunsCannotBeRead()
            throws Exception {
        Path results = root.resolve("_catalog/test-results");
        Files.createDirectories(results);
        Files.writeString(results.resolve("vpc-experimental.yaml"), "module: vpc-experimental\nruns: [\n"
                + "  - suite: unit\n");

        Cli.Result r = run("status", "vpc-experimental");

        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("error: _catalog/test-results/vpc-experimental.yaml:2:7: is not valid YAML: "
                + "the flow sequence that starts here is not closed before line 3, column 3 (expected the node "
                + "content, but found '-')\n  fix: add the closing ']' where it should end, or run 'alexandria test "
                + "vpc-experimental' again to rewrite it\n"), r::toString);
        assertTrue(r.out().contains("note: judged by the presence of test files, since the runs recorded in "
                + "_catalog/test-results/vpc-experimental.yaml cannot be read; correct it, or run 'alexandria test' "
                + "again to rewrite it\n"), r.out());
        assertTrue(!r.out().contains("no run is recorded"), r.out());
    }

    @Test
    void status_aReasonEndingWithAPeriod_isNotFollowedBySemicolon() throws Exception {
        Cli.Result r = run("status", "vpc-retired");

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\n  deprecated: Replaced by vpc-next; replacement vpc-next; removal 2026-06-01\n"),
                r.out());
    }

    @Test
    void promote_refusedWithOutputJson_usesTheSharedRefusalView() throws Exception {
        Cli.Result r = run("promote", "vpc-alpha", "--to", "beta", "--output", "json");

        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("applied", "refused", "reasons", "problems", "module", "from", "to", "ready", "checklist"),
                fields(json));
        assertEquals(false, json.get("applied").asBoolean());
        assertEquals("refusing to move vpc-alpha from alpha to beta", json.get("refused").asText());
    }

    @Test
    void aDryRunWithOutputJson_showsTheCommitAndEachFileAsADiff() throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(root.toFile()).call()) {
            org.eclipse.jgit.lib.PersonIdent me = new org.eclipse.jgit.lib.PersonIdent("Test", "test@example.com");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("library").setAuthor(me).setCommitter(me).setSign(false).call();
        }
        Cli.Result r = run("deprecate", "vpc-old", "--reason", "Old.", "--dry-run", "--output", "json");

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("Deprecate vpc-old: stable → deprecated", json.get("commit_message").asText());
        JsonNode meta = json.get("files").get(0);
        assertEquals(List.of("path", "created", "diff"), fields(meta));
        assertTrue(meta.get("diff").asText().startsWith("--- a/" + M + "vpc-old/.alexandria.yaml\n+++ b/" + M
                + "vpc-old/.alexandria.yaml\n@@ "), r.out());
        assertTrue(meta.get("diff").asText().contains("\n-maturity: stable\n+maturity: deprecated\n"), r.out());
        assertTrue(!meta.get("diff").asText().contains("name: Old VPC"), "only the changed lines and their context");
    }

    @Test
    void deprecate_withGitsIndexLocked_isRefusedInPlainWordsBeforeWritingAnything() throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(root.toFile()).call()) {
            org.eclipse.jgit.lib.PersonIdent me = new org.eclipse.jgit.lib.PersonIdent("Test", "test@example.com");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("library").setAuthor(me).setCommitter(me).setSign(false).call();
        }
        Path meta = root.resolve(M + "vpc-old/.alexandria.yaml");
        String before = java.nio.file.Files.readString(meta);
        Path lock = java.nio.file.Files.createFile(root.resolve(".git/index.lock"));

        Cli.Result r = run("deprecate", "vpc-old", "--reason", "Old.");

        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        assertEquals("alexandria: error: refusing to deprecate vpc-old:\n  git's index is locked: " + lock + " exists, so "
                + "another git process is running or crashed\n  fix: remove the file if no git is running, then try "
                + "again\n", r.err());
        assertEquals(before, java.nio.file.Files.readString(meta));
    }

    @Test
    void refusingADeprecatedModule_printsAFixLine() {
        Cli.Result again = run("deprecate", "vpc-retired", "--reason", "Again.");
        assertEquals(ExitCode.FINDINGS, again.exitCode(), again::toString);
        assertEquals("alexandria: error: refusing to deprecate vpc-retired:\n"
                + "  vpc-retired is already deprecated\n"
                + "  fix: archive it to retire it (alexandria --library " + root + " archive vpc-retired), or edit the "
                + "deprecation: block of"
                + " its .alexandria.yaml to change its reason, replacement or removal date\n", again.err());
        Cli.Result promote = run("promote", "vpc-retired", "--to", "stable");
        assertEquals(ExitCode.FINDINGS, promote.exitCode(), promote::toString);
        // promote prints each reason with what meets it on one line, as its unmet criteria
        assertTrue(promote.err().endsWith("  vpc-retired is deprecated, and a deprecated module can only be archived;"
                + " archive it (alexandria archive vpc-retired), or move its callers to a module that is not"
                + " deprecated\n"), promote.err());
    }

    @Test
    void deprecate_withoutReasonOrReplacement_isAUsageError() {
        Cli.Result r = run("deprecate", "vpc-old");

        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().contains("--reason is needed (say why vpc-old is deprecated), unless --replacement names "
                + "the module to use instead"), r.err());
    }

    @Test
    void everyUnknownModuleArgumentOfAWriteCommand_isAUsageError() throws Exception {
        List<List<String>> commands = List.of(List.of("deprecate", "vpc-nope", "--reason", "Old."),
                List.of("deprecate", "vpc-old", "--replacement", "vpc-nxt"),
                List.of("deprecate", "vpc-old", "--replacement", "vpc-nxt", "--dry-run"),
                List.of("promote", "vpc-nope", "--to", "beta"), List.of("archive", "vpc-nope"),
                List.of("register", "vpc-nope", "--version", "1.0.0"), List.of("publish", "vpc-nope"),
                List.of("version", "vpc-nope", "--bump", "patch"), List.of("test", "vpc-nope", "--coverage-only"));
        for (List<String> command : commands) {
            Cli.Result r = run(command.toArray(String[]::new));
            assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        }
        Cli.Result r = run("deprecate", "vpc-old", "--replacement", "vpc-nxt");
        assertEquals("alexandria: error: --replacement 'vpc-nxt': no module of that id or path in the library\n"
                + "  fix: did you mean 'vpc-next'?\n", r.err());
        assertTrue(!Files.exists(root.resolve(M + "vpc-old/MIGRATION.md")));
    }

    @Test
    void refusals_withOutputJson_printWhyOnStdoutAsWell() throws Exception {
        Cli.Result r = run("archive", "vpc-old", "--output", "json");

        assertEquals(ExitCode.FINDINGS, r.exitCode(), r::toString);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out());
        assertEquals(false, json.get("applied").asBoolean());
        assertTrue(json.get("refused").asText().contains("vpc-old"), r.out());
        assertTrue(json.get("reasons").size() >= 1, r.out());
        // on stdout a reason and its fix are one string, as the API gives it; on stderr the fix has its own line, as
        // every error's, and names the library given with --library, so that it runs on it from this folder
        assertEquals("vpc-old is stable, and only a deprecated module can be archived; deprecate it first "
                + "(alexandria deprecate vpc-old)", json.get("reasons").get(0).asText());
        assertEquals("alexandria: error: refusing to archive vpc-old:\n"
                + "  vpc-old is stable, and only a deprecated module can be archived\n"
                + "  fix: deprecate it first (alexandria --library " + root + " deprecate vpc-old)\n", r.err());
    }

    @Test
    void deprecate_thenArchive_movesTheModuleOutOfBrowse() throws Exception {
        Cli.Result dep = run("deprecate", "vpc-old", "--replacement", "vpc-next", "--removal-date",
                LocalDate.now().plusDays(30).toString());
        assertEquals(ExitCode.OK, dep.exitCode(), dep::toString);
        assertTrue(Files.exists(root.resolve(M + "vpc-old/MIGRATION.md")));

        Cli.Result early = run("archive", "vpc-old");
        assertEquals(ExitCode.FINDINGS, early.exitCode(), early::toString);
        assertTrue(early.err().contains("wait until then, or archive it now with --force"), early.err());

        Cli.Result archived = run("archive", "vpc-old", "--force");
        assertEquals(ExitCode.OK, archived.exitCode(), archived::toString);
        assertTrue(Files.readString(root.resolve("_catalog/module-registry.yaml")).contains("\narchived:\n"));

        assertTrue(!run("browse").out().contains("vpc-old"));
        assertTrue(run("browse", "--include-archived").out().contains("vpc-old"));
        assertEquals(ExitCode.OK, run("info", "vpc-old").exitCode());
        Cli.Result again = run("promote", "vpc-old", "--to", "stable");
        assertEquals(ExitCode.FINDINGS, again.exitCode());
        assertTrue(again.err().contains("vpc-old is archived, and archived modules are read-only"), again.err());
    }

    @Test
    void everyWriter_refusesTheBundledSample_andNamesTheFix() throws Exception {
        Path meta = SampleLibrary.path().resolve("_library/data/storage/s3-basic/.alexandria.yaml");
        String before = Files.readString(meta);
        List<List<String>> writers = List.of(
                List.of("deprecate", "s3-basic", "--replacement", "vpc-standard", "--removal-date", "2027-06-01"),
                List.of("archive", "rds-mysql-legacy"),
                List.of("promote", "web-app-ecs", "--to", "stable"));
        // version refuses the sample with and without --dry-run, for git: VersioningCommandsTest
        for (List<String> args : writers) {
            Cli.Result r = cli.run(args.toArray(String[]::new));

            assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
            assertEquals("", r.out(), r::toString);
            assertEquals("alexandria: error: no library found in " + tmp + "; " + args.get(0) + " writes into a"
                    + " library, and the bundled sample library is read-only\n"
                    + "  fix: run it in a library, or give --library PATH (or set ALEXANDRIA_LIBRARY); to try it on"
                    + " a copy of the sample: cp -r " + SampleLibrary.path() + " sample-library, then add --library"
                    + " sample-library; --dry-run shows the plan without writing\n", r.err());
        }
        assertEquals(before, Files.readString(meta));
    }

    @Test
    void everyWriter_refusesTheSamplesSourceFolderInAlexandriasCheckout() throws Exception {
        Path source = Path.of("../alexandria-examples/sample-library/components/terraform").toAbsolutePath()
                .normalize();
        Path meta = source.resolve("_library/data/storage/s3-basic/.alexandria.yaml");
        String before = Files.readString(meta);
        for (List<String> args : List.of(List.of("deprecate", "s3-basic", "--reason", "x"),
                List.of("archive", "rds-mysql-legacy"), List.of("version", "s3-basic", "--bump", "auto",
                        "--changelog", "x"))) {
            List<String> all = new java.util.ArrayList<>(args);
            all.addAll(List.of("--library", source.toString()));
            Cli.Result r = cli.run(all.toArray(String[]::new));
            assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
            assertEquals("alexandria: error: " + source + " is the bundled sample library in Alexandria's own source"
                    + " tree; " + args.get(0) + " would write and commit into Alexandria's repository\n"
                    + "  fix: copy it and give the copy: cp -r " + source + " /tmp/lib, then --library /tmp/lib;"
                    + " --dry-run shows the plan without writing\n", r.err());
        }
        assertEquals(before, Files.readString(meta));
    }

    @Test
    void dryRun_onTheBundledSample_printsThePlan() throws Exception {
        Path meta = SampleLibrary.path().resolve("_library/data/storage/s3-basic/.alexandria.yaml");
        String before = Files.readString(meta);
        Cli.Result r = cli.run("deprecate", "s3-basic", "--replacement", "s3-advanced", "--removal-date",
                "2027-06-01", "--dry-run");

        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(r.out().contains("+maturity: deprecated\n"), r.out());
        assertEquals(before, Files.readString(meta));
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
