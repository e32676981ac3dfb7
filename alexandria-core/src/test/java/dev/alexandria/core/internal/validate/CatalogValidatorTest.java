package dev.alexandria.core.internal.validate;

import static dev.alexandria.core.internal.validate.Fixtures.NET;
import static dev.alexandria.core.internal.validate.Fixtures.findings;
import static dev.alexandria.core.internal.validate.Fixtures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import dev.alexandria.spi.validate.ValidationRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules across the metadata and catalog files ({@code alexandria-catalog}): opening runs them with the line of
 * each value, {@code validate} reports what opening found, once, and declares them with the validator's texts.
 */
class CatalogValidatorTest {

    private static final String[] RULES = {"duplicate-id", "requires-missing", "tag-undeclared", "example-missing",
        "registry-mismatch", "registry-orphan"};

    private static final String REGISTRY = "_catalog/module-registry.yaml";

    @TempDir
    Path tmp;

    @Test
    void clean_breaksNoneOfTheRules() {
        assertEquals(List.of(), findings(validate(tmp, ""), RULES));
    }

    @Test
    void warnings_eachReportedOnceAtTheLineOfTheValue() {
        ValidationReport r = validate(tmp, "catalog-warnings");
        assertEquals(List.of(
                REGISTRY + ":16:5: registry entry 'old-net' has no module folder under _library; remove the entry "
                        + "or restore the module",
                REGISTRY + ":2:5: registry entry 'net-core' disagrees with " + NET + ".alexandria.yaml: maturity "
                        + "'beta' vs 'deprecated'; register the module again so the registry matches its "
                        + ".alexandria.yaml",
                NET + ".alexandria.yaml:11:1: example 'advanced' has no folder examples/advanced; add the folder "
                        + "or remove the name",
                NET + ".alexandria.yaml:15:3: deprecation replacement 'net-next' is not a module of the library; "
                        + "name an existing module",
                NET + ".alexandria.yaml:9:20: tag 'netwerk' is not declared in _catalog/tags.yaml; declare it in "
                        + "_catalog/tags.yaml or use a declared tag"),
                findings(r, RULES).stream().sorted().toList());
    }

    @Test
    void report_declaresTheRulesWithTheValidatorsTexts() {
        ValidationReport r = validate(tmp, "catalog-warnings");
        List<ValidationReport.Rule> declared = r.rules().stream()
                .filter(x -> List.of(RULES).contains(x.id())).toList();
        assertEquals(List.of(RULES).stream().sorted().toList(), declared.stream().map(ValidationReport.Rule::id)
                .sorted().toList());
        assertEquals(List.of("alexandria-catalog"), declared.stream().map(ValidationReport.Rule::validator)
                .distinct().toList());
        assertEquals(List.of("Every tag of a module is declared in _catalog/tags.yaml."), declared.stream()
                .filter(x -> x.id().equals("tag-undeclared")).map(ValidationReport.Rule::description).toList());
    }

    @Test
    void requiresMissing_refusesToOpenAndSuggestsTheClosestId() {
        CatalogValidationException e = assertThrows(CatalogValidationException.class,
                () -> LibraryLoader.open(Fixtures.library(tmp, "requires-missing")));
        assertEquals(List.of(Fixtures.APP + ".alexandria.yaml:11:5: requires 'net-cor', which is not a module of "
                + "the library; did you mean 'net-core'?"), e.findings().stream()
                .filter(f -> f.ruleId().equals("requires-missing")).map(Finding::toString).toList());
    }

    @Test
    void oneModule_sameRuleIdsAndTextsAtLineOneOfItsMetadata() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, "catalog-warnings"));
        LibraryModule net = lib.requireModule("net-core");
        ValidationRequest request = new ValidationRequest(lib.root(), net, lib.catalog(),
                id -> lib.module(id.value()), LocalDate.of(2026, 1, 1), Map.of());
        List<Finding> own = new CatalogValidator().validate(request);
        List<Finding> opened = lib.findings().stream()
                .filter(f -> f.module().equals(java.util.Optional.of(ModuleId.of("net-core"))))
                .filter(f -> List.of(RULES).contains(f.ruleId())).toList();
        assertEquals(opened.stream().map(f -> f.ruleId() + ": " + f.message() + "; " + f.hint()).sorted().toList(),
                own.stream().map(f -> f.ruleId() + ": " + f.message() + "; " + f.hint()).sorted().toList());
        assertEquals(List.of(), own.stream().filter(f -> f.location().line() != 1
                && !f.location().file().equals(REGISTRY)).toList());
    }

    @Test
    void oneModule_aSecondModuleWithTheIdIsADuplicate() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, ""));
        LibraryModule net = lib.requireModule("net-core");
        LibraryModule app = lib.requireModule("app-web");
        ValidationRequest request = new ValidationRequest(lib.root(), net, lib.catalog(),
                id -> java.util.Optional.of(app), LocalDate.of(2026, 1, 1), Map.of());
        assertEquals(List.of(NET + ".alexandria.yaml:1:1: module id 'net-core' is used twice: _library/"
                + "compute/containers/app-web and _library/foundations/networking/net-core; rename one of the "
                + "modules; ids are unique across the library"),
                new CatalogValidator().validate(request).stream().filter(f -> f.ruleId().equals("duplicate-id"))
                        .map(Finding::toString).toList());
    }
}
