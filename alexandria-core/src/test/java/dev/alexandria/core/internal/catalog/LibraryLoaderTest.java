package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.RegistryEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening fixture libraries: one valid, one per rule; every message is asserted in full. */
class LibraryLoaderTest {

    private static final String VPC = "_library/foundations/networking/vpc-standard/.alexandria.yaml";
    private static final String EKS = "_library/compute/containers/eks-standard/.alexandria.yaml";
    private static final String SG = "_library/foundations/security/securitygroup/.alexandria.yaml";

    @TempDir
    Path tmp;

    /** Opens the valid library with an overlay and returns the errors' text. */
    List<String> errors(String overlay) {
        Path root = Fixtures.library(tmp, overlay);
        CatalogValidationException e = assertThrows(CatalogValidationException.class, () -> LibraryLoader.open(root));
        return e.errors().stream().map(Finding::toString).toList();
    }

    @Test
    void open_validLibraryHasModulesSortedByLayerCategoryAndId() {
        Library lib = LibraryLoader.open(Fixtures.valid(tmp));
        assertEquals(List.of("vpc-standard", "securitygroup", "eks-addons", "eks-standard", "web-app-ecs"),
                lib.modules().stream().map(m -> m.id().value()).toList());
        assertEquals(List.of(), lib.findings());
        assertEquals("foundations/networking/vpc-standard", lib.requireModule("vpc-standard").path());
        assertEquals("1.4.2", lib.requireModule("vpc-standard").registryEntry().orElseThrow().version().toString());
    }

    @Test
    void open_reportsUnknownKeyWithLineAndColumnAndTheKnownKeys() {
        assertEquals(List.of(
                VPC + ":7:1: unknown key 'maturty'; did you mean 'maturity'? (the keys here are: category, "
                        + "compatible_with, complexity, cost, deprecation, description, evidence, examples, id, layer, "
                        + "maintainer, maturity, maturity_history, name, requires, support_channel, tags, version)",
                VPC + ":10:1: missing required key 'estimated_monthly_usd' in cost; add 'estimated_monthly_usd:' here",
                VPC + ":11:3: unknown key 'estimated_monthly' in cost; did you mean 'estimated_monthly_usd'? "
                        + "(the keys here are: estimated_monthly_usd)"),
                errors("unknown-key"));
    }

    /** Opens the valid library with an overlay, leaving out the modules whose own files have errors. */
    Library skippingBroken(String overlay) {
        return LibraryLoader.open(Fixtures.library(tmp, overlay), real -> java.util.Optional.empty(),
                dev.alexandria.core.internal.discovery.SearchBackends.Config.defaults(), MigrationFactory.NONE, false,
                true);
    }

    @Test
    void skipBroken_leavesOutAModuleWhoseMetadataHasErrors_andGivesThemWhenItIsAskedFor() {
        Library lib = skippingBroken("unknown-key");
        assertEquals(List.of("securitygroup", "eks-addons", "eks-standard", "web-app-ecs"),
                lib.modules().stream().map(m -> m.id().value()).toList());
        assertEquals(errors("unknown-key"), lib.unavailable().stream().map(Finding::toString).toList());
        assertEquals(List.of("vpc-standard"), lib.unavailableModules());
        dev.alexandria.api.ModuleUnavailableException e = assertThrows(
                dev.alexandria.api.ModuleUnavailableException.class, () -> lib.requireModule("vpc-standard"));
        assertEquals("vpc-standard", e.module());
        assertEquals(lib.unavailable(), e.errors());
        assertThrows(dev.alexandria.api.ModuleUnavailableException.class,
                () -> lib.requireModule("foundations/networking/vpc-standard"));
        assertEquals(lib.unavailable(), lib.allFindings().stream().filter(Finding::isError).toList());
    }

    @Test
    void skipBroken_leavesOutAModuleARuleAcrossFilesFoundWrong() {
        Library lib = skippingBroken("bad-requires");
        assertEquals(List.of("vpc-standard", "eks-addons", "eks-standard", "web-app-ecs"),
                lib.modules().stream().map(m -> m.id().value()).toList());
        assertEquals(errors("bad-requires"), lib.unavailable().stream().map(Finding::toString).toList());
        assertEquals(List.of("securitygroup"), lib.unavailableModules());
    }

