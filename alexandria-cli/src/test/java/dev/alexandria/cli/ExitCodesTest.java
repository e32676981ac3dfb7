package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * The exit codes of the README's table are the same for every command: a library that does not open (a broken
 * catalog, or a folder that is no library) is exit 3 from each command that reads one, {@code validate} included.
 */
class ExitCodesTest {

    /** The arguments that make each command reach the library (a module of the broken fixture where one is needed). */
    private static final Map<String, List<String>> ARGS = new TreeMap<>(Map.ofEntries(
            Map.entry("browse", List.of()),
            Map.entry("info", List.of("net-basic")),
            Map.entry("diff", List.of("net-basic")),
            Map.entry("versions", List.of("net-basic")),
            Map.entry("version", List.of("net-basic", "--bump", "patch", "--changelog", "x", "--dry-run")),
            Map.entry("search", List.of("net")),
            Map.entry("recommend", List.of("--for", "microservices")),
            Map.entry("compare", List.of("net-basic", "net-basic")),
            Map.entry("status", List.of("net-basic")),
            Map.entry("promote", List.of("net-basic", "--to", "beta", "--dry-run")),
            Map.entry("deprecate", List.of("net-basic", "--dry-run")),
            Map.entry("archive", List.of("net-basic", "--dry-run")),
            Map.entry("scaffold", List.of("--name", "net-extra", "--category", "foundations/networking", "--dry-run")),
            Map.entry("test", List.of("net-basic")),
            Map.entry("register", List.of("net-basic", "--version", "1.0.0", "--dry-run")),
            Map.entry("publish", List.of("net-basic", "--dry-run")),
            Map.entry("dependencies", List.of("net-basic")),
            Map.entry("graph", List.of("--check")),
            Map.entry("validate", List.of()),
            Map.entry("inspect", List.of("net-basic")),
            Map.entry("cost", List.of("net-basic")),
            Map.entry("cost-compare", List.of("net-basic", "net-basic")),
            Map.entry("jshell", List.of()),
            Map.entry("migrate", List.of("--check"))));

    /** Commands that read no library, or (import-prices) only its folders; see the plain test. */
    private static final Set<String> NO_CATALOG = Set.of("import-prices", "generate-completion", "help");

    @TempDir
    Path cwd;

    @Test
    void everyCommand_isListedHere() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : AlexandriaCli.SUBCOMMANDS) {
            String name = type.getAnnotation(Command.class).name();
            if (!ARGS.containsKey(name) && !NO_CATALOG.contains(name)) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "add the new command's arguments to ExitCodesTest.ARGS");
    }

    @Test
    void brokenModule_isAFindingOfTheReadCommands_andADataErrorOfTheOthers() {
        String broken = Cli.fixture("broken").toString(); // its one module's metadata has errors
        Set<String> reads = new java.util.HashSet<>();
        for (Class<?> type : AlexandriaCli.SUBCOMMANDS) {
            if (LibraryCommand.SKIPS_BROKEN_MODULES.contains(type)) {
                reads.add(type.getAnnotation(Command.class).name());
            }
        }
        for (Map.Entry<String, List<String>> command : ARGS.entrySet()) {
            Cli.Result r = run(command.getKey(), command.getValue(), broken);
            assertEquals(reads.contains(command.getKey()) ? ExitCode.FINDINGS : ExitCode.DATA, r.exitCode(),
                    command.getKey() + ": " + r);
            // validate prints the errors as its findings (stdout); the others on stderr
            assertTrue((r.out() + r.err()).contains("missing required key 'maturity'"), command.getKey() + ": " + r);
        }
    }

    @Test
    void folderThatIsNoLibrary_isADataErrorFromEveryCommand() throws IOException {
        Path plain = Files.createDirectories(cwd.resolve("plain"));
        Map<String, List<String>> commands = new TreeMap<>(ARGS);
        commands.put("migrate", List.of("--check", plain.toString())); // ROOT named, not --library
        Path prices = Files.writeString(cwd.resolve("prices.json"), "{\"offerCode\": \"AmazonEC2\"}");
        commands.put("import-prices", List.of(prices.toString()));
        for (Map.Entry<String, List<String>> command : commands.entrySet()) {
            Cli.Result r = run(command.getKey(), command.getValue(), plain.toString());
            assertEquals(ExitCode.DATA, r.exitCode(), command.getKey() + ": " + r);
            assertTrue(r.err().contains("is not a library root") || r.err().contains(": is not a library root"),
                    command.getKey() + ": " + r);
        }
    }

    private Cli.Result run(String command, List<String> args, String library) {
        List<String> line = new ArrayList<>();
        line.add(command);
        line.addAll(args);
        line.add("--library");
        line.add(library);
        return Cli.in(cwd).run(line.toArray(String[]::new));
    }
}
