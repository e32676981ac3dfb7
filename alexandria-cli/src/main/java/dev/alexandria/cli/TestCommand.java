package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.InterfaceCoverage;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.TestCaseResult;
import dev.alexandria.api.model.TestReport;
import dev.alexandria.api.model.TestSuiteResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria test <module> [--integration] [--coverage-only] [--no-record]}.
 *
 * @since 0.4.0
 */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Run a module's tests and measure its interface coverage.",
            "tests/unit runs through the first available test runner (built in: terraform, else tofu, on PATH:"
                    + " init -backend=false, then test -json -test-directory=tests/unit); tests/integration only"
                    + " with --integration, since it creates real infrastructure. A suite that cannot run (no"
                    + " runner installed, init failed without network) is 'skipped' with the reason, never passed.",
            "Interface coverage is read from the .tftest.hcl files without running anything: the share of input"
                    + " variables set by a test and of outputs an assert condition references. The result is"
                    + " recorded with the date and commit in _catalog/test-results/<module>.yaml, where the"
                    + " maturity criteria unit_tests and integration_tests read it."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  no suite failed (skipped suites are listed with the reason)",
            "  1  a suite failed",
            "  2  usage error (unknown module)",
            "  3  data error (a test file cannot be parsed)",
            "",
            "Examples:",
            "  alexandria test vpc-standard",
            "  alexandria test vpc-standard --coverage-only",
            "  alexandria test vpc-standard --integration --output json",
        })
final class TestCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODULE", description = ModuleArguments.MODULE_HELP)
    private String module;

    @Option(names = "--integration", description = "Run tests/integration too (it creates real infrastructure).")
    private boolean integration;

    @Option(names = "--coverage-only", description = "Only measure the interface coverage; run nothing, record "
            + "nothing.")
    private boolean coverageOnly;

    @Option(names = "--no-record", description = "Do not record the result in _catalog/test-results/.")
    private boolean noRecord;

    @Override
    protected boolean writes() {
        return !coverageOnly && !noRecord;
    }

    @Override
    protected int run(Library library) {
        LibraryModule m = LifecycleCommand.requireModule(spec(), library, module);
        if (coverageOnly) {
            InterfaceCoverage c = library.test(m.id().value()).coverage();
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("module", m.id().value());
            view.put("coverage", coverage(c));
            print(view, () -> printCoverage(out(), c));
            return ExitCode.OK;
        }
        TestReport report = library.test(m.id().value()).integration(integration).record(!noRecord).run();
        print(view(report), () -> printReport(out(), report));
        return report.failed() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    static Map<String, Object> view(TestReport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("module", r.module().value());
        v.put("date", r.date().toString());
        // the full id, as every command's JSON gives a commit (the table shows the short one); whether the module
        // folder had uncommitted changes is its own field
        r.commitId().or(r::commit).ifPresent(c -> v.put("commit", c));
        if (r.commit().isPresent()) {
            v.put("uncommitted_changes", r.uncommittedChanges());
        }
        v.put("suites", r.suites().stream().map(TestCommand::suite).toList());
        v.put("coverage", coverage(r.coverage()));
        r.recorded().ifPresent(f -> v.put("recorded", f));
        return v;
    }

    private static Map<String, Object> suite(TestSuiteResult s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("suite", s.suite());
        v.put("runner", s.runner());
        v.put("outcome", s.outcome().id());
        if (!s.reason().isEmpty()) {
            v.put("reason", s.reason());
        }
        v.put("passed", s.passed());
        v.put("failed", s.failed());
        v.put("runs", s.cases().stream().map(c -> {
            Map<String, Object> cv = new LinkedHashMap<>();
            cv.put("file", c.file());
            cv.put("run", c.name());
            cv.put("outcome", c.outcome().id());
            if (!c.message().isEmpty()) {
                cv.put("message", c.message());
            }
            return cv;
        }).toList());
        return v;
    }

    private static Map<String, Object> coverage(InterfaceCoverage c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("share", round(c.share()));
        v.put("variables", c.variables().size());
        v.put("variables_set", c.variablesSet().size());
        v.put("variables_not_set", c.variablesNotSet());
        v.put("outputs", c.outputs().size());
        v.put("outputs_asserted", c.outputsAsserted().size());
        v.put("outputs_not_asserted", c.outputsNotAsserted());
        v.put("test_files", c.testFiles());
        return v;
    }

    private static double round(double share) {
        return Math.round(share * 1000) / 1000.0;
    }

    private static String percent(double share) {
        return Decimals.fixed(share * 100, 0) + "%";
    }

    static void printReport(PrintWriter out, TestReport r) {
        out.println(r.module() + " tests, " + r.date() + r.commit().map(c -> " at " + c).orElse(""));
        for (TestSuiteResult s : r.suites()) {
            out.println("  " + s.suite() + ": " + s.outcome().id() + (s.cases().isEmpty() ? "" : " (" + s.passed()
                    + " passed, " + s.failed() + " failed, " + s.runner() + ")") + (s.reason().isEmpty() ? ""
                    : " — " + s.reason()));
            for (TestCaseResult c : s.cases()) {
                out.println("    " + c.outcome().id() + "  " + c.file() + "  " + c.name()
                        + (c.message().isEmpty() ? "" : "\n        " + c.message()));
            }
        }
        printCoverage(out, r.coverage());
        r.recorded().ifPresent(f -> out.println("recorded in " + f));
    }

    static void printCoverage(PrintWriter out, InterfaceCoverage c) {
        out.println("interface coverage: " + percent(c.share()) + " (variables set " + c.variablesSet().size() + "/"
                + c.variables().size() + ", outputs asserted " + c.outputsAsserted().size() + "/" + c.outputs().size()
                + ", from " + Plurals.count(c.testFiles().size(), "test file") + ")");
        print(out, "  variables no test sets: ", c.variablesNotSet());
        print(out, "  outputs no test asserts: ", c.outputsNotAsserted());
    }

    private static void print(PrintWriter out, String label, List<String> names) {
        if (!names.isEmpty()) {
            out.println(label + String.join(", ", names));
        }
    }
}
