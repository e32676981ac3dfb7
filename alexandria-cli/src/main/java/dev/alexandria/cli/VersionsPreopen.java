package dev.alexandria.cli;

import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For {@code diff <module>} and {@code versions <module>}: a second thread that opens the library's git repository
 * ({@link Alexandria#preopenGit}) while this one builds the command line and reads the module, and, for
 * {@code --output json} or {@code yaml}, writes a small tree in that format once, so that the first-use work of
 * JGit (its classes, the git configuration files, the repository's refs: about 150 ms of CPU of a cold JVM) and of
 * Jackson's writers is off the first thread's path. The command takes the opened repository; nothing is read
 * twice. These commands read only their module's files, so the library itself is not opened here (see
 * {@link LibraryPreopen#COMMANDS}).
 */
final class VersionsPreopen implements Runnable {

    /** The name of the second thread. */
    static final String THREAD_NAME = "alexandria-git";

    /** Options of {@code diff} and {@code versions} that take a value. */
    private static final List<String> WITH_VALUE = List.of("--library", "--output", "--from", "--to");
    /** Options of {@code diff} and {@code versions} without a value that change nothing here. */
    private static final List<String> FLAGS = List.of("--check", "--strict");

    private final CliEnvironment environment;
    private final Optional<Path> library;
    private final String module;
    private final Optional<OutputFormat> format;

    private VersionsPreopen(CliEnvironment environment, Optional<Path> library, String module,
                            Optional<OutputFormat> format) {
        this.environment = environment;
        this.library = library;
        this.module = module;
        this.format = format;
    }

    /**
     * Starts the second thread when the command line is {@code diff} or {@code versions} of one module, read with
     * certainty without picocli (no help, no {@code --verbose}, whose log lines must come in order, no option
     * unknown here).
     *
     * @param args        the arguments
     * @param subcommands the subcommands the command line is built with
     * @param environment what the command sees of the process
     * @return whether the thread was started
     */
    static boolean start(String[] args, List<Class<?>> subcommands, CliEnvironment environment) {
        Optional<VersionsPreopen> preopen = of(args, subcommands, environment);
        if (preopen.isEmpty()) {
            return false;
        }
        Thread thread = new Thread(preopen.get(), THREAD_NAME);
        thread.setDaemon(true); // a run that ends first (a usage error) does not wait for it
        thread.start();
        return true;
    }

    /**
     * What {@link #start} would do for a command line.
     *
     * @param args        the arguments
     * @param subcommands the subcommands the command line is built with
     * @param environment what the command sees of the process
     * @return the work of the second thread; empty when this command line gets none
     */
    static Optional<VersionsPreopen> of(String[] args, List<Class<?>> subcommands, CliEnvironment environment) {
        if (subcommands.size() != 1 || subcommands.get(0) != DiffCommand.class
                && subcommands.get(0) != VersionsCommand.class) {
            return Optional.empty();
        }
        Optional<Optional<Path>> library = LibraryPreopen.explicitLibrary(args);
        if (library.isEmpty()) {
            return Optional.empty();
        }
        String command = subcommands.get(0) == DiffCommand.class ? "diff" : "versions";
        String module = null;
        boolean named = false;
        OutputFormat format = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-")) {
                int equals = arg.indexOf('=');
                String option = equals < 0 ? arg : arg.substring(0, equals);
                if (FLAGS.contains(option) && equals < 0) {
                    continue;
                }
                if (!WITH_VALUE.contains(option) || equals < 0 && i + 1 == args.length) {
                    return Optional.empty(); // help, --verbose, or what picocli is to judge
                }
                String value = equals < 0 ? args[++i] : arg.substring(equals + 1);
                if ("--output".equals(option)) {
                    format = "json".equals(value) ? OutputFormat.JSON : "yaml".equals(value) ? OutputFormat.YAML
                            : "table".equals(value) ? null : format;
                }
            } else if (!named) {
                if (!command.equals(arg)) {
                    return Optional.empty();
                }
                named = true;
            } else if (module == null) {
                module = arg;
            } else {
                return Optional.empty(); // diff OLD_DIR NEW_DIR reads no git
            }
        }
        return module == null ? Optional.empty()
                : Optional.of(new VersionsPreopen(environment, library.get(), module, Optional.ofNullable(format)));
    }

    /** @return the module whose release tags are read ahead */
    String module() {
        return module;
    }

    /** @return the structured output format written once ahead, if any */
    Optional<OutputFormat> format() {
        return format;
    }

    @Override
    public void run() {
        CliLogProvider.holdOnThisThread(logged -> false); // the command logs whatever this would, where it should
        try {
            LibraryLocation where = LibraryCommand.locate(environment, library);
            Alexandria.preopenGit(where.path(), module);
            if (format.isPresent()) {
                StructuredOutput.write(new PrintWriter(Writer.nullWriter()), format.get(),
                        Map.of("module", module, "versions", List.of(Map.of("tag", true, "date", 1))));
            }
        } catch (RuntimeException | Error e) {
            // Not even an out-of-memory error is reported from this thread: the command meets it again.
        } finally {
            CliLogProvider.holdOnThisThread(null);
        }
    }
}
