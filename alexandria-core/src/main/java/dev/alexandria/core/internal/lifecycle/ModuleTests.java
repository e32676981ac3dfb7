package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.ModuleHclException;
import dev.alexandria.api.ModuleTest;
import dev.alexandria.api.model.InterfaceCoverage;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.OutputValue;
import dev.alexandria.api.model.TestOutcome;
import dev.alexandria.api.model.TestReport;
import dev.alexandria.api.model.TestSuiteResult;
import dev.alexandria.core.internal.inspect.TestFileReader;
import dev.alexandria.core.internal.text.IoProblems;
import dev.alexandria.core.internal.versioning.CatalogWriter;
import dev.alexandria.spi.ProviderException;
import dev.alexandria.spi.testing.TestRunRequest;
import dev.alexandria.spi.testing.TestRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The built-in {@link ModuleTest}: runs each suite of a module through the first available {@link TestRunner},
 * measures the interface coverage from the test files, and records the result in
 * {@code _catalog/test-results/<module>.yaml} (atomically, under the catalog lock).
 */
final class ModuleTests implements ModuleTest {

    static final String UNIT = "unit";
    static final String INTEGRATION = "integration";

    private final Path root;
    private final LibraryModule module;
    private final CatalogWriter catalog;
    private final List<TestRunner> runners;
    private final Map<String, String> environment;
    private final LocalDate today;
    private boolean integration;
    private boolean record = true;

    ModuleTests(Path root, LibraryModule module, CatalogWriter catalog, List<TestRunner> runners,
                Map<String, String> environment, LocalDate today) {
        this.root = root;
        this.module = module;
        this.catalog = catalog;
        this.runners = List.copyOf(runners);
        this.environment = Map.copyOf(environment);
        this.today = today;
    }

    @Override
    public ModuleTest integration(boolean on) {
        this.integration = on;
        return this;
    }

    @Override
    public ModuleTest record(boolean on) {
        this.record = on;
        return this;
    }

