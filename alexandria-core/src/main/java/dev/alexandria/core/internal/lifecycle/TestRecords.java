package dev.alexandria.core.internal.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TestOutcome;
import dev.alexandria.api.model.TestReport;
import dev.alexandria.api.model.TestSuiteResult;
import dev.alexandria.core.internal.yaml.YamlLimits;
import dev.alexandria.core.internal.yaml.YamlQuoting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The recorded results of {@code alexandria test}, {@code _catalog/test-results/<module>.yaml}: the last run of
 * each suite with its date, commit, runner, outcome and counts. Committed with the library, so a reviewer sees
 * the evidence the maturity criteria {@code unit_tests} and {@code integration_tests} read.
 */
public final class TestRecords {

    static final String FOLDER = "_catalog/test-results";

    /** The last run of one suite. */
    record Recorded(String suite, LocalDate date, String commit, String runner, TestOutcome outcome, long passed,
                    long failed, String reason) {

        /** @return how the checklist shows it */
        String describe() {
            return outcome.id() + " on " + date + " at commit " + commit + " (" + runner + ": " + passed + " passed, "
                    + failed + " failed" + (reason.isEmpty() ? "" : "; " + reason) + ")";
        }
    }

    private TestRecords() {
    }

    /** The writing mapper, made on first use: only {@code alexandria test} writes the records. */
    private static final class Writing {

        static final ObjectMapper MAPPER = new ObjectMapper(YamlQuoting.writer().build());

        private Writing() {
        }
    }

    static String display(ModuleId id) {
        return FOLDER + "/" + id.value() + ".yaml";
    }

    /**
     * The rule of a recorded-results file that cannot be read as {@link #read} reads it: {@code status},
     * {@code promote} and {@code validate} (validator {@code alexandria-maturity-files}) report it alike.
     */
    public static final String RULE = "test-results";

