package dev.alexandria.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps what a message echoes of its input to a readable length: every error, warning and finding line the CLI
 * prints passes through {@link #shorten}, so a 10,000-character argument or a 300 KB key in a file is shown as its
 * start, an ellipsis and its length, never in full. The structured outputs ({@code --output json|yaml|sarif}) keep
 * the full text: they are data, not messages.
 *
 * @since 0.27.0
 */
final class Messages {

    /** A quoted value or a word longer than this is shortened. */
    static final int MAX_ECHO = 200;
    /** What is kept of a shortened value or word. */
    static final int KEPT = 80;
    /** A line longer than this (after shortening its values) is cut. */
    static final int MAX_LINE = 2000;

    /** A quoted value ('…' or "…") or a run of characters other than spaces and quotes, longer than MAX_ECHO. */
    private static final Pattern LONG = Pattern.compile(
            "'([^'\\n]{" + (MAX_ECHO + 1) + ",})'|\"([^\"\\n]{" + (MAX_ECHO + 1) + ",})\"|([^\\s'\"]{"
                    + (MAX_ECHO + 1) + ",})");

    /**
     * For this run (the thread that runs the command), what the commands an error's fix suggests are to name; none
     * when the fixes stay as written.
     */
    private static final ThreadLocal<Suggesting> SUGGESTING = new ThreadLocal<>();

    /**
     * The library to name and when: worked out when a message first suggests a command (most runs print none), then
     * kept.
     */
    private static final class Suggesting {
        private final java.nio.file.Path root;
        private final java.util.function.Supplier<java.util.Collection<String>> subcommands;
        private final java.util.function.BooleanSupplier applies;
        private boolean decided;
        private Pattern commands;

        Suggesting(java.nio.file.Path root, java.util.function.Supplier<java.util.Collection<String>> subcommands,
                   java.util.function.BooleanSupplier applies) {
            this.root = root;
            this.subcommands = subcommands;
            this.applies = applies;
        }

        /** @return the commands to rewrite, or null when the fixes stay as written */
        Pattern commands() {
            if (!decided) {
                decided = true;
                if (applies.getAsBoolean()) {
                    String names = subcommands.get().stream().map(Pattern::quote)
                            .collect(java.util.stream.Collectors.joining("|"));
                    commands = Pattern.compile("(?<![\\w./-])alexandria(?= (?:" + names + ")(?![\\w-]))");
                }
            }
            return commands;
        }

        String option() {
            return " --library " + AmbiguousNames.shellWord(root.toString());
        }
    }

    private Messages() {
    }

    /**
     * Makes the commands that this run's error fixes suggest ({@code alexandria diff vpc-standard --from …}) name
     * the library the user gave with {@code --library}, for a run whose working folder would find another library
     * (or the bundled sample): pasted there, the fix runs on the library it is about, as its git commands
     * ({@code git -C <root>}) do. Whether it applies is asked only when a message first suggests a command.
     *
     * @param libraryRoot the library's root
     * @param subcommands the CLI's subcommand names
     * @param applies     whether the working folder would find another library
     */
    static void suggestCommandsFor(java.nio.file.Path libraryRoot,
                                   java.util.function.Supplier<java.util.Collection<String>> subcommands,
                                   java.util.function.BooleanSupplier applies) {
        SUGGESTING.set(new Suggesting(libraryRoot, subcommands, applies));
    }

    /** Leaves the suggested commands as written again (each run starts so). */
    static void suggestCommandsAsWritten() {
        SUGGESTING.remove();
    }

    /**
     * @param text an error's text or fix
     * @return the text with each command it suggests naming the library, when {@link #suggestCommandsFor} said so
     */
    static String withLibrary(String text) {
        Suggesting s = SUGGESTING.get();
        if (s == null || text.indexOf("alexandria ") < 0) {
            return text;
        }
        Pattern commands = s.commands();
        return commands == null ? text
                : commands.matcher(text).replaceAll(Matcher.quoteReplacement("alexandria" + s.option()));
    }

    /**
     * The line with each quoted value or word longer than {@link #MAX_ECHO} characters cut to its first
     * {@link #KEPT} characters, {@code …} and its length ({@code 'aaaa…' (10000 characters)}), and the whole line
     * cut the same way when it is still longer than {@link #MAX_LINE} characters. A line within the limits is
     * returned as is.
     *
     * @param line one line of a message
     * @return the line, shortened where needed
     */
    static String shorten(String line) {
        if (line.length() <= MAX_ECHO) {
            return line;
        }
        Matcher m = LONG.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = "'" + cut(m.group(1)) + "' (" + m.group(1).length() + " characters)";
            } else if (m.group(2) != null) {
                replacement = "\"" + cut(m.group(2)) + "\" (" + m.group(2).length() + " characters)";
            } else {
                replacement = cut(m.group(3)) + " (" + m.group(3).length() + " characters)";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        if (out.length() > MAX_LINE) {
            int length = out.length();
            int end = Character.isHighSurrogate(out.charAt(MAX_LINE - 1)) ? MAX_LINE - 1 : MAX_LINE;
            return out.substring(0, end) + "… (line of " + length + " characters)";
        }
        return out.toString();
    }

    /**
     * A value echoed unquoted (a need of a use case), cut as {@link #shorten} cuts a quoted one when it is longer
     * than {@link #MAX_ECHO} characters.
     *
     * @param value user text
     * @return the value, or its first {@link #KEPT} characters, {@code …} and its length
     */
    static String shortenValue(String value) {
        return value.length() <= MAX_ECHO ? value : cut(value) + " (" + value.length() + " characters)";
    }

    /** The first {@link #KEPT} characters (never half a surrogate pair) and an ellipsis. */
    private static String cut(String value) {
        int end = Character.isHighSurrogate(value.charAt(KEPT - 1)) ? KEPT - 1 : KEPT;
        return value.substring(0, end) + "…";
    }
}
