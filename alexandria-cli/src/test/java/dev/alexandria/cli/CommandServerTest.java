package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command server and its client, with the server on threads of this JVM: a served run's stdout, stderr and exit
 * code are byte for byte those of the same run in a process of its own ({@link AlexandriaCli#runProcess}); whatever
 * the server cannot or may not answer runs in the client's process; a changed library is read again.
 */
class CommandServerTest {

    private static final String KEY = "test key";

    @TempDir
    Path temp;

    private Path socket;
    private CommandServer server;

    @BeforeEach
    void start() throws IOException {
        // A short path: a socket's is limited to ~100 bytes, and a test's temporary folder may be deep.
        socket = Files.createTempDirectory(Path.of("/tmp"), "alx").resolve("s.sock");
        server = CommandServer.startInThisJvm(KEY, socket);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        Files.deleteIfExists(socket.getParent());
    }

    /** What a run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    /** The environment of this JVM (so the process-level variables are the server's), without a library. */
    private static Map<String, String> env(String... more) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("ALEXANDRIA_LIBRARY");
        env.remove("NO_COLOR");
        env.remove("COLUMNS");
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    /** Runs on the server; empty when the client would run it itself. */
    private Optional<Run> served(Path cwd, Map<String, String> env, boolean terminal, String... args) {
        return served(socket, KEY, cwd, env, terminal, args);
    }

    private static Optional<Run> served(Path socket, String key, Path cwd, Map<String, String> env, boolean terminal,
                                        String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandClient client = new CommandClient(args, env, cwd, terminal, Optional.of(key), Optional.of(socket),
                new PrintStream(out, true), new PrintStream(err, true));
        OptionalInt code = client.tryServer();
        return code.isPresent() ? Optional.of(new Run(code.getAsInt(), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8))) : Optional.empty();
    }

    /** Runs as {@code main} does in a process of its own, on this JVM's redirected standard streams. */
    private static Run inProcess(Path cwd, Map<String, String> env, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream ownOut = System.out;
        PrintStream ownErr = System.err;
        int code;
        try {
            System.setOut(new PrintStream(out, true));
            System.setErr(new PrintStream(err, true));
            code = AlexandriaCli.runProcess(args, new CliEnvironment(env, cwd, terminal));
        } finally {
            System.setOut(ownOut);
            System.setErr(ownErr);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void assertServedAsInProcess(Path cwd, Map<String, String> env, boolean terminal, String... args) {
        Run expected = inProcess(cwd, env, terminal, args);
        Run actual = served(cwd, env, terminal, args).orElseThrow(() -> new AssertionError("not served: "
                + List.of(args)));
        assertEquals(expected, actual, () -> "served differently: " + List.of(args));
    }

    @Test
    void aServerStartsAtTheSecondCommandWithinTheIdleTime_orAtTheFirstWhenAskedFor() throws IOException {
        Path marker = temp.resolve("k.last");
        Map<String, String> unset = Map.of();
        assertFalse(CommandClient.ranRecently(marker, unset), "the first command starts none");
        assertTrue(Files.exists(marker), "and marks its time");
        assertTrue(CommandClient.ranRecently(marker, unset), "the second starts one");

        // A mark older than the idle time (15 minutes by default) counts as none, and is renewed.
        Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis() - 16 * 60_000L));
        assertFalse(CommandClient.ranRecently(marker, unset));
        assertTrue(CommandClient.ranRecently(marker, unset));
        Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis() - 16 * 60_000L));
        assertTrue(CommandClient.ranRecently(marker, Map.of(CommandServer.IDLE_VARIABLE, "30")),
                "within a longer idle time");

        assertTrue(CommandClient.asked(Map.of(CommandClient.MODE_VARIABLE, "1")));
        assertTrue(CommandClient.asked(Map.of(CommandClient.MODE_VARIABLE, " On ")));
        assertFalse(CommandClient.asked(unset));
        assertFalse(CommandClient.asked(Map.of(CommandClient.MODE_VARIABLE, "0")));
    }

    @Test
    void aRequestAndItsFramesSurviveTheRoundTrip() throws IOException {
        CommandProtocol.Request request = new CommandProtocol.Request(CommandProtocol.VERSION, "k\u00e9y",
                List.of("search", "vpc", ""), Path.of("/a b/c"), Map.of("X", "1", "EMPTY", "", "U", "\u2603"), true);
        assertEquals(request, CommandProtocol.Request.decode(request.encode()));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandProtocol.writeFrame(bytes, CommandProtocol.OUT, "hello".getBytes(StandardCharsets.UTF_8));
        CommandProtocol.writeFrame(bytes, CommandProtocol.EXIT, CommandProtocol.exitCode(258));
        ByteArrayInputStream in = new ByteArrayInputStream(bytes.toByteArray());
        CommandProtocol.Frame out = CommandProtocol.readFrame(in);
        assertEquals(CommandProtocol.OUT, out.type());
        assertEquals("hello", new String(out.bytes(), StandardCharsets.UTF_8));
        assertEquals(258, CommandProtocol.readFrame(in).exitCode());
    }

    @Test
    void servedRunsPrintAndExitAsInTheirOwnProcess() throws IOException {
        Path nowhere = Files.createDirectories(temp.resolve("nowhere"));
        Map<String, String> env = env();
        for (List<String> args : List.of(
                List.of("browse"),
                List.of("browse", "--layer", "compute"),
                List.of("info", "vpc-standard"),
                List.of("info", "no-such-module"),
                List.of("info", "eks-standard", "--output", "json"),
                List.of("search", "vpc"),
                List.of("search", "postgres database", "--output", "json"),
                List.of("search", "--no-such-option"),
                List.of("recommend", "--for", "web api with a postgres database and a redis cache"),
                List.of("recommend", "--based-on", "eks-standard"),
                List.of("compare", "vpc-basic", "vpc-standard"),
                List.of("graph"))) {
            assertServedAsInProcess(nowhere, env, false, args.toArray(String[]::new));
        }
        Run unknown = served(nowhere, env, false, "info", "no-such-module").orElseThrow();
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("no-such-module"), unknown::toString);
    }

    @Test
    void theTerminalNoColorAndColumnsAreTheClients() throws IOException {
        Path nowhere = Files.createDirectories(temp.resolve("nowhere"));
        assertServedAsInProcess(nowhere, env(), true, "browse");
        assertTrue(served(nowhere, env(), true, "browse").orElseThrow().out().contains("\u001b["),
                "bold headers on a terminal");
        assertServedAsInProcess(nowhere, env("NO_COLOR", "1"), true, "browse");
        assertServedAsInProcess(nowhere, env("COLUMNS", "60"), false, "search", "database");
        assertServedAsInProcess(nowhere, env("COLUMNS", "200"), false, "browse");
    }

    @Test
    void aRelativeLibraryIsTheClientsWorkingDirectorys() throws IOException {
        Path library = temp.resolve("libs/minimal");
        Cli.copy(Cli.fixture("minimal"), library);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        assertServedAsInProcess(elsewhere, env(), false, "--library", "../libs/minimal", "info", "net-basic");
        assertServedAsInProcess(elsewhere, env(), false, "browse", "--library", "../libs/minimal");
        assertServedAsInProcess(temp.resolve("libs"), env(), false, "search", "network", "--library", "minimal");
        // ALEXANDRIA_LIBRARY too, and a library found from the working directory
        assertServedAsInProcess(elsewhere, env("ALEXANDRIA_LIBRARY", "../libs/minimal"), false, "browse");
        assertServedAsInProcess(library.resolve("_library"), env(), false, "info", "net-basic");
    }

    @Test
    void aLibraryChangedBetweenTwoRequestsIsReadAgain() throws IOException {
        Path library = temp.resolve("library");
        Cli.copy(Cli.fixture("minimal"), library);
        Path cwd = Files.createDirectories(temp.resolve("cwd"));
        Map<String, String> env = env("ALEXANDRIA_LIBRARY", library.toString());
        Run before = served(cwd, env, false, "info", "net-basic").orElseThrow();
        served(cwd, env, false, "search", "network").orElseThrow();
        Run recommendBefore = served(cwd, env, false, "recommend", "--for", "a quantum wormhole gateway").orElseThrow();
        assertTrue(before.out().matches("(?s).*own_variables +2\n.*"), before::toString);

        Path module = library.resolve("_library/foundations/networking/net-basic");
        append(module.resolve("variables.tf"), "\nvariable \"flux_capacitor\" {\n  type        = string\n"
                + "  description = \"How much flux.\"\n}\n");
        Path metadata = module.resolve(".alexandria.yaml");
        String yaml = Files.readString(metadata);
        String description = yaml.lines().filter(l -> l.startsWith("description:")).findFirst().orElseThrow();
        Files.writeString(metadata, yaml.replace(description,
                "description: A basic network for the quantum wormhole gateway"));
        Files.setLastModifiedTime(metadata, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        Run info = served(cwd, env, false, "info", "net-basic").orElseThrow();
        assertTrue(info.out().matches("(?s).*own_variables +3\n.*"), info::toString); // flux_capacitor
        assertTrue(info.out().contains("quantum wormhole"), info::toString);
        assertEquals(inProcess(cwd, env, false, "info", "net-basic"), info);
        Run search = served(cwd, env, false, "search", "wormhole").orElseThrow();
        assertTrue(search.out().contains("net-basic"), search::toString);
        assertEquals(inProcess(cwd, env, false, "search", "wormhole"), search);
        Run recommend = served(cwd, env, false, "recommend", "--for", "a quantum wormhole gateway").orElseThrow();
        // the words now match the module (though as made for something else): they did not before
        assertTrue(recommend.out().contains("match only modules made for something else"), recommend::toString);
        assertTrue(recommendBefore.out().contains("no module of the library matches 'quantum'"),
                recommendBefore::toString);
        assertEquals(inProcess(cwd, env, false, "recommend", "--for", "a quantum wormhole gateway"), recommend);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    }

    @Test
    void commandsThatWriteOrNeedTheJvmRunInTheClient() throws IOException {
        Path cwd = Files.createDirectories(temp.resolve("cwd"));
        for (List<String> args : List.<List<String>>of(
                List.of("scaffold", "my-module", "--layer", "compute", "--category", "containers"),
                List.of("register", "vpc-standard"),
                List.of("validate"),
                List.of("jshell"),
                List.of("--verbose", "browse"),
                List.of("browse", "-v"),
                List.of("info", "--help"),
                List.of("--version"),
                List.of("@args.txt"),
                List.of("browse", "@args.txt"),
                List.of())) {
            String[] words = args.toArray(String[]::new);
            assertFalse(CommandClient.served(words) && CommandServer.serves(words), args::toString);
            // A client that sends it anyway is refused: it then runs the command itself.
            assertEquals(Optional.empty(), served(cwd, env(), false, words), args::toString);
        }
        assertEquals(Optional.empty(), served(cwd, env("ALEXANDRIA_TIMING", "1"), false, "browse"));
        assertFalse(Files.exists(cwd.resolve("my-module")));
    }

    @Test
    void aBusyServerLeavesTheCommandToTheClient() throws IOException {
        Path cwd = Files.createDirectories(temp.resolve("cwd"));
        server.busy(true);
        assertEquals(Optional.empty(), served(cwd, env(), false, "browse"));
        server.busy(false);
        assertTrue(served(cwd, env(), false, "browse").isPresent());
    }

    @Test
    void anotherCacheFolderOrKeyIsNotServed() throws IOException {
        Path cwd = Files.createDirectories(temp.resolve("cwd"));
        assertEquals(Optional.empty(), served(cwd, env("ALEXANDRIA_CACHE_DIR", temp.resolve("other").toString()),
                false, "browse"));
        assertEquals(Optional.empty(), served(cwd, env("GIT_DIR", temp.toString()), false, "browse"));
        assertEquals(Optional.empty(), served(socket, "another key", cwd, env(), false, "browse"));
        assertTrue(served(cwd, env(), false, "browse").isPresent());
    }

    @Test
    void aStaleSocketIsRunInTheClientThenReplaced() throws IOException {
        Path stale = Files.createTempDirectory(Path.of("/tmp"), "alx").resolve("s.sock");
        try {
            try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                dead.bind(UnixDomainSocketAddress.of(stale)); // closed without removing its file, as by a crash
            }
            assertTrue(Files.exists(stale));
            Path cwd = Files.createDirectories(temp.resolve("cwd"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CommandClient client = new CommandClient(new String[] {"browse"}, env(), cwd, false, Optional.of(KEY),
                    Optional.of(stale), new PrintStream(out), new PrintStream(out));
            assertEquals(OptionalInt.empty(), client.tryServer());
            assertEquals(0, out.size());
            CommandServer replacing = CommandServer.startInThisJvm(KEY, stale);
            try {
                assertTrue(served(stale, KEY, cwd, env(), false, "browse").isPresent());
            } finally {
                replacing.close();
            }
        } finally {
            Files.deleteIfExists(stale);
            Files.deleteIfExists(stale.getParent());
        }
    }

    @Test
    void stoppingTheServerRemovesItsSocket() throws IOException {
        assertEquals(Optional.empty(), served(socket, "another key", temp, env(), false, "browse"));
        assertFalse(CommandClient.stop(socket, "another key"));
        assertTrue(CommandClient.stop(socket, KEY));
        assertFalse(Files.exists(socket));
    }

    @Test
    void theModeIsOnUnlessCiOrTurnedOff() {
        assertTrue(CommandClient.enabled(Map.of()));
        assertFalse(CommandClient.enabled(Map.of("CI", "true")));
        assertTrue(CommandClient.enabled(Map.of("CI", "false")));
        assertTrue(CommandClient.enabled(Map.of("CI", "true", "ALEXANDRIA_DAEMON", "1")));
        assertFalse(CommandClient.enabled(Map.of("ALEXANDRIA_DAEMON", "0")));
        assertFalse(CommandClient.enabled(Map.of("ALEXANDRIA_DAEMON", "off")));
        assertTrue(CommandClient.served(new String[] {"--library", "x", "search", "vpc", "--output", "json"}));
        assertFalse(CommandClient.served(new String[] {"search", "-vh"}));
    }
}
