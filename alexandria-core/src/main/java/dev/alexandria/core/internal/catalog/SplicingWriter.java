package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Rewrites one top-level block sequence of a YAML file ({@code modules:}, {@code tags:} …) with a minimal
 * diff: every entry that did not change is copied from the original text byte for byte, with its comments;
 * only changed and added entries are written fresh, and removed ones are dropped. Text before and after the
 * sequence is kept as it is.
 *
 * <p>Each entry owns the lines from its dash to the next entry, plus the comment lines directly above its
 * dash. A changed entry keeps those leading comments, and inside it the text (comments and style) of every key
 * whose value did not change ({@link KeySplicer}); only its changed keys are written fresh. When the sequence is not
 * a block sequence with one entry per line (flow style, an empty list), splicing is not possible and the
 * caller writes the whole file.
 */
final class SplicingWriter {

    private SplicingWriter() {
    }

    /**
     * Splices.
     *
     * @param doc        the original document
     * @param key        the top-level key of the sequence
     * @param oldEntries the original entries, aligned with the sequence's items (same size and order)
     * @param newEntries the entries to write
     * @param identity   what makes two entries "the same entry" (the id)
     * @param emit       writes a fresh entry with its dash at the given column
     * @return the new text, or empty if the original cannot be spliced
     */
    static <T> Optional<String> splice(YamlDocument doc, String key, List<T> oldEntries, List<T> newEntries,
                                       Function<T, ?> identity, BiFunction<T, Integer, String> emit) {
        JsonNode seq = doc.root().path(key);
        if (!seq.isArray() || seq.isEmpty() || seq.size() != oldEntries.size() || newEntries.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = lines(doc.text());
        SourceLocation keyAt = doc.keyLocations().get("/" + YamlFiles.escape(key));
        if (keyAt == null || keyAt.line() == 0) {
            return Optional.empty();
        }
        int keyLine = keyAt.line() - 1;
        int keyIndent = keyAt.column() - 1;
        int n = seq.size();
        int[] dash = new int[n];
        int dashCol = -1;
        for (int i = 0; i < n; i++) {
            Optional<SourceLocation> at = doc.valueLocation("/" + YamlFiles.escape(key) + "/" + i);
            if (at.isEmpty() || at.get().line() == 0) {
                return Optional.empty();
            }
            int line = at.get().line() - 1;
            if (line >= lines.size()) {
                return Optional.empty();
            }
            String text = lines.get(line);
            int c = Math.min(at.get().column() - 1, text.length()) - 1;
            while (c >= 0 && text.charAt(c) == ' ') {
                c--;
            }
            if (c < 0 || text.charAt(c) != '-' || !text.substring(0, c).isBlank()) {
                return Optional.empty(); // not "- " at the start of the item's first line
            }
            if ((i > 0 && line <= dash[i - 1]) || line <= keyLine || (dashCol >= 0 && c != dashCol)) {
                return Optional.empty();
            }
            dash[i] = line;
            dashCol = c;
        }
        int[] start = new int[n];
        for (int i = 0; i < n; i++) {
            int floor = i == 0 ? keyLine + 1 : dash[i - 1] + 1;
            int s = dash[i];
            while (s - 1 >= floor && isComment(lines.get(s - 1))) {
                s--;
            }
            start[i] = s;
        }
        int end = dash[n - 1] + 1;
        while (end < lines.size() && !endsSequence(lines.get(end), keyIndent, dashCol)) {
            end++;
        }
        int lastEnd = end;
        while (lastEnd - 1 > dash[n - 1] && (lines.get(lastEnd - 1).isBlank() || isComment(lines.get(lastEnd - 1)))) {
            lastEnd--;
        }
        Map<Object, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            T old = oldEntries.get(i);
            if (old == null) {
                return Optional.empty();
            }
            oldIndex.putIfAbsent(identity.apply(old), i);
        }
        boolean crlf = doc.text().contains("\r\n");
        BiFunction<T, Integer, String> fresh = crlf
                ? (e, col) -> emit.apply(e, col).replace("\n", "\r\n")
                : emit;
        StringBuilder out = new StringBuilder();
        append(out, lines, 0, start[0]);
        for (T entry : newEntries) {
            Integer i = oldIndex.get(identity.apply(entry));
            if (i == null) {
                ensureNewline(out);
                out.append(fresh.apply(entry, dashCol));
                continue;
            }
            int bodyEnd = i == n - 1 ? lastEnd : start[i + 1];
            if (Objects.equals(oldEntries.get(i), entry)) {
                ensureNewline(out);
                append(out, lines, start[i], bodyEnd);
            } else {
                ensureNewline(out);
                append(out, lines, start[i], dash[i]);
                // keep the blank lines that separated the old entry from the next one
                int blank = bodyEnd;
                while (blank - 1 > dash[i] && lines.get(blank - 1).isBlank()) {
                    blank--;
                }
                String written = fresh.apply(entry, dashCol);
                out.append(mergeEntry(lines, dash[i], blank, written, dashCol, doc.file()).orElse(written));
                ensureNewline(out);
                append(out, lines, blank, bodyEnd);
            }
        }
        if (lastEnd < lines.size()) {
            ensureNewline(out);
            append(out, lines, lastEnd, lines.size());
        }
        return Optional.of(out.toString());
    }

    /**
     * A changed entry keeps the text of every key whose value did not change ({@link KeySplicer}): its dash is
     * blanked out, so the old and the fresh entry are both block mappings, merged, and the dash put back.
     */
    private static Optional<String> mergeEntry(List<String> lines, int from, int to, String fresh, int dashCol,
                                               String display) {
        StringBuilder old = new StringBuilder();
        for (int i = from; i < to; i++) {
            old.append(lines.get(i));
        }
        Optional<String> oldBody = undash(old.toString(), dashCol);
        Optional<String> freshBody = undash(fresh, dashCol);
        if (oldBody.isEmpty() || freshBody.isEmpty()) {
            return Optional.empty();
        }
        return KeySplicer.merge(oldBody.get(), freshBody.get(), display).flatMap(merged -> {
            List<String> out = lines(merged);
            for (int i = 0; i < out.size(); i++) {
                String line = out.get(i);
                if (line.isBlank() || isComment(line)) {
                    continue;
                }
                if (line.length() <= dashCol || line.charAt(dashCol) != ' ') {
                    return Optional.empty();
                }
                out.set(i, line.substring(0, dashCol) + "-" + line.substring(dashCol + 1));
                return Optional.of(String.join("", out));
            }
            return Optional.empty();
        });
    }

    /** The text with the dash of its first line, at {@code dashCol}, replaced by a space. */
    private static Optional<String> undash(String text, int dashCol) {
        int firstEnd = text.indexOf('\n');
        String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
        if (first.length() <= dashCol + 1 || first.charAt(dashCol) != '-' || !first.substring(0, dashCol).isBlank()
                || first.charAt(dashCol + 1) != ' ') {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, dashCol) + " " + text.substring(dashCol + 1));
    }

    private static boolean endsSequence(String line, int keyIndent, int dashCol) {
        if (line.isBlank() || isComment(line)) {
            return false;
        }
        int indent = indent(line);
        if (indent > keyIndent) {
            return false;
        }
        return !(indent == dashCol && line.strip().startsWith("-"));
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isComment(String line) {
        return line.strip().startsWith("#");
    }

    private static void ensureNewline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void append(StringBuilder out, List<String> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            out.append(lines.get(i));
        }
    }

    /** Splits text into lines that keep their terminators, so joining them gives the text back. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length()) {
            lines.add(text.substring(from));
        }
        return lines;
    }
}
