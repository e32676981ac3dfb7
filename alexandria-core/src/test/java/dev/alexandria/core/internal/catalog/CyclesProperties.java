package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRequirement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** A cycle is always reported, as a path that starts and ends at the same module; a chain never is. */
class CyclesProperties {

    static LibraryModule module(int i, List<Integer> requires) {
        ModuleId id = ModuleId.of("m" + i);
        List<ModuleRequirement> reqs = requires.stream().map(r -> new ModuleRequirement(ModuleId.of("m" + r), ""))
                .toList();
        ModuleMetadata md = new ModuleMetadata(id, "M" + i, "Module " + i + ".", "0.1.0", Layer.COMPUTE,
                Category.parse("compute/containers"), MaturityLevel.ALPHA, Optional.empty(), List.of(), "team",
                Optional.empty(), reqs, CompatibleWith.empty(), Optional.empty(), List.of(), Optional.empty(),
                Evidence.none());
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

    @Property
    void aChainHasNoCycle(@ForAll @IntRange(min = 1, max = 30) int length) {
        assertEquals(List.of(), Cycles.find(chain(length, -1)));
    }

    @Property
    void aBackEdgeIsReportedWithTheWholeCycle(@ForAll @IntRange(min = 1, max = 30) int length,
                                              @ForAll @IntRange(min = 0, max = 29) int backTo) {
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
