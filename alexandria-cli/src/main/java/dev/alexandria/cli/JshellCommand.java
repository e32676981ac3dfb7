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
import java.util.concurrent.Callable;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria jshell}: JShell with every Alexandria artifact on the class path and the library opened
 * as {@code lib} (same resolution order as the other commands). {@code bin/alexandria jshell} starts the
 * {@code jshell} tool directly; this command does the same from inside the JVM, for installs without the
 * script.
 *
 * @since 0.1.0
 */
@Command(name = "jshell", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Open JShell with Alexandria on the class path and the library as `lib`.",
            "The imports cover dev.alexandria.api.*, dev.alexandria.api.model.* and dev.alexandria.core.*."})
final class JshellCommand implements Callable<Integer> {

    static final String STARTUP_RESOURCE = "dev/alexandria/examples/jshell/startup.jsh";

    @Mixin
    private GlobalOptions options;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "JSHELL-OPTION", arity = "0..*",
            description = "Further options for jshell (e.g. --feedback verbose, or a script to run).")
    private List<String> jshellOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
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
                    "--startup", "DEFAULT", "--startup", startup.toString()));
            // The startup script runs in JShell's remote VM: hand --library over as a system property there.
            Object root = spec.root().userObject();
            GlobalOptions effective = root instanceof AlexandriaCli
                    ? options.orElse(((AlexandriaCli) root).options())
                    : options;
            Path cwd = root instanceof AlexandriaCli ? ((AlexandriaCli) root).environment().workingDirectory()
                    : Path.of("").toAbsolutePath();
            effective.library().ifPresent(library -> args.add(
                    "-R-D" + LibraryLocation.SYSTEM_PROPERTY + "=" + cwd.resolve(library)));
            args.addAll(jshellOptions);
            return JavaShellToolBuilder.builder().start(args.toArray(String[]::new));
        } catch (IOException e) {
            throw new AlexandriaException("cannot prepare the JShell startup script: " + e.getMessage()
                    + "; check that the temporary folder is writable", e);
        } finally {
            Files.deleteIfExists(startup);
        }
    }
}
