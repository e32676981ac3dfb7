package dev.alexandria.core.internal.validate;

import static dev.alexandria.core.internal.validate.Fixtures.NET;
import static dev.alexandria.core.internal.validate.Fixtures.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
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
        Path bin = Fixtures.standIns(tmp, "bin-noinit");
        ValidationReport r = LibraryLoader.open(Fixtures.library(tmp, "")).validate(List.of("net-core"),
                Map.of("PATH", bin.toString()));
        assertEquals(List.of(NET + ".alexandria.yaml:1:1: terraform validate did not run: terraform init failed: "
                + "Error: Failed to query available provider packages Could not retrieve the list of available "
                + "versions for provider hashicorp/aws; run terraform init -backend=false in the module to see why; it"
                + " downloads providers, so it needs network access or a provider mirror (TF_PLUGIN_CACHE_DIR)"),
                findings(r, "terraform-validate"));
        assertEquals(List.of("alexandria-tflint: skipped: not installed: no tflint on PATH"),
                r.skipped().stream().map(Object::toString).toList());
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(root::relativize).sorted().toList();
        }
    }
}
