package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alexandria migrate FOLDER}: the inferred plan as a table, as JSON, as a plan file; nothing changes. */
class MigrateCommandTest {

    @TempDir
    Path cwd;

    @BeforeEach
    void flatFolder() throws IOException {
        Path modules = cwd.resolve("modules");
        Files.createDirectories(modules.resolve("vpc"));
        Files.writeString(modules.resolve("vpc/main.tf"), "resource \"aws_vpc\" \"this\" {\n  cidr_block = var.cidr\n}\n"
                + "variable \"cidr\" {\n  type = string\n}\n");
        Files.writeString(modules.resolve("vpc/README.md"), "# VPC\n\nThe network.\n");
        Files.createDirectories(modules.resolve("queue"));
        Files.writeString(modules.resolve("queue/main.tf"), "resource \"aws_sqs_queue\" \"q\" {\n  name = \"q\"\n}\n");
        Files.createDirectories(modules.resolve("docs"));
        Files.writeString(modules.resolve("docs/notes.md"), "notes\n");
    }

    @Test
    void migrate_printsThePlanAndChangesNothing() throws IOException {
        long before;
        try (var files = Files.walk(cwd)) {
            before = files.count();
        }
        Cli.Result r = Cli.in(cwd).run("migrate", "modules");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("vpc     _library/foundations/networking/vpc"), r.out());
        assertTrue(r.out().contains("queue   _library/integration/messaging/queue"), r.out());
        assertTrue(r.out().contains("Skipped:\n  docs: no .tf files in it or below it; not a module"), r.out());
        assertTrue(r.out().endsWith("2 modules planned, 0 to review, 1 folder skipped; nothing was changed. Write the"
                + " plan for review with --write-plan plan.yaml.\n"), r.out());
        try (var files = Files.walk(cwd)) {
            assertEquals(before, files.count());
        }
    }

    @Test
    void migrate_jsonAndYaml_listSkippedFoldersWithPathThenReason() throws IOException {
        Cli.Result json = Cli.in(cwd).run("migrate", "modules", "--output", "json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonNode skipped = new ObjectMapper().readTree(json.out()).path("skipped").get(0);
        List<String> keys = new ArrayList<>();
        skipped.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("path", "reason"), keys);
        Cli.Result yaml = Cli.in(cwd).run("migrate", "modules", "--output", "yaml");
        assertEquals(0, yaml.exitCode(), yaml::toString);
        assertTrue(yaml.out().contains("skipped:\n  - path: docs\n    reason: "), yaml.out());
    }

    @Test
    void migrate_json_givesEveryFieldWithConfidenceAndEvidence() throws IOException {
        Cli.Result r = Cli.in(cwd).run("migrate", "modules", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode plan = new ObjectMapper().readTree(r.out());
        JsonNode vpc = plan.path("modules").get(1);
        assertEquals("vpc", vpc.path("source").asText());
        assertEquals("foundations", vpc.path("layer").path("value").asText());
        assertTrue(vpc.path("layer").path("confidence").asDouble() > 0.5, vpc.toString());
        assertEquals("title of README.md", vpc.path("name").path("evidence").asText());
        assertEquals("no version tag naming the module and no CHANGELOG.md",
                vpc.path("version").path("unknown").asText());
        assertEquals(2, plan.path("summary").path("modules").asInt());
    }

    @Test
    void migrate_writePlan_writesTheYamlToReview() throws IOException {
        Cli.Result r = Cli.in(cwd).run("migrate", "modules", "--into", "library", "--write-plan", "plan.yaml");
        assertEquals(0, r.exitCode(), r::toString);
        String plan = Files.readString(cwd.resolve("plan.yaml"));
        assertTrue(plan.contains("folder: modules\ninto: library\nmodules:\n  - source: queue\n"), plan);
        assertTrue(r.err().startsWith("alexandria: wrote the plan to " + cwd.resolve("plan.yaml")), r.err());
    }

    @Test
    void migrate_aMissingFolder_isADataError() {
        Cli.Result r = Cli.in(cwd).run("migrate", "nope");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + cwd.resolve("nope") + ": no such folder\n"
                + "  fix: name the folder that holds the modules\n", r.err());
    }
}
