package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.SampleLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    /** The fix inspect prints under an error at a line (validate's and browse --findings' say the same). */
    static final String LINE_FIX = "  fix: correct the file at that line;"
            + " until then the module's inputs, outputs and complexity tier are read without the part in error";

    private static final String SYNTAX_ERROR = "error: syntax-error/main.tf:8:13: Invalid expression: Expected the"
            + " start of an expression, but found an invalid expression token\n" + LINE_FIX + "\n";

    /** The keys of terraform-config-inspect's JSON, in its order. */
    private static final List<String> TOP_LEVEL_KEYS = List.of("path", "variables", "outputs", "required_core",
            "required_providers", "provider_configs", "managed_resources", "data_resources", "module_calls",
            "diagnostics");

    @TempDir
    Path cwd;

    private static List<String> keys(JsonNode json) {
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The output with the machine-specific location of the sample library replaced, for golden files. */
    private static String portable(String output) {
        return output.replace(SampleLibrary.path().toString(), "<sample-library>");
    }

    @Test
    void inspect_table_showsTheInterfaceInSections() {
        Cli.Result r = Cli.onSample(cwd).run("inspect", "vpc-basic");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("inspect-vpc-basic", r.out());
        assertEquals("", r.err());
    }

    @Test
    void inspect_acceptsThePathBelowLibrary() {
        Cli.Result r = Cli.onSample(cwd).run("inspect", "foundations/networking/vpc-basic");
        assertEquals(0, r.exitCode(), r::toString);
        Cli.assertGolden("inspect-vpc-basic", r.out());
    }

    @Test
    void inspect_markdown_isTheReadmeTables() {
        Cli.Result r = Cli.onSample(cwd).run("inspect", "vpc-basic", "--output", "markdown");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("| Name | Description | Type | Default | Required |\n"), r::toString);
        Cli.assertGolden("inspect-vpc-basic-markdown", r.out());
        assertEquals("", r.err());
    }

    @Test
    void inspect_json_isTheShapeOfTerraformConfigInspect() throws IOException {
        Cli.Result r = Cli.onSample(cwd).run("inspect", "vpc-basic", "--output", "json");
        assertEquals(0, r.exitCode(), r::toString);
        JsonNode json = new ObjectMapper().readTree(r.out());
        // The reference leaves out provider_configs and diagnostics when empty, as terraform-config-inspect does.
        assertEquals(List.of("path", "variables", "outputs", "required_core", "required_providers",
                "managed_resources", "data_resources", "module_calls"), keys(json));
        ModuleInterface expected = Alexandria.open(SampleLibrary.path()).inspect("vpc-basic");
        assertEquals(expected.variables().size(), json.get("variables").size());
        assertEquals(expected.outputs().size(), json.get("outputs").size());
        Cli.assertGolden("inspect-vpc-basic-json", portable(r.out()));
        assertEquals("", r.err());
    }

    @Test
    void inspect_outputBeforeTheCommand_applies() {
        Cli.Result before = Cli.onSample(cwd).run("--output", "json", "inspect", "vpc-basic");
        Cli.Result after = Cli.onSample(cwd).run("inspect", "vpc-basic", "--output", "json");
        assertEquals(0, before.exitCode(), before::toString);
        assertEquals(after.out(), before.out());
    }

    @Test
    void inspect_yaml_isRefusedAsAUsageError() {
        Cli.Result r = Cli.onSample(cwd).run("inspect", "vpc-basic", "--output", "yaml");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --output: unknown value 'yaml'\n  fix: use one of table, json, markdown\n",
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void inspect_yamlBeforeTheCommand_isRefusedToo() {
        Cli.Result r = Cli.onSample(cwd).run("--output", "yaml", "inspect", "vpc-basic");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: --output: unknown value 'yaml'\n  fix: use one of table, json, markdown\n",
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void inspect_help_listsTheFormatsItAccepts() {
        Cli.Result r = Cli.in(cwd).run("inspect", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("Output format: table, json, markdown (default: table; no yaml)."), r::toString);
    }

    @Test
    void inspect_unknownModule_isAUsageErrorWithASuggestion() {
        Cli.Result r = Cli.onSample(cwd).run("inspect", "vpc-basc");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'vpc-basc' in the library\n"
                + "  fix: did you mean 'vpc-basic'?\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void inspect_bareNameOfAFolder_isThatFolder() {
        Cli.Result r = Cli.onSample(Cli.resource("modules")).run("inspect", "syntax-error");
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("syntax-error: 1 variable, tier basic (at most 10)\n"), r::toString);
        assertEquals(SYNTAX_ERROR, r.err());
    }

    @Test
    void inspect_folderNamedLikeAModuleOfTheSample_isTheFolderAndSaysSo() throws IOException {
        // Issue 7: in a folder holding ./vpc-basic but no library, the bundled sample's vpc-basic was inspected.
        Files.createDirectories(cwd.resolve("vpc-basic"));
        Files.writeString(cwd.resolve("vpc-basic/main.tf"), "variable \"only_here\" {}\n");
        Cli.Result r = Cli.in(cwd).run("inspect", "vpc-basic");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("vpc-basic: 1 variable, tier basic (at most 10)\n"), r::toString);
        assertTrue(r.out().contains("  only_here "), r::toString);
        assertEquals("alexandria: note: inspecting the folder ./vpc-basic; the bundled sample library also has a"
                + " module 'vpc-basic' (to inspect that one, run 'alexandria inspect foundations/networking/vpc-basic')\n",
                r.err());
    }

    @Test
    void inspect_moduleFolderInsideItsLibrary_isNotAmbiguous() {
        Path category = Cli.fixture("minimal").resolve("_library/foundations/networking");
        Cli.Result r = Cli.in(category).run("inspect", "net-basic");
        assertEquals(0, r.exitCode(), r::toString);
        // Named from the library's root, as `inspect net-basic --library <it>` names it from elsewhere.
        assertTrue(r.out().startsWith("_library/foundations/networking/net-basic: 2 variables, tier basic (at most"
                + " 10)\n"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void inspect_moduleWithAnHclError_printsEachProblemOnce() {
        Cli.Result r = Cli.in(cwd).run("inspect", "net-basic", "--library", Cli.fixture("hcl-error").toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("error: _library/foundations/networking/net-basic/main.tf:4:16: Invalid expression: Expected the"
                + " start of an expression, but found an invalid expression token\n"
                + LINE_FIX + "\n"
                + "alexandria: 1 finding elsewhere in the catalog files and module metadata; run 'alexandria browse "
                + "--findings' to list it with those of the modules' HCL\n",
                r.err());
    }

    @Test
    void inspect_folderWithASyntaxError_printsWhatWasReadAndExitsWithFindings() {
        Cli.Result r = Cli.in(Cli.resource("modules")).run("inspect", "./syntax-error");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(SYNTAX_ERROR, r.err(), "no library is needed, and no notice about the sample library");
        assertTrue(r.out().startsWith("syntax-error: 1 variable, tier basic (at most 10)\n"), r::toString);
        assertTrue(r.out().endsWith("\nDiagnostics: 1 error, 0 warnings (on stderr)\n"), r::toString);
    }

    @Test
    void inspect_folderWithASyntaxError_markdown_listsTheErrorOnStderr() {
        Cli.Result r = Cli.in(Cli.resource("modules")).run("inspect", "syntax-error/", "--output", "markdown");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(SYNTAX_ERROR, r.err());
        assertTrue(r.out().contains("| <a name=\"input_name\"></a> [name](#input_name) | Name prefix. |"), r::toString);
    }

    @Test
    void inspect_folderWithASyntaxError_json_hasTheDiagnosticInside() throws IOException {
        Path folder = Cli.resource("modules/syntax-error");
        Cli.Result r = Cli.in(cwd).run("inspect", folder.toString(), "--output", "json");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("", r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(TOP_LEVEL_KEYS, keys(json));
        assertEquals(folder.toString(), json.get("path").asText());
        JsonNode diagnostic = json.get("diagnostics").get(0);
        assertEquals("error", diagnostic.get("severity").asText());
        assertEquals("Invalid expression", diagnostic.get("summary").asText());
        assertEquals(8, diagnostic.get("pos").get("line").asInt());
    }

    @Test
    void inspect_file_isADataError() {
        Path file = Cli.resource("modules/syntax-error/main.tf");
        Cli.Result r = Cli.in(cwd).run("inspect", file.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + file + " is a file, not a folder\n"
                + "  fix: give the module's folder: " + file.getParent() + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void inspect_folderWithoutTfFiles_isADataError() {
        Cli.Result r = Cli.in(Cli.resource("modules")).run("inspect", "./no-tf");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + Cli.resource("modules/no-tf") + " has no .tf or .tf.json files\n"
                + "  fix: give the folder of a Terraform module (the one with its main.tf)\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void inspect_missingFolder_isADataError() {
        Cli.Result r = Cli.in(cwd).run("inspect", "./nowhere");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + cwd.resolve("nowhere") + " does not exist\n"
                + "  fix: give a folder with .tf files\n", r.err());
    }

    @Test
    void inspect_folderInsideALibrary_usesItsBoilerplateSettings() throws IOException {
        Path library = cwd.resolve("library");
        Cli.copy(Cli.fixture("minimal"), library);
        Files.writeString(library.resolve("_catalog/settings.yaml"), "inspect:\n  boilerplate_files: [context.tf]\n");
        Path module = Files.createDirectories(library.resolve("work/labelled"));
        Files.writeString(module.resolve("main.tf"), "variable \"size\" {\n  type = number\n}\n");
        Files.writeString(module.resolve("context.tf"), "variable \"namespace\" {}\nvariable \"stage\" {}\n");

        Cli.Result inLibrary = Cli.in(library).run("inspect", "./work/labelled");
        assertEquals(0, inLibrary.exitCode(), inLibrary::toString);
        assertTrue(inLibrary.out().startsWith("work/labelled: 3 variables (1 own, 2 from boilerplate context.tf),"
                + " tier basic (at most 10)\n"), inLibrary::toString);
        assertEquals("", inLibrary.err());

        Cli.Result outside = Cli.in(cwd).run("inspect", module.toString());
        assertEquals(0, outside.exitCode(), outside::toString);
        assertTrue(outside.out().startsWith("library/work/labelled: 3 variables, tier basic (at most 10)\n"),
                outside::toString);
    }

    @Test
    void inspect_folderInsideABrokenLibrary_readsOnlyItsSettings() {
        // The broken fixture's errors are in a module's metadata: inspecting a folder does not open the library.
        Cli.Result r = Cli.in(cwd).run("inspect", "--library", Cli.fixture("broken").toString(),
                Cli.resource("modules/syntax-error").toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals(SYNTAX_ERROR.replace("syntax-error/", Cli.resource("modules/syntax-error") + "/"), r.err());
        assertTrue(r.out().endsWith("\nDiagnostics: 1 error, 0 warnings (on stderr)\n"), r::toString);
    }

    @Test
    void inspect_folderInsideALibraryWithBadSettings_warnsAndStillInspects() throws IOException {
        Path library = cwd.resolve("library");
        Cli.copy(Cli.fixture("minimal"), library);
        Files.writeString(library.resolve("_catalog/settings.yaml"), "inspect:\n  boilerplate_filez: [context.tf]\n");
        Cli.Result r = Cli.in(cwd).run("inspect", "--library", library.toString(),
                Cli.resource("modules/syntax-error").toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: warning: cannot read the settings of the library " + library
                + " ("), r::toString);
        assertTrue(r.err().contains("); inspecting without boilerplate files\n"), r::toString);
    }

    @Test
    void inspect_folderInsideALibraryWithWarnings_doesNotRepeatThem() {
        Cli.Result module = Cli.in(cwd).run("inspect", "--library", Cli.fixture("warnings").toString(),
                Cli.fixture("warnings").resolve("_library/foundations/networking/net-basic").toString());
        assertEquals(0, module.exitCode(), module::toString);
        assertEquals("", module.err());
    }
}
