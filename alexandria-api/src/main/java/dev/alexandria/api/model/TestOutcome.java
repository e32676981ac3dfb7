package dev.alexandria.api.model;

/**
 * How a test suite or test run ended.
 *
 * @since 0.4.0
 */
public enum TestOutcome {
    /** Every test passed. */
    PASSED,
    /** At least one test failed or errored. */
    FAILED,
    /** Not run, with the reason (no runner installed, {@code terraform init} failed, integration not asked for). */
    SKIPPED;

    /** @return the lower-case name, {@code passed} */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
