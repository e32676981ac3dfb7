package dev.alexandria.core.internal.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The one wording of a YAML file's parse error, for every reader of a library file (the catalog and metadata files,
 * the lifecycle's test records): the parser's problem in plain words at the place to fix it (the bracket or quote
 * that was never closed, the line that is indented too far), with the fix. Here rather than in the catalog package
 * so the lifecycle reads the same words without depending on the catalog. Stateless.
 */
public final class YamlErrors {

    /** The deepest nesting of mappings and lists a library file may have: deeper is hostile, no file needs it. */
    public static final int MAX_NESTING_DEPTH = 64;

    private YamlErrors() {
    }

    /**
     * A YAML file's parse error as Jackson reports it (the catalog's streaming reader, or a tree read such as the
     * lifecycle's test records), in the one wording of this class.
     *
     * @param e    what Jackson threw
     * @param file the file as findings name it
     * @param text the file's text (to find the bracket an unclosed list or mapping opens with)
     * @return the finding: rule {@code yaml-syntax}, {@code yaml-duplicate-key} or {@code yaml-limits}
     */
    public static Finding of(com.fasterxml.jackson.core.JsonProcessingException e, String file, String text) {
        if (e instanceof StreamConstraintsException c) {
            return limit(file, c.getOriginalMessage());
        }
        if (e instanceof StreamReadException r) {
            return translate(r, file, text);
        }
        if (e.getCause() instanceof YAMLException ye) {
            return of(ye, file, text);
        }
        SourceLocation at = e.getLocation() == null ? SourceLocation.of(file) : location(file, e.getLocation());
        return problem("yaml-syntax", at, "is not valid YAML: " + firstLine(String.valueOf(e.getOriginalMessage())),
                "fix the YAML syntax");
    }

    private static Finding translate(StreamReadException e, String file, String text) {
        Throwable cause = e.getCause();
        if (cause instanceof YAMLException ye) {
            return of(ye, file, text);
        }
        String msg = e.getOriginalMessage() == null ? String.valueOf(e.getMessage()) : e.getOriginalMessage();
        SourceLocation at = e.getLocation() == null ? SourceLocation.of(file) : location(file, e.getLocation());
        if (msg.startsWith("Duplicate field '")) {
            String key = msg.substring("Duplicate field '".length(), msg.indexOf('\'', "Duplicate field '".length()));
            return problem("yaml-duplicate-key", at, "duplicate key '" + key + "'", "remove one of the two");
        }
        return problem("yaml-syntax", at, "is not valid YAML: " + firstLine(msg), "fix the YAML syntax");
    }

