package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** A hint names only options the command it is about has (issue 14: test was told of a --dry-run it lacks). */
class HintOptionsTest {

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--([a-z][a-z0-9-]*)");
    /** {@code alexandria <command> …} up to the end of the quoted command line. */
    private static final Pattern COMMAND_LINE = Pattern.compile("alexandria ([a-z][a-z-]*)([^'`]*)");

    @TempDir
    Path tmp;

    private static CommandLine commandLine(Path workingDirectory, StringWriter err) {
        return AlexandriaCli.commandLine(new CliEnvironment(Map.of(), workingDirectory), new PrintWriter(
                new StringWriter()), new PrintWriter(err));
    }

    private static List<String> unknownOptions(CommandSpec spec, String text) {
        List<String> unknown = new ArrayList<>();
        Matcher m = OPTION.matcher(text);
        while (m.find()) {
            if (spec.findOption("--" + m.group(1)) == null) {
                unknown.add("--" + m.group(1));
            }
        }
        return unknown;
    }

    @Test
    void refusalsOfWritesToTheSample_nameOnlyOptionsOfTheRefusedCommand() {
        StringWriter err = new StringWriter();
        CommandLine cli = commandLine(tmp, err);
        var where = LibraryCommand.locate(new CliEnvironment(Map.of(), tmp), Optional.empty());
        int checked = 0;
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (!(sub.getCommandSpec().userObject() instanceof LibraryCommand)) {
                continue;
            }
            CommandSpec spec = sub.getCommandSpec();
            err.getBuffer().setLength(0);
            LibraryCommand.refuseBundledSample(spec, where);
            LibraryCommand.refuseSampleSource(spec, where);
            assertEquals(List.of(), unknownOptions(spec, err.toString()), spec.name() + ": " + err);
            checked++;
        }
        assertTrue(checked > 10, "checked " + checked + " commands");
    }

    @Test
    void test_onTheBundledSample_namesNoDryRun() {
        Cli.Result r = Cli.in(tmp).run("test", "vpc-standard");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertTrue(r.err().endsWith("then add --library sample-library\n"), r::toString);
    }

    /**
     * Every command line a message or help text of the CLI or core spells out ({@code 'alexandria diff x --check'})
     * names options that command has.
     */
    @Test
    void everyCommandLineInTheSources_namesOptionsItsCommandHas() throws IOException {
        CommandLine cli = commandLine(tmp, new StringWriter());
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Path sources : List.of(Path.of("src/main/java"), Path.of("../alexandria-core/src/main/java"),
                Path.of("../alexandria-api/src/main/java"))) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = walk.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.getFileName().toString().equals("CommandModels.java")).toList();
            }
            for (Path file : files) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = COMMAND_LINE.matcher(lines.get(i));
                    while (m.find()) {
                        CommandLine command = cli.getSubcommands().get(m.group(1));
                        if (command == null || command.isUnmatchedOptionsArePositionalParams()) {
                            continue; // prose ("alexandria writes ..."), or jshell, which passes on jshell's options
                        }
                        checked++;
                        List<String> unknown = unknownOptions(command.getCommandSpec(), m.group(2));
                        if (!unknown.isEmpty()) {
                            wrong.add(file + ":" + (i + 1) + ": alexandria " + m.group(1) + " has no " + unknown);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked > 50, "checked " + checked + " command lines");
    }
}
