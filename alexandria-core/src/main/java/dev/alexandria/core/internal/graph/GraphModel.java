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
import java.util.Arrays;
import java.util.BitSet;
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
 * The graph itself, built once: every module, its edges out and in, the groups of modules that depend on each
 * other (cycles) and the deploy order. Modules are numbered in the order given, so the hot loops (the deploy
 * order, reachability) run over int arrays rather than maps of ids; JGraphT's strongly connected components are
 * consulted only when the deploy order finds a cycle. Immutable after construction.
 */
final class GraphModel {

    /** Deploy-order tie break: lower layer first, then id. */
    final Comparator<ModuleId> layerThenId;

    final Map<ModuleId, LibraryModule> modules;
    final List<DependencyEdge> edges;
    /** Groups of modules that depend on each other (size &gt; 1, or one module that depends on itself). */
    final List<Set<ModuleId>> cycles;
    final List<ModuleId> deployOrder;

    /** Module number by id; the arrays below are indexed by it. */
    private final Map<ModuleId, Integer> index;
    private final ModuleId[] ids;
    private final LibraryModule[] mods;
    /** Module numbers ordered by id. */
    private final int[] byName;
    private final List<DependencyEdge>[] outOf;
    private final List<DependencyEdge>[] inOf;
    /** Edge targets (and sources, for {@link #inOf}) as module numbers, parallel to the edge lists. */
    private final int[][] outTo;
    private final int[][] inFrom;
    /** Position of each module in the order "lower layer first, then id". */
    private final int[] rank;
    /** Position of each module in {@link #deployOrder}. */
    private final int[] position;

    /** What the graph read from each module's HCL, by module number. */
    private final GraphFacts[] facts;
    /** A file as findings name it (relative to the library root). */
    final Function<String, String> display;

    GraphModel(Collection<LibraryModule> all, List<String> registrySources, GraphLocations locations,
               Function<String, String> display) {
        this(all, registrySources, locations, display, m -> GraphFacts.of(m.interfaceSpec()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of edge lists, indexed by module number
    GraphModel(Collection<LibraryModule> all, List<String> registrySources, GraphLocations locations,
               Function<String, String> display, Function<LibraryModule, GraphFacts> factsOf) {
        this.display = display;
        Map<ModuleId, LibraryModule> byId = new LinkedHashMap<>();
        for (LibraryModule m : all) {
            byId.putIfAbsent(m.id(), m);
        }
        this.modules = byId;
        int n = byId.size();
        this.ids = byId.keySet().toArray(new ModuleId[0]);
        this.index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(ids[i], i);
        }
        this.mods = byId.values().toArray(new LibraryModule[0]);
        this.facts = new GraphFacts[n];
        for (int i = 0; i < n; i++) {
            facts[i] = factsOf.apply(mods[i]);
        }
        Integer[] byLayer = new Integer[n];
        for (int i = 0; i < n; i++) {
            byLayer[i] = i;
        }
        Arrays.sort(byLayer, Comparator.comparingInt((Integer i) -> mods[i].layer().rank())
                .thenComparing(i -> ids[i].value()));
        this.rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byLayer[r]] = r;
        }
        this.layerThenId = Comparator.comparingInt(id -> rank[index.get(id)]);

        ModuleSources sources = new ModuleSources(byId, registrySources);
        this.outOf = new List[n];
        this.outTo = new int[n][];
        int[] inCount = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            List<DependencyEdge> own = ownEdges(mods[i], facts[i], byId, sources, locations, display);
            outOf[i] = own;
            int[] to = new int[own.size()];
            for (int k = 0; k < to.length; k++) {
                to[k] = index.get(own.get(k).to());
                inCount[to[k]]++;
            }
            outTo[i] = to;
            total += to.length;
        }
        // Edges into a module sorted by the dependent's id, then kind: filled from the dependents in id order,
        // each of whose own edges are sorted by kind.
        DependencyEdge[][] into = new DependencyEdge[n][];
        this.inFrom = new int[n][];
        for (int i = 0; i < n; i++) {
            into[i] = new DependencyEdge[inCount[i]];
            inFrom[i] = new int[inCount[i]];
        }
        Integer[] sorted = new Integer[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, Comparator.comparing(i -> ids[i].value()));
        this.byName = new int[n];
        for (int i = 0; i < n; i++) {
            byName[i] = sorted[i];
        }
        int[] filled = new int[n];
        List<DependencyEdge> list = new ArrayList<>(total);
        for (int i = 0; i < n; i++) {
            list.addAll(outOf[i]);
        }
        for (int from : byName) {
            for (int k = 0; k < outTo[from].length; k++) {
                int t = outTo[from][k];
                into[t][filled[t]] = outOf[from].get(k);
                inFrom[t][filled[t]++] = from;
            }
        }
        this.inOf = new List[n];
        for (int i = 0; i < n; i++) {
            inOf[i] = List.of(into[i]);
        }
        this.edges = List.copyOf(list);

