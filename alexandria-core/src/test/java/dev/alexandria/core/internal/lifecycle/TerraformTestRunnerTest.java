package dev.alexandria.core.internal.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.alexandria.api.model.TestCaseResult;
import dev.alexandria.api.model.TestOutcome;
import dev.alexandria.api.model.TestSuiteResult;
import dev.alexandria.spi.testing.TestRunRequest;
import dev.alexandria.spi.testing.TestRunner;
import dev.alexandria.tck.testing.TestRunnerCompatibilityKit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformTestRunnerTest {

    @TempDir
    Path tmp;

    static TestRunRequest suite(Path tmp, Map<String, String> env) {
        try {
            Path module = Files.createDirectories(tmp.resolve("module"));
            Path tests = Files.createDirectories(module.resolve("tests/unit"));
            Files.writeString(tests.resolve("main.tftest.hcl"), "run \"a\" {\n  command = plan\n}\n");
            return new TestRunRequest("module", module, "unit", tests, List.of("tests/unit/main.tftest.hcl"), env);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void run_passingOutputIsPassedWithEveryRun() {
        TestSuiteResult r = new TerraformTestRunner().run(suite(tmp, StandIns.terraform(tmp, "pass.jsonl", 0, false)));
        assertEquals(TestOutcome.PASSED, r.outcome());
        assertEquals(List.of(
                new TestCaseResult("tests/unit/main.tftest.hcl", "settings_follow_the_inputs", TestOutcome.PASSED, ""),
                new TestCaseResult("tests/unit/main.tftest.hcl", "disabled_creates_nothing", TestOutcome.PASSED, "")),
                r.cases());
        assertEquals(List.of("init -backend=false -input=false -no-color",
                "test -json -no-color -test-directory=tests/unit"), StandIns.calls(tmp));
    }

    @Test
    void run_failedAssertionIsFailedWithTheDiagnosticAtItsFileAndLine() {
        TestSuiteResult r = new TerraformTestRunner().run(suite(tmp, StandIns.terraform(tmp, "fail.jsonl", 1, false)));
        assertEquals(TestOutcome.FAILED, r.outcome());
        assertEquals("1 of 2 runs failed", r.reason());
        assertEquals(new TestCaseResult("tests/unit/main.tftest.hcl", "settings_follow_the_inputs",
                TestOutcome.FAILED, "tests/unit/main.tftest.hcl:23:21: Test assertion failed: settings.name must be "
                + "the name input."), r.cases().get(0));
        assertEquals(TestOutcome.PASSED, r.cases().get(1).outcome());
    }

    @Test
    void run_failedInitIsSkippedWithTheReasonNeverPassed() {
        TestSuiteResult r = new TerraformTestRunner().run(suite(tmp, StandIns.terraform(tmp, "pass.jsonl", 0, true)));
        assertEquals(TestOutcome.SKIPPED, r.outcome());
        assertEquals("terraform init failed (exit 1): Error: Failed to query available provider packages Could not "
                + "retrieve the list of available versions for provider hashicorp/aws: could not connect to "
                + "registry.terraform.io: failed to request discovery document: Get "
                + "\"https://registry.terraform.io/.well-known/terraform.json\": dial tcp: lookup registry.terraform.io"
                + " on 127.0.0.53:53: no such host; the tests were not run", r.reason());
        assertEquals(List.of("init -backend=false -input=false -no-color"), StandIns.calls(tmp));
    }

    @Test
    void unavailable_withoutTerraformOrTofuOnThePath() {
        TestRunRequest request = suite(tmp, Map.of("PATH", tmp.resolve("nothing-here").toString()));
        assertEquals(Optional.of("terraform or tofu is not installed (neither is on PATH)"),
                new TerraformTestRunner().unavailable(request));
    }

    @Test
    void run_leavesNoLockFileOrDataFolderInTheModule() throws IOException {
        TestRunRequest request = suite(tmp, StandIns.terraform(tmp, "pass.jsonl", 0, false));
        new TerraformTestRunner().run(request);
        try (var files = Files.list(request.moduleDirectory())) {
            assertEquals(List.of("tests"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void parse_outputWithoutAnyRunIsSkipped() {
        TestSuiteResult r = TerraformTestRunner.parse("unit", 0, "{\"type\":\"test_summary\",\"test_summary\":"
                + "{\"status\":\"pending\"}}\n", "terraform");
        assertEquals(TestOutcome.SKIPPED, r.outcome());
        assertFalse(r.reason().isBlank());
    }

    /** The built-in runner passes the TestRunner conformance kit. */
    static class Kit extends TestRunnerCompatibilityKit {
        @Override
        protected TestRunner createRunner() {
            return new TerraformTestRunner();
        }

        @Override
        protected TestRunRequest passingSuite(Path folder) {
            return suite(folder, StandIns.terraform(folder, "pass.jsonl", 0, false));
        }

        @Override
        protected TestRunRequest unrunnableSuite(Path folder) {
            return suite(folder, StandIns.terraform(folder, "pass.jsonl", 0, true));
        }
    }
}
