package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the README's command-line section and of docs/maturity.md and docs/search.md work as shown on
 * the bundled sample library, except those the text marks as needing a git library or a path of the reader's.
 */
class ReadmeExamplesTest {

    private static final Pattern EMPTY_HITS = Pattern.compile("\"hits\"\\s*:\\s*\\[\\s*]");

    @TempDir
    Path cwd;

    /** The {@code bin/alexandria ...} lines of the first {@code sh} block after {@code heading} in {@code doc}. */
    private static List<String> examples(String doc, String heading) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..").resolve(doc));
        List<String> found = new ArrayList<>();
        boolean seen = false;
        boolean inBlock = false;
        for (String line : lines) {
            if (line.startsWith(heading)) {
                seen = true;
            } else if (seen && line.equals("```sh")) {
                inBlock = true;
            } else if (inBlock && line.equals("```")) {
                break;
            } else if (inBlock && line.startsWith("bin/alexandria ")) {
                found.add(line);
            }
        }
        assertTrue(found.size() > 5, () -> doc + ": no examples after " + heading);
        return found;
    }

    /** Splits the arguments of an example: words, and double-quoted strings with spaces. */
    private static String[] args(String line) {
        String command = line.substring("bin/alexandria ".length()).split(" {2,}#| # ")[0].strip();
        List<String> args = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : command.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    args.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            args.add(word.toString());
        }
        return args.toArray(String[]::new);
    }

    private void assertEachRuns(List<String> examples) {
        Cli cli = Cli.in(cwd);
        int run = 0;
        for (String example : examples) {
            if (example.contains("(git library)") || example.contains("# git library") || example.contains(" jshell")
                    || example.contains("generate-completion") || example.contains("./path/")
                    || example.contains(" cost") || example.contains("import-prices")) {
                continue;
            }
            Cli.Result r = cli.run(args(example));
            boolean refusalShown = example.contains("refused");
            assertEquals(refusalShown ? ExitCode.FINDINGS : ExitCode.OK, r.exitCode(), () -> example + "\n" + r);
            assertTrue(r.out().lines().count() > 0, () -> example + " printed nothing\n" + r);
            assertFalse(foundNothing(r.out()), () -> example + " found nothing\n" + r);
            run++;
        }
        assertTrue(run >= 3, "examples run: " + run);
    }

    /** Whether a command's output says it found no module, in the table's words or as an empty JSON list of hits. */
    private static boolean foundNothing(String out) {
        return out.lines().anyMatch(line -> line.startsWith("no modules match"))
                || EMPTY_HITS.matcher(out).find();
    }

    @Test
    void foundNothing_recognisesASearchThatFindsNothing_inTextAndJson() {
        Cli cli = Cli.in(cwd);
        assertTrue(foundNothing(cli.run("search", "zzqqxxvv").out()));
        assertTrue(foundNothing(cli.run("search", "zzqqxxvv", "--output", "json").out()));
        assertFalse(foundNothing(cli.run("search", "vpc").out()));
        assertFalse(foundNothing(cli.run("search", "vpc", "--output", "json").out()));
    }

    @Test
    void readmeCommandLineExamples_runOnTheBundledSample() throws IOException {
        assertEachRuns(examples("README.md", "## The command line"));
    }

    @Test
    void searchDocExamples_runOnTheBundledSample() throws IOException {
        assertEachRuns(examples("docs/search.md", "# "));
    }

    @Test
    void maturityDocDryRuns_runOnTheBundledSample() throws IOException {
        assertEachRuns(examples("docs/maturity.md", "## Command line").stream()
                .filter(e -> e.contains("--dry-run") || e.contains(" status ") || e.contains(" browse ")).toList());
    }

    /**
     * The README's Java example says what the code does on the bundled sample: the tier that
     * {@code vpc.complexity()} prints, and a {@code promote} that returns unmet criteria.
     */
    @Test
    void readmeJavaExample_printsWhatItsCommentsSay() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        dev.alexandria.api.Library lib = dev.alexandria.core.Alexandria.builder()
                .root(Path.of("../alexandria-examples/sample-library/components/terraform")).noCache().open();
        java.util.regex.Matcher tier = java.util.regex.Pattern.compile("\nvpc\\.complexity\\(\\); +// (\\S+) ")
                .matcher(readme);
        assertTrue(tier.find(), "README: no vpc.complexity() line");
        assertEquals(String.valueOf(lib.requireModule("vpc-standard").complexity()), tier.group(1));
        java.util.regex.Matcher promote = java.util.regex.Pattern.compile(
                "PromotionResult p = lib\\.lifecycle\\(\"([^\"]+)\"\\)\\.promote\\(MaturityLevel\\.(\\w+)\\)")
                .matcher(readme);
        assertTrue(promote.find(), "README: no promote line");
        dev.alexandria.api.PromotionResult p = lib.lifecycle(promote.group(1))
                .promote(dev.alexandria.api.model.MaturityLevel.valueOf(promote.group(2)));
        assertTrue(!p.unmet().isEmpty(), () -> "p.unmet() lists no criterion: " + p);
    }
}
