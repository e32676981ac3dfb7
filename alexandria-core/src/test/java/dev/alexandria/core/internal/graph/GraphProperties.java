package dev.alexandria.core.internal.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.GraphCheck;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.VersionConstraint;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the graph: the deploy order is topological on random DAGs, and deterministic; an edge that closes a
 * cycle is always reported with a path that is one; a chain never is.
 */
class GraphProperties {

    static final GraphLocations NOWHERE = new GraphLocations() {
        @Override
        public SourceLocation requirement(ModuleId module, int index) {
            return SourceLocation.of(module + ".yaml", index + 1, 1);
        }

        @Override
        public SourceLocation metadata(ModuleId module) {
            return SourceLocation.of(module + ".yaml");
        }
    };

    static LibraryModule module(int i, List<Integer> requires) {
        ModuleId id = ModuleId.of("m" + i);
        Layer layer = Layer.values()[i % Layer.values().length];
        List<ModuleRequirement> reqs = requires.stream()
                .map(r -> new ModuleRequirement(ModuleId.of("m" + r), VersionConstraint.any())).toList();
        ModuleMetadata md = ModuleMetadata.builder().id(id).name("M" + i).description("Module " + i + ".")
                .version("0.1.0").layer(layer).category(layer.id() + "/things").maturity(MaturityLevel.ALPHA)
                .maintainer("team").requires(reqs).build();
        return LibraryModule.of(id, layer.id() + "/things/m" + i, Path.of("m" + i), md, Optional.empty(),
                ModuleInterface.empty("m" + i));
    }

    /** Module {@code i} requires module {@code j < i} where the pair's bit is set. */
    static List<LibraryModule> dag(int n, List<Integer> bits, int[] extra) {
        List<LibraryModule> modules = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < n; i++) {
            List<Integer> requires = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                if (bits.get(k++ % bits.size()) % 3 == 0) {
                    requires.add(j);
                }
            }
            if (extra != null && extra[0] == i) {
                requires.add(extra[1]);
            }
            modules.add(module(i, requires));
        }
        return modules;
    }

    static GraphModel model(List<LibraryModule> modules) {
        return new GraphModel(modules, List.of(), NOWHERE, f -> f);
    }

    static GraphCheck check(GraphModel g) {
        return GraphRules.check(g, new Taxonomy(DependencyPolicy.DEFAULT, List.of()), NOWHERE, LocalDate.of(2026, 1, 1));
    }

    static List<Finding> cycleFindings(GraphModel g) {
        return check(g).findings().stream().filter(f -> f.ruleId().equals(GraphRules.CYCLE)).toList();
    }

    private static Gen<List<Integer>> bits() {
        return lists().of(integers().between(0, 8)).ofSizeBetween(1, 200);
    }

    @Test
    void deployOrder_ofARandomDagPutsEveryModuleAfterItsDependencies() {
        qt().withExamples(200).forAll(integers().between(1, 40), bits()).checkAssert((n, bits) -> {
            GraphModel g = model(dag(n, bits, null));
            List<ModuleId> order = g.deployOrder;
            assertEquals(n, order.size());
            assertEquals(n, new HashSet<>(order).size());
            for (DependencyEdge e : g.edges) {
                assertTrue(order.indexOf(e.to()) < order.indexOf(e.from()), e + " in " + order);
            }
            assertEquals(order, model(dag(n, bits, null)).deployOrder, "deterministic");
            assertEquals(List.of(), cycleFindings(g));
        });
    }

    @Test
    void check_anEdgeThatClosesACycleIsAlwaysReported() {
        qt().withExamples(200).forAll(integers().between(2, 30), bits(), integers().between(0, 10_000),
                integers().between(0, 10_000)).checkAssert((n, bits, a, b) -> {
                    GraphModel dag = model(dag(n, bits, null));
                    // pick a module and one it reaches (or itself): an edge back from the reached one closes a cycle
                    ModuleId from = ModuleId.of("m" + (a % n));
                    List<ModuleId> reached = new ArrayList<>(dag.reachable(from, false, null));
                    reached.add(from);
                    reached.sort((x, y) -> x.value().compareTo(y.value()));
                    ModuleId back = reached.get(b % reached.size());
                    int backIndex = Integer.parseInt(back.value().substring(1));
                    int fromIndex = Integer.parseInt(from.value().substring(1));
                    GraphModel g = model(dag(n, bits, new int[] {backIndex, fromIndex}));
                    List<Finding> cycles = cycleFindings(g);
                    // every elementary cycle is reported once, each a real cycle; the new edge closes one of them
                    assertTrue(!cycles.isEmpty(), cycles.toString());
                    assertEquals(cycles.size(), new HashSet<>(cycles).size(), cycles.toString());
                    assertTrue(g.cycles.stream().anyMatch(s -> s.contains(from) && s.contains(back)));
                    cycles.forEach(c -> assertIsACycle(g, c.message()));
                    assertTrue(cycles.stream().anyMatch(c -> (" " + c.message() + " ").contains(" " + back
                            + " -> " + from + " ")), cycles.toString());
                });
    }

    /** {@code dependency cycle: a -> b -> a (...)}: starts and ends at one module, and every step is an edge. */
    private static void assertIsACycle(GraphModel g, String message) {
        String path = message.substring("dependency cycle: ".length()).replaceAll(" \\(.*$", "");
        String[] ids = path.split(" -> ");
        assertEquals(ids[0], ids[ids.length - 1], message);
        Set<String> onPath = new HashSet<>();
        for (int i = 0; i + 1 < ids.length; i++) {
            String to = ids[i + 1];
            assertTrue(g.out(ModuleId.of(ids[i])).stream().anyMatch(e -> e.to().value().equals(to)), message);
            assertTrue(onPath.add(ids[i]), "a simple cycle: " + message);
        }
    }

    @Test
    void check_aChainHasNoCycle() {
        qt().forAll(integers().between(1, 50)).checkAssert(n -> {
            List<LibraryModule> modules = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                modules.add(module(i, i + 1 < n ? List.of(i + 1) : List.of()));
            }
            GraphModel g = model(modules);
            assertEquals(List.of(), g.cycles);
            assertEquals(List.of(), cycleFindings(g));
        });
    }

    @Test
    void check_aModuleThatRequiresItselfIsACycle() {
        GraphModel g = model(List.of(module(0, List.of(0))));
        assertEquals(List.of("m0.yaml:1:1: dependency cycle: m0 -> m0; remove one of the requirements in the cycle"),
                check(g).errors().stream().map(Finding::toString).toList());
    }
}
