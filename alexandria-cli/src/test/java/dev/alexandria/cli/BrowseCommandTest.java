package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.alexandria.examples.SampleLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowseCommandTest {

    @TempDir
    Path cwd;

    @Test
    void browse_groupsByLayerThenCategory() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString());
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("browse-minimal", r.out());
        assertEquals("", r.err());
    }

    @Test
    void browse_facets_countTheListedModulesPerValue() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(), "--facets");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith(Cli.golden("browse-minimal")), r::toString);
        assertTrue(r.out().endsWith("\nFacets (modules per value)\n"
                + "  layer      foundations 2, compute 1\n"
                + "  category   foundations/networking 2, compute/containers 1\n"
                + "  maturity   alpha 1, experimental 1, stable 1\n"
                + "  complexity basic 3\n"
                + "  cost       medium 1\n"
                + "  tags       networking 2, containers 1, vpc 1\n"), r::toString);
    }

    @Test
    void browse_json_hasTheFacetsOfTheSelectedModules() throws IOException {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(), "--layer",
                "foundations", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        com.fasterxml.jackson.databind.JsonNode facets = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("facets");
        assertEquals("{\"foundations\":2}", facets.get("layer").toString());
        assertEquals("{\"networking\":2,\"vpc\":1}", facets.get("tags").toString());
    }

    @Test
    void browse_countsTheLibrarysFindingsInOneLineNamingTheCommandThatListsThem() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("warnings").toString());
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("browse-minimal", r.out());
        assertEquals("alexandria: 1 finding in the catalog files and module metadata; run 'alexandria browse --findings' to "
                + "list it with those of the modules' HCL\n", r.err());
    }

    @Test
    void browse_findings_listsEveryFindingWithItsFix() {
        Cli.Result r = Cli.in(cwd).run("browse", "--findings", "--library", Cli.fixture("hcl-error").toString());
        // The HCL error is the error validate reports (hcl-valid), so browse --findings exits 1 as validate does.
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(""
                + "warning: _catalog/module-registry.yaml:47:7: cost_category 'high' does not match estimated_cost"
                + " 32.5 (medium)\n"
                + "  fix: set cost_category to medium\n"
                + "error: _library/foundations/networking/net-basic/main.tf:4:16: Invalid expression: Expected the"
                + " start of an expression, but found an invalid expression token\n"
                + "  fix: correct the file at that line; until then the module's inputs, outputs and complexity tier"
                + " are read without the part in error\n"
                + "1 error, 1 warning\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void browse_findings_withAFilter_listsThoseOfTheSelectedModules() {
        Cli.Result compute = Cli.in(cwd).run("browse", "--findings", "--layer", "compute",
                "--library", Cli.fixture("hcl-error").toString());
        assertEquals(0, compute.exitCode(), compute::toString);
        assertEquals("no findings (layer compute)\n", compute.out());
        Cli.Result foundations = Cli.in(cwd).run("browse", "--findings", "--layer", "foundations",
                "--library", Cli.fixture("hcl-error").toString());
        assertEquals(1, foundations.exitCode(), foundations::toString);
        assertTrue(foundations.out().startsWith("error: _library/foundations/networking/net-basic/main.tf:4:16:"),
                foundations::toString);
        assertTrue(foundations.out().endsWith("\n1 error (layer foundations)\n"), foundations::toString);
    }

    @Test
    void browse_findings_json_hasTheCountsAndEveryField() throws IOException {
        Cli.Result r = Cli.in(cwd).run("browse", "--findings", "--output", "json",
                "--library", Cli.fixture("warnings").toString());
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("total").asInt());
        assertEquals(0, json.get("errors").asInt());
        assertEquals(1, json.get("warnings").asInt());
        JsonNode finding = json.get("findings").get(0);
        assertEquals(List.of("severity", "rule", "file", "line", "column", "message", "hint"), keys(finding));
        assertEquals("_catalog/module-registry.yaml", finding.get("file").asText());
        assertEquals(47, finding.get("line").asInt());
        assertEquals("set cost_category to medium", finding.get("hint").asText());
    }

    @Test
    void browse_findings_ofALibraryWithout_saysSo() {
        Cli.Result r = Cli.in(cwd).run("browse", "--findings", "--library", Cli.fixture("minimal").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("no findings\n", r.out());
    }

    private static List<String> keys(JsonNode json) {
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void browse_layer_showsOnlyThatLayer() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(), "--layer", "compute");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("browse-minimal-layer-compute", r.out());
    }

    @Test
    void browse_category_showsOnlyThatCategory() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--category", "foundations/networking");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("net-peering"), r::toString);
        assertTrue(!r.out().contains("app-service"), r::toString);
        assertTrue(r.out().endsWith("2 modules in 1 layer (category foundations/networking)\n"), r::toString);
    }

    @Test
    void browse_maturityWithEquals_showsOnlyThoseLevels() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--maturity", "=stable,=alpha");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("    net-basic ") && r.out().contains("    app-service "), r::toString);
        assertTrue(!r.out().contains("net-peering"), r::toString);
        assertTrue(r.out().endsWith("2 modules in 2 layers (maturity stable, alpha)\n"), r::toString);
    }

    @Test
    void browse_maturityList_isExactlyThoseLevels_asInSearch() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--maturity", "alpha,experimental");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("    app-service ") && r.out().contains("    net-peering "), r::toString);
        assertTrue(!r.out().contains("net-basic"), "stable is not in the list: " + r);
        assertTrue(r.out().endsWith("(maturity alpha, experimental)\n"), r::toString);
    }

    @Test
    void browse_maturity_meansThatLevelOrAbove_asInSearch() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--maturity", "alpha");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("    net-basic ") && r.out().contains("    app-service "), r::toString);
        assertTrue(!r.out().contains("net-peering"), r::toString);
        assertTrue(r.out().endsWith("2 modules in 2 layers (maturity alpha+)\n"), r::toString);
        Cli.Result plus = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--maturity", "alpha+");
        assertEquals(r.out(), plus.out());
        Cli.Result exactly = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--maturity", "=alpha");
        assertTrue(exactly.out().endsWith("1 module in 1 layer (maturity =alpha)\n"), exactly::toString);
    }

    @Test
    void browse_maturity_unknownLevel_saysWhatIsAccepted() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--maturity", "=stabel");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --maturity: unknown maturity '=stabel'\n"
                + "  fix: use one of experimental, alpha, beta, stable, mature, deprecated, archived "
                + "(LEVEL alone or LEVEL+: that level or above; a list a,b or =LEVEL: those levels only)\n", r.err());
    }

    @Test
    void browse_tags_keepsModulesWithEveryTagOrAChildTag() {
        Cli.Result vpc = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--tags", "vpc");
        assertEquals(0, vpc.exitCode(), vpc::toString);
        assertTrue(vpc.out().contains("    net-basic "), vpc::toString);
        assertTrue(vpc.out().endsWith("1 module in 1 layer (tags vpc)\n"), vpc::toString);
        // vpc is a child tag of networking, so net-basic counts for networking as well.
        Cli.Result networking = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--tags", "networking", "--output", "json");
        assertEquals(0, networking.exitCode(), networking::toString);
        assertTrue(networking.out().contains("\"net-basic\"") && networking.out().contains("\"net-peering\""),
                networking::toString);
        assertTrue(!networking.out().contains("\"app-service\""), networking::toString);
        Cli.Result both = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--tags", "networking,containers");
        assertTrue(both.out().startsWith("no modules (tags networking, containers)"), both::toString);
    }

    @Test
    void browse_unknownTag_isAUsageErrorThatSuggestsTheClosest() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--tags", "netwrking");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: unknown tag 'netwrking': it is not declared in _catalog/tags.yaml\n"
                + "  fix: did you mean 'networking'?\n", r.err());
    }

    @Test
    void browse_complexity_keepsThoseTiers() {
        Cli.Result basic = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--complexity", "basic");
        assertEquals(0, basic.exitCode(), basic::toString);
        assertTrue(basic.out().endsWith("3 modules in 2 layers (complexity basic)\n"), basic::toString);
        Cli.Result advanced = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--complexity", "standard,advanced");
        assertEquals(0, advanced.exitCode(), advanced::toString);
        assertEquals("no modules (complexity standard, advanced)\n", advanced.out());
    }

    @Test
    void browse_globalOptionsWorkBeforeTheCommandToo() {
        Cli.Result r = Cli.in(cwd).run("--library", Cli.fixture("minimal").toString(), "browse");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("browse-minimal", r.out());
    }

    @Test
    void browse_findsTheLibraryInTheWorkingDirectory() {
        Cli.Result r = Cli.in(Cli.fixture("minimal").resolve("_library/compute")).run("browse");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("browse-minimal", r.out());
        assertEquals("", r.err());
    }

    @Test
    void browse_findsTheLibraryFromTheEnvironment() {
        Cli.Result r = Cli.in(cwd).env("ALEXANDRIA_LIBRARY", Cli.fixture("minimal").toString()).run("browse");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("browse-minimal", r.out());
    }

    @Test
    void browse_descriptionIsCutToTheTerminalWidth() {
        Cli.Result r = Cli.in(cwd).env("COLUMNS", "80").run("browse", "--library", Cli.fixture("minimal").toString());
        assertEquals(0, r.exitCode(), r::toString);
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 80, () -> "longer than 80: " + line);
        }
        assertTrue(r.out().contains(
                "    app-service  0.2.0    alpha         basic  A containerised web service be...\n"),
                r::toString);
    }

    @Test
    void browse_narrowTerminal_putsEachDescriptionOnItsOwnLineAndNeverCutsAnId() throws IOException {
        Cli.Result r = Cli.onSample(cwd).env("COLUMNS", "80").run("browse");
        assertEquals(0, r.exitCode(), r::toString);
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 80, () -> "longer than 80: " + line);
        }
        assertTrue(r.out().contains("  foundations/identity: 1 module\n"
                + "    ID                     VERSION       MATURITY      TIER\n"
                + "    iam-roles              1.4.0         stable        standard\n"
                + "      IAM role with a generated trust policy for AWS services, IAM principals...\n"), r::toString);
        for (String id : moduleFolders(SampleLibrary.path())) {
            assertTrue(r.out().contains("\n    " + id + " "), () -> id + " missing or cut in\n" + r.out());
        }
    }

    @Test
    void browse_oneVeryLongId_getsItsOwnLineInsteadOfWideningEveryRow() throws IOException {
        Path library = cwd.resolve("library");
        Cli.copy(Cli.fixture("minimal"), library);
        String id = "network-firewall-with-inspection-and-egress-filtering"; // 53 characters
        Path module = Files.createDirectories(library.resolve("_library/foundations/networking/" + id));
        Files.writeString(module.resolve("main.tf"), "variable \"name\" {}\n");
        Files.writeString(module.resolve(".alexandria.yaml"), "id: " + id + "\nname: Firewall\n"
                + "description: Inspects and filters the egress traffic of a VPC.\nversion: 0.1.0\n"
                + "layer: foundations\ncategory: foundations/networking\nmaturity: experimental\n"
                + "tags: [networking]\nmaintainer: team-networking\n");
        Cli.Result r = Cli.in(cwd).env("COLUMNS", "100").run("browse", "--library", library.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains(""
                + "    ID           VERSION  MATURITY      TIER   DESCRIPTION\n"
                + "    net-basic    1.1.0    stable        basic  A single VPC with public and private subnets.\n"
                + "    net-peering  0.1.0    experimental  basic  Peers two VPCs and adds the routes both ways.\n"
                + "    " + id + "\n"
                + "                 0.1.0    experimental  basic  Inspects and filters the egress traffic of a VPC.\n"),
                r::toString);
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 100, () -> "longer than 100: " + line);
        }
    }

    @Test
    void browse_json_hasTheFullDataWithSnakeCaseKeys() throws IOException {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(), "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(3, json.get("total").asInt());
        JsonNode foundations = json.get("layers").get(0);
        assertEquals("foundations", foundations.get("layer").asText());
        assertEquals(2, foundations.get("module_count").asInt());
        JsonNode netBasic = foundations.get("categories").get(0).get("modules").get(0);
        assertEquals("net-basic", netBasic.get("id").asText());
        assertEquals("#platform-networking", netBasic.get("metadata").get("support_channel").asText());
        assertEquals(32.5, netBasic.get("metadata").get("cost").get("estimated_monthly_usd").asDouble());
        assertEquals("2026-02-11", netBasic.get("registry").get("versions").get(0).get("released").asText());
        JsonNode peering = foundations.get("categories").get(0).get("modules").get(1);
        assertTrue(peering.get("registry").isNull(), "an unregistered module has registry: null");
    }

    @Test
    void browse_yaml_readsBackAsTheSameData() throws IOException {
        String lib = Cli.fixture("minimal").toString();
        JsonNode json = new ObjectMapper().readTree(
                Cli.in(cwd).run("browse", "--library", lib, "--output", "json").out());
        Cli.Result yaml = Cli.in(cwd).run("browse", "--library", lib, "--output", "YAML");
        assertEquals(0, yaml.exitCode(), yaml::toString);
        assertEquals(json, new YAMLMapper().readTree(yaml.out()));
        assertTrue(yaml.out().contains("version: \">= 1.0.0, < 2.0.0\""), yaml::out);
    }

    @Test
    void browse_categoryOutsideTheLayer_isAUsageError() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--layer", "compute", "--category", "foundations/networking");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --category foundations/networking is not in --layer compute\n"
                + "  fix: leave out --layer, or give a category of layer compute\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void browse_undeclaredCategory_isAUsageErrorListingTheLayersCategories() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("minimal").toString(),
                "--category", "foundations/netwrking");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --category foundations/netwrking is not declared in _catalog/categories.yaml\n"
                + "  fix: did you mean foundations/networking? Or use one of the categories of layer foundations: "
                + "foundations/networking, or declare it there first\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void browse_unknownLayer_isAUsageError() {
        Cli.Result r = Cli.in(cwd).run("browse", "--layer", "networking");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --layer: unknown layer 'networking'\n  fix: use one of"
                + " foundations, compute, data, integration, observability, security, patterns\n", r.err());
    }

    @Test
    void browse_sampleLibrary() {
        Cli.Result r = Cli.onSample(cwd).run("browse");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("browse-sample", r.out());
        assertEquals("", r.err(), "the sample library opens without warnings");
    }

    @Test
    void browse_sampleLibrary_listsEveryModuleFolder() throws IOException {
        Cli.Result r = Cli.onSample(cwd).run("browse");
        assertEquals(0, r.exitCode(), r::toString);
        List<String> ids = moduleFolders(SampleLibrary.path());
        assertTrue(ids.size() >= 10, () -> "the sample library has only " + ids);
        for (String id : ids) {
            assertTrue(r.out().contains("    " + id + " "), () -> id + " missing from\n" + r.out());
        }
        assertTrue(r.out().endsWith(" modules in 7 layers\n") || r.out().contains(ids.size() + " modules in "),
                r::toString);
    }

    static List<String> moduleFolders(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root.resolve("_library"), 3)) {
            return walk.filter(p -> root.resolve("_library").relativize(p).getNameCount() == 3)
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    @Test
    void browse_categoryList_keepsModulesOfAnyOfThem_andAnUnknownOneSuggestsTheClosest() {
        Cli.Result r = Cli.onSample(cwd).run("browse", "--category", "data/databases,compute/containers");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("  data/databases: ") && r.out().contains("  compute/containers: "), r::toString);
        assertTrue(r.out().endsWith(" in 2 layers (category data/databases, compute/containers)\n"), r::toString);
        assertFalse(r.out().contains("  data/storage: "), r::toString);
        Cli.Result layerAndCategory = Cli.onSample(cwd).run("browse", "--category", "security,data/databases");
        assertTrue(layerAndCategory.out().contains("  security/secrets: ")
                && layerAndCategory.out().contains("  data/databases: ")
                && !layerAndCategory.out().contains("  data/storage: "), layerAndCategory::toString);
        Cli.Result typo = Cli.onSample(cwd).run("browse", "--category", "data/databses");
        assertEquals(2, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("did you mean data/databases?"), typo::toString);
        Cli.Result layerTypo = Cli.onSample(cwd).run("browse", "--category", "securty");
        assertEquals(2, layerTypo.exitCode(), layerTypo::toString);
        assertTrue(layerTypo.err().contains("fix: did you mean 'security'? Or use a layer ("), layerTypo::toString);
    }

    @Test
    void browse_deprecatedModules_areListedWithTheirReplacement_andIncludeDeprecatedSaysWhyItIsNotNeeded() {
        Cli.Result r = Cli.onSample(cwd).run("browse", "--category", "data/databases");
        assertTrue(r.out().contains("[deprecated: use rds-aurora instead] RDS for MySQL"), r::toString);
        Cli.Result option = Cli.onSample(cwd).run("browse", "--include-deprecated");
        assertEquals(2, option.exitCode(), option::toString);
        assertEquals("alexandria: error: unknown option --include-deprecated: browse lists deprecated modules already,"
                + " each with its replacement, so it has no --include-deprecated (search's option: a search leaves them"
                + " out unless asked)\n  fix: leave the option out, or give --maturity deprecated to list only the "
                + "modules at maturity deprecated\n", option.err());
    }

    @Test
    void browse_unknownLayer_suggestsTheClosest() {
        Cli.Result r = Cli.onSample(cwd).run("browse", "--layer", "obserability");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("fix: did you mean 'observability'? Or use one of foundations, "), r::toString);
    }
}
