package dev.alexandria.api;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.BumpImpact;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Resolution;
import dev.alexandria.api.model.Version;
import java.util.List;

/**
 * One module's part of the dependency graph: what it depends on, what depends on it, its resolution and the
 * impact of a new version of it.
 *
 * <pre>{@code
 * ModuleDependencies deps = lib.dependencies("vpc-standard");
 * deps.dependents();                          // who uses me, transitively
 * deps.impact(Bump.MAJOR).broken();           // whose constraints a 3.0.0 would break
 * lib.dependencies("web-app-ecs").resolve().deployOrder();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public interface ModuleDependencies {

    /** @return the module */
    ModuleId module();

    /** @return the edges out of the module (declared, then called), by target id */
    List<DependencyEdge> direct();

    /** @return the edges into the module, by dependent id */
    List<DependencyEdge> directDependents();

    /**
     * The transitive closure: every module this one depends on, directly or not, through declared and called
     * edges.
     *
     * @return the dependencies in deploy order, without the module itself
     */
    List<ModuleId> transitive();

    /**
     * The reverse dependencies: every module that depends on this one, directly or not.
     *
     * @return the dependents in deploy order, without the module itself
     */
    List<ModuleId> dependents();

    /**
     * Resolves the module's dependencies with Terraform's semantics (see {@link Resolution}). The module is its
     * working tree; what a dependency's chosen version requires in turn is what that version declared when it was
     * released (its {@code .alexandria.yaml} at the tag {@code <module>/v<version>}, read from git), else — no
     * git, no tag — its working tree's.
     *
     * @return the resolution; conflicts are data, never exceptions
     */
    Resolution resolve();

    /**
     * Which dependents' constraints a new version would break.
     *
     * @param to the new version
     * @return the impact
     */
    BumpImpact impact(Version to);

    /**
     * Which dependents' constraints the next version would break.
     *
     * @param bump the bump required (as an interface diff reports it)
     * @return the impact of {@code bump.apply(current version)}
     */
    BumpImpact impact(Bump bump);
}