    @Override
    public TestReport run() {
        InterfaceCoverage coverage = coverage();
        List<TestSuiteResult> suites = new ArrayList<>();
        List<TestSuiteResult> attempted = new ArrayList<>();
        TestSuiteResult unit = suite(UNIT);
        suites.add(unit);
        attempted.add(unit);
        if (integration) {
            TestSuiteResult it = suite(INTEGRATION);
            suites.add(it);
            attempted.add(it);
        } else {
            suites.add(TestSuiteResult.skipped(INTEGRATION, "none", "not run: integration tests create real "
                    + "infrastructure; pass --integration to run them"));
        }
        Optional<Head> head = head();
        Optional<String> commit = head.map(Head::commit);
        Optional<String> commitId = head.map(Head::id);
        TestReport report = new TestReport(module.id(), today, commit, suites, coverage, Optional.empty(), commitId);
        if (!record) {
            return report;
        }
        TestReport recorded = new TestReport(module.id(), today, commit, attempted, coverage, Optional.empty());
        String display = TestRecords.display(module.id());
        Path file = root.resolve(display);
        String text = TestRecords.text(TestRecords.read(root, module.id()), recorded);
        catalog.withLock(() -> {
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new AlexandriaException("cannot create " + TestRecords.FOLDER + ": " + e.getMessage(), e);
            }
            catalog.replaceFile(file, text, display);
            return null;
        });
        return new TestReport(module.id(), today, commit, suites, coverage, Optional.of(display), commitId);
    }

    private TestSuiteResult suite(String suite) {
        Path dir = module.directory().resolve("tests").resolve(suite);
        List<String> files = testFiles(dir);
        String rel = "tests/" + suite;
        if (files.isEmpty()) {
            return TestSuiteResult.skipped(suite, "none", "no test files under " + rel + "/");
        }
        TestRunRequest request = new TestRunRequest(module.id().value(), module.directory(), suite, dir, files,
                environment);
        List<String> why = new ArrayList<>();
        for (TestRunner r : runners) {
            String name = r.descriptor().name();
            Optional<String> unavailable;
            try {
                unavailable = Objects.requireNonNull(r.unavailable(request), "unavailable() returned null");
            } catch (RuntimeException e) {
                throw new ProviderException(name, "unavailable(" + module.id() + ", " + suite + ") failed: " + e
                        + "; fix the test runner or remove it from the class path", e);
            }
            if (unavailable.isPresent()) {
                why.add(name + ": " + unavailable.get());
                continue;
            }
            TestSuiteResult result;
            try {
                result = r.run(request);
            } catch (RuntimeException e) {
                throw new ProviderException(name, "run(" + module.id() + ", " + suite + ") failed: " + e
                        + "; a runner MUST report a run that could not finish as skipped", e);
            }
            if (result == null || !result.suite().equals(suite)) {
                throw new ProviderException(name, "run(" + module.id() + ", " + suite + ") returned " + (result == null
                        ? "null" : "the suite '" + result.suite() + "'") + "; a runner MUST return the result of the "
                        + "suite it was asked to run");
            }
            return result;
        }
        return TestSuiteResult.skipped(suite, "none", "no test runner can run " + rel + ": " + String.join("; ", why));
    }

    /** The suite's test files, relative to the module folder, sorted. */
    private List<String> testFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> module.directory().relativize(p).toString()
                    .replace('\\', '/')).filter(ModuleTests::isTestFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new AlexandriaException("cannot read _library/" + module.path() + "/"
                    + module.directory().relativize(dir).toString().replace('\\', '/') + ": " + IoProblems.reason(e), e);
        }
    }

    static boolean isTestFile(String path) {
        return path.endsWith(".tftest.hcl") || path.endsWith(".tftest.json") || path.endsWith("_test.go");
    }

    @Override
    public InterfaceCoverage coverage() {
        ModuleInterface iface = module.interfaceSpec();
        Set<String> variables = new TreeSet<>();
        iface.variables().forEach((InputVariable v) -> variables.add(v.name()));
        Set<String> outputs = new TreeSet<>();
        iface.outputs().forEach((OutputValue o) -> outputs.add(o.name()));
        Set<String> set = new TreeSet<>();
        Set<String> asserted = new TreeSet<>();
        List<String> read = new ArrayList<>();
        List<dev.alexandria.api.model.Diagnostic> errors = new ArrayList<>();
        for (String suite : List.of(UNIT, INTEGRATION)) {
            for (String f : testFiles(module.directory().resolve("tests").resolve(suite))) {
                if (!dev.alexandria.core.internal.inspect.TestFileReader.reads(f.substring(f.lastIndexOf('/') + 1))) {
                    continue;
                }
                String display = "_library/" + module.path() + "/" + f;
                String text;
                try {
                    text = Files.readString(module.directory().resolve(f), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new AlexandriaException("cannot read " + display + ": " + IoProblems.reason(e), e);
                }
                TestFileReader.Exercised ex = TestFileReader.read(display, text);
                errors.addAll(ex.diagnostics());
                set.addAll(ex.variablesSet());
                asserted.addAll(ex.outputsAsserted());
                read.add(f);
            }
        }
        if (!errors.isEmpty()) {
            throw new ModuleHclException(module.id().value(), errors);
        }
        set.retainAll(variables);
        asserted.retainAll(outputs);
        return new InterfaceCoverage(List.copyOf(variables), List.copyOf(set), List.copyOf(outputs),
                List.copyOf(asserted), read);
    }

    /**
     * HEAD as a test report names it.
     *
     * @param commit its short id, with {@code +changes} when the module folder has uncommitted changes (what is
     *               recorded and what the maturity criteria read)
     * @param id     its full id, 40 hexadecimal digits
     */
    private record Head(String commit, String id) {
    }

    private Optional<Head> head() {
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(module.directory().toFile());
        if (b.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repo = b.setMustExist(true).build()) {
            ObjectId head = repo.resolve("HEAD^{commit}");
            if (head == null) {
                return Optional.empty();
            }
            String folder = repo.getWorkTree().toPath().toRealPath().relativize(module.directory().toRealPath())
                    .toString().replace('\\', '/');
            var status = new Git(repo).status().addPath(folder.isEmpty() ? "." : folder).call();
            boolean dirty = !status.getUncommittedChanges().isEmpty() || !status.getUntracked().isEmpty();
            return Optional.of(new Head(head.abbreviate(dev.alexandria.api.model.CommitIds.SHORT_LENGTH).name() + (dirty ? TestReport.CHANGES : ""), head.name()));
        } catch (IOException | GitAPIException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "ModuleTest{" + module.id() + (integration ? ", integration" : "") + (record ? "" : ", not recorded")
                + "}";
    }
}
