package dev.alexandria.core.internal.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.TestCaseResult;
import dev.alexandria.api.model.TestOutcome;
import dev.alexandria.api.model.TestSuiteResult;
import dev.alexandria.core.internal.text.ToolMessages;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.testing.TestRunRequest;
import dev.alexandria.spi.testing.TestRunner;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in {@link TestRunner}, {@code alexandria-terraform}: runs a suite's {@code .tftest.hcl} files with
 * {@code terraform} (or {@code tofu} when terraform is not installed), found on the request's {@code PATH}:
 * {@code init -backend=false}, then {@code test -json -test-directory=<suite folder>}, since Terraform only
 * looks in the module root and {@code tests/} by default. A failed {@code init} (for instance without network to
 * download providers) is a skipped suite with the reason, never a pass. The machine-readable output
 * ({@code test_run} and {@code test_summary} messages, and the diagnostics of failed runs) gives each run's
 * result. {@code .terraform/} goes to a temporary {@code TF_DATA_DIR}, and a lock file {@code init} creates is
 * removed, so the module folder is left as it was. Thread-safe.
 */
final class TerraformTestRunner implements TestRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TerraformTestRunner.class);

    static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("alexandria-terraform", 0, SPI_VERSION);
    private static final List<String> TOOLS = List.of("terraform", "tofu");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bounds a run that hangs: init downloads providers, integration tests create infrastructure. */
    private static final long TIMEOUT_MINUTES = 60;

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Optional<String> unavailable(TestRunRequest request) {
        if (request.testFiles().stream().noneMatch(f -> f.endsWith(".tftest.hcl") || f.endsWith(".tftest.json"))) {
            return Optional.of("no .tftest.hcl files under " + request.relativeTestDirectory());
        }
        if (tool(request.environment()).isEmpty()) {
            return Optional.of("terraform or tofu is not installed (neither is on PATH)");
        }
        return Optional.empty();
    }

    /** The first of terraform, tofu that is an executable file on the environment's PATH. */
    static Optional<Path> tool(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        for (String name : TOOLS) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isBlank()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public TestSuiteResult run(TestRunRequest request) {
        String suite = request.suite();
        Optional<Path> tool = tool(request.environment());
        if (tool.isEmpty()) {
            return TestSuiteResult.skipped(suite, DESCRIPTOR.name(), "terraform or tofu is not installed (neither is "
                    + "on PATH)");
        }
        String exe = tool.get().getFileName().toString();
        Path lock = request.moduleDirectory().resolve(".terraform.lock.hcl");
        boolean lockExisted = Files.exists(lock);
        Path data = null;
        try {
            data = Files.createTempDirectory("alexandria-tf-data");
            Map<String, String> env = new LinkedHashMap<>(request.environment());
            env.put("TF_DATA_DIR", data.toString());
            env.put("TF_IN_AUTOMATION", "1");
            env.put("TF_INPUT", "0");
            Run init = exec(List.of(tool.get().toString(), "init", "-backend=false", "-input=false", "-no-color"),
                    request.moduleDirectory(), env);
            if (init.exit() != 0) {
                return TestSuiteResult.skipped(suite, DESCRIPTOR.name(), exe + " init failed (exit " + init.exit()
                        + "): " + ToolMessages.firstError(init.output()).orElseGet(() -> lastLines(init.output(), 3))
                        + "; the tests were not run");
            }
            Run test = exec(List.of(tool.get().toString(), "test", "-json", "-no-color", "-test-directory="
                    + request.relativeTestDirectory()), request.moduleDirectory(), env);
            return parse(suite, test.exit(), test.output(), exe);
        } catch (IOException e) {
            return TestSuiteResult.skipped(suite, DESCRIPTOR.name(), "could not run " + exe + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TestSuiteResult.skipped(suite, DESCRIPTOR.name(), "interrupted while " + exe + " ran");
        } finally {
            if (!lockExisted) {
                try {
                    Files.deleteIfExists(lock);
                } catch (IOException e) {
                    LOG.warn("could not remove the lock file {} that {} init created: {}", lock, exe, e.toString());
                }
            }
            if (data != null) {
                deleteTree(data);
            }
        }
    }

    /**
     * Reads the output of {@code terraform test -json}: one JSON message per line.
     *
     * @param suite  the suite
     * @param exit   the exit code
     * @param output the output
     * @param exe    the tool's name, for messages
     * @return the suite's result
     */
    static TestSuiteResult parse(String suite, int exit, String output, String exe) {
        Map<String, TestCaseResult> runs = new LinkedHashMap<>();
        Map<String, StringBuilder> messages = new LinkedHashMap<>();
        List<String> otherErrors = new ArrayList<>();
        String summary = null;
        for (String line : output.split("\n")) {
            String l = line.strip();
            if (!l.startsWith("{")) {
                continue;
            }
            JsonNode n;
            try {
                n = JSON.readTree(l);
            } catch (IOException e) {
                continue; // not one of terraform's messages
            }
            String type = n.path("type").asText("");
            switch (type) {
                case "test_run": {
                    JsonNode r = n.path("test_run");
                    String status = r.path("status").asText("");
                    String progress = r.path("progress").asText("complete");
                    if (status.isEmpty() || !progress.equals("complete") && !progress.isEmpty()
                            && status.equals("pending")) {
                        break;
                    }
                    String key = r.path("path").asText("") + "#" + r.path("run").asText("");
                    runs.put(key, new TestCaseResult(r.path("path").asText(""), r.path("run").asText("run"),
                            outcome(status), ""));
                    break;
                }
                case "test_summary":
                    summary = n.path("test_summary").path("status").asText("");
                    break;
                case "diagnostic": {
                    JsonNode d = n.path("diagnostic");
                    if (!d.path("severity").asText("").equals("error")) {
                        break;
                    }
                    String text = at(d.path("range")) + d.path("summary").asText("")
                            + (d.path("detail").asText("").isBlank() ? "" : ": " + d.path("detail").asText("").strip());
                    String file = n.path("@testfile").asText("");
                    String run = n.path("@testrun").asText("");
                    if (!run.isEmpty()) {
                        messages.computeIfAbsent(file + "#" + run, k -> new StringBuilder()).append(
                                messages.containsKey(file + "#" + run) && messages.get(file + "#" + run).length() > 0
                                        ? "; " : "").append(text);
                    } else {
                        otherErrors.add(text);
                    }
                    break;
                }
                default:
                    break;
            }
        }
        List<TestCaseResult> cases = new ArrayList<>();
        for (Map.Entry<String, TestCaseResult> e : runs.entrySet()) {
            TestCaseResult c = e.getValue();
            StringBuilder m = messages.get(e.getKey());
            cases.add(m == null ? c : new TestCaseResult(c.file(), c.name(), c.outcome(), m.toString()));
        }
        boolean anyFailed = cases.stream().anyMatch(c -> c.outcome() == TestOutcome.FAILED);
        boolean anyPassed = cases.stream().anyMatch(c -> c.outcome() == TestOutcome.PASSED);
        String name = DESCRIPTOR.name();
        if (anyFailed || "fail".equals(summary) || "error".equals(summary)) {
            long failed = cases.stream().filter(c -> c.outcome() == TestOutcome.FAILED).count();
            String reason = failed > 0 ? failed + " of " + Plurals.count(cases.size(), "run") + " failed"
                    : exe + " test reported " + summary + (otherErrors.isEmpty() ? "" : ": " + otherErrors.get(0));
            return new TestSuiteResult(suite, name, TestOutcome.FAILED, reason, cases);
        }
        if (exit != 0) {
            String why = otherErrors.isEmpty() ? ToolMessages.firstError(output).orElseGet(() -> lastLines(output, 3))
                    : String.join("; ", otherErrors);
            return cases.isEmpty() ? TestSuiteResult.skipped(suite, name, exe + " test could not run the tests (exit "
                    + exit + "): " + why)
                    : new TestSuiteResult(suite, name, TestOutcome.FAILED, exe + " test exited " + exit + ": " + why,
                    cases);
        }
        if (!anyPassed) {
            return new TestSuiteResult(suite, name, TestOutcome.SKIPPED, cases.isEmpty() ? exe + " test ran no test"
                    + " (no run blocks?)" : "every run was skipped", cases);
        }
        return new TestSuiteResult(suite, name, TestOutcome.PASSED, "", cases);
    }

    /**
     * Where a diagnostic points, as {@code file:line:column: } (the file relative to the module folder, as
     * Terraform names it: the failed assertion's condition in a test file, say), or nothing when it has no range.
     */
    private static String at(JsonNode range) {
        String file = range.path("filename").asText("");
        int line = range.path("start").path("line").asInt(0);
        if (file.isEmpty() || line < 1) {
            return "";
        }
        int column = range.path("start").path("column").asInt(0);
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": ";
    }

    private static TestOutcome outcome(String status) {
        switch (status) {
            case "pass":
                return TestOutcome.PASSED;
            case "fail":
            case "error":
                return TestOutcome.FAILED;
            default:
                return TestOutcome.SKIPPED;
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run exec(List<String> command, Path dir, Map<String, String> env)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("alexandria-tf", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")
                            .exists() ? new File("/dev/null") : new File("NUL")));
            pb.environment().clear();
            pb.environment().putAll(env);
            LOG.debug("running {} in {}", command, dir);
            Process p = pb.start();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Run(-1, "timed out after " + Plurals.count(TIMEOUT_MINUTES, "minute"));
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static String lastLines(String output, int n) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("{")
                && !l.chars().allMatch(c -> c == '│' || c == '╷' || c == '╵' || c == ' ')).toList();
        if (lines.isEmpty()) {
            return "no output";
        }
        return String.join(" ", lines.subList(Math.max(0, lines.size() - n), lines.size()))
                .replaceAll("[│╷╵]", "").strip();
    }

    /** Deletes a folder and everything in it; what cannot be deleted is logged and left. */
    static void deleteTree(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.debug("could not delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.debug("could not delete {}: {}", root, e.toString());
        }
    }

    @Override
    public String toString() {
        return DESCRIPTOR.toString();
    }
}
