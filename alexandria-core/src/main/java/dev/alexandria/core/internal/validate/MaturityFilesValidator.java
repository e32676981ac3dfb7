package dev.alexandria.core.internal.validate;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.lifecycle.LevelNeeds;
import dev.alexandria.core.internal.lifecycle.TestRecords;
import dev.alexandria.spi.validate.ValidationRequest;
import dev.alexandria.spi.validate.ValidationRule;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code alexandria-maturity-files}: the module still shows the files its maturity level was promoted on — the
 * examples ({@code examples/<name>/} holding a {@code .tf} file) and tests ({@code tests/unit},
 * {@code tests/integration}) that the promotion criteria on the way to its level ask for, as
 * {@code _catalog/maturity-levels.yaml} declares them (else the lifecycle's defaults: unit tests from alpha,
 * integration tests and two examples from beta). A finding without a file of its own is anchored at the module's
 * {@code .alexandria.yaml}, line 1. It also reads the module's recorded test runs
 * ({@code _catalog/test-results/<module>.yaml}, when there is one), which the test criteria are judged from: a
 * file that {@code status} and {@code promote} cannot read is an error here too (rule {@code test-results}, same
 * wording), so a library that validates clean is not refused a promotion for it later.
 */
public final class MaturityFilesValidator extends BuiltInValidator {

    /** Fewer examples than the level needs. */
    public static final String EXAMPLES = "examples-count";
    /** No tests of a kind the level needs. */
    public static final String TESTS = "tests-missing";

    private static final List<ValidationRule> RULES = List.of(
            ValidationRule.of(EXAMPLES, Finding.Severity.ERROR, "The module has as many examples (examples/<name>/ "
                    + "with a .tf file) as the promotion criteria of its maturity level ask for."),
            ValidationRule.of(TESTS, Finding.Severity.ERROR, "The module has the tests (tests/unit, "
                    + "tests/integration) the promotion criteria of its maturity level ask for."),
            ValidationRule.of(TestRecords.RULE, Finding.Severity.ERROR, "The module's recorded test runs "
                    + "(_catalog/test-results/<module>.yaml), when there are any, can be read: YAML with a 'runs' list,"
                    + " each run with a suite, a date and an outcome of passed, failed or skipped."));

    /** The needs of the levels under the maturity model last asked about; null until the first request. */
    private volatile Needs known;

    /** The validator ServiceLoader and the built-ins use. */
    public MaturityFilesValidator() {
        super("alexandria-maturity-files", Stage.HCL, RULES);
    }

    @Override
    public List<Finding> validate(ValidationRequest request) {
        MaturityLevel level = request.module().metadata().maturity();
        LevelNeeds needs = needs(request.catalog().maturityModel(), level);
        Path dir = request.module().directory();
        SourceLocation at = SourceLocation.of(request.metadataFile(), 1, 1);
        List<Finding> out = new ArrayList<>(2);
        Optional<LevelNeeds.Need> examplesNeed = needs.need("examples");
        if (examplesNeed.isPresent()) {
            LevelNeeds.Need n = examplesNeed.get();
            List<String> examples = examples(dir.resolve("examples"));
            if (examples.size() < n.threshold()) {
                out.add(Finding.error(EXAMPLES, at, "maturity '" + level + "' needs at least " + n.threshold()
                        + " example" + (n.threshold() == 1 ? "" : "s") + " (criterion 'examples' of " + n.promotion()
                        + "), found " + examples.size() + (examples.isEmpty() ? "" : ": " + String.join(", ",
                        examples)), "add a folder examples/<name>/ with a main.tf that calls the module"));
            }
        }
        Optional<LevelNeeds.Need> unit = needs.need("unit_tests");
        if (unit.isPresent()) {
            tests(out, at, dir, "tests/unit", "unit_tests", unit.get(), level);
        }
        Optional<LevelNeeds.Need> integration = needs.need("integration_tests");
        if (integration.isPresent()) {
            tests(out, at, dir, "tests/integration", "integration_tests", integration.get(), level);
        }
        out.addAll(TestRecords.problems(request.root(), request.moduleId()));
        if (out.isEmpty()) {
            return List.of();
        }
        List<Finding> named = new ArrayList<>(out.size());
        for (Finding f : out) {
            named.add(f.withModule(request.moduleId()));
        }
        return java.util.Collections.unmodifiableList(named);
    }

