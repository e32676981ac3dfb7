package dev.alexandria.tck.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.TestOutcome;
import dev.alexandria.api.model.TestSuiteResult;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.testing.TestRunRequest;
import dev.alexandria.spi.testing.TestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The obligations of a {@link TestRunner}, as its Javadoc states them. Extend it in a few lines:
 *
 * <pre>{@code
 * class TerratestRunnerCompatibilityTest extends TestRunnerCompatibilityKit {
 *     protected TestRunner createRunner() { return new TerratestRunner(); }
 *     protected TestRunRequest passingSuite(Path tmp) { return goSuite(tmp, "ok_test.go"); }
 *     protected TestRunRequest unrunnableSuite(Path tmp) { return goSuite(tmp, "needs_network_test.go"); }
 * }
 * }</pre>
 *
 * @since 0.4.0
 */
public abstract class TestRunnerCompatibilityKit {

    private TestRunner runner;

    /** A temporary folder for the suites of one obligation. */
    @TempDir
    protected Path tmp;

    /** Creates the kit. */
    protected TestRunnerCompatibilityKit() {
    }

    /** @return a new instance of the runner under test */
    protected abstract TestRunner createRunner();

    /**
     * @param folder a temporary folder to build the suite in
     * @return a suite the runner can run and whose every test passes
     */
    protected abstract TestRunRequest passingSuite(Path folder);

    /**
     * @param folder a temporary folder to build the suite in
     * @return a suite the runner accepts ({@code unavailable} is empty) but cannot complete, such as one whose
     *         tool fails to initialise
     */
    protected abstract TestRunRequest unrunnableSuite(Path folder);

    /** Creates the runner before each obligation. */
    @BeforeEach
    void create() {
        runner = createRunner();
        assertNotNull(runner, "createRunner() returned null");
    }

    @Test
    @DisplayName("descriptor() returns an equal descriptor on every call")
    void descriptorIsStable() {
        ProviderDescriptor d = runner.descriptor();
        assertNotNull(d, "descriptor() returned null");
        assertEquals(d, runner.descriptor(), "descriptor() must return an equal "
                + "descriptor on every call (a new but equal instance is fine: a record compares by value)");
        assertEquals(TestRunner.SPI_VERSION, d.spiVersion(), "the SPI version the kit checks");
    }

    @Test
    @DisplayName("unavailable() gives a reason for a suite without test files")
    void emptySuiteIsUnavailable() throws IOException {
        Path module = Files.createDirectories(tmp.resolve("empty-module"));
        Path tests = Files.createDirectories(module.resolve("tests/unit"));
        TestRunRequest empty = new TestRunRequest("empty-module", module, "unit", tests, List.of(),
                Map.of("PATH", ""));
        Optional<String> why = runner.unavailable(empty);
        assertNotNull(why, "unavailable() returned null");
        assertTrue(why.isPresent() && !why.get().isBlank(), "a suite without test files cannot run");
    }

    @Test
    @DisplayName("run() of a passing suite is passed, with at least one passed test, for the suite asked")
    void passingSuitePasses() {
        TestRunRequest request = passingSuite(tmp);
        assertEquals(Optional.empty(), runner.unavailable(request), "the passing suite must be runnable");
        TestSuiteResult result = runner.run(request);
        assertNotNull(result, "run() returned null");
        assertEquals(request.suite(), result.suite());
        assertEquals(TestOutcome.PASSED, result.outcome(), result.reason());
        assertTrue(result.passed() > 0, "a passed suite ran at least one test");
        assertEquals(0, result.failed());
    }

    @Test
    @DisplayName("run() of a suite that cannot complete is skipped with the reason, never passed")
    void unrunnableSuiteIsSkipped() {
        TestRunRequest request = unrunnableSuite(tmp);
        TestSuiteResult result = runner.run(request);
        assertNotNull(result, "run() returned null");
        assertEquals(request.suite(), result.suite());
        assertEquals(TestOutcome.SKIPPED, result.outcome());
        assertFalse(result.reason().isBlank(), "a skipped suite says why");
    }
}
