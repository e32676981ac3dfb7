package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a module stands in its lifecycle: its level, since when, where that date comes from, and the checklist
 * of the promotion to the next level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module        the module
 * @param level         its current maturity
 * @param version       its current version
 * @param since         the day it entered its level, if known
 * @param daysInLevel   whole days from {@code since} to {@code asOf}, if {@code since} is known
 * @param asOf          the day the status was evaluated
 * @param historySource where the history comes from: {@code .alexandria.yaml}, {@code module-registry.yaml},
 *                      {@code git} (recovered from the commits of {@code .alexandria.yaml}), {@code git and the
 *                      release dates of module-registry.yaml} (recovered from git, the current level's day moved
 *                      back to the earlier release of a version at that level) or {@code none}
 * @param history       the levels the module entered and when, oldest first
 * @param next          the next level up the ladder, if any
 * @param checklist     the criteria of the promotion to {@code next}, evaluated; empty without a next level
 * @param deprecation   the deprecation notice, for a deprecated or archived module
 * @param problems      what is wrong with the lifecycle data as of {@code asOf}, each at the file:line of the value
 *                      with its fix: a {@code maturity_history} that does not end with {@code maturity}, a history
 *                      or {@code critical_bug_dates} date after {@code asOf} (empty when the data is sound; the
 *                      lifecycle's writes refuse while any stands) (since 0.4.0)
 * @since 0.3.0
 */
public record MaturityStatus(ModuleId module, MaturityLevel level, Version version, Optional<LocalDate> since,
                             OptionalLong daysInLevel, LocalDate asOf, String historySource,
                             List<MaturityChange> history, Optional<MaturityLevel> next,
                             List<CriterionCheck> checklist, Optional<Deprecation> deprecation,
                             List<Finding> problems) {

    /**
     * Checks and copies the components.
     *
     * @param module        the module
     * @param level         its current maturity
     * @param version       its current version
     * @param since         the day it entered its level, if known
     * @param daysInLevel   whole days in the level, if known
     * @param asOf          the day the status was evaluated
     * @param historySource where the history comes from
     * @param history       the history, oldest first
     * @param next          the next level, if any
     * @param checklist     the next promotion's criteria, evaluated
     * @param deprecation   the deprecation notice, if any
     * @param problems      what is wrong with the lifecycle data, possibly empty
     */
    public MaturityStatus {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(version, "version");
        Checks.optional(since, "since");
        Objects.requireNonNull(daysInLevel, "daysInLevel");
        Objects.requireNonNull(asOf, "asOf");
        Checks.notBlank(historySource, "historySource");
        history = Checks.list(history, "history");
        Checks.optional(next, "next");
        checklist = Checks.list(checklist, "checklist");
        Checks.optional(deprecation, "deprecation");
        problems = Checks.list(problems, "problems");
    }

    /**
     * A status without problems (the form before 0.4.0).
     *
     * @param module        the module
     * @param level         its current maturity
     * @param version       its current version
     * @param since         the day it entered its level, if known
     * @param daysInLevel   whole days in the level, if known
     * @param asOf          the day the status was evaluated
     * @param historySource where the history comes from
     * @param history       the history, oldest first
     * @param next          the next level, if any
     * @param checklist     the next promotion's criteria, evaluated
     * @param deprecation   the deprecation notice, if any
     */
    public MaturityStatus(ModuleId module, MaturityLevel level, Version version, Optional<LocalDate> since,
                          OptionalLong daysInLevel, LocalDate asOf, String historySource,
                          List<MaturityChange> history, Optional<MaturityLevel> next,
                          List<CriterionCheck> checklist, Optional<Deprecation> deprecation) {
        this(module, level, version, since, daysInLevel, asOf, historySource, history, next, checklist, deprecation,
                List.of());
    }
}
