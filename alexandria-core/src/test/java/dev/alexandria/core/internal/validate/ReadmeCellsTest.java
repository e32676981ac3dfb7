package dev.alexandria.core.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.versioning.ReadmeCells;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * readme-tables on the cells of the Inputs and Outputs tables: READMEs terraform-docs generated for published
 * modules (validate/readme-tables) and one written its way (validate/readme-cells/fresh) give no finding; a stale
 * Description, Type, Default or Required cell is a warning at its row (validate/readme-cells/stale).
 */
class ReadmeCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"readme-tables/truss-wafv2", "readme-tables/truss-iam-user-group",
            "readme-tables/awsia-cloudwatch-log-group", "readme-tables/awsia-opensearch-serverless",
            "readme-cells/fresh"})
    void check_readmeGeneratedByTerraformDocsHasNoFinding(String module) throws Exception {
        assertEquals(List.of(), check(module));
    }

    @Test
    void check_staleCellsAreWarningsAtTheirRows() throws Exception {
        List<Finding> found = check("readme-cells/stale");
        List<String> shown = found.stream().map(f -> f.location().line() + " " + f.message()).toList();
        assertEquals(List.of(
                "9 input 'cidr_block': the Description cell says 'The IPv4 CIDR block.', but the code says 'The IPv4 "
                        + "CIDR block of the VPC.'",
                "10 input 'enable_nat': the Type cell says 'string', but the code says 'bool'",
                "10 input 'enable_nat': the Default cell says 'false', but the code says 'true'",
                "10 input 'enable_nat': the Required cell says 'yes', but the code says 'no'",
                "17 output 'vpc_id': the Description cell says 'The id of the VPC.', but the code says 'The VPC's "
                        + "id.'"),
                shown);
        for (Finding f : found) {
            assertEquals(Finding.Severity.WARNING, f.severity(), f::toString);
            assertEquals(ReadmeValidator.TABLES, f.ruleId(), f::toString);
            assertEquals("m/README.md", f.location().file(), f::toString);
            // the same words as the table rules' fix (readme-tables' one wording), then the cell's own way out
            assertTrue(f.hint().orElseThrow().startsWith("regenerate the tables between the markers: the next "
                    + "release writes them (alexandria version), or now, in the library root: terraform-docs markdown "
                    + "table --output-file README.md --output-mode inject m, or edit the cell to say '"), f::toString);
        }
    }

    @Test
    void check_messagesShowValuesOnOneLineInOneQuotingStyle() {
        List<String> shown = inputMessages(
                "variable \"flow_logs\" {\n  description = <<-EOT\n    Flow log\n    settings.\n  EOT\n"
                        + "  type = object({\n    enabled   = bool\n    retention = number\n  })\n}\n"
                        + "variable \"env\" {\n  description = \"Env.\"\n  type = string\n  default = \"staging\"\n}\n",
                "| env | Env. | `string` | `\"dev\"` | no |\n"
                        + "| flow_logs | Flow logs. | <pre>object({<br>  enabled = string<br>})</pre> | n/a | yes |\n");
        assertEquals(List.of(
                "input 'flow_logs': the Description cell says 'Flow logs.', but the code says 'Flow log settings.'",
                "input 'flow_logs': the Type cell says 'object({ enabled = string })', but the code says "
                        + "'object({ enabled = bool retention = number })'",
                "input 'env': the Default cell says '\"dev\"', but the code says '\"staging\"'"), shown);
    }

    @Test
    void check_quotesAValueWhole_upTo200Characters_andALongerOneAsItsStartAndLength() {
        String medium = "The CIDR block of the VPC, " + "x".repeat(77) + "."; // 105 characters
        String longer = "y".repeat(250);
        List<String> shown = inputMessages(
                "variable \"cidr\" {\n  description = \"" + medium + "\"\n  type = string\n}\n"
                        + "variable \"env\" {\n  description = \"" + longer + "\"\n  type = string\n}\n",
                "| cidr | The CIDR. | `string` | n/a | yes |\n| env | Env. | `string` | n/a | yes |\n");
        assertEquals(List.of(
                "input 'cidr': the Description cell says 'The CIDR.', but the code says '" + medium + "'",
                "input 'env': the Description cell says 'Env.', but the code says '" + "y".repeat(80)
                        + "…' (250 characters)"), shown);
    }

    @Test
    void check_aRowWhoseNameCellCannotBeRead_isNamedAtItsLine_notAsAMissingRowAtTheTable() {
        ModuleInterface spec = new ModuleInspector().inspectSources("m", java.util.Map.of("variables.tf",
                "variable \"cidr_block\" {\n  description = \"CIDR.\"\n  type = string\n}\n"
                        + "variable \"env\" {\n  description = \"Env.\"\n  type = string\n}\n"),
                new dev.alexandria.core.internal.inspect.InspectOptions(java.util.Set.of()));
        String readme = "# m\n\n<!-- BEGIN_TF_DOCS -->\n## Inputs\n\n| Name | Description | Type | Default | Required |\n"
                + "|------|-------------|------|---------|:--------:|\n"
                + "| [cidr_block](#input_cidr_block | CIDR. | `string` | n/a | yes |\n"
                + "| [env](#input_env) | Env. | `string` | n/a | yes |\n"
                + "| ** | A row for nothing. | `string` | n/a | yes |\n"
                + "\n## Outputs\n\nNo outputs.\n<!-- END_TF_DOCS -->\n";
        List<String> shown = ReadmeValidator.check("m/README.md", readme, InterfaceNames.of(Path.of("/"), spec),
                Optional.of(spec)).stream().map(f -> f.severity() + " " + f).toList();
        assertEquals(List.of("ERROR m/README.md:8:1: the inputs table's row for input cidr_block has a Name cell that"
                        + " cannot be read: it says '[cidr_block](#input_cidr_block'; write the Name cell as"
                        + " [cidr_block](#input_cidr_block) (a link, as terraform-docs writes it) or as cidr_block, or"
                        + " regenerate the tables between the markers: the next release writes them (alexandria"
                        + " version), or now, in the library root: terraform-docs markdown table --output-file"
                        + " README.md --output-mode inject m",
                "WARNING m/README.md:10:1: a row of the inputs table has a Name cell that names no input: it says"
                        + " '**'; write the input's name in the Name cell, or remove the row"), shown);
    }

    @Test
    void check_onlyColumnsTheTableHasAreCompared() {
        ModuleInterface spec = new ModuleInspector().inspectSources("m", java.util.Map.of("variables.tf",
                "variable \"a\" {\n  description = \"A.\"\n  type = number\n  default = 1\n}\n"),
                new dev.alexandria.core.internal.inspect.InspectOptions(java.util.Set.of()));
        String readme = "<!-- BEGIN_TF_DOCS -->\n## Inputs\n\n| Name | Description |\n|------|-------------|\n"
                + "| a | A. |\n\n## Outputs\n\nNo outputs.\n<!-- END_TF_DOCS -->\n";
        assertEquals(List.of(), ReadmeValidator.check("m/README.md", readme, InterfaceNames.of(Path.of("/"), spec),
                Optional.of(spec)));
        String other = readme.replace("| a | A. |", "| a | B. |");
        assertEquals(1, ReadmeValidator.check("m/README.md", other, InterfaceNames.of(Path.of("/"), spec),
                Optional.of(spec)).size());
    }

    @Test
    void normalize_equivalentFormsAreEqual() {
        assertEquals(ReadmeCells.whitespace("list(object({ a = string, }))", true),
                ReadmeCells.normalize("<pre>list(object({<br>  a = string,<br>}))</pre>", true));
        assertEquals(ReadmeCells.whitespace("a | b <c>", false), ReadmeCells.normalize("a \\| b &lt;c&gt;", false));
        assertEquals(ReadmeCells.whitespace("a | b <c>", false), ReadmeCells.normalize("a \\| b <c>", false));
        assertEquals(ReadmeCells.whitespace("[\"a\", \"b\"]", true),
                ReadmeCells.normalize("<pre>[<br>  \"a\",<br>  \"b\"<br>]</pre>", true));
        assertEquals(ReadmeCells.whitespace("snake_case  name\nhere", false),
                ReadmeCells.normalize("snake\\_case name<br>here", false));
    }

    @Test
    void check_escapedQuotesInADescriptionAreTheSameText() {
        ModuleInterface spec = new ModuleInspector().inspectSources("m", java.util.Map.of("variables.tf",
                "variable \"g\" {\n  description = \"e.g. { a = \\\"s(\\\\\\\"x\\\\\\\")\\\" }.\"\n  type = string\n}\n"),
                new dev.alexandria.core.internal.inspect.InspectOptions(java.util.Set.of()));
        String readme = "<!-- BEGIN_TF_DOCS -->\n## Inputs\n\n| Name | Description |\n|------|-------------|\n"
                + "| g | e.g. { a = \"s(\\\"x\\\")\" }. |\n<!-- END_TF_DOCS -->\n";
        assertEquals(List.of(), ReadmeValidator.check("m/README.md", readme, InterfaceNames.of(Path.of("/"), spec),
                Optional.of(spec)));
    }

    private static List<Finding> check(String module) throws IOException, URISyntaxException {
        Path dir = Path.of(ReadmeCellsTest.class.getResource("/validate/" + module).toURI());
        ModuleInterface spec = new ModuleInspector().inspect(dir);
        String text = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        InterfaceNames names = InterfaceNames.of(dir, spec);
        assertTrue(names.firstError().isEmpty(), () -> module + " parses: " + names.firstError());
        return ReadmeValidator.check("m/README.md", text, names, Optional.of(spec));
    }

    /** The messages of the README check for a module of these variables and a README of these Inputs rows. */
    private static List<String> inputMessages(String variablesTf, String inputRows) {
        ModuleInterface spec = new ModuleInspector().inspectSources("m", java.util.Map.of("variables.tf", variablesTf),
                new dev.alexandria.core.internal.inspect.InspectOptions(java.util.Set.of()));
        String readme = "<!-- BEGIN_TF_DOCS -->\n## Inputs\n\n| Name | Description | Type | Default | Required |\n"
                + "|------|-------------|------|---------|:--------:|\n" + inputRows
                + "\n## Outputs\n\nNo outputs.\n<!-- END_TF_DOCS -->\n";
        return ReadmeValidator.check("m/README.md", readme, InterfaceNames.of(Path.of("/"), spec), Optional.of(spec))
                .stream().map(Finding::message).toList();
    }
}
