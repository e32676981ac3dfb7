package dev.alexandria.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency direction of ARCHITECTURE.md section 2 and the output rule of STYLE.md section 8, checked on
 * every Alexandria class on the CLI's class path (all of them but the JMH benchmarks). Test classes are not
 * checked.
 */
@AnalyzeClasses(packages = "dev.alexandria", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String OURS = "dev.alexandria..";

    @ArchTest
    static final ArchRule api_dependsOnlyOnTheJdk = classes()
            .that().resideInAPackage("dev.alexandria.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.alexandria.api..", "java..")
            .because("alexandria-api has no runtime dependencies (STYLE.md 1)");

    @ArchTest
    static final ArchRule spi_dependsOnlyOnApi = classes()
            .that().resideInAPackage("dev.alexandria.spi..")
            .should().onlyDependOnClassesThat(
                    not(resideInAPackage(OURS)).or(resideInAnyPackage("dev.alexandria.api..", "dev.alexandria.spi..")))
            .allowEmptyShould(true)
            .because("providers see only api and spi");

    @ArchTest
    static final ArchRule core_dependsOnlyOnApiAndSpi = classes()
            .that().resideInAPackage("dev.alexandria.core..")
            .should().onlyDependOnClassesThat(not(resideInAPackage(OURS))
                    .or(resideInAnyPackage("dev.alexandria.api..", "dev.alexandria.spi..", "dev.alexandria.core..")))
            .allowEmptyShould(true)
            .because("core never depends on the CLI or on a provider (search, cost): they plug in through the SPI");

    @ArchTest
    static final ArchRule providers_neverDependOnCore = noClasses()
            .that().resideInAnyPackage("dev.alexandria.search..", "dev.alexandria.cost..")
            .should().dependOnClassesThat().resideInAPackage("dev.alexandria.core..")
            .allowEmptyShould(true)
            .because("providers depend on spi (and api) only, so a host can replace them");

    @ArchTest
    static final ArchRule onlyCoreUsesCoreInternals = noClasses()
            .that().resideOutsideOfPackages("dev.alexandria.core..", "dev.alexandria.benchmarks..")
            .should().dependOnClassesThat().resideInAPackage("dev.alexandria.core.internal..")
            .because("the public API (dev.alexandria.api.., dev.alexandria.core.Alexandria) is the one way into core;"
                    + " the JMH benchmarks, which measure internals on purpose, are the one exemption");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("dev.alexandria.(**)")
            .should().beFreeOfCycles()
            .because("a package that depends on one that depends back on it cannot be read, tested or moved alone");

    @ArchTest
    static final ArchRule cli_isALeaf = noClasses()
            .that().resideOutsideOfPackage("dev.alexandria.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.alexandria.cli..")
            .because("the CLI sits on top; nothing may depend on it");

    @ArchTest
    static final ArchRule onlyTheCliPrints = noClasses()
            .that().resideOutsideOfPackages("dev.alexandria.cli..", "dev.alexandria.benchmarks..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("library code never prints; it logs through SLF4J and returns results (STYLE.md 8)");

    @ArchTest
    static final ArchRule onlyTheCliExits = noClasses()
            .that().resideOutsideOfPackages("dev.alexandria.cli..", "dev.alexandria.benchmarks..")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class)
            .because("library code never ends the process; only AlexandriaCli.main exits");
}
