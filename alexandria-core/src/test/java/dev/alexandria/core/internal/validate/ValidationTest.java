package dev.alexandria.core.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    static Path fixture(String name) {
        try {
            return Path.of(ValidationTest.class.getResource("/libraries/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void validate_wholeLibraryCoversEveryModuleInLibraryOrder() {
        Library lib = LibraryLoader.open(fixture("valid"));
        ValidationReport r = lib.validate(List.of());
        assertEquals(lib.modules().stream().map(m -> m.id()).toList(), r.modules());
    }

    @Test
    void validate_oneModuleCoversOnlyThatModule() {
        Library lib = LibraryLoader.open(fixture("valid"));
        ValidationReport r = lib.validate(List.of("foundations/networking/vpc-standard"));
        assertEquals(List.of(ModuleId.of("vpc-standard")), r.modules());
        assertTrue(r.findings().stream().allMatch(f -> f.module().map(ModuleId.of("vpc-standard")::equals)
                .orElse(f.location().file().startsWith("_library/foundations/networking/vpc-standard/"))),
                r.findings().toString());
    }

    @Test
    void validate_unknownModuleIsRefusedWithASuggestion() {
        Library lib = LibraryLoader.open(fixture("valid"));
        ModuleNotFoundException e = assertThrows(ModuleNotFoundException.class,
                () -> lib.validate(List.of("vpc-standar")));
        assertTrue(e.getMessage().contains("vpc-standard"), e.getMessage());
    }
}
