package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleRequirement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds dependency cycles among modules; each cycle is reported once, as a path that returns to its start. */
final class Cycles {

    private Cycles() {
    }

    static List<List<ModuleId>> find(List<? extends LibraryModule> modules) {
        Map<ModuleId, LibraryModule> byId = LibraryLoader.index(modules);
        Map<ModuleId, Integer> state = new HashMap<>(); // 1 = on stack, 2 = done
        List<List<ModuleId>> cycles = new ArrayList<>();
        Set<Set<ModuleId>> seen = new HashSet<>();
        for (LibraryModule m : modules) {
            if (!state.containsKey(m.id())) {
                visit(m.id(), byId, state, new ArrayDeque<>(), cycles, seen);
            }
        }
        return cycles;
    }

    private static void visit(ModuleId id, Map<ModuleId, LibraryModule> byId, Map<ModuleId, Integer> state,
                              Deque<ModuleId> stack, List<List<ModuleId>> cycles, Set<Set<ModuleId>> seen) {
        state.put(id, 1);
        stack.addLast(id);
        LibraryModule m = byId.get(id);
        if (m != null) {
            for (ModuleRequirement r : m.metadata().requires()) {
                ModuleId next = r.module();
                if (!byId.containsKey(next)) {
                    continue;
                }
                Integer s = state.get(next);
                if (s == null) {
                    visit(next, byId, state, stack, cycles, seen);
                } else if (s == 1) {
                    List<ModuleId> cycle = new ArrayList<>();
                    boolean in = false;
                    for (ModuleId x : stack) {
                        in |= x.equals(next);
                        if (in) {
                            cycle.add(x);
                        }
                    }
                    if (seen.add(new HashSet<>(cycle))) {
                        cycle.add(next);
                        cycles.add(cycle);
                    }
                }
            }
        }
        stack.removeLast();
        state.put(id, 2);
    }
}
