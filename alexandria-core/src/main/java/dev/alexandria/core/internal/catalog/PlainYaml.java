package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads the plain shape of YAML that catalog and metadata files are written in, in one pass over the text,
 * into the same tree and locations that {@link YamlFiles}' general parser (Jackson over SnakeYAML) gives: block
 * mappings of simple keys, block sequences (indented or not), one-line flow sequences of scalars, plain and
 * one-line quoted scalars without escapes, and {@code >}/{@code >-}/{@code |}/{@code |-} block scalars of
 * evenly indented lines. Anything else — a tab, a carriage return, a control or non-BMP character, an anchor,
 * alias, tag or directive, a flow mapping, a multi-line plain or quoted scalar, an empty value, a duplicate key,
 * an error of any kind — makes it decline ({@code null}), and the file goes the general way, which reads every
 * YAML file and words every error; so a tree, a location or a message never depends on which way a file went
 * ({@code PlainYamlTest} reads files both ways and compares).
 *
 * <p>Why: on a cold open of a large library, SnakeYAML's scanner and parser and Jackson's layer over them were
 * the largest part of the CPU and of the allocation (a {@code Mark} per token, code-point buffers, an event
 * per node); a file of this shape needs none of it.
 *
 * <p>Plain scalars are typed as SnakeYAML's resolver types them and Jackson's parser turns the type into a
 * token: most are strings without running a pattern ({@link YamlFiles#typedWithoutPatterns}); a decimal
 * integer or {@code digits.digits} number, {@code true} and {@code false} are read here; any other number,
 * boolean or null spelling declines.
 *
 * <p>Thread-safe: stateless; each call uses its own reader.
 */
final class PlainYaml {

    /** Deeper files go the general way, which names the line where a limit is passed. */
    private static final int MAX_DEPTH = 32;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Resolver RESOLVER = new Resolver();

    /** Thrown to abandon this reader; carries nothing (no stack trace). */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Decline() {
            super(null, null, false, false);
        }
    }

    private static final Decline DECLINE = new Decline();

    private final String text;
    private final int length;
    /** Start of the current line, its number (1-based), its indentation, and where its content ends. */
    private int lineStart;
    private int line;
    private int indent;
    private int lineEnd;
    private boolean atEnd;

    private PlainYaml(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * Reads a file of the plain shape.
     *
     * @param text        the file's text (decoded, without a byte order mark)
     * @param displayPath the file as users see it
     * @return the document, or {@code null} if the text is not of the plain shape (read it the general way)
     */
    static YamlDocument parse(String text, String displayPath) {
        if (text.isEmpty() || text.charAt(text.length() - 1) != '\n' || !plainCharacters(text)) {
            return null;
        }
        PlainYaml reader = new PlainYaml(text);
        try {
            reader.lineEnd = -1;
            reader.nextContentLine();
            if (reader.atEnd || reader.indent != 0 || reader.startsSequenceEntry()) {
                return null;
            }
            YamlDocument.Loc locs = new YamlDocument.Loc(YamlDocument.NONE, reader.here(0));
            JsonNode root = reader.mapping(0, locs, 0);
            if (!reader.atEnd) {
                return null;
            }
            return new YamlDocument(displayPath, text, root, locs);
        } catch (Decline | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * Printable characters of the Basic Multilingual Plane and line feeds only: no tab, no carriage return, and
     * none of the other characters SnakeYAML takes as a line break (U+0085, U+2028, U+2029).
     */
    private static boolean plainCharacters(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c == 0x2028 || c == 0x2029
                    || c >= 0xD800 && c <= 0xF8FF || c >= 0xFEFF)) {
                return false;
            }
        }
        return true;
    }

    /** The packed location of a column (0-based) of the current line, 1-based as Jackson reports it. */
    private long here(int column) {
        return YamlDocument.pack(line, column + 1);
    }

    /**
     * Moves to the next line that holds content (not blank, not only a comment), setting its indentation; at the
     * end of the text sets {@link #atEnd} and the position to where the text ends.
     */
    private void nextContentLine() {
        int start = lineEnd + 1;
        while (start < length) {
            int end = text.indexOf('\n', start);
            line++;
            int i = start;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            if (i < end && text.charAt(i) != '#') {
                lineStart = start;
                lineEnd = end;
                indent = i - start;
                return;
            }
            start = end + 1;
        }
        atEnd = true;
        line++;
        lineStart = length;
        lineEnd = length;
        indent = -1;
    }

    private boolean startsSequenceEntry() {
        int at = lineStart + indent;
        return text.charAt(at) == '-' && (at + 1 == lineEnd || text.charAt(at + 1) == ' ');
    }

    /** Where the next token starts: the current content line's first character, or the end of the text. */
    private long nextToken() {
        return atEnd ? YamlDocument.pack(line, 1) : here(indent);
    }

    /**
     * Reads a block mapping whose keys start at {@code column}; the current line holds its first key (after a
     * sequence entry's dash, for a mapping in a sequence), and the line after it is current on return.
     */
    private ObjectNode mapping(int column, YamlDocument.Loc loc, int depth) {
        if (depth >= MAX_DEPTH) {
            throw DECLINE;
        }
        ObjectNode object = NODES.objectNode();
        int keyFrom = lineStart + column;
        while (true) {
            int colon = keyEnd(keyFrom);
            String name = text.substring(keyFrom, colon);
            if (object.has(name)) {
                throw DECLINE;
            }
            long keyAt = here(column);
            int after = skipSpaces(colon + 1);
            JsonNode value;
            YamlDocument.Loc child;
            if (after == lineEnd || text.charAt(after) == '#') {
                nextContentLine();
                if (!atEnd && indent > column) {
                    child = new YamlDocument.Loc(keyAt, here(indent));
                    value = startsSequenceEntry() ? sequence(indent, child, depth + 1)
                            : mapping(indent, child, depth + 1);
                } else if (!atEnd && indent == column && startsSequenceEntry()) {
                    child = new YamlDocument.Loc(keyAt, here(indent));
                    value = sequence(indent, child, depth + 1);
                } else {
                    throw DECLINE; // an empty value (null): rare, and its location is the general parser's
                }
            } else {
                child = new YamlDocument.Loc(keyAt, here(after - lineStart));
                value = inlineValue(after, column, child, depth + 1);
            }
            loc.add(name, child);
            object.set(name, value);
            if (atEnd || indent < column) {
                loc.end = nextToken();
                return object;
            }
            if (indent > column || startsSequenceEntry()) {
                throw DECLINE;
            }
            keyFrom = lineStart + column;
        }
    }

    /** The end of a simple key starting at {@code from} on the current line: where its ':' is. */
    private int keyEnd(int from) {
        char first = text.charAt(from);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '_')) {
            throw DECLINE;
        }
        int i = from + 1;
        while (i < lineEnd) {
            char c = text.charAt(i);
            if (c == ':') {
                if (i - from > 1000) {
                    throw DECLINE; // SnakeYAML's limit on a simple key is 1,024 characters
                }
                if (i + 1 == lineEnd || text.charAt(i + 1) == ' ') {
                    return i;
                }
                throw DECLINE;
            }
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '.' || c == '/')) {
                throw DECLINE;
            }
            i++;
        }
        throw DECLINE;
    }

    private int skipSpaces(int i) {
        while (i < lineEnd && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Reads a block sequence whose dashes are at {@code column}; the current line is its first entry's.
     */
    private ArrayNode sequence(int column, YamlDocument.Loc loc, int depth) {
        if (depth >= MAX_DEPTH) {
            throw DECLINE;
        }
        ArrayNode array = NODES.arrayNode();
        while (true) {
            int dash = lineStart + column;
            int after = skipSpaces(dash + 1);
            if (after != dash + 2 || after == lineEnd || "#>|-".indexOf(text.charAt(after)) >= 0) {
                throw DECLINE; // an empty entry, a block scalar, a nested sequence or a wider indent
            }
            YamlDocument.Loc child = new YamlDocument.Loc(YamlDocument.NONE, here(after - lineStart));
            if (isKeyAt(after)) {
                int keys = after - lineStart;
                array.add(mapping(keys, child, depth + 1));
            } else {
                array.add(inlineValue(after, column, child, depth + 1));
            }
            loc.add(null, child);
            if (atEnd || indent < column || indent == column && !startsSequenceEntry()) {
                loc.end = nextToken();
                return array;
            }
            if (indent > column) {
                throw DECLINE;
            }
        }
    }

    /** Whether a simple key followed by ':' and a space or the line's end starts here. */
    private boolean isKeyAt(int from) {
        try {
            keyEnd(from);
            return true;
        } catch (Decline e) {
            return false;
        }
    }

    /**
     * Reads a value that starts on the current line at {@code at} (a scalar, a flow sequence or a block scalar)
     * and moves to the next content line.
     *
     * @param parent the column of the mapping or sequence the value belongs to
     */
    private JsonNode inlineValue(int at, int parent, YamlDocument.Loc loc, int depth) {
        char c = text.charAt(at);
        JsonNode value;
        switch (c) {
            case '[':
                value = flowSequence(at, loc, depth);
                break;
            case '"':
            case '\'': {
                int close = quotedEnd(at, lineEnd);
                value = NODES.textNode(quoted(at, close));
                rest(close + 1);
                break;
            }
            case '>':
            case '|':
                return blockScalar(at, parent);
            default:
                value = plain(at);
                break;
        }
        nextContentLine();
        if (!atEnd && indent > parent) {
            throw DECLINE; // a more indented line continues a multi-line scalar (or is an error)
        }
        return value;
    }

    /** Only spaces, or spaces and a comment, may follow a value on its line. */
    private void rest(int from) {
        int i = skipSpaces(from);
        if (i < lineEnd && (text.charAt(i) != '#' || i == from)) {
            throw DECLINE;
        }
    }

    /** Where a one-line quoted scalar starting at {@code open} closes, before {@code limit}. */
    private int quotedEnd(int open, int limit) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == quote) {
                if (quote == '\'' && i + 1 < limit && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i;
            }
            if (c == '\\' && quote == '"') {
                throw DECLINE;
            }
            i++;
        }
        throw DECLINE;
    }

    private String quoted(int open, int close) {
        String inner = text.substring(open + 1, close);
        return text.charAt(open) == '\'' && inner.indexOf('\'') >= 0 ? inner.replace("''", "'") : inner;
    }

    /** A plain scalar that fills the rest of the line (up to a comment). */
    private JsonNode plain(int at) {
        char first = text.charAt(at);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
            throw DECLINE;
        }
        int end = at;
        int i = at;
        while (i < lineEnd) {
            char c = text.charAt(i);
            if (c == ':' && (i + 1 == lineEnd || text.charAt(i + 1) == ' ')) {
                throw DECLINE;
            }
            if (c == '#' && text.charAt(i - 1) == ' ') {
                break;
            }
            if (c != ' ') {
                end = i + 1;
            }
            i++;
        }
        return scalar(text.substring(at, end));
    }

    /** A plain scalar's node, typed as Jackson's YAML parser types it. */
    private static JsonNode scalar(String value) {
        if (YamlFiles.typedWithoutPatterns(value)) {
            return NODES.textNode(value);
        }
        Tag tag = numeric(value);
        if (tag == null) {
            tag = RESOLVER.resolve(NodeId.scalar, value, true);
        }
        if (tag.equals(Tag.STR)) {
            return NODES.textNode(value);
        }
        if (tag.equals(Tag.INT)) {
            if (value.length() <= 18 && (value.equals("0") || value.charAt(0) != '0') && digits(value, 0,
                    value.length())) {
                return NODES.numberNode(BigInteger.valueOf(Long.parseLong(value)));
            }
            throw DECLINE;
        }
        if (tag.equals(Tag.FLOAT)) {
            int dot = value.indexOf('.');
            if (value.length() <= 30 && dot > 0 && digits(value, 0, dot) && digits(value, dot + 1, value.length())) {
                return DecimalNode.valueOf(new BigDecimal(value));
            }
            throw DECLINE;
        }
        if (tag.equals(Tag.BOOL)) {
            if (value.equals("true") || value.equals("false")) {
                return NODES.booleanNode(value.equals("true"));
            }
            throw DECLINE;
        }
        if (tag.equals(Tag.NULL)) {
            throw DECLINE;
        }
        return NODES.textNode(value); // a timestamp, a merge key: Jackson's parser gives them as text
    }

    /**
     * The type SnakeYAML's resolver gives the most common scalars that start with a digit, without its patterns:
     * digits only ({@code 0} or without a leading zero) are an integer, two such runs joined by one dot a float,
     * three or more (a version) a string, {@code yyyy-mm-dd} a timestamp; {@code null} for anything else.
     */
    private static Tag numeric(String value) {
        int n = value.length();
        if (n == 10 && value.charAt(4) == '-' && value.charAt(7) == '-' && digits(value, 0, 4)
                && digits(value, 5, 7) && digits(value, 8, 10)) {
            return Tag.TIMESTAMP;
        }
        int runs = 0;
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || value.charAt(i) == '.') {
                if (i == from || !digits(value, from, i) || i - from > 1 && value.charAt(from) == '0') {
                    return null;
                }
                runs++;
                from = i + 1;
            }
        }
        return runs == 1 ? Tag.INT : runs == 2 ? Tag.FLOAT : Tag.STR;
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A one-line flow sequence of scalars, {@code [a, "b", c]}. */
    private ArrayNode flowSequence(int open, YamlDocument.Loc loc, int depth) {
        if (depth >= MAX_DEPTH) {
            throw DECLINE;
        }
        ArrayNode array = NODES.arrayNode();
        int i = skipSpaces(open + 1);
        if (i < lineEnd && text.charAt(i) == ']') {
            loc.end = here(i - lineStart);
            rest(i + 1);
            return array;
        }
        while (true) {
            if (i >= lineEnd) {
                throw DECLINE;
            }
            char c = text.charAt(i);
            YamlDocument.Loc child = new YamlDocument.Loc(YamlDocument.NONE, here(i - lineStart));
            int next;
            if (c == '"' || c == '\'') {
                int close = quotedEnd(i, lineEnd);
                array.add(NODES.textNode(quoted(i, close)));
                next = skipSpaces(close + 1);
            } else {
                if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0) {
                    throw DECLINE;
                }
                int end = i;
                int j = i;
                while (j < lineEnd) {
                    char d = text.charAt(j);
                    if (d == ',' || d == ']') {
                        break;
                    }
                    if (d == '[' || d == '{' || d == '}' || d == '#' || d == ':' || d == '"' || d == '\'') {
                        throw DECLINE;
                    }
                    if (d != ' ') {
                        end = j + 1;
                    }
                    j++;
                }
                array.add(scalar(text.substring(i, end)));
                next = j;
            }
            loc.add(null, child);
            if (next >= lineEnd) {
                throw DECLINE;
            }
            if (text.charAt(next) == ']') {
                loc.end = here(next - lineStart);
                rest(next + 1);
                return array;
            }
            if (text.charAt(next) != ',') {
                throw DECLINE;
            }
            i = skipSpaces(next + 1);
            if (i < lineEnd && text.charAt(i) == ']') {
                throw DECLINE; // a trailing comma
            }
        }
    }

    /**
     * A {@code >}, {@code >-}, {@code |} or {@code |-} block scalar whose lines are all indented alike, with no
     * blank line between them; moves to the next content line.
     */
    private JsonNode blockScalar(int at, int parent) {
        char style = text.charAt(at);
        boolean strip = at + 1 < lineEnd && text.charAt(at + 1) == '-';
        if (at + (strip ? 2 : 1) != lineEnd) {
            throw DECLINE;
        }
        StringBuilder value = new StringBuilder();
        int contentIndent = -1;
        int start = lineEnd + 1;
        int lines = 0;
        while (start < length) {
            int end = text.indexOf('\n', start);
            int i = start;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            int lineIndent = i - start;
            if (i == end) { // blank: fine after the last line, not between lines
                if (lineIndent > 0 || lines == 0) {
                    throw DECLINE;
                }
                if (blockContinues(end + 1, contentIndent)) {
                    throw DECLINE;
                }
                line++;
                start = end + 1;
                continue;
            }
            if (contentIndent < 0) {
                if (lineIndent <= parent) {
                    throw DECLINE;
                }
                contentIndent = lineIndent;
            }
            if (lineIndent < contentIndent) {
                break;
            }
            if (lineIndent > contentIndent || text.charAt(end - 1) == ' ') {
                throw DECLINE;
            }
            if (lines > 0) {
                value.append(style == '>' ? ' ' : '\n');
            }
            value.append(text, i, end);
            lines++;
            line++;
            start = end + 1;
        }
        if (lines == 0) {
            throw DECLINE;
        }
        if (!strip) {
            value.append('\n');
        }
        lineEnd = start - 1; // the block's lines were counted; the next content line is found from here
        nextContentLine();
        return NODES.textNode(value.toString());
    }

    /** Whether, after blank lines from {@code start}, a line indented at least {@code contentIndent} follows. */
    private boolean blockContinues(int start, int contentIndent) {
        while (start < length) {
            int end = text.indexOf('\n', start);
            int i = start;
            while (i < end && text.charAt(i) == ' ') {
                i++;
            }
            if (i < end) {
                return i - start >= contentIndent;
            }
            start = end + 1;
        }
        return false;
    }
}
