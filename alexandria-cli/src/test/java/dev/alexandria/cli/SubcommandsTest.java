package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Only the subcommand a command line names is built; a run that only lists the commands holds the others by name
 * and description; everything else that describes the others builds them all.
 */
class SubcommandsTest {

    @Test
    void theNamedCommand_isTheOnlyOneBuilt_afterGlobalOptions() {
        assertEquals(List.of(BrowseCommand.class), AlexandriaCli.plan(new String[] {"browse"}).built());
        assertEquals(List.of(InfoCommand.class), AlexandriaCli.plan(new String[] {"--library", "browse",
            "--output", "json", "-v", "--no-cache", "--library=x", "--output=yaml", "--verbose", "info", "browse"}).built());
        assertEquals(List.of(SearchCommand.class), AlexandriaCli.plan(new String[] {"search", "--help"}).built());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "--version", "-V", "generate-completion", "serach", "--libary", "--",
        "@args.txt", "-vh"})
    void helpVersionAndUnknownWords_beforeMoreWords_buildEveryCommand(String first) {
        String[] args = {first, "browse"};
        assertEquals(new AlexandriaCli.Plan(AlexandriaCli.SUBCOMMANDS, false), AlexandriaCli.plan(args));
    }

    @Test
    void aRunThatOnlyListsTheCommands_buildsNone() {
        AlexandriaCli.Plan listing = new AlexandriaCli.Plan(List.of(), true);
        assertEquals(listing, AlexandriaCli.plan(new String[0]));
        assertEquals(listing, AlexandriaCli.plan(new String[] {"--help"}));
        assertEquals(listing, AlexandriaCli.plan(new String[] {"-h"}));
        assertEquals(listing, AlexandriaCli.plan(new String[] {"--library", "x", "-v", "--output=json", "--help"}));
        assertEquals(listing, AlexandriaCli.plan(new String[] {"-h", "--version"}));
        assertEquals(listing, AlexandriaCli.plan(new String[] {"--library", "x"}));
    }

    @Test
    void help_buildsItselfAndTheNamedCommand_andListsTheOthers() {
        Class<?> help = CommandLine.HelpCommand.class;
        assertEquals(new AlexandriaCli.Plan(List.of(help), true), AlexandriaCli.plan(new String[] {"help"}));
        assertEquals(new AlexandriaCli.Plan(List.of(SearchCommand.class, help), true),
                AlexandriaCli.plan(new String[] {"help", "search"}));
        assertEquals(new AlexandriaCli.Plan(List.of(CostCompareCommand.class, help), true),
                AlexandriaCli.plan(new String[] {"--library", "x", "help", "--output", "json", "cost-compare"}));
        assertEquals(new AlexandriaCli.Plan(List.of(help), true), AlexandriaCli.plan(new String[] {"help", "serach"}));
        assertEquals(new AlexandriaCli.Plan(List.of(help), true), AlexandriaCli.plan(new String[] {"help", "-h"}));
    }

    /**
     * A run that builds only some commands prints, on both streams, what it printed with every command built:
     * the usage help and its list of commands, {@code help NAME}, the error for a missing or unknown command.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "-h", "--library . -v --help", "help", "help search", "help cost-compare",
        "help serach", "help generate-completion", "help help", "--library . help --output json info", "serach",
        "brwse --layer x", "--help browse", "--version", "-h -V", "search --help", "help -h"})
    void aCommandLineThatBuildsLess_printsTheSame(String line, @TempDir Path cwd) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        CliEnvironment environment = new CliEnvironment(Map.of("NO_COLOR", "1"), cwd);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AlexandriaCli.run(args, new PrintWriter(out), new PrintWriter(err), environment, false);
        StringWriter fullOut = new StringWriter();
        StringWriter fullErr = new StringWriter();
        PrintWriter o = new PrintWriter(fullOut);
        PrintWriter e = new PrintWriter(fullErr);
        int fullExitCode = AlexandriaCli.execute(() -> AlexandriaCli.commandLine(environment, o, e), args, o, e);
        assertEquals(fullOut.toString(), out.toString(), line);
        assertEquals(fullErr.toString(), err.toString(), line);
        assertEquals(fullExitCode, exitCode, line);
        assertTrue(!(out.toString() + err.toString()).isBlank(), line);
    }

    @Test
    void picocliOwnCommands_getTheGlobalOptionsFromTheGeneratedModel() {
        // Reading GlobalOptions' annotations at run time makes picocli's annotation proxies (see CommandModel).
        PrintWriter none = new PrintWriter(java.io.Writer.nullWriter());
        CommandLine cli = AlexandriaCli.commandLine(new CliEnvironment(Map.of(), Path.of(".")), none, none,
                List.of(CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class), false);
        for (String name : List.of("help", "generate-completion")) {
            CommandLine.Model.CommandSpec global = cli.getSubcommands().get(name).getCommandSpec().mixins()
                    .get("globalOptions");
            assertEquals(List.of("--library", "--output", "--verbose", "--no-cache"),
                    global.options().stream().map(CommandLine.Model.OptionSpec::longestName).toList(), name);
            assertTrue(global.options().stream().allMatch(o -> o.getter() instanceof CommandModel.FieldBinding), name);
        }
    }

    @Test
    void aListedCommand_hasItsNamesAndDescription_only() {
        CommandLine.Model.CommandSpec search = CommandModels.listing(SearchCommand.class);
        assertEquals("search", search.name());
        assertEquals(List.of(), search.options());
        assertEquals(CommandModels.spec(CommandModel.create(CommandLine.defaultFactory(), SearchCommand.class),
                CommandLine.defaultFactory()).usageMessage()
                .description()[0], search.usageMessage().description()[0]);
        assertEquals("Display help information about the specified command.",
                CommandModels.listing(CommandLine.HelpCommand.class).usageMessage().header()[0]);
    }

    @Test
    void theVersionAlone_buildsNoCommand() {
        assertEquals(List.of(), AlexandriaCli.plan(new String[] {"--version"}).built());
        assertEquals(List.of(), AlexandriaCli.plan(new String[] {"--library", "x", "-v", "-V"}).built());
    }

    @Test
    void everyCommand_followsTheClassNameConvention_soFindingItReadsOneAnnotation() {
        for (Class<?> command : AlexandriaCli.SUBCOMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            if (command != CommandLine.HelpCommand.class && command != AutoComplete.GenerateCompletion.class) {
                assertEquals(command.getSimpleName(), AlexandriaCli.conventionalClassName(name), name);
                assertEquals(List.of(command), AlexandriaCli.plan(new String[] {name}).built(), name);
            }
        }
        assertEquals("CostCompareCommand", AlexandriaCli.conventionalClassName("cost-compare"));
    }

    @Test
    void globalOptionsWithoutACommand_buildNone_andListThemAll() {
        assertEquals(List.of(), AlexandriaCli.plan(new String[] {"--library", "x"}).built());
        assertTrue(AlexandriaCli.plan(new String[] {"--library", "x"}).listsOthers());
        assertTrue(!AlexandriaCli.plan(new String[] {"--library", "x", "browse"}).listsOthers());
    }

    @Test
    void everyCommand_isInTheList_notInTheAnnotation_andNamedOnce() {
        // A command added to @Command(subcommands = ...) would be built on every run again.
        assertEquals(0, AlexandriaCli.class.getAnnotation(Command.class).subcommands().length);
        Set<String> names = new HashSet<>();
        for (Class<?> command : AlexandriaCli.SUBCOMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            assertEquals(true, names.add(annotation.name()), annotation.name());
            for (String alias : annotation.aliases()) {
                assertEquals(true, names.add(alias), alias);
            }
        }
    }

    @Test
    void configureProcess_turnsOffPicocliLookingForGroovy() {
        // Looking up groovy.lang.Closure, which is on no class path of ours, opened every jar on every run.
        String before = System.getProperty(AlexandriaCli.PICOCLI_DISABLE_CLOSURES);
        try {
            System.clearProperty(AlexandriaCli.PICOCLI_DISABLE_CLOSURES);
            AlexandriaCli.configureProcess();
            assertEquals("true", System.getProperty(AlexandriaCli.PICOCLI_DISABLE_CLOSURES));
        } finally {
            if (before == null) {
                System.clearProperty(AlexandriaCli.PICOCLI_DISABLE_CLOSURES);
            } else {
                System.setProperty(AlexandriaCli.PICOCLI_DISABLE_CLOSURES, before);
            }
        }
    }

    @Test
    void noOptionNeedsAConverterThatTheCliLeavesOut() {
        // configureProcess tells picocli not to register its java.sql and java.time converters; an option of
        // such a type without a converter of its own would fail to parse.
        List<String> excluded = List.of(AlexandriaCli.UNUSED_CONVERTERS.split(","));
        assertEquals(true, excluded.stream().anyMatch("java.time.LocalDate"::matches), excluded::toString);
        assertEquals(true, excluded.stream().anyMatch("java.sql.Timestamp"::matches), excluded::toString);
        assertEquals(false, excluded.stream().anyMatch("java.nio.file.Path"::matches), excluded::toString);
        java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
        List<String> needing = new java.util.ArrayList<>();
        java.util.Deque<CommandLine> commands = new java.util.ArrayDeque<>(List.of(AlexandriaCli.commandLine(
                new CliEnvironment(java.util.Map.of(), java.nio.file.Path.of(".")), none, none)));
        int args = 0;
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            commands.addAll(command.getSubcommands().values());
            for (CommandLine.Model.ArgSpec arg : command.getCommandSpec().args()) {
                args++;
                List<Class<?>> types = new java.util.ArrayList<>(List.of(arg.auxiliaryTypes()));
                types.add(arg.type());
                for (Class<?> type : types) {
                    if (excluded.stream().anyMatch(type.getName()::matches) && arg.converters().length == 0) {
                        needing.add(command.getCommandSpec().qualifiedName() + " " + arg + ": " + type.getName());
                    }
                }
            }
        }
        assertEquals(true, args > 100, "options seen: " + args);
        assertEquals(List.of(), needing);
    }
}
