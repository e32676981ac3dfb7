package dev.alexandria.api;

import dev.alexandria.api.model.CriterionCheck;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of asking for a change of maturity level: either {@link Ready} with a plan to apply, or
 * {@link Refused} with every reason (each unmet criterion with the evidence found and what would meet it, and
 * any rule of the state machine broken). Unmet criteria are an ordinary outcome, not an exception.
 *
 * <pre>{@code
 * PromotionResult r = lib.lifecycle("eks-standard").promote(MaturityLevel.STABLE);
 * if (r instanceof PromotionResult.Refused refused) {
 *     List<CriterionCheck> toDo = refused.unmet();   // each with the evidence found and what would meet it
 * } else {
 *     r.plan().orElseThrow().apply();
 * }
 * }</pre>
 *
 * <p>Java 17 has no exhaustive switch over sealed types, so the accessors here serve every caller.
 *
 * @since 0.3.0
 */
public sealed interface PromotionResult permits PromotionResult.Ready, PromotionResult.Refused {

    /** @return the module */
    ModuleId module();

    /** @return its level now */
    MaturityLevel from();

    /** @return the level asked for */
    MaturityLevel to();

    /** @return every criterion of the promotion, evaluated, in the order of {@code maturity-levels.yaml} */
    List<CriterionCheck> checklist();

    /** @return whether the change can be applied */
    boolean isReady();

    /** @return the plan, for a ready result */
    Optional<LifecyclePlan> plan();

    /**
     * @return every reason for a refusal, one line each: the state machine's rule, the version rule, and each
     *         unmet criterion with the evidence found and what would meet it; empty when ready
     */
    List<String> reasons();

    /** @return the criteria not met */
    default List<CriterionCheck> unmet() {
        return checklist().stream().filter(c -> !c.met()).toList();
    }

    /**
     * The change can be made: every criterion is met and the state machine allows it.
     *
     * @param module    the module
     * @param from      its level now
     * @param to        the level asked for
     * @param checklist every criterion, evaluated (all met)
     * @param lifecyclePlan the plan to print or apply
     * @since 0.3.0
     */
    record Ready(ModuleId module, MaturityLevel from, MaturityLevel to, List<CriterionCheck> checklist,
                 LifecyclePlan lifecyclePlan) implements PromotionResult {

        /**
         * Checks and copies the components.
         *
         * @param module    the module
         * @param from      its level now
         * @param to        the level asked for
         * @param checklist every criterion, evaluated
         * @param lifecyclePlan the plan
         */
        public Ready {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            checklist = List.copyOf(checklist);
            Objects.requireNonNull(lifecyclePlan, "lifecyclePlan");
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public Optional<LifecyclePlan> plan() {
            return Optional.of(lifecyclePlan);
        }

        @Override
        public List<String> reasons() {
            return List.of();
        }

        /** @return {@code Ready{vpc-standard beta → stable, 5 criteria met}} */
        @Override
        public String toString() {
            return "Ready{" + module + " " + from + " → " + to + ", " + checklist.size() + " criteria met}";
        }
    }

    /**
     * The change is refused.
     *
     * @param module    the module
     * @param from      its level now
     * @param to        the level asked for
     * @param checklist every criterion, evaluated
     * @param reasons   every reason, at least one, each with what would fix it
     * @since 0.3.0
     */
    record Refused(ModuleId module, MaturityLevel from, MaturityLevel to, List<CriterionCheck> checklist,
                   List<String> reasons) implements PromotionResult {

        /**
         * Checks and copies the components.
         *
         * @param module    the module
         * @param from      its level now
         * @param to        the level asked for
         * @param checklist every criterion, evaluated
         * @param reasons   every reason, at least one
         */
        public Refused {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            checklist = List.copyOf(checklist);
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs a reason");
            }
        }

        @Override
        public boolean isReady() {
            return false;
        }

        @Override
        public Optional<LifecyclePlan> plan() {
            return Optional.empty();
        }

        /** @return the summary line and the reasons, one per line, as the CLI prints them */
        public String message() {
            StringBuilder sb = new StringBuilder("refusing to move ").append(module).append(" from ").append(from)
                    .append(" to ").append(to).append(':');
            reasons.forEach(r -> sb.append('\n').append(r));
            return sb.toString();
        }

        /** @return {@code Refused{vpc-standard beta → stable, 2 reasons}} */
        @Override
        public String toString() {
            return "Refused{" + module + " " + from + " → " + to + ", " + Plurals.count(reasons.size(), "reason")
                    + "}";
        }
    }
}
