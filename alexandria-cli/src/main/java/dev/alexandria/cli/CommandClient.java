package dev.alexandria.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The thin client of the command server ({@link CommandServer}): a read command that a server for this build and
 * environment answers runs there, in a JVM that is already warm; its output is copied here as it comes, and this
 * process exits with its exit code. Decided from the arguments and the environment alone (no picocli model is
 * built), so the client path costs little more than the JVM's start.
 *
 * <p>Whatever goes wrong before the server accepted the request (no server, a busy one, a stale socket, another
 * key, a command it does not serve) leaves the command to run in this process, exactly as without a server; when
 * none answered, {@link #afterInProcess} then starts one for the next command, from the second such command within
 * the idle time on (at once with {@code ALEXANDRIA_DAEMON=1}).
 *
 * <p>On by default; off when {@code CI} is set (no background process in CI jobs) or
 * {@code ALEXANDRIA_DAEMON} is {@code 0}, {@code off}, {@code false} or {@code no}; {@code ALEXANDRIA_DAEMON=1}
 * ({@code on}, {@code true}, {@code yes}) turns it on even in CI. Never for {@code --verbose} (the log level is the
 * JVM's) or {@code ALEXANDRIA_TIMING} (the phases are this process's).
 */
final class CommandClient {

    /** The variable that turns the server on or off. */
    static final String MODE_VARIABLE = "ALEXANDRIA_DAEMON";

    /** The option that stops the server of this build and environment: {@code alexandria --stop-daemon}. */
    static final String STOP_OPTION = "--stop-daemon";

    /** The property the server's process is started with (see {@link CommandServer#isServerProcess}). */
    static final String SERVER_PROPERTY = "alexandria.server.run";

    /**
     * The names of the commands a server runs: read commands that read only their {@link CliEnvironment} of the
     * process and write nothing but the cache. The server checks again with {@link AlexandriaCli#plan}.
     */
    static final Set<String> SERVED_NAMES = Set.of("browse", "info", "search", "recommend", "compare", "graph");

    private final String[] args;
    private final Map<String, String> env;
    private final Path workingDirectory;
    private final boolean terminal;
    /** The key, when this command line may be served. */
    private final Optional<String> key;
    /** The server's socket, when this command line may be served. */
    private final Optional<Path> socket;
    private final PrintStream out;
    private final PrintStream err;
    /** Whether no server answered at its socket, so one may be started. */
    private boolean noServer;

    /**
     * The client of this process: its environment, working directory, terminal and standard streams.
     *
     * @param args the arguments
     * @param env  the process's environment
     * @return the client
     */
    static CommandClient ofProcess(String[] args, Map<String, String> env) {
        Optional<String> key = key(args, env);
        return new CommandClient(args, env, Path.of("").toAbsolutePath(), System.console() != null, key,
                key.flatMap(CommandProtocol::socket), System.out, System.err);
    }

    /**
     * A client with the given key and socket (none: the command runs in this process), for tests.
     */
    CommandClient(String[] args, Map<String, String> env, Path workingDirectory, boolean terminal,
                  Optional<String> key, Optional<Path> socket, PrintStream out, PrintStream err) {
        this.args = args.clone();
        this.env = env;
        this.workingDirectory = workingDirectory;
        this.terminal = terminal;
        this.key = key;
        this.socket = key.isPresent() ? socket : Optional.empty();
        this.out = out;
        this.err = err;
    }

    /** The key of the server for a command line, when the mode is on and the command line may be served. */
    private static Optional<String> key(String[] args, Map<String, String> env) {
        return enabled(env) && served(args) && env.getOrDefault("ALEXANDRIA_TIMING", "").isEmpty()
                ? CommandProtocol.key(env) : Optional.empty();
    }

    /** Whether the mode is on: see the class comment. */
    static boolean enabled(Map<String, String> env) {
        String mode = env.getOrDefault(MODE_VARIABLE, "").strip().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "0", "off", "false", "no":
                return false;
            case "1", "on", "true", "yes":
                return true;
            default:
                String ci = env.getOrDefault("CI", "").strip();
                return ci.isEmpty() || "false".equalsIgnoreCase(ci) || "0".equals(ci);
        }
    }

    /**
     * Whether a server may run this command line: its command (the first word that is not a global option or its
     * value) is one of {@link #SERVED_NAMES}, and no word asks for the debug log ({@code --verbose}: the log level
     * is the JVM's), the help or the version (picocli styles them when {@link System#console()} of its own JVM is
     * there), alone or in a cluster of short options such as {@code -vh}, and none is an argument file
     * ({@code @FILE}, read relative to the JVM's own working directory).
     */
    static boolean served(String[] args) {
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--verbose".equals(arg) || "--help".equals(arg) || "--version".equals(arg) || arg.startsWith("@")
                    || arg.length() > 1 && arg.charAt(0) == '-' && arg.charAt(1) != '-'
                    && (arg.indexOf('v') > 0 || arg.indexOf('h') > 0 || arg.indexOf('V') > 0)) {
                return false;
            }
            if (command != null) {
                continue;
            }
            if ("--library".equals(arg) || "--output".equals(arg)) {
                i++;
            } else if (arg.startsWith("-")) {
                if (!arg.startsWith("--library=") && !arg.startsWith("--output=") && !"--no-cache".equals(arg)) {
                    return false; // --help, --version, --, an unknown option: in this process
                }
            } else {
                command = arg;
            }
        }
        return command != null && SERVED_NAMES.contains(command);
    }

    /**
     * Runs the command line on the server, if one takes it.
     *
     * @return the exit code, or empty when the command is to run in this process
     */
    OptionalInt tryServer() {
        if (socket.isEmpty()) {
            return OptionalInt.empty();
        }
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        try (channel) {
            try {
                channel.connect(UnixDomainSocketAddress.of(socket.get()));
            } catch (IOException e) {
                noServer = true; // no socket, or a stale one: no server listens
                return OptionalInt.empty();
            }
            return OptionalInt.of(exchange(channel, key.get()));
        } catch (NotAccepted | IOException e) {
            return OptionalInt.empty();
        }
    }

    /** Thrown when the server did not accept the request: the command runs here. */
    private static final class NotAccepted extends Exception {
        private static final long serialVersionUID = 1L;

        NotAccepted() {
            super(null, null, false, false);
        }
    }

    private int exchange(SocketChannel channel, String key) throws NotAccepted {
        OutputStream toServer = Channels.newOutputStream(channel);
        InputStream fromServer = Channels.newInputStream(channel);
        CommandProtocol.Request request = new CommandProtocol.Request(CommandProtocol.VERSION, key, List.of(args),
                workingDirectory, env, terminal);
        try {
            CommandProtocol.writeFrame(toServer, CommandProtocol.REQUEST, request.encode());
            if (CommandProtocol.readFrame(fromServer).type() != CommandProtocol.ACCEPTED) {
                throw new NotAccepted();
            }
        } catch (IOException e) {
            throw new NotAccepted();
        }
        // From here on the command runs on the server: its output is this run's.
        try {
            while (true) {
                CommandProtocol.Frame frame = CommandProtocol.readFrame(fromServer);
                switch (frame.type()) {
                    case CommandProtocol.OUT -> copy(out, frame.bytes());
                    case CommandProtocol.ERR -> copy(err, frame.bytes());
                    case CommandProtocol.EXIT -> {
                        return frame.exitCode();
                    }
                    default -> throw new IOException("unexpected frame " + frame.type());
                }
            }
        } catch (IOException e) {
            out.flush();
            err.println(ErrorHandler.PREFIX + "the command server stopped before the command ended ("
                    + e.getMessage() + ")");
            err.println("  fix: run the command again; " + MODE_VARIABLE + "=0 runs commands without the server");
            err.flush();
            return ExitCode.INTERNAL;
        }
    }

    private static void copy(PrintStream to, byte[] bytes) {
        to.write(bytes, 0, bytes.length);
        to.flush();
    }

    /**
     * After the command ran in this process: starts a server, detached, when this command line could have been
     * served, no server answered, and either the server was asked for or another such command ran in its own JVM
     * within the idle time ({@link #ranRecently}). Never fails: a server that cannot be started is simply not there.
     */
    void afterInProcess() {
        if (!noServer) {
            return;
        }
        try {
            Optional<List<String>> command = serverCommand();
            if (command.isEmpty()) {
                return;
            }
            Path folder = socket.orElseThrow().getParent();
            CommandServer.createFolder(folder);
            if (!asked(env) && !ranRecently(folder.resolve(CommandProtocol.name(key.orElseThrow()) + ".last"), env)) {
                return;
            }
            if (CommandServer.starting(folder.resolve(CommandProtocol.name(key.orElseThrow()) + ".lock"))) {
                return; // a server holds the key's lock but does not listen yet: it is starting
            }
            Path log = folder.resolve(CommandProtocol.name(key.orElseThrow()) + ".log");
            new ProcessBuilder(command.get())
                    .directory(folder.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException | RuntimeException e) {
            // no server then: the next command runs in its own process, as this one did
        }
    }

    /** Whether the server was asked for ({@code ALEXANDRIA_DAEMON=1}): it is then started at the first command. */
    static boolean asked(Map<String, String> env) {
        return Set.of("1", "on", "true", "yes").contains(env.getOrDefault(MODE_VARIABLE, "").strip()
                .toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a command that a server could have answered ran in its own JVM for this key within the server's idle
     * time before this one ({@link CommandServer#idle}); marks this run, so the next one knows. Unless asked for,
     * a server is started at the second such command, not the first: a single command (a script's one call, a test
     * with a cache folder of its own) never leaves a warm JVM behind for the idle time, nor pays for its warm-up.
     */
    static boolean ranRecently(Path marker, Map<String, String> env) throws IOException {
        boolean recent = false;
        try {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(marker).toMillis();
            recent = age >= 0 && age < CommandServer.idle(env).toMillis();
        } catch (java.nio.file.NoSuchFileException e) {
            // the first such command
        }
        if (!recent) {
            Files.write(marker, new byte[0]);
            Files.setLastModifiedTime(marker, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        }
        return recent;
    }

    /**
     * The server's command line: this JVM's own (its {@code java} and options, from {@link ProcessHandle}), with
     * {@link #SERVER_PROPERTY}, the working directory and this command line (which the server runs once, its output
     * discarded, to warm itself on the same library); under {@code setsid} where it exists, so that closing the
     * terminal does not end it.
     */
    private Optional<List<String>> serverCommand() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String> java = info.command();
        Optional<String[]> arguments = info.arguments();
        if (java.isEmpty() || arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> jvm = new ArrayList<>();
        String main = AlexandriaCli.class.getName();
        boolean found = false;
        for (String argument : arguments.get()) {
            if (argument.equals(main)) {
                found = true;
                break;
            }
            jvm.add(argument);
        }
        if (!found) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);
                break;
            }
        }
        command.add(java.get());
        command.addAll(jvm);
        command.add("-D" + SERVER_PROPERTY + "=true");
        command.add("-D" + CommandServer.WORKING_DIRECTORY_PROPERTY + "=" + workingDirectory);
        command.add(main);
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * Stops the server of this build and environment, if one runs ({@code alexandria --stop-daemon}).
     *
     * @param env the process's environment
     * @return the exit code: 0
     */
    static int stop(Map<String, String> env) {
        Optional<String> key = CommandProtocol.key(env);
        Optional<Path> socket = key.flatMap(CommandProtocol::socket);
        boolean stopped = socket.isPresent() && stop(socket.get(), key.get());
        System.out.println(stopped ? "alexandria: the command server stopped" : "alexandria: no command server runs");
        return ExitCode.OK;
    }

    /**
     * Asks the server at a socket to stop.
     *
     * @return whether one stopped
     */
    static boolean stop(Path socket, String key) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            CommandProtocol.writeFrame(Channels.newOutputStream(channel), CommandProtocol.STOP,
                    key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return CommandProtocol.readFrame(Channels.newInputStream(channel)).type() == CommandProtocol.ACCEPTED;
        } catch (IOException e) {
            return false;
        }
    }
}
