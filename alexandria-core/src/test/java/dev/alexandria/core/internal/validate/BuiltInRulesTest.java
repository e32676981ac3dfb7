package dev.alexandria.core.internal.validate;

import static dev.alexandria.core.internal.validate.Fixtures.APP;
import static dev.alexandria.core.internal.validate.Fixtures.NET;
import static dev.alexandria.core.internal.validate.Fixtures.findings;
import static dev.alexandria.core.internal.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every built-in rule: the clean fixture passes it, an overlay breaks it. */
class BuiltInRulesTest {

    @TempDir
    Path tmp;

    @Test
    void clean_passesEveryRule() {
        ValidationReport r = validate(tmp, "");
        assertEquals(List.of(), r.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO)
                .map(Finding::toString).toList());
        assertEquals(List.of("alexandria-catalog", "alexandria-cost", "alexandria-dependencies",
                "alexandria-maturity-files", "alexandria-metadata", "alexandria-readme", "alexandria-terraform-conventions",
                "alexandria-versioning"), r.validators());
        assertEquals(List.of("alexandria-terraform-validate: skipped: not installed: neither terraform nor tofu is "
                + "on PATH", "alexandria-tflint: skipped: not installed: no tflint on PATH"),
                r.skipped().stream().map(Object::toString).toList());
        assertFalse(r.hasErrors());
    }

    @Test
    void namingConvention_snakeCaseNamesOnly() {
        assertEquals(List.of(NET + "variables.tf:6:1: variable name 'cidrBlock' is not snake_case; rename it to "
                + "cidr_block"), findings(validate(tmp, "naming"), "naming-convention"));
    }

    @Test
    void documentedAndTyped_everyVariableTypedAndDescribedEveryOutputDescribed() {
        ValidationReport r = validate(tmp, "undocumented");
        assertEquals(List.of(
                NET + "outputs.tf:1:1: output 'vpc_id' has no description; add description = \"…\" saying what it "
                        + "gives",
                NET + "variables.tf:1:1: variable 'name' has no description; add description = \"…\" saying what "
                        + "it is for",
                NET + "variables.tf:5:1: variable 'cidr_block' has no type; add a type constraint such as type = "
                        + "string"),
                findings(r, "variable-documented", "variable-typed", "output-documented"));
    }

    @Test
    void referenceDeclared_undeclaredVariableLocalAndModuleAreErrorsAtTheReference() {
        ValidationReport r = validate(tmp, "undeclared");
        assertEquals(List.of(
                NET + "main.tf:6:16: Reference to undeclared input variable: An input variable with the name "
                        + "\"cidr_blok\" has not been declared. Did you mean \"cidr_block\"?; declare the variable in "
                        + "variables.tf (variable \"cidr_blok\" { type = …, description = \"…\" }) or refer to one that is "
                        + "declared",
                NET + "main.tf:9:33: Reference to undeclared local value: A local value with the name \"suffix\" has "
                        + "not been declared; define it in a locals { } block (locals { suffix = … }) or refer to one that is defined",
                NET + "main.tf:10:14: Reference to undeclared module: No module call named \"parent\" is declared in "
                        + "the root module; add the module block it names (module \"parent\" { source = \"…\" }) or refer to one "
                        + "that is declared"),
                findings(r, "reference-declared"));
        assertTrue(r.hasErrors());
    }

    @Test
    void referenceDeclared_anExampleIsARootModuleOfItsOwnCheckedAgainstItsOwnDeclarations() {
        ValidationReport r = validate(tmp, "undeclared-example");
        assertEquals(List.of(NET + "examples/complete/main.tf:3:12: Reference to undeclared input variable: An input "
                + "variable with the name \"missing\" has not been declared. This variable can be declared with a "
                + "variable \"missing\" {} block; " + NET.substring(0, NET.length() - 1)
                + "/examples/complete is a root module of its own, so it must declare the name itself: declare the "
                + "variable there (variable \"missing\" { type = …, description = \"…\" }) or refer to one that is "
                + "declared (or use a literal value)"), findings(r, "reference-declared"));
        assertTrue(r.hasErrors());
    }

    @Test
    void referenceDeclared_anExampleEditedAfterACachedValidateIsCheckedAgain() throws Exception {
        Path root = Fixtures.library(tmp, "");
        Path cache = java.nio.file.Files.createDirectories(tmp.resolve("cache"));
        assertEquals(List.of(), findings(LibraryLoader.open(root, r -> java.util.Optional.of(cache))
                .validate(List.of(), Fixtures.noTools(tmp)), "reference-declared"));
        Path example = root.resolve(NET + "examples/complete/main.tf");
        java.nio.file.Files.writeString(example, java.nio.file.Files.readString(example)
                .replace("\"example\"", "local.prefix"));
        assertEquals(List.of(NET + "examples/complete/main.tf:3:12: Reference to undeclared local value: A local "
                + "value with the name \"prefix\" has not been declared"), findings(LibraryLoader.open(root,
                r -> java.util.Optional.of(cache)).validate(List.of(), Fixtures.noTools(tmp)), "reference-declared")
                .stream().map(f -> f.substring(0, f.indexOf(';'))).toList());
    }

    @Test
    void hclValid_anExampleWhoseHclDoesNotParseIsAnErrorAtItsFileLineAndColumn() {
        ValidationReport r = validate(tmp, "nested-hcl-error");
        List<String> expected = List.of(NESTED_ERROR);
        assertEquals(expected, findings(r, "hcl-valid"));
        assertTrue(r.hasErrors());
        // its references are not checked while it does not parse, and the module itself stays clean
        assertEquals(List.of(), findings(r, "reference-declared", "readme-tables"));
        assertEquals(1, r.findings().stream().filter(f -> f.severity() != Finding.Severity.INFO).count(),
                () -> r.findings().toString());
    }

    @Test
    void hclValid_theValidatorThroughItsSpiReportsTheExampleLikeTheCachedPath() {
        Path root = Fixtures.library(tmp, "nested-hcl-error");
        dev.alexandria.api.Library library = LibraryLoader.open(root, r -> java.util.Optional.empty());
        dev.alexandria.api.model.LibraryModule m = library.requireModule("net-core");
        List<String> found = new ConventionsValidator().validate(new dev.alexandria.spi.validate.ValidationRequest(
                library.root(), m, library.catalog(), id -> java.util.Optional.empty(), java.time.LocalDate.now(),
                java.util.Map.of())).stream().filter(f -> f.ruleId().equals("hcl-valid"))
                .map(Finding::toString).toList();
        assertEquals(List.of(NESTED_ERROR), found);
    }

    @Test
    void hclValid_anExampleFixedAfterACachedValidateIsCheckedAgain() throws Exception {
        Path root = Fixtures.library(tmp, "nested-hcl-error");
        Path cache = java.nio.file.Files.createDirectories(tmp.resolve("cache"));
        assertEquals(List.of(NESTED_ERROR), findings(LibraryLoader.open(root, r -> java.util.Optional.of(cache))
                .validate(List.of(), Fixtures.noTools(tmp)), "hcl-valid"));
        Path example = root.resolve(NET + "examples/minimal/main.tf");
        java.nio.file.Files.writeString(example, java.nio.file.Files.readString(example)
                .replace("10.1.0.0/16\n", "10.1.0.0/16\"\n"));
        assertEquals(List.of(), findings(LibraryLoader.open(root, r -> java.util.Optional.of(cache))
                .validate(List.of(), Fixtures.noTools(tmp)), "hcl-valid"));
    }

    @Test
    void hclValid_aTestFileThatDoesNotParseIsAnErrorAtItsLineOnBothPathsAndAFixShowsAfterACachedRun()
            throws Exception {
        Path root = Fixtures.library(tmp, "test-file-error");
        Path cache = java.nio.file.Files.createDirectories(tmp.resolve("cache"));
        java.util.function.Supplier<List<String>> cached = () -> findings(LibraryLoader.open(root,
                r -> java.util.Optional.of(cache)).validate(List.of(), Fixtures.noTools(tmp)), "hcl-valid");
        assertEquals(List.of(TEST_FILE_ERROR), cached.get());
        assertEquals(List.of(TEST_FILE_ERROR), cached.get()); // from the cache
        dev.alexandria.api.Library library = LibraryLoader.open(root, r -> java.util.Optional.empty());
        assertEquals(List.of(TEST_FILE_ERROR), new ConventionsValidator().validate(
                new dev.alexandria.spi.validate.ValidationRequest(library.root(), library.requireModule("net-core"),
                        library.catalog(), id -> java.util.Optional.empty(), java.time.LocalDate.now(),
                        java.util.Map.of())).stream().filter(f -> f.ruleId().equals("hcl-valid"))
                .map(Finding::toString).toList());
        Path test = root.resolve(NET + "tests/unit/broken.tftest.hcl");
        java.nio.file.Files.writeString(test, java.nio.file.Files.readString(test) + "}\n");
        assertEquals(List.of(), cached.get(), "the edited test file is read again");
    }

    private static final String TEST_FILE_ERROR = NET + "tests/unit/broken.tftest.hcl:1:9: Unclosed configuration "
            + "block: There is no closing brace for this block before the end of the file. This may be caused by "
            + "incorrect brace nesting elsewhere in this file; fix the file at that line and column: terraform test "
            + "reads every test file in " + NET + "tests/unit, so it must parse (alexandria test --coverage-only "
            + "reads it too)";

    private static final String NESTED_ERROR = NET + "examples/minimal/main.tf:4:28: Unterminated template string: "
            + "No closing marker was found for the string; fix the file at that line and column: " + NET
            + "examples/minimal is a root module of its own (terraform init and terraform test read it), so its HCL "
            + "must parse like the module's";

    @Test
    void readmeTables_aCachedResultIsMadeAgainWhenTheReadmeOrTheHclChanges() throws Exception {
        Path root = Fixtures.library(tmp, "");
        Path cache = java.nio.file.Files.createDirectories(tmp.resolve("cache"));
        java.util.function.Supplier<List<String>> tables = () -> findings(LibraryLoader.open(root,
                r -> java.util.Optional.of(cache)).validate(List.of(), Fixtures.noTools(tmp)), "readme-tables",
                "readme-markers");
        assertEquals(List.of(), tables.get());
        assertEquals(List.of(), tables.get()); // from the cache
        Path readme = root.resolve(NET + "README.md");
        String text = java.nio.file.Files.readString(readme);
        java.nio.file.Files.writeString(readme, text.lines().filter(l -> !l.contains("input_cidr_block"))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        List<String> lacking = tables.get();
        assertEquals(1, lacking.size(), lacking::toString);
        assertTrue(lacking.get(0).startsWith(NET + "README.md:"), lacking::toString);
        assertTrue(lacking.get(0).contains("lacks input cidr_block"), lacking::toString);
        assertEquals(lacking, tables.get()); // the finding comes from the cache now
        java.nio.file.Files.writeString(readme, text);
        assertEquals(List.of(), tables.get());
        Path variables = root.resolve(NET + "variables.tf");
        java.nio.file.Files.writeString(variables, java.nio.file.Files.readString(variables)
                + "\nvariable \"tags\" {\n  type        = map(string)\n  description = \"Tags.\"\n  default     = {}\n}\n");
        List<String> extra = tables.get();
        assertEquals(1, extra.size(), extra::toString);
        assertTrue(extra.get(0).contains("lacks input tags"), extra::toString);
        java.nio.file.Files.delete(readme);
        assertEquals(List.of(), tables.get());
        assertEquals(1, findings(LibraryLoader.open(root, r -> java.util.Optional.of(cache))
                .validate(List.of(), Fixtures.noTools(tmp)), "readme-missing").size());
    }

    @Test
    void requiredVersionAndProviders_versionSetEveryProviderPinnedWithASource() {
        ValidationReport r = validate(tmp, "unpinned");
        assertEquals(List.of(
                NET + "main.tf:9:1: provider 'tls' is used but not declared in required_providers; declare it in "
                        + "terraform { required_providers { tls = { source = \"hashicorp/tls\", version = \"~> X.Y\" "
                        + "} } }",
                NET + "versions.tf:1:1: no required_version is set; add terraform { required_version = \">= 1.5.0\" "
                        + "} (in versions.tf)",
                NET + "versions.tf:3:5: provider 'aws' has no source; set source = \"hashicorp/aws\" (or its "
                        + "namespace) in required_providers",
                NET + "versions.tf:6:5: provider 'random' has no version constraint; set version = \"~> X.Y\" in "
                        + "required_providers"),
                findings(r, "required-version", "provider-pinned"));
    }

    @Test
    void readme_missingIsAnErrorAtTheMetadataLineOneWhenTheLevelNeedsOne() {
        ValidationReport r = validate(tmp, "no-readme");
        List<Finding> f = r.findings().stream().filter(x -> x.ruleId().equals("readme-missing")).toList();
        assertEquals(1, f.size(), r.findings()::toString);
        assertEquals(Finding.Severity.ERROR, f.get(0).severity());
        assertEquals(NET + ".alexandria.yaml:1:1: the module has no README.md; maturity 'beta' needs one "
                + "(criterion 'readme' of experimental → alpha); add " + NET + "README.md with a heading, a description and "
                + "the tables between <!-- BEGIN_TF_DOCS --> and <!-- END_TF_DOCS -->, which 'alexandria inspect "
                + "net-core --output markdown' prints; every release keeps them current",
                f.get(0).toString());
    }

    @Test
    void readme_withoutMarkersIsAWarningAndNeverRewritten() throws Exception {
        Path root = Fixtures.library(tmp, "no-markers");
        String before = java.nio.file.Files.readString(root.resolve(NET + "README.md"));
        ValidationReport r = LibraryLoader.open(root).validate(List.of(), Fixtures.noTools(tmp));
        assertEquals(List.of(NET + "README.md:1:1: has no <!-- BEGIN_TF_DOCS --> … <!-- END_TF_DOCS --> markers, "
                + "so its inputs and outputs tables are not checked or updated; put the markers around the generated "
                + "tables; the release step (or terraform-docs) then keeps them in sync"),
                findings(r, "readme-markers", "readme-tables"));
        assertEquals(before, java.nio.file.Files.readString(root.resolve(NET + "README.md")));
    }

    /** The fix of stale tables: a command pasteable in the library root, for this module's folder. */
    static final String REGENERATE = "regenerate the tables between the markers: the next release writes them "
            + "(alexandria version), or now, in the library root: terraform-docs markdown table --output-file README.md "
            + "--output-mode inject " + NET.substring(0, NET.length() - 1);

    @Test
    void readme_tablesOutOfSyncWithTheCodeNameWhatDiffers() {
        // at the Inputs table's header row, and at the Outputs heading, since that section has no table
        assertEquals(List.of(
                NET + "README.md:6:1: the inputs table lacks input cidr_block and lists input azs, which the code does "
                        + "not declare; " + REGENERATE,
                NET + "README.md:11:1: the outputs table lacks output vpc_id; " + REGENERATE),
                findings(validate(tmp, "stale-tables"), "readme-tables"));
    }

    @Test
    void examples_fewerThanTheLevelNeedsIsAnError() {
        assertEquals(List.of(NET + ".alexandria.yaml:1:1: maturity 'beta' needs at least 2 examples (criterion "
                + "'examples' of alpha → beta), found 1: complete; add a folder examples/<name>/ with a main.tf that "
                + "calls the module"), findings(validate(tmp, "few-examples"), "examples-count"));
    }

    @Test
    void tests_missingForTheLevelIsAnError() {
        assertEquals(List.of(NET + ".alexandria.yaml:1:1: maturity 'beta' needs tests in tests/integration "
                + "(criterion 'integration_tests' of alpha → beta), found none; add tests/integration/<name>.tftest.hcl"
                + " (or a Go test) that runs the module"), findings(validate(tmp, "no-tests"), "tests-missing"));
    }

    @Test
    void complexity_declaredTierThatDisagreesIsAWarning() {
        assertEquals(List.of(NET + ".alexandria.yaml:8:1: declares complexity 'advanced' but has 2 input variables"
                + " (basic: at most 10); set complexity to basic or remove it"),
                findings(validate(tmp, "complexity"), "complexity-tier"));
    }

    @Test
    void costDeclared_moreThanTwentyPercentFromTheEstimateIsAWarningAtTheDeclaredValue() {
        // aws_nat_gateway 730 h x $0.045 = $32.85 + aws_eip 730 h x $0.005 = $3.65: $36.50; 50 / 36.50 = 1.37
        assertEquals(List.of(NET + ".alexandria.yaml:13:3: declares a cost of $50.00 a month, but the estimate of "
                + "its fixed lines is $36.50 a month (us-east-1, no inputs, no usage): 37% above the estimate; set "
                + "cost.estimated_monthly_usd to 36.50 or remove it ('alexandria cost net-core' lists the lines); "
                + "register records the estimate"), findings(validate(tmp, "cost-declared"), "cost-declared"));
        Finding f = validate(tmp, "cost-declared").findings().stream()
                .filter(x -> x.ruleId().equals("cost-declared")).findFirst().orElseThrow();
        assertEquals(Finding.Severity.WARNING, f.severity());
    }

    @Test
    void costDeclared_aPartialEstimateIsALowerBound() {
        // the kinesis stream is not priced: $36.50 is a lower bound, and 20 is 45% below it
        assertEquals(List.of(NET + ".alexandria.yaml:13:3: declares a cost of $20.00 a month, but the estimate of "
                + "its fixed lines is at least $36.50 a month (us-east-1, no inputs, no usage; 1 not priced): 45% "
                + "below the estimate; set cost.estimated_monthly_usd to at least 36.50 or remove it ('alexandria "
                + "cost net-core' lists the lines); register records the estimate"),
                findings(validate(tmp, "cost-partial"), "cost-declared"));
    }

    @Test
    void layerRule_upwardDependencyIsAnErrorFromTheGraph() {
        List<String> f = findings(validate(tmp, "upward"), "layer-rule");
        assertEquals(1, f.size(), f::toString);
        assertTrue(f.get(0).startsWith(NET + ".alexandria.yaml:13:5: requires 'app-web' (_library/compute/containers/"
                + "app-web), a module of the higher layer compute"), f::toString);
    }

    @Test
    void deprecatedDependency_isAWarningWithTheRemovalDate() {
        List<String> f = findings(validate(tmp, "deprecated"), "deprecated-dependency");
        assertTrue(f.contains(APP + ".alexandria.yaml:11:5: requires 'net-core', which is deprecated (Replaced by "
                + "net-next.); it will be removed on 2099-01-01; replace the dependency before 2099-01-01"), f::toString);
    }

    @Test
    void hclError_isAnErrorOfValidation() {
        ValidationReport r = validate(tmp, "hcl-error");
        assertTrue(r.hasErrors());
        assertTrue(r.findings().stream().anyMatch(f -> f.ruleId().equals("hcl-valid") && f.isError()
                && f.location().file().equals(NET + "main.tf")), r.findings()::toString);
    }

    @Test
    void readme_tablesNotCheckedWhileAFileDoesNotParse_aWarningSaysSoWithTheFileAndLine() {
        assertEquals(List.of(NET + "README.md:5:1: the inputs and outputs tables were not checked: " + NET + "main.tf:1 "
                        + "does not parse, so the module's input variables and outputs are not all known; fix that "
                        + "file (its hcl-valid error says what is wrong); validate then checks the tables"),
                findings(validate(tmp, "hcl-error"), "readme-tables"));
    }

    @Test
    void hclError_oneErrorIsOneFindingAlthoughTheGraphReportsItToo() {
        ValidationReport r = validate(tmp, "hcl-error");
        List<String> atFile = r.findings().stream().filter(f -> f.location().file().equals(NET + "main.tf"))
                .map(f -> f.ruleId() + " " + f.location()).toList();
        assertEquals(List.of("hcl-valid " + NET + "main.tf:1:27"), atFile);
    }

    @Test
    void pathAndVersionMaturity_refuseToOpenWithTheOneRuleIdAndText() {
        CatalogValidationException path = assertThrows(CatalogValidationException.class,
                () -> LibraryLoader.open(Fixtures.library(tmp, "path-mismatch")));
        assertEquals(List.of(NET + ".alexandria.yaml:6:1: category 'compute/containers' does not match the path, "
                + "which is in category 'foundations/networking'; set category to foundations/networking or move the "
                + "module"), path.findings().stream().filter(f -> f.ruleId().equals(MetadataRules.PATH_MISMATCH))
                .map(Finding::toString).toList());
        CatalogValidationException version = assertThrows(CatalogValidationException.class,
                () -> LibraryLoader.open(Fixtures.library(tmp, "version-maturity")));
        assertEquals(1, version.findings().stream().filter(f -> f.ruleId().equals(MetadataRules.VERSION_MATURITY))
                .count(), version.findings()::toString);
    }
}
