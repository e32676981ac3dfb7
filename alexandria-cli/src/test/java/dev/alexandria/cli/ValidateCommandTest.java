package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String NET = "_library/foundations/networking/net-core/";

    @TempDir
    Path tmp;

    /** The clean fixture at components/terraform of a git repository. */
    private Path repoLibrary() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        Path lib = repo.resolve("components/terraform");
        Files.createDirectories(lib);
        Cli.copy(Cli.fixture("validate-clean"), lib);
        return lib;
    }

    @Test
    void validate_cleanLibraryPassesAndListsSkippedTools() throws Exception {
        Path lib = repoLibrary();
        Cli.Result r = Cli.in(tmp).run("validate", "--library", lib.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("skipped: alexandria-terraform-validate: not installed: neither terraform nor tofu is on PATH\n"
                + "skipped: alexandria-tflint: not installed: no tflint on PATH\n"
                + "Validated 2 modules with 8 validators: 0 errors, 0 warnings; 2 skipped\n", r.out());
    }

    @Test
    void validate_theSampleLibraryHasNoErrorAndNoWarningIncludingItsDeclaredCosts() {
        Cli.Result r = Cli.onSample(tmp).run("validate");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().endsWith("Validated 40 modules with 8 validators: 0 errors, 0 warnings, 1 note "
                + "(--verbose lists them); 2 skipped\n"), r::toString);
        assertTrue(!r.out().contains("cost-declared") && !r.out().contains("declares a cost"), r::toString);
    }

    @Test
    void validate_errorsExitOneWithTheirFix() throws Exception {
        Path lib = repoLibrary();
        Files.delete(lib.resolve(NET + "README.md"));
        Cli.Result r = Cli.in(tmp).run("validate", "net-core", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("error: " + NET + ".alexandria.yaml:1:1: the module has no README.md; maturity "
                + "'beta' needs one (criterion 'readme' of experimental → alpha)\n  fix: add " + NET + "README.md"),
                r::toString);
        assertTrue(r.out().endsWith("Validated 1 module with 8 validators: 1 error, 0 warnings; 2 skipped\n"),
                r::toString);
    }

    @Test
    void validate_sarifHasWhatCodeScanningRequires() throws Exception {
        Path lib = repoLibrary();
        Files.delete(lib.resolve(NET + "README.md"));
        Files.writeString(lib.resolve(NET + "variables.tf"), Files.readString(lib.resolve(NET + "variables.tf"))
                .replace("variable \"name\" {\n  type        = string\n", "variable \"name\" {\n"));
        Cli.Result r = Cli.in(tmp).run("validate", "--output", "sarif", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        JsonNode log = new ObjectMapper().readTree(r.out());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(Sarif.SCHEMA, log.path("$schema").asText());
        JsonNode run = log.path("runs").get(0);
        JsonNode driver = run.path("tool").path("driver");
        assertEquals("alexandria", driver.path("name").asText());
        Set<String> rules = new HashSet<>();
        driver.path("rules").forEach(rule -> rules.add(rule.path("id").asText()));
        assertTrue(rules.containsAll(Set.of("readme-missing", "variable-typed", "naming-convention")), rules::toString);
        assertEquals(2, run.path("results").size(), r::toString);
        Set<String> where = new HashSet<>();
        for (JsonNode result : run.path("results")) {
            assertTrue(rules.contains(result.path("ruleId").asText()), result::toString);
            assertTrue(Set.of("error", "warning", "note").contains(result.path("level").asText()), result::toString);
            assertFalse(result.path("message").path("text").asText().isBlank(), result::toString);
            assertEquals(1, result.path("locations").size(), result::toString);
            JsonNode physical = result.path("locations").get(0).path("physicalLocation");
            String uri = physical.path("artifactLocation").path("uri").asText();
            assertTrue(Files.exists(tmp.resolve("repo").resolve(uri)), uri);
            assertTrue(physical.path("region").path("startLine").asInt() >= 1, result::toString);
            where.add(result.path("ruleId").asText() + " " + uri + ":" + physical.path("region").path("startLine"));
        }
        assertEquals(Set.of("readme-missing components/terraform/" + NET + ".alexandria.yaml:1",
                "variable-typed components/terraform/" + NET + "variables.tf:1"), where);
        JsonNode notes = run.path("invocations").get(0).path("toolExecutionNotifications");
        assertEquals("alexandria-terraform-validate skipped: not installed: neither terraform nor tofu is on PATH",
                notes.get(0).path("message").path("text").asText());
    }

    @Test
    void validate_json_listsModulesValidatorsSkippedAndFindings() throws Exception {
        Path lib = repoLibrary();
        Cli.Result r = Cli.in(tmp).run("validate", "app-web", "--output", "json", "--library", lib.toString());
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("app-web", json.path("modules").get(0).asText());
        assertEquals(8, json.path("validators").size());
        assertEquals("alexandria-tflint", json.path("skipped").get(1).path("validator").asText());
        assertEquals(0, json.path("errors").asInt());
    }

    @Test
    void validate_aLibraryThatDoesNotOpenIsReportedInTheFormatAskedFor() throws Exception {
        Path lib = repoLibrary();
        Path md = lib.resolve(NET + ".alexandria.yaml");
        Files.writeString(md, Files.readString(md).replace("version: 1.0.0-beta.1", "version: 0.9.0"));
        Cli.Result r = Cli.in(tmp).run("validate", "--output", "sarif", "--library", lib.toString());
        assertEquals(1, r.exitCode(), r::toString);
        JsonNode result = new ObjectMapper().readTree(r.out()).path("runs").get(0).path("results").get(0);
        assertEquals("version-maturity", result.path("ruleId").asText());
        assertEquals("components/terraform/" + NET + ".alexandria.yaml", result.path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asText());
    }

    @Test
    void validate_unknownModuleIsAUsageError() throws Exception {
        Path lib = repoLibrary();
        Cli.Result r = Cli.in(tmp).run("validate", "net-cor", "--library", lib.toString());
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("net-core"), r::toString);
    }
}
