package dev.alexandria.api.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Promotion evidence that cannot be measured from files, as declared in the {@code evidence:} block of
 * {@code .alexandria.yaml}. Every item is optional: an absent item is "not declared", which is different
 * from zero.
 *
 * @param productionTeams  teams using the module in production
 * @param criticalBugs     open critical bugs
 * @param criticalBugs90d  critical bugs in the last 90 days
 * @param caseStudies      published case studies
 * @param benchmarks       whether performance benchmarks exist and are met
 * @param documentation    whether the documentation is complete
 * @param apiComplete      whether the API design is complete
 * @param communityUsage   whether there is active community usage
 * @since 0.1.0
 */
public record Evidence(
        OptionalInt productionTeams,
        OptionalInt criticalBugs,
        OptionalInt criticalBugs90d,
        OptionalInt caseStudies,
        Optional<Boolean> benchmarks,
        Optional<Boolean> documentation,
        Optional<Boolean> apiComplete,
        Optional<Boolean> communityUsage) {

    private static final Evidence NONE = new Evidence(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Validates the components.
     *
     * @param productionTeams teams using the module in production
     * @param criticalBugs open critical bugs
     * @param criticalBugs90d critical bugs in the last 90 days
     * @param caseStudies published case studies
     * @param benchmarks whether performance benchmarks exist and are met
     * @param documentation whether the documentation is complete
     * @param apiComplete whether the API design is complete
     * @param communityUsage whether there is active community usage
     * @throws IllegalArgumentException if a count is negative
     */
    public Evidence {
        nonNegative(productionTeams, "productionTeams");
        nonNegative(criticalBugs, "criticalBugs");
        nonNegative(criticalBugs90d, "criticalBugs90d");
        nonNegative(caseStudies, "caseStudies");
        Checks.optional(benchmarks, "benchmarks");
        Checks.optional(documentation, "documentation");
        Checks.optional(apiComplete, "apiComplete");
        Checks.optional(communityUsage, "communityUsage");
    }

    /** @return evidence with nothing declared */
    public static Evidence none() {
        return NONE;
    }

    /** @return whether nothing is declared */
    public boolean isEmpty() {
        return equals(NONE);
    }

    private static void nonNegative(OptionalInt value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        if (value.isPresent() && value.getAsInt() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.getAsInt());
        }
    }
}
