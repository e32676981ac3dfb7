package dev.alexandria.core.internal.validate;

import static dev.alexandria.core.internal.validate.Fixtures.NET;
import static dev.alexandria.core.internal.validate.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.ExternalTools;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** terraform validate and tflint, run through stand-in executables put on an injected PATH. */
class ExternalToolsTest {

    @TempDir
    Path tmp;

    @Test
    void tflint_issuesBecomeFindingsLocatedInTheModule() {
        Path bin = Fixtures.standIns(tmp, "bin");
        Library lib = LibraryLoader.open(Fixtures.library(tmp, ""));
        ValidationReport r = lib.validate(List.of("net-core"), Map.of("PATH", bin.toString()));
        assertTrue(r.validators().contains("alexandria-tflint"), r::toString);
        assertEquals(List.of(NET + "variables.tf:1:1: terraform_unused_declarations: variable \"name\" is declared but"
                + " not used; see tflint's documentation of terraform_unused_declarations"), findings(r, "tflint"));
        assertEquals(Finding.Severity.WARNING, r.findings().stream().filter(f -> f.ruleId().equals("tflint"))
                .findFirst().orElseThrow().severity());
    }

    @Test
    void tflint_runsOnACopyInATemporaryFolderNeverInTheModule() throws Exception {
        Path bin = Fixtures.standIns(tmp, "bin");
        Path root = Fixtures.library(tmp, "");
        Path log = tmp.resolve("tflint-ran-in.txt");
        List<Path> before = files(root);
        ValidationReport r = LibraryLoader.open(root).validate(List.of("net-core"), Map.of("PATH", bin.toString(),
                "TFLINT_LOG", log.toString()));
        assertEquals(1, findings(r, "tflint").size(), r::toString);
        String ranIn = Files.readString(log).strip();
        assertFalse(ranIn.startsWith(root.toRealPath().toString()), ranIn);
        assertTrue(ranIn.endsWith("/_library/foundations/networking/net-core"), ranIn);
        assertFalse(Files.exists(Path.of(ranIn)), "the copy is deleted: " + ranIn);
        assertEquals(before, files(root));
    }

    @Test
    void terraformValidate_diagnosticsBecomeErrorsAndTheLibraryIsNeverWritten() throws Exception {
        Path bin = Fixtures.standIns(tmp, "bin");
        Path root = Fixtures.library(tmp, "");
        Path log = tmp.resolve("ran-in.txt");
        List<Path> before = files(root);
        ValidationReport r = LibraryLoader.open(root).validate(List.of("net-core"), Map.of("PATH", bin.toString(),
                "STANDIN_LOG", log.toString()));
        assertEquals(List.of(NET + "main.tf:2:3: terraform validate: Unsupported argument: An argument named "
                + "\"cidr\" is not expected here.; fix the configuration"), findings(r, "terraform-validate"));
        assertTrue(r.hasErrors());
        String ranIn = Files.readString(log).strip();
        assertFalse(ranIn.startsWith(root.toRealPath().toString()), ranIn);
        assertTrue(ranIn.endsWith("/_library/foundations/networking/net-core"), ranIn);
        assertEquals(before, files(root));
    }

    @Test
    void terraformValidate_failedInitSaysItDidNotRunNeverPassed() {
        ValidationReport r = validateNetCoreWith("bin-noinit");
        assertEquals(List.of(NET + ".alexandria.yaml:1:1: terraform validate did not run: terraform init failed: "
                + "Error: Failed to query available provider packages Could not retrieve the list of available "
                + "versions for provider hashicorp/aws; run terraform init -backend=false in the module to see why; it"
                + " downloads providers, so it needs network access or a provider mirror (TF_PLUGIN_CACHE_DIR)"),
                findings(r, "terraform-validate"));
        assertEquals(List.of("alexandria-tflint: skipped: not installed: no tflint on PATH"),
                r.skipped().stream().map(Object::toString).toList());
    }

    /**
     * init refuses a configuration that does not parse before validate can run: the error is the module's, at the
     * file and line terraform names, with its whole detail (it was a warning at .alexandria.yaml:1:1 whose message
     * stopped at init's wrapper, "... described below.").
     */
    @Test
    void terraformValidate_aConfigurationErrorInitFinds_isAnErrorAtTheFileAndLineTerraformNames() {
        ValidationReport r = validateNetCoreWith("bin-configerror");
        assertEquals(List.of(NET + "main.tf:3:1: terraform validate: Unsupported block type: Blocks of type "
                + "\"resourc\" are not expected here. Did you mean \"resource\"? The block starts the resource; "
                + "correct its type.; correct the configuration at this line (terraform init reads it before "
                + "terraform validate can run)"), findings(r, "terraform-validate"));
        assertTrue(r.findings().stream().filter(f -> f.ruleId().equals("terraform-validate"))
                .allMatch(Finding::isError), r::toString);
    }

