package dev.alexandria.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs every JShell script the way a user would (the startup script first, then the script, snippet by
 * snippet), so the scripts cannot rot: each snippet must be valid and run without an exception.
 */
class JshellScriptsTest {

    private static final Path SCRIPTS = Path.of("src/main/jshell");

    // One JShell (one remote JVM) for the class: starting one takes seconds. The scripts define different
    // names, so they do not disturb each other.
    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    private static JShell jshell;
    private static String startupOutput;

    @BeforeAll
    static void startJshell() throws IOException {
        jshell = JShell.builder()
                .out(new PrintStream(OUT, true, StandardCharsets.UTF_8))
                .err(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .remoteVMOptions("-D" + LibraryLocation.SYSTEM_PROPERTY + "=" + SampleLibrary.path())
                .build();
        for (String entry : testClassPath()) {
            jshell.addToClasspath(entry);
        }
        startupOutput = run("startup.jsh");
    }

    @AfterAll
    static void closeJshell() {
        if (jshell != null) {
            jshell.close();
        }
    }

    @Test
    void startup_opensTheLibraryAsLib() {
        assertTrue(startupOutput.contains("lib = " + SampleLibrary.path()), startupOutput);
    }

    @ParameterizedTest
    @CsvSource({
        "browse-library.jsh,   'foundations (layer 1): ',  vpc-standard",
        "modules-by-layer.jsh, 'modules in layer foundations:', vpc-standard",
    })
    void script_runsAndPrintsTheModules(String script, String expectedLine, String expectedModule)
            throws IOException {
        String out = run(script);
        assertTrue(out.contains(expectedLine), () -> script + " printed:\n" + out);
        assertTrue(out.contains(expectedModule), () -> script + " printed:\n" + out);
    }

    @Test
    void everyScriptIsTested() throws IOException {
        try (var files = Files.list(SCRIPTS)) {
            assertEquals(List.of("browse-library.jsh", "modules-by-layer.jsh", "startup.jsh"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "a new script needs a case in script_runsAndPrintsTheModules");
        }
    }

    /**
     * Runs a script in the shared JShell and returns what it printed. The remote VM's output travels on the
     * same connection as the evaluation results and is written out before each result, so it is complete
     * when {@code eval} returns.
     */
    private static synchronized String run(String script) throws IOException {
        int before = OUT.size();
        eval(jshell, SCRIPTS.resolve(script));
        return new String(OUT.toByteArray(), before, OUT.size() - before, StandardCharsets.UTF_8);
    }

    /**
     * Feeds the script line by line, as the jshell tool's {@code /open} does: a snippet is evaluated as soon
     * as the lines so far complete it. (Splitting the whole text at once would accept a chain that starts a
     * line with {@code .filter}, which the tool evaluates too early.)
     */
    private static void eval(JShell jshell, Path script) throws IOException {
        SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
        String pending = "";
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            pending = pending + line + "\n";
            while (!pending.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                if (info.completeness() == Completeness.EMPTY) {
                    pending = "";
                } else if (info.completeness().isComplete()) {
                    check(jshell, script, info.source());
                    pending = info.remaining();
                } else {
                    break; // needs more lines
                }
            }
        }
        if (!pending.isBlank()) {
            fail(script + ": incomplete snippet at the end: " + pending);
        }
    }

    private static void check(JShell jshell, Path script, String source) {
        for (SnippetEvent event : jshell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // a consequence of an earlier snippet, e.g. a redefined variable
            }
            Snippet snippet = event.snippet();
            String diagnostics = jshell.diagnostics(snippet)
                    .map(d -> d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("; "));
            assertEquals(Snippet.Status.VALID, event.status(),
                    () -> script + ": snippet is " + event.status() + ": " + source + "\n" + diagnostics);
            if (event.exception() != null) {
                fail(script + ": snippet threw " + event.exception() + ": " + source, event.exception());
            }
        }
    }

    private static List<String> testClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(classPath.split(File.pathSeparator));
    }
}
