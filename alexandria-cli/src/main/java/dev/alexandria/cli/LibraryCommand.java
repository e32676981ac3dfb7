package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Finding;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every command that works on a library: it takes the {@link GlobalOptions}, finds and opens
 * the library (telling the user when it falls back to the bundled sample library), prints the library's
 * warnings on stderr, and hands the library to {@link #run(Library)}.
 *
 * <p>A subclass only needs the {@code @Command} annotation, its own options and {@code run}:
 *
 * <pre>{@code
 * @Command(name = "count", description = "Counts the modules.")
 * final class CountCommand extends LibraryCommand {
 *     protected int run(Library library) {
 *         out().println(library.modules().size());
 *         return ExitCode.OK;
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public abstract class LibraryCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryCommand.class);

    @Mixin
    private GlobalOptions ownOptions;

    @Spec
    private CommandSpec spec;

    /**
     * Opens the library and runs the command.
     *
     * @return the exit code
     */
    @Override
    public final Integer call() {
        return run(openLibrary());
    }

    /**
     * Does the command's work.
     *
     * @param library the opened library
     * @return the exit code, one of {@link ExitCode}
     */
    protected abstract int run(Library library);

    /** @return the global options, those given after the subcommand winning over those before it */
    protected final GlobalOptions options() {
        Object root = spec.root().userObject();
        return root instanceof AlexandriaCli ? ownOptions.orElse(((AlexandriaCli) root).options()) : ownOptions;
    }

    /** @return the environment variables and working directory of the run */
    protected final CliEnvironment environment() {
        Object root = spec.root().userObject();
        return root instanceof AlexandriaCli ? ((AlexandriaCli) root).environment() : CliEnvironment.ofProcess();
    }

    /** @return standard output */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return standard error */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** @return this command's picocli model */
    protected final CommandSpec spec() {
        return spec;
    }

    /**
     * Prints a result: {@code table} for the table format, else {@code tree} as JSON or YAML.
     *
     * @param tree  the full data as maps and lists (see {@link Views})
     * @param table prints the table
     */
    protected final void print(Object tree, Runnable table) {
        OutputFormat format = options().output();
        if (format == OutputFormat.TABLE) {
            table.run();
        } else {
            StructuredOutput.write(out(), format, tree);
        }
    }

    /**
     * @param headers the column headers
     * @return a table renderer, with bold headers only on a terminal without {@code NO_COLOR}
     */
    protected final TableRenderer table(String... headers) {
        CliEnvironment env = environment();
        boolean ansi = System.console() != null && env.variable("NO_COLOR").isEmpty()
                && !"dumb".equals(env.variable("TERM"));
        return TableRenderer.of(headers).ansi(ansi);
    }

    /**
     * Finds the library (see {@link LibraryLocation}) and opens it, printing its warnings on stderr.
     *
     * @return the library
     */
    protected final Library openLibrary() {
        CliEnvironment env = environment();
        Path explicit = options().library().map(p -> env.workingDirectory().resolve(p)).orElse(null);
        LibraryLocation where = LibraryLocation.resolve(explicit, env.env(), env.workingDirectory());
        if (where.isBundledSample()) {
            err().println("alexandria: no library found in " + env.workingDirectory()
                    + "; using the bundled sample library (set --library or ALEXANDRIA_LIBRARY)");
        }
        LOG.debug("opening library {} (from {})", where.path(), where.source());
        Library library = Alexandria.open(where.path());
        for (Finding finding : library.findings()) {
            printFinding(finding);
        }
        err().flush();
        return library;
    }

    /**
     * Prints a finding on stderr: {@code warning: file:line:col: message}, and its fix with {@code --verbose}.
     *
     * @param finding the finding
     */
    protected final void printFinding(Finding finding) {
        err().println(finding.severity().name().toLowerCase(Locale.ROOT) + ": " + finding.location() + ": "
                + finding.message());
        if (options().verbose()) {
            finding.hint().ifPresent(hint -> err().println("  fix: " + hint));
        }
    }
}
