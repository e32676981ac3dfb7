package dev.alexandria.core.internal.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of the JSON and YAML parsers (Jackson's, SnakeYAML's) in plain words, for the error of a malformed
 * inputs or usage file: what is wrong where, never the parser's internals ({@code (code 125)}, {@code [Source:
 * REDACTED …]}, {@code <stream end>}). Stateless.
 */
final class ParseMessages {

    private static final Pattern CODE = Pattern.compile(" \\(code -?\\d+\\)");
    private static final Pattern SOURCE = Pattern.compile(
            "\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)\\]");
    private static final Pattern SOURCE_ONLY = Pattern.compile("\\s*\\[Source:[^\\]]*\\]");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\((.+)\\): (.*)$");
    private static final Pattern CLOSE = Pattern.compile(
            "^Unexpected close marker '(.)': expected '(.)' \\(for (Object|Array) starting at (line \\d+, column \\d+)\\)");
    private static final Pattern EOF_MARKER = Pattern.compile(
            "^Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at (line \\d+, "
                    + "column \\d+)\\)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*)': was expecting.*$");
    private static final Pattern YAML_AT = Pattern.compile(" in '[^']*', line (\\d+), column (\\d+):?");

    private ParseMessages() {
    }

    /**
     * Jackson's JSON message in plain words.
     *
     * @param message Jackson's message (its original message, or all of it)
     * @return what is wrong, without the parser's internals
     */
    static String json(String message) {
        String m = message == null ? "" : message.lines().findFirst().orElse("").strip();
        m = CODE.matcher(m).replaceAll("");
        m = SOURCE.matcher(m).replaceAll("line $1, column $2");
        m = SOURCE_ONLY.matcher(m).replaceAll("");
        Matcher x;
        if (m.startsWith("Unexpected end-of-input within/between Object entries")) {
            return "the file ends inside an object: a closing '}' is missing";
        }
        if (m.startsWith("Unexpected end-of-input within/between Array entries")) {
            return "the file ends inside a list: a closing ']' is missing";
        }
        if (m.startsWith("Unexpected end-of-input in a String value")
                || m.startsWith("Unexpected end-of-input in field name")) {
            return "the file ends inside a quoted text: a closing '\"' is missing";
        }
        if ((x = EOF_MARKER.matcher(m)).find()) {
            return "the file ends before the " + (x.group(1).equals("Object") ? "'}' closing the object"
                    : "']' closing the list") + " opened at " + x.group(2);
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends too early: the JSON is not complete";
        }
        if ((x = CLOSE.matcher(m)).find()) {
            return "'" + x.group(1) + "' where '" + x.group(2) + "' should close the "
                    + (x.group(3).equals("Object") ? "object" : "list") + " opened at " + x.group(4);
        }
        if ((x = TOKEN.matcher(m)).find()) {
            return "'" + x.group(1) + "' is not a JSON value (text is written in double quotes: \"" + x.group(1)
                    + "\")";
        }
        if ((x = CHARACTER.matcher(m)).find()) {
            String found = x.group(1);
            String expected = x.group(2);
            if (expected.startsWith("expected a value") || expected.startsWith("expected a valid value")) {
                return "found " + found + " where a value belongs";
            }
            if (expected.contains("comma to separate Object entries")) {
                return "found " + found + " where a ',' between two entries, or the closing '}', belongs";
            }
            if (expected.contains("comma to separate Array entries")) {
                return "found " + found + " where a ',' between two elements, or the closing ']', belongs";
            }
            if (expected.contains("double-quote to start field name")) {
                return "found " + found + " where a name in double quotes belongs (\"name\": value)";
            }
            if (expected.contains("colon to separate field name and value")) {
                return "found " + found + " where the ':' between a name and its value belongs";
            }
            return "found " + found + " here, which JSON does not allow";
        }
        return m.isEmpty() ? "not valid JSON" : m;
    }

    /**
     * SnakeYAML's message in plain words: its context and problem on one line, with the line and column of the
     * context (where a list or map was opened), without its excerpt lines.
     *
     * @param message the parser's message
     * @return what is wrong
     */
    static String yaml(String message) {
        List<String> parts = new ArrayList<>();
        String[] lines = (message == null ? "" : message).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            String part = line.strip();
            // the location line that follows a context ("while parsing …") says where it started
            if (part.startsWith("while ") && i + 1 < lines.length) {
                Matcher at = YAML_AT.matcher(lines[i + 1]);
                if (at.find()) {
                    part = part + " started at line " + at.group(1) + ", column " + at.group(2);
                }
            }
            parts.add(words(part));
        }
        String joined = String.join(": ", parts);
        return joined.isEmpty() ? "not valid YAML" : joined;
    }

    private static String words(String part) {
        return part.replace("while parsing a flow sequence", "in the [ ] list")
                .replace("while parsing a flow mapping", "in the { } map")
                .replace("while parsing a block mapping", "in the map")
                .replace("while parsing a block collection", "in the list")
                .replace("while scanning a simple key", "in the key")
                .replace("while scanning a quoted scalar", "in the quoted text")
                .replace("while parsing a block node", "in the value")
                .replace("while scanning for the next token", "in the text")
                .replace("could not find expected ':'", "a ':' is missing after the key")
                .replace("mapping values are not allowed here", "a ':' here is not allowed (a value that "
                        + "contains ': ' needs quotes)")
                .replace("found unexpected end of stream", "the file ends before the closing quote")
                .replace("<stream end>", "the end of the file")
                .replace("<block end>", "the end of the indented block")
                .replace("<block mapping start>", "a new indented map")
                .replace("<block sequence start>", "a new indented list")
                .replace("<scalar>", "a value")
                .replace("<block entry>", "a '- ' list entry")
                .replace("found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for "
                        + "indentation)", "a tab: YAML indents with spaces") // SnakeYAML 2's wording
                .replace("found character '\\t' that cannot start any token", "a tab: YAML indents with spaces");
    }
}
