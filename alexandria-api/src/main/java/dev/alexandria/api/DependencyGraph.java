package dev.alexandria.api;

import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.GraphCheck;
import dev.alexandria.api.model.ModuleId;
import java.util.List;

/**
 * The dependency graph of a library: an edge for every declared {@code requires} entry and for every
 * {@code module} block whose {@code source} is a module of the library (a relative path, a git source with
 * {@code ref=<id>/v<version>}, or a registry source matching a {@code graph.registry_sources} pattern of
 * {@code _catalog/settings.yaml}). Calls to sources that are not modules of the library are not edges.
 *
 * <pre>{@code
 * DependencyGraph graph = lib.graph();
 * GraphCheck check = graph.check();                    // cycles, layer rule, conflicts ...
 * List<ModuleId> order = graph.deployOrder();          // every module after its dependencies
 * Resolution r = graph.of("web-app-ecs").resolve();    // = lib.dependencies("web-app-ecs").resolve()
 * }</pre>
 *
 * <p>Built on first use from the library snapshot (module calls need each module's HCL, which is inspected
 * then) and immutable afterwards; thread-safe.
 *
 * @since 0.2.0
 */
public interface DependencyGraph {

    /** @return every edge, by dependent id, then declared before called, then target id */
    List<DependencyEdge> edges();

    /**
     * The whole library in deploy order: every module after all of its dependencies (cross-cutting ones
     * included); among modules ready at the same time, the lower layer first, then by id. Deterministic. The
     * modules of a cycle have no such order: each group of them ({@link #cyclicGroups()}) is placed where its
     * lowest member would go, by layer and id, so with a cycle this is not a valid deploy order.
     *
     * @return every module once
     */
    List<ModuleId> deployOrder();

    /**
     * The groups of modules that depend on each other (the strongly connected components with a cycle): when
     * there is one, {@link #deployOrder()} is no valid deploy order.
     *
     * @return each group's modules by layer and id, the groups by their lowest module; empty without a cycle
     * @since 0.3.0
     */
    List<List<ModuleId>> cyclicGroups();

    /**
     * Checks the whole graph: every cycle (one finding per elementary cycle, with its full path; a group of
     * modules with more than 100 cycles lists 100 and counts the rest), every layer-rule violation, deprecated
     * or archived dependencies, every declared dependency no registered version satisfies, every provider
     * conflict of a module's call tree (at the lines of both constraints), relative-path calls whose
     * working-tree version the declared constraint refuses, git calls whose ref is not a release tag of the
     * library (outside git, one note that they cannot be checked), and the HCL errors that can hide a call;
     * warns of calls not declared in {@code requires}; keeps the declared dependencies without a call apart
     * ({@link GraphCheck#uncalledRequirements()}).
     *
     * @return the findings, the exempted edges and the uncalled requirements
     */
    GraphCheck check();

    /**
     * The dependencies of one module.
     *
     * @param idOrPath a module id or its path below {@code _library}
     * @return the module's view of the graph
     * @throws ModuleNotFoundException if there is no such module
     */
    ModuleDependencies of(String idOrPath);
}
