package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.ConstraintChain;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConflict;
import dev.alexandria.api.model.VersionConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Picks a version of a module for a set of declared constraints on it: the highest candidate that every
 * constraint allows, with Terraform's selection semantics (a pre-release only when an {@code =} names it).
 * The candidates are the registered versions; a module never registered offers its working-tree version.
 */
final class VersionResolver {

    private VersionResolver() {
    }

    /** @return the versions to choose from, highest first */
    static List<Version> candidates(LibraryModule m) {
        if (m.registryEntry().isEmpty()) {
            return List.of(m.version());
        }
        TreeSet<Version> all = new TreeSet<>(Comparator.reverseOrder());
        m.registryEntry().ifPresent(e -> {
            all.add(e.version());
            for (RegisteredVersion v : e.versions()) {
                all.add(v.version());
            }
        });
        if (all.isEmpty()) {
            all.add(m.version());
        }
        return List.copyOf(all);
    }

    /** @return the highest candidate every constraint allows */
    static Optional<Version> choose(List<Version> candidates, List<VersionConstraint> constraints) {
        for (Version v : candidates) {
            boolean all = true;
            for (int i = 0; i < constraints.size() && all; i++) {
                all = constraints.get(i).allows(v);
            }
            if (all) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * Explains why no candidate satisfies the chains: a chain no candidate satisfies on its own, else the
     * first two chains no candidate satisfies together, else all of them.
     */
    static VersionConflict conflict(ModuleId module, List<Version> candidates, List<ConstraintChain> chains) {
        for (ConstraintChain c : chains) {
            if (choose(candidates, List.of(c.constraint())).isEmpty()) {
                return new VersionConflict(module, List.of(c), candidates);
            }
        }
        for (int i = 0; i < chains.size(); i++) {
            for (int j = i + 1; j < chains.size(); j++) {
                if (choose(candidates, List.of(chains.get(i).constraint(), chains.get(j).constraint())).isEmpty()) {
                    return new VersionConflict(module, List.of(chains.get(i), chains.get(j)), candidates);
                }
            }
        }
        return new VersionConflict(module, chains, candidates);
    }

    /** A chain for a path of edges. */
    static ConstraintChain chain(List<DependencyEdge> path) {
        List<ConstraintChain.Step> steps = new ArrayList<>();
        for (DependencyEdge e : path) {
            steps.add(new ConstraintChain.Step(e.to(), e.constraint()));
        }
        return new ConstraintChain(path.get(0).from(), steps);
    }
}
