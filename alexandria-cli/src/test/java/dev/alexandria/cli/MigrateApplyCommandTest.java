package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate --plan}, {@code --dry-run} and {@code --check} on a copy of the flat-components example (outside
 * git, so folders are moved without index updates), and the option combinations that are refused.
 */
class MigrateApplyCommandTest {

    @TempDir
    Path cwd;

    @BeforeEach
    void copyExample() throws IOException {
        Cli.copy(Path.of("../alexandria-examples/flat-components"), cwd);
    }

    @Test
    void dryRun_json_listsTheMovesAndChangesNothing() throws IOException {
        Cli.Result r = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml",
                "--dry-run", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode result = new ObjectMapper().readTree(r.out());
        assertTrue(result.path("dry_run").asBoolean());
        assertTrue(result.path("in_git").isBoolean() && !result.path("in_git").asBoolean(), r::toString);
        assertTrue(result.path("staged").isBoolean() && !result.path("staged").asBoolean(), r::toString);
        assertEquals(".", result.path("caller_scope").get(0).asText(), r::toString);
        assertEquals(22, result.path("summary").path("moved").asInt());
        assertEquals("_library/foundations/networking/vpc-advanced", result.path("moved").get(21).path("to").asText());
        assertEquals("", r.err());
        assertTrue(Files.isDirectory(cwd.resolve("components/terraform/vpc")));
        assertTrue(!Files.exists(cwd.resolve("components/terraform/_library")));
    }

    @Test
    void plan_appliesWithProgressOnStderr_andCheckFindsTheLinksFine() {
        Cli.Result r = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: [1/22] moved acm to _library/security/access-control/acm\n"),
                r::toString);
        assertTrue(r.out().contains("moved 22 modules, 0 already in place, 1 kept in place"), r::toString);
        assertTrue(r.out().endsWith("The library is not in a git repository, so nothing was staged.\n"
                + "Callers of the moved modules were looked for in the library root (outside git there is no "
                + "repository to search up to).\n"), r::toString);
        assertTrue(Files.isSymbolicLink(cwd.resolve("components/terraform/eks")));

