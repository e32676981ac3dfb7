package dev.alexandria.spi.testing;

import dev.alexandria.api.model.TestSuiteResult;
import dev.alexandria.spi.Provider;
import java.util.Optional;

/**
 * Runs one test suite of a module. Found by {@link java.util.ServiceLoader} (or registered by a host); for each
 * suite Alexandria asks the runners by descending priority and the first available one runs it. When none is
 * available the suite is reported skipped with every runner's reason, never passed.
 *
 * <p>The contract:
 * <ul>
 *   <li>{@link #unavailable} MUST say why the runner cannot run a suite (its tool is not installed, the suite has
 *       no files it understands) and MUST NOT start anything.</li>
 *   <li>{@link #run} MUST return a result, never {@code null}, whose {@code suite} is the request's; it MUST report
 *       a run that could not start or finish (a failed {@code terraform init}, for instance without network) as
 *       {@link dev.alexandria.api.model.TestOutcome#SKIPPED} with the reason, never as passed; it MUST report
 *       {@code PASSED} only when at least one test ran and none failed.</li>
 *   <li>It MUST find executables through the request's environment ({@code PATH}), not the process's, and MUST
 *       NOT write outside the module folder's ignored working files ({@code .terraform/}).</li>
 *   <li>Implementations MUST be thread-safe.</li>
 * </ul>
 *
 * @since 0.4.0
 */
public interface TestRunner extends Provider {

    /** The version of this SPI: {@value}. */
    int SPI_VERSION = 1;

    /**
     * @param request the suite
     * @return why this runner cannot run it, or empty when it can
     */
    Optional<String> unavailable(TestRunRequest request);

    /**
     * Runs the suite.
     *
     * @param request the suite
     * @return its result
     */
    TestSuiteResult run(TestRunRequest request);
}