    /** An undeclared category is the catalog's error, not one module's: the open still fails, listing it. */
    @Test
    void skipBroken_stillFailsOnAnErrorOfTheWholeLibrary() {
        CatalogValidationException e = assertThrows(CatalogValidationException.class,
                () -> skippingBroken("undeclared-category"));
        assertEquals(errors("undeclared-category"), e.errors().stream().map(Finding::toString).toList());
    }

    @Test
    void open_reportsVersionThatDisagreesWithMaturityAndSuggestsBothFixes() {
        assertEquals(List.of(EKS + ":12:1: maturity 'beta' needs a pre-release of a major >= 1 "
                + "(1.0.0-beta.N, 2.0.0-rc.N), found 0.4.0; set version to 1.0.0-beta.1 or maturity to alpha"), errors("version-maturity"));
    }

    @Test
    void open_reportsEveryDisagreementBetweenPathAndMetadata() {
        assertEquals(List.of(
                VPC + ":1:1: id 'vpc-basic' does not match the folder name 'vpc-standard'; set id to vpc-standard "
                        + "or rename the folder",
                VPC + ":5:1: layer 'compute' does not match the path, which is in layer 'foundations'; set layer to "
                        + "foundations or move the module",
                VPC + ":6:1: category 'compute/containers' does not match the path, which is in category "
                        + "'foundations/networking'; set category to foundations/networking or move the module"),
                errors("path-mismatch"));
    }

    @Test
    void open_reportsUndeclaredCategory() {
        assertEquals(List.of("_library/foundations/storage/s3-basic/.alexandria.yaml:1:1: category "
                + "'foundations/storage' is not declared in "
                + "_catalog/categories.yaml; declare it under layer foundations or move the modules to a declared "
                + "category"), errors("undeclared-category"));
    }

    @Test
    void open_reportsDuplicateIdNamingBothPaths() {
        assertEquals(List.of("_library/foundations/security/vpc-standard/.alexandria.yaml:1:1: module id "
                + "'vpc-standard' is used twice: _library/foundations/networking/vpc-standard and "
                + "_library/foundations/security/vpc-standard; rename one of the modules; ids are unique across the "
                + "library"), errors("duplicate-id"));
    }

    @Test
    void open_reportsAMissingRequirementButLeavesTheLayerRuleAndCyclesToTheGraph() {
        // The upward dependency and the cycle of this fixture are reported by lib.graph().check() (graph package),
        // so that `alexandria graph --check` can list them all on a library that opens.
        assertEquals(List.of(SG + ":11:5: requires 'vpc-standrd', which is not a module of the library; did you mean "
                + "'vpc-standard'?"), errors("bad-requires"));
    }

    @Test
    void open_strictPolicyLibraryOpens_theGraphChecksSameLayerRequirements() {
        assertEquals(5, LibraryLoader.open(Fixtures.library(tmp, "strict-policy")).modules().size());
    }

    @Test
    void open_deprecatedModuleNeedsADeprecationBlock() {
        assertEquals(List.of(SG + ":7:1: maturity 'deprecated' needs a deprecation block; add deprecation: with a "
                + "reason (and a replacement if any)"), errors("deprecation-missing"));
    }

    @Test
    void open_reportsWrongTypesAsExpectedAndFound() {
        assertEquals(List.of(
                VPC + ":8:1: tags: expected a list, found a string (vpc); write tags as a list",
                VPC + ":9:1: maintainer: expected a string, found a list; write maintainer as a string"),
                errors("wrong-type"));
    }

    @Test
    void open_collectsEveryRegistryErrorWithItsLocation() {
        assertEquals(List.of(
                "_catalog/module-registry.yaml:4:14: modules[0].version: version '1.4' is not a SemVer 2.0 version: it needs three "
                        + "numbers MAJOR.MINOR.PATCH, found 2 in '1.4'; write 1.4.0",
                "_catalog/module-registry.yaml:6:15: modules[0].maturity: unknown maturity 'stabel'; did you mean 'stable'? (use one of "
                        + "experimental, alpha, beta, stable, mature, deprecated, archived)",
                "_catalog/module-registry.yaml:9:7: modules[0].metrics.downloads must not be negative, found -3; "
                        + "use 0 or more",
                "_catalog/module-registry.yaml:10:7: modules[0].metrics.rating must be at most 5, found 7.0; use a "
                        + "value in range",
                "_catalog/module-registry.yaml:11:21: modules[0].metrics.last_updated '30/09/2026' is not an "
                        + "ISO-8601 date; write it as YYYY-MM-DD, e.g. 2026-03-14",
                "_catalog/module-registry.yaml:18:5: module 'vpc-standard' has a second registry entry (the first "
                        + "is at _catalog/module-registry.yaml:2:5); merge the two entries into one"),
                errors("bad-registry"));
    }

