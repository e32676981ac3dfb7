package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;

/**
 * A path of dependencies from one module to another, with the constraint each step places, as a version
 * conflict is explained: {@code web-app-ecs → ecs-fargate (~> 2.0) → vpc-standard (>= 3.0)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the module the path starts from
 * @param steps each dependency along the path, in order; not empty
 * @since 0.2.0
 */
public record ConstraintChain(ModuleId start, List<Step> steps) {

    /**
     * Validates and copies.
     *
     * @param start the module the path starts from
     * @param steps each dependency along the path; not empty
     * @throws IllegalArgumentException if there are no steps
     */
    public ConstraintChain {
        Objects.requireNonNull(start, "start");
        steps = Checks.list(steps, "steps");
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one step");
        }
    }

    /** @return the module at the end of the path */
    public ModuleId end() {
        return steps.get(steps.size() - 1).module();
    }

    /** @return the constraint of the last step: the one the chain places on {@link #end()} */
    public VersionConstraint constraint() {
        return steps.get(steps.size() - 1).constraint();
    }

    /** @return {@code a → b (~> 2.0) → c (>= 3.0)}; a step without a constraint shows no parentheses */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(start.value());
        for (Step s : steps) {
            sb.append(" → ").append(s);
        }
        return sb.toString();
    }

    /**
     * One step of a chain: the module depended on and the constraint placed on it.
     *
     * @param module     the module depended on
     * @param constraint the versions accepted
     * @since 0.2.0
     */
    public record Step(ModuleId module, VersionConstraint constraint) {

        /**
         * Validates the components.
         *
         * @param module     the module depended on
         * @param constraint the versions accepted
         */
        public Step {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(constraint, "constraint");
        }

        /** @return {@code module (constraint)}, or the module alone when any version is accepted */
        @Override
        public String toString() {
            return constraint.isAny() ? module.value() : module.value() + " (" + constraint.text() + ")";
        }
    }
}
