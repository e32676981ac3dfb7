package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class HelpTest {

    @TempDir
    Path cwd;

    /** Every registered command, so a new one is covered without touching this test. */
    static Stream<String> commands() {
        CommandLine cli = AlexandriaCli.commandLine(new CliEnvironment(Map.of(), Path.of(".")),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return cli.getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void help_worksOnEveryCommand(String command) {
        Cli.Result r = Cli.in(cwd).run(command, "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("Usage: alexandria " + command + " "), r::toString);
        assertEquals("", r.err());
    }

    /**
     * At 80 columns no help line is longer, and no line of a footer (exit codes, examples) is wrapped: picocli
     * wraps a footer line that does not fit, which splits an example or its comment across lines.
     */
    @ParameterizedTest
    @MethodSource("commands")
    void help_fitsEightyColumnsWithoutWrappingTheFooter(String command) {
        Cli.Result r = Cli.in(cwd).env("COLUMNS", "80").run(command, "--help");
        assertEquals(0, r.exitCode(), r::toString);
        for (String line : r.out().split("\n", -1)) {
            assertTrue(line.length() <= 80, () -> command + ": " + line.length() + " columns: " + line);
        }
        CommandLine cli = AlexandriaCli.commandLine(new CliEnvironment(Map.of(), Path.of(".")),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        for (String footer : cli.getSubcommands().get(command).getCommandSpec().usageMessage().footer()) {
            for (String line : String.format(footer).split("\n", -1)) {
                assertTrue(line.length() <= 80, () -> command + " --help: a footer line of " + line.length()
                        + " columns, which picocli wraps at 80: " + line);
                assertTrue(r.out().contains(line), () -> command + " --help: footer line wrapped: " + line);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void globalOptions_areAcceptedByEveryCommand(String command) {
        Cli.Result r = Cli.in(cwd).run(command, "--library", ".", "--output", "json", "-v", "--help");
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void help_listsTheCommandsAndExitCodes() {
        Cli.Result r = Cli.in(cwd).run("--help");
        assertEquals(0, r.exitCode(), r::toString);
        for (String expected : List.of("browse", "info", "inspect", "jshell", "generate-completion",
                "--library=PATH", "--output=FORMAT", "--verbose", "2  usage error (unknown option, bad value, unknown"
                        + " module)", "3  data error")) {
            assertTrue(r.out().contains(expected), () -> expected + " missing from\n" + r.out());
        }
    }

    @Test
    void jshellHelp_listsOnlyTheOptionsJshellHas() {
        // jshell prints nothing of its own: an --output there was accepted and did nothing
        Cli.Result r = Cli.in(cwd).run("jshell", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertFalse(r.out().contains("--output"), r::toString);
        List<String> options = r.out().lines().filter(l -> l.matches(" +(-\\w, )?--[a-z-]+.*"))
                .map(l -> l.strip().split("[ =]")[0].replace(",", "")).toList();
        assertEquals(List.of("-h", "--library", "--no-cache", "-v", "-V"), options, r::toString);
    }

    @Test
    void help_describesInspectInOneLine() {
        Cli.Result r = Cli.in(cwd).run("--help");
        assertTrue(r.out().contains("  inspect              Show a module's interface: inputs, outputs, resources.\n"),
                r::toString);
    }

    @Test
    void helpCommand_showsTheHelpOfAnotherCommand() {
        Cli.Result r = Cli.in(cwd).run("help", "browse");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Usage: alexandria browse "), r::toString);
    }

    @Test
    void noColor_keepsHelpFreeOfAnsiStyles() {
        Cli.Result r = Cli.in(cwd).env("NO_COLOR", "1").run("browse", "--help");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(!r.out().contains("\u001b["), r::toString);
    }

    @Test
    void version_namesTheRelease() {
        Cli.Result r = Cli.in(cwd).run("--version");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("alexandria " + VersionProvider.version() + "\n"), r::toString);
        assertTrue(!VersionProvider.version().equals("unknown"), "the version resource is filtered at build time");
    }

    @Test
    void generateCompletion_printsABashScript() {
        Cli.Result r = Cli.in(cwd).run("generate-completion");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("complete -F _complete_alexandria"), r::toString);
        assertTrue(r.out().contains("--layer"), "subcommand options are completed");
    }
}