    /**
     * A parser limit that a YAML file went over, in plain words.
     *
     * @param file    the file as findings name it
     * @param message the parser's message
     * @return the finding: rule {@code yaml-limits}
     */
    public static Finding limit(String file, String message) {
        String m = String.valueOf(message).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return problem("yaml-limits", SourceLocation.of(file), "nests deeper than " + MAX_NESTING_DEPTH
                    + " levels", "flatten the structure; no library file needs that depth");
        }
        return problem("yaml-limits", SourceLocation.of(file), "exceeds a parser limit: " + firstLine(message),
                "simplify the file");
    }

    /**
     * A SnakeYAML error of a YAML file in plain words, at the place to fix it: an unclosed bracket or quote at
     * where it opens, an over-indented key at where its line starts.
     *
     * @param e    what SnakeYAML threw
     * @param file the file as findings name it
     * @param text the file's text, or null when it is not at hand (then the bracket of a "flow node" is not sought)
     * @return the finding
     */
    public static Finding of(YAMLException e, String file, String text) {
        String msg = String.valueOf(e.getMessage());
        if (msg.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
            return limit(file, msg);
        }
        if (msg.contains("aliases for non-scalar nodes")) {
            return problem("yaml-alias", SourceLocation.of(file), "uses more than " + YamlLimits.MAX_ALIASES
                    + " YAML aliases; aliases and anchors are not supported", "write the values out in full");
        }
        if (msg.contains("exceeds the limit")) {
            YamlLimits.Kind kind = YamlLimits.Kind.ofLibraryFile(file);
            return problem("file-too-large", SourceLocation.of(file), "is over the limit of "
                    + YamlLimits.MAX_PARSER_CODE_POINTS + " characters for any YAML file", kind.fix());
        }
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            Mark mark = m.getProblemMark();
            String what = m.getProblem() == null ? firstLine(msg) : m.getProblem();
            Mark opened = m.getContextMark();
            if (opened != null && m.getContext() != null && opened.getLine() < mark.getLine()
                    && (reachesTheEnd(what) || m.getContext().contains("flow"))) {
                // an unclosed '[', '{' or quote: the parser notices lines later (at the end of the file, or at the
                // next key), but the fix is where the construct opens, so that is the place to name
                String construct = m.getContext().replaceFirst("^while (parsing|scanning) (an? )?", "");
                String noticed = reachesTheEnd(what) ? "is never closed (the parser reached the end of the file at "
                        + "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")"
                        : "is not closed before line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)
                        + " (" + what.strip() + ")";
                return problem("yaml-syntax", SourceLocation.of(file, opened.getLine() + 1, opened.getColumn() + 1),
                        "is not valid YAML: the " + construct + " that starts here " + noticed,
                        "add the closing " + (construct.contains("sequence")
                                ? "']'" : construct.contains("mapping") ? "'}'" : "quote") + " where it should end");
            }
            int[] bracket = m.getContext() != null && m.getContext().contains("flow node") && text != null
                    ? openBracket(text, Math.min(mark.getIndex(), text.length())) : null;
            if (bracket != null && bracket[0] < mark.getLine() + 1) {
                // SnakeYAML's "flow node" context marks the node it expected, at the problem itself, not the
                // bracket that opened the list: the innermost bracket still open before the problem is the place
                String construct = "flow " + (bracket[2] == '[' ? "sequence" : "mapping");
                String noticed = reachesTheEnd(what) ? "is never closed (the parser reached the end of the file at "
                        + "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")"
                        : "is not closed before line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1)
                        + " (" + what.strip() + ")";
                return problem("yaml-syntax", SourceLocation.of(file, bracket[0], bracket[1]), "is not valid YAML: "
                        + "the " + construct + " that starts here " + noticed, "add the closing "
                        + (bracket[2] == '[' ? "']'" : "'}'") + " where it should end");
            }
            java.util.Optional<Finding> indented = overIndented(m, mark, file);
            if (indented.isPresent()) {
                return indented.get();
            }
            String context = m.getContext() == null ? "" : " " + m.getContext();
            return problem("yaml-syntax", SourceLocation.of(file, mark.getLine() + 1, mark.getColumn() + 1),
                    "is not valid YAML: " + what + context, "fix the YAML syntax at this position");
        }
        return problem("yaml-syntax", SourceLocation.of(file), "is not valid YAML: " + firstLine(msg),
                "fix the YAML syntax");
    }

    /**
     * "mapping values are not allowed here" at the ':' of an indented {@code key: value} line: the line is
     * indented more than its key should be, so YAML read {@code key} as more of the value above. The place to fix
     * is where the line starts, and the words say so.
     */
    private static java.util.Optional<Finding> overIndented(MarkedYAMLException m, Mark mark, String file) {
        if (m.getProblem() == null || !m.getProblem().contains("mapping values are not allowed")) {
            return java.util.Optional.empty();
        }
        String snippet = mark.get_snippet(0, 10_000);
        String line = snippet.lines().findFirst().orElse("");
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        int colon = mark.getColumn();
        if (indent == 0 || colon > line.length() || !line.substring(indent, Math.min(colon, line.length()))
                .matches("[A-Za-z0-9_.-]+")) {
            return java.util.Optional.empty();
        }
        String key = line.substring(indent, colon);
        return java.util.Optional.of(problem("yaml-syntax", SourceLocation.of(file, mark.getLine() + 1, indent + 1),
                "is not valid YAML: '" + key + ":' is indented more than the key above it, so YAML reads it as part"
                        + " of that key's value", "indent '" + key + ":' like the other keys of its mapping"));
    }

    /**
     * The innermost {@code [} or <code>{</code> still open before {@code end}, skipping quoted scalars and
     * comments: {line, column (both from 1), the bracket}; null when none is open.
     */
    private static int[] openBracket(String text, int end) {
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                while (i + 1 < end && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if ((c == '"' || c == '\'') && (i == 0 || " \t[{,:".indexOf(text.charAt(i - 1)) >= 0)) {
                // a quoted scalar (a quote inside a plain word, as in o'brien, opens none): skip to its end, or
                // to the end of the line, whose newline the loop still counts
                int j = i + 1;
                while (j < end && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += c == '"' && text.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j, end);
                if (j < end && text.charAt(j) == '\n') {
                    j--;
                }
                column += j - i;
                i = j;
            } else if (c == '[' || c == '{') {
                open.push(new int[] {line, column, c});
            } else if ((c == ']' || c == '}') && !open.isEmpty()) {
                open.pop();
            }
            column++;
        }
        return open.peek();
    }

    /** Whether a parser's problem is that the input ended inside a construct. */
    private static boolean reachesTheEnd(String problem) {
        return problem.contains("<stream end>") || problem.contains("end of stream");
    }

    private static SourceLocation location(String file, JsonLocation l) {
        return l == null ? SourceLocation.of(file)
                : SourceLocation.of(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Finding problem(String rule, SourceLocation where, String message, String hint) {
        return Finding.error(rule, where, message, hint);
    }
}
