package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {

    @TempDir
    Path cwd;

    private Cli.Result info(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "info";
        all[1] = "--library";
        all[2] = Cli.fixture("minimal").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.in(cwd).run(all);
    }

    @Test
    void info_showsMetadataRegistryAndVersions() {
        Cli.Result r = info("net-basic");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("info-net-basic", r.out());
        assertEquals("", r.err());
    }

    @Test
    void info_jsonGivesEachVersionsPublicationAndReleaseRecordWhenKnown() throws Exception {
        Cli.Result r = info("net-basic", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        com.fasterxml.jackson.databind.JsonNode versions = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).path("registry").path("versions");
        assertTrue(versions.size() > 0, r::toString);
        for (com.fasterxml.jackson.databind.JsonNode v : versions) { // the fixture records no release nor publication
            assertFalse(v.has("published") || v.has("published_on") || v.has("git_tag") || v.has("tree")
                    || v.has("fingerprint"),
                    "unknown values are left out, never invented: " + v);
        }
    }

    @Test
    void info_acceptsThePathBelowLibrary() {
        Cli.Result r = info("foundations/networking/net-basic");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("info-net-basic", r.out());
    }

    @Test
    void info_unregisteredModule_saysSo() {
        Cli.Result r = info("net-peering");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("Registry: not registered (alexandria register net-peering --version "),
                r::toString);
        assertTrue(r.out().contains(" validates it and adds its entry)\n"), r::toString);
        assertTrue(r.out().contains("  requires    net-basic >= 1.0.0\n"), r::toString);
    }

    @Test
    void info_showsInterfaceDependenciesAndTheNextLevelsChecklist() {
        Cli.Result r = info("net-basic");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\nInterface (from its HCL)\n  own_variables       "), r::toString);
        assertTrue(r.out().contains("\nDependencies\n  requires     none\n  required_by  net-peering, app-service\n"), r::toString);
        assertTrue(r.out().contains("\nNext level: stable -> mature (1 of 5 criteria met; 'alexandria status net-basic'"
                + " shows the evidence)\n  [x] 180+ days in stable\n"), r::toString);
    }

    @Test
    void info_json_hasInterfaceAndDependencies() throws IOException {
        Cli.Result r = info("net-peering", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("net-basic >= 1.0.0", json.get("dependencies").get("requires").get(0).asText());
        assertTrue(json.get("interface").get("own_variables").isNumber(), r::toString);
        assertTrue(json.get("interface").get("resource_types").isArray(), r::toString);
    }

    @Test
    void info_unknownModule_isAUsageErrorThatSuggestsTheClosestId() {
        Cli.Result r = info("net-basc");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'net-basc' in the library\n"
                + "  fix: did you mean 'net-basic'?\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void info_missingModuleArgument_isAUsageError() {
        Cli.Result r = info();
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: Missing required parameter: 'MODULE'\n"
                + "  fix: give MODULE, e.g. 'alexandria info vpc-standard' (see 'alexandria info --help')\n", r.err());
    }

    @Test
    void info_json_hasMetadataAndRegistryEntry() throws IOException {
        Cli.Result r = info("net-basic", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("net-basic", json.get("id").asText());
        assertEquals("foundations/networking/net-basic", json.get("path").asText());
        assertEquals("stable", json.get("metadata").get("maturity").asText());
        assertEquals(">= 5.0, < 6.0", json.get("metadata").get("compatible_with").get("providers").get("aws").asText());
        assertEquals("medium", json.get("registry").get("cost").get("cost_category").asText());
        assertEquals(2, json.get("registry").get("versions").size());
        assertEquals("Adds flow logs.", json.get("registry").get("versions").get(1).get("changelog").asText());
    }

    @Test
    void info_table_saysTheDeclaredCostIsTheAuthorsAndTheRegistrysIsTheEstimate() {
        Cli.Result r = info("net-basic");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("  cost.estimated_monthly_usd     $32.50 a month, declared by the module's author\n"
                + "  cost.cost_category             medium (from the declared cost)\n"), r::toString);
        assertTrue(r.out().contains("  cost.estimated_cost            $32.50 a month, estimated by register from AWS "
                + "list prices; 'alexandria cost net-basic' shows the lines\n"
                + "  cost.cost_category             medium (from the estimate)\n"), r::toString);
        // the keys of JSON and YAML stay those of the files
        String json = info("net-basic", "--output", "json").out();
        assertTrue(json.contains("\"estimated_monthly_usd\" : 32.5") || json.contains("\"estimated_monthly_usd\": 32.5"),
                json);
    }

    @Test
    void info_partialRegistryCost_isShownAsPartial() throws IOException {
        Path lib = cwd.resolve("lib");
        Cli.copy(Cli.fixture("minimal"), lib);
        Path registry = lib.resolve("_catalog/module-registry.yaml");
        Files.writeString(registry, Files.readString(registry).replace("      cost_category: medium\n",
                "      cost_category: medium\n      partial: true\n"));
        Cli.Result r = Cli.in(cwd).run("info", "net-basic", "--library", lib.toString(), "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode cost = new ObjectMapper().readTree(r.out()).get("registry").get("cost");
        assertTrue(cost.get("partial").asBoolean(), r::toString);
        Cli.Result table = Cli.in(cwd).run("info", "net-basic", "--library", lib.toString());
        // a lower bound, and its category only "at least" this one
        assertTrue(table.out().contains("  cost.estimated_cost            at least $32.50 a month, estimated by "
                + "register from AWS list prices; "), table::toString);
        assertTrue(table.out().contains("  cost.cost_category             medium or higher (from the estimate)\n"),
                table::toString);
        assertFalse(info("net-basic", "--output", "json").out().contains("partial"));
    }

    @Test
    void info_printsTheModulesOwnFindingsAndCountsTheOthers() {
        Cli.Result r = Cli.in(cwd).run("info", "net-basic", "--library", Cli.fixture("hcl-error").toString());
        // the module's HCL has an error: the interface shown leaves out the part in error, which exit 1 tells a script
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("error: _library/foundations/networking/net-basic/main.tf:4:16: Invalid"
                + " expression: "), r::toString);
        assertTrue(r.err().contains("\n  fix: correct the file at that line; "), r::toString);
        assertTrue(r.err().endsWith("\nalexandria: 1 finding elsewhere in the catalog files and module metadata; "
                + "run 'alexandria browse --findings' to list it with those of the modules' HCL\n"
                + "alexandria: error: net-basic: 1 error in the HCL, so the answer above leaves out the part in error\n"
                + "  fix: correct the HCL at the line above ('alexandria inspect net-basic' shows it too), then run the "
                + "command again\n"), r::toString);
        assertEquals(5, r.err().lines().count(), r::toString);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"info", "status", "inspect"})
    void aCommandAboutAModuleWithoutFindings_countsTheOthersAsElsewhere(String command) {
        Cli.Result r = Cli.in(cwd).run(command, "app-service", "--library", Cli.fixture("warnings").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("alexandria: 1 finding elsewhere in the catalog files and module metadata; run 'alexandria browse "
                + "--findings' to list it with those of the modules' HCL\n", r.err());
    }

    @Test
    void info_registryEntryWithoutMetrics_showsThemAsUnknownNotZero() throws IOException {
        Path library = cwd.resolve("library");
        Cli.copy(Cli.fixture("minimal"), library);
        Path registry = library.resolve("_catalog/module-registry.yaml");
        Files.writeString(registry, Files.readString(registry).replace(
                "    metrics:\n      downloads: 12\n      rating: 4.0\n      last_updated: 2026-10-01\n", ""));

        Cli.Result table = Cli.in(cwd).run("info", "app-service", "--library", library.toString());
        assertEquals(0, table.exitCode(), table::toString);
        assertTrue(table.out().contains("  requires            net-basic >= 1.0.0, < 2.0.0\n"
                + "  metrics             unknown\n"
                + "  support.maintainer  team-apps\n"), table::toString);
        assertTrue(!table.out().contains("downloads"), table::toString);

        Cli.Result json = Cli.in(cwd).run("info", "app-service", "--library", library.toString(), "--output", "json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonNode registryEntry = new ObjectMapper().readTree(json.out()).get("registry");
        assertTrue(registryEntry.has("support") && !registryEntry.has("metrics"), json::toString);
    }

    @Test
    void info_metricsWithoutADownloadCount_showTheCountAsUnknownAndLeaveItOutOfJson() throws IOException {
        Path library = cwd.resolve("library");
        Cli.copy(Cli.fixture("minimal"), library);
        Path registry = library.resolve("_catalog/module-registry.yaml");
        Files.writeString(registry, Files.readString(registry).replace("      downloads: 12\n", ""));

        Cli.Result table = Cli.in(cwd).run("info", "app-service", "--library", library.toString());
        assertEquals(0, table.exitCode(), table::toString);
        assertTrue(table.out().contains("  metrics.downloads     unknown\n"
                + "  metrics.rating        4.0\n"
                + "  metrics.last_updated  2026-10-01\n"), table::toString);

        Cli.Result json = Cli.in(cwd).run("info", "app-service", "--library", library.toString(), "--output", "json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonNode metrics = new ObjectMapper().readTree(json.out()).get("registry").get("metrics");
        assertEquals("{\"rating\":4.0,\"last_updated\":\"2026-10-01\"}", metrics.toString(), json::toString);
    }

    @Test
    void info_nextLevel_isEvaluatedAsStatusEvaluatesIt() throws IOException {
        Cli cli = Cli.in(cwd);
        Cli.Result status = cli.run("status", "eks-standard");
        Cli.Result r = cli.run("info", "eks-standard");

        // the sample is not a git repository: the day stable was entered comes from its first stable release
        assertTrue(status.out().contains("Next: mature (2 of 5 criteria met)\n"), status::toString);
        assertTrue(r.out().endsWith("\nNext level: stable -> mature (2 of 5 criteria met; 'alexandria status"
                + " eks-standard' shows the evidence)\n"
                + "  [x] 180+ days in stable\n"
                + "  [ ] Zero critical bugs in the last 90 days\n"
                + "  [x] Performance optimizations applied and benchmarked\n"
                + "  [ ] Multiple case studies\n"
                + "  [ ] Active community usage\n"), r::toString);

        JsonNode next = new ObjectMapper().readTree(cli.run("info", "eks-standard", "--output", "json").out())
                .get("next_level");
        assertEquals(2, next.get("criteria_met").asInt());
        assertEquals("benchmarks", next.get("checklist").get(2).get("id").asText());
        assertTrue(next.get("checklist").get(2).get("met").asBoolean());
        assertEquals("benchmark results are declared (evidence: benchmarks: true), not measured; keep them with the"
                + " module (e.g. under benchmarks/) so a reviewer can check them",
                next.get("checklist").get(2).get("note").asText());
        assertEquals(new ObjectMapper().readTree(cli.run("status", "eks-standard", "--output", "json").out())
                .get("checklist"), next.get("checklist"));
    }
}
