package dev.alexandria.api.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of {@code _catalog/maturity-levels.yaml}: what each level means and the criteria of each
 * promotion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param levels     the level definitions, in file order
 * @param promotions the promotions, in file order
 * @since 0.1.0
 */
public record MaturityModel(List<LevelDefinition> levels, List<Promotion> promotions) {

    /**
     * Validates and copies the components.
     *
     * @param levels the level definitions, in file order
     * @param promotions the promotions, in file order
     */
    public MaturityModel {
        levels = Checks.list(levels, "levels");
        promotions = Checks.list(promotions, "promotions");
    }

    /**
     * @param level a level
     * @return its definition, if declared
     */
    public Optional<LevelDefinition> level(MaturityLevel level) {
        Objects.requireNonNull(level, "level");
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /**
     * @param from the current level
     * @param to   the target level
     * @return the promotion with its criteria, if declared
     */
    public Optional<Promotion> promotion(MaturityLevel from, MaturityLevel to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return promotions.stream().filter(p -> p.from() == from && p.to() == to).findFirst();
    }

    /**
     * A level as declared.
     *
     * @param level        the level
     * @param description  what it means
     * @param requirements what a module at this level has, in words
     * @param sla          the support level promised, if any
     * @since 0.1.0
     */
    public record LevelDefinition(MaturityLevel level, String description, List<String> requirements,
                                  Optional<String> sla) {

        /**
         * Validates and copies the components.
         *
         * @param level the level
         * @param description what it means
         * @param requirements what a module at this level has, in words
         * @param sla the support level promised, if any
         */
        public LevelDefinition {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(description, "description");
            requirements = Checks.list(requirements, "requirements");
            Checks.optional(sla, "sla");
        }
    }

    /**
     * A promotion and its criteria.
     *
     * @param from     the current level
     * @param to       the target level
     * @param criteria every criterion that must be met
     * @since 0.1.0
     */
    public record Promotion(MaturityLevel from, MaturityLevel to, List<Criterion> criteria) {

        /**
         * Validates and copies the components.
         *
         * @param from the current level
         * @param to the target level
         * @param criteria every criterion that must be met
         */
        public Promotion {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            criteria = Checks.list(criteria, "criteria");
        }
    }

    /**
     * One promotion criterion.
     *
     * @param id          the criterion id ({@code days_in_level}); see the library format for the list
     * @param description the criterion in words
     * @param threshold   the number the criterion compares with, if it has one
     * @since 0.1.0
     */
    public record Criterion(String id, String description, Optional<BigDecimal> threshold) {

        /** The criterion ids the library format defines. */
        public static final List<String> KNOWN_IDS = List.of("readme", "unit_tests", "integration_tests",
                "examples", "days_in_level", "critical_bugs", "critical_bugs_90d", "production_teams",
                "benchmarks", "case_studies", "documentation", "api_complete", "community_usage");

        /**
         * The criterion ids that count something and so take a {@code threshold} (a whole number, 0 or more);
         * the others are met or not and take none.
         *
         * @since 0.4.0
         */
        public static final List<String> COUNTED_IDS = List.of("examples", "days_in_level", "critical_bugs",
                "critical_bugs_90d", "production_teams", "case_studies");

        /**
         * Validates the components.
         *
         * @param id the criterion id ({@code days_in_level}); see the library format for the list
         * @param description the criterion in words
         * @param threshold the number the criterion compares with, if it has one
         */
        public Criterion {
            Checks.notBlank(id, "id");
            Objects.requireNonNull(description, "description");
            Checks.optional(threshold, "threshold");
        }
    }
}
