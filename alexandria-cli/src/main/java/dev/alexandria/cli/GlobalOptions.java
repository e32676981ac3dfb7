package dev.alexandria.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every command accepts, mixed into each command with {@code @Mixin}.
 *
 * @since 0.1.0
 */
public final class GlobalOptions {

    /** Where the library is looked for when {@code --library} is not given, for every {@code --library}'s help. */
    static final String LIBRARY_DEFAULT = "$ALEXANDRIA_LIBRARY, else the current directory or a parent (or its "
            + "components/terraform), else the bundled sample library.";

    /** {@code --library}'s help, also for commands that declare the option themselves. */
    static final String LIBRARY_HELP = "The library root (the folder with _library/ and _catalog/). Default: "
            + LIBRARY_DEFAULT;

    /** {@code --verbose}'s help, likewise. */
    static final String VERBOSE_HELP = "Log debug detail and show stack traces of errors.";

    /** {@code --no-cache}'s help, likewise. */
    static final String NO_CACHE_HELP = "Read every file of the library again, without using or updating "
            + "Alexandria's cache of it.";

    @Option(names = "--library", paramLabel = "PATH",
            description = LIBRARY_HELP)
    private Path library;

    // No defaultValue: null means "not given here", so a value given before the subcommand still applies.
    @Option(names = "--output", paramLabel = "FORMAT",
            converter = OutputFormat.Choice.class, completionCandidates = OutputFormat.Choice.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
    private OutputFormat output;

    @Option(names = {"-v", "--verbose"}, description = VERBOSE_HELP)
    private boolean verbose;

    @Option(names = "--no-cache", description = NO_CACHE_HELP)
    private boolean noCache;

    /** @return the library given with {@code --library}, if any */
    public Optional<Path> library() {
        return Optional.ofNullable(library);
    }

    /** @return the output format, {@link OutputFormat#TABLE} unless given */
    public OutputFormat output() {
        return output == null ? OutputFormat.TABLE : output;
    }

    /** @return whether {@code --verbose} was given */
    public boolean verbose() {
        return verbose;
    }

    /** @return whether {@code --no-cache} was given */
    public boolean noCache() {
        return noCache;
    }

    /**
     * Combines these options (given after a subcommand) with those given before it: a value given here wins.
     *
     * @param outer the options of the enclosing command
     * @return the combined options
     */
    public GlobalOptions orElse(GlobalOptions outer) {
        GlobalOptions merged = new GlobalOptions();
        merged.library = library != null ? library : outer.library;
        merged.output = output != null ? output : outer.output;
        merged.verbose = verbose || outer.verbose;
        merged.noCache = noCache || outer.noCache;
        return merged;
    }
}
