package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.VersionConstraint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cycle is always reported, as a path that starts and ends at the same module; a chain never is. */
class CyclesProperties {

    static LibraryModule module(int i, List<Integer> requires) {
        ModuleId id = ModuleId.of("m" + i);
        List<ModuleRequirement> reqs = requires.stream().map(r -> new ModuleRequirement(ModuleId.of("m" + r), VersionConstraint.any()))
                .toList();
        ModuleMetadata md = ModuleMetadata.builder().id(id).name("M" + i).description("Module " + i + ".")
                .version("0.1.0").category("compute/containers").maturity(MaturityLevel.ALPHA).maintainer("team")
                .requires(reqs).build();
        return LibraryModule.of(id, "compute/containers/m" + i, Path.of("m" + i), md, Optional.empty(),
                ModuleInterface.empty("m" + i));
    }

    static List<LibraryModule> chain(int length, int backTo) {
        List<LibraryModule> modules = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            List<Integer> requires = new ArrayList<>();
            if (i + 1 < length) {
                requires.add(i + 1);
            }
            if (i == length - 1 && backTo >= 0) {
                requires.add(backTo);
            }
            modules.add(module(i, requires));
        }
        return modules;
    }

    @Test
    void aChainHasNoCycle() {
        qt().withExamples(200).forAll(integers().between(1, 30))
                .checkAssert(length -> assertEquals(List.of(), Cycles.find(chain(length, -1))));
    }

    @Test
    void aBackEdgeIsReportedWithTheWholeCycle() {
        qt().withExamples(500).forAll(integers().between(1, 30), integers().between(0, 29))
                .checkAssert(CyclesProperties::reportsTheWholeCycle);
    }

    private static void reportsTheWholeCycle(int length, int backTo) {
        int target = Math.min(backTo, length - 1);
        List<List<ModuleId>> cycles = Cycles.find(chain(length, target));
        assertEquals(1, cycles.size());
        List<ModuleId> cycle = cycles.get(0);
        assertEquals(cycle.get(0), cycle.get(cycle.size() - 1));
        assertEquals(length - target + 1, cycle.size(), cycle.toString());
        for (int i = target; i < length; i++) {
            assertTrue(cycle.contains(ModuleId.of("m" + i)), cycle.toString());
        }
    }
}