    @Test
    void terraformValidate_thatCannotReadAFileOfTheModule_isReportedAtThatFile_withTheFixInspectGives()
            throws Exception {
        Path bin = Fixtures.standIns(tmp, "bin-unreadable");
        Path root = Fixtures.library(tmp, "");
        Files.createSymbolicLink(root.resolve(NET + "broken.tf"), tmp.resolve("nothing-here.tf"));
        ValidationReport r = LibraryLoader.open(root).validate(List.of("net-core"), Map.of("PATH", bin.toString()));
        String fix = "replace or remove the file as the message says; until then the module's inputs, outputs and "
                + "complexity tier are read without it";
        assertEquals(List.of(NET + "broken.tf: terraform validate did not run: terraform init failed: Error: "
                + "Failed to read file The file "
                + "\"broken.tf\" could not be read.; " + fix + "; terraform validate runs once every file can be read"),
                findings(r, "terraform-validate"));
        List<Finding> unread = r.findings().stream().filter(f -> f.ruleId().equals("hcl-valid")).toList();
        assertEquals(1, unread.size(), unread::toString);
        assertEquals(NET + "broken.tf", unread.get(0).location().file());
        assertEquals(java.util.Optional.of(fix), unread.get(0).hint(), "one wording with inspect's");
    }

    @Test
    void wholeLibrary_leavesExternalToolsOutUnlessAskedAndSaysSo() {
        Path bin = Fixtures.standIns(tmp, "bin");
        Library lib = LibraryLoader.open(Fixtures.library(tmp, ""));
        ValidationReport r = lib.validate(List.of(), Map.of("PATH", bin.toString()));
        assertEquals(List.of(), findings(r, "terraform-validate"));
        assertEquals(List.of(), findings(r, "tflint"));
        String why = ": skipped: external tools run on the modules named, not on the whole library; name modules, "
                + "or ask for them on all (validate --external-tools)";
        assertEquals(List.of("alexandria-terraform-validate" + why, "alexandria-tflint" + why),
                r.skipped().stream().map(Object::toString).toList());
        ValidationReport all = lib.validate(List.of(), Map.of("PATH", bin.toString()), ExternalTools.ALWAYS);
        assertEquals(2, findings(all, "tflint").size(), all::toString);
        ValidationReport none = lib.validate(List.of("net-core"), Map.of("PATH", bin.toString()),
                ExternalTools.NEVER);
        assertEquals(List.of("alexandria-terraform-validate: skipped: external tools were not asked for",
                "alexandria-tflint: skipped: external tools were not asked for"),
                none.skipped().stream().map(Object::toString).toList());
    }

    @Test
    void terraformValidate_withoutNetworkIsTriedOnceAndReportedOnceNamingHowToEnableIt() throws Exception {
        Path bin = Fixtures.standIns(tmp, "bin-offline");
        Path count = tmp.resolve("runs.txt");
        ValidationReport r = LibraryLoader.open(Fixtures.library(tmp, "")).validate(List.of(),
                Map.of("PATH", bin.toString(), "STANDIN_COUNT", count.toString()), ExternalTools.ALWAYS);
        assertEquals(List.of("init"), Files.readAllLines(count));
        assertEquals(List.of(), findings(r, "terraform-validate"));
        assertEquals(List.of("alexandria-terraform-validate: skipped: terraform validate did not run: terraform init "
                + "cannot download providers here: Error: Failed to query available provider packages Could not "
                + "retrieve the list of available versions for provider hashicorp/aws: could not connect to "
                + "registry.terraform.io: failed to request discovery document: Get "
                + "\"https://registry.terraform.io/.well-known/terraform.json\": dial tcp: lookup "
                + "registry.terraform.io: no such host; give it network access or a provider mirror "
                + "(TF_PLUGIN_CACHE_DIR, or a provider_installation block in the CLI configuration), or leave "
                + "external tools out", "alexandria-tflint: skipped: not installed: no tflint on PATH"),
                r.skipped().stream().map(Object::toString).toList());
        assertFalse(r.validators().contains("alexandria-terraform-validate"),
                "a validator that stopped is listed once, as skipped: " + r.validators());
    }

    @Test
    void terraformValidate_resultsAreCachedByTheModuleFolderContent() throws Exception {
        Path bin = Fixtures.standIns(tmp, "bin");
        Path root = Fixtures.library(tmp, "");
        Path count = tmp.resolve("runs.txt");
        Map<String, String> env = Map.of("PATH", bin.toString(), "STANDIN_COUNT", count.toString());
        Path cache = tmp.resolve("cache");
        ValidationReport first = LibraryLoader.open(root, real -> java.util.Optional.of(cache))
                .validate(List.of("net-core"), env);
        ValidationReport again = LibraryLoader.open(root, real -> java.util.Optional.of(cache))
                .validate(List.of("net-core"), env);
        assertEquals(List.of("validate"), Files.readAllLines(count));
        assertEquals(findings(first, "terraform-validate"), findings(again, "terraform-validate"));
        assertEquals(1, findings(again, "terraform-validate").size());
        Path main = root.resolve("_library/foundations/networking/net-core/main.tf");
        Files.writeString(main, Files.readString(main) + "\n# changed\n");
        LibraryLoader.open(root, real -> java.util.Optional.of(cache)).validate(List.of("net-core"), env);
        assertEquals(List.of("validate", "validate"), Files.readAllLines(count));
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(root::relativize).sorted().toList();
        }
    }

    /** Validates net-core of a fresh fixture library with the stand-in tools of one folder first on PATH. */
    private ValidationReport validateNetCoreWith(String standIns) {
        Path bin = Fixtures.standIns(tmp, standIns);
        return LibraryLoader.open(Fixtures.library(tmp, "")).validate(List.of("net-core"),
                Map.of("PATH", bin.toString()));
    }
}
