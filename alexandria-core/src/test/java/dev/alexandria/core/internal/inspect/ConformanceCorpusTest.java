package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alexandria.api.model.ModuleInterface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the conformance corpus under {@code src/test/resources/conformance/}: each case folder reproduces a kind
 * of input that broke an HCL or Terraform tool in a public bug tracker, and holds the module files, an
 * {@code expected.json} in the shape of {@link InspectJson} ({@code ${dir}} stands for the folder) and a
 * {@code SOURCE.md} naming the report. See the corpus README for the format.
 *
 * <p>Cases listed in {@code known-failures.txt} are reader faults not fixed yet: they are still run and
 * compared exactly, a mismatch is reported as an aborted (skipped) test with the full difference, and a listed
 * case that passes fails the build until its line is removed, so the list can only shrink. Run with
 * {@code -Dconformance.strict=true} to treat every case as required.
 */
class ConformanceCorpusTest {

    private static final Path ROOT = Path.of("src/test/resources/conformance");
    private static final Path KNOWN_FAILURES = ROOT.resolve("known-failures.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern CASE_NAME = Pattern.compile("[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern URL = Pattern.compile("https://[^\\s)>\\]]+");
    private static final int MINIMUM_CASES = 30;

    @TestFactory
    Stream<DynamicTest> everyCase_inspectsToItsExpectedJson() {
        Map<String, String> known = knownFailures();
        boolean strict = Boolean.getBoolean("conformance.strict");
        return caseNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String diff = difference(name);
            if (strict || !known.containsKey(name)) {
                if (diff != null) {
                    fail(diff);
                }
            } else if (diff == null) {
                fail("case " + name + " passes now: remove its line from " + KNOWN_FAILURES);
            } else {
                Assumptions.abort("known failure (" + known.get(name) + ")\n" + diff);
            }
        }));
    }

    @Test
    void everyCase_hasModuleFilesExpectedJsonAndASourceNamingAUrl() throws IOException {
        List<String> names = caseNames();
        assertTrue(names.size() >= MINIMUM_CASES, "the corpus has " + names.size() + " cases, fewer than "
                + MINIMUM_CASES);
        List<String> problems = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT)) {
            for (Path p : s.filter(Files::isDirectory).sorted().toList()) {
                String name = p.getFileName().toString();
                if (!CASE_NAME.matcher(name).matches()) {
                    problems.add(name + ": folder name is not NN-short-kebab-name");
                }
                if (!Files.isRegularFile(p.resolve("expected.json"))) {
                    problems.add(name + ": no expected.json");
                }
                Path source = p.resolve("SOURCE.md");
                if (!Files.isRegularFile(source)) {
                    problems.add(name + ": no SOURCE.md");
                } else if (!URL.matcher(Files.readString(source, StandardCharsets.UTF_8)).find()) {
                    problems.add(name + ": SOURCE.md names no https:// URL of the report");
                }
                try (Stream<Path> files = Files.list(p)) {
                    if (files.map(f -> f.getFileName().toString())
                            .noneMatch(f -> f.endsWith(".tf") || f.endsWith(".tf.json"))) {
                        problems.add(name + ": no .tf or .tf.json file");
                    }
                }
            }
        }
        for (String k : knownFailures().keySet()) {
            if (!names.contains(k)) {
                problems.add(KNOWN_FAILURES + " names " + k + ", which is not a case");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** @return null when the case matches, else a readable account of the difference */
    private static String difference(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        String expectedText = Files.readString(dir.resolve("expected.json"), StandardCharsets.UTF_8)
                .replace("${dir}", dir.toString());
        String expected = sorted(MAPPER.readTree(expectedText)).toPrettyString();
        ModuleInterface mi = new ModuleInspector().inspect(dir);
        String actual = sorted(MAPPER.readTree(InspectJson.render(mi))).toPrettyString();
        if (expected.equals(actual)) {
            return null;
        }
        return "case " + name + ": inspect differs from expected.json (- expected, + actual)\n"
                + lineDiff(visible(expected).split("\n"), visible(actual).split("\n"));
    }

    static List<String> caseNames() {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("expected.json")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code case-name: reason}; blank lines and lines starting with # are ignored. */
    static Map<String, String> knownFailures() {
        Map<String, String> known = new TreeMap<>();
        if (!Files.exists(KNOWN_FAILURES)) {
            return known;
        }
        try {
            for (String line : Files.readAllLines(KNOWN_FAILURES, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                Matcher m = CASE_NAME.matcher(colon < 0 ? l : l.substring(0, colon).strip());
                if (!m.matches()) {
                    throw new IllegalStateException(KNOWN_FAILURES + ": not 'case-name: reason': " + line);
                }
                known.put(m.group(), colon < 0 ? "" : l.substring(colon + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    /**
     * Spells invisible and combining characters as a backslash, {@code u} and four hex digits, so that two lines
     * that differ only in them (a no-break space for a space, a decomposed accent for a precomposed one) look
     * different in the report.
     */
    static String visible(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean invisible = c != ' ' && c != '\n' && (Character.isISOControl(c) || type == Character.FORMAT
                    || type == Character.SPACE_SEPARATOR || type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
            if (invisible) {
                for (char u : Character.toChars(c)) {
                    sb.append(String.format(Locale.ROOT, "\\u%04x", (int) u));
                }
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** A unified-style line difference (longest common subsequence), with two lines of context. */
    static String lineDiff(String[] a, String[] b) {
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add("  " + a[i]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+ " + b[j++]);
            } else {
                out.add("- " + a[i++]);
            }
        }
        StringBuilder sb = new StringBuilder();
        int last = -10;
        for (int k = 0; k < out.size(); k++) {
            if (out.get(k).charAt(0) == ' ' && !near(out, k, 2)) {
                continue;
            }
            if (k > last + 1) {
                sb.append("@@ line ").append(k + 1).append('\n');
            }
            sb.append(out.get(k)).append('\n');
            last = k;
        }
        return sb.toString();
    }

    private static boolean near(List<String> lines, int k, int context) {
        for (int d = Math.max(0, k - context); d <= Math.min(lines.size() - 1, k + context); d++) {
            if (lines.get(d).charAt(0) != ' ') {
                return true;
            }
        }
        return false;
    }

    /** Jackson's equality of object nodes ignores key order; pretty strings do not, so sort both alike. */
    static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = MAPPER.createObjectNode();
            new TreeMap<String, JsonNode>(MAPPER.convertValue(n, new TypeReference<Map<String, JsonNode>>() { }))
                    .forEach((k, v) -> o.set(k, sorted(v)));
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = MAPPER.createArrayNode();
            n.forEach(e -> a.add(sorted(e)));
            return a;
        }
        return n;
    }
}
