package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of one test suite of a module ({@code unit}: {@code tests/unit}, {@code integration}:
 * {@code tests/integration}) through one runner. A suite that could not run is {@link TestOutcome#SKIPPED} with
 * the reason, never passed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param suite   {@code unit} or {@code integration}
 * @param runner  the runner's name, such as {@code alexandria-terraform}; {@code none} when no runner could run it
 * @param outcome how it ended
 * @param reason  why it was skipped or failed as a whole, possibly empty
 * @param cases   the test runs, possibly empty
 * @since 0.4.0
 */
public record TestSuiteResult(String suite, String runner, TestOutcome outcome, String reason,
                              List<TestCaseResult> cases) {

    /**
     * Checks and copies the components.
     *
     * @param suite   the suite
     * @param runner  the runner's name
     * @param outcome how it ended
     * @param reason  why it was skipped or failed, possibly empty
     * @param cases   the test runs
     * @throws IllegalArgumentException if a skipped suite has no reason
     */
    public TestSuiteResult {
        Checks.notBlank(suite, "suite");
        Checks.notBlank(runner, "runner");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        cases = Checks.list(cases, "cases");
        if (outcome == TestOutcome.SKIPPED && reason.isBlank()) {
            throw new IllegalArgumentException("a skipped suite needs the reason it was skipped");
        }
    }

    /**
     * @param suite  the suite
     * @param runner the runner's name
     * @param reason why it was not run
     * @return a skipped suite
     */
    public static TestSuiteResult skipped(String suite, String runner, String reason) {
        return new TestSuiteResult(suite, runner, TestOutcome.SKIPPED, reason, List.of());
    }

    /** @return the number of runs that passed */
    public long passed() {
        return cases.stream().filter(c -> c.outcome() == TestOutcome.PASSED).count();
    }

    /** @return the number of runs that failed */
    public long failed() {
        return cases.stream().filter(c -> c.outcome() == TestOutcome.FAILED).count();
    }
}
