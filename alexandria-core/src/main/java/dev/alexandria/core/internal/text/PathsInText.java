package dev.alexandria.core.internal.text;

import java.nio.file.Path;

/**
 * Paths named in a message's text, as the user's machine spells them, named from a folder instead: messages about
 * the files of a library name them relative to its root ({@code _library/.../variables.tf:12,1}), never by the
 * absolute path of one machine, even when the text was built from the path a file was read at (an inspector's
 * "already declared at /home/me/lib/_library/.../variables.tf:12,1", an I/O exception's message).
 */
public final class PathsInText {

    private PathsInText() {
    }

    /**
     * Replaces every absolute path below {@code base} in a text with the path relative to it ({@code .} for the
     * base itself). A path is taken to end at whitespace, a quote, {@code :}, {@code ,}, {@code ;} or {@code )}.
     *
     * @param base the folder, absolute and normalized as the text spells it (the library root)
     * @param text the text
     * @return the text with those paths relative, the same object when it names none
     */
    public static String relative(Path base, String text) {
        String prefix = base.toString();
        if (text.indexOf(prefix) < 0) {
            return text;
        }
        String separator = base.getFileSystem().getSeparator();
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, from)) {
            int end = at + prefix.length();
            out.append(text, from, at);
            if (text.startsWith(separator, end)) {
                int stop = end + separator.length();
                while (stop < text.length() && isPathChar(text.charAt(stop))) {
                    stop++;
                }
                out.append(text.substring(end + separator.length(), stop).replace('\\', '/'));
                from = stop;
            } else if (end == text.length() || !isPathChar(text.charAt(end))) {
                out.append('.');
                from = end;
            } else {
                out.append(prefix); // a longer path that merely starts like the base (/lib vs /library)
                from = end;
            }
        }
        out.append(text, from, text.length());
        return out.toString();
    }

    /**
     * {@link #relative(Path, String)} for a folder a text may spell two ways: by its real path and by the path it
     * was given as (through a symlink).
     *
     * @param real  the folder's real path
     * @param given the folder as given, absolute and normalized; may equal {@code real}
     * @param text  the text
     * @return the text with the paths below either relative, the same object when it names none
     */
    public static String relative(Path real, Path given, String text) {
        String once = relative(real, text);
        return given.equals(real) ? once : relative(given, once);
    }

    private static boolean isPathChar(char c) {
        return !Character.isWhitespace(c) && c != '"' && c != '\'' && c != ':' && c != ',' && c != ';' && c != ')';
    }
}
