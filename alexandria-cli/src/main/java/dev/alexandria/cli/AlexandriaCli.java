package dev.alexandria.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code alexandria} command line: the top-level command and the program entry point.
 *
 * <p>To add a command, write a class that extends {@link LibraryCommand} (or any picocli command that mixes
 * in {@link GlobalOptions} or declares the same options, as {@code InspectCommand} does for its own
 * {@code --output} formats, with {@code mixinStandardHelpOptions = true}) and list it in {@link #SUBCOMMANDS}
 * below, then regenerate {@link CommandModels} (the picocli models, built without reading annotations at run time;
 * {@code CommandModelsTest} fails until then and says how). {@code HelpTest} then checks its {@code --help} and
 * global options without further changes.
 *
 * <p>{@link #main(String[])} is the only place that exits the JVM; {@link #run} returns the exit code
 * instead, for tests and hosts.
 *
 * @since 0.1.0
 */
@Command(name = "alexandria",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = "Browse and inspect the Terraform module library.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  findings were reported",
            "  2  usage error (unknown option, bad value, unknown module)",
            "  3  data error (bad library file, not a module folder)",
            "  4  internal error: a bug (rerun with --verbose), or the JVM ran out of memory",
            "",
            "Library: --library PATH, else $ALEXANDRIA_LIBRARY, else the current directory or a parent,"
                    + " else the bundled sample library.",
        })
public final class AlexandriaCli implements Callable<Integer> {

    /**
     * The subcommands, in the order {@code --help} lists them. Only the one a command line names is built, and a
     * run that only lists them holds just their names and descriptions (see {@link #plan}): building a picocli command makes its objects and its options' models, and doing that
     * for every command cost more than most commands' own work. To add a command, list it here.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            BrowseCommand.class,
            InfoCommand.class,
            DiffCommand.class,
            VersionsCommand.class,
            VersionCommand.class,
            SearchCommand.class,
            RecommendCommand.class,
            CompareCommand.class,
            StatusCommand.class,
            PromoteCommand.class,
            DeprecateCommand.class,
            ArchiveCommand.class,
            ScaffoldCommand.class,
            TestCommand.class,
            RegisterCommand.class,
            PublishCommand.class,
            DependenciesCommand.class,
            GraphCommand.class,
            ValidateCommand.class,
            InspectCommand.class,
            MigrateCommand.class,
            CostCommand.class,
            CostCompareCommand.class,
            ImportPricesCommand.class,
            JshellCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class);

    /** Picocli's system property: the types (regular expressions, comma-separated) it registers no converter for. */
    static final String PICOCLI_CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /** Picocli's system property: no Groovy closures in annotations (see {@link #configureProcess}). */
    static final String PICOCLI_DISABLE_CLOSURES = "picocli.disable.closures";

    /**
     * The types whose built-in converters no option uses: see {@link #configureProcess}. One expression, not one per
     * package: picocli compiles each expression of the list again for every type it might register (~25 a run).
     */
    static final String UNUSED_CONVERTERS = "java\\.(?:sql|time)\\..*";

    @Mixin
    private GlobalOptions options;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment environment;

    /** The library being found and opened on a second thread for this run, if any (see {@link LibraryPreopen}). */
    private Optional<LibraryPreopen> preopen = Optional.empty();

    /**
     * @param environment the environment variables and working directory the commands see
     */
    public AlexandriaCli(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        if (CommandServer.isServerProcess()) {
            CommandServer.main(args);
            return;
        }
        if (args.length == 1 && CommandClient.STOP_OPTION.equals(args[0])) {
            System.exit(CommandClient.stop(System.getenv()));
        }
        // A read command goes to the command server when one runs for this build and environment; else it runs
        // here, as always (and a server is started for the next one): see CommandClient.
        CommandClient client = CommandClient.ofProcess(args, System.getenv());
        OptionalInt served = client.tryServer();
        if (served.isPresent()) {
            System.exit(served.getAsInt());
        }
        String timing = System.getenv("ALEXANDRIA_TIMING");
        if (timing != null && !timing.isEmpty()) {
            PhaseTimer.start();
        }
        int exitCode = runProcess(args, CliEnvironment.ofProcess());
        client.afterInProcess();
        System.exit(exitCode);
    }

    /**
     * Runs a command line as {@link #main} does, on {@link System#out} and {@link System#err}, without exiting:
     * for {@code main} and for the command server, whose requests get exactly what a process of their own gets.
     *
     * @param args        the arguments
     * @param environment what the commands see of the process
     * @return the exit code
     */
    static int runProcess(String[] args, CliEnvironment environment) {
        int exitCode;
        try {
            configureProcess();
            if (verbose(args)) {
                // Before the first logger exists: slf4j-simple reads its level once.
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            }
            PrintWriter out = writer(System.out);
            PrintWriter err = writer(System.err);
            exitCode = run(args, out, err, environment);
            out.flush();
            PhaseTimer.mark("command");
            PhaseTimer.report(err);
            err.flush();
        } catch (Throwable t) { // nothing may leave main as a JVM stack trace with exit code 1 ("findings")
            PrintWriter err = new PrintWriter(System.err, true);
            exitCode = ErrorHandler.unexpected(err, t, verbose(args));
            err.flush();
        }
        return exitCode;
    }

    /** The system properties of a process that runs commands: set before the first logger and library exist. */
    static void configureProcess() {
        // Our slf4j-simple: a logged exception is one line on stderr; its stack trace only with --verbose.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", CliLogProvider.class.getName());
        }
        // SLF4J reports a provider named by that property with an informational line on stderr on every run
        // ("Attempting to load provider …"); only its warnings and errors concern a user.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        // Hibernate Validator logs through JBoss Logging, which would fall back to java.util.logging and print
        // its banner; send it to SLF4J like everything else.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        // Lucene logs through java.util.logging (on JDK 21 and later, how it reads index files and whether it uses
        // the Vector API), which the JDK would print on stderr in a format of its own: route it to SLF4J like the
        // rest (JulToSlf4j), built only when something first logs that way.
        if (System.getProperty(JulToSlf4j.PROPERTY) == null
                && System.getProperty("java.util.logging.config.file") == null) {
            System.setProperty(JulToSlf4j.PROPERTY, JulToSlf4j.class.getName());
        }
        // Picocli registers a converter for each java.sql and java.time type at start-up, loading and initialising
        // those types (about 90 classes, the ISO date-time formatters among them). No option of ours has such a
        // type (SubcommandsTest checks), so the CLI does not pay for them.
        if (System.getProperty(PICOCLI_CONVERTER_EXCLUDES) == null) {
            System.setProperty(PICOCLI_CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
        }
        // Picocli's factory looks for Groovy's Closure class (for closures in annotations, which we have none of);
        // that class is not on our class path, so the lookup opened and read the index of every jar on it, about
        // 25 ms of CPU on every run.
        if (System.getProperty(PICOCLI_DISABLE_CLOSURES) == null) {
            System.setProperty(PICOCLI_DISABLE_CLOSURES, "true");
        }
        // Where git's system configuration is, so reading a repository does not run git twice to ask
        // (git's own override, else the usual place).
        if (System.getProperty("alexandria.git.system-config") == null) {
            String system = System.getenv("GIT_CONFIG_SYSTEM");
            System.setProperty("alexandria.git.system-config", system != null && !system.isBlank() ? system
                    : "/etc/gitconfig");
        }
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args        the arguments
     * @param out         standard output
     * @param err         standard error
     * @param environment what the commands see of the process
     * @return the exit code, one of {@link ExitCode}
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CliEnvironment environment) {
        return run(args, out, err, environment, true);
    }

    /** {@link #run(String[], PrintWriter, PrintWriter, CliEnvironment)}, for tests: with or without a pre-open. */
    static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, CliEnvironment environment,
            boolean openEarly) {
        // What any command echoes (an argument, a library's text) reaches the terminal with its control
        // characters escaped: one place for every command, answers and errors alike.
        PrintWriter out = ControlCharacters.escaping(rawOut);
        PrintWriter err = ControlCharacters.escaping(rawErr);
        Plan plan = plan(args);
        List<Class<?>> subcommands = plan.built();
        // The library is found and opened on a second thread while picocli builds the command line here.
        Optional<LibraryPreopen> preopen = openEarly ? LibraryPreopen.start(args, subcommands, environment)
                : Optional.empty();
        return execute(() -> {
            CommandLine commandLine = commandLine(environment, out, err, subcommands, plan.listsOthers());
            ((AlexandriaCli) commandLine.getCommand()).preopen = preopen;
            return commandLine;
        }, args, out, err);
    }

    /**
     * What a command line builds: the commands it may run, with their whole models, and whether it holds the
     * others by name and description only ({@link CommandModels#listing}), for a list of the commands.
     *
     * @param built       some of {@link #SUBCOMMANDS}, built in full
     * @param listsOthers whether the rest of {@link #SUBCOMMANDS} are listed
     */
    record Plan(List<Class<?>> built, boolean listsOthers) {
    }

    /**
     * What a command line needs, found from its words as picocli reads them (global options and their values
     * first, then the command's name; picocli's abbreviated options and subcommands are off):
     * <ul>
     * <li>a command's name: that command alone;
     * <li>{@code help NAME} (or {@code help} alone): {@code help} and the named command in full, the others
     *     listed ({@code help} alone prints the list of the commands; an unknown name is an error that names it);
     * <li>nothing but global options, with or without {@code --help}/{@code -h}: no command, all listed (the
     *     usage help, or the error for a missing command, lists them);
     * <li>{@code --version} alone: nothing;
     * <li>anything else ({@code --help} before more words, an unknown option or command name,
     *     {@code generate-completion}, {@code --}, an argument file): every command in full, as picocli needs
     *     them to parse what follows, to suggest a name, or to write the completion script.
     * </ul>
     *
     * @param args the arguments
     * @return the plan
     */
    static Plan plan(String[] args) {
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int value = globalOption(arg);
            if (value >= 0) {
                i += value;
            } else if (("--version".equals(arg) || "-V".equals(arg)) && i == args.length - 1 && !help) {
                return new Plan(List.of(), false); // the version alone describes no command
            } else if ("--help".equals(arg) || "-h".equals(arg)
                    || help && ("--version".equals(arg) || "-V".equals(arg))) {
                help = true; // with both, picocli prints the usage help
            } else if (help || arg.startsWith("-") || arg.startsWith("@")) {
                // Words after --help, an unknown option, "--", or an argument file: the whole command line answers.
                return new Plan(SUBCOMMANDS, false);
            } else {
                return named(arg, args, i + 1);
            }
        }
        return new Plan(List.of(), true);
    }

    /**
     * How many values follow a global option given as its own word (0 or 1), or -1 for any other word.
     */
    private static int globalOption(String arg) {
        if ("--library".equals(arg) || "--output".equals(arg)) {
            return 1;
        }
        return arg.startsWith("--library=") || arg.startsWith("--output=") || "-v".equals(arg)
                || "--verbose".equals(arg) || "--no-cache".equals(arg) ? 0 : -1;
    }

    private static Plan named(String name, String[] args, int next) {
        Optional<Class<?>> command = command(name);
        if (command.isEmpty() || command.get() == AutoComplete.GenerateCompletion.class) {
            // An unknown name (picocli suggests the nearest ones), or the completion script: every command.
            return new Plan(SUBCOMMANDS, false);
        }
        if (command.get() != CommandLine.HelpCommand.class) {
            return new Plan(List.of(command.get()), false);
        }
        // help [global options] [NAME]: the named command in full, in the order of the list.
        for (int i = next; i < args.length; i++) {
            int value = globalOption(args[i]);
            if (value >= 0) {
                i += value;
            } else {
                Optional<Class<?>> target = args[i].startsWith("-") ? Optional.empty() : command(args[i]);
                return new Plan(SUBCOMMANDS.stream().filter(c -> c == CommandLine.HelpCommand.class
                        || target.isPresent() && c == target.get()).toList(), true);
            }
        }
        return new Plan(List.of(CommandLine.HelpCommand.class), true);
    }

    /** The command a name means, if any. */
    private static Optional<Class<?>> command(String name) {
        // The command the name's class name means first (cost-compare: CostCompareCommand), so the usual run
        // loads one command class, not every one; then every command, for a command named otherwise or an alias.
        String conventional = conventionalClassName(name);
        for (Class<?> command : SUBCOMMANDS) {
            if (command.getSimpleName().equals(conventional) && answersTo(command, name)) {
                return Optional.of(command);
            }
        }
        for (Class<?> command : SUBCOMMANDS) {
            if (answersTo(command, name)) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }

    /**
     * The simple class name of the command a name conventionally means: {@code cost-compare} is
     * {@code CostCompareCommand}.
     */
    static String conventionalClassName(String name) {
        StringBuilder out = new StringBuilder(name.length() + 7);
        boolean upper = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.append("Command").toString();
    }

    private static boolean answersTo(Class<?> command, String name) {
        return CommandModels.names(command).contains(name);
    }

    private static Object create(IFactory factory, Class<?> command) {
        try {
            return factory.create(command);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the command " + command.getName(), e);
        }
    }

    /** Runs a command line; for {@link #run} and for tests with commands of their own. */
    static int execute(Supplier<CommandLine> commandLine, String[] args, PrintWriter out, PrintWriter err) {
        int exitCode;
        Messages.suggestCommandsAsWritten(); // until this run's command opens a library given with --library
        try {
            CommandLine built = commandLine.get();
            PhaseTimer.mark("build command line");
            exitCode = built.execute(args);
        } catch (Exception | Error e) {
            // Picocli hands only exceptions to the ErrorHandler; an Error (out of memory, a stack overflow, a
            // class that failed to initialise) would otherwise end the JVM with a stack trace and exit code 1,
            // which means "findings".
            out.flush();
            exitCode = ErrorHandler.unexpected(err, e, verbose(args));
        }
        out.flush();
        err.flush();
        return exitCode;
    }

    static boolean verbose(String[] args) {
        for (String arg : args) {
            if ("--".equals(arg)) {
                return false;
            }
            if ("-v".equals(arg) || "--verbose".equals(arg)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The configured picocli command line, for tests and for hosts that embed the CLI.
     *
     * @param environment what the commands see of the process
     * @param out         standard output
     * @param err         standard error
     * @return the command line
     */
    public static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err) {
        return commandLine(environment, out, err, SUBCOMMANDS, false);
    }

    /**
     * The command line with these subcommands built in full and, if {@code listsOthers}, the rest held by name
     * and description only, all in {@link #SUBCOMMANDS} order (the order the usage help lists them in).
     */
    static CommandLine commandLine(CliEnvironment environment, PrintWriter out, PrintWriter err,
            List<Class<?>> subcommands, boolean listsOthers) {
        // The models come from CommandModels, generated from the annotations (see CommandModel for why).
        IFactory factory = CommandLine.defaultFactory();
        CommandLine commandLine = new CommandLine(CommandModels.spec(new AlexandriaCli(environment), factory), factory);
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (subcommands.contains(subcommand)) {
                CommandLine built = new CommandLine(CommandModels.spec(create(factory, subcommand), factory), factory);
                if (subcommand == AutoComplete.GenerateCompletion.class || subcommand == CommandLine.HelpCommand.class) {
                    // Global options on picocli's own subcommands too: `generate-completion --library X` is no error.
                    // The generated model, as for our commands, not one read from GlobalOptions' annotations.
                    built.getCommandSpec().addMixin("globalOptions",
                            CommandModels.globalOptions(new GlobalOptions(), factory));
                } else if (subcommand == JshellCommand.class) {
                    // `alexandria jshell --feedback verbose`: options of jshell itself pass through.
                    built.setUnmatchedOptionsArePositionalParams(true);
                }
                commandLine.addSubcommand(built);
            } else if (listsOthers) {
                commandLine.addSubcommand(new CommandLine(CommandModels.listing(subcommand), factory));
            }
        }
        if (!environment.variable("NO_COLOR").isEmpty()) {
            // https://no-color.org: no ANSI styles in help either.
            commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        }
        ErrorHandler errors = new ErrorHandler();
        return commandLine
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    /** Without a subcommand: the usage help on stderr, and a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ErrorHandler.print(err, "no command given", java.util.Optional.of("name one of the commands below"));
        spec.commandLine().usage(err);
        return ExitCode.USAGE;
    }

    /** @return what the commands see of the process */
    public CliEnvironment environment() {
        return environment;
    }

    /** @return the library being found and opened on a second thread for this run, if any */
    Optional<LibraryPreopen> preopen() {
        return preopen;
    }

    /** @return the global options given before the subcommand */
    public GlobalOptions options() {
        return options;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
