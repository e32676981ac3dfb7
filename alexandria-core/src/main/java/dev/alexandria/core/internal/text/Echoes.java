package dev.alexandria.core.internal.text;

/**
 * What a message echoes of its input, by one rule for every message (the command line's applies the same rule to
 * every line it prints): a value of up to {@value #MAX_ECHO} characters is shown whole; a longer one shows its first
 * {@value #KEPT} characters, {@code …} and its length ({@code aaaa… (10000 characters)}). Stateless.
 */
public final class Echoes {

    /** A value longer than this is shortened. */
    public static final int MAX_ECHO = 200;
    /** What is kept of a shortened value. */
    public static final int KEPT = 80;

    private Echoes() {
    }

    /**
     * @param value the value
     * @return the value whole, or its start, {@code …} and {@code (N characters)} when longer than {@link #MAX_ECHO}
     */
    public static String echo(String value) {
        return value.length() <= MAX_ECHO ? value : kept(value) + "… (" + value.length() + " characters)";
    }

    /**
     * @param value the value
     * @return the value in single quotes, shortened as {@link #echo} does, its length after the closing quote
     */
    public static String quoted(String value) {
        return value.length() <= MAX_ECHO ? "'" + value + "'"
                : "'" + kept(value) + "…' (" + value.length() + " characters)";
    }

    /** The first {@link #KEPT} characters of a longer value, one fewer where that would split a surrogate pair. */
    private static String kept(String value) {
        return value.substring(0, Character.isHighSurrogate(value.charAt(KEPT - 1)) ? KEPT - 1 : KEPT);
    }
}
