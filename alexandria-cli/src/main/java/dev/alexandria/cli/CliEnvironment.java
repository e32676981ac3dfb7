package dev.alexandria.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the CLI reads from its process: the environment variables, the working directory and whether standard
 * output is a terminal. Tests pass their own, and the command server ({@code CommandServer}) the client's, so no
 * command reads {@link System#getenv()}, {@code user.dir} or {@link System#console()} directly.
 *
 * @param env              the environment variables
 * @param workingDirectory the absolute working directory
 * @param terminal         whether the process runs on a terminal ({@link System#console()} is not null): tables
 *                         then have bold headers
 * @since 0.1.0
 */
public record CliEnvironment(Map<String, String> env, Path workingDirectory, boolean terminal) {

    /**
     * Copies the map and checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public CliEnvironment {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory").toAbsolutePath();
    }

    /**
     * An environment that is not a terminal.
     *
     * @param env              the environment variables
     * @param workingDirectory the working directory
     */
    public CliEnvironment(Map<String, String> env, Path workingDirectory) {
        this(env, workingDirectory, false);
    }

    /** @return the environment of this process */
    public static CliEnvironment ofProcess() {
        return new CliEnvironment(System.getenv(), Path.of("").toAbsolutePath(), System.console() != null);
    }

    /**
     * @param name a variable name
     * @return its value, or the empty string when it is not set
     */
    public String variable(String name) {
        return env.getOrDefault(name, "");
    }

    /** @return the terminal width from {@code COLUMNS}, else 120 */
    public int terminalWidth() {
        try {
            int columns = Integer.parseInt(variable("COLUMNS").trim());
            return columns >= 40 ? columns : 120;
        } catch (NumberFormatException e) {
            return 120;
        }
    }
}
