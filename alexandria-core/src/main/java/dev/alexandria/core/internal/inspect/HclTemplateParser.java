package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * The template level of the HCL native syntax reader: quoted strings, heredocs and the bare templates of
 * JSON strings, with their escapes, interpolations ({@code ${...}}), directives ({@code %{ if }},
 * {@code %{ for }}) and strip markers ({@code ~}). Expressions inside templates are read by
 * {@link #parseExpr(boolean)}, implemented one level up.
 *
 * <p>Follows hashicorp/hcl v2.24 ({@code hclsyntax/scan_tokens.rl}, {@code parser_template.go}): a heredoc
 * closes at the first line that starts at a line start and whose content, white space trimmed as Go's
 * {@code bytes.TrimSpace} trims it, is the marker; the closing line must end with a newline; literal text is
 * kept byte for byte (a CRLF file's heredoc keeps its {@code \r\n}); a strip marker trims only the literal
 * token next to it, which in a heredoc ends at the end of its line.
 */
abstract class HclTemplateParser extends HclScanner {

    static final int QUOTED = 0;
    static final int HEREDOC = 1;
    static final int WHOLE = 2;

    // heredoc marker of the innermost heredoc being read
    private String heredocMarker;
    // the right strip marker ("~}") of the last else/endif/endfor directive read
    private boolean lastStrip;
    /**
     * Set when a heredoc never closed: the reader then resumes at the next line that opens a block, so
     * the heredoc's own lines are not read as declarations and the declarations after it are not lost.
     */
    boolean unterminatedHeredoc;

    HclTemplateParser(char[] s, String file, List<Diagnostic> diags, int baseLine) {
        super(s, file, diags, baseLine);
    }

    /** Reads an expression; {@code nl} makes newlines significant (they end it). */
    abstract Expr parseExpr(boolean nl);

    /** Reads the whole buffer as template content (a JSON string value); null on error. */
    final Expr.Template parseWholeTemplate() {
        try {
            int start = p;
            List<Object> parts = templateParts(WHOLE, null);
            return new Expr.Template(start, n, parts, false);
        } catch (Bail b) {
            return null;
        } catch (StackOverflowError e) {
            diags.add(Diagnostic.error("Nesting too deep", "The template is nested too deeply to be read.",
                    location(p)));
            return null;
        }
    }

    // ------------------------------------------------------------------ quoted strings and heredocs

    final Expr.Template parseQuoted() {
        int start = p++;
        // fast path: a plain string without escapes or template sequences
        int i = p;
        char[] a = s;
        while (i < n) {
            char c = a[i];
            if (c == '"') {
                String lit = new String(a, p, i - p);
                p = i + 1;
                return new Expr.Template(start, p, List.of(lit), false);
            }
            if (c == '\\' || c == '$' || c == '%' || c == '\n' || c == '\r') {
                break;
            }
            i++;
        }
        enter();
        List<Object> parts = templateParts(QUOTED, null);
        leave();
        if (p >= n || s[p] != '"') {
            err(start, "Unterminated template string", "No closing marker was found for the string.");
        }
        p++;
        return new Expr.Template(start, p, parts, false);
    }

    final Expr.Template parseHeredoc() {
        int start = p;
        p += 2;
        boolean flush = false;
        if (p < n && s[p] == '-') {
            flush = true;
            p++;
        }
        if (p >= n || !identStart(p)) {
            err(p, "Invalid heredoc", "A heredoc needs a delimiter identifier after \"<<\" or \"<<-\".");
        }
        String marker = readIdent();
        if (!atNewline()) {
            err(p, "Invalid heredoc", "The heredoc delimiter must be followed immediately by a newline.");
        }
        consumeNewline();
        String outer = heredocMarker;
        heredocMarker = marker;
        enter();
        List<Object> parts = templateParts(HEREDOC, null);
        leave();
        heredocMarker = outer;
        if (p >= n) {
            // resume after the opening line, never at the end of the file: the heredoc must not hide what follows
            p = start;
            unterminatedHeredoc = true;
            err(start, "Unterminated template string", "No closing marker was found for the heredoc; it must "
                    + "end with a line containing only \"" + marker + "\", followed by a newline.");
        }
        // the closing line up to its newline, which is left to end the attribute
        int nl = p;
        while (s[nl] != '\n') {
            nl++;
        }
        p = nl > p && s[nl - 1] == '\r' ? nl - 1 : nl;
        if (flush) {
            parts = dedent(parts);
        }
        return new Expr.Template(start, p, parts, true);
    }

    /**
     * At a line start inside a heredoc: is this line the closing marker? Its content with white space trimmed
     * as Go's {@code bytes.TrimSpace} does must be the marker, and a newline must end it (a marker on the
     * last line of a file without a newline does not close the heredoc, in Terraform either).
     */
    private boolean heredocEndsHere() {
        // most lines are content: rule them out by their first character without scanning the whole line
        int first = p;
        while (first < n && s[first] != '\n' && isGoSpace(s[first])) {
            first++;
        }
        if (first >= n || s[first] != heredocMarker.charAt(0)) {
            return false;
        }
        int nl = p;
        while (nl < n && s[nl] != '\n') {
            nl++;
        }
        if (nl >= n) {
            return false;
        }
        int from = p;
        int to = nl;
        while (from < to && isGoSpace(s[from])) {
            from++;
        }
        while (to > from && isGoSpace(s[to - 1])) {
            to--;
        }
        String m = heredocMarker;
        int len = m.length();
        if (to - from != len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (s[from + k] != m.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ template content

    /**
     * Reads template parts until the end marker of {@code mode} (left unconsumed) or, inside a directive,
     * until an {@code else}/{@code endif}/{@code endfor} directive, whose keyword is stored in {@code endOut[0]}.
     */
    private List<Object> templateParts(int mode, String[] endOut) {
        List<Object> parts = new ArrayList<>(3);
        StringBuilder lit = new StringBuilder();
        boolean stripNext = false;
        // a heredoc's closing marker is only recognised at the start of a line
        boolean lineStart = mode == HEREDOC && p > 0 && s[p - 1] == '\n';
        for (;;) {
            if (p >= n) {
                flushLiteral(parts, lit);
                if (endOut != null) {
                    err(p, "Unterminated template directive", "A template directive (\"%{ if }\" or \"%{ for }\") "
                            + "has no matching \"%{ endif }\" or \"%{ endfor }\".");
                }
                return parts;
            }
            if (lineStart && heredocEndsHere()) {
                flushLiteral(parts, lit);
                if (endOut != null) {
                    err(p, "Unterminated template directive", "A template directive has no matching end "
                            + "directive before the end of the heredoc.");
                }
                return parts;
            }
            lineStart = false;
            char c = s[p];
            if (mode == QUOTED) {
                if (c == '"') {
                    flushLiteral(parts, lit);
                    if (endOut != null) {
                        err(p, "Unterminated template directive", "A template directive has no matching end "
                                + "directive before the end of the string.");
                    }
                    return parts;
                }
                if (c == '\n' || c == '\r') {
                    err(p, "Unterminated template string", "No closing marker was found for the string.");
                }
                if (c == '\\') {
                    int before = lit.length();
                    escape(lit);
                    if (stripNext) {
                        // a strip marker trims escaped white space too: it trims the unescaped literal token
                        if (lit.length() == before + 1 && isGoSpace(lit.charAt(before))) {
                            lit.setLength(before);
                        } else {
                            stripNext = false;
                        }
                    }
                    continue;
                }
            }
            if ((c == '$' || c == '%') && p + 1 < n) {
                char d = s[p + 1];
                if (d == c && p + 2 < n && s[p + 2] == '{') {
                    // $${ and %%{ are the literal sequences ${ and %{
                    lit.append(c).append('{');
                    p += 3;
                    stripNext = false;
                    continue;
                }
                if (d == '{') {
                    int seqStart = p;
                    p += 2;
                    if (p < n && s[p] == '~') {
                        p++;
                        trimRight(lit, mode);
                    }
                    flushLiteral(parts, lit);
                    if (c == '$') {
                        Expr e = parseExpr(false);
                        stripNext = closeInterpolation(seqStart, mode);
                        parts.add(e);
                        continue;
                    }
                    skipWs(false);
                    if (p >= n || !identStart(p)) {
                        err(p, "Invalid template directive", "A template directive keyword (\"if\", \"for\", "
                                + "\"else\", \"endif\" or \"endfor\") is expected here.");
                    }
                    String kw = readIdent();
                    switch (kw) {
                        case "if": {
                            Expr cond = parseExpr(false);
                            boolean strip = closeSequence("directive");
                            String[] end = new String[1];
                            enter();
                            List<Object> yes = partsAfter(strip, mode, end);
                            List<Object> no = List.of();
                            if ("else".equals(end[0])) {
                                no = partsAfter(lastStrip, mode, end);
                            }
                            leave();
                            if (!"endif".equals(end[0])) {
                                err(seqStart, "Unterminated template directive", "The \"if\" directive has no "
                                        + "matching \"%{ endif }\".");
                            }
                            parts.add(new Expr.If(cond, yes, no));
                            stripNext = lastStrip;
                            break;
                        }
                        case "for": {
                            skipWs(false);
                            String first = forVariable();
                            String keyVar = null;
                            String valueVar = first;
                            skipWs(false);
                            if (p < n && s[p] == ',') {
                                p++;
                                skipWs(false);
                                keyVar = first;
                                valueVar = forVariable();
                                skipWs(false);
                            }
                            if (!keywordAt("in")) {
                                err(p, "Invalid 'for' directive", "For directive requires an 'in' keyword after "
                                        + "the names of the key and value iterator symbols.");
                            }
                            p += 2;
                            Expr coll = parseExpr(false);
                            boolean strip = closeSequence("directive");
                            String[] end = new String[1];
                            enter();
                            List<Object> body = partsAfter(strip, mode, end);
                            leave();
                            if (!"endfor".equals(end[0])) {
                                err(seqStart, "Unterminated template directive", "The \"for\" directive has no "
                                        + "matching \"%{ endfor }\".");
                            }
                            parts.add(new Expr.For(keyVar, valueVar, coll, body));
                            stripNext = lastStrip;
                            break;
                        }
                        case "else":
                        case "endif":
                        case "endfor": {
                            lastStrip = closeSequence("directive");
                            if (endOut == null) {
                                err(seqStart, "Unexpected " + kw + " directive", "The \"" + kw + "\" directive "
                                        + "has no matching opening directive.");
                            }
                            endOut[0] = kw;
                            return parts;
                        }
                        default:
                            throw err(seqStart, "Invalid template directive", "\"" + kw + "\" is not a template "
                                    + "directive; use \"if\", \"for\", \"else\", \"endif\" or \"endfor\".");
                    }
                    continue;
                }
            }
            // a literal character
            if (stripNext) {
                if (c == '$' || c == '%') {
                    // a lone $ or % is a literal token of its own, which the strip marker leaves alone
                    stripNext = false;
                } else if (isGoSpace(c)) {
                    p++;
                    if (c == '\n') {
                        // outside quoted strings a literal token ends with its line, and so does the stripping
                        stripNext = false;
                        lineStart = mode == HEREDOC;
                    }
                    continue;
                } else {
                    stripNext = false;
                }
            }
            lit.append(c);
            p++;
            if (c == '\n') {
                lineStart = mode == HEREDOC;
            }
        }
    }

    /** Reads the parts after a directive header, applying the header's right strip marker first. */
    private List<Object> partsAfter(boolean strip, int mode, String[] end) {
        end[0] = null;
        if (strip) {
            while (p < n && isGoSpace(s[p])) {
                char c = s[p++];
                if (c == '\n' && mode != QUOTED) {
                    break;
                }
            }
        }
        return templateParts(mode, end);
    }

    /**
     * Reads the optional {@code ~} and the closing brace of an interpolation that opened at {@code seqStart};
     * returns the strip flag. The errors are HCL's ({@code parseTemplateParts}).
     */
    private boolean closeInterpolation(int seqStart, int mode) {
        skipWs(false);
        boolean strip = false;
        if (p < n && s[p] == '~') {
            strip = true;
            p++;
        }
        if (p >= n) {
            err(seqStart, "Unclosed template interpolation sequence", "There is no closing brace for this "
                    + "interpolation sequence before the end of the file. This might be caused by incorrect nesting "
                    + "inside the given expression.");
        }
        if (s[p] == '"' && mode == QUOTED) {
            err(seqStart, "Unclosed template interpolation sequence", "There is no closing brace for this "
                    + "interpolation sequence before the end of the quoted template. This might be caused by "
                    + "incorrect nesting inside the given expression.");
        }
        if (s[p] == ':') {
            err(p, "Extra characters after interpolation expression", "Template interpolation doesn't expect a colon "
                    + "at this location. Did you intend this to be a literal sequence to be processed as part of "
                    + "another language? If so, you can escape it by starting with \"$${\" instead of just \"${\".");
        }
        if (s[p] != '}') {
            err(p, "Extra characters after interpolation expression", "Expected a closing brace to end the "
                    + "interpolation expression, but found extra characters.\n\nThis can happen when you include "
                    + "interpolation syntax for another language, such as shell scripting, but forget to escape the "
                    + "interpolation start token. If this is an embedded sequence for another language, escape it by "
                    + "starting with \"$${\" instead of just \"${\".");
        }
        p++;
        return strip;
    }

    /** Reads the optional {@code ~} and the closing brace of a template sequence; returns the strip flag. */
    private boolean closeSequence(String what) {
        skipWs(false);
        boolean strip = false;
        if (p < n && s[p] == '~') {
            strip = true;
            p++;
        }
        if (p >= n || s[p] != '}') {
            err(p, "Extra characters after " + what + " expression", "Expected a closing brace to end the "
                    + what + ", but found extra characters.");
        }
        p++;
        return strip;
    }

    final String forVariable() {
        if (p >= n || !identStart(p)) {
            err(p, "Invalid 'for' expression", "For expression requires variable name after 'for'.");
        }
        return readIdent();
    }

    private void escape(StringBuilder lit) {
        int at = p;
        if (p + 1 >= n) {
            err(p, "Unterminated template string", "No closing marker was found for the string.");
        }
        char e = s[p + 1];
        p += 2;
        switch (e) {
            case 'n':
                lit.append('\n');
                return;
            case 'r':
                lit.append('\r');
                return;
            case 't':
                lit.append('\t');
                return;
            case '"':
                lit.append('"');
                return;
            case '\\':
                lit.append('\\');
                return;
            case 'u':
            case 'U': {
                int len = e == 'u' ? 4 : 8;
                int cp = 0;
                for (int k = 0; k < len; k++) {
                    int digit = p + k < n ? Character.digit(s[p + k], 16) : -1;
                    if (digit < 0) {
                        err(at, "Invalid escape sequence", "The \\" + e + " escape sequence requires " + len
                                + " hexadecimal digits.");
                    }
                    cp = (cp << 4) | digit;
                }
                p += len;
                if (cp < 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    err(at, "Invalid escape sequence", "The escape sequence does not name a Unicode scalar value.");
                }
                lit.appendCodePoint(cp);
                return;
            }
            default:
                throw err(at, "Invalid escape sequence", "The symbol \"" + e + "\" is not a valid escape "
                        + "sequence selector.");
        }
    }

    private static void flushLiteral(List<Object> parts, StringBuilder lit) {
        if (lit.length() > 0) {
            parts.add(lit.toString());
            lit.setLength(0);
        }
    }

    /**
     * The left strip marker ({@code ${~}, {@code %{~}) trims trailing white space from the literal token
     * before it. In a quoted string that is all the literal text since the previous sequence; in a heredoc or
     * a bare template a literal token ends with its line, so at most one line break (the last) is removed.
     */
    private static void trimRight(StringBuilder lit, int mode) {
        int len = lit.length();
        if (mode == QUOTED) {
            while (len > 0 && isGoSpace(lit.charAt(len - 1))) {
                len--;
            }
        } else {
            if (len > 0 && lit.charAt(len - 1) == '\n') {
                len--;
            }
            while (len > 0 && lit.charAt(len - 1) != '\n' && isGoSpace(lit.charAt(len - 1))) {
                len--;
            }
        }
        lit.setLength(len);
    }

    /** Indentation is white space to Go's {@code unicode.IsSpace} other than the line feed, as in HCL. */
    private static boolean isIndent(char c) {
        return c != '\n' && isGoSpace(c);
    }

    /**
     * For {@code <<-} heredocs: removes the indentation shared by every non-blank line (lines that start with
     * an interpolation count as unindented; a line of white space only is blank).
     */
    static List<Object> dedent(List<Object> parts) {
        int min = Integer.MAX_VALUE;
        boolean atStart = true;
        for (int pi = 0; pi < parts.size(); pi++) {
            Object part = parts.get(pi);
            if (!(part instanceof String)) {
                if (atStart) {
                    min = 0;
                }
                atStart = false;
                continue;
            }
            String lit = (String) part;
            int len = lit.length();
            int i = 0;
            while (i < len) {
                if (atStart) {
                    int k = i;
                    while (k < len && isIndent(lit.charAt(k))) {
                        k++;
                    }
                    if (k < len) {
                        if (lit.charAt(k) != '\n') {
                            min = Math.min(min, k - i);
                        }
                    } else if (pi + 1 < parts.size()) {
                        min = Math.min(min, k - i);
                    }
                    atStart = false;
                    i = k;
                    continue;
                }
                int nl = lit.indexOf('\n', i);
                if (nl < 0) {
                    break;
                }
                i = nl + 1;
                atStart = true;
            }
        }
        if (min == 0 || min == Integer.MAX_VALUE) {
            return parts;
        }
        List<Object> out = new ArrayList<>(parts.size());
        atStart = true;
        for (Object part : parts) {
            if (!(part instanceof String)) {
                out.add(part);
                atStart = false;
                continue;
            }
            String lit = (String) part;
            int len = lit.length();
            StringBuilder sb = new StringBuilder(len);
            int i = 0;
            while (i < len) {
                if (atStart) {
                    int blank = i;
                    while (blank < len && isIndent(lit.charAt(blank))) {
                        blank++;
                    }
                    // a blank line (white space only, then its line break) is kept as it is, as in HCL
                    if (blank >= len || lit.charAt(blank) != '\n') {
                        int k = 0;
                        while (k < min && i + k < len && isIndent(lit.charAt(i + k))) {
                            k++;
                        }
                        i += k;
                    }
                    atStart = false;
                    continue;
                }
                int nl = lit.indexOf('\n', i);
                int stop = nl < 0 ? len : nl + 1;
                sb.append(lit, i, stop);
                i = stop;
                atStart = nl >= 0;
            }
            if (sb.length() > 0) {
                out.add(sb.toString());
            }
        }
        return out;
    }
}
