package dev.alexandria.api.model;

import java.util.Objects;

/**
 * One test run of a suite: a {@code run} block of a {@code .tftest.hcl} file, or a Go test.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file    the test file, relative to the module folder ({@code tests/unit/defaults.tftest.hcl})
 * @param name    the run's name
 * @param outcome how it ended
 * @param message the runner's diagnostics for a failure, possibly empty
 * @since 0.4.0
 */
public record TestCaseResult(String file, String name, TestOutcome outcome, String message) {

    /**
     * Checks the components.
     *
     * @param file    the test file
     * @param name    the run's name
     * @param outcome how it ended
     * @param message diagnostics, possibly empty
     */
    public TestCaseResult {
        Objects.requireNonNull(file, "file");
        Checks.notBlank(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }
}
