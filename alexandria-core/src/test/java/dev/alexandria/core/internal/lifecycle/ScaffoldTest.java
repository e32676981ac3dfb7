package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.PlannedFile;
import dev.alexandria.api.model.ScaffoldRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScaffoldTest {

    static final String FOLDER = LifecycleFixture.M + "vpc-enterprise/";

    @TempDir
    Path tmp;

    @Test
    void title_isTheIdAsWritten() {
        assertEquals("vpc-enterprise", Scaffolder.title("vpc-enterprise"));
        assertEquals("sc-basic", Scaffolder.title("sc-basic"));
        assertEquals("k8s-ingress", Scaffolder.title("k8s-ingress"));
    }

    @ParameterizedTest
    @EnumSource(ComplexityTier.class)
    void scaffold_derivedTierIsTheTierAskedAndNoComplexityKeyIsWritten(ComplexityTier tier) {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking").complexity(tier)).apply();
        LibraryModule m = f.open().requireModule("vpc-enterprise");
        assertEquals(tier, m.complexity());
        assertEquals(java.util.Optional.empty(), m.metadata().complexity());
        assertFalse(f.read(FOLDER + ".alexandria.yaml").contains("complexity"));
    }

    @Test
    void scaffold_withGitsIndexLocked_isRefusedBeforeWritingAnything() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp).committed(java.time.LocalDate.of(2026, 1, 5));
        java.nio.file.Path lock = Files.createFile(f.root.resolve(".git/index.lock"));
        ChangePlan plan = f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking"));
        dev.alexandria.api.RefusedException e = org.junit.jupiter.api.Assertions.assertThrows(
                dev.alexandria.api.RefusedException.class, plan::apply);
        assertEquals(List.of("git's index is locked: " + lock + " exists, so another git process is running or "
                + "crashed; remove the file if no git is running, then try again"), e.reasons());
        assertFalse(Files.exists(f.root.resolve(FOLDER)), "nothing written");
    }

    @Test
    void scaffold_createsTheDesignsFolderLayout() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        ChangePlan plan = f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking"));
        assertEquals(List.of(".alexandria.yaml", "README.md", "examples/complete/main.tf", "main.tf", "outputs.tf",
                "tests/integration/main.tftest.hcl", "tests/unit/main.tftest.hcl", "variables.tf", "versions.tf"),
                plan.files().stream().map(p -> p.path().substring(FOLDER.length())).toList());
        plan.apply();
        LibraryModule m = f.open().requireModule("vpc-enterprise");
        assertEquals(MaturityLevel.EXPERIMENTAL, m.maturity());
        assertEquals("0.1.0", m.version().toString());
        assertEquals(List.of("complete"), m.metadata().examples());
        String readme = f.read(FOLDER + "README.md");
        assertTrue(readme.contains("## Inputs") && readme.contains("## Outputs"), readme);
        assertTrue(readme.contains("[retention_days](#input_retention_days)"), readme);
        java.util.regex.Matcher source = java.util.regex.Pattern.compile("source = \"([^\"]+)\"").matcher(readme);
        assertTrue(source.find(), readme);
        java.nio.file.Path caller = f.open().requireModule("vpc-alpha").directory();
        assertEquals(f.root.resolve(FOLDER).normalize().toRealPath(), caller.resolve(source.group(1)).normalize()
                .toRealPath(), "the usage's source, from another module's folder, is the new module's folder");
        assertTrue(Files.isDirectory(f.root.resolve(FOLDER + "tests/unit")));
        assertEquals(List.of(), f.open().validate(List.of("vpc-enterprise")).findings());
    }

    @ParameterizedTest
    @EnumSource(value = MaturityLevel.class, names = {"EXPERIMENTAL", "ALPHA", "BETA", "STABLE", "MATURE"})
    void scaffold_atEveryAllowedLevelValidatesWithNoFindings(MaturityLevel level) {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking").maturity(level)).apply();
        assertEquals(List.of(), f.open().validate(List.of("vpc-enterprise")).findings());
    }

    @ParameterizedTest
    @EnumSource(value = MaturityLevel.class, names = {"EXPERIMENTAL", "ALPHA", "BETA", "STABLE", "MATURE"})
    void scaffold_writesAsManyExamplesAsTheLibrarysCriteriaAskFor(MaturityLevel level) {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/maturity-levels.yaml", "promotions:\n"
                + "  - from: alpha\n    to: beta\n    criteria:\n"
                + "      - id: examples\n        description: At least 3 examples\n        threshold: 3\n");
        f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking").maturity(level)).apply();
        Library lib = f.open();
        assertEquals(List.of(), lib.validate(List.of("vpc-enterprise")).findings());
        boolean three = level.compareTo(MaturityLevel.BETA) >= 0;
        assertEquals(three ? List.of("basic", "complete", "minimal") : List.of("complete"),
                lib.requireModule("vpc-enterprise").metadata().examples());
        if (three) {
            assertTrue(f.read(FOLDER + "examples/basic/main.tf").contains("source = \"../..\""));
        }
    }

    @Test
    void scaffold_betaStartsAtTheFirstBetaVersion() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking")
                .maturity(MaturityLevel.BETA)).apply();
        assertEquals("1.0.0-beta.1", f.open().requireModule("vpc-enterprise").version().toString());
    }

    @Test
    void scaffold_refusesBadNamesWithTheReason() {
        Library lib = LifecycleFixture.create(tmp).open();
        assertEquals("refusing to scaffold VPC_Enterprise:\nthe name 'VPC_Enterprise' is not kebab-case: a module "
                + "name is 2 to 64 lower-case letters, digits and single hyphens, starting with a letter; name it "
                + "vpc-enterprise", refusal(lib, "VPC_Enterprise", "foundations/networking"));
        assertTrue(refusal(lib, "VpcBig", "foundations/networking").endsWith("; name it vpc-big"));
        assertTrue(refusal(lib, "9", "foundations/networking").endsWith("; name it such as vpc-enterprise"));
        assertEquals("refusing to scaffold ../vpc:\nthe name '../vpc' contains '..': a module name is one folder "
                + "name, never a path; name it vpc, say, and give its layer and category with --category",
                refusal(lib, "../vpc", "foundations/networking"));
        assertTrue(refusal(lib, "..", "foundations/networking").endsWith("; name it such as vpc-enterprise, and "
                + "give its layer and category with --category"));
        assertEquals("refusing to scaffold networking/vpc:\nthe name 'networking/vpc' contains '/': a module name "
                + "is one folder name; give the layer and category with --category",
                refusal(lib, "networking/vpc", "foundations/networking"));
        assertEquals("refusing to scaffold vpc-old:\nthe name 'vpc-old' is taken: module vpc-old is at "
                + "_library/foundations/networking/vpc-old; module ids are unique across the library, so pick "
                + "another name", refusal(lib, "vpc-old", "foundations/networking"));
        assertEquals("refusing to scaffold vpc-new:\ncategory 'foundations/identity' is not declared in "
                + "_catalog/categories.yaml; use one of [foundations/networking] or declare it there first",
                refusal(lib, "vpc-new", "foundations/identity"));
        assertEquals("refusing to scaffold vpc-new:\ninvalid category 'networking': expected <layer>/<subcategory>,"
                + " e.g. foundations/networking", refusal(lib, "vpc-new", "networking"));
    }

    @Test
    void scaffold_refusesANameUsedByAFolderThatIsNoModule() throws Exception {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        Files.createDirectories(f.root.resolve("_library/foundations/networking/half-done"));
        assertEquals("refusing to scaffold half-done:\nthe name 'half-done' is taken: a folder "
                + "_library/foundations/networking/half-done exists; module ids are unique across the library, so "
                + "pick another name", refusal(f.open(), "half-done", "foundations/networking"));
    }

    @Test
    void scaffold_libraryTemplatesOverrideAndAddFiles() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/templates/common/README.md", "# {{name}}\n\nOwned by {{id}}.\n\n<!-- BEGIN_TF_DOCS -->\n"
                + "<!-- END_TF_DOCS -->\n");
        f.write("_catalog/templates/basic/.tflint.hcl", "# tflint for {{id}}\n");
        ChangePlan plan = f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking")
                .complexity(ComplexityTier.BASIC));
        plan.apply();
        assertTrue(f.read(FOLDER + "README.md").startsWith("# vpc-enterprise\n\nOwned by vpc-enterprise.\n"));
        assertEquals("# tflint for vpc-enterprise\n", f.read(FOLDER + ".tflint.hcl"));
        assertTrue(plan.notes().contains("templates: 2 of 9 files from _catalog/templates/, the rest bundled"),
                plan.notes().toString());
    }

    /** A library's own interface for the basic tier: one required variable, one optional, two outputs. */
    private static void bucketTemplates(LifecycleFixture f) {
        f.write("_catalog/templates/basic/variables.tf", "variable \"bucket_name\" {\n  description = \"Name of "
                + "the bucket.\"\n  type        = string\n}\n\nvariable \"versioning\" {\n  description = "
                + "\"Whether to keep object versions.\"\n  type        = bool\n  default     = true\n}\n");
        f.write("_catalog/templates/basic/main.tf", "resource \"terraform_data\" \"bucket\" {\n  input = {\n"
                + "    name       = var.bucket_name\n    versioning = var.versioning\n  }\n}\n");
        f.write("_catalog/templates/common/outputs.tf", "output \"bucket_id\" {\n  description = \"ID of the "
                + "bucket.\"\n  value       = terraform_data.bucket.id\n}\n");
    }

    @Test
    void scaffold_libraryVariablesAndOutputsGetTestsAndExampleWrittenFromThem() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        bucketTemplates(f);
        ChangePlan plan = f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking")
                .complexity(ComplexityTier.BASIC).maturity(MaturityLevel.BETA));
        assertTrue(plan.notes().contains("written from the module's own variables and outputs, since "
                + "_catalog/templates/ gives variables.tf or outputs.tf but not these, and the bundled ones are for "
                + "the bundled variables: README.md (its usage), examples/complete/main.tf, "
                + "tests/integration/main.tftest.hcl, tests/unit/main.tftest.hcl"), plan.notes().toString());
        plan.apply();
        String readme = f.read(FOLDER + "README.md");
        assertTrue(readme.contains("module \"vpc_enterprise\" {\n  source = \"../../../foundations/networking/"
                + "vpc-enterprise\"\n\n  bucket_name = \"example\"\n}\n```"), readme);
        String unit = f.read(FOLDER + "tests/unit/main.tftest.hcl");
        assertTrue(unit.contains("variables {\n  bucket_name = \"example\"\n  versioning  = true\n}\n"), unit);
        assertFalse(unit.contains("environment") || unit.contains("output.settings"), unit);
        String integration = f.read(FOLDER + "tests/integration/main.tftest.hcl");
        assertTrue(integration.contains("variables {\n  bucket_name = \"example\"\n}\n"), integration);
        assertTrue(integration.contains("command = apply"), integration);
        String example = f.read(FOLDER + "examples/complete/main.tf");
        assertTrue(example.contains("  source = \"../..\"\n\n  bucket_name = \"example\"\n}\n"), example);
        assertTrue(example.contains("value       = module.vpc_enterprise.bucket_id"), example);
        assertFalse(f.read(FOLDER + "examples/basic/main.tf").contains("environment"));
        Library lib = f.open();
        assertEquals(List.of(), lib.validate(List.of("vpc-enterprise")).findings());
        var coverage = lib.test("vpc-enterprise").coverage();
        assertEquals(List.of("bucket_name", "versioning"), coverage.variablesSet());
        assertEquals(List.of("bucket_name", "versioning"), coverage.variables());
    }

    @Test
    void scaffold_libraryVariablesWithoutAMainTfAreRefusedAtTheUndeclaredReferenceBeforeAnythingIsWritten() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/templates/basic/variables.tf", "variable \"bucket_name\" {\n  description = \"Name of "
                + "the bucket.\"\n  type        = string\n}\n");
        f.write("_catalog/templates/basic/outputs.tf", "output \"bucket\" {\n  description = \"The bucket.\"\n"
                + "  value       = var.bucket_name\n}\n");
        Map<String, String> before = f.snapshot();
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().scaffold(ScaffoldRequest.of(
                "tpl-one", "foundations/networking").complexity(ComplexityTier.BASIC)));
        String folder = "_library/foundations/networking/tpl-one/";
        assertTrue(e.reasons().get(0).startsWith(folder + "main.tf:6:19: Reference to undeclared input variable "
                + "(from the bundled template basic/main.tf): the library's templates must also provide main.tf (it "
                + "references var.name, which the template's variables.tf does not declare); add "
                + "_catalog/templates/basic/main.tf or declare var.name in the variables template"),
                e.reasons().toString());
        assertTrue(e.reasons().stream().anyMatch(r -> r.contains("it references var.tags,")), e.reasons().toString());
        assertEquals(before, f.snapshot());
        assertFalse(Files.exists(f.root.resolve(folder)));
    }

    @Test
    void scaffold_aLibraryExampleReferencingWhatItsFolderDoesNotDeclareIsRefusedBeforeAnythingIsWritten() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/templates/common/examples/complete/main.tf", "module \"{{snake_id}}\" {\n"
                + "  source = \"../..\"\n\n  name = var.name\n}\n");
        Map<String, String> before = f.snapshot();
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().scaffold(ScaffoldRequest.of(
                "tpl-one", "foundations/networking")));
        String folder = "_library/foundations/networking/tpl-one/";
        assertEquals(1, e.reasons().size(), e.reasons().toString());
        assertTrue(e.reasons().get(0).startsWith(folder + "examples/complete/main.tf:4:10: Reference to undeclared "
                + "input variable (from _catalog/templates/common/examples/complete/main.tf): "), e.reasons().get(0));
        assertTrue(e.reasons().get(0).endsWith("examples/complete is a root module of its own, so var.name must be "
                + "declared in examples/complete itself; declare it there (a variable, local or module block in that "
                + "folder) or use a literal value in _catalog/templates/common/examples/complete/main.tf"),
                e.reasons().get(0));
        assertEquals(before, f.snapshot());
        assertFalse(Files.exists(f.root.resolve(folder)));
    }

    @Test
    void scaffold_aLibraryExampleDeclaringWhatItReferencesIsAccepted() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/templates/common/examples/complete/main.tf", "variable \"name\" {\n  type = string\n"
                + "  default = \"example\"\n}\n\nmodule \"{{snake_id}}\" {\n  source = \"../..\"\n\n"
                + "  name = var.name\n}\n");
        f.open().scaffold(ScaffoldRequest.of("tpl-one", "foundations/networking")).apply();
        assertTrue(f.read("_library/foundations/networking/tpl-one/examples/complete/main.tf")
                .contains("name = var.name"));
    }

    @Test
    void scaffold_theLibrarysOwnTestsAreKeptWithItsOwnVariables() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        bucketTemplates(f);
        String own = "variables {\n  bucket_name = \"unit\"\n}\n\nrun \"plan\" {\n  command = plan\n\n  assert {\n"
                + "    condition     = output.bucket_id != \"\"\n    error_message = \"no id\"\n  }\n}\n";
        f.write("_catalog/templates/basic/tests/unit/main.tftest.hcl", own);
        ChangePlan plan = f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking")
                .complexity(ComplexityTier.BASIC));
        plan.apply();
        assertEquals(own, f.read(FOLDER + "tests/unit/main.tftest.hcl"));
        assertTrue(plan.notes().stream().anyMatch(n -> n.endsWith("bundled variables: README.md (its usage), examples/complete/main.tf, "
                + "tests/integration/main.tftest.hcl")), plan.notes().toString());
    }

    @Test
    void scaffold_bundledInterfaceKeepsTheBundledTests() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        ChangePlan plan = f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking"));
        assertTrue(plan.notes().stream().noneMatch(n -> n.startsWith("written from")), plan.notes().toString());
        plan.apply();
        assertTrue(f.read(FOLDER + "tests/unit/main.tftest.hcl").contains("run \"settings_follow_the_inputs\""));
    }

    @Test
    void scaffold_unknownPlaceholdersAreRefusedBeforeAnythingIsWritten() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/templates/common/README.md", "# {{name}}\n\nOwned by {{owner}} ({{ id }}).\n\n"
                + "Deployed by ${{ github.actor }}.\n");
        Map<String, String> before = f.snapshot();
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().scaffold(ScaffoldRequest.of(
                "vpc-enterprise", "foundations/networking")));
        String known = "the known placeholders are {{id}}, {{snake_id}}, {{name}}, {{description}}, {{layer}}, "
                + "{{category}}, {{subcategory}}, {{maturity}}, {{version}}, {{library_source}}";
        assertEquals(List.of("_catalog/templates/common/README.md:3: unknown placeholder {{owner}}; " + known,
                "_catalog/templates/common/README.md:3: unknown placeholder {{ id }}; " + known), e.reasons());
        assertEquals(before, f.snapshot());
        assertFalse(Files.exists(f.root.resolve(FOLDER)));
    }

    @Test
    void scaffold_templateHclErrorsNameTheModuleFileAndTheTemplateLine() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/templates/basic/variables.tf", "variable \"name\" {\n  description = \"Name.\"\n"
                + "  type        = string\n\n");
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().scaffold(ScaffoldRequest.of(
                "vpc-enterprise", "foundations/networking").complexity(ComplexityTier.BASIC)));
        assertEquals(1, e.reasons().size(), e.reasons().toString());
        String reason = e.reasons().get(0);
        assertTrue(reason.startsWith("the templates give HCL with errors: " + FOLDER + "variables.tf:"), reason);
        assertTrue(reason.matches("(?s).* \\(from _catalog/templates/basic/variables\\.tf:(\\d+)\\); fix the "
                + "template _catalog/templates/basic/variables\\.tf:\\1"), reason);
        assertFalse(Files.exists(f.root.resolve(FOLDER)));
    }

    @Test
    void scaffold_aVariablesTemplateOfAnotherTierIsRefused() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        f.write("_catalog/templates/advanced/variables.tf", "variable \"name\" {\n  type = string\n"
                + "  description = \"Name.\"\n}\n");
        f.write("_catalog/templates/advanced/main.tf", "resource \"terraform_data\" \"this\" {\n"
                + "  input = var.name\n}\n");
        RefusedException e = assertThrows(RefusedException.class, () -> f.open().scaffold(ScaffoldRequest.of(
                "vpc-enterprise", "foundations/networking").complexity(ComplexityTier.ADVANCED)));
        assertEquals(List.of("the advanced templates declare 1 input variable, which is basic (at most 10), so the "
                + "module would not be advanced; fix the variables template (2 of 8 files from _catalog/templates/, "
                + "the rest bundled)"), e.reasons());
    }

    @Test
    void scaffold_dryRunChangesNothing() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        Map<String, String> before = f.snapshot();
        ChangePlan plan = f.open().scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking"));
        assertTrue(plan.render().contains("+++ b/" + FOLDER + "main.tf"), plan.render());
        assertTrue(plan.files().stream().allMatch(p -> p.before().isEmpty()));
        assertEquals(before, f.snapshot());
        assertFalse(Files.exists(f.root.resolve(FOLDER)));
    }

    @Test
    void scaffold_aFailureHalfWayLeavesTheLibraryAsItWas() {
        LifecycleFixture f = LifecycleFixture.create(tmp);
        Map<String, String> before = f.snapshot();
        ModulePlan plan = (ModulePlan) f.open().scaffold(ScaffoldRequest.of("vpc-enterprise",
                "foundations/networking"));
        plan.afterWrite(path -> {
            if (path.endsWith("examples/complete/main.tf")) {
                throw new IllegalStateException("disk full");
            }
        });
        AlexandriaException e = assertThrows(AlexandriaException.class, plan::apply);
        assertEquals("could not scaffold vpc-enterprise: writing failed (disk full); every file was restored, so the "
                + "library is as it was", e.getMessage());
        assertEquals(before, f.snapshot());
        assertFalse(Files.exists(f.root.resolve(FOLDER)), "the module folder is removed again");
    }

    private static String refusal(Library lib, String name, String category) {
        return assertThrows(RefusedException.class, () -> lib.scaffold(ScaffoldRequest.of(name, category)))
                .getMessage();
    }

    static List<String> paths(List<PlannedFile> files) {
        return files.stream().map(PlannedFile::path).toList();
    }
}
