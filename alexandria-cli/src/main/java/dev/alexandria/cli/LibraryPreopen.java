package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * <p>Once the library is open, the second thread does the JVM's first-time work that the command will do next
 * ({@link #WARM_UPS}): opening and indexing every jar of the class path, which the JVM does on the first
 * {@code ServiceLoader} lookup (search engines, cost providers, validators), and reading the time-zone rules,
 * which the first {@code LocalDate.now()} does. Neither changes what the command does or prints: the command
 * does the same lookups, and finds the jars open and the rules read (or waits for the second thread to finish
 * them, which it would otherwise have done itself).
 *
 * <p>Thread-safe: started by the main thread, run by one second thread, taken by the main thread.
 */
final class LibraryPreopen {

    /**
     * The commands that always find and open the library with {@link LibraryCommand#openLibrary}. Not
     * {@code diff} and {@code versions}: they read only their module's files ({@link LibraryCommand#onlyModule}),
     * on the main thread, which costs less than opening the whole library on a second one.
     */
    static final Set<Class<?>> COMMANDS = Set.of(BrowseCommand.class, InfoCommand.class, SearchCommand.class,
            RecommendCommand.class, CompareCommand.class, StatusCommand.class, GraphCommand.class, CostCommand.class, CostCompareCommand.class, ValidateCommand.class);

    /** First-time work of the JVM that a command does after opening the library; see {@link #WARM_UPS}. */
    enum WarmUp {
        /** Open and index every jar of the class path, as the first {@code ServiceLoader} lookup does. */
        JARS,
        /** Read the time-zone rules, as the first {@code LocalDate.now()} does. */
        TODAY
    }

    /**
     * What each command does after opening the library that the second thread can do ahead of it (from
     * {@code strace -f -e openat}: which thread opens the class path's jars and {@code lib/tzdb.dat}). The others
     * ({@code browse}, {@code graph}, {@code compare}) open two jars and read no time zone, so
     * warming up would only add CPU.
     */
    static final Map<Class<?>, Set<WarmUp>> WARM_UPS = Map.of(
            InfoCommand.class, Set.of(WarmUp.JARS, WarmUp.TODAY),
            StatusCommand.class, Set.of(WarmUp.JARS, WarmUp.TODAY),
            RecommendCommand.class, Set.of(WarmUp.JARS, WarmUp.TODAY),
            ValidateCommand.class, Set.of(WarmUp.JARS, WarmUp.TODAY),
            SearchCommand.class, Set.of(WarmUp.JARS),
            CostCommand.class, Set.of(WarmUp.JARS),
            CostCompareCommand.class, Set.of(WarmUp.JARS));

    /** The name of the second thread. */
    static final String THREAD_NAME = "alexandria-open";

    private final CliEnvironment environment;
    private final Optional<Path> library;
    private final Set<WarmUp> warmUps;
    /** The command that will take the library (whether it only reads git is asked on the second thread). */
    private final Class<?> command;
    private final CompletableFuture<LibraryLocation> location = new CompletableFuture<>();
    private final CompletableFuture<Optional<Library>> opened = new CompletableFuture<>();
    /** What the second thread logged, not yet printed; null once dropped. */
    private List<Runnable> heldLog = new ArrayList<>();
    /** How many of {@link #heldLog} were logged while finding the library (the rest while opening it). */
    private int loggedFinding = -1;
    private boolean taken;
    private volatile long openNanos = -1;

    private LibraryPreopen(CliEnvironment environment, Optional<Path> library, Set<WarmUp> warmUps,
                           Class<?> command) {
        this.command = command;
        this.environment = environment;
        this.library = library;
        this.warmUps = warmUps;
    }

    /**
     * Starts finding and opening the library on a second thread, when the command line is one that will.
     *
     * @param args        the arguments
     * @param subcommands the subcommands the command line was built with (see {@link AlexandriaCli#plan})
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
        // Nothing here may initialise LibraryCommand (such as reading its READS_GIT_ONLY): its logger would
        // initialise SLF4J on the main thread, first-time work (a Formatter, regular expressions) that the second
        // thread does anyway, in parallel, when it first uses LibraryCommand.
        LibraryPreopen preopen = new LibraryPreopen(environment, library.get(),
                WARM_UPS.getOrDefault(subcommands.get(0), Set.of()), subcommands.get(0));
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
                Library library = LibraryCommand.open(where.path(), false,
                        LibraryCommand.READS_GIT_ONLY.contains(command),
                        LibraryCommand.SKIPS_BROKEN_MODULES.contains(command), java.util.Optional.empty());
                openNanos = System.nanoTime() - start;
                opened.complete(Optional.of(library));
            } catch (RuntimeException | Error e) {
                openNanos = System.nanoTime() - start;
                opened.completeExceptionally(e);
                return;
            }
        } finally {
            CliLogProvider.holdOnThisThread(null);
        }
        warmUp(warmUps);
    }

    /**
     * Does the JVM's first-time work named, quietly: whatever fails here fails again, and is reported, where the
     * command does the same work.
     */
    static void warmUp(Set<WarmUp> warmUps) {
        try {
            if (warmUps.contains(WarmUp.TODAY)) {
                LocalDate.now();
            }
            if (warmUps.contains(WarmUp.JARS)) {
                // A resource no jar holds: the class loader opens and indexes each jar to look for it.
                ClassLoader loader = LibraryPreopen.class.getClassLoader();
                if (loader != null) {
                    loader.getResources("META-INF/services/" + LibraryPreopen.class.getName()).hasMoreElements();
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            // Not even an out-of-memory error is reported from this thread: the command meets it again.
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
            if (taken || !same(this.environment, environment) || !this.library.equals(library)) {
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
        if (!same(found, where)) {
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

    /**
     * Whether two environments are equal, compared component by component: the records' own {@code equals} would
     * do the same, but its first call in a JVM builds the method-handle chain of {@code ObjectMethods} (lambda forms
     * spun and loaded at run time, which no class-data-sharing archive of JDK 17 holds), on the main thread of
     * every run that gets a pre-open. {@code LibraryPreopenTest} checks that the records have no other components.
     */
    static boolean same(CliEnvironment a, CliEnvironment b) {
        return a == b || a.workingDirectory().equals(b.workingDirectory()) && a.env().equals(b.env())
                && a.terminal() == b.terminal();
    }

    /** Whether two locations are equal, compared as {@link #same(CliEnvironment, CliEnvironment)} says why. */
    static boolean same(LibraryLocation a, LibraryLocation b) {
        return a == b || a.path().equals(b.path()) && a.source() == b.source();
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
