package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rewrites a YAML block mapping key by key: the text of every key whose value did not change is copied from
 * the original byte for byte (its style — {@code description: >-}, {@code tags: [a, b]}, quotes — and the
 * comment lines above it included); only keys whose value changed are written fresh, keys that are new are
 * inserted where the fresh text puts them relative to the kept ones, and keys that are gone are dropped. A key
 * the fresh text leaves out because its value is empty ({@code requires: []}, {@code {}}, {@code null}) is kept as
 * written: the data model reads "empty" as "absent", so dropping it would be a change nobody asked for (an empty
 * string or {@code false} is a value, and is not kept). Nested block mappings are merged the same way, block sequences item by item.
 *
 * <p>Both texts must be YAML documents whose root is a block mapping (it may be indented, as the body of a
 * sequence entry is once its dash is blanked out). The result is only a candidate: callers check that it reads
 * back as the data they meant to write and otherwise write the fresh text.
 *
 * <p>A list the data model keeps in its own order (the metadata's {@code evidence.critical_bug_dates} are sorted
 * oldest first) is named to {@link #merge(String, String, String, Set)} by its pointer: the same items in another
 * order are the same value there, so the list keeps its text as written.
 */
final class KeySplicer {

    private KeySplicer() {
    }

    /**
     * Merges.
     *
     * @param oldText the text as it is
     * @param newText the fresh text of the data to write
     * @param display the file as messages name it
     * @return the merged text, or empty when the original's layout is not one this can splice
     */
    static Optional<String> merge(String oldText, String newText, String display) {
        return merge(oldText, newText, display, Set.of());
    }

    /**
     * Merges, reading the lists at some pointers without their order.
     *
     * @param oldText   the text as it is
     * @param newText   the fresh text of the data to write
     * @param display   the file as messages name it
     * @param unordered JSON pointers of lists whose order the data model does not keep (it sorts them)
     * @return the merged text, or empty when the original's layout is not one this can splice
     */
    static Optional<String> merge(String oldText, String newText, String display, Set<String> unordered) {
        boolean crlf = oldText.contains("\r\n");
        String fresh = crlf && !newText.contains("\r\n") ? newText.replace("\n", "\r\n") : newText;
        YamlDocument oldDoc;
        YamlDocument newDoc;
        try {
            oldDoc = YamlFiles.parse(oldText, display);
            newDoc = YamlFiles.parse(fresh, display);
        } catch (FindingException e) {
            return Optional.empty();
        }
        if (!oldDoc.root().isObject() || !newDoc.root().isObject()) {
            return Optional.empty();
        }
        List<String> oldLines = SplicingWriter.lines(oldText);
        List<String> newLines = SplicingWriter.lines(fresh);
        StringBuilder out = new StringBuilder();
        if (!mapping(out, new Side(oldDoc, oldLines), "", 0, oldLines.size(), new Side(newDoc, newLines), "", 0,
                newLines.size(), unordered)) {
            return Optional.empty();
        }
        String merged = out.toString();
        // the contract, checked: the same data as the fresh text, apart from the empty members kept as written
        try {
            if (!withoutEmpty(YamlFiles.parse(merged, display).root(), "", unordered)
                    .equals(withoutEmpty(newDoc.root(), "", unordered))) {
                return Optional.empty();
            }
        } catch (FindingException e) {
            return Optional.empty();
        }
        return Optional.of(merged);
    }

    /**
     * A copy of a tree without the mapping members whose value {@link #isEmpty is empty}, at any depth, with the
     * lists at the unordered pointers sorted by their text.
     */
    private static JsonNode withoutEmpty(JsonNode node, String pointer, Set<String> unordered) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory
                    .instance.objectNode();
            node.properties().forEach(e -> {
                if (!isEmpty(e.getValue())) {
                    copy.set(e.getKey(), withoutEmpty(e.getValue(), pointer + "/" + YamlFiles.escape(e.getKey()),
                            unordered));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory
                    .instance.arrayNode();
            List<JsonNode> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(withoutEmpty(node.get(i), pointer + "/" + i, unordered));
            }
            if (unordered.contains(pointer)) {
                items.sort(Comparator.comparing(JsonNode::toString));
            }
            copy.addAll(items);
            return copy;
        }
        return node;
    }

    /** Whether a member's old and new values are the same data (the lists at unordered pointers in any order). */
    private static boolean same(JsonNode was, JsonNode now, String pointer, Set<String> unordered) {
        if (was.equals(now)) {
            return true;
        }
        return !unordered.isEmpty() && was.isContainerNode() && now.isContainerNode()
                && withoutEmpty(was, pointer, unordered).equals(withoutEmpty(now, pointer, unordered));
    }

    /** One text with its parse. */
    private record Side(YamlDocument doc, List<String> lines) {

        Optional<Integer> keyLine(String pointer) {
            SourceLocation at = doc.keyLocations().get(pointer);
            return at == null || at.line() == 0 ? Optional.empty() : Optional.of(at.line() - 1);
        }

        Optional<SourceLocation> value(String pointer) {
            return doc.valueLocation(pointer).filter(l -> l.line() > 0);
        }
    }

    /** A member's lines: the comments above it from {@code start}, its key from {@code key}, up to {@code end}. */
    private record Span(int start, int key, int end) {
    }

    /** The members of the mapping at a pointer, in file order, with their lines in {@code [from, to)}. */
    private static Optional<Map<String, Span>> spans(Side side, String pointer, int from, int to, int[] column) {
        JsonNode node = side.doc().root().at(pointer);
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        int col = -1;
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String child = pointer + "/" + YamlFiles.escape(name);
            Optional<Integer> line = side.keyLine(child);
            SourceLocation at = side.doc().keyLocations().get(child);
            if (line.isEmpty() || line.get() < from || line.get() >= to) {
                return Optional.empty();
            }
            if (col >= 0 && at.column() - 1 != col) {
                return Optional.empty();
            }
            col = at.column() - 1;
            if (!keyLines.isEmpty() && line.get() <= keyLines.values().stream().mapToInt(i -> i).max().orElse(-1)) {
                return Optional.empty(); // two members on one line: a flow mapping
            }
            keyLines.put(name, line.get());
        }
        column[0] = col;
        List<String> names = new ArrayList<>(keyLines.keySet());
        Map<String, Span> spans = new LinkedHashMap<>();
        int floor = from;
        int[] starts = new int[names.size()];
        for (int i = 0; i < names.size(); i++) {
            int key = keyLines.get(names.get(i));
            int s = key;
            while (s - 1 >= floor && isComment(side.lines().get(s - 1), col)) {
                s--;
            }
            starts[i] = s;
            floor = key + 1;
        }
        int lastEnd = to;
        if (!names.isEmpty()) {
            int lastKey = keyLines.get(names.get(names.size() - 1));
            while (lastEnd - 1 > lastKey && (side.lines().get(lastEnd - 1).isBlank()
                    || isComment(side.lines().get(lastEnd - 1), col))) {
                lastEnd--;
            }
        }
        for (int i = 0; i < names.size(); i++) {
            spans.put(names.get(i), new Span(starts[i], keyLines.get(names.get(i)),
                    i + 1 < names.size() ? starts[i + 1] : lastEnd));
        }
        return Optional.of(spans);
    }

    private static boolean mapping(StringBuilder out, Side old, String oldPtr, int oldFrom, int oldTo, Side neu,
                                   String newPtr, int newFrom, int newTo, Set<String> unordered) {
        int[] oldCol = {-1};
        int[] newCol = {-1};
        Optional<Map<String, Span>> oldSpans = spans(old, oldPtr, oldFrom, oldTo, oldCol);
        Optional<Map<String, Span>> newSpans = spans(neu, newPtr, newFrom, newTo, newCol);
        if (oldSpans.isEmpty() || newSpans.isEmpty() || oldSpans.get().isEmpty()) {
            return false;
        }
        JsonNode oldNode = old.doc().root().at(oldPtr);
        JsonNode newNode = neu.doc().root().at(newPtr);
        int shift = newSpans.get().isEmpty() ? 0 : oldCol[0] - newCol[0];
        // new members go after the nearest member before them (in the fresh order) that the old text has
        Map<String, List<String>> insertAfter = new HashMap<>();
        String anchor = "";
        for (String name : newSpans.get().keySet()) {
            if (oldSpans.get().containsKey(name)) {
                anchor = name;
            } else {
                insertAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(name);
            }
        }
        List<Span> ordered = new ArrayList<>(oldSpans.get().values());
        int lastEnd = ordered.get(ordered.size() - 1).end();
        append(out, old.lines(), oldFrom, ordered.get(0).start());
        insert(out, neu, newSpans.get(), insertAfter.get(""), shift);
        for (Map.Entry<String, Span> member : oldSpans.get().entrySet()) {
            String name = member.getKey();
            Span span = member.getValue();
            String child = "/" + YamlFiles.escape(name);
            JsonNode was = oldNode.get(name);
            JsonNode now = newNode.get(name);
            if (now == null) {
                if (isEmpty(was)) {
                    append(out, old.lines(), span.start(), span.end());
                }
            } else if (same(was, now, newPtr + child, unordered)) {
                append(out, old.lines(), span.start(), span.end());
            } else {
                Span fresh = newSpans.get().get(name);
                int trailing = trailingBlank(old.lines(), span);
                ensureNewline(out);
                int mark = out.length();
                append(out, old.lines(), span.start(), span.key() + 1);
                boolean nested = false;
                if (isBlock(old, oldPtr + child, span.key()) && isBlock(neu, newPtr + child, fresh.key())) {
                    if (was.isObject() && now.isObject() && !was.isEmpty() && !now.isEmpty()) {
                        nested = mapping(out, old, oldPtr + child, span.key() + 1, trailing, neu, newPtr + child,
                                fresh.key() + 1, trailingBlank(neu.lines(), fresh), unordered);
                    } else if (was.isArray() && now.isArray() && !was.isEmpty() && !now.isEmpty()) {
                        nested = sequence(out, old, oldPtr + child, span.key() + 1, trailing, neu, newPtr + child,
                                fresh.key() + 1, trailingBlank(neu.lines(), fresh));
                    }
                }
                if (!nested) {
                    out.setLength(mark);
                    append(out, old.lines(), span.start(), span.key());
                    appendShifted(out, neu.lines(), fresh.key(), trailingBlank(neu.lines(), fresh), shift);
                }
                append(out, old.lines(), trailing, span.end());
            }
            insert(out, neu, newSpans.get(), insertAfter.get(name), shift);
        }
        append(out, old.lines(), lastEnd, oldTo);
        return true;
    }

    /**
     * Merges two block sequences item by item (by position, so an appended item leaves the others as written):
     * equal items keep their text, others are written fresh.
     */
    private static boolean sequence(StringBuilder out, Side old, String oldPtr, int oldFrom, int oldTo, Side neu,
                                    String newPtr, int newFrom, int newTo) {
        JsonNode was = old.doc().root().at(oldPtr);
        JsonNode now = neu.doc().root().at(newPtr);
        Optional<int[]> oldItems = items(old, oldPtr, was.size(), oldFrom, oldTo);
        Optional<int[]> newItems = items(neu, newPtr, now.size(), newFrom, newTo);
        if (oldItems.isEmpty() || newItems.isEmpty()) {
            return false;
        }
        int[] o = oldItems.get();
        int[] n = newItems.get();
        int oldDash = dashColumn(old, oldPtr + "/0");
        int newDash = dashColumn(neu, newPtr + "/0");
        int itemShift = oldDash - newDash;
        append(out, old.lines(), oldFrom, o[0]);
        for (int i = 0; i < now.size(); i++) {
            if (i < was.size() && was.get(i).equals(now.get(i))) {
                append(out, old.lines(), o[i], o[i + 1]);
            } else {
                ensureNewline(out);
                appendShifted(out, neu.lines(), n[i], n[i + 1], itemShift);
            }
        }
        append(out, old.lines(), o[was.size()], oldTo);
        return true;
    }

    /** The first line of each item (its comments above included) and, last, the end of the sequence's items. */
    private static Optional<int[]> items(Side side, String pointer, int size, int from, int to) {
        int[] starts = new int[size + 1];
        int dashCol = -1;
        int previous = from - 1;
        for (int i = 0; i < size; i++) {
            Optional<SourceLocation> at = side.value(pointer + "/" + i);
            if (at.isEmpty()) {
                return Optional.empty();
            }
            int line = at.get().line() - 1;
            int c = dashColumn(side, pointer + "/" + i);
            if (c < 0 || line <= previous || line >= to || (dashCol >= 0 && c != dashCol)) {
                return Optional.empty();
            }
            dashCol = c;
            int s = line;
            while (s - 1 > previous && s - 1 >= from && isComment(side.lines().get(s - 1), c)) {
                s--;
            }
            starts[i] = s;
            previous = line;
        }
        int end = to;
        while (end - 1 > previous && (side.lines().get(end - 1).isBlank()
                || isComment(side.lines().get(end - 1), dashCol))) {
            end--;
        }
        starts[size] = end;
        return Optional.of(starts);
    }

    /** The column of the dash of a block sequence item, or -1 when the item is not "- value" on its line. */
    private static int dashColumn(Side side, String itemPointer) {
        Optional<SourceLocation> at = side.value(itemPointer);
        if (at.isEmpty() || at.get().line() - 1 >= side.lines().size()) {
            return -1;
        }
        String text = side.lines().get(at.get().line() - 1);
        int c = Math.min(at.get().column() - 1, text.length()) - 1;
        while (c >= 0 && text.charAt(c) == ' ') {
            c--;
        }
        return c >= 0 && text.charAt(c) == '-' && text.substring(0, c).isBlank() ? c : -1;
    }

    /** Whether a member's value is a block collection starting on a line after its key. */
    private static boolean isBlock(Side side, String pointer, int keyLine) {
        return side.value(pointer).map(v -> v.line() - 1 > keyLine).orElse(false);
    }

    private static void insert(StringBuilder out, Side neu, Map<String, Span> spans, List<String> names, int shift) {
        if (names == null) {
            return;
        }
        for (String name : names) {
            Span s = spans.get(name);
            ensureNewline(out);
            appendShifted(out, neu.lines(), s.key(), trailingBlank(neu.lines(), s), shift);
        }
    }

    /** A value the model reads as absent, which a writer leaves out. */
    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isContainerNode() && value.isEmpty());
    }

    /** Where a span's trailing blank lines start. */
    private static int trailingBlank(List<String> lines, Span span) {
        int end = span.end();
        while (end - 1 > span.key() && lines.get(end - 1).isBlank()) {
            end--;
        }
        return end;
    }

    private static boolean isComment(String line, int column) {
        String stripped = line.stripLeading();
        return stripped.startsWith("#") && line.length() - stripped.length() <= Math.max(column, 0);
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

    /** Appends lines moved right ({@code shift > 0}) or left by whole spaces; blank lines as they are. */
    private static void appendShifted(StringBuilder out, List<String> lines, int from, int to, int shift) {
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (shift == 0 || line.isBlank()) {
                out.append(line);
            } else if (shift > 0) {
                out.append(" ".repeat(shift)).append(line);
            } else {
                int drop = 0;
                while (drop < -shift && drop < line.length() && line.charAt(drop) == ' ') {
                    drop++;
                }
                out.append(line, drop, line.length());
            }
        }
    }
}
