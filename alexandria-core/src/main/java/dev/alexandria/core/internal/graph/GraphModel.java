package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.SourceLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

/**
 * The graph itself, built once: every module, its edges out and in, the JGraphT graph of "deploy before"
 * arcs (dependency to dependent), the strongly connected groups that are cycles and the deploy order.
 * Immutable after construction.
 */
final class GraphModel {

    /** Deploy-order tie break: lower layer first, then id. */
    final Comparator<ModuleId> layerThenId;

    final Map<ModuleId, LibraryModule> modules;
    final Map<ModuleId, List<DependencyEdge>> out;
    final Map<ModuleId, List<DependencyEdge>> in;
    final List<DependencyEdge> edges;
    /** Arcs from dependency to dependent, one per pair: what the deploy order follows. */
    final Graph<ModuleId, DefaultEdge> deployBefore;
    /** Groups of modules that depend on each other (size &gt; 1, or one module that depends on itself). */
    final List<Set<ModuleId>> cycles;
    final List<ModuleId> deployOrder;
    final Map<ModuleId, Integer> position;
    private final List<ModuleId> acyclicOrder;

    GraphModel(Collection<LibraryModule> all, List<String> registrySources, GraphLocations locations,
               Function<String, String> display) {
        Map<ModuleId, LibraryModule> byId = new LinkedHashMap<>();
        for (LibraryModule m : all) {
            byId.putIfAbsent(m.id(), m);
        }
        this.modules = byId;
        this.out = new HashMap<>(byId.size() * 2);
        this.in = new HashMap<>(byId.size() * 2);
        // One int per module, so the hot comparisons of the ordering are a map lookup and an int compare.
        Map<ModuleId, Integer> rank = new HashMap<>(byId.size() * 2);
        List<ModuleId> sorted = new ArrayList<>(byId.keySet());
        sorted.sort(Comparator.comparing((ModuleId id) -> byId.get(id).layer().rank()).thenComparing(ModuleId::value));
        for (int i = 0; i < sorted.size(); i++) {
            rank.put(sorted.get(i), i);
        }
        this.layerThenId = Comparator.comparingInt(rank::get);
        ModuleSources sources = new ModuleSources(byId, registrySources);
        List<DependencyEdge> list = new ArrayList<>();
        for (LibraryModule m : byId.values()) {
            List<DependencyEdge> own = ownEdges(m, byId, sources, locations, display);
            out.put(m.id(), own);
            list.addAll(own);
        }
        for (DependencyEdge e : list) {
            in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
        }
        in.replaceAll((k, v) -> {
            v.sort(Comparator.comparing((DependencyEdge e) -> e.from().value()).thenComparing(DependencyEdge::kind));
            return List.copyOf(v);
        });
        this.edges = List.copyOf(list);

        // One arc per pair, deduplicated here from each module's short edge list, so the graph needs no lookup of
        // its own per arc.
        Graph<ModuleId, DefaultEdge> g = new ArcGraph();
        byId.keySet().forEach(g::addVertex);
        for (Map.Entry<ModuleId, List<DependencyEdge>> entry : out.entrySet()) {
            Set<ModuleId> targets = new HashSet<>();
            for (DependencyEdge e : entry.getValue()) {
                if (targets.add(e.to())) {
                    g.addEdge(e.to(), e.from());
                }
            }
        }
        this.deployBefore = g;

        // Kahn's order fails exactly when there is a cycle; only then are the strongly connected groups needed.
        List<ModuleId> acyclic = new ArrayList<>(byId.size());
        List<Set<ModuleId>> groups = new ArrayList<>();
        try {
            new TopologicalOrderIterator<>(g, layerThenId).forEachRemaining(acyclic::add);
        } catch (IllegalArgumentException notADag) {
            acyclic = null;
            for (Set<ModuleId> scc : new GabowStrongConnectivityInspector<>(g).stronglyConnectedSets()) {
                if (scc.size() > 1 || g.containsEdge(scc.iterator().next(), scc.iterator().next())) {
                    groups.add(Set.copyOf(scc));
                }
            }
            groups.sort(Comparator.comparing(set -> set.stream().min(layerThenId).orElseThrow(), layerThenId));
        }
        this.cycles = List.copyOf(groups);
        this.acyclicOrder = acyclic;
        this.deployOrder = List.copyOf(order());
        this.position = new HashMap<>(deployOrder.size() * 2);
        for (int i = 0; i < deployOrder.size(); i++) {
            position.put(deployOrder.get(i), i);
        }
    }

