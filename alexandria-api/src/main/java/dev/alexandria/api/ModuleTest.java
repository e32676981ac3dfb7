package dev.alexandria.api;

import dev.alexandria.api.model.InterfaceCoverage;
import dev.alexandria.api.model.TestReport;

/**
 * Runs a module's tests ({@code tests/unit}, and {@code tests/integration} when asked, since those create real
 * infrastructure) through the {@code TestRunner} providers, and measures its interface coverage statically.
 *
 * <p>A builder: mutable and single-threaded; {@link #run()} leaves it unchanged.
 *
 * <pre>{@code
 * TestReport report = lib.test("vpc-standard").integration(false).run();
 * double covered = lib.test("vpc-standard").coverage().share();
 * }</pre>
 *
 * @since 0.4.0
 */
public interface ModuleTest {

    /**
     * Whether to run {@code tests/integration} too. Defaults to false: integration tests create real
     * infrastructure.
     *
     * @param on whether to run them
     * @return this builder
     */
    ModuleTest integration(boolean on);

    /**
     * Whether to record the result in {@code _catalog/test-results/<module>.yaml} for the maturity criteria.
     * Defaults to true.
     *
     * @param on whether to record it
     * @return this builder
     */
    ModuleTest record(boolean on);

    /**
     * Runs the tests. A suite no runner can run is skipped with the reason, never passed.
     *
     * @return the report
     * @throws AlexandriaException if a test file cannot be read or the record cannot be written
     */
    TestReport run();

    /**
     * Measures the interface coverage only, without running anything.
     *
     * @return the coverage
     * @throws ModuleHclException if a test file or the module's HCL cannot be parsed
     */
    InterfaceCoverage coverage();
}
