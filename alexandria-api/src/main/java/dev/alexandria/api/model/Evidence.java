package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Promotion evidence that cannot be measured from files, as declared in the {@code evidence:} block of
 * {@code .alexandria.yaml}. Every item is optional: an absent item is "not declared", which is different
 * from zero. Build one with {@link #builder()}, which sets only the items that are declared:
 *
 * <pre>{@code
 * Evidence evidence = Evidence.builder().productionTeams(4).criticalBugs(0).benchmarks(true).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param productionTeams  teams using the module in production
 * @param criticalBugs     open critical bugs
 * @param criticalBugs90d  critical bugs in the last 90 days
 * @param caseStudies      published case studies
 * @param benchmarks       whether performance benchmarks exist and are met
 * @param documentation    whether the documentation is complete
 * @param apiComplete      whether the API design is complete
 * @param communityUsage   whether there is active community usage
 * @param criticalBugDates the days critical bugs were reported, oldest first (a day may repeat); with them, "critical
 *                         bugs in the last N days" is counted from the dates as of the day it is judged, not read
 *                         from a count that goes stale; empty when not declared
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
        Optional<Boolean> communityUsage,
        List<LocalDate> criticalBugDates) {

    private static final Evidence NONE = new Evidence(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    /**
     * Evidence without critical-bug dates.
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
     * @since 0.3.0
     */
    public Evidence(OptionalInt productionTeams, OptionalInt criticalBugs, OptionalInt criticalBugs90d,
                    OptionalInt caseStudies, Optional<Boolean> benchmarks, Optional<Boolean> documentation,
                    Optional<Boolean> apiComplete, Optional<Boolean> communityUsage) {
        this(productionTeams, criticalBugs, criticalBugs90d, caseStudies, benchmarks, documentation, apiComplete,
                communityUsage, List.of());
    }

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
     * @param criticalBugDates the days critical bugs were reported; copied and sorted, oldest first
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
        Objects.requireNonNull(criticalBugDates, "criticalBugDates");
        criticalBugDates = criticalBugDates.stream().map(d -> Objects.requireNonNull(d, "criticalBugDates contains "
                + "null")).sorted().toList();
    }

    /**
     * The critical bugs reported in the days up to a day, counted from {@link #criticalBugDates()}.
     *
     * @param days  how many days back, counting {@code asOf} itself as the last
     * @param asOf  the day
     * @return the number of dates in {@code (asOf - days, asOf]}
     */
    public int criticalBugsInLast(int days, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate after = asOf.minusDays(days);
        return (int) criticalBugDates.stream().filter(d -> d.isAfter(after) && !d.isAfter(asOf)).count();
    }

    /** @return evidence with nothing declared */
    public static Evidence none() {
        return NONE;
    }

    /** @return whether nothing is declared */
    public boolean isEmpty() {
        // Item by item, not equals(NONE): a record's equals is bootstrapped on its first call (method handles
        // made at run time), which costs more than the whole check on a command's cold path.
        return productionTeams.isEmpty() && criticalBugs.isEmpty() && criticalBugs90d.isEmpty()
                && caseStudies.isEmpty() && benchmarks.isEmpty() && documentation.isEmpty() && apiComplete.isEmpty()
                && communityUsage.isEmpty() && criticalBugDates.isEmpty();
    }

    private static void nonNegative(OptionalInt value, String name) {
        if (value == null) {
            throw new NullPointerException(name);
        }
        if (value.isPresent() && value.getAsInt() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.getAsInt());
        }
    }

    /**
     * A builder with nothing declared.
     *
     * @return a new builder
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link Evidence}. Every item defaults to "not declared"; a count is checked when it is set.
     *
     * <p>Mutable and not thread-safe; {@link #build()} leaves the builder unchanged.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private OptionalInt productionTeams = OptionalInt.empty();
        private OptionalInt criticalBugs = OptionalInt.empty();
        private OptionalInt criticalBugs90d = OptionalInt.empty();
        private OptionalInt caseStudies = OptionalInt.empty();
        private Optional<Boolean> benchmarks = Optional.empty();
        private Optional<Boolean> documentation = Optional.empty();
        private Optional<Boolean> apiComplete = Optional.empty();
        private Optional<Boolean> communityUsage = Optional.empty();
        private List<LocalDate> criticalBugDates = List.of();

        private Builder() {
        }

        /**
         * Declares the number of teams using the module in production. Defaults to not declared.
         *
         * @param productionTeams the count, not negative
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder productionTeams(int productionTeams) {
            this.productionTeams = count(productionTeams, "productionTeams");
            return this;
        }

        /**
         * Declares the number of open critical bugs. Defaults to not declared.
         *
         * @param criticalBugs the count, not negative
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder criticalBugs(int criticalBugs) {
            this.criticalBugs = count(criticalBugs, "criticalBugs");
            return this;
        }

        /**
         * Declares the number of critical bugs in the last 90 days. Defaults to not declared.
         *
         * @param criticalBugs90d the count, not negative
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder criticalBugs90d(int criticalBugs90d) {
            this.criticalBugs90d = count(criticalBugs90d, "criticalBugs90d");
            return this;
        }

        /**
         * Declares the number of published case studies. Defaults to not declared.
         *
         * @param caseStudies the count, not negative
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder caseStudies(int caseStudies) {
            this.caseStudies = count(caseStudies, "caseStudies");
            return this;
        }

        /**
         * Declares whether performance benchmarks exist and are met. Defaults to not declared.
         *
         * @param benchmarks whether they exist and are met
         * @return this builder
         */
        public Builder benchmarks(boolean benchmarks) {
            this.benchmarks = Optional.of(benchmarks);
            return this;
        }

        /**
         * Declares whether the documentation is complete. Defaults to not declared.
         *
         * @param documentation whether it is complete
         * @return this builder
         */
        public Builder documentation(boolean documentation) {
            this.documentation = Optional.of(documentation);
            return this;
        }

        /**
         * Declares whether the API design is complete. Defaults to not declared.
         *
         * @param apiComplete whether it is complete
         * @return this builder
         */
        public Builder apiComplete(boolean apiComplete) {
            this.apiComplete = Optional.of(apiComplete);
            return this;
        }

        /**
         * Declares whether there is active community usage. Defaults to not declared.
         *
         * @param communityUsage whether there is
         * @return this builder
         */
        public Builder communityUsage(boolean communityUsage) {
            this.communityUsage = Optional.of(communityUsage);
            return this;
        }

        /**
         * Declares the days critical bugs were reported. Defaults to none declared.
         *
         * @param criticalBugDates the days, in any order
         * @return this builder
         * @since 0.3.0
         */
        public Builder criticalBugDates(List<LocalDate> criticalBugDates) {
            this.criticalBugDates = List.copyOf(Objects.requireNonNull(criticalBugDates, "criticalBugDates"));
            return this;
        }

        /** @return the evidence declared so far */
        public Evidence build() {
            return new Evidence(productionTeams, criticalBugs, criticalBugs90d, caseStudies, benchmarks,
                    documentation, apiComplete, communityUsage, criticalBugDates);
        }

        /** @return the items declared so far, such as {@code Evidence.Builder{productionTeams=4}} */
        @Override
        public String toString() {
            return Checks.describe("Evidence.Builder", "productionTeams", present(productionTeams), "criticalBugs",
                    present(criticalBugs), "criticalBugs90d", present(criticalBugs90d), "caseStudies",
                    present(caseStudies), "benchmarks", benchmarks.orElse(null), "documentation",
                    documentation.orElse(null), "apiComplete", apiComplete.orElse(null), "communityUsage",
                    communityUsage.orElse(null), "criticalBugDates", criticalBugDates.isEmpty() ? null
                            : criticalBugDates);
        }

        private static Integer present(OptionalInt value) {
            return value.isPresent() ? value.getAsInt() : null;
        }

        private static OptionalInt count(int value, String name) {
            if (value < 0) {
                throw new IllegalArgumentException(name + " must not be negative: " + value);
            }
            return OptionalInt.of(value);
        }
    }
}
