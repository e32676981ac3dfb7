package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.alexandria.api.archfixture.ApiUsingJackson;
import dev.alexandria.cli.archfixture.cycle.first.First;
import dev.alexandria.cli.archfixture.cycle.second.Second;
import dev.alexandria.core.archfixture.CoreUsingCli;
import dev.alexandria.examples.archfixture.PrintingAndExiting;
import dev.alexandria.examples.archfixture.UsingCoreInternals;
import dev.alexandria.search.archfixture.SearchUsingCore;
import dev.alexandria.spi.archfixture.SpiUsingCore;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureTest} reports a class that breaks it, so a rule that silently checks
 * nothing (a typo in a package name) cannot pass unnoticed. The violating classes live in test sources,
 * which {@link ArchitectureTest} does not import.
 */
class ArchitectureRulesCanFailTest {

    private static final JavaClasses VIOLATIONS = new ClassFileImporter().importClasses(
            ApiUsingJackson.class, SpiUsingCore.class, CoreUsingCli.class, SearchUsingCore.class,
            PrintingAndExiting.class, UsingCoreInternals.class, First.class, Second.class);

    @Test
    void api_rule_catchesAThirdPartyDependency() {
        assertViolated(ArchitectureTest.api_dependsOnlyOnTheJdk, "ApiUsingJackson");
    }

    @Test
    void spi_rule_catchesACoreDependency() {
        assertViolated(ArchitectureTest.spi_dependsOnlyOnApi, "SpiUsingCore");
    }

    @Test
    void core_rule_catchesACliDependency() {
        assertViolated(ArchitectureTest.core_dependsOnlyOnApiAndSpi, "CoreUsingCli");
    }

    @Test
    void provider_rule_catchesACoreDependency() {
        assertViolated(ArchitectureTest.providers_neverDependOnCore, "SearchUsingCore");
    }

    @Test
    void cli_rule_catchesADependencyOnTheCli() {
        assertViolated(ArchitectureTest.cli_isALeaf, "CoreUsingCli");
    }

    @Test
    void output_rules_catchPrintingAndExiting() {
        assertViolated(ArchitectureTest.onlyTheCliPrints, "PrintingAndExiting");
        assertViolated(ArchitectureTest.onlyTheCliExits, "PrintingAndExiting");
    }

    @Test
    void internals_rule_catchesAnInternalPackageUsedOutsideCore() {
        assertViolated(ArchitectureTest.onlyCoreUsesCoreInternals, "UsingCoreInternals");
    }

    @Test
    void cycle_rule_catchesTwoPackagesThatDependOnEachOther() {
        assertViolated(ArchitectureTest.noPackageCycles, "cycle.first.First");
        assertViolated(ArchitectureTest.noPackageCycles, "cycle.second.Second");
    }

    private static void assertViolated(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(VIOLATIONS);
        assertTrue(result.hasViolation(), () -> "rule did not fire: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(offender), () -> offender + " not named in\n" + report);
    }
}
