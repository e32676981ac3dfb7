package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.inspect.InspectMarkdown;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.validate.InterfaceNames;
import dev.alexandria.core.internal.validate.ReadmeValidator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The release step's README update: a README whose tables terraform-docs wrote (versioning/readme-docs/terraform-docs:
 * anchors, escaped links, Modules and Resources with registry links, {@code <br/>} in {@code <pre>} cells, Providers
 * as Name | Version) stays byte-identical while it agrees with the code, and only the stale rows change when it does
 * not; a README with Alexandria's own tables is written whole, as before.
 */
class ReadmeDocsTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"/versioning/readme-docs/terraform-docs", "/validate/readme-tables/truss-wafv2",
            "/validate/readme-tables/truss-iam-user-group", "/validate/readme-tables/awsia-cloudwatch-log-group",
            "/validate/readme-tables/awsia-opensearch-serverless", "/validate/readme-cells/fresh"})
    void update_readmeInSyncIsLeftByteIdentical(String fixture) throws Exception {
        Path dir = resource(fixture);
        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        ModuleInterface spec = new ModuleInspector().inspect(dir);
        assertEquals(List.of(), findings(readme, dir, spec), "the fixture is in sync");
        assertSame(readme, ReadmeDocs.update(readme, spec).orElseThrow());
    }

    @Test
    void update_staleDefaultDescriptionAndNewVariableChangeOnlyTheirRows() throws Exception {
        Path dir = copy("terraform-docs");
        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        edit(dir.resolve("variables.tf"), "default     = \"staging\"", "default     = \"production\"");
        edit(dir.resolve("outputs.tf"), "The VPC's id.", "The id of the VPC.");
        Files.writeString(dir.resolve("variables.tf"), Files.readString(dir.resolve("variables.tf"))
                + "\nvariable \"enable_dns\" {\n  description = <<-EOT\n    Whether the VPC resolves DNS.\n    "
                + "Needed by endpoints.\n  EOT\n  type        = bool\n  default     = true\n}\n");
        ModuleInterface spec = new ModuleInspector().inspect(dir);

        String updated = ReadmeDocs.update(readme, spec).orElseThrow();

        String expected = readme
                .replace("| <a name=\"input_environment\"></a> [environment](#input\\_environment) | Deployment "
                        + "environment. | `string` | `\"staging\"` | no |\n", "| <a name=\"input_enable_dns\"></a> "
                        + "[enable\\_dns](#input\\_enable\\_dns) | Whether the VPC resolves DNS.<br/>Needed by "
                        + "endpoints. | `bool` | `true` | no |\n| <a name=\"input_environment\"></a> "
                        + "[environment](#input\\_environment) | Deployment environment. | `string` | "
                        + "`\"production\"` | no |\n")
                .replace("| The VPC's id. |", "| The id of the VPC. |");
        assertFalse(expected.equals(readme), "the expectation changes the README");
        assertEquals(expected, updated);
        assertFalse(updated.contains("<br>"), "the table's own line breaks, <br/>");
        assertEquals(List.of(), findings(updated, dir, spec), "the updated tables are in sync");
    }

    @Test
    void update_removedVariableAndOutputLoseTheirRowsOnly() throws Exception {
        Path dir = copy("terraform-docs");
        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        String vars = Files.readString(dir.resolve("variables.tf"));
        Files.writeString(dir.resolve("variables.tf"), vars.substring(0, vars.indexOf("variable \"flow_logs\""))
                + vars.substring(vars.indexOf("variable \"name\"")));
        edit(dir.resolve("main.tf"), "    FlowLogs    = var.flow_logs.enabled\n", "");
        edit(dir.resolve("outputs.tf"), "output \"subnet_ids\" {\n  description = \"IDs of the subnets.\"\n  value"
                + "       = aws_subnet.this[*].id\n}\n", "");
        ModuleInterface spec = new ModuleInspector().inspect(dir);

        String updated = ReadmeDocs.update(readme, spec).orElseThrow();

        List<String> removed = Stream.of(readme.split("\n")).filter(l -> !updated.contains(l + "\n")).toList();
        assertEquals(2, removed.size(), removed::toString);
        assertTrue(removed.get(0).startsWith("| <a name=\"input_flow_logs\">"), removed::toString);
        assertTrue(removed.get(1).startsWith("| <a name=\"output_subnet_ids\">"), removed::toString);
        assertEquals(readme.length() - removed.stream().mapToInt(l -> l.length() + 1).sum(), updated.length());
        assertEquals(List.of(), findings(updated, dir, spec));
    }

    @Test
    void update_lastRowRemovedIsNoInputsAndFirstAddedMakesTheTable() {
        ModuleInterface none = interfaceOf("output \"id\" {\n  description = \"The id.\"\n  value = 1\n}\n");
        String readme = "# m\n\n<!-- BEGIN_TF_DOCS -->\n## Inputs\n\n| Name | Description | Type | Default | Required |\n"
                + "|------|-------------|------|---------|:--------:|\n| <a name=\"input_a\"></a> [a](#input\\_a) | n/a "
                + "| `string` | n/a | yes |\n\n## Outputs\n\n| Name | Description |\n|------|-------------|\n"
                + "| <a name=\"output_id\"></a> [id](#output\\_id) | The id. |\n<!-- END_TF_DOCS -->\n";
        String emptied = ReadmeDocs.update(readme, none).orElseThrow();
        assertEquals("# m\n\n<!-- BEGIN_TF_DOCS -->\n## Inputs\n\nNo inputs.\n\n## Outputs\n\n| Name | Description |\n"
                + "|------|-------------|\n| <a name=\"output_id\"></a> [id](#output\\_id) | The id. |\n"
                + "<!-- END_TF_DOCS -->\n", emptied);
        ModuleInterface one = interfaceOf("variable \"a_b\" {\n  type = string\n}\noutput \"id\" {\n  description = "
                + "\"The id.\"\n  value = 1\n}\n");
        assertEquals(readme.replace("| <a name=\"input_a\"></a> [a](#input\\_a) |", "| <a name=\"input_a_b\"></a> "
                + "[a\\_b](#input\\_a\\_b) |"), ReadmeDocs.update(emptied, one).orElseThrow());
    }

    @Test
    void update_missingSectionIsAddedInTerraformDocsOrder() {
        ModuleInterface spec = interfaceOf("variable \"a\" {\n  description = \"A.\"\n  type = string\n}\n"
                + "output \"id\" {\n  description = \"The id.\"\n  value = 1\n}\n");
        String outputsOnly = "<!-- BEGIN_TF_DOCS -->\n## Outputs\n\n| Name | Description |\n|------|-------------|\n"
                + "| id | The id. |\n<!-- END_TF_DOCS -->\n";
        assertEquals("<!-- BEGIN_TF_DOCS -->\n## Inputs\n\n| Name | Description | Type | Default | Required |\n"
                + "|------|-------------|------|---------|:--------:|\n| a | A. | "
                + "`string` | n/a | yes |\n\n## Outputs\n\n| Name | Description |\n|------|-------------|\n"
                + "| id | The id. |\n<!-- END_TF_DOCS -->\n", ReadmeDocs.update(outputsOnly, spec).orElseThrow());
        String placeholder = "<!-- BEGIN_TF_DOCS -->\n(generated)\n<!-- END_TF_DOCS -->\n";
        assertEquals("<!-- BEGIN_TF_DOCS -->\n" + InspectMarkdown.render(spec) + "<!-- END_TF_DOCS -->\n",
                ReadmeDocs.update(placeholder, spec).orElseThrow());
    }

    @Test
    void update_alexandriasOwnTablesAreWrittenWholeAsBefore() throws Exception {
        Path dir = copy("terraform-docs");
        ModuleInterface before = new ModuleInspector().inspect(dir);
        String readme = "# net-basic\n\n<!-- BEGIN_TF_DOCS -->\n" + InspectMarkdown.render(before)
                + "<!-- END_TF_DOCS -->\n\nMore text.\n";
        assertEquals(List.of(), findings(readme, dir, before));
        assertSame(readme, ReadmeDocs.update(readme, before).orElseThrow());
        edit(dir.resolve("versions.tf"), "~> 5.0", "~> 5.40");
        edit(dir.resolve("variables.tf"), "default     = \"staging\"", "default     = \"production\"");
        ModuleInterface after = new ModuleInspector().inspect(dir);
        assertEquals("# net-basic\n\n<!-- BEGIN_TF_DOCS -->\n" + InspectMarkdown.render(after)
                + "<!-- END_TF_DOCS -->\n\nMore text.\n", ReadmeDocs.update(readme, after).orElseThrow());
    }

    @Test
    void update_alexandriasOwnTablesOfAModuleWithoutProviders_areWrittenWholeToo() {
        String code = "variable \"name\" {\n  description = \"The name.\"\n  type = string\n}\n"
                + "output \"id\" {\n  description = \"The id.\"\n  value = var.name\n}\n";
        ModuleInterface before = interfaceOf("terraform {\n  required_version = \">= 1.5.0\"\n}\n" + code);
        String readme = "# m\n\n<!-- BEGIN_TF_DOCS -->\n" + InspectMarkdown.render(before) + "<!-- END_TF_DOCS -->\n";
        assertFalse(readme.contains("## Providers"), readme); // no Name | Source header to recognise it by
        assertSame(readme, ReadmeDocs.update(readme, before).orElseThrow());
        // a new required_version and a first provider: Requirements and Providers are brought up to date, not
        // only the Inputs and Outputs rows
        ModuleInterface after = interfaceOf("terraform {\n  required_version = \">= 1.7.0\"\n  required_providers {\n"
                + "    aws = {\n      source  = \"hashicorp/aws\"\n      version = \">= 5.0\"\n    }\n  }\n}\n" + code);
        assertEquals("# m\n\n<!-- BEGIN_TF_DOCS -->\n" + InspectMarkdown.render(after) + "<!-- END_TF_DOCS -->\n",
                ReadmeDocs.update(readme, after).orElseThrow());
        // terraform-docs' tables of a module without providers ("No providers.") are still patched row by row
        String terraformDocs = "<!-- BEGIN_TF_DOCS -->\n## Requirements\n\n| Name | Version |\n|------|---------|\n"
                + "| terraform | >= 1.5.0 |\n\n## Providers\n\nNo providers.\n\n## Inputs\n\n"
                + "| Name | Description | Type | Default | Required |\n|------|-------------|------|---------|:--------:|\n"
                + "| <a name=\"input_name\"></a> [name](#input_name) | The name. | `string` | n/a | yes |\n\n"
                + "## Outputs\n\n| Name | Description |\n|------|-------------|\n"
                + "| <a name=\"output_id\"></a> [id](#output_id) | The id. |\n<!-- END_TF_DOCS -->\n";
        assertSame(terraformDocs, ReadmeDocs.update(terraformDocs, before).orElseThrow());
    }

    @Test
    void render_heredocDescriptionEndsWithoutALineBreak() throws Exception {
        String md = InspectMarkdown.render(new ModuleInspector().inspect(resource(
                "/versioning/readme-docs/terraform-docs")));
        assertTrue(md.contains("| CIDR blocks of the subnets.<br>One per AZ. |"), md);
        assertFalse(md.contains("<br> |"), md);
    }

    @Test
    void update_withoutMarkersIsEmpty() {
        assertEquals(Optional.empty(), ReadmeDocs.update("# m\n\n## Inputs\n", interfaceOf("")));
    }

    private ModuleInterface interfaceOf(String hcl) {
        try {
            Path dir = Files.createTempDirectory(tmp, "m");
            Files.writeString(dir.resolve("main.tf"), hcl);
            return new ModuleInspector().inspect(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Finding> findings(String readme, Path dir, ModuleInterface spec) {
        return ReadmeValidator.check("m/README.md", readme, InterfaceNames.of(dir, spec), Optional.of(spec));
    }

    private Path copy(String fixture) throws IOException, URISyntaxException {
        Path from = resource("/versioning/readme-docs/" + fixture);
        Path to = tmp.resolve(fixture);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> file + " has " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static Path resource(String path) throws URISyntaxException {
        return Path.of(ReadmeDocsTest.class.getResource(path).toURI());
    }
}
