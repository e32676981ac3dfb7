package dev.alexandria.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency direction and the "library code never prints" rule, as tests that can fail. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.alexandria.api", "dev.alexandria.spi", "dev.alexandria.core");
    }

    @Test
    void api_dependsOnTheJdkOnly() {
        classes().that().resideInAPackage("dev.alexandria.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.alexandria.api..")
                .check(classes);
    }

    @Test
    void apiAndSpi_neverReachIntoCore() {
        noClasses().that().resideInAnyPackage("dev.alexandria.api..", "dev.alexandria.spi..")
                .should().dependOnClassesThat().resideInAPackage("dev.alexandria.core..")
                .check(classes);
    }

    @Test
    void libraryCode_neverPrintsOrExits() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
        noClasses().should().callMethod(System.class, "exit", int.class).check(classes);
    }

    @Test
    void cache_knowsTheApiButNoOtherDomainOfCore() {
        classes().that().resideInAPackage("dev.alexandria.core.internal.cache..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..",
                        "dev.alexandria.api..", "dev.alexandria.core.internal.cache..")
                .check(classes);
    }

    @Test
    void entryPoint_exposesNoInternalTypes() {
        noClasses().that().resideInAPackage("dev.alexandria.core").and().arePublic()
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..", "org.hibernate..",
                        "jakarta.validation..", "org.semver4j..")
                .check(classes);
    }
}
