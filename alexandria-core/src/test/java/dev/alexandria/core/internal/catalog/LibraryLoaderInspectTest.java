package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleInterface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's HCL is read on first use, never by opening: the complexity tier is derived from it, a declared
 * tier that disagrees is a warning of the module ({@code findings(id)}, {@code allFindings()}), boilerplate files
 * named in {@code _catalog/settings.yaml} are left out of the count, and HCL problems are warnings that never
 * stop the library from opening.
 */
class LibraryLoaderInspectTest {

    private static final String SG_DIR = "_library/foundations/security/securitygroup/";
    private static final String SG = SG_DIR + ".alexandria.yaml";
    private static final String SETTINGS = "_catalog/settings.yaml";

    @TempDir
    Path tmp;

    static List<String> texts(List<Finding> findings) {
        return findings.stream().map(Finding::toString).toList();
    }

    List<String> errors(String overlay) {
        Path root = Fixtures.library(tmp, overlay);
        CatalogValidationException e = assertThrows(CatalogValidationException.class, () -> LibraryLoader.open(root));
        return texts(e.errors());
    }

    @Test
    void open_derivesTheTierFromTheHclAndAcceptsADeclaredTierThatAgrees() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, "complexity-derived"));
        LibraryModule sg = lib.requireModule("securitygroup");
        assertEquals(14, sg.interfaceSpec().variables().size());
        assertEquals(ComplexityTier.STANDARD, sg.complexity());
        assertEquals(Optional.of(ComplexityTier.STANDARD), sg.metadata().complexity());
        assertEquals(List.of(), lib.allFindings());
    }

    @Test
    void open_modulesWithoutHclAreBasicWithAnEmptyInterface() {
        Library lib = LibraryLoader.open(Fixtures.valid(tmp));
        LibraryModule eks = lib.requireModule("eks-standard");
        assertEquals(ComplexityTier.BASIC, eks.complexity());
        assertEquals(List.of(), eks.interfaceSpec().variables());
        assertEquals(eks.directory().toString(), eks.interfaceSpec().path());
        assertEquals(List.of("cidr"), lib.inspect("vpc-standard").variables().stream().map(v -> v.name()).toList());
    }

    @Test
    void open_warnsAtTheComplexityKeyWhenTheDeclaredTierDisagrees() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, "complexity-mismatch"));
        assertEquals(List.of(), lib.findings(), "opening reads no HCL");
        List<String> expected = List.of(SG + ":8:1: declares complexity 'basic' but has 14 input variables "
                + "(standard: 11-30); set complexity to standard or remove it");
        assertEquals(expected, texts(lib.findings("securitygroup")));
        assertEquals(expected, texts(lib.allFindings()));
        Finding f = lib.findings("securitygroup").get(0);
        assertEquals(Finding.Severity.WARNING, f.severity());
        assertEquals("complexity-tier", f.ruleId());
        assertEquals(ComplexityTier.STANDARD, lib.requireModule("securitygroup").complexity());
        assertEquals(Optional.of(ComplexityTier.BASIC), lib.requireModule("securitygroup").metadata().complexity());
    }

    @Test
    void open_leavesBoilerplateFilesOutOfTheCountAndSaysSo() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, "boilerplate"));
        assertEquals(new CatalogSettings(new CatalogSettings.Inspect(List.of("context.tf"))),
                lib.catalog().settings());
        ModuleInterface sg = lib.inspect("securitygroup");
        assertEquals(28, sg.variables().size());
        assertEquals(12, sg.ownVariableCount());
        assertEquals(ComplexityTier.STANDARD, lib.requireModule("securitygroup").complexity());
        // 8 own + 16 boilerplate: basic, as declared; counting context.tf would make it standard
        assertEquals(24, lib.inspect("eks-standard").variables().size());
        assertEquals(ComplexityTier.BASIC, lib.requireModule("eks-standard").complexity());
        assertEquals(List.of(SG + ":8:1: declares complexity 'basic' but has 12 input variables of its own (context.tf "
                + "left out as boilerplate) (standard: 11-30); set complexity to standard or remove it"),
                texts(lib.allFindings()));
    }

    @Test
    void open_withoutSettingsCountsEveryVariable() throws IOException {
        Path root = Fixtures.library(tmp, "boilerplate");
        Files.delete(root.resolve(SETTINGS));
        Library lib = LibraryLoader.open(root);
        assertEquals(CatalogSettings.defaults(), lib.catalog().settings());
        assertEquals(ComplexityTier.STANDARD, lib.requireModule("eks-standard").complexity());
        assertEquals(List.of(
                SG + ":8:1: declares complexity 'basic' but has 28 input variables (standard: 11-30); set complexity "
                        + "to standard or remove it",
                "_library/compute/containers/eks-standard/.alexandria.yaml:8:1: declares complexity 'basic' but has 24 "
                        + "input variables (standard: 11-30); set complexity to standard or remove it"),
                texts(lib.allFindings().stream().sorted((a, b) -> b.location().compareTo(a.location())).toList()));
    }

    @Test
    void open_aModuleWithAnHclSyntaxErrorStillOpens_withAnHclValidErrorAtFileLineColumn() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, "hcl-syntax-error"));
        LibraryModule sg = lib.requireModule("securitygroup");
        assertEquals(3, sg.interfaceSpec().ownVariableCount());
        assertTrue(sg.interfaceSpec().hasErrors());
        assertEquals(List.of(SG_DIR + "main.tf:4:32: Missing attribute separator: Expected a newline or comma to "
                + "mark the beginning of the next attribute; correct the file at that line; until then the module's "
                + "inputs, outputs and complexity tier are read without the part in error"), texts(lib.findings("securitygroup")));
        assertEquals(lib.findings("securitygroup"), lib.allFindings());
        Finding f = lib.findings("securitygroup").get(0);
        // One problem, one severity: browse --findings, info and validate all show this error of rule hcl-valid.
        assertEquals(Finding.Severity.ERROR, f.severity());
        assertEquals("hcl-valid", f.ruleId());
        assertEquals(List.of(f), lib.validate(List.of()).findings().stream().filter(x -> x.location().file()
                .endsWith("main.tf") && x.location().line() == 4).toList());
    }

    @Test
    void open_settingsWithAnUnknownKeyFailWithLineAndColumn() {
        assertEquals(List.of(SETTINGS + ":2:3: unknown key 'boilerplate_file' in inspect; did you mean "
                + "'boilerplate_files'? (the keys here are: boilerplate_files)"), errors("settings-unknown-key"));
    }

    @Test
    void open_settingsAcceptOnlyPlainTerraformFileNamesOnce() {
        assertEquals(List.of(
                SETTINGS + ":4:7: boilerplate file 'modules/labels.tf' is not a file name ending in .tf or .tf.json; "
                        + "write the file name only: labels.tf",
                SETTINGS + ":5:7: boilerplate file 'README.md' is not a file name ending in .tf or .tf.json; name a "
                        + "file such as context.tf; boilerplate files are matched by name in every module",
                SETTINGS + ":6:7: boilerplate file 'context.tf' is listed twice; remove the duplicate"),
                errors("settings-bad-file"));
    }

    @Test
    void open_registrySourcesNeedOneIdPlaceholderAndNoPathOrGetter() {
        assertEquals(List.of(
                SETTINGS + ":4:7: registry source 'app.terraform.io/acme/vpc/aws' has no {id} where the module id "
                        + "stands; write a registry address with {id} where the module id stands, such as "
                        + "app.terraform.io/acme/{id}/aws",
                SETTINGS + ":5:7: registry source '../modules/{id}' is a path; relative paths are mapped without "
                        + "settings; write a registry address with {id} where the module id stands, such as "
                        + "app.terraform.io/acme/{id}/aws",
                SETTINGS + ":6:7: registry source 'git::https://example.com/{id}.git' has '//', '?' or '::', which "
                        + "a registry address never has; write a registry address with {id} where the module id stands, such as app.terraform.io/acme/{id}/aws",
                SETTINGS + ":7:7: registry source 'app.terraform.io/acme/{id}/aws' is listed twice; remove the "
                        + "duplicate"),
                errors("settings-bad-registry-source"));
    }

    @Test
    void inspect_returnsTheSameObjectForTheSameModule() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, "boilerplate"));
        ModuleInterface first = lib.inspect("securitygroup");
        assertSame(first, lib.inspect("securitygroup"));
        assertSame(first, lib.inspect("foundations/security/securitygroup"));
        assertSame(first, lib.requireModule("securitygroup").interfaceSpec());
        ModuleNotFoundException e = assertThrows(ModuleNotFoundException.class, () -> lib.inspect("securitygrp"));
        assertEquals("no module 'securitygrp' in the library; did you mean 'securitygroup'?", e.getMessage());
    }

    @Test
    void open_isDeterministicAcrossRuns() {
        Path root = Fixtures.library(tmp, "boilerplate");
        Library a = LibraryLoader.open(root);
        Library b = LibraryLoader.open(root);
        assertEquals(a.modules(), b.modules());
        assertEquals(a.findings(), b.findings());
        assertEquals(a.allFindings(), b.allFindings());
    }

    @Test
    void open_readsAModulesHclOnFirstUseNotWhenOpening() throws IOException {
        Path root = Fixtures.library(tmp, "complexity-derived");
        Library lib = LibraryLoader.open(root);
        Path variables = root.resolve(SG_DIR + "variables.tf");
        Files.writeString(variables, Files.readString(variables) + "\nvariable \"added_after_open\" {}\n");
        assertEquals(15, lib.inspect("securitygroup").variables().size());
        assertTrue(lib.inspect("securitygroup").variable("added_after_open").isPresent());
    }

    @Test
    void findingsOfOneModule_neverReadAnotherModulesHcl() throws IOException {
        Path root = Fixtures.library(tmp, "hcl-syntax-error");
        Library lib = LibraryLoader.open(root);
        assertEquals(1, lib.findings("securitygroup").size());
        // Broken only now: if asking about securitygroup had read vpc-standard, the error would not show.
        Files.writeString(root.resolve("_library/foundations/networking/vpc-standard/variables.tf"), "variable {{{");
        assertTrue(lib.findings("vpc-standard").stream().anyMatch(f -> f.ruleId().equals("hcl-valid")),
                () -> texts(lib.findings("vpc-standard")).toString());
    }
}
