package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Declared {@code requires} that no registered version of a module satisfies together, each with the path
 * of dependencies that places it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module     the module no version of which satisfies every constraint
 * @param chains     every path to the module with its constraint, at least one; when two are given, they
 *                   disagree with each other
 * @param candidates the versions considered (registered, or the working-tree version of a module without
 *                   registered versions), highest first
 * @since 0.2.0
 */
public record VersionConflict(ModuleId module, List<ConstraintChain> chains, List<Version> candidates) {

    /**
     * Validates and copies.
     *
     * @param module     the module
     * @param chains     the paths with their constraints, at least one
     * @param candidates the versions considered, highest first
     * @throws IllegalArgumentException if there is no chain
     */
    public VersionConflict {
        Objects.requireNonNull(module, "module");
        chains = Checks.list(chains, "chains");
        candidates = Checks.list(candidates, "candidates");
        if (chains.isEmpty()) {
            throw new IllegalArgumentException("a conflict needs at least one chain");
        }
    }

    /**
     * @return {@code no version of vpc-standard satisfies every constraint: a → b (~> 2.0) → vpc-standard (>= 3.0)
     *         vs a → c → vpc-standard (~> 2.1)}, or for one chain {@code no registered version of vpc-standard
     *         (2.1.0, 2.0.0) satisfies a → vpc-standard (>= 3.0)}
     */
    public String explanation() {
        String versions = candidates.isEmpty() ? "none" : candidates.stream().map(Version::toString)
                .collect(Collectors.joining(", "));
        if (chains.size() == 1) {
            return "no registered version of " + module + " (" + versions + ") satisfies " + chains.get(0);
        }
        return "no registered version of " + module + " (" + versions + ") satisfies every constraint: "
                + chains.stream().map(ConstraintChain::toString).collect(Collectors.joining(" vs "));
    }

    @Override
    public String toString() {
        return explanation();
    }
}
