package dev.alexandria.cli;

/**
 * The exit codes of {@code alexandria}, the same for every command.
 *
 * @since 0.1.0
 */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;
    /** The command ran and reported findings (validation problems, refused checks). */
    public static final int FINDINGS = 1;
    /** The command line was wrong: unknown option, bad value, missing argument, unknown module id. */
    public static final int USAGE = 2;
    /** The data is wrong: a bad library file, a path that is not a module folder (an {@code AlexandriaException}). */
    public static final int DATA = 3;
    /**
     * A bug (an exception nobody expected), or the JVM ran out of memory or stack; the message says which
     * option to raise. Never the JVM's own exit code 1 for an uncaught error, which would read as
     * {@link #FINDINGS}.
     */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
