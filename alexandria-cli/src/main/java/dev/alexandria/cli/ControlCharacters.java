package dev.alexandria.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps the terminal safe from what the CLI echoes: every line it prints (answers and errors alike) goes through
 * {@link #escaping}, so a control character in an argument ({@code info $'\e[31mred'}) or in a library's files
 * is shown as {@code \x1b} rather than sent to the terminal, where it would change colours, move the cursor or
 * retitle the window. Line breaks and tabs stay; the CLI's own bold table headers are the one escape sequence
 * written as is.
 *
 * @since 0.5.0
 */
final class ControlCharacters {

    /** The sequences the CLI writes itself: bold on and off, around a table header ({@link TableRenderer}). */
    private static final String[] OWN = {"\u001b[1m", "\u001b[0m"};

    private ControlCharacters() {
    }

    /**
     * @param text any text
     * @return the text with each control character but line feed and tab written as {@code \xNN} ({@code \u001b}
     *         is {@code \x1b}), a carriage return kept only before a line feed
     */
    static String escape(String text) {
        return escape(text, false);
    }

    private static String escape(CharSequence text, boolean keepOwn) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\t'
                    && !(c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) == '\n'))
                    && !(keepOwn && own(text, i));
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (control) {
                out.append(String.format(java.util.Locale.ROOT, "\\x%02x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    private static boolean own(CharSequence text, int at) {
        for (String sequence : OWN) {
            if (text.length() - at >= sequence.length()
                    && text.subSequence(at, at + sequence.length()).toString().equals(sequence)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param writer where the text goes (standard output or error)
     * @return a writer that passes everything on to {@code writer}, control characters escaped
     */
    static PrintWriter escaping(PrintWriter writer) {
        return new PrintWriter(new FilterWriter(writer) {
            @Override
            public void write(int c) throws IOException {
                write(String.valueOf((char) c));
            }

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                write(new String(buffer, offset, length));
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                String escaped = escape(text.substring(offset, offset + length), true);
                out.write(escaped, 0, escaped.length());
            }
        }, false);
    }
}
