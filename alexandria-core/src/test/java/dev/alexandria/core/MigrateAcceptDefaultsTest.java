package dev.alexandria.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Migration;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.MigrationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate --accept-defaults} on a folder in git: the maturity it proposes is one whose file criteria each
 * module meets, or the plan says why not; the result says how to tag the releases, which it does not make.
 */
class MigrateAcceptDefaultsTest {

    @TempDir
    Path tmp;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A well-formed module: typed and described variable, described output, pinned versions, README, changelog. */
    private static void module(Path dir, String id, String version, String resource) throws IOException {
        write(dir.resolve("main.tf"), "resource \"" + resource + "\" \"this\" {\n  name = var.name\n}\n");
        write(dir.resolve("variables.tf"), "variable \"name\" {\n  description = \"The name.\"\n"
                + "  type        = string\n}\n");
        write(dir.resolve("outputs.tf"), "output \"id\" {\n  description = \"The id.\"\n  value       = "
                + resource + ".this.id\n}\n");
        write(dir.resolve("versions.tf"), "terraform {\n  required_version = \">= 1.5\"\n  required_providers {\n"
                + "    aws = {\n      source  = \"hashicorp/aws\"\n      version = \">= 5.0\"\n    }\n  }\n}\n");
        write(dir.resolve("README.md"), "# " + id + "\n\nManages the " + id + " of a team.\n");
        write(dir.resolve("CHANGELOG.md"), "# Changelog\n\n## [" + version + "] - 2026-01-01\n\n- First.\n");
    }

    @Test
    void acceptDefaults_proposesOnlyLevelsTheFilesMeet_andSaysHowToTagTheReleases() throws Exception {
        Path flat = tmp.resolve("repo/modules");
        module(flat.resolve("dns"), "dns", "0.4.1", "aws_route53_zone"); // no tests: experimental, not alpha
        module(flat.resolve("vpc"), "vpc", "1.2.0", "aws_vpc"); // every file stable needs
        for (String p : List.of("examples/complete/main.tf", "examples/minimal/main.tf")) {
            write(flat.resolve("vpc").resolve(p), "module \"vpc\" {\n  source = \"../..\"\n  name   = \"x\"\n}\n");
        }
        write(flat.resolve("vpc/tests/unit/plan.tftest.hcl"), "run \"plan\" {\n  command = plan\n}\n");
        write(flat.resolve("vpc/tests/integration/apply.tftest.hcl"), "run \"apply\" {\n}\n");
        module(flat.resolve("queue"), "queue", "1.0.0", "aws_sqs_queue"); // 1.0.0 without stable's files
        try (Git git = Git.init().setDirectory(tmp.resolve("repo").toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("modules").setAuthor("Ada", "ada@example.com")
                    .setCommitter("Ada", "ada@example.com").setSign(false).call();
        }

        Migration migration = Alexandria.migrate(flat);
        MigrationPlan plan = migration.plan();
        assertEquals(MaturityLevel.EXPERIMENTAL, plan.module("dns").orElseThrow().maturity().get());
        assertEquals(MaturityLevel.STABLE, plan.module("vpc").orElseThrow().maturity().get());
        assertEquals(List.of(), plan.module("vpc").orElseThrow().review().stream()
                .filter(r -> r.startsWith("maturity")).toList());
        List<String> queueReview = plan.module("queue").orElseThrow().review();
        assertTrue(queueReview.stream().anyMatch(r -> r.startsWith("maturity stable follows from version 1.0.0 (the "
                + "only level below mature that allows it), but stable needs 2 examples")), queueReview.toString());

        MigrationResult result = migration.apply(plan).acceptDefaults(true).run();

        String tags = result.needsReview().stream().filter(r -> r.startsWith("release tags: ")).findFirst()
                .orElseThrow(() -> new AssertionError(result.needsReview().toString()));
        assertTrue(tags.endsWith(": git tag -a dns/v0.4.1 -m \"dns 0.4.1\" && git tag -a queue/v1.0.0 -m \"queue "
                + "1.0.0\" && git tag -a vpc/v1.2.0 -m \"vpc 1.2.0\""), tags);
        try (Git git = Git.open(tmp.resolve("repo").toFile())) {
            assertEquals(List.of(), git.tagList().call(), "migrate makes no tag");
        }
        List<Finding> errors = Alexandria.open(flat).validate(List.of()).errors();
        // what the plan's review said, and nothing else: queue lacks what its version's only level needs
        assertEquals(List.of("queue examples-count", "queue tests-missing", "queue tests-missing"),
                errors.stream().map(f -> f.module().map(Object::toString).orElse("?") + " " + f.ruleId()).sorted()
                        .toList(), errors.toString());
    }
}
