package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One edge of a library's dependency graph: a module that depends on another, either because its
 * {@code .alexandria.yaml} declares it ({@link Kind#REQUIRES}) or because its HCL calls it in a {@code module}
 * block ({@link Kind#CALL}). A module that both declares and calls another has one edge of each kind.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from       the dependent module
 * @param to         the module it depends on
 * @param kind       where the edge comes from
 * @param constraint the versions accepted: the {@code requires[].version} of a declared edge, the
 *                   {@code version} argument of a registry call, {@code = <version>} for a git call with a
 *                   {@code ref=<id>/v<version>}; {@link VersionConstraint#any()} for a relative-path call,
 *                   which uses the working tree
 * @param exemption  the layer-rule exemption of a declared edge, if any (never on a call)
 * @param source     the {@code source} of a call as written; empty for a declared edge
 * @param location   the {@code requires} entry or the {@code module} block
 * @since 0.2.0
 */
public record DependencyEdge(ModuleId from, ModuleId to, Kind kind, VersionConstraint constraint,
                             Optional<ModuleRequirement.Exemption> exemption, String source,
                             SourceLocation location) {

    /**
     * Validates the components.
     *
     * @param from       the dependent module
     * @param to         the module it depends on
     * @param kind       where the edge comes from
     * @param constraint the versions accepted
     * @param exemption  the layer-rule exemption, if any
     * @param source     the {@code source} of a call as written; empty for a declared edge
     * @param location   the {@code requires} entry or the {@code module} block
     * @throws IllegalArgumentException if a call carries an exemption
     */
    public DependencyEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(constraint, "constraint");
        Checks.optional(exemption, "exemption");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        if (kind == Kind.CALL && exemption.isPresent()) {
            throw new IllegalArgumentException("a module call cannot carry an exemption; declare it in requires");
        }
    }

    /** @return whether the layer rule is waived for this edge by a {@code requires[].exemption} */
    public boolean isExempt() {
        return exemption.isPresent();
    }

    /** @return {@code from -> to (constraint)}, with {@code [call]} for a module call */
    @Override
    public String toString() {
        return from + " -> " + to + (constraint.isAny() ? "" : " (" + constraint.text() + ")")
                + (kind == Kind.CALL ? " [call]" : "");
    }

    /**
     * Where a dependency comes from.
     *
     * @since 0.2.0
     */
    public enum Kind {
        /** Declared in {@code requires} of {@code .alexandria.yaml}: usually deployed separately. */
        REQUIRES,
        /** A {@code module} block of the module's HCL whose {@code source} is a module of the library. */
        CALL;

        /** @return the lower-case name ({@code requires}, {@code call}) */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
