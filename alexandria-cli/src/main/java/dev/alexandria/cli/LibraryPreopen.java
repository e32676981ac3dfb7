package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Finding and opening the library on a second thread while the main thread builds the command line and parses
 * the arguments: on a machine with two cores, the run's wait for its library mostly disappears (building the
 * command line and opening the library each take tens of milliseconds, almost all of it first-time work).
 *
 * <p>It starts only for the read commands that always open the library ({@link #COMMANDS}), and only when the
 * arguments name at most one {@code --library}, no {@code --no-cache}, no help or version option, no {@code --}
 * and no argument file; a run that needs no library (such as {@code --version}, {@code --help},
 * {@code scaffold} or {@code jshell}) starts nothing. Its result is used only when the command, after picocli
 * parsed the arguments, asks for the same location ({@link #location}) and opens it ({@link #take}); otherwise
 * the command finds and opens the library itself, as it would without this class, and what the second thread
 * did is dropped. What the second thread logs is held and printed, in order, on the main thread where the
 * command would have opened the library, so stderr reads the same; an exception is thrown there, once, the same
 * exception a main-thread open throws (its stack trace, shown with {@code --verbose}, is the second thread's).
 *
 * <p>Thread-safe: started by the main thread, run by one second thread, taken by the main thread.
 */
final class LibraryPreopen {

    /** The commands that always find and open the library with {@link LibraryCommand#openLibrary}. */
    static final Set<Class<?>> COMMANDS = Set.of(BrowseCommand.class, InfoCommand.class, SearchCommand.class,
            RecommendCommand.class, CompareCommand.class, StatusCommand.class, VersionsCommand.class,
            GraphCommand.class, CostCommand.class, CostCompareCommand.class, ValidateCommand.class);

    /** The name of the second thread. */
    static final String THREAD_NAME = "alexandria-open";

    private final CliEnvironment environment;
    private final Optional<Path> library;
    private final CompletableFuture<LibraryLocation> location = new CompletableFuture<>();
    private final CompletableFuture<Optional<Library>> opened = new CompletableFuture<>();
    /** What the second thread logged, not yet printed; null once dropped. */
    private List<Runnable> heldLog = new ArrayList<>();
    /** How many of {@link #heldLog} were logged while finding the library (the rest while opening it). */
    private int loggedFinding = -1;
    private boolean taken;
    private volatile long openNanos = -1;

    private LibraryPreopen(CliEnvironment environment, Optional<Path> library) {
        this.environment = environment;
        this.library = library;
    }

    /**
     * Starts finding and opening the library on a second thread, when the command line is one that will.
     *
     * @param args        the arguments
     * @param subcommands the subcommands the command line was built with (see {@link AlexandriaCli#subcommandsFor})
     * @param environment what the command sees of the process
     * @return the started pre-open, or empty when this command line does not get one
     */
    static Optional<LibraryPreopen> start(String[] args, List<Class<?>> subcommands, CliEnvironment environment) {
        if (subcommands.size() != 1 || !COMMANDS.contains(subcommands.get(0))) {
            return Optional.empty();
        }
        Optional<Optional<Path>> library = explicitLibrary(args);
        if (library.isEmpty()) {
            return Optional.empty();
        }
        LibraryPreopen preopen = new LibraryPreopen(environment, library.get());
        Thread thread = new Thread(preopen::run, THREAD_NAME);
        thread.setDaemon(true); // a run that ends without the library (a usage error) does not wait for it
        thread.start();
        return Optional.of(preopen);
    }

    /**
     * The {@code --library} the arguments give, read without picocli: empty when they cannot be read with
     * certainty or ask for something that opens no library or bypasses the cache (then nothing starts).
     *
     * @param args the arguments
     * @return empty for "do not start"; else the library given, if any
     */
    static Optional<Optional<Path>> explicitLibrary(String[] args) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String given = null;
            if ("--library".equals(arg)) {
                if (i + 1 == args.length || args[i + 1].startsWith("-")) {
                    return Optional.empty();
                }
                given = args[++i];
            } else if (arg.startsWith("--library=")) {
                given = arg.substring("--library=".length());
            } else if ("--".equals(arg) || arg.startsWith("@") || "--no-cache".equals(arg) || "-h".equals(arg)
                    || "--help".equals(arg) || "-V".equals(arg) || "--version".equals(arg)) {
                return Optional.empty();
            }
            if (given != null) {
                if (value != null || given.isEmpty()) {
                    return Optional.empty(); // twice (picocli decides which wins), or empty: picocli's to judge
                }
                value = given;
            }
        }
        if (value == null) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(Path.of(value)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The second thread: finds the library as {@link LibraryCommand#locate} does, then opens it. */
    private void run() {
        CliLogProvider.holdOnThisThread(this::hold);
        try {
            LibraryLocation where;
            try {
                where = LibraryCommand.locate(environment, library);
            } catch (RuntimeException | Error e) {
                location.completeExceptionally(e);
                opened.complete(Optional.empty());
                return;
            }
            synchronized (this) {
                loggedFinding = heldLog == null ? 0 : heldLog.size();
            }
            location.complete(where);
            if (where.source() == LibraryLocation.Source.ENVIRONMENT && !Alexandria.isLibraryRoot(where.path())) {
                opened.complete(Optional.empty()); // the main thread reports it, naming the variable
                return;
            }
            long start = System.nanoTime();
            try {
                Library library = Alexandria.open(where.path());
                openNanos = System.nanoTime() - start;
                opened.complete(Optional.of(library));
            } catch (RuntimeException | Error e) {
                openNanos = System.nanoTime() - start;
                opened.completeExceptionally(e);
            }
        } finally {
            CliLogProvider.holdOnThisThread(null);
        }
    }

    private synchronized boolean hold(Runnable logCall) {
        if (heldLog == null) {
            return false; // dropped: not printed at all
        }
        heldLog.add(logCall);
        return true;
    }

    /**
     * Prints, on the calling thread, what the second thread logged so far (only while finding the library, when
     * {@code findingOnly}), in order.
     */
    private void printHeldLog(boolean findingOnly) {
        List<Runnable> calls;
        synchronized (this) {
            if (heldLog == null) {
                return;
            }
            int end = findingOnly ? Math.max(0, loggedFinding) : heldLog.size();
            calls = new ArrayList<>(heldLog.subList(0, end));
            heldLog.subList(0, end).clear();
            if (findingOnly) {
                loggedFinding = 0;
            }
        }
        calls.forEach(Runnable::run);
    }

    private synchronized void drop() {
        heldLog = null;
        taken = true;
    }

    /**
     * Where the library is, when the command asks for the location this pre-open found.
     *
     * @param environment the run's environment
     * @param library     the {@code --library} the command was given
     * @return the location (waiting for it), or empty when the command asks for another one
     * @throws RuntimeException the exception finding it threw, as {@link LibraryCommand#locate} would
     */
    Optional<LibraryLocation> location(CliEnvironment environment, Optional<Path> library) {
        synchronized (this) {
            if (taken || !this.environment.equals(environment) || !this.library.equals(library)) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(join(location));
        } finally {
            printHeldLog(true);
        }
    }

    /**
     * The opened library, when the command opens the location this pre-open found; once.
     *
     * @param where the location the command opens
     * @return the library (waiting for it), or empty when the command opens another location or it was taken
     * @throws RuntimeException the exception opening it threw, as {@code Alexandria.open} would
     */
    Optional<Library> take(LibraryLocation where) {
        synchronized (this) {
            if (taken) {
                return Optional.empty();
            }
        }
        LibraryLocation found;
        try {
            found = location.join();
        } catch (CompletionException e) {
            drop();
            return Optional.empty();
        }
        if (!found.equals(where)) {
            drop();
            return Optional.empty();
        }
        synchronized (this) {
            taken = true;
        }
        Optional<Library> library;
        try {
            library = join(opened);
        } finally {
            printHeldLog(false);
            drop();
        }
        return library;
    }

    /** @return how long the second thread took to open the library, in whole ms; -1 before it has */
    long openMillis() {
        long nanos = openNanos;
        return nanos < 0 ? -1 : nanos / 1_000_000;
    }

    /** The value, or the exception the second thread ended with, thrown as it was thrown there. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