        Cli.Result again = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().endsWith("Nothing to change: the plan is applied.\n"), again::toString);

        Cli.Result check = Cli.in(cwd).run("migrate", "--check", "components/terraform");
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.out().endsWith("0 problems with legacy links, 22 links fine in "
                + cwd.resolve("components/terraform").toAbsolutePath().normalize() + "\n"), check::toString);
    }

    @Test
    void plan_dryRunAndApply_reportTheSameCallChecks() throws IOException {
        Cli.Result planned = Cli.in(cwd).run("migrate", "components/terraform", "--write-plan", "inferred.yaml",
                "--output", "json");
        assertEquals(0, planned.exitCode(), planned::toString);
        java.util.List<String> fromPlan = new java.util.ArrayList<>();
        for (JsonNode m : new ObjectMapper().readTree(planned.out()).path("modules")) {
            m.path("review").forEach(r -> fromPlan.add(m.path("source").asText() + ": " + r.asText()));
        }
        fromPlan.removeIf(l -> !l.contains("(undeclared-call:") && !l.contains("(layer-rule:"));
        assertTrue(!fromPlan.isEmpty(), planned::toString);

        Cli.Result table = Cli.in(cwd).run("migrate", "components/terraform");
        assertEquals(0, table.exitCode(), table::toString);
        for (String line : fromPlan) {
            assertTrue(table.out().contains("\n  " + line + "\n"), line + "\n" + table.out());
        }

        Cli.Result dry = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "inferred.yaml", "--dry-run",
                "--accept-defaults", "--output", "json");
        assertEquals(0, dry.exitCode(), dry::toString);
        java.util.List<String> fromDryRun = new java.util.ArrayList<>();
        new ObjectMapper().readTree(dry.out()).path("needs_review").forEach(n -> fromDryRun.add(n.asText()));
        fromDryRun.removeIf(l -> !l.contains("(undeclared-call:") && !l.contains("(layer-rule:"));
        // worked out again from the plan as applied, not copied from the plan file: each line once
        assertEquals(fromPlan, fromDryRun);
    }

    @Test
    void dryRun_listsTheLayerRuleErrorsAndUndeclaredCallsThatValidateReportsAfterTheMigration() throws IOException {
        // iam placed in patterns: eks, eks-backend-services (compute) then call a module of a higher layer
        Path planFile = cwd.resolve("migration-plan.yaml");
        String plan = Files.readString(planFile);
        int from = plan.indexOf("  - source: iam\n");
        int to = plan.indexOf("  - source: ", from + 1);
        Files.writeString(planFile, plan.substring(0, from) + plan.substring(from, to)
                .replace("value: foundations", "value: patterns").replace("value: identity", "value: governance")
                + plan.substring(to));
        Cli.Result dry = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml",
                "--dry-run", "--output", "json");
        assertEquals(0, dry.exitCode(), dry::toString);
        java.util.List<String> review = new java.util.ArrayList<>();
        new ObjectMapper().readTree(dry.out()).path("needs_review").forEach(n -> review.add(n.asText()));
        Cli.Result applied = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml");
        assertEquals(0, applied.exitCode(), applied::toString);
        Cli.Result validate = Cli.in(cwd).run("validate", "--library", "components/terraform", "--output", "json",
                "--no-external-tools");
        java.util.List<JsonNode> findings = new java.util.ArrayList<>();
        new ObjectMapper().readTree(validate.out()).path("findings").forEach(findings::add);
        for (String rule : java.util.List.of("layer-rule", "undeclared-call")) {
            // each finding's place (the line of the call's module block, in a file of that name) and called
            // module, from validate's finding and from the review line of the dry run ("<caller source>: <file>:
            // <line>: module ... calls <id> ...", the file where it is before the move)
            java.util.List<String> found = findings.stream().filter(f -> f.path("rule").asText().equals(rule))
                    .map(f -> Path.of(f.path("file").asText()).getFileName() + ":" + f.path("line").asInt() + " "
                            + f.path("message").asText().replaceFirst("^[^']*'([^']+)'.*", "$1"))
                    .sorted().toList();
            java.util.List<String> said = review.stream().filter(l -> l.contains("(" + rule + ":"))
                    .map(l -> l.replaceFirst("^[^:]+: (?:[^:]*/)?([^:/]+:\\d+): module \"[^\"]+\" calls ([^ ]+) .*",
                            "$1 $2"))
                    .sorted().toList();
            assertEquals(found, said, rule + ": " + review + "\n" + validate.out());
            assertTrue(!said.isEmpty(), rule);
        }
    }

    @Test
    void check_danglingLink_exitsWithFindings() throws IOException {
        Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml");
        Path dns = cwd.resolve("components/terraform/_library/foundations/networking/dns");
        Files.move(dns, cwd.resolve("dns-elsewhere"));
        Cli.Result check = Cli.in(cwd).run("migrate", "--check", "components/terraform");
        assertEquals(1, check.exitCode(), check::toString);
        assertTrue(check.out().startsWith("error: _catalog/legacy-links.yaml:32: legacy link dns is dangling: "
                + "_library/foundations/networking/dns does not exist\n"), check::toString);
    }

    @Test
    void dryRunAndApply_withGitsIndexLocked_areRefusedAlikeAndNothingMoves() throws Exception {
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(cwd.toFile()).call()) {
            org.eclipse.jgit.lib.PersonIdent me = new org.eclipse.jgit.lib.PersonIdent("Test", "test@example.com");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("components").setAuthor(me).setCommitter(me).setSign(false).call();
        }
        Path lock = cwd.resolve(".git/index.lock");
        Files.createFile(lock); // another git process is running
        byte[] index = Files.readAllBytes(cwd.resolve(".git/index"));
        String reason = "  git's index is locked: " + lock.toRealPath() + " exists, so another git process is running"
                + " or crashed\n  fix: remove the file if no git is running, then try again\n";

        Cli.Result dry = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml",
                "--dry-run");
        assertEquals(1, dry.exitCode(), dry::toString);
        assertTrue(dry.out().contains("would move 22 modules"), dry::toString); // the plan is still shown
        assertTrue(dry.err().startsWith("alexandria: error: applying this plan would be refused (would move 22 "
                + "modules, "), dry::toString);
        assertTrue(dry.err().endsWith(reason), dry::toString);

        Cli.Result json = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml",
                "--dry-run", "--output", "json");
        assertEquals(1, json.exitCode(), json::toString);
        JsonNode view = new ObjectMapper().readTree(json.out());
        assertTrue(view.path("applied").isBoolean() && !view.path("applied").asBoolean(), json::toString);
        assertTrue(view.path("reasons").get(0).asText().startsWith("git's index is locked: "), json::toString);

        Cli.Result apply = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml");
        assertEquals(1, apply.exitCode(), apply::toString);
        assertEquals("alexandria: error: refusing to migrate " + cwd.toRealPath().resolve("components/terraform")
                + ":\n" + reason, apply.err());
        assertTrue(Files.isDirectory(cwd.resolve("components/terraform/vpc"))
                && !Files.isSymbolicLink(cwd.resolve("components/terraform/vpc")));
        assertTrue(!Files.exists(cwd.resolve("components/terraform/_library")));
        assertTrue(java.util.Arrays.equals(index, Files.readAllBytes(cwd.resolve(".git/index"))));

        Files.delete(lock); // once git is done, the same dry run is clean
        assertEquals(0, Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml",
                "--dry-run").exitCode());
    }

    @Test
    void plan_intoALibraryInAnotherRepository_isRefusedWithExit3() throws IOException {
        Files.createDirectories(cwd.resolve("library/.git"));
        Files.writeString(cwd.resolve("library/.git/HEAD"), "ref: refs/heads/main\n");
        Files.createDirectories(cwd.resolve("library/.git/objects"));
        Files.createDirectories(cwd.resolve("library/.git/refs/heads"));
        Cli.Result r = Cli.in(cwd).run("migrate", "components/terraform", "--into", "library", "--write-plan",
                "plan.yaml");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.Result apply = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "plan.yaml",
                "--accept-defaults", "--dry-run");
        assertEquals(3, apply.exitCode(), apply::toString);
        Path real = cwd.toRealPath();
        assertEquals("alexandria: error: cannot migrate " + real.resolve("components/terraform") + " into "
                + real.resolve("library") + ": " + real.resolve("components/terraform") + " is not in a git "
                + "repository, but " + real.resolve("library") + " is in the git repository at "
                + real.resolve("library") + "; a module moved between repositories loses its history, and its "
                + "legacy link would point out of its repository\n"
                + "  fix: copy the folder into the library's repository first and migrate it there (no "
                + "--into), or plan it again into a folder outside git\n", apply.err());
        assertTrue(Files.isDirectory(cwd.resolve("components/terraform/vpc")));
    }

    @Test
    void plan_whoseFolderOrIntoDisagreeWithTheCommandLine_isRefusedNotIgnored() throws IOException {
        Files.createDirectories(cwd.resolve("elsewhere"));
        Cli.Result folder = Cli.in(cwd).run("migrate", "elsewhere", "--plan", "migration-plan.yaml", "--dry-run");
        assertEquals(2, folder.exitCode(), folder::toString);
        Path real = cwd.toRealPath();
        assertTrue(folder.err().startsWith("alexandria: error: migration-plan.yaml migrates "
                + real.resolve("components/terraform") + " (its folder:), not " + real.resolve("elsewhere")
                + "\n  fix: name the plan's folder, or write a plan for this folder with --write-plan\n"), folder::toString);
        Cli.Result into = Cli.in(cwd).run("migrate", "components/terraform", "--into", "elsewhere", "--plan",
                "migration-plan.yaml", "--dry-run");
        assertEquals(2, into.exitCode(), into::toString);
        assertTrue(into.err().startsWith("alexandria: error: migration-plan.yaml migrates into "
                + real.resolve("components/terraform") + " (its into:), not --into elsewhere\n  fix: change into: in the "
                + "plan, or leave out --into\n"), into::toString);
        assertTrue(Files.isDirectory(cwd.resolve("components/terraform/vpc")));
    }

    @Test
    void reapplying_aModuleWithoutAReadme_changesNothing() throws IOException {
        Files.delete(cwd.resolve("components/terraform/dns/README.md"));
        Cli.Result first = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml");
        assertEquals(0, first.exitCode(), first::toString);
        Cli.Result again = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "migration-plan.yaml");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().endsWith("Nothing to change: the plan is applied.\n"), again::toString);
    }

    @Test
    void dryRunWithoutPlan_isAUsageError() {
        Cli.Result r = Cli.in(cwd).run("migrate", "components/terraform", "--dry-run");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: --dry-run goes with --plan FILE\n  fix: add --plan, or leave "
                + "--dry-run out to print the plan\n"), r::toString);
    }

    @Test
    void checkWithPlan_isAUsageError() {
        Cli.Result r = Cli.in(cwd).run("migrate", "--check", "--plan", "migration-plan.yaml");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: --check and --plan do not go together (--check only reads "
                + "the library)\n  fix: leave out one of them\n"), r::toString);
    }

    @Test
    void planAndWritePlan_isAUsageError() {
        Cli.Result r = Cli.in(cwd).run("migrate", "components/terraform", "--plan", "a.yaml", "--write-plan",
                "b.yaml");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: --plan and --write-plan do not go together\n  fix: write the "
                + "plan first, review it, then apply it with --plan\n"), r::toString);
    }
}
