package dev.alexandria.core.internal.validate;

import dev.alexandria.core.internal.text.ToolMessages;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds and runs an external program (terraform, tofu, tflint) with a given environment: the program is looked
 * up on that environment's {@code PATH}, not the JVM's, so a host (or a test) decides what is installed.
 */
final class ExternalTool {

    /** How long one run may take before it is stopped: {@value} seconds. */
    static final long TIMEOUT_SECONDS = 300;

    /**
     * What a run gave.
     *
     * @param exitCode the exit code, or -1 if it timed out
     * @param stdout   its standard output
     * @param stderr   its standard error
     */
    record Result(int exitCode, String stdout, String stderr) {

        /**
         * @return the tool's first {@code Error:} diagnostic (summary and detail), else the last non-blank line
         *         of stderr, else of stdout, for a message ({@link ToolMessages#reason})
         */
        String lastLine() {
            return ToolMessages.reason(stderr, stdout);
        }
    }

    private ExternalTool() {
    }

    /**
     * The first executable of a name on the environment's {@code PATH}.
     *
     * @param name        the program's name
     * @param environment the environment
     * @return its path, if it is installed
     */
    static Optional<Path> find(String name, Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            try {
                Path candidate = Path.of(dir).resolve(name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            } catch (RuntimeException e) {
                // not a path of this file system
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a program in a folder with exactly the given environment.
     *
     * @param program     the program
     * @param args        its arguments
     * @param directory   its working folder
     * @param environment its environment
     * @return what it gave
     * @throws IOException if it cannot be started
     */
    static Result run(Path program, List<String> args, Path directory, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        Path out = Files.createTempFile("alexandria-tool", ".out");
        Path err = Files.createTempFile("alexandria-tool", ".err");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process p = pb.start();
            p.getOutputStream().close();
            boolean done;
            try {
                done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running " + program.getFileName(), e);
            }
            if (!done) {
                p.destroyForcibly();
            }
            return new Result(done ? p.exitValue() : -1, new String(Files.readAllBytes(out), StandardCharsets.UTF_8),
                    new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