        int[] order = kahn();
        List<Set<ModuleId>> groups = new ArrayList<>();
        List<ModuleId> deploy = new ArrayList<>(n);
        if (order != null) {
            for (int i : order) {
                deploy.add(ids[i]);
            }
        } else {
            Graph<ModuleId, DefaultEdge> g = deployBefore();
            for (Set<ModuleId> scc : new GabowStrongConnectivityInspector<>(g).stronglyConnectedSets()) {
                if (scc.size() > 1 || g.containsEdge(scc.iterator().next(), scc.iterator().next())) {
                    groups.add(Set.copyOf(scc));
                }
            }
            groups.sort(Comparator.comparing(set -> set.stream().min(layerThenId).orElseThrow(), layerThenId));
            deploy = condensedOrder(g);
        }
        this.cycles = List.copyOf(groups);
        this.deployOrder = List.copyOf(deploy);
        this.position = new int[n];
        for (int i = 0; i < n; i++) {
            position[index.get(deployOrder.get(i))] = i;
        }
    }

    /**
     * Kahn's order over "deploy before" arcs (dependency to dependent, one per pair), taking among the modules
     * whose dependencies are all placed the lowest layer, then id.
     *
     * @return module numbers in deploy order, or null when there is a cycle
     */
    private int[] kahn() {
        int n = ids.length;
        int[] pending = new int[n];
        int[] byRank = new int[n];
        for (int i = 0; i < n; i++) {
            pending[i] = distinct(outTo[i]);
            byRank[rank[i]] = i;
        }
        BitSet ready = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (pending[i] == 0) {
                ready.set(rank[i]);
            }
        }
        int[] order = new int[n];
        int placed = 0;
        for (int r = ready.nextSetBit(0); r >= 0; r = ready.nextSetBit(0)) {
            ready.clear(r);
            int at = byRank[r];
            order[placed++] = at;
            int[] from = inFrom[at];
            for (int k = 0; k < from.length; k++) {
                int d = from[k];
                if ((k == 0 || from[k - 1] != d) && --pending[d] == 0) { // one arc per pair: runs of one dependent
                    ready.set(rank[d]);
                }
            }
        }
        return placed == n ? order : null;
    }

    /** The number of distinct values of a short array. */
    private static int distinct(int[] values) {
        int count = 0;
        for (int k = 0; k < values.length; k++) {
            boolean seen = false;
            for (int j = 0; j < k && !seen; j++) {
                seen = values[j] == values[k];
            }
            if (!seen) {
                count++;
            }
        }
        return count;
    }

    /** The JGraphT graph of "deploy before" arcs, one per pair, built only to find and order cycles. */
    private Graph<ModuleId, DefaultEdge> deployBefore() {
        Graph<ModuleId, DefaultEdge> g = new ArcGraph();
        for (ModuleId id : ids) {
            g.addVertex(id);
        }
        for (int i = 0; i < ids.length; i++) {
            Set<ModuleId> targets = new HashSet<>();
            for (DependencyEdge e : outOf[i]) {
                if (targets.add(e.to())) {
                    g.addEdge(e.to(), e.from());
                }
            }
        }
        return g;
    }

    /**
     * One module's edges out: its declared requirements of library modules, and its calls of library modules
     * (which reads its HCL, and no other module's), sorted by kind, then target.
     */
    static List<DependencyEdge> ownEdges(LibraryModule m, GraphFacts facts, Map<ModuleId, LibraryModule> byId,
                                         ModuleSources sources, GraphLocations locations,
                                         Function<String, String> display) {
        List<DependencyEdge> own = new ArrayList<>();
        List<ModuleRequirement> requires = m.metadata().requires();
        for (int i = 0; i < requires.size(); i++) {
            ModuleRequirement r = requires.get(i);
            if (byId.containsKey(r.module())) { // a missing module is the catalog's error (requires-missing)
                own.add(new DependencyEdge(m.id(), r.module(), DependencyEdge.Kind.REQUIRES, r.constraint(),
                        r.exemption(), "", locations.requirement(m.id(), i)));
            }
        }
        for (ModuleCallRef call : facts.calls()) {
            Optional<ModuleSources.Target> t = sources.target(m, call);
            t.ifPresent(target -> own.add(new DependencyEdge(m.id(), target.module(), DependencyEdge.Kind.CALL,
                    target.constraint(), Optional.empty(), call.source(), relative(call.location(), display))));
        }
        own.sort(Comparator.comparing((DependencyEdge e) -> e.kind()).thenComparing(e -> e.to().value()));
        return List.copyOf(own);
    }

    /**
     * With cycles, each group of modules that depend on each other is ordered as one node of the condensation,
     * placed by its lowest member, and expanded by layer and id: everything outside the cycles keeps a true
     * deploy order.
     */
    private List<ModuleId> condensedOrder(Graph<ModuleId, DefaultEdge> deployBefore) {
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

    /** @return the number of modules */
    int size() {
        return ids.length;
    }

    /** @return module {@code i} */
    LibraryModule module(int i) {
        return mods[i];
    }

    /** @return what the graph read from module {@code i}'s HCL */
    GraphFacts facts(int i) {
        return facts[i];
    }

    /** @return what the graph read from a module's HCL */
    GraphFacts facts(ModuleId id) {
        return facts[index.get(id)];
    }

    /** @return the numbers of the modules, ordered by id */
    int[] byName() {
        return byName.clone();
    }

    /** @return the edges out of module {@code i} */
    List<DependencyEdge> outOf(int i) {
        return outOf[i];
    }

    /** @return the numbers of the targets of {@link #outOf(int)}, in its order */
    int[] targets(int i) {
        return outTo[i];
    }

    /** @return the edges into module {@code i} */
    List<DependencyEdge> inOf(int i) {
        return inOf[i];
    }

    /** @return the module numbers in deploy order */
    int[] deployNumbers() {
        int[] out = new int[position.length];
        for (int i = 0; i < position.length; i++) {
            out[position[i]] = i;
        }
        return out;
    }

    List<DependencyEdge> out(ModuleId id) {
        Integer i = index.get(id);
        return i == null ? List.of() : outOf[i];
    }

    List<DependencyEdge> in(ModuleId id) {
        Integer i = index.get(id);
        return i == null ? List.of() : inOf[i];
    }

    /** Every module reachable from {@code start} along edges of the given direction, without {@code start}. */
    Set<ModuleId> reachable(ModuleId start, boolean reverse, DependencyEdge.Kind onlyKind) {
        Set<ModuleId> seen = new HashSet<>();
        for (int i : reach(start, reverse, onlyKind)) {
            seen.add(ids[i]);
        }
        return seen;
    }

    /** {@link #reachable}, in deploy order. */
    List<ModuleId> reachableInDeployOrder(ModuleId start, boolean reverse, DependencyEdge.Kind onlyKind) {
        return inDeployOrder(reach(start, reverse, onlyKind));
    }

    /** Breadth first over the int arrays: the numbers of the modules reached, without the start's. */
    private int[] reach(ModuleId start, boolean reverse, DependencyEdge.Kind onlyKind) {
        Integer s = index.get(start);
        if (s == null) {
            return new int[0];
        }
        BitSet seen = new BitSet(ids.length);
        int[] queue = new int[16];
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        seen.set(s);
        while (head < tail) {
            int at = queue[head++];
            int[] next = reverse ? inFrom[at] : outTo[at];
            List<DependencyEdge> via = reverse ? inOf[at] : outOf[at];
            for (int k = 0; k < next.length; k++) {
                if (onlyKind != null && via.get(k).kind() != onlyKind) {
                    continue;
                }
                int x = next[k];
                if (!seen.get(x)) {
                    seen.set(x);
                    if (tail == queue.length) {
                        queue = Arrays.copyOf(queue, tail * 2);
                    }
                    queue[tail++] = x;
                }
            }
        }
        return Arrays.copyOfRange(queue, 1, tail);
    }

    List<ModuleId> inDeployOrder(Collection<ModuleId> ids) {
        int[] numbers = new int[ids.size()];
        int k = 0;
        for (ModuleId id : ids) {
            numbers[k++] = index.get(id);
        }
        return inDeployOrder(numbers);
    }

    private List<ModuleId> inDeployOrder(int[] numbers) {
        int[] at = new int[numbers.length];
        for (int k = 0; k < numbers.length; k++) {
            at[k] = position[numbers[k]];
        }
        Arrays.sort(at);
        ModuleId[] out = new ModuleId[at.length];
        for (int k = 0; k < at.length; k++) {
            out[k] = deployOrder.get(at[k]);
        }
        return List.of(out);
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
    static SourceLocation relative(SourceLocation at, Function<String, String> display) {
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
