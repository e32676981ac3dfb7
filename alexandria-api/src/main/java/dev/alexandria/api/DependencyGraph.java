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
     * modules of a cycle, which have no such order, come last, by layer and id.
     *
     * @return every module once
     */
    List<ModuleId> deployOrder();

    /**
     * Checks the whole graph: every cycle (one finding per strongly connected group of modules, with a path
     * around it), every layer-rule violation, deprecated or archived dependencies, every declared dependency
     * no registered version satisfies, every provider conflict of a module's call tree, and relative-path calls
     * whose working-tree version the declared constraint refuses; warns of calls not declared in
     * {@code requires} and notes declared dependencies without a call.
     *
     * @return the findings and the exempted edges
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
