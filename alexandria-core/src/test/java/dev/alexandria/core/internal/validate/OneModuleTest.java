package dev.alexandria.core.internal.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validating one module never reads another module's HCL. */
class OneModuleTest {

    @TempDir
    Path tmp;

    @Test
    void validateOneModule_neverParsesTheOthers() throws Exception {
        Path root = Fixtures.library(tmp, "");
        // A broken file in the other module: reading it would add an hcl-valid error.
        Files.writeString(root.resolve(Fixtures.APP + "broken.tf"), "resource \"x\" {\n");
        Library lib = LibraryLoader.open(root);
        ValidationReport one = lib.validate(List.of("net-core"), Fixtures.noTools(tmp));
        assertEquals(List.of(ModuleId.of("net-core")), one.modules());
        assertFalse(one.hasErrors(), one.findings()::toString);
        assertTrue(one.findings().stream().noneMatch(f -> f.location().file().startsWith(Fixtures.APP)),
                one.findings()::toString);
        ValidationReport all = lib.validate(List.of(), Fixtures.noTools(tmp));
        assertTrue(all.findings().stream().anyMatch(f -> f.ruleId().equals("hcl-valid")
                && f.location().file().equals(Fixtures.APP + "broken.tf")), all.findings()::toString);
    }

    @Test
    void validateOneModule_reportsItsOwnLayerRuleWithoutTheWholeGraph() {
        Library lib = LibraryLoader.open(Fixtures.library(tmp, "upward"));
        ValidationReport r = lib.validate(List.of("net-core"), Fixtures.noTools(tmp));
        assertEquals(1, r.findings().stream().filter(f -> f.ruleId().equals("layer-rule")).count(),
                r.findings()::toString);
    }
}
