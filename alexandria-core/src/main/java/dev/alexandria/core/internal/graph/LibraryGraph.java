package dev.alexandria.core.internal.graph;

import dev.alexandria.api.DependencyGraph;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleDependencies;
import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.BumpImpact;
import dev.alexandria.api.model.ConstraintChain;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.GraphCheck;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ProviderConflict;
import dev.alexandria.api.model.Resolution;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConflict;
import dev.alexandria.api.model.VersionConstraint;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in {@link DependencyGraph} of a library snapshot. The graph is built on first use (module calls
 * need every module's HCL) under a lock, then shared; everything it returns is immutable.
 */
public final class LibraryGraph implements DependencyGraph {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryGraph.class);

    private final Path root;
    private final List<LibraryModule> modules;
    private final Catalog catalog;
    private final Function<String, ModuleId> lookup;
    private final GraphLocations locations;
    private final Clock clock;
    private final Function<LibraryModule, GraphFacts> facts;
    private volatile GraphModel model;

    /**
     * @param library   the snapshot whose modules and catalog the graph reads
     * @param locations where requirements are declared
     * @param clock     the clock that says which removal dates have passed
     */
    public LibraryGraph(Library library, GraphLocations locations, Clock clock) {
        this(library.root(), library.modules(), library.catalog(), id -> library.requireModule(id).id(), locations,
                clock, LibraryGraph::factsOfInterface);
    }

    /**
     * @param library   the snapshot whose modules and catalog the graph reads
     * @param locations where requirements are declared
     * @param clock     the clock that says which removal dates have passed
     * @param facts     what the graph needs of a module's HCL (the library's cached summary, so that the graph
     *                  never holds every module's whole interface)
     */
    public LibraryGraph(Library library, GraphLocations locations, Clock clock,
                        Function<LibraryModule, GraphFacts> facts) {
        this(library.root(), library.modules(), library.catalog(), id -> library.requireModule(id).id(), locations,
                clock, facts);
    }

    /**
     * A graph over modules that need not come from a library folder (benchmarks, hosts).
     *
     * @param root      the library root, against which call locations are shown
     * @param modules   the modules
     * @param catalog   the catalog (taxonomy and settings)
     * @param lookup    resolves a module id or path, throwing {@code ModuleNotFoundException}
     * @param locations where requirements are declared
     * @param clock     the clock that says which removal dates have passed
     */
    public LibraryGraph(Path root, List<LibraryModule> modules, Catalog catalog, Function<String, ModuleId> lookup,
                        GraphLocations locations, Clock clock) {
        this(root, modules, catalog, lookup, locations, clock, LibraryGraph::factsOfInterface);
    }

    /**
     * A graph over modules that need not come from a library folder, with what it needs of each module's HCL.
     *
     * @param root      the library root, against which call locations are shown
     * @param modules   the modules
     * @param catalog   the catalog (taxonomy and settings)
     * @param lookup    resolves a module id or path, throwing {@code ModuleNotFoundException}
     * @param locations where requirements are declared
     * @param clock     the clock that says which removal dates have passed
     * @param facts     what the graph needs of a module's HCL
     */
    public LibraryGraph(Path root, List<LibraryModule> modules, Catalog catalog, Function<String, ModuleId> lookup,
                        GraphLocations locations, Clock clock, Function<LibraryModule, GraphFacts> facts) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.root = Objects.requireNonNull(root, "root");
        this.modules = List.copyOf(modules);
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.locations = Objects.requireNonNull(locations, "locations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The modules each module of a library has an edge to, as {@link #edges()} has them (its declared requirements
     * of modules of the library, and its module calls whose source names one), without building the graph: no
     * edge's location, constraint or order, no deploy order, no cycle. What recommendations read of every module.
     *
     * @param library the library
     * @param calls   each module's module calls (the library's cached summary has them)
     * @return the targets of each module's edges, by module, in the library's order; a module with none maps to
     *         an empty set
     */
    public static Map<ModuleId, Set<ModuleId>> targets(Library library,
                                                       Function<LibraryModule, List<ModuleCallRef>> calls) {
        Map<ModuleId, LibraryModule> byId = new LinkedHashMap<>();
        for (LibraryModule m : library.modules()) {
            byId.putIfAbsent(m.id(), m);
        }
        ModuleSources sources = new ModuleSources(byId, library.catalog().settings().graph().registrySources());
        Map<ModuleId, Set<ModuleId>> out = new LinkedHashMap<>();
        for (LibraryModule m : byId.values()) {
            Set<ModuleId> to = new java.util.HashSet<>();
            for (dev.alexandria.api.model.ModuleRequirement r : m.metadata().requires()) {
                if (byId.containsKey(r.module())) {
                    to.add(r.module());
                }
            }
            for (ModuleCallRef call : calls.apply(m)) {
                sources.target(m, call).ifPresent(t -> to.add(t.module()));
            }
            out.put(m.id(), to);
        }
        return out;
    }

    GraphModel model() {
        GraphModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new GraphModel(modules, catalog.settings().graph().registrySources(),
                            locations, file -> GraphModel.displayUnder(root, file), facts);
                    LOG.debug("built the dependency graph of {}: {} modules, {} edges", root, m.modules.size(),
                            m.edges.size());
                    model = m;
                }
            }
        }
        return m;
    }

    @Override
    public List<DependencyEdge> edges() {
        return model().edges;
    }

    @Override
    public List<ModuleId> deployOrder() {
        return model().deployOrder;
    }

    @Override
    public List<List<ModuleId>> cyclicGroups() {
        GraphModel m = model();
        return m.cycles.stream().map(group -> group.stream().sorted(m.layerThenId).toList()).toList();
    }

    /** The interface's facts, for modules that do not come from a library that caches them. */
    private static GraphFacts factsOfInterface(LibraryModule m) {
        return GraphFacts.of(m.interfaceSpec());
    }

    @Override
    public GraphCheck check() {
        GraphModel m = model();
        GraphCheck rules;
        try (dev.alexandria.core.internal.versioning.TaggedRequires tagged =
                     new dev.alexandria.core.internal.versioning.TaggedRequires(root)) {
            rules = GraphRules.check(m, catalog.taxonomy(), locations, LocalDate.now(clock), tagged::tags);
        }
        List<Finding> hcl = GraphRules.hclErrors(m, file -> GraphModel.displayUnder(root, file));
        if (hcl.isEmpty()) {
            return rules;
        }
        List<Finding> all = new ArrayList<>(rules.findings());
        all.addAll(hcl);
        return new GraphCheck(all.stream().sorted().toList(), rules.exemptions(), rules.modules(), rules.edges(),
                rules.uncalledRequirements());
    }

    /**
     * The layer rule and deprecated dependencies over one module's own edges, the same findings as
     * {@link #check()} reports for them, without building the whole graph: only this module's HCL is read.
     *
     * @param idOrPath the module
     * @return its findings of rules {@code layer-rule} and {@code deprecated-dependency}, sorted
     * @throws dev.alexandria.api.ModuleNotFoundException if there is no such module
     */
    public List<Finding> checkModule(String idOrPath) {
        return checkModule(idOrPath, Optional.empty(), LocalDate.now(clock), false);
    }

    /**
     * {@link #checkModule(String)} as it would read once a planned change is made: {@code changed} (the module
     * of its id after a promote, a release or an archive) stands in for that module, and removal dates are
     * judged on {@code today}. A write command compares this with {@code checkModule(idOrPath, Optional.empty(),
     * today)} (the findings without the change) for each module depending on the changed one, to name the findings the change brings them.
     *
     * @param idOrPath the module whose findings are wanted (a dependent of {@code changed})
     * @param changed  the changed module, if any
     * @param today    the day that says which removal dates have passed
     * @return its findings of rules {@code layer-rule}, {@code deprecated-dependency}, {@code call-version} and
     *         {@code undeclared-call}, sorted
     * @throws dev.alexandria.api.ModuleNotFoundException if there is no such module
     */
    public List<Finding> checkModule(String idOrPath, Optional<LibraryModule> changed, LocalDate today) {
        return checkModule(idOrPath, changed, today, true);
    }

    private List<Finding> checkModule(String idOrPath, Optional<LibraryModule> changed, LocalDate today,
                                      boolean calls) {
        ModuleId id = lookup.apply(Objects.requireNonNull(idOrPath, "idOrPath"));
        Objects.requireNonNull(today, "today");
        Map<ModuleId, LibraryModule> byId = new LinkedHashMap<>();
        modules.forEach(m -> byId.putIfAbsent(m.id(), m));
        changed.ifPresent(c -> byId.put(c.id(), c));
        LibraryModule from = byId.get(id);
        ModuleSources sources = new ModuleSources(byId, catalog.settings().graph().registrySources());
        List<DependencyEdge> own = GraphModel.ownEdges(from, facts.apply(from), byId, sources, locations,
                file -> GraphModel.displayUnder(root, file));
        return GraphRules.checkModule(from, own, byId, catalog.taxonomy(), today, calls);
    }

    @Override
    public ModuleDependencies of(String idOrPath) {
        return new Dependencies(model(), lookup.apply(Objects.requireNonNull(idOrPath, "idOrPath")), root);
    }

    @Override
    public String toString() {
        GraphModel m = model;
        return m == null ? "DependencyGraph{" + root + ", not built yet}"
                : "DependencyGraph{modules=" + m.modules.size() + ", edges=" + m.edges.size() + "}";
    }

    /** The requirements a released version of a module declared, if known; empty: use the working tree's. */
    interface RequiresAt {
        /** No version is known apart from the working tree's. */
        RequiresAt WORKING_TREE = of((m, v) -> Optional.empty(), () -> false);

        Optional<List<dev.alexandria.api.model.ModuleRequirement>> requires(LibraryModule module, Version version);

        /** @return whether any released version may be known (false: one round of resolution is all there is) */
        boolean mayKnowReleases();

        static RequiresAt of(java.util.function.BiFunction<LibraryModule, Version,
                Optional<List<dev.alexandria.api.model.ModuleRequirement>>> requires,
                java.util.function.BooleanSupplier mayKnow) {
            return new RequiresAt() {
                @Override
                public Optional<List<dev.alexandria.api.model.ModuleRequirement>> requires(LibraryModule module,
                                                                                          Version version) {
                    return requires.apply(module, version);
                }

                @Override
                public boolean mayKnowReleases() {
                    return mayKnow.getAsBoolean();
                }
            };
        }
    }

    /** Rounds of re-resolution before giving up on a fixed point (versions whose requires keep flipping). */
    private static final int MAX_ROUNDS = 16;

    /**
     * Resolves one module's declared dependencies (see {@link Resolution}). The module itself is its working tree;
     * each dependency is the version chosen for it, and what that version requires is what it declared when it
     * was released ({@code requiresAt}, read from its tag), else its working tree's. As the choice of a version
     * can change what it requires, and so the choices below it, the resolution repeats until the choices no
     * longer change; without release tags (or git) one round is all there is. Each round is one
     * breadth-first pass over the declared edges, which gives every reachable module and a shortest path to it;
     * the chains of a conflict are built from those paths only when there is a conflict.
     */
    static Resolution resolve(GraphModel g, ModuleId module, RequiresAt requiresAt) {
        Map<ModuleId, Version> chosen = Map.of();
        Round round = null;
        for (int i = 0; i < MAX_ROUNDS; i++) {
            round = round(g, module, chosen, requiresAt);
            // a fixed point; or, after the first round, edges that are all the working tree's, as in the first
            if (round.selected.equals(chosen) || i > 0 && !round.usedReleased || !requiresAt.mayKnowReleases()) {
                break;
            }
            chosen = round.selected;
        }
        List<ProviderConflict> providers = ProviderCheck.conflicts(g, module);
        Set<ModuleId> all = g.reachable(module, false, null);
        all.add(module);
        return new Resolution(module, round.selected, round.conflicts, providers, g.inDeployOrder(all));
    }

    /** One round of resolution: the choices, the conflicts, and whether any released requirements were used. */
    private record Round(Map<ModuleId, Version> selected, List<VersionConflict> conflicts, boolean usedReleased) {
    }

    private static Round round(GraphModel g, ModuleId module, Map<ModuleId, Version> chosen, RequiresAt requiresAt) {
        boolean[] usedReleased = {false};
        Map<ModuleId, List<DependencyEdge>> outOf = new java.util.HashMap<>();
        Function<ModuleId, List<DependencyEdge>> requires = at -> outOf.computeIfAbsent(at, x -> {
            Version v = x.equals(module) ? null : chosen.get(x);
            if (v != null) {
                LibraryModule m = g.modules.get(x);
                Optional<List<dev.alexandria.api.model.ModuleRequirement>> released = requiresAt.requires(m, v);
                if (released.isPresent()) {
                    usedReleased[0] = true;
                    String file = dev.alexandria.core.internal.versioning.DefaultModuleVersions.tagName(m.id(), v)
                            + ":.alexandria.yaml";
                    List<DependencyEdge> edges = new ArrayList<>();
                    for (var r : released.get()) {
                        if (g.modules.containsKey(r.module())) {
                            edges.add(new DependencyEdge(x, r.module(), DependencyEdge.Kind.REQUIRES, r.constraint(),
                                    r.exemption(), "", dev.alexandria.api.model.SourceLocation.of(file)));
                        }
                    }
                    return edges;
                }
            }
            return g.out(x).stream().filter(e -> e.kind() == DependencyEdge.Kind.REQUIRES).toList();
        });
        Map<ModuleId, DependencyEdge> via = new java.util.HashMap<>();
        java.util.ArrayDeque<ModuleId> todo = new java.util.ArrayDeque<>();
        todo.add(module);
        Set<ModuleId> scope = new java.util.LinkedHashSet<>();
        scope.add(module);
        Map<ModuleId, List<DependencyEdge>> into = new java.util.HashMap<>();
        while (!todo.isEmpty()) {
            ModuleId at = todo.poll();
            for (DependencyEdge e : requires.apply(at)) {
                into.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
                if (scope.add(e.to())) {
                    via.put(e.to(), e);
                    todo.add(e.to());
                }
            }
        }
        Set<ModuleId> reach = new java.util.HashSet<>(scope);
        reach.remove(module);
        Map<ModuleId, Version> selected = new LinkedHashMap<>();
        List<VersionConflict> conflicts = new ArrayList<>();
        for (ModuleId target : g.inDeployOrder(reach)) {
            List<DependencyEdge> edges = new ArrayList<>(into.getOrDefault(target, List.of()));
            edges.sort(java.util.Comparator.comparing((DependencyEdge e) -> e.from().value()));
            List<VersionConstraint> constraints = edges.stream().map(DependencyEdge::constraint).toList();
            List<Version> candidates = VersionResolver.candidates(g.modules.get(target));
            Optional<Version> v = VersionResolver.choose(candidates, constraints);
            if (v.isPresent()) {
                selected.put(target, v.get());
                continue;
            }
            List<ConstraintChain> chains = new ArrayList<>();
            for (DependencyEdge e : edges) {
                List<DependencyEdge> path = new ArrayList<>();
                for (ModuleId x = e.from(); !x.equals(module); x = via.get(x).from()) {
                    path.add(0, via.get(x));
                }
                path.add(e);
                chains.add(VersionResolver.chain(path));
            }
            conflicts.add(VersionResolver.conflict(target, candidates, chains));
        }
        return new Round(selected, conflicts, usedReleased[0]);
    }

    /** One module's view. */
    private static final class Dependencies implements ModuleDependencies {

        private final GraphModel g;
        private final ModuleId module;
        /** The library root, whose git tags hold the released versions' requires. */
        private final Path root;

        Dependencies(GraphModel g, ModuleId module, Path root) {
            this.g = g;
            this.module = module;
            this.root = root;
        }

        @Override
        public ModuleId module() {
            return module;
        }

        @Override
        public List<DependencyEdge> direct() {
            return g.out(module);
        }

        @Override
        public List<DependencyEdge> directDependents() {
            return g.in(module);
        }

        @Override
        public List<ModuleId> transitive() {
            return g.reachableInDeployOrder(module, false, null);
        }

        @Override
        public List<ModuleId> dependents() {
            return g.reachableInDeployOrder(module, true, null);
        }

        @Override
        public Resolution resolve() {
            try (dev.alexandria.core.internal.versioning.TaggedRequires tagged =
                         new dev.alexandria.core.internal.versioning.TaggedRequires(root)) {
                return LibraryGraph.resolve(g, module, RequiresAt.of(tagged::requires, tagged::hasReleaseTags));
            }
        }

        @Override
        public BumpImpact impact(Version to) {
            Objects.requireNonNull(to, "to");
            List<DependencyEdge> broken = new ArrayList<>();
            List<DependencyEdge> unaffected = new ArrayList<>();
            for (DependencyEdge e : g.in(module)) {
                (e.constraint().isAny() || e.constraint().allows(to) ? unaffected : broken).add(e);
            }
            return new BumpImpact(module, g.modules.get(module).version(), to, broken, unaffected, dependents());
        }

        @Override
        public BumpImpact impact(Bump bump) {
            Objects.requireNonNull(bump, "bump");
            return impact(bump.apply(g.modules.get(module).version()));
        }

        @Override
        public String toString() {
            return "ModuleDependencies{" + module + ", direct=" + direct() + "}";
        }
    }

    static LibraryModule module(GraphModel g, ModuleId id) {
        return g.modules.get(id);
    }
}
