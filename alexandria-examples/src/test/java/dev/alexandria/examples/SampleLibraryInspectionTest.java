package dev.alexandria.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.Alexandria;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled sample library is the first thing a new user sees, so its HCL must read cleanly: every module
 * without a single diagnostic, the library without a single finding, and each declared complexity tier equal
 * to the one derived from the module's variables.
 */
class SampleLibraryInspectionTest {

    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(SampleLibrary.path());
    }

    @Test
    void sampleLibrary_opensWithoutFindings() {
        List<Finding> findings = library.allFindings(); // those of opening and of every module's HCL
        assertTrue(findings.isEmpty(), () -> "the sample library has " + findings.size() + " finding(s):\n"
                + findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void sampleLibrary_hasModules() {
        assertTrue(library.modules().size() >= 10, () -> "only " + library.modules().size() + " modules");
    }

    @TestFactory
    Stream<DynamicTest> everyModule_hasAnInterfaceWithoutDiagnostics() {
        return library.modules().stream().map(module -> dynamicTest(module.id().value(), () -> {
            List<Diagnostic> diagnostics = module.interfaceSpec().diagnostics();
            assertTrue(diagnostics.isEmpty(), () -> module.id() + " (" + module.path() + ") has "
                    + diagnostics.size() + " diagnostic(s):\n"
                    + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyModule_declaresTheTierItsVariablesGive() {
        return library.modules().stream().map(module -> dynamicTest(module.id().value(), () -> {
            Optional<ComplexityTier> declared = module.metadata().complexity();
            assertTrue(declared.isPresent(), () -> module.id() + " (" + module.path()
                    + "/.alexandria.yaml) declares no complexity; derived: " + module.complexity());
            assertEquals(declared.get(), module.complexity(), () -> describe(module));
        }));
    }

    private static String describe(LibraryModule module) {
        return module.id() + " (" + module.path() + ") declares complexity " + module.metadata().complexity()
                .map(ComplexityTier::id).orElse("none") + " but has " + module.interfaceSpec().ownVariableCount()
                + " own variables, which is " + module.complexity() + " (" + module.complexity().range() + ")";
    }
}
