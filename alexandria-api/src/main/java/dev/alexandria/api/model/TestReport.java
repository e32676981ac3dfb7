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
 * @param commit   the commit of the library's HEAD, if it is in git, abbreviated ({@link CommitIds#SHORT_LENGTH}
 *                 hexadecimal digits, as every short commit is shown, and as the record in
 *                 {@code _catalog/test-results/} and the maturity criteria read it); with {@code +changes}
 *                 when the module folder had uncommitted changes
 * @param suites   every suite's result
 * @param coverage the interface coverage
 * @param recorded where the result was recorded, relative to the library root, if it was
 * @param commitId the full id of that commit (40 hexadecimal digits), if it is known; never with {@code +changes}
 *                 ({@link #uncommittedChanges()} says that)
 * @since 0.4.0
 */
public record TestReport(ModuleId module, LocalDate date, Optional<String> commit, List<TestSuiteResult> suites,
                         InterfaceCoverage coverage, Optional<String> recorded, Optional<String> commitId) {

    /** The suffix of {@link #commit()} when the module folder had uncommitted changes. */
    public static final String CHANGES = "+changes";

    /**
     * Checks and copies the components.
     *
     * @param module   the module
     * @param date     the day
     * @param commit   the commit, if known
     * @param suites   every suite's result
     * @param coverage the interface coverage
     * @param recorded where the result was recorded, if it was
     * @param commitId the full commit id, if known
     * @throws IllegalArgumentException if {@code commitId} is not 40 hexadecimal digits
     */
    public TestReport {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(date, "date");
        Checks.optional(commit, "commit");
        suites = Checks.list(suites, "suites");
        Objects.requireNonNull(coverage, "coverage");
        Checks.optional(recorded, "recorded");
        Checks.optional(commitId, "commitId");
        if (commitId.isPresent() && !commitId.get().matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("commitId must be 40 hexadecimal digits: " + commitId.get());
        }
    }

    /**
     * A report without the full commit id.
     *
     * @param module   the module
     * @param date     the day
     * @param commit   the commit, if known
     * @param suites   every suite's result
     * @param coverage the interface coverage
     * @param recorded where the result was recorded, if it was
     */
    public TestReport(ModuleId module, LocalDate date, Optional<String> commit, List<TestSuiteResult> suites,
                      InterfaceCoverage coverage, Optional<String> recorded) {
        this(module, date, commit, suites, coverage, recorded, Optional.empty());
    }

    /** @return whether the module folder had uncommitted changes when the tests ran ({@link #CHANGES}) */
    public boolean uncommittedChanges() {
        return commit.filter(c -> c.endsWith(CHANGES)).isPresent();
    }

    /** @return whether a suite failed */
    public boolean failed() {
        return suites.stream().anyMatch(s -> s.outcome() == TestOutcome.FAILED);
    }
}
