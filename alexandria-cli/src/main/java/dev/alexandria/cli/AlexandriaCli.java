package dev.alexandria.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code alexandria} command line: the top-level command and the program entry point.
 *
 * <p>To add a command, write a class that extends {@link LibraryCommand} (or any picocli command that mixes
 * in {@link GlobalOptions} or declares the same options, as {@code InspectCommand} does for its own
 * {@code --output} formats, with {@code mixinStandardHelpOptions = true}) and list it in {@code subcommands}
 * below. {@code HelpTest} then checks its {@code --help} and global options without further changes.
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
        },
        subcommands = {
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
            InspectCommand.class,
            CostCommand.class,
            CostCompareCommand.class,
            ImportPricesCommand.class,
            JshellCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class,
        })
public final class AlexandriaCli implements Callable<Integer> {

    @Mixin
    private GlobalOptions options;

    @Spec
    private CommandSpec spec;

    private final CliEnvironment environment;

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
        int exitCode;
        try {
            // Hibernate Validator logs through JBoss Logging, which would fall back to java.util.logging and print
            // its banner; send it to SLF4J like everything else.
            if (System.getProperty("org.jboss.logging.provider") == null) {
                System.setProperty("org.jboss.logging.provider", "slf4j");
            }
            // Where git's system configuration is, so reading a repository does not run git twice to ask
            // (git's own override, else the usual place).
            if (System.getProperty("alexandria.git.system-config") == null) {
                String system = System.getenv("GIT_CONFIG_SYSTEM");
                System.setProperty("alexandria.git.system-config", system != null && !system.isBlank() ? system
                        : "/etc/gitconfig");
            }
            if (verbose(args)) {
                // Before the first logger exists: slf4j-simple reads its level once.
                System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
            }
            PrintWriter out = writer(System.out);
            PrintWriter err = writer(System.err);
            exitCode = run(args, out, err, CliEnvironment.ofProcess());
            out.flush();
            err.flush();
        } catch (Throwable t) { // nothing may leave main as a JVM stack trace with exit code 1 ("findings")
            PrintWriter err = new PrintWriter(System.err, true);
            exitCode = ErrorHandler.unexpected(err, t, verbose(args));
            err.flush();
        }
        System.exit(exitCode);
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
        return execute(() -> commandLine(environment, out, err), args, out, err);
    }

    /** Runs a command line; for {@link #run} and for tests with commands of their own. */
    static int execute(Supplier<CommandLine> commandLine, String[] args, PrintWriter out, PrintWriter err) {
        int exitCode;
        try {
            exitCode = commandLine.get().execute(args);
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

    private static boolean verbose(String[] args) {
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
        CommandLine commandLine = new CommandLine(new AlexandriaCli(environment));
        // Global options on picocli's own subcommands too, so `generate-completion --library X` is not a usage error.
        for (String builtIn : new String[] {"generate-completion", "help"}) {
            CommandLine command = commandLine.getSubcommands().get(builtIn);
            if (command != null) {
                command.addMixin("globalOptions", new GlobalOptions());
            }
        }
        // `alexandria jshell --feedback verbose`: options of jshell itself pass through.
        commandLine.getSubcommands().get("jshell").setUnmatchedOptionsArePositionalParams(true);
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

    /** @return the global options given before the subcommand */
    public GlobalOptions options() {
        return options;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
