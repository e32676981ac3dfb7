package dev.alexandria.core.internal.lifecycle;

import com.fasterxml.jackson.core.JsonLocation;
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
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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

    /**
     * The reading mapper, made on first use: status and info read the records of every module they show, and most
     * modules have none, so those commands never build a mapper (several hundred Jackson classes).
     */
    private static final class Reading {

        static final ObjectMapper MAPPER = new ObjectMapper(YamlLimits.factory());

        private Reading() {
        }
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
            return List.of(syntax(e, text, display, fix));
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

    /**
     * A YAML syntax error at the parser's place, in plain words: SnakeYAML's problem, and where the construct it
     * was reading opened ("the flow mapping that opens at line 2, column 7: expected ',' or '}', but got <stream
     * end>"), which is where an unclosed bracket or quote is mended. SnakeYAML's "flow node" context marks the
     * node it expected, at the problem itself, not the bracket that opened the list: then the place said is the
     * innermost bracket still open before the problem ({@link #openBracket}), or none when there is none.
     */
    private static Finding syntax(JsonProcessingException e, String text, String display, String fix) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark opened = m.getContextMark();
            String context = "";
            if (m.getContext() != null && opened != null) {
                int i = opened.getIndex();
                char first = i >= 0 && i < text.length() ? text.charAt(i) : 0;
                if ("[{'\"".indexOf(first) >= 0 && first != 0) {
                    context = m.getContext().replaceFirst("^while (parsing|scanning) (an? )?", "the ")
                            + " that opens at line " + (opened.getLine() + 1) + ", column " + (opened.getColumn() + 1)
                            + ": ";
                } else {
                    int[] bracket = openBracket(text, Math.min(m.getProblemMark().getIndex(), text.length()));
                    if (bracket != null) {
                        context = "the flow " + (bracket[2] == '[' ? "sequence" : "mapping") + " that opens at line "
                                + bracket[0] + ", column " + bracket[1] + ": ";
                    }
                }
            }
            return Finding.error(RULE, SourceLocation.of(display, m.getProblemMark().getLine() + 1,
                    m.getProblemMark().getColumn() + 1), "is not valid YAML: " + context
                    + String.valueOf(m.getProblem()).strip(), fix);
        }
        JsonLocation l = e.getLocation();
        return Finding.error(RULE, l == null ? SourceLocation.of(display) : SourceLocation.of(display,
                Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())), "is not valid YAML: "
                + e.getOriginalMessage().lines().findFirst().orElse(""), fix);
    }

    /**
     * The innermost {@code [} or <code>{</code> still open before {@code end}, skipping quoted scalars and
     * comments: {line, column (both from 1), the bracket}; null when none is open.
     */
    static int[] openBracket(String text, int end) {
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                while (i + 1 < end && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if ((c == '"' || c == '\'') && (i == 0 || " \t[{,:".indexOf(text.charAt(i - 1)) >= 0)) {
                // a quoted scalar (a quote inside a plain word, as in o'brien, opens none): skip to its end, or
                // to the end of the line, whose newline the loop still counts
                int j = i + 1;
                while (j < end && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += c == '"' && text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j, end);
                if (j < end && text.charAt(j) == '\n') {
                    j--;
                }
                column += j - i;
                i = j;
            } else if (c == '[' || c == '{') {
                open.push(new int[] {line, column, c});
            } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
            column++;
        }
        return open.peek();
    }

    /** @return the recorded runs by suite; empty when none is recorded */
    static Map<String, Recorded> read(Path root, ModuleId id) {
        Path file = root.resolve(display(id));
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, Recorded> out = new LinkedHashMap<>();
        try {
            JsonNode doc = Reading.MAPPER.readTree(YamlLimits.readText(file, YamlLimits.Kind.CATALOG));
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
