package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LibraryModuleTest {

    private static ModuleMetadata metadata(Optional<ComplexityTier> declared) {
        return new ModuleMetadata(ModuleId.of("vpc"), "VPC", "A VPC.", Version.parse("1.0.0"), Layer.FOUNDATIONS,
                Category.parse("foundations/networking"), MaturityLevel.STABLE, declared, List.of(), "team",
                Optional.empty(), List.of(), CompatibleWith.empty(), Optional.empty(), List.of(), Optional.empty(),
                Evidence.none());
    }

    private static ModuleInterface variables(int own, int boilerplate) {
        List<InputVariable> vs = new ArrayList<>();
        for (int i = 0; i < own + boilerplate; i++) {
            vs.add(InputVariable.builder("v" + i, SourceLocation.of(i < own ? "vpc/main.tf" : "vpc/context.tf", i + 1, 1))
                    .build());
        }
        return new ModuleInterface("vpc", vs, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Set.of("context.tf"));
    }

    @Test
    void complexity_isDerivedFromTheOwnVariablesNotDeclared() {
        LibraryModule m = LibraryModule.of(ModuleId.of("vpc"), "foundations/networking/vpc", Path.of("vpc"),
                metadata(Optional.of(ComplexityTier.ADVANCED)), Optional.empty(), variables(12, 16));
        assertEquals(ComplexityTier.STANDARD, m.complexity());
        assertEquals(Optional.of(ComplexityTier.ADVANCED), m.metadata().complexity());
        assertEquals(28, m.interfaceSpec().variables().size());
    }

    @Test
    void constructor_rejectsAMissingInterface() {
        assertEquals("interfaceSpec", assertThrows(NullPointerException.class, () -> LibraryModule.of(ModuleId.of("vpc"),
                "foundations/networking/vpc", Path.of("vpc"), metadata(Optional.empty()), Optional.empty(), null))
                .getMessage());
    }

    @Test
    void emptyInterface_isBasic() {
        LibraryModule m = LibraryModule.of(ModuleId.of("vpc"), "foundations/networking/vpc", Path.of("vpc"),
                metadata(Optional.empty()), Optional.empty(), ModuleInterface.empty("vpc"));
        assertEquals(ComplexityTier.BASIC, m.complexity());
        assertEquals(0, m.interfaceSpec().ownVariableCount());
        assertEquals("vpc", m.interfaceSpec().path());
    }
}
