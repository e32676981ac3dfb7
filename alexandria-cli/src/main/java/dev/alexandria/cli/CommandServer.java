package dev.alexandria.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The command server: a JVM that stays warm and runs the read commands of {@link CommandClient}s, one at a time, so
 * that they answer without a JVM's start-up and first-time work. Started, detached, by a client that found none;
 * see docs/opening.md ("The command server").
 *
 * <p>Each request gets what a process of its own would get: {@link AlexandriaCli#runProcess} with the client's
 * arguments and a {@link CliEnvironment} of its environment, working directory and terminal, with
 * {@link System#out} and {@link System#err} pointed at frames to the client for the time of the request (the log
 * goes there too). It opens its library afresh, so the on-disk cache and its file stamps decide what is read again,
 * as in a new process. A request is refused, before anything runs, when its key or process-level variables differ
 * from the server's ({@link CommandProtocol#key}), when its command is not one the server runs ({@link #serves}),
 * or when another request is running: the client then runs it itself.
 *
 * <p>It exits when idle for {@code ALEXANDRIA_DAEMON_IDLE} minutes (default 15), when a request runs longer than
 * {@link #REQUEST_LIMIT}, after a request that ended in an internal error (exit code 4: a bug, or the JVM out of
 * memory), when a jar of its class path changed, when its socket is gone, or on {@code alexandria --stop-daemon}.
 */
final class CommandServer {

    /** The client's working directory, where the server warms itself on the client's library. */
    static final String WORKING_DIRECTORY_PROPERTY = "alexandria.server.cwd";

    /** The longest a request may run before the server gives up and exits. */
    static final Duration REQUEST_LIMIT = Duration.ofMinutes(10);

    /** The idle time, in minutes, after which the server exits. */
    static final String IDLE_VARIABLE = "ALEXANDRIA_DAEMON_IDLE";

    private static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);

    /**
     * Where the server's own lines go: the process's standard error as it started (its log file), never a
     * request's, to which {@link System#err} points while the request runs.
     */
    private static final PrintStream LOG = System.err;

    private final String key;
    private final Path socket;
    private final Duration idle;
    private final Map<String, String> processVariables;
    private final Map<Path, List<Long>> classPath;
    private final AtomicBoolean busy = new AtomicBoolean();
    /** Held while a command runs, a request's or the warm-up's. */
    private final Object running = new Object();
    /** Whether a request came: the warm-up stops. */
    private volatile boolean requested;
    /** How many requests ran. */
    private final java.util.concurrent.atomic.AtomicInteger served = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long lastActive = System.nanoTime();
    private volatile long requestStarted;
    private final PrintStream ownOut = System.out;
    private final PrintStream ownErr = System.err;
    private volatile ServerSocketChannel channel;
    /** Whether the server is the process (else it runs on threads of a test's JVM and never exits it). */
    private final boolean ownProcess;

    CommandServer(String key, Path socket, Duration idle, boolean ownProcess) {
        this.ownProcess = ownProcess;
        this.key = key;
        this.socket = socket;
        this.idle = idle;
        this.processVariables = CommandProtocol.processVariables(System.getenv());
        this.classPath = classPathStamps();
    }

    /** Whether this JVM was started as a server ({@link CommandClient#SERVER_PROPERTY}). */
    static boolean isServerProcess() {
        return Boolean.getBoolean(CommandClient.SERVER_PROPERTY);
    }

    /**
     * The server process: takes the lock of its key (another server for the key exits at once), binds the socket,
     * warms itself on the bundled sample library and the command line that started it, and serves until it exits.
     *
     * @param args the command line of the client that started it
     */
    static void main(String[] args) {
        AlexandriaCli.configureProcess();
        Optional<String> key = CommandProtocol.key(System.getenv());
        Optional<Path> socket = key.flatMap(CommandProtocol::socket);
        if (socket.isEmpty()) {
            System.exit(ExitCode.USAGE);
        }
        try {
            createFolder(socket.get().getParent());
            Path lockFile = socket.get().resolveSibling(CommandProtocol.name(key.get()) + ".lock");
            FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                System.exit(ExitCode.OK); // another server has this key
            }
            CommandServer server = new CommandServer(key.get(), socket.get(), idle(System.getenv()), true);
            server.bind();
            log("listening on " + socket.get());
            Thread warmUp = new Thread(() -> {
                server.warmUp(args);
                log("ready");
            }, "alexandria-server-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
            server.serve();
        } catch (IOException | RuntimeException e) {
            log("stopped: " + e);
            System.exit(ExitCode.INTERNAL);
        }
    }

    /** Whether a server holds this lock file (it is starting, as none answered at its socket). */
    static boolean starting(Path lockFile) {
        try (FileChannel lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return false;
        }
    }

    /** The idle time: {@link #IDLE_VARIABLE} minutes, else 15. */
    static Duration idle(Map<String, String> env) {
        try {
            long minutes = Long.parseLong(env.getOrDefault(IDLE_VARIABLE, "").strip());
            return minutes > 0 ? Duration.ofMinutes(minutes) : DEFAULT_IDLE;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }

    /** Creates the folder of the sockets, readable by its owner only. */
    static void createFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own permissions apply
        }
    }

    /** Binds the socket, replacing the file of a server that no longer runs (the caller holds the key's lock). */
    void bind() throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel bound = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        bound.bind(UnixDomainSocketAddress.of(socket));
        channel = bound;
    }

    /**
     * Runs the command line that started the server, in its client's working directory, then every served command
     * of {@link StartupTraining#COMMANDS} on the bundled sample library, all output discarded, one at a time; it
     * stops at the first request, which waits at most for the command running then.
     */
    void warmUp(String[] first) {
        try {
            String cwd = System.getProperty(WORKING_DIRECTORY_PROPERTY, "");
            if (!cwd.isEmpty() && serves(first) && !warmUp(first, new CliEnvironment(System.getenv(), Path.of(cwd)))) {
                return;
            }
            Path nowhere = Files.createTempDirectory("alexandria-server");
            try {
                Map<String, String> env = new HashMap<>(System.getenv());
                env.remove("ALEXANDRIA_LIBRARY");
                for (List<String> command : StartupTraining.COMMANDS) {
                    String[] words = command.toArray(String[]::new);
                    if (serves(words) && !warmUp(words, new CliEnvironment(env, nowhere))) {
                        return;
                    }
                }
            } finally {
                Files.deleteIfExists(nowhere);
            }
        } catch (IOException | RuntimeException e) {
            log("warming up failed: " + e);
        }
    }

    /** Runs one command of the warm-up, unless a request came; whether it ran. */
    private boolean warmUp(String[] args, CliEnvironment environment) {
        synchronized (running) {
            if (requested) {
                return false;
            }
            PrintWriter discard = new PrintWriter(Writer.nullWriter());
            AlexandriaCli.run(args, discard, discard, environment);
            return true;
        }
    }

    /** Accepts connections until the server exits; each is read and answered on a thread of its own. */
    void serve() {
        Thread watchdog = new Thread(this::watch, "alexandria-server-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        while (true) {
            SocketChannel client;
            try {
                client = channel.accept();
            } catch (IOException e) {
                if (!channel.isOpen()) {
                    return; // closed by exit(), which ends the process
                }
                log("stopped: the socket failed: " + e);
                System.exit(ExitCode.INTERNAL);
                return;
            }
            Thread handler = new Thread(() -> handle(client), "alexandria-server-request");
            handler.setDaemon(true);
            handler.start();
        }
    }

    /** Exits when idle too long, when a request runs too long, when a jar changed or the socket is gone. */
    private void watch() {
        while (true) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            if (busy.get()) {
                if (requestStarted != 0 && now - requestStarted > REQUEST_LIMIT.toNanos()) {
                    exit("a request ran longer than " + REQUEST_LIMIT.toMinutes() + " minutes");
                }
            } else if (now - lastActive > idle.toNanos()) {
                exit("idle for " + idle.toMinutes() + (idle.toMinutes() == 1 ? " minute" : " minutes"));
            } else if (!classPath.equals(classPathStamps())) {
                exit("a jar of the class path changed");
            } else if (!Files.exists(socket)) {
                exit("the socket was removed");
            }
        }
    }

    /**
     * Ends the process at once, without waiting for a request that may be stuck (its socket's file goes with it; the
     * lock is the kernel's).
     */
    private void exit(String why) {
        log("stopped: " + why + " (" + served.get() + (served.get() == 1 ? " request" : " requests") + " served)");
        try {
            close();
        } catch (IOException e) {
            // the next server replaces it
        }
        if (ownProcess) {
            LOG.flush();
            Runtime.getRuntime().halt(ExitCode.OK);
        }
    }

    /** Reads a connection's request and answers it. */
    void handle(SocketChannel client) {
        try (client) {
            OutputStream toClient = Channels.newOutputStream(client);
            InputStream fromClient = Channels.newInputStream(client);
            CommandProtocol.Frame frame = CommandProtocol.readFrame(fromClient);
            if (frame.type() == CommandProtocol.STOP) {
                if (key.equals(new String(frame.bytes(), StandardCharsets.UTF_8))) {
                    close(); // before answering: once stopped, no client finds the socket
                    CommandProtocol.writeFrame(toClient, CommandProtocol.ACCEPTED, new byte[0]);
                    exit("asked to stop");
                    return;
                }
                CommandProtocol.writeFrame(toClient, CommandProtocol.REFUSED, new byte[0]);
                return;
            }
            Optional<String> refusal = frame.type() != CommandProtocol.REQUEST ? Optional.of("not a request")
                    : Optional.empty();
            CommandProtocol.Request request = refusal.isEmpty() ? CommandProtocol.Request.decode(frame.bytes()) : null;
            if (refusal.isEmpty()) {
                refusal = refusal(request);
            }
            if (refusal.isEmpty() && !busy.compareAndSet(false, true)) {
                refusal = Optional.of("busy");
            }
            if (refusal.isPresent()) {
                CommandProtocol.writeFrame(toClient, CommandProtocol.REFUSED,
                        refusal.get().getBytes(StandardCharsets.UTF_8));
                return;
            }
            int exitCode;
            try {
                requestStarted = System.nanoTime();
                if (!classPath.equals(classPathStamps())) {
                    CommandProtocol.writeFrame(toClient, CommandProtocol.REFUSED, new byte[0]);
                    exit("a jar of the class path changed");
                    return;
                }
                CommandProtocol.writeFrame(toClient, CommandProtocol.ACCEPTED, new byte[0]);
                exitCode = run(request, toClient);
            } finally {
                requestStarted = 0;
                lastActive = System.nanoTime();
                busy.set(false);
            }
            if (exitCode == ExitCode.INTERNAL) {
                // A bug or the JVM out of memory: what it left behind must not answer the next command.
                exit("a command ended with an internal error");
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    /** Why the server does not run a request, if it does not. */
    Optional<String> refusal(CommandProtocol.Request request) {
        if (request.version() != CommandProtocol.VERSION) {
            return Optional.of("another protocol version");
        }
        if (!key.equals(request.key())) {
            return Optional.of("another key");
        }
        if (!processVariables.equals(CommandProtocol.processVariables(request.env()))) {
            return Optional.of("other process-level variables");
        }
        if (!request.env().getOrDefault("ALEXANDRIA_TIMING", "").isEmpty()
                || !serves(request.args().toArray(String[]::new))) {
            return Optional.of("not a served command");
        }
        return Optional.empty();
    }

    /**
     * Whether the server runs a command line: it names one command of {@link CommandClient#SERVED_NAMES}, as
     * {@link AlexandriaCli#plan} reads it, and neither {@code --verbose} nor {@code -v}.
     */
    static boolean serves(String[] args) {
        AlexandriaCli.Plan plan = AlexandriaCli.plan(args);
        return CommandClient.served(args) && !AlexandriaCli.verbose(args) && plan.built().size() == 1
                && !plan.listsOthers()
                && CommandClient.SERVED_NAMES.stream().anyMatch(name -> AlexandriaCli.conventionalClassName(name)
                        .equals(plan.built().get(0).getSimpleName()));
    }

    /**
     * Runs a request with {@link System#out} and {@link System#err} sending frames, as a process's own streams are
     * built (a {@link PrintStream} over a small buffer, flushed at each line).
     */
    private int run(CommandProtocol.Request request, OutputStream toClient) {
        FrameStream out = new FrameStream(toClient, CommandProtocol.OUT);
        FrameStream err = new FrameStream(toClient, CommandProtocol.ERR);
        PrintStream stdout = new PrintStream(new BufferedOutputStream(out, 128), true);
        PrintStream stderr = new PrintStream(new BufferedOutputStream(err, 128), true);
        int exitCode;
        requested = true;
        served.incrementAndGet();
        synchronized (running) {
            System.setOut(stdout);
            System.setErr(stderr);
            try {
                exitCode = AlexandriaCli.runProcess(request.args().toArray(String[]::new), request.environment());
            } finally {
                stdout.flush();
                stderr.flush();
                System.setOut(ownOut);
                System.setErr(ownErr);
            }
        }
        out.finish(exitCode);
        return exitCode;
    }

    /**
     * The bytes written to it, as frames of one type to the client; after the client went away, nothing (the
     * command finishes, its output dropped).
     */
    private static final class FrameStream extends OutputStream {
        private final OutputStream toClient;
        private final byte type;

        FrameStream(OutputStream toClient, byte type) {
            this.toClient = toClient;
            this.type = type;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (length == 0) {
                return;
            }
            synchronized (toClient) {
                try {
                    CommandProtocol.writeFrame(toClient, type, bytes, offset, length);
                } catch (IOException e) {
                    // the client went away
                }
            }
        }

        void finish(int exitCode) {
            synchronized (toClient) {
                try {
                    CommandProtocol.writeFrame(toClient, CommandProtocol.EXIT, CommandProtocol.exitCode(exitCode));
                } catch (IOException e) {
                    // the client went away
                }
            }
        }
    }

    /** The size and modification time of each entry of the class path. */
    static Map<Path, List<Long>> classPathStamps() {
        Map<Path, List<Long>> stamps = new HashMap<>();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry);
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                stamps.put(path, List.of(attributes.size(), attributes.lastModifiedTime().toMillis()));
            } catch (IOException e) {
                stamps.put(path, List.of());
            }
        }
        return stamps;
    }

    private static void log(String message) {
        LOG.println(java.time.Instant.now() + " alexandria command server (pid " + ProcessHandle.current().pid()
                + "): " + message);
    }

    /** For tests: the server of a key on a socket, run on threads of this JVM, until {@link #close}. */
    static CommandServer startInThisJvm(String key, Path socket) throws IOException {
        createFolder(socket.getParent());
        CommandServer server = new CommandServer(key, socket, DEFAULT_IDLE, false);
        server.bind();
        Thread acceptor = new Thread(() -> {
            while (true) {
                SocketChannel client;
                try {
                    client = server.channel.accept();
                } catch (IOException e) {
                    return; // closed
                }
                server.handle(client);
            }
        }, "alexandria-test-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    /** For tests: marks the server busy or not, as a running request does. */
    void busy(boolean running) {
        busy.set(running);
    }

    /** Stops accepting and removes the socket. */
    void close() throws IOException {
        channel.close();
        Files.deleteIfExists(socket);
    }
}