    /**
     * What is wrong with the module's recorded results, each an error at {@code _catalog/test-results/<id>.yaml:
     * line:column} with its fix: a file that is not YAML, {@code runs} that is not a list, a run without a suite,
     * an outcome that is none of passed, failed and skipped, a date that is not one. {@code status} lists them
     * (exit 1) and {@code promote} refuses with them, rather than judging the test criteria from a file it cannot
     * read, or ignoring it (a mature module's checklist reads no runs); {@code validate} reports them too, so a
     * library that validates clean has no test record that status or promote would refuse. Reads only that file,
     * when it exists.
     *
     * @param root the library root
     * @param id   the module
     * @return the problems; empty when there is no file or it reads cleanly
     */
    public static List<Finding> problems(Path root, ModuleId id) {
        Path file = root.resolve(display(id));
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String display = display(id);
        String fix = "run 'alexandria test " + id + "' again to rewrite it, or correct the file";
        LifecycleData.Doc parsed;
        String text = "";
        try {
            text = YamlLimits.readText(file, YamlLimits.Kind.CATALOG);
            parsed = LifecycleData.parse(display, text);
        } catch (JsonProcessingException e) {
            // in the words of every library file's YAML error, at the same place, with this file's own remedy too
            Finding yaml = dev.alexandria.core.internal.yaml.YamlErrors.of(e, display, text);
            return List.of(Finding.error(RULE, yaml.location(), yaml.message(), yaml.hint().map(h -> h + ", or ")
                    .orElse("") + "run 'alexandria test " + id + "' again to rewrite it"));
        } catch (IOException e) {
            return List.of(Finding.error(RULE, SourceLocation.of(display), "cannot be read: " + e.getMessage(), fix));
        }
        JsonNode doc = parsed.root();
        java.util.function.Function<String, SourceLocation> where = parsed::locate;
        String shape = "write 'runs:' then one '- suite: unit' item per suite with its date, commit, runner, outcome,"
                + " passed and failed, or " + fix;
        if (doc == null || !doc.isObject()) {
            return List.of(Finding.error(RULE, where.apply(""), "must be a mapping with the keys module and runs",
                    shape));
        }
        JsonNode runs = doc.get("runs");
        if (runs == null || !runs.isArray()) {
            return List.of(Finding.error(RULE, where.apply(runs == null ? "" : "/runs"), runs == null
                    ? "has no 'runs' list" : "'runs' must be a list of runs, one per suite", shape));
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            String p = "/runs/" + i;
            JsonNode r = runs.get(i);
            if (r.path("suite").asText("").isBlank()) {
                out.add(Finding.error(RULE, where.apply(p), "run " + (i + 1) + " has no suite", fix));
                continue;
            }
            String outcome = r.path("outcome").asText("");
            if (outcome(outcome).isEmpty()) {
                out.add(Finding.error(RULE, where.apply(r.has("outcome") ? p + "/outcome" : p), "run " + (i + 1)
                        + (r.has("outcome") ? " has outcome '" + outcome + "', which is" : " has no outcome:")
                        + " not passed, failed or skipped", fix));
            }
            String date = r.path("date").asText("");
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                out.add(Finding.error(RULE, where.apply(r.has("date") ? p + "/date" : p), "run " + (i + 1)
                        + (r.has("date") ? " has date '" + date + "', which is not a date (YYYY-MM-DD)"
                        : " has no date"), fix));
            }
        }
        return out;
    }

    /** @return the recorded runs by suite; empty when none is recorded */
    static Map<String, Recorded> read(Path root, ModuleId id) {
        Path file = root.resolve(display(id));
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, Recorded> out = new LinkedHashMap<>();
        try {
            JsonNode doc = YamlLimits.mapper().readTree(YamlLimits.readText(file, YamlLimits.Kind.CATALOG));
            for (JsonNode r : doc.path("runs")) {
                String suite = r.path("suite").asText("");
                Optional<TestOutcome> outcome = outcome(r.path("outcome").asText(""));
                if (suite.isEmpty() || outcome.isEmpty()) {
                    throw new AlexandriaException(display(id) + ": a run needs a suite and an outcome (passed, failed "
                            + "or skipped); run 'alexandria test " + id + "' again to rewrite the file");
                }
                out.put(suite, new Recorded(suite, LocalDate.parse(r.path("date").asText("")),
                        r.path("commit").asText("unknown"), r.path("runner").asText("unknown"), outcome.get(),
                        r.path("passed").asLong(0), r.path("failed").asLong(0), r.path("reason").asText("")));
            }
        } catch (IOException | DateTimeParseException e) {
            throw new AlexandriaException(display(id) + " cannot be read: " + e.getMessage().lines().findFirst()
                    .orElse("") + "; run 'alexandria test " + id + "' again to rewrite it", e);
        }
        return out;
    }

    private static Optional<TestOutcome> outcome(String id) {
        for (TestOutcome o : TestOutcome.values()) {
            if (o.id().equals(id.toLowerCase(Locale.ROOT))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** @return the file's new text: the report's suites replace the recorded runs of the same suites */
    static String text(Map<String, Recorded> before, TestReport report) {
        Map<String, Recorded> runs = new LinkedHashMap<>(before);
        for (TestSuiteResult s : report.suites()) {
            runs.put(s.suite(), new Recorded(s.suite(), report.date(), report.commit().orElse("none"), s.runner(),
                    s.outcome(), s.passed(), s.failed(), s.reason()));
        }
        ObjectNode doc = Writing.MAPPER.createObjectNode();
        doc.put("module", report.module().value());
        ArrayNode list = doc.putArray("runs");
        for (Recorded r : runs.values()) {
            ObjectNode n = list.addObject();
            n.put("suite", r.suite());
            n.put("date", r.date().toString());
            n.put("commit", r.commit());
            n.put("runner", r.runner());
            n.put("outcome", r.outcome().id());
            n.put("passed", r.passed());
            n.put("failed", r.failed());
            if (!r.reason().isEmpty()) {
                n.put("reason", r.reason());
            }
        }
        try {
            return "# Written by 'alexandria test'; the maturity criteria unit_tests and integration_tests read it.\n"
                    + new String(Writing.MAPPER.writeValueAsBytes(doc), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings and numbers always renders as YAML", e);
        }
    }
}
