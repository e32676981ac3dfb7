package dev.alexandria.core.internal.cost;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of the JSON parser (Jackson's) in plain words, for the error of a malformed inputs or offer file:
 * what is wrong where, never the parser's internals ({@code (code 125)}, {@code [Source: REDACTED …]}). A YAML
 * file's parse error is worded by {@code dev.alexandria.core.internal.yaml.YamlErrors}, as every other one.
 * Stateless.
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
}