    @Test
    void open_reportsUndeclaredTagsAndRegistryDisagreementsAsWarnings() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, "warnings"));
        assertEquals(List.of(
                "_catalog/module-registry.yaml:3:5: registry entry 'eks-standard' disagrees with " + EKS
                        + ": name 'Standard EKS' vs 'EKS cluster'; register the module again so the registry "
                        + "matches its .alexandria.yaml",
                "_library/compute/containers/eks-addons/.alexandria.yaml:8:20: tag 'k8s' is not declared in "
                        + "_catalog/tags.yaml; use 'kubernetes', of which it is a synonym",
                "_library/compute/containers/eks-addons/.alexandria.yaml:8:25: tag 'addons' is not declared in "
                        + "_catalog/tags.yaml; declare it in _catalog/tags.yaml or use a declared tag"),
                lib.findings().stream().map(Finding::toString).toList());
        assertTrue(lib.findings().stream().noneMatch(Finding::isError));
    }

    @Test
    void findingsOfAModule_areThoseAboutItsFolder() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, "warnings"));
        assertEquals(List.of(
                "_library/compute/containers/eks-addons/.alexandria.yaml:8:20: tag 'k8s' is not declared in "
                        + "_catalog/tags.yaml; use 'kubernetes', of which it is a synonym",
                "_library/compute/containers/eks-addons/.alexandria.yaml:8:25: tag 'addons' is not declared in "
                        + "_catalog/tags.yaml; declare it in _catalog/tags.yaml or use a declared tag"),
                lib.findings("eks-addons").stream().map(Finding::toString).toList());
        assertEquals(lib.findings(), lib.allFindings());
        assertThrows(ModuleNotFoundException.class, () -> lib.findings("eks-adons"));
    }

    @Test
    void open_aRegistryEntryWithoutMetricsHasAnUnknownDownloadCountNotZero() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_catalog/module-registry.yaml", Fixtures.read(root, "_catalog/module-registry.yaml")
                .replace("      downloads: 1843\n", ""));
        Library lib = LibraryLoader.open(root);
        RegistryEntry eks = lib.requireModule("eks-standard").registryEntry().orElseThrow();
        assertEquals(RegistryEntry.Metrics.none(), eks.metrics());
        assertEquals(OptionalLong.empty(), eks.metrics().downloads());
        RegistryEntry.Metrics vpc = lib.requireModule("vpc-standard").registryEntry().orElseThrow().metrics();
        assertEquals(OptionalLong.empty(), vpc.downloads());
        assertEquals(Optional.of(4.6), vpc.rating());
        String written = YamlEmitter.registryEntry(lib.requireModule("vpc-standard").registryEntry().orElseThrow(), 2);
        assertTrue(written.contains("metrics:\n      rating: 4.6\n") && !written.contains("downloads"), written);
    }

    @Test
    void readSettings_readsOnlyTheSettingsFile(@TempDir Path a, @TempDir Path b) {
        assertEquals(List.of("context.tf"),
                LibraryLoader.readSettings(Fixtures.library(a, "boilerplate")).inspect().boilerplateFiles());
        assertEquals(CatalogSettings.defaults(), LibraryLoader.readSettings(Fixtures.valid(b)));
    }

    @Test
    void open_messageListsEveryError() {
        Path root = Fixtures.library(tmp, "path-mismatch");
        CatalogValidationException e = assertThrows(CatalogValidationException.class, () -> LibraryLoader.open(root));
        assertEquals(String.join(System.lineSeparator(), "3 errors in the library:",
                "  " + VPC + ":1:1: id 'vpc-basic' does not match the folder name 'vpc-standard'; set id to "
                        + "vpc-standard or rename the folder",
                "  " + VPC + ":5:1: layer 'compute' does not match the path, which is in layer 'foundations'; set "
                        + "layer to foundations or move the module",
                "  " + VPC + ":6:1: category 'compute/containers' does not match the path, which is in category "
                        + "'foundations/networking'; set category to foundations/networking or move the module"),
                e.getMessage());
    }

    @Test
    void open_refusesAFolderThatIsNotALibrary() {
        CatalogException e = assertThrows(CatalogException.class, () -> LibraryLoader.open(tmp));
        assertEquals(tmp.toAbsolutePath().normalize() + " is not a library root: it needs a _library/ and a "
                + "_catalog/ folder; pass the folder that holds them (usually components/terraform)", e.getMessage());
    }

    @Test
    void open_reportsVersionConstraintsThatAreNotConstraints() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_library/compute/containers/eks-addons/.alexandria.yaml", """
                id: eks-addons
                name: EKS add-ons
                description: CSI drivers, CNI and CoreDNS for EKS.
                version: 0.3.0
                layer: compute
                category: compute/containers
                maturity: alpha
                maintainer: team-containers
                requires:
                  - module: eks-standard
                    version: at least 1.0
                compatible_with:
                  terraform: ">= 1.5.0"
                  providers:
                    aws: "5.x"
                """);
        String f = "_library/compute/containers/eks-addons/.alexandria.yaml";
        assertEquals(List.of(
                f + ":11:14: requires[0].version 'at least 1.0' is not a version constraint: term 'at least 1.0' has "
                        + "'at least 1' where a number belongs; write comma-separated terms such as \">= 1.0.0, "
                        + "< 2.0.0\" or \"~> 1.2\"",
                f + ":15:10: compatible_with.providers.aws '5.x' is not a version constraint: term '5.x' has the "
                        + "wildcard 'x', which Terraform does not know; write '~> 5.0'"),
                errors(root));
    }

    @Test
    void open_locatesAnUnknownFirstKeyWhoseValueIsAListOrAMapping() {
        Path root = Fixtures.valid(tmp);
        Fixtures.write(root, "_library/foundations/security/securitygroup/.alexandria.yaml", """
                id: securitygroup
                name: Security group
                description: Security groups with validated rules.
                version: 1.1.0
                layer: foundations
                category: foundations/security
                maturity: stable
                maintainer: team-networking
                compatible_with:
                  provider: {aws: ">= 5.0"}
                """);
        assertEquals(List.of(SG + ":10:3: unknown key 'provider' in compatible_with; did you mean 'providers'? "
                + "(the keys here are: providers, terraform)"),
                errors(root));
    }

    /**
     * A tag whose parents lead back to it: one error per loop, at the parent line of the loop's first tag in the
     * file, the loop spelled out; a chain that runs into a loop is not reported again.
     */
    @Test
    void open_tagParentLoops_areErrorsSpellingTheLoopOut() throws java.io.IOException {
        Path root = Fixtures.valid(tmp);
        Path tags = root.resolve("_catalog/tags.yaml");
        String text = java.nio.file.Files.readString(tags);
        java.nio.file.Files.writeString(tags, text.replace("  - name: networking\n    description: Network plumbing.\n",
                "  - name: networking\n    description: Network plumbing.\n    parent: vpc\n")
                .replace("  - name: kubernetes\n    description: Kubernetes clusters and add-ons.\n",
                        "  - name: kubernetes\n    description: Kubernetes clusters and add-ons.\n    parent: kubernetes\n"));
        assertEquals(List.of("_catalog/tags.yaml:4:5: the parents of tag 'networking' lead back to it: networking → vpc → "
                        + "networking; a tag cannot be its own ancestor; remove the parent of one of networking, vpc "
                        + "(a top tag has no parent)",
                "_catalog/tags.yaml:16:5: the parents of tag 'kubernetes' lead back to it: kubernetes → kubernetes; a "
                        + "tag cannot be its own ancestor; remove the parent of kubernetes (a top tag has no "
                        + "parent)"), errors(root));
    }

    /**
     * {@code _catalog/recommend.yaml} is checked with the other catalog files: a bad one's errors are findings of
     * the open (so {@code validate} and {@code browse --findings} report them), from the cache too, but the library
     * opens: only {@code recommend} reads the file, and only it fails on them.
     */
    @Test
    void open_aBadRecommendYaml_isAFindingOfOpening_cachedOrNot_notAFailure() throws java.io.IOException {
        Path root = Fixtures.valid(tmp);
        Path file = root.resolve("_catalog/recommend.yaml");
        java.nio.file.Files.writeString(file, "weights:\n  relevance: high\n");
        String expected = "_catalog/recommend.yaml:2:14: weight 'relevance' is 'high', which is not a number; a weight "
                + "is a finite number of 0 or more; set it to such a number, e.g. 'relevance: 0.55' (its default)";
        assertEquals(List.of(expected), recommendErrors(root));
        Path cache = tmp.resolve("cache");
        for (int run = 0; run < 2; run++) { // the second open takes the findings from the cache
            assertEquals(List.of(expected), LibraryLoader.open(root, r -> java.util.Optional.of(cache)).findings()
                    .stream().filter(Finding::isError).map(Finding::toString).toList());
        }
        // with another catalog file's error the open fails, and lists both
        Path tags = root.resolve("_catalog/tags.yaml");
        String tagsText = java.nio.file.Files.readString(tags);
        java.nio.file.Files.writeString(tags, "tags: [\n");
        CatalogValidationException e = assertThrows(CatalogValidationException.class, () -> LibraryLoader.open(root));
        assertTrue(e.errors().stream().map(Finding::toString).toList().contains(expected), e.getMessage());
        assertTrue(e.errors().size() > 1, e.getMessage());
        java.nio.file.Files.writeString(tags, tagsText);
        java.nio.file.Files.writeString(file, "weights:\n  relevance: [1\n");
        assertEquals(List.of("_catalog/recommend.yaml:2:14: is not valid YAML: the flow sequence that starts here is "
                + "never closed (the parser reached the end of the file at line 3, column 1); add the closing ']' "
                + "where it should end"), recommendErrors(root));
        // valid YAML (a YAML 1.1 float), so the catalog reader passes it on to the rule, which quotes it
        java.nio.file.Files.writeString(file, "weights:\n  relevance: .inf\n");
        assertEquals(List.of("_catalog/recommend.yaml:2:14: weight 'relevance' is '.inf', which YAML reads as "
                + "infinity, not a finite number; a weight is a finite number of 0 or more; set it to such a number, "
                + "e.g. 'relevance: 0.55' (its default)"), recommendErrors(root));
        java.nio.file.Files.writeString(file, "# every default\n");
        assertEquals(List.of(), LibraryLoader.open(root).findings());
        java.nio.file.Files.writeString(file, "weights:\n  relevance: 0.4\n");
        assertEquals(List.of(), LibraryLoader.open(root, r -> java.util.Optional.of(cache)).findings());
    }

    /** Every weight 0 makes every score 0: the file is refused at its weights: line, the defaults named as a way out. */
    @Test
    void open_aRecommendYamlWhoseWeightsAreAllZero_isAnErrorFoundAtOpening() throws java.io.IOException {
        Path root = Fixtures.valid(tmp);
        Path file = root.resolve("_catalog/recommend.yaml");
        java.nio.file.Files.writeString(file, "# none\nweights:\n  relevance: 0\n  evidence: 0\n  maturity: 0.0\n"
                + "  popularity: 0\n  cost: 0\n  complexity: 0\n");
        assertEquals(List.of("_catalog/recommend.yaml:2:1: every weight is 0, so every module's score would be 0 and "
                + "recommendations would be in no useful order; give at least one weight above 0 (e.g. '  relevance: "
                + "0.55'), or remove 'weights:' to use the defaults"), recommendErrors(root));
        // one weight 0 switches that part off; the others left out keep their defaults: both are fine
        java.nio.file.Files.writeString(file, "weights:\n  relevance: 0\n  evidence: 0\n");
        assertEquals(List.of(), LibraryLoader.open(root).findings());
    }

    List<String> errors(Path root) {
        CatalogValidationException e = assertThrows(CatalogValidationException.class, () -> LibraryLoader.open(root));
        return e.errors().stream().map(Finding::toString).toList();
    }

    /** The errors among the findings of an open that succeeds (those of {@code recommend.yaml} fail no open). */
    List<String> recommendErrors(Path root) {
        return LibraryLoader.open(root).findings().stream().filter(Finding::isError).map(Finding::toString).toList();
    }
}
