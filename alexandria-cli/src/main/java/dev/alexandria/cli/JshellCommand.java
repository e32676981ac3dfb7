package dev.alexandria.cli;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.examples.LibraryLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria jshell}: JShell with every Alexandria artifact on the class path and the library opened
 * as {@code lib} (same resolution order as the other commands). {@code bin/alexandria jshell} runs this command
 * too, so a library that cannot be opened fails here like in every other command (one line, the fix, exit 3)
 * before JShell starts, and {@code --help} is this command's.
 *
 * <p>Options this command does not know are JShell's ({@code --feedback verbose}); after {@code --}, everything
 * is JShell's ({@code alexandria jshell -- --help} shows JShell's own help).
 *
 * @since 0.1.0
 */
@Command(name = "jshell", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Open JShell with Alexandria on the class path and the library as `lib`.",
            "The imports cover dev.alexandria.api.*, dev.alexandria.api.model.* and dev.alexandria.core.*.",
            "Options not listed here go to jshell; after --, everything does."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  alexandria jshell",
            "  alexandria jshell --library components/terraform --feedback verbose",
            "  alexandria jshell -- --help        (JShell's own options)",
        })
final class JshellCommand implements Callable<Integer> {

    static final String STARTUP_RESOURCE = "dev/alexandria/examples/jshell/startup.jsh";

    // Not the GlobalOptions mixin: jshell prints nothing of its own, so it has no --output, and its help lists
    // only the options it has.
    @Option(names = "--library", paramLabel = "PATH",
            description = "The library root (the folder with _library/ and _catalog/), opened as `lib`. Default: "
                    + GlobalOptions.LIBRARY_DEFAULT)
    private Path library;

    @Option(names = {"-v", "--verbose"}, description = GlobalOptions.VERBOSE_HELP)
    private boolean verbose;

    @Option(names = "--no-cache", description = GlobalOptions.NO_CACHE_HELP)
    private boolean noCache;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "JSHELL-OPTION", arity = "0..*",
            description = "Further options for jshell (e.g. --feedback verbose, or a script to run).")
    private List<String> jshellOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Object root = spec.root().userObject();
        Optional<Path> given = library != null ? Optional.of(library) : root instanceof AlexandriaCli
                ? ((AlexandriaCli) root).options().library() : Optional.empty();
        // Open the library here first: a wrong --library fails like in every other command, before JShell
        // starts (in JShell it would be an exception, then a NullPointerException for the missing `lib`).
        LibraryLocation where = LibraryCommand.locate(LibraryCommand.environment(spec), given);
        LibraryCommand.openLibrary(spec, where);
        Path startup = Files.createTempFile("alexandria-startup-", ".jsh");
        try {
            try (InputStream in = JshellCommand.class.getClassLoader().getResourceAsStream(STARTUP_RESOURCE)) {
                if (in == null) {
                    throw new AlexandriaException("the JShell startup script " + STARTUP_RESOURCE
                            + " is missing from the class path; put the alexandria-examples jar on the class path");
                }
                Files.copy(in, startup, StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> args = new ArrayList<>(List.of(
                    "--class-path", System.getProperty("java.class.path"),
                    "--startup", "DEFAULT", "--startup", startup.toString(),
                    // The startup script runs in JShell's remote VM: hand it the library found here, so both
                    // agree and the remote VM does not announce the bundled sample a second time.
                    "-R-D" + LibraryLocation.SYSTEM_PROPERTY + "=" + where.path()));
            args.addAll(jshellOptions);
            return JavaShellToolBuilder.builder().start(args.toArray(String[]::new));
        } catch (IOException e) {
            throw new AlexandriaException("cannot prepare the JShell startup script: " + e.getMessage()
                    + "; check that the temporary folder is writable", e);
        } finally {
            Files.deleteIfExists(startup);
        }
    }

    /** @return whether {@code --no-cache} was given to this command */
    boolean noCache() {
        return noCache;
    }
}