    /**
     * One module's edges out: its declared requirements of library modules, and its calls of library modules
     * (which reads its HCL, and no other module's), sorted by kind, then target.
     */
    static List<DependencyEdge> ownEdges(LibraryModule m, Map<ModuleId, LibraryModule> byId, ModuleSources sources,
                                         GraphLocations locations, Function<String, String> display) {
        List<DependencyEdge> own = new ArrayList<>();
        List<ModuleRequirement> requires = m.metadata().requires();
        for (int i = 0; i < requires.size(); i++) {
            ModuleRequirement r = requires.get(i);
            if (byId.containsKey(r.module())) { // a missing module is the catalog's error (requires-missing)
                own.add(new DependencyEdge(m.id(), r.module(), DependencyEdge.Kind.REQUIRES, r.constraint(),
                        r.exemption(), "", locations.requirement(m.id(), i)));
            }
        }
        for (ModuleCallRef call : m.interfaceSpec().moduleCalls()) {
            Optional<ModuleSources.Target> t = sources.target(m, call);
            t.ifPresent(target -> own.add(new DependencyEdge(m.id(), target.module(), DependencyEdge.Kind.CALL,
                    target.constraint(), Optional.empty(), call.source(), relative(call.location(), display))));
        }
        own.sort(Comparator.comparing((DependencyEdge e) -> e.kind()).thenComparing(e -> e.to().value()));
        return List.copyOf(own);
    }

    /**
     * Kahn's order with a priority tie break (JGraphT's topological iterator). With cycles, each group of
     * modules that depend on each other is ordered as one node of the condensation, placed by its lowest
     * member, and expanded by layer and id: everything outside the cycles keeps a true deploy order.
     */
    private List<ModuleId> order() {
        if (acyclicOrder != null) {
            return acyclicOrder;
        }
        List<ModuleId> order = new ArrayList<>(modules.size());
        Graph<Graph<ModuleId, DefaultEdge>, DefaultEdge> condensed =
                new GabowStrongConnectivityInspector<>(deployBefore).getCondensation();
        Map<Graph<ModuleId, DefaultEdge>, ModuleId> lowest = new HashMap<>();
        for (Graph<ModuleId, DefaultEdge> group : condensed.vertexSet()) {
            lowest.put(group, group.vertexSet().stream().min(layerThenId).orElseThrow());
        }
        Comparator<Graph<ModuleId, DefaultEdge>> byLowest = Comparator.comparing(lowest::get, layerThenId);
        new TopologicalOrderIterator<>(condensed, byLowest).forEachRemaining(group ->
                group.vertexSet().stream().sorted(layerThenId).forEach(order::add));
        return order;
    }

    List<DependencyEdge> out(ModuleId id) {
        return out.getOrDefault(id, List.of());
    }

    List<DependencyEdge> in(ModuleId id) {
        return in.getOrDefault(id, List.of());
    }

    /** Every module reachable from {@code start} along edges of the given direction, without {@code start}. */
    Set<ModuleId> reachable(ModuleId start, boolean reverse, DependencyEdge.Kind onlyKind) {
        Set<ModuleId> seen = new HashSet<>();
        Deque<ModuleId> todo = new ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            ModuleId at = todo.poll();
            for (DependencyEdge e : reverse ? in(at) : out(at)) {
                if (onlyKind != null && e.kind() != onlyKind) {
                    continue;
                }
                ModuleId next = reverse ? e.from() : e.to();
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        seen.remove(start);
        return seen;
    }

    List<ModuleId> inDeployOrder(Collection<ModuleId> ids) {
        return ids.stream().sorted(Comparator.comparing(position::get)).toList();
    }

    /**
     * The shortest path of edges from {@code from} to {@code to} (breadth first, edges in their order), among
     * edges of one kind if given.
     */
    Optional<List<DependencyEdge>> path(ModuleId from, ModuleId to, DependencyEdge.Kind onlyKind,
                                        Set<ModuleId> within) {
        Map<ModuleId, DependencyEdge> via = new HashMap<>();
        Deque<ModuleId> todo = new ArrayDeque<>();
        todo.add(from);
        Set<ModuleId> seen = new HashSet<>();
        seen.add(from);
        while (!todo.isEmpty()) {
            ModuleId at = todo.poll();
            for (DependencyEdge e : out(at)) {
                if ((onlyKind != null && e.kind() != onlyKind) || (within != null && !within.contains(e.to()))) {
                    continue;
                }
                if (e.to().equals(to)) {
                    List<DependencyEdge> path = new ArrayList<>();
                    path.add(e);
                    for (ModuleId x = at; !x.equals(from); x = via.get(x).from()) {
                        path.add(0, via.get(x));
                    }
                    return Optional.of(path);
                }
                if (seen.add(e.to())) {
                    via.put(e.to(), e);
                    todo.add(e.to());
                }
            }
        }
        return Optional.empty();
    }

    /** A call's location relative to the library root, as every finding's file is. */
    private static SourceLocation relative(SourceLocation at, Function<String, String> display) {
        try {
            return new SourceLocation(display.apply(at.file()), at.line(), at.column());
        } catch (InvalidPathException e) {
            return at;
        }
    }

    static String displayUnder(Path root, String file) {
        Path p = Path.of(file);
        return p.isAbsolute() && p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : file;
    }
}
