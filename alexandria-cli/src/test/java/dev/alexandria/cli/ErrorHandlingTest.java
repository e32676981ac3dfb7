package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The exit codes and the exact stderr text of failures. */
class ErrorHandlingTest {

    @TempDir
    Path cwd;

    @Test
    void badOutputFormat_isAUsageError() {
        Cli.Result r = Cli.onSample(cwd).run("browse", "--output", "xml");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: Invalid value for option '--output': expected one of table, json, yaml"
                + " but was 'xml'\n"
                + "  fix: see 'alexandria browse --help'\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownOption_suggestsTheClosestOne() {
        Cli.Result r = Cli.onSample(cwd).run("browse", "--layr", "compute");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: Unknown options: '--layr', 'compute'\n"
                + "  fix: did you mean --layer? (see 'alexandria browse --help')\n", r.err());
    }

    @Test
    void unknownCommand_isAUsageError() {
        Cli.Result r = Cli.onSample(cwd).run("brwse");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: Unmatched argument at index 0: 'brwse'\n"
                + "  fix: did you mean browse? (see 'alexandria --help')\n", r.err());
    }

    @Test
    void noCommand_printsUsageAndIsAUsageError() {
        Cli.Result r = Cli.onSample(cwd).run();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: no command given\n  fix: name one of the commands below\n"
                + "Usage: alexandria "), r::toString);
    }

    @Test
    void unknownModule_isAUsageErrorWithTheClosestId() {
        Cli.Result r = Cli.onSample(cwd).run("info", "vpc-standrd");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'vpc-standrd' in the library\n"
                + "  fix: did you mean 'vpc-standard'?\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void unknownModule_withoutACloseId_pointsToBrowse() {
        Cli.Result r = Cli.onSample(cwd).run("info", "zzzzzzzzzzzz");
        assertEquals(2, r.exitCode(), r::toString);
        assertEquals("alexandria: error: no module 'zzzzzzzzzzzz' in the library\n"
                + "  fix: run 'alexandria browse' to list the modules\n", r.err());
    }

    @Test
    void brokenLibrary_listsEveryFindingAndIsADataError() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", Cli.fixture("broken").toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals(""
                + "error: _library/foundations/networking/net-basic/.alexandria.yaml:1:1:"
                + " missing required key 'maturity'\n"
                + "  fix: add 'maturity:' here\n"
                + "error: _library/foundations/networking/net-basic/.alexandria.yaml:7:1: unknown key 'maturty'\n"
                + "  fix: did you mean 'maturity'? (the keys here are: category, compatible_with, complexity, cost,"
                + " deprecation, description, evidence, examples, id, layer, maintainer, maturity, name, requires,"
                + " support_channel, tags, version)\n"
                + "alexandria: error: 2 errors in the library\n"
                + "  fix: correct the files named above, then run the command again\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void brokenLibrary_verbose_addsTheStackTrace() {
        Cli.Result r = Cli.in(cwd).run("browse", "-v", "--library", Cli.fixture("broken").toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("\tat dev.alexandria."), r::toString);
    }

    @Test
    void notALibrary_isADataError() {
        Cli.Result r = Cli.in(cwd).run("browse", "--library", cwd.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().startsWith("alexandria: error: " + cwd + " is not a library root"), r::toString);
        assertEquals(2, r.err().lines().count(), r::toString);
    }

    @Test
    void noLibraryFound_fallsBackToTheSampleAndSaysSo() {
        Cli.Result r = Cli.in(cwd).run("browse");
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("alexandria: no library found in " + cwd
                + "; using the bundled sample library (set --library or ALEXANDRIA_LIBRARY)",
                r.err().lines().findFirst().orElse(""));
        assertTrue(r.out().contains("vpc-standard"), r::toString);
    }

    @Test
    void unexpectedException_isAnInternalError() {
        Cli.Result r = failing();
        assertEquals(4, r.exitCode(), r::toString);
        assertEquals("alexandria: error: internal error: java.lang.IllegalStateException: boom\n"
                + "  fix: this is a bug in Alexandria; rerun with --verbose and report the stack trace\n", r.err());
    }

    @Test
    void unexpectedException_verbose_addsTheStackTrace() {
        Cli.Result r = failing("--verbose");
        assertEquals(4, r.exitCode(), r::toString);
        assertTrue(r.err().contains("\tat dev.alexandria.cli.ErrorHandlingTest$Failing.call"), r::toString);
    }

    private static Cli.Result failing(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ErrorHandler handler = new ErrorHandler();
        int exitCode = new CommandLine(new Failing())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler)
                .execute(args);
        return new Cli.Result(exitCode, out.toString(), err.toString());
    }

    @Command(name = "failing")
    static final class Failing implements Callable<Integer> {
        @Mixin
        GlobalOptions options;

        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void libraryOptionNamingNoFolder_saysItDoesNotExist() {
        Path missing = cwd.resolve("no-such-library");
        Cli.Result r = Cli.in(cwd).run("browse", "--library", missing.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: " + missing.toAbsolutePath().normalize() + " does not exist\n"
                + "  fix: pass the folder that holds _library/ and _catalog/ (usually components/terraform)\n", r.err());
    }

    @Test
    void environmentNamingNoLibrary_namesTheVariable() {
        Cli.Result r = Cli.in(cwd).env("ALEXANDRIA_LIBRARY", cwd.toString()).run("browse");
        assertEquals(3, r.exitCode(), r::toString);
        assertEquals("alexandria: error: ALEXANDRIA_LIBRARY=" + cwd + " is not a library root (a folder with _library/"
                + " and _catalog/)\n"
                + "  fix: set it to one (usually components/terraform) or unset it\n", r.err());
    }
}
