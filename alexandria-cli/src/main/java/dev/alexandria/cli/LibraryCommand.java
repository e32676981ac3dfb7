package dev.alexandria.cli;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.Finding;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The base of every command that works on a library: it takes the {@link GlobalOptions}, finds and opens
 * the library (telling the user when it falls back to the bundled sample library) and hands it to
 * {@link #run(Library)}. A command prints the findings that concern what it was asked about with
 * {@link #reportFindings}, which also counts the library's other findings in one line that names the command
 * listing them ({@code alexandria browse --findings}).
 *
 * <p>A subclass only needs the {@code @Command} annotation, its own options and {@code run}:
 *
 * <pre>{@code
 * @Command(name = "count", description = "Counts the modules.")
 * final class CountCommand extends LibraryCommand {
 *     protected int run(Library library) {
 *         out().println(library.modules().size());
 *         reportFindings(library, List.of()); // asked about no module: only the count of the library's findings
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

    /** The root of the library this run opened, once it is open: error reports show paths relative to it. */
    private Path openedRoot;

    /** Where the library this run opens was found, once it is located. */
    private LibraryLocation location;

    /**
     * Opens the library and runs the command.
     *
     * @return the exit code
     */
    @Override
    public final Integer call() {
        LibraryLocation where = locate(spec, options().library());
        location = where;
        if (writes() && where.isBundledSample()) {
            return refuseBundledSample(spec, where);
        }
        if (writes() && where.isBundledSampleSource()) {
            return refuseSampleSource(spec, where);
        }
        Library library = openLibrary(spec, where, onlyModule(where));
        openedRoot = library.root();
        int code;
        try {
            code = run(library);
        } catch (dev.alexandria.api.RefusedException e) {
            printRefusal(out(), options().output(), e);
            throw e; // the error handler prints the reasons on stderr and exits 1
        }
        return reportUnavailable(err(), library, code, listedUnavailable(), answerReadsUnavailable(library),
                askedUnavailable);
    }

    /**
     * The unavailable modules this run was asked about and has reported itself ({@link #reportAskedUnavailable}),
     * so the line about the modules elsewhere leaves them out.
     */
    private final List<dev.alexandria.api.ModuleUnavailableException> askedUnavailable = new ArrayList<>();

    /**
     * For a command asked about several modules ({@code compare}), some of them unavailable: prints each error of
     * those (file:line:column, what is wrong, its fix) and a line naming them, as a library-wide answer does for
     * the modules it is without, so the answer about the others stands and says what it is without.
     *
     * @param asked the unavailable modules asked about, as thrown when they were asked for
     * @param code  the command's own exit code
     * @return {@code code}, or {@link ExitCode#FINDINGS} when it was {@link ExitCode#OK} and {@code asked} is not
     *         empty
     */
    protected final int reportAskedUnavailable(List<dev.alexandria.api.ModuleUnavailableException> asked, int code) {
        if (asked.isEmpty()) {
            return code;
        }
        askedUnavailable.addAll(asked);
        List<Finding> errors = asked.stream().flatMap(e -> e.errors().stream()).toList();
        List<String> names = asked.stream().map(LibraryCommand::idOf).toList();
        printUnavailable(err(), names, errors, false);
        return code == ExitCode.OK ? ExitCode.FINDINGS : code;
    }

    /**
     * Whether this run listed the errors of the modules left out in its answer ({@code browse --findings}), so
     * {@link #reportUnavailable} only names the modules.
     *
     * @return {@code false} unless a subclass says otherwise
     */
    protected boolean listedUnavailable() {
        return false;
    }

    /**
     * Whether this run's answer would have read a module left out because its own files have errors
     * ({@link Library#unavailable()}): a library-wide answer (a list, a search, a recommendation, the graph) would
     * have, so it is incomplete; an answer about healthy modules only (info, status, cost of one) would not, so it
     * is whole, and the others' errors are not its business.
     *
     * @param library the library
     * @return {@code true} unless a subclass says otherwise
     */
    protected boolean answerReadsUnavailable(Library library) {
        return true;
    }

    /**
     * The read commands ({@link #SKIPS_BROKEN_MODULES}) open the library without the modules whose own files have
     * errors ({@code Alexandria.Builder.skipBrokenModules()}), so one broken {@code .alexandria.yaml} does not stop
     * every command. When the answer would have read one of them ({@code read}: a library-wide answer, a
     * dependency walk reaching it), this prints each error of the modules left out (file:line:column, what is
     * wrong, its fix) and a line naming them, and makes the exit code {@link ExitCode#FINDINGS} when the command
     * succeeded: the answer is without them, and a script must see it. When it read none of them (info of a healthy
     * module), the answer is whole: one line counts the modules left out and names the command listing their
     * errors, as the count of findings elsewhere does, and the exit code stays the command's own, so one broken
     * module does not turn every command of a CI job red.
     *
     * @param err     standard error
     * @param library the library
     * @param code    the command's own exit code
     * @param read    whether the answer would have read a module left out
     * @return {@code code}, or {@link ExitCode#FINDINGS} when it was {@link ExitCode#OK} and {@code read} and
     *         modules were left out
     */
    static int reportUnavailable(PrintWriter err, Library library, int code, boolean read) {
        return reportUnavailable(err, library, code, false, read, List.of());
    }

    private static int reportUnavailable(PrintWriter err, Library library, int code, boolean listed,
            boolean read, List<dev.alexandria.api.ModuleUnavailableException> reported) {
        Set<Finding> done = new HashSet<>();
        reported.forEach(e -> done.addAll(e.findings()));
        List<Finding> errors = library.unavailable().stream().filter(f -> !done.contains(f)).toList();
        if (errors.isEmpty()) {
            return code;
        }
        Set<String> asked = new HashSet<>();
        reported.forEach(e -> asked.add(idOf(e)));
        List<String> left = library.unavailableModules().stream().filter(id -> !asked.contains(id)).toList();
        boolean one = left.size() == 1;
        if (!read) {
            err.println("alexandria: " + Plurals.count(left.size(), "module") + " elsewhere " + (one ? "is" : "are")
                    + " unavailable (" + String.join(", ", left) + ": " + Plurals.count(errors.size(), "error")
                    + " in " + (one ? "its" : "their") + " files); run 'alexandria validate' to list "
                    + (errors.size() == 1 ? "it" : "them") + " with " + (errors.size() == 1 ? "its fix" : "their fixes"));
            err.flush();
            return code;
        }
        printUnavailable(err, left, errors, listed);
        return code == ExitCode.OK ? ExitCode.FINDINGS : code;
    }

    /** The id of the module asked for (an id or a path; its folder's name is its id). */
    private static String idOf(dev.alexandria.api.ModuleUnavailableException e) {
        String asked = e.module().strip().replaceFirst("/+$", "");
        return asked.substring(asked.lastIndexOf('/') + 1);
    }

    /** Each error of the modules {@code left} (unless {@code listed} already), then the line naming them. */
    private static void printUnavailable(PrintWriter err, List<String> left, List<Finding> errors, boolean listed) {
        boolean one = left.size() == 1;
        for (Finding f : listed ? List.<Finding>of() : errors) {
            printFinding(err, f, true);
        }
        err.println(ErrorHandler.PREFIX + String.join(", ", left) + (one ? " is" : " are") + " unavailable ("
                + Plurals.count(errors.size(), "error") + " in " + (one ? "its" : "their") + " files), so the answer "
                + "above is without " + (one ? "it" : "them"));
        err.println("  fix: correct the " + (errors.size() == 1 ? "line" : "lines") + " named above ('alexandria "
                + "validate' lists every error of the library), then run the command again");
        err.flush();
    }

    /**
     * The commands that only read the library: they open it without the modules whose own files have errors
     * ({@link #reportUnavailable}). Every other command (those that write the catalog, even as a dry run, whose
     * plan must be the one a real run would follow) opens it whole and stops on any error, so nothing is written
     * over or next to broken files.
     */
    static final Set<Class<?>> SKIPS_BROKEN_MODULES = Set.of(BrowseCommand.class, InfoCommand.class,
            SearchCommand.class, RecommendCommand.class, CompareCommand.class, StatusCommand.class, GraphCommand.class,
            CostCommand.class, CostCompareCommand.class, ValidateCommand.class, InspectCommand.class,
            DiffCommand.class, VersionsCommand.class, DependenciesCommand.class);

    /**
     * With {@code --output json|yaml}, a refusal is a result too: {@code applied: false}, the summary and every
     * reason go to stdout, so a script reads why nothing was written the same way whatever the command.
     */
    static void printRefusal(PrintWriter out, OutputFormat format, dev.alexandria.api.RefusedException e) {
        if (format == OutputFormat.TABLE) {
            return;
        }
        StructuredOutput.write(out, format, refusalView(e.getMessage().lines().findFirst().orElse(""),
                e.reasons()));
        out.flush();
    }

    /**
     * The JSON/YAML view of a refusal, shared by every write command: {@code applied: false}, {@code refused}
     * (the one-line summary, such as {@code refusing to archive vpc-old}, without the colon that introduces the
     * reasons in text), {@code reasons} (each {@code reason; fix}, as the API gives them) and {@code problems}
     * (each reason with its fix in a field of its own, {@link ErrorHandler#refusalProblems}). A command may add its
     * own entries after these (promote adds its checklist).
     *
     * @param refused the summary line; a trailing colon is dropped
     * @param reasons every reason, each with its fix
     * @return a mutable, ordered view
     */
    static java.util.Map<String, Object> refusalView(String refused, java.util.List<String> reasons) {
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("applied", false);
        String summary = refused.strip();
        view.put("refused", summary.endsWith(":") ? summary.substring(0, summary.length() - 1) : summary);
        view.put("reasons", java.util.List.copyOf(reasons));
        view.put("problems", ErrorHandler.refusalProblems(reasons));
        return view;
    }

    /**
     * The root of the library this run opened.
     *
     * @return the root, empty before the library is open
     */
    final Optional<Path> openedRoot() {
        return Optional.ofNullable(openedRoot);
    }

    /**
     * Whether this run writes into the library (for example not with {@code --dry-run}); a run that writes
     * refuses the bundled sample library (see {@link #refuseBundledSample}).
     *
     * @return {@code false} unless a subclass says otherwise
     */
    protected boolean writes() {
        return false;
    }

    /**
     * Refuses a write into the bundled sample library's source folder in a checkout of Alexandria, named with
     * {@code --library}: the write would commit into Alexandria's own repository.
     *
     * @param spec  the running command (its name and stderr are used)
     * @param where the location, the sample's source folder
     * @return {@link ExitCode#USAGE}
     */
    static int refuseSampleSource(CommandSpec spec, LibraryLocation where) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("alexandria: error: " + where.path() + " is the bundled sample library in Alexandria's own source"
                + " tree; " + spec.name() + " would write and commit into Alexandria's repository");
        err.println("  fix: copy it and give the copy: cp -r " + where.path() + " /tmp/lib, then --library /tmp/lib"
                + dryRunNote(spec));
        err.flush();
        return ExitCode.USAGE;
    }

    /** The note on {@code --dry-run} of a refused write, for a command that has that option (test has none). */
    private static String dryRunNote(CommandSpec spec) {
        return spec.findOption("--dry-run") == null ? "" : "; --dry-run shows the plan without writing";
    }

    /**
     * Refuses a write into the bundled sample library: its unpacked copy is shared by every later run, so a
     * change there would silently become what every run without a library sees.
     *
     * @param spec  the running command (its name and stderr are used)
     * @param where the location, the bundled sample
     * @return {@link ExitCode#USAGE}
     */
    static int refuseBundledSample(CommandSpec spec, LibraryLocation where) {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.name();
        err.println("alexandria: error: no library found in " + environment(spec).workingDirectory() + "; " + name
                + " writes into a library, and the bundled sample library is read-only");
        err.println("  fix: run it in a library, or give --library PATH (or set ALEXANDRIA_LIBRARY); to try it on"
                + " a copy of the sample: cp -r " + where.path() + " sample-library, then add --library"
                + " sample-library" + dryRunNote(spec));
        err.flush();
        return ExitCode.USAGE;
    }

    /**
     * The one module this run is about, when the command needs nothing else of the library: the library is then
     * opened with {@link Alexandria.Builder#openModule}, which reads no other module.
     *
     * @param where the library (a module given as its folder is named by its path below its {@code _library})
     * @return empty unless a subclass says otherwise
     */
    protected Optional<String> onlyModule(LibraryLocation where) {
        return Optional.empty();
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
        return environment(spec);
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
     * Prints a result, building the tree only for JSON or YAML (a command whose tree costs more than its table).
     *
     * @param tree  builds the full data as maps and lists (see {@link Views})
     * @param table prints the table
     */
    protected final void print(java.util.function.Supplier<?> tree, Runnable table) {
        if (options().output() == OutputFormat.TABLE) {
            table.run();
        } else {
            StructuredOutput.write(out(), options().output(), tree.get());
        }
    }

    /**
     * @param headers the column headers
     * @return a table renderer, with bold headers only on a terminal without {@code NO_COLOR}
     */
    protected final TableRenderer table(String... headers) {
        return table(environment(), headers);
    }

    /**
     * Finds the library (see {@link LibraryLocation}) and opens it.
     *
     * @return the library
     */
    protected final Library openLibrary() {
        CliEnvironment env = environment();
        return openLibrary(spec, locate(env, options().library()));
    }

    /**
     * Where the library is, as {@link #locate(CliEnvironment, Optional)} finds it, taken from the run's
     * {@link LibraryPreopen} when that found the same one.
     *
     * @param spec    the running command
     * @param library the {@code --library} option, if given (relative to the working directory)
     * @return the location
     */
    static LibraryLocation locate(CommandSpec spec, Optional<Path> library) {
        CliEnvironment env = environment(spec);
        Optional<LibraryPreopen> preopen = preopen(spec);
        if (preopen.isPresent()) {
            Optional<LibraryLocation> found = preopen.get().location(env, library);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return locate(env, library);
    }

    /** The run's library being found and opened on a second thread, if any. */
    private static Optional<LibraryPreopen> preopen(CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof AlexandriaCli cli ? cli.preopen() : Optional.empty();
    }

    /**
     * Where the library is, in the documented order (see {@link LibraryLocation}), for commands that do not
     * extend this class.
     *
     * @param env     the environment of the run
     * @param library the {@code --library} option, if given (relative to the working directory)
     * @return the location
     */
    public static LibraryLocation locate(CliEnvironment env, Optional<Path> library) {
        Path explicit = library.map(p -> env.workingDirectory().resolve(p)).orElse(null);
        return LibraryLocation.resolve(explicit, env.env(), env.workingDirectory());
    }

    /**
     * Opens a library, telling the user on stderr when it is the bundled sample; for commands that do not
     * extend this class. Its findings are not printed: see {@link #reportFindings}.
     *
     * @param spec  the running command (its stderr and working directory are used)
     * @param where the library, from {@link #locate}
     * @return the library
     */
    public static Library openLibrary(CommandSpec spec, LibraryLocation where) {
        return openLibrary(spec, where, Optional.empty());
    }

    /**
     * What {@link Library#requireModule} and {@link Alexandria.Builder#openModule} take for a command's module
     * argument, by the one rule of {@link ModuleArguments}: an id or a path below {@code _library} as given; a
     * folder ({@code .}, {@code ./x}, {@code ../x}, an absolute path, or a relative path with a separator that is a
     * folder here) as its path below the library's {@code _library}, so that a command about one module is run
     * from the module's folder as {@code validate .} is.
     *
     * @param spec     the running command (its working directory)
     * @param root     the library's root
     * @param argument what was given
     * @return the id or path below {@code _library}
     * @throws ParameterException if a folder is given that is not below the library's {@code _library/}
     */
    static String moduleName(CommandSpec spec, Path root, String argument) {
        return ModuleArguments.name(spec, root, false, argument);
    }

    /**
     * {@link #moduleName(CommandSpec, Path, String)} in a library that was located: with the bundled sample
     * library in use, a folder of the sample's source in a checkout of Alexandria names the same module of the
     * copy that runs, and any other folder outside it is refused with that said.
     *
     * @param spec     the running command (its working directory)
     * @param where    the library
     * @param argument what was given
     * @return the id or path below {@code _library}
     * @throws ParameterException if a folder is given that is not below the library's {@code _library/}
     */
    static String moduleName(CommandSpec spec, LibraryLocation where, String argument) {
        return ModuleArguments.name(spec, where.path(), where.isBundledSample(), argument);
    }

    /**
     * The module a command's argument names ({@link ModuleArguments}); a bare name that is also another folder
     * here gets a note on stderr that the module was used ({@link AmbiguousNames}).
     *
     * @param spec     the running command
     * @param library  the library
     * @param argument what was given
     * @return the module
     * @throws ParameterException if a folder is given that is not below the library's {@code _library/}, or a
     *                            path that names no module
     * @throws dev.alexandria.api.ModuleNotFoundException if no module has that id
     */
    static LibraryModule requireModule(CommandSpec spec, Library library, String argument) {
        LibraryModule m = ModuleArguments.require(spec, library, bundledSample(spec), argument);
        AmbiguousNames.moduleUsed(spec, argument, m, false);
        return m;
    }

    /** Whether the running command opened the bundled sample library. */
    static boolean bundledSample(CommandSpec spec) {
        return spec.userObject() instanceof LibraryCommand c && c.location != null && c.location.isBundledSample();
    }

    /**
     * Each argument's module, as {@code resolve} finds it, in the order given; every argument no module has is named
     * at once, each with the ids it may mean, so one run shows all the typos ({@code compare vpc-basic foo bar}
     * names {@code foo} and {@code bar}). One unknown argument is its own {@link
     * dev.alexandria.api.ModuleNotFoundException}, as a one-module command says it; several are one usage error
     * (exit 2 either way).
     *
     * @param spec      the running command
     * @param arguments the module ids or paths given
     * @param resolve   what an argument names; throws {@link dev.alexandria.api.ModuleNotFoundException} for an
     *                  unknown one
     * @param <T>       what an argument resolves to
     * @return each argument's result, in the order given
     * @throws ParameterException if more than one argument names no module
     */
    static <T> List<T> eachModule(CommandSpec spec, List<String> arguments,
                                  java.util.function.Function<String, T> resolve) {
        List<T> out = new ArrayList<>();
        List<dev.alexandria.api.ModuleNotFoundException> unknown = new ArrayList<>();
        for (String argument : arguments) {
            try {
                out.add(resolve.apply(argument));
            } catch (dev.alexandria.api.ModuleNotFoundException e) {
                if (unknown.stream().noneMatch(u -> u.query().equals(e.query()))) {
                    unknown.add(e);
                }
            }
        }
        if (unknown.size() == 1) {
            throw unknown.get(0);
        }
        if (!unknown.isEmpty()) {
            throw new ParameterException(spec.commandLine(), unknownModules(unknown));
        }
        return out;
    }

    /**
     * One message for several unknown module arguments: {@code no module 'foo' or 'bar' in the library; did you
     * mean 'vpc-basic' (for 'foo')? ('alexandria browse' lists the modules)}.
     */
    static String unknownModules(List<dev.alexandria.api.ModuleNotFoundException> unknown) {
        List<String> names = unknown.stream().map(u -> "'" + u.query() + "'").toList();
        List<String> hints = new ArrayList<>();
        for (dev.alexandria.api.ModuleNotFoundException u : unknown) {
            if (!u.suggestions().isEmpty()) {
                hints.add("'" + String.join("' or '", u.suggestions()) + "' (for '" + u.query() + "')");
            }
        }
        String browse = "'alexandria browse' lists the modules";
        return "no module " + String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(
                names.size() - 1) + " in the library; " + (hints.isEmpty() ? "run " + browse.replace("' lists",
                "' to list") : "did you mean " + String.join(", ", hints) + "? (" + browse + ")");
    }

    /**
     * Opens a library, or only what a command about one module needs of it
     * ({@link Alexandria.Builder#openModule}), telling the user on stderr when it is the bundled sample.
     *
     * @param spec   the running command (its stderr and working directory are used)
     * @param where  the library, from {@link #locate}
     * @param module the one module the command is about, if it needs nothing else of the library
     * @return the library
     */
    static Library openLibrary(CommandSpec spec, LibraryLocation where, Optional<String> module) {
        PrintWriter err = spec.commandLine().getErr();
        if (where.isBundledSample()) {
            err.println("alexandria: no library found in " + environment(spec).workingDirectory()
                    + "; using the bundled sample library (set --library or ALEXANDRIA_LIBRARY)");
        }
        LOG.debug("opening library {} (from {})", where.path(), where.source());
        if (where.source() == LibraryLocation.Source.ENVIRONMENT && !Alexandria.isLibraryRoot(where.path())) {
            // Name the variable: the user may not remember setting it.
            throw new CatalogException(null, LibraryLocation.ENVIRONMENT_VARIABLE + "=" + where.path()
                    + " is not a library root (a folder with _library/ and _catalog/); set it to one (usually"
                    + " components/terraform) or unset it");
        }
        PhaseTimer.mark("parse arguments, find library");
        boolean noCache = noCache(spec);
        Optional<LibraryPreopen> preopen = noCache || module.isPresent() ? Optional.empty() : preopen(spec);
        Optional<Library> opened = preopen.flatMap(p -> p.take(where));
        Library library = opened.isPresent() ? opened.get()
                : open(where.path(), noCache, READS_GIT_ONLY.contains(spec.userObject().getClass()),
                        SKIPS_BROKEN_MODULES.contains(spec.userObject().getClass()), module);
        PhaseTimer.mark(opened.isPresent() ? "wait for the library (opened on a second thread in "
                + preopen.get().openMillis() + " ms)" : "open library");
        if (where.source() == LibraryLocation.Source.OPTION) {
            // An error's fix, pasted here, runs on this library, as its git commands (git -C) do; every
            // subcommand's name, as a run builds the model of its own command only. Both are worked out only
            // when an error suggests a command.
            Path root = library.root();
            Messages.suggestCommandsFor(root, () -> AlexandriaCli.SUBCOMMANDS.stream()
                    .flatMap(c -> CommandModels.names(c).stream()).toList(), () -> !foundFrom(spec, root));
        }
        err.flush();
        return library;
    }

    /** Whether the run's working folder (and environment) find this library without --library. */
    private static boolean foundFrom(CommandSpec spec, Path root) {
        CliEnvironment env = environment(spec);
        Path found = LibraryLocation.resolve(null, env.env(), env.workingDirectory()).path();
        try {
            return java.nio.file.Files.isSameFile(found, root);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The commands that read git and never write it: their library is opened with
     * {@link Alexandria.Builder#readOnlyGit()}, which spares JGit's set-up for writers.
     */
    static final Set<Class<?>> READS_GIT_ONLY = Set.of(DiffCommand.class, VersionsCommand.class, InfoCommand.class,
            ValidateCommand.class);

    /**
     * Opens a library.
     *
     * @param root        the library root
     * @param noCache     whether to open it without the cache
     * @param readOnlyGit whether the command only reads git ({@link #READS_GIT_ONLY})
     * @return the library
     */
    static Library open(Path root, boolean noCache, boolean readOnlyGit) {
        return open(root, noCache, readOnlyGit, false, Optional.empty());
    }

    /**
     * Opens a library, or only what a command about one module needs of it.
     *
     * @param root        the library root
     * @param noCache     whether to open it without the cache
     * @param readOnlyGit whether the command only reads git ({@link #READS_GIT_ONLY})
     * @param skipBroken  whether the command only reads the library ({@link #SKIPS_BROKEN_MODULES}), so modules whose
     *                    own files have errors are left out rather than stopping it
     * @param module      the one module the command is about, if it needs nothing else of the library
     * @return the library
     */
    static Library open(Path root, boolean noCache, boolean readOnlyGit, boolean skipBroken, Optional<String> module) {
        Alexandria.Builder builder = Alexandria.builder().root(root);
        if (skipBroken) {
            builder.skipBrokenModules();
        }
        if (noCache) {
            builder.noCache();
        }
        if (readOnlyGit) {
            builder.readOnlyGit();
        }
        return module.isPresent() ? builder.openModule(module.get()) : builder.open();
    }

    /** Whether {@code --no-cache} was given to the command or before it. */
    private static boolean noCache(CommandSpec spec) {
        Object command = spec.userObject();
        Object root = spec.root().userObject();
        return (command instanceof LibraryCommand && ((LibraryCommand) command).options().noCache())
                || (command instanceof DependenciesCommand && ((DependenciesCommand) command).noCache())
                || (command instanceof JshellCommand && ((JshellCommand) command).noCache())
                || (root instanceof AlexandriaCli && ((AlexandriaCli) root).options().noCache());
    }

    /**
     * @param spec a command of the running command line
     * @return the environment variables and working directory of the run
     */
    public static CliEnvironment environment(CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof AlexandriaCli ? ((AlexandriaCli) root).environment() : CliEnvironment.ofProcess();
    }

    /**
     * @param env     the environment of the run
     * @param headers the column headers
     * @return a table renderer, with bold headers only on a terminal without {@code NO_COLOR}
     */
    public static TableRenderer table(CliEnvironment env, String... headers) {
        boolean ansi = env.terminal() && env.variable("NO_COLOR").isEmpty()
                && !"dumb".equals(env.variable("TERM"));
        return TableRenderer.of(headers).ansi(ansi);
    }

    /**
     * Prints, on stderr, the findings to show, then one line counting the library's findings of opening
     * ({@link Library#findings()}: the catalog files and the modules' metadata; other modules' HCL is not read for
     * it) with the command that lists them all. For a command asked about no module in particular.
     *
     * @param library the library
     * @param shown   the findings to print; usually empty
     */
    protected final void reportFindings(Library library, Collection<Finding> shown) {
        report(err(), library, shown, shown, false, options().verbose());
    }

    /**
     * Like {@link #reportFindings}, for a command asked about modules: it prints their findings, and the count
     * line is of the findings "elsewhere", whether or not the modules had any.
     *
     * <p>An error among them can only be one of the modules' HCL (opening fails on any other error): a file that
     * does not parse, so what the command answered from it (the interface, the resources, the tier, the
     * checklist) leaves out the part in error. The answer is still printed, each error with its fix, then a line
     * saying the answer is incomplete, and the command exits {@link ExitCode#FINDINGS}, as {@code inspect} and
     * {@code cost} do for the same module: a script must see it, not only a person reading stderr.
     *
     * @param library the library
     * @param modules the modules asked about, whose findings ({@link Library#findings(String)}) are printed
     * @return {@link ExitCode#FINDINGS} when an error was among them, else {@link ExitCode#OK}
     */
    protected final int reportModuleFindings(Library library, List<LibraryModule> modules) {
        List<Finding> shown = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        long errors = 0;
        for (LibraryModule m : modules) {
            List<Finding> found = library.findings(m.id().value());
            shown.addAll(found);
            long n = found.stream().filter(Finding::isError).count();
            if (n > 0) {
                broken.add(m.id().value());
                errors += n;
            }
        }
        report(err(), library, shown, shown, true, options().verbose());
        if (broken.isEmpty()) {
            return ExitCode.OK;
        }
        PrintWriter err = err();
        err.println(ErrorHandler.PREFIX + String.join(", ", broken) + ": " + Plurals.count(errors, "error")
                + " in the HCL, so the answer above leaves out the part in error");
        err.println("  fix: correct the HCL at the " + (errors == 1 ? "line" : "lines") + " above ('alexandria "
                + "inspect " + broken.get(0) + "' shows " + (errors == 1 ? "it" : "them") + " too), then run the "
                + "command again");
        err.flush();
        return ExitCode.FINDINGS;
    }

    /**
     * Like {@link #reportModuleFindings(Library, Collection)}, for commands that do not extend this class.
     *
     * @param err     standard error
     * @param library the library
     * @param shown   the findings of the modules asked about, to print
     * @param verbose whether to print the fix of each finding
     */
    static void reportModuleFindings(PrintWriter err, Library library, Collection<Finding> shown, boolean verbose) {
        report(err, library, shown, shown, true, verbose);
    }

    /**
     * Prints {@code shown}, then counts the library's findings that are not in {@code concerning}, as findings
     * elsewhere than the modules asked about.
     *
     * @param err        standard error
     * @param library    the library
     * @param shown      the findings to print
     * @param concerning the findings about the modules asked about, printed or not (e.g. HCL diagnostics that the
     *                   command printed in its own form)
     * @param verbose    whether to print the fix of each finding
     */
    static void reportModuleFindings(PrintWriter err, Library library, Collection<Finding> shown,
            Collection<Finding> concerning, boolean verbose) {
        report(err, library, shown, concerning, true, verbose);
    }

    private static void report(PrintWriter err, Library library, Collection<Finding> shown,
            Collection<Finding> concerning, boolean aboutModules, boolean verbose) {
        for (Finding finding : shown) {
            printFinding(err, finding, verbose);
        }
        Set<Finding> about = new HashSet<>(concerning);
        long others = library.findings().stream().filter(f -> !about.contains(f)).count();
        if (others > 0) {
            // what Library.findings() holds: opening's rules over the catalog files and every module's metadata;
            // other modules' HCL is not read for a count, so the line says what it counts
            err.println("alexandria: " + Plurals.count(others, "finding")
                    + (aboutModules ? " elsewhere in" : " in") + " the catalog files and module metadata; run "
                    + "'alexandria browse --findings' to list " + (others == 1 ? "it" : "them") + " with those of the "
                    + "modules' HCL");
        }
        err.flush();
    }

    /**
     * Prints a finding: {@code warning: file:line:col: message}, and its fix when {@code withFix} or when it is an
     * error (an error is never printed without what to do about it).
     *
     * @param out     where to print
     * @param finding the finding
     * @param withFix whether to add the line {@code   fix: ...}
     */
    static void printFinding(PrintWriter out, Finding finding, boolean withFix) {
        out.println(Messages.shorten(finding.severity().name().toLowerCase(Locale.ROOT) + ": " + finding.location()
                + ": " + finding.message()));
        // an error always says how to fix it; a warning's fix is printed when asked (--verbose)
        if (withFix || finding.severity() == Finding.Severity.ERROR) {
            finding.hint().ifPresent(hint -> out.println(Messages.shorten("  fix: " + hint)));
        }
    }
}
