package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Only the subcommand a command line names is built; everything that describes the others builds them all. */
class SubcommandsTest {

    @Test
    void theNamedCommand_isTheOnlyOneBuilt_afterGlobalOptions() {
        assertEquals(List.of(BrowseCommand.class), AlexandriaCli.subcommandsFor(new String[] {"browse"}));
        assertEquals(List.of(InfoCommand.class), AlexandriaCli.subcommandsFor(new String[] {"--library", "browse",
            "--output", "json", "-v", "--no-cache", "--library=x", "--output=yaml", "--verbose", "info", "browse"}));
        assertEquals(List.of(SearchCommand.class), AlexandriaCli.subcommandsFor(new String[] {"search", "--help"}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "-h", "--version", "-V", "help", "generate-completion", "serach", "--libary",
        "--", "@args.txt", "-vh"})
    void helpVersionAndUnknownWords_buildEveryCommand(String first) {
        String[] args = first.isEmpty() ? new String[0] : new String[] {first, "browse"};
        assertEquals(AlexandriaCli.SUBCOMMANDS, AlexandriaCli.subcommandsFor(args));
    }

    @Test
    void theVersionAlone_buildsNoCommand() {
        assertEquals(List.of(), AlexandriaCli.subcommandsFor(new String[] {"--version"}));
        assertEquals(List.of(), AlexandriaCli.subcommandsFor(new String[] {"--library", "x", "-v", "-V"}));
    }

    @Test
    void everyCommand_followsTheClassNameConvention_soFindingItReadsOneAnnotation() {
        for (Class<?> command : AlexandriaCli.SUBCOMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            if (command != CommandLine.HelpCommand.class && command != AutoComplete.GenerateCompletion.class) {
                assertEquals(command.getSimpleName(), AlexandriaCli.conventionalClassName(name), name);
                assertEquals(List.of(command), AlexandriaCli.subcommandsFor(new String[] {name}), name);
            }
        }
        assertEquals("CostCompareCommand", AlexandriaCli.conventionalClassName("cost-compare"));
    }

    @Test
    void globalOptionsWithoutACommand_buildEveryCommand() {
        assertEquals(AlexandriaCli.SUBCOMMANDS, AlexandriaCli.subcommandsFor(new String[] {"--library", "x"}));
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
