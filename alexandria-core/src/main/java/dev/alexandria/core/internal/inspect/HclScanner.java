package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.SourceLocation;
import java.util.List;

/**
 * The character level of the HCL native syntax reader: the buffer and the read position, line and column
 * lookup, white space and comments, identifiers, and the error and nesting bookkeeping shared by the
 * template, expression and body readers built on it ({@link HclTemplateParser}, {@link HclExpressionParser},
 * {@link HclParser}).
 *
 * <p>There is no token list: each reader looks at the characters directly, which keeps reading single-pass
 * and allocation-light. Not thread-safe: one instance reads one buffer once.
 */
abstract class HclScanner {

    /** Deepest nesting of blocks, brackets, calls, templates and unary operators accepted. */
    static final int MAX_DEPTH = 128;

    /** Unwinds the reader after an error has been recorded; carries no stack trace. */
    static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bail() {
            super("syntax error", null, false, false);
        }
    }

    final char[] s;
    final int n;
    final String file;
    final List<Diagnostic> diags;
    private final int baseLine;
    // line cursor: the text before curOff has been scanned; curLine starts at curLineStart
    private int curOff;
    private int curLine = 1;
    private int curLineStart;
    int p;
    int depth;
    final Bail bail = new Bail();

    /**
     * @param s        the characters (not copied; not modified)
     * @param file     the file name used in diagnostics and positions
     * @param diags    where diagnostics go
     * @param baseLine the line number of the first character (for expressions embedded in JSON)
     */
    HclScanner(char[] s, String file, List<Diagnostic> diags, int baseLine) {
        this.s = s;
        this.n = s.length;
        this.file = file;
        this.diags = diags;
        this.baseLine = baseLine;
        if (n > 0 && s[0] == '\uFEFF') {
            p = 1;
        }
    }

    /** @return the 1-based line of an offset */
    final int line(int offset) {
        seek(offset);
        return curLine + baseLine - 1;
    }

    /** @return the 1-based column of an offset */
    final int column(int offset) {
        seek(offset);
        return offset - curLineStart + 1;
    }

    /** @return the location of an offset */
    final SourceLocation location(int offset) {
        int at = Math.min(Math.max(offset, 0), n);
        return SourceLocation.of(file, line(at), column(at));
    }

    /**
     * Moves the line cursor to an offset. Positions are asked for in increasing order while parsing, so the
     * cursor only moves forward and all lookups together cost one pass over the text; an earlier offset
     * (a diagnostic about an opening brace) restarts from the top.
     */
    private void seek(int offset) {
        int target = Math.min(Math.max(offset, 0), n);
        if (target < curLineStart) {
            curOff = 0;
            curLine = 1;
            curLineStart = 0;
        }
        char[] a = s;
        int line = curLine;
        int lineStart = curLineStart;
        for (int i = curOff; i < target; i++) {
            if (a[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        curLine = line;
        curLineStart = lineStart;
        curOff = Math.max(curOff, target);
    }

    // ------------------------------------------------------------------ errors and depth

    /** Records an error diagnostic at an offset and unwinds; declared to return so callers can {@code throw}. */
    final Bail err(int pos, String summary, String detail) {
        diags.add(Diagnostic.error(summary, detail, location(pos)));
        throw bail;
    }

    final void enter() {
        if (++depth > MAX_DEPTH) {
            err(p, "Nesting too deep", "Blocks and expressions may be nested at most " + MAX_DEPTH
                    + " levels deep; this reader stops here.");
        }
    }

    final void leave() {
        depth--;
    }

    // ------------------------------------------------------------------ white space and comments

    /**
     * Go's {@code unicode.IsSpace}, which HCL uses to trim heredoc closing markers ({@code bytes.TrimSpace})
     * and template strip markers: tab, line feed, vertical tab, form feed, carriage return, space, NEL,
     * NO-BREAK SPACE, and above Latin-1 the Unicode {@code White_Space} characters.
     *
     * @param c a UTF-16 code unit (every {@code White_Space} character is in the Basic Multilingual Plane)
     * @return whether it is white space to Go
     */
    static boolean isGoSpace(char c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000;
    }

    /** Skips spaces, tabs and comments, and newlines unless {@code nl} (newline-significant). */
    final void skipWs(boolean nl) {
        char[] a = s;
        int i = p;
        while (i < n) {
            char c = a[i];
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '\n') {
                if (nl) {
                    break;
                }
                i++;
            } else if (c == '\r') {
                if (nl && i + 1 < n && a[i + 1] == '\n') {
                    break;
                }
                i++;
            } else if (c == '#' || (c == '/' && i + 1 < n && a[i + 1] == '/')) {
                while (i < n && a[i] != '\n' && !(a[i] == '\r' && i + 1 < n && a[i + 1] == '\n')) {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && a[i + 1] == '*') {
                int close = i + 2;
                while (close + 1 < n && !(a[close] == '*' && a[close + 1] == '/')) {
                    close++;
                }
                if (close + 1 >= n) {
                    int at = i;
                    p = n; // the comment runs to the end: nothing after it to recover
                    err(at, "Unterminated multi-line comment",
                            "There is no closing \"*/\" for the comment started here.");
                }
                i = close + 2;
            } else {
                break;
            }
        }
        p = i;
    }

    final boolean atNewline() {
        return p < n && (s[p] == '\n' || (s[p] == '\r' && p + 1 < n && s[p + 1] == '\n'));
    }

    final void consumeNewline() {
        if (s[p] == '\r') {
            p++;
        }
        p++;
    }

    // ------------------------------------------------------------------ identifiers

    /** HCL's {@code ID_Start | '_'}. */
    final boolean identStart(int i) {
        char c = s[i];
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        int cp = Character.codePointAt(s, i, n);
        return Character.isLetter(cp) || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    /** @return the length of the identifier character ({@code ID_Continue | '-'}) at i, or 0 if none */
    final int identPart(int i) {
        char c = s[i];
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-' ? 1 : 0;
        }
        int cp = Character.codePointAt(s, i, n);
        if (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)) {
            return Character.charCount(cp);
        }
        return 0;
    }

    /** Reads an identifier; the caller has checked {@link #identStart}. */
    final String readIdent() {
        int start = p;
        p += Character.isHighSurrogate(s[p]) && p + 1 < n ? 2 : 1;
        int k;
        while (p < n && (k = identPart(p)) > 0) {
            p += k;
        }
        return new String(s, start, p - start);
    }

    /** @return whether the identifier at p is exactly {@code word} */
    final boolean keywordAt(String word) {
        int len = word.length();
        if (p + len > n) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s[p + i] != word.charAt(i)) {
                return false;
            }
        }
        return p + len == n || identPart(p + len) == 0;
    }
}