    /**
     * What a level needs under a maturity model: worked out once per model and level (it depends on nothing
     * else), not once per module; a request with another model (another library) starts over.
     */
    private LevelNeeds needs(MaturityModel model, MaturityLevel level) {
        Needs known = this.known;
        if (known == null || known.model != model) {
            known = new Needs(model);
            this.known = known;
        }
        return known.byLevel.computeIfAbsent(level, l -> LevelNeeds.of(model, l));
    }

    /** The needs of each level under one maturity model (compared by identity: the catalog's own instance). */
    private static final class Needs {
        final MaturityModel model;
        final Map<MaturityLevel, LevelNeeds> byLevel = new ConcurrentHashMap<>();

        Needs(MaturityModel model) {
            this.model = model;
        }
    }

    private static void tests(List<Finding> out, SourceLocation at, Path dir, String folder, String criterion,
                              LevelNeeds.Need n, MaturityLevel level) {
        if (!hasFiles(dir.resolve(folder))) {
            out.add(Finding.error(TESTS, at, "maturity '" + level + "' needs tests in " + folder + " (criterion '"
                    + criterion + "' of " + n.promotion() + "), found none", "add " + folder + "/<name>.tftest.hcl "
                    + "(or a Go test) that runs the module"));
        }
    }

    /**
     * What a module folder lacks of the file criteria a level needs, judged as this validator and the README rule
     * judge them: what {@code migrate} checks before it proposes a level.
     *
     * @param dir   the module folder
     * @param needs what the level needs
     * @return one text per unmet criterion ({@code 2 examples (found 1: complete)}, {@code tests in tests/unit},
     *         {@code a README.md}); empty when every one is met
     */
    public static List<String> unmet(Path dir, LevelNeeds needs) {
        List<String> out = new ArrayList<>(4);
        if (needs.need("readme").isPresent() && !Files.isRegularFile(dir.resolve("README.md"))) {
            out.add("a README.md");
        }
        Optional<LevelNeeds.Need> examplesNeed = needs.need("examples");
        if (examplesNeed.isPresent()) {
            int n = examplesNeed.get().threshold();
            List<String> examples = examples(dir.resolve("examples"));
            if (examples.size() < n) {
                out.add(n + " example" + (n == 1 ? "" : "s") + " in examples/<name>/ (found " + examples.size()
                        + (examples.isEmpty() ? "" : ": " + String.join(", ", examples)) + ")");
            }
        }
        for (String criterion : List.of("unit_tests", "integration_tests")) {
            String folder = criterion.equals("unit_tests") ? "tests/unit" : "tests/integration";
            if (needs.need(criterion).isPresent() && !hasFiles(dir.resolve(folder))) {
                out.add("tests in " + folder);
            }
        }
        return out;
    }

    /** The example folders that hold a Terraform file, sorted. */
    static List<String> examples(Path examples) {
        List<String> out = new ArrayList<>();
        // No isDirectory check first: opening a folder that is not there fails, which says the same for one call.
        try (DirectoryStream<Path> s = Files.newDirectoryStream(examples)) {
            for (Path p : s) {
                if (holdsTerraform(p)) {
                    out.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }

    /** Whether a folder holds a {@code .tf} or {@code .tf.json} file; false for a file or a missing folder. */
    private static boolean holdsTerraform(Path folder) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (name.endsWith(".tf") || name.endsWith(".tf.json")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) { // not a folder (NotDirectoryException), gone, or unreadable
            return false;
        }
    }

    /** Whether a folder holds, at most 8 levels down, a regular file whose name does not start with a dot. */
    private static boolean hasFiles(Path folder) {
        return hasFiles(folder, 8);
    }

    private static boolean hasFiles(Path folder, int depth) {
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                if (a.isRegularFile() && !p.getFileName().toString().startsWith(".")) {
                    return true; // the usual case: a test file at the top, found without looking deeper
                }
                if (a.isDirectory() && depth > 1) {
                    folders.add(p);
                }
            }
        } catch (IOException e) { // not a folder, gone, or unreadable
            return false;
        }
        for (Path f : folders) {
            if (hasFiles(f, depth - 1)) {
                return true;
            }
        }
        return false;
    }
}
