package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code test} found for a module: each suite's result and the interface coverage, with the date and the
 * git commit the tests ran on (recorded so the maturity criteria "unit tests pass" and "integration tests" read
 * them).
 *
 * <p>Immutable and thread-safe.
 *
 * @param module   the module
 * @param date     the day the tests ran
 * @param commit   the commit of the library's HEAD, if it is in git; with {@code +changes} when the module folder
 *                 had uncommitted changes
 * @param suites   every suite's result
 * @param coverage the interface coverage
 * @param recorded where the result was recorded, relative to the library root, if it was
 * @since 0.4.0
 */
public record TestReport(ModuleId module, LocalDate date, Optional<String> commit, List<TestSuiteResult> suites,
                         InterfaceCoverage coverage, Optional<String> recorded) {

    /**
     * Checks and copies the components.
     *
     * @param module   the module
     * @param date     the day
     * @param commit   the commit, if known
     * @param suites   every suite's result
     * @param coverage the interface coverage
     * @param recorded where the result was recorded, if it was
     */
    public TestReport {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(date, "date");
        Checks.optional(commit, "commit");
        suites = Checks.list(suites, "suites");
        Objects.requireNonNull(coverage, "coverage");
        Checks.optional(recorded, "recorded");
    }

    /** @return whether a suite failed */
    public boolean failed() {
        return suites.stream().anyMatch(s -> s.outcome() == TestOutcome.FAILED);
    }
}
