package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.SourceLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A single-pass recursive-descent reader of the HCL native syntax (hashicorp/hcl {@code hclsyntax/spec.md}).
 *
 * <p>It scans the characters directly (no separate token list, no regular expressions) and builds
 * {@link Syntax} bodies and {@link Expr} nodes that keep source offsets. It never throws on bad input: the
 * first syntax error of a file becomes a {@link Diagnostic}, and the top-level items read completely before
 * it are returned. Nesting is bounded by {@link #MAX_DEPTH}, so no input can exhaust the stack, and every
 * loop advances, so the time is linear in the input.
 *
 * <p>Not thread-safe: one instance reads one buffer once.
 */
final class HclParser {

    /** Deepest nesting of blocks, brackets, calls, templates and unary operators accepted. */
    static final int MAX_DEPTH = 128;

    /** Syntax errors reported per file before the rest of it is skipped. */
    static final int MAX_ERRORS = 10;

    private static final int QUOTED = 0;
    private static final int HEREDOC = 1;
    private static final int WHOLE = 2;

    private static final String[] OPS_BY_PREC = {"||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/",
        "%"};

    /** Unwinds the parser after the first error has been recorded; carries no stack trace. */
    private static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bail() {
            super("syntax error", null, false, false);
        }
    }

    private final char[] s;
    private final int n;
    private final String file;
    private final List<Diagnostic> diags;
    private final int baseLine;
    // line cursor: the text before curOff has been scanned; curLine starts at curLineStart
    private int curOff;
    private int curLine = 1;
    private int curLineStart;
    private int p;
    private int depth;
    private final Bail bail = new Bail();

    // heredoc delimiter of the innermost heredoc being read
    private String heredocDelimiter;
    // the right strip marker ("~}") of the last else/endif/endfor directive read
    private boolean lastStrip;
    private String opText;

    HclParser(char[] s, String file, List<Diagnostic> diags) {
        this(s, file, diags, 1);
    }

    /**
     * @param s        the characters (not copied; not modified)
     * @param file     the file name used in diagnostics and positions
     * @param diags    where diagnostics go
     * @param baseLine the line number of the first character (for expressions embedded in JSON)
     */
    HclParser(char[] s, String file, List<Diagnostic> diags, int baseLine) {
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
    int line(int offset) {
        seek(offset);
        return curLine + baseLine - 1;
    }

    /** @return the 1-based column of an offset */
    int column(int offset) {
        seek(offset);
        return offset - curLineStart + 1;
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

    // ------------------------------------------------------------------ entry points

    /**
     * Reads a whole file: the top-level body. After a syntax error the item it was found in is dropped and
     * reading resumes at the next line that starts, unindented, with a name (the usual start of a top-level
     * block), as HCL also recovers; after {@link #MAX_ERRORS} errors the rest of the file is skipped, which
     * also bounds the work to a small multiple of the file's length.
     */
    Syntax.Body parseFile() {
        List<Syntax.Attribute> attrs = new ArrayList<>();
        List<Syntax.Block> blocks = new ArrayList<>();
        try {
            for (int errors = 0;;) {
                try {
                    parseBody(attrs, blocks, -1);
                    break;
                } catch (Bail b) {
                    // the diagnostic is recorded; keep what was read completely and resume further down
                    if (++errors >= MAX_ERRORS || !resync()) {
                        break;
                    }
                }
            }
        } catch (StackOverflowError e) {
            // MAX_DEPTH should prevent this; a tiny thread stack could still hit it
            diags.add(Diagnostic.error("Nesting too deep", "The file is nested too deeply to be read.",
                    SourceLocation.of(file, line(p), column(p))));
        }
        return new Syntax.Body(attrs, blocks);
    }

    /** Moves to the next line that starts with a name in column 1; false at the end of the file. */
    private boolean resync() {
        depth = 0;
        heredocDelimiter = null;
        int i = p;
        while (i < n) {
            while (i < n && s[i] != '\n') {
                i++;
            }
            i++;
            if (i < n && identStart(i)) {
                p = i;
                return true;
            }
        }
        p = n;
        return false;
    }

    /** Reads the whole buffer as one expression (a type or reference written in a JSON string); null on error. */
    Expr parseWholeExpression() {
        try {
            Expr e = parseExpr(false);
            skipWs(false);
            if (p < n) {
                err(p, "Extra characters after expression",
                        "An expression was successfully parsed, but extra characters were found after it.");
            }
            return e;
        } catch (Bail b) {
            return null;
        } catch (StackOverflowError e) {
            diags.add(Diagnostic.error("Nesting too deep", "The expression is nested too deeply to be read.",
                    SourceLocation.of(file, line(p), column(p))));
            return null;
        }
    }

    /** Reads the whole buffer as template content (a JSON string value); null on error. */
    Expr.Template parseWholeTemplate() {
        try {
            int start = p;
            List<Object> parts = templateParts(WHOLE, null);
            return new Expr.Template(start, n, parts, false);
        } catch (Bail b) {
            return null;
        } catch (StackOverflowError e) {
            diags.add(Diagnostic.error("Nesting too deep", "The template is nested too deeply to be read.",
                    SourceLocation.of(file, line(p), column(p))));
            return null;
        }
    }

    // ------------------------------------------------------------------ errors and depth

    private Bail err(int pos, String summary, String detail) {
        int at = Math.min(pos, n);
        diags.add(Diagnostic.error(summary, detail, SourceLocation.of(file, line(at), column(at))));
        throw bail;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            err(p, "Nesting too deep", "Blocks and expressions may be nested at most " + MAX_DEPTH
                    + " levels deep; this reader stops here.");
        }
    }

    private void leave() {
        depth--;
    }

    // ------------------------------------------------------------------ whitespace and comments

    /** Skips spaces, tabs and comments, and newlines unless {@code nl} (newline-significant). */
    private void skipWs(boolean nl) {
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

    private boolean atNewline() {
        return p < n && (s[p] == '\n' || (s[p] == '\r' && p + 1 < n && s[p + 1] == '\n'));
    }

    private void consumeNewline() {
        if (s[p] == '\r') {
            p++;
        }
        p++;
    }

    // ------------------------------------------------------------------ identifiers

    private boolean identStart(int i) {
        char c = s[i];
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }
        int cp = Character.codePointAt(s, i, n);
        return Character.isLetter(cp) || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    /** @return the length of the identifier character at i, or 0 if none */
    private int identPart(int i) {
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

    private String readIdent() {
        int start = p;
        p += Character.isHighSurrogate(s[p]) && p + 1 < n ? 2 : 1;
        int k;
        while (p < n && (k = identPart(p)) > 0) {
            p += k;
        }
        return new String(s, start, p - start);
    }

    private boolean keywordAt(String word) {
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

    // ------------------------------------------------------------------ bodies

    private void parseBody(List<Syntax.Attribute> attrs, List<Syntax.Block> blocks, int openBrace) {
        Set<String> seen = null;
        for (;;) {
            skipWs(false);
            if (p >= n) {
                if (openBrace >= 0) {
                    err(openBrace, "Unclosed configuration block",
                            "There is no closing brace for this block before the end of the file. This may be "
                                    + "caused by incorrect brace nesting elsewhere in this file.");
                }
                return;
            }
            char c = s[p];
            if (c == '}' && openBrace >= 0) {
                return;
            }
            if (!identStart(p)) {
                err(p, "Argument or block definition required",
                        "An argument or block definition is required here.");
            }
            int nameStart = p;
            String name = readIdent();
            skipWs(true);
            if (p < n && s[p] == '=' && !(p + 1 < n && s[p + 1] == '=')) {
                p++;
                int attrLine = line(nameStart);
                int attrColumn = column(nameStart);
                Expr expr = parseExpr(true);
                endOfItem("Missing newline after argument", "An argument definition must end with a newline.");
                Syntax.Attribute prev = null;
                if (attrs.size() < 8) {
                    for (Syntax.Attribute a : attrs) {
                        if (a.name.equals(name)) {
                            prev = a;
                            break;
                        }
                    }
                } else {
                    if (seen == null) {
                        seen = new HashSet<>();
                        for (Syntax.Attribute a : attrs) {
                            seen.add(a.name);
                        }
                    }
                    if (seen.contains(name)) {
                        prev = attrs.stream().filter(a -> a.name.equals(name)).findFirst().orElse(null);
                    }
                }
                if (prev != null) {
                    diags.add(Diagnostic.error("Attribute redefined", "The argument \"" + name
                            + "\" was already set at " + file + ":" + prev.line + "," + prev.column
                            + ". Each argument may be set only once.",
                            SourceLocation.of(file, attrLine, attrColumn)));
                } else {
                    attrs.add(new Syntax.Attribute(name, expr, s, attrLine, attrColumn));
                    if (seen != null) {
                        seen.add(name);
                    }
                }
                continue;
            }
            List<String> labels = new ArrayList<>(2);
            while (p < n && (s[p] == '"' || identStart(p))) {
                if (s[p] == '"') {
                    int labelStart = p;
                    Expr.Template t = parseQuoted();
                    String lit = t.literal();
                    if (lit == null) {
                        err(labelStart, "Invalid block label", "Block labels must be quoted strings without "
                                + "interpolation or template directives.");
                    }
                    labels.add(lit);
                } else {
                    labels.add(readIdent());
                }
                skipWs(true);
            }
            if (p >= n || s[p] != '{') {
                err(p, "Invalid block definition",
                        "Either a quoted string block label or an opening brace (\"{\") is expected here.");
            }
            int brace = p++;
            int blockLine = line(nameStart);
            int blockColumn = column(nameStart);
            enter();
            List<Syntax.Attribute> innerAttrs = new ArrayList<>();
            List<Syntax.Block> innerBlocks = new ArrayList<>(0);
            parseBody(innerAttrs, innerBlocks, brace);
            p++; // the closing brace
            leave();
            endOfItem("Missing newline after block definition", "A block definition must end with a newline.");
            blocks.add(new Syntax.Block(name, labels, new Syntax.Body(innerAttrs, innerBlocks), file,
                    blockLine, blockColumn));
        }
    }

    private void endOfItem(String summary, String detail) {
        skipWs(true);
        if (p >= n) {
            return;
        }
        if (atNewline()) {
            consumeNewline();
            return;
        }
        if (s[p] == '}') {
            return;
        }
        err(p, summary, detail);
    }

    // ------------------------------------------------------------------ expressions

    Expr parseExpr(boolean nl) {
        enter();
        skipWs(nl);
        int start = p;
        Expr e = parseBinary(0, nl);
        int save = p;
        skipWs(nl);
        if (p < n && s[p] == '?') {
            p++;
            Expr t = parseExpr(nl);
            skipWs(nl);
            if (p >= n || s[p] != ':') {
                err(p, "Missing false expression in conditional",
                        "The conditional operator (...?...:...) requires a false expression, delimited by a colon.");
            }
            p++;
            Expr f = parseExpr(nl);
            e = new Expr.Conditional(start, f.end, e, t, f);
        } else {
            p = save;
        }
        leave();
        return e;
    }

    /** @return the precedence of the binary operator at p (0 lowest), or -1; sets opText */
    private int peekOp() {
        if (p >= n) {
            return -1;
        }
        char c = s[p];
        char d = p + 1 < n ? s[p + 1] : '\0';
        switch (c) {
            case '|':
                if (d == '|') {
                    opText = OPS_BY_PREC[0];
                    return 0;
                }
                return -1;
            case '&':
                if (d == '&') {
                    opText = OPS_BY_PREC[1];
                    return 1;
                }
                return -1;
            case '=':
                if (d == '=') {
                    opText = OPS_BY_PREC[2];
                    return 2;
                }
                return -1;
            case '!':
                if (d == '=') {
                    opText = OPS_BY_PREC[3];
                    return 2;
                }
                return -1;
            case '<':
                opText = d == '=' ? OPS_BY_PREC[5] : OPS_BY_PREC[4];
                return 3;
            case '>':
                opText = d == '=' ? OPS_BY_PREC[7] : OPS_BY_PREC[6];
                return 3;
            case '+':
                opText = OPS_BY_PREC[8];
                return 4;
            case '-':
                opText = OPS_BY_PREC[9];
                return 4;
            case '*':
                opText = OPS_BY_PREC[10];
                return 5;
            case '/':
                opText = OPS_BY_PREC[11];
                return 5;
            case '%':
                opText = OPS_BY_PREC[12];
                return 5;
            default:
                return -1;
        }
    }

    private Expr parseBinary(int minPrec, boolean nl) {
        Expr left = parseUnary(nl);
        for (;;) {
            int save = p;
            skipWs(nl);
            int prec = peekOp();
            if (prec < minPrec) {
                p = save;
                return left;
            }
            String op = opText;
            p += op.length();
            enter();
            Expr right = parseBinary(prec + 1, nl);
            leave();
            left = new Expr.Binary(left.start, right.end, op, left, right);
        }
    }

    private Expr parseUnary(boolean nl) {
        skipWs(nl);
        if (p < n && (s[p] == '-' || s[p] == '!')) {
            int start = p;
            char op = s[p++];
            enter();
            Expr operand = parseUnary(nl);
            leave();
            return new Expr.Unary(start, operand.end, op, operand);
        }
        return parsePostfix(nl);
    }

    private Expr parsePostfix(boolean nl) {
        Expr e = parsePrimary(nl);
        for (;;) {
            int save = p;
            skipWs(nl);
            if (p >= n) {
                p = save;
                return e;
            }
            char c = s[p];
            if (c == '.') {
                if (p + 1 < n && s[p + 1] == '.') {
                    p = save;
                    return e;
                }
                p++;
                skipWs(nl);
                if (p < n && s[p] == '*') {
                    p++;
                    e = new Expr.Splat(e.start, p, e, false);
                } else if (p < n && s[p] >= '0' && s[p] <= '9') {
                    int ds = p;
                    while (p < n && s[p] >= '0' && s[p] <= '9') {
                        p++;
                    }
                    e = new Expr.GetAttr(e.start, p, e, new String(s, ds, p - ds), true);
                } else if (p < n && identStart(p)) {
                    String name = readIdent();
                    e = new Expr.GetAttr(e.start, p, e, name, false);
                } else {
                    err(p, "Invalid attribute name", "An attribute name is required after a dot.");
                }
            } else if (c == '[') {
                p++;
                skipWs(false);
                if (p < n && s[p] == '*') {
                    p++;
                    skipWs(false);
                    if (p >= n || s[p] != ']') {
                        err(p, "Missing close bracket on splat index",
                                "The splat operator must end with a closing bracket (\"]\").");
                    }
                    p++;
                    e = new Expr.Splat(e.start, p, e, true);
                } else {
                    enter();
                    Expr key = parseExpr(false);
                    leave();
                    skipWs(false);
                    if (p >= n || s[p] != ']') {
                        err(p, "Missing close bracket on index",
                                "The index operator must end with a closing bracket (\"]\").");
                    }
                    p++;
                    e = new Expr.Index(e.start, p, e, key);
                }
            } else {
                p = save;
                return e;
            }
        }
    }

    private Expr parsePrimary(boolean nl) {
        skipWs(nl);
        if (p >= n) {
            err(p, "Invalid expression", "Expected the start of an expression, but found the end of the file.");
        }
        int start = p;
        char c = s[p];
        if (c >= '0' && c <= '9') {
            return parseNumber();
        }
        if (c == '"') {
            return parseQuoted();
        }
        if (c == '<' && p + 1 < n && s[p + 1] == '<') {
            return parseHeredoc();
        }
        if (c == '(') {
            p++;
            enter();
            Expr inner = parseExpr(false);
            leave();
            skipWs(false);
            if (p >= n || s[p] != ')') {
                err(p, "Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.");
            }
            p++;
            return new Expr.Parens(start, p, inner);
        }
        if (c == '[') {
            return parseTuple();
        }
        if (c == '{') {
            return parseObject();
        }
        if (identStart(p)) {
            String name = readIdent();
            switch (name.length() == 4 || name.length() == 5 ? name : "") {
                case "true":
                    return new Expr.Literal(start, p, new LiteralValue.BoolValue(true));
                case "false":
                    return new Expr.Literal(start, p, new LiteralValue.BoolValue(false));
                case "null":
                    return new Expr.Literal(start, p, LiteralValue.NullValue.INSTANCE);
                default:
                    break;
            }
            boolean namespaced = false;
            while (p + 1 < n && s[p] == ':' && s[p + 1] == ':') {
                p += 2;
                if (p >= n || !identStart(p)) {
                    err(p, "Invalid function name", "A function name is required after \"::\".");
                }
                name = name + "::" + readIdent();
                namespaced = true;
            }
            int save = p;
            skipWs(nl);
            if (p < n && s[p] == '(') {
                return parseCall(start, name);
            }
            if (namespaced) {
                err(p, "Missing function call", "A namespaced function name must be followed by its arguments "
                        + "in parentheses.");
            }
            p = save;
            return new Expr.Variable(start, p, name);
        }
        if (c == '$' || c == '%') {
            err(p, "Invalid expression", "Template sequences (\"${\" and \"%{\") are only allowed inside quoted "
                    + "strings and heredocs.");
        }
        throw err(p, "Invalid expression", "Expected the start of an expression, but found an invalid "
                + "expression token.");
    }

    private Expr parseNumber() {
        int start = p;
        while (p < n && s[p] >= '0' && s[p] <= '9') {
            p++;
        }
        if (p + 1 < n && s[p] == '.' && s[p + 1] >= '0' && s[p + 1] <= '9') {
            p++;
            while (p < n && s[p] >= '0' && s[p] <= '9') {
                p++;
            }
        }
        if (p < n && (s[p] == 'e' || s[p] == 'E')) {
            int q = p + 1;
            if (q < n && (s[q] == '+' || s[q] == '-')) {
                q++;
            }
            if (q < n && s[q] >= '0' && s[q] <= '9') {
                while (q < n && s[q] >= '0' && s[q] <= '9') {
                    q++;
                }
                p = q;
            }
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s, start, p - start);
        } catch (NumberFormatException | ArithmeticException e) {
            throw err(start, "Invalid number literal", "The number " + new String(s, start, Math.min(p - start,
                    40)) + " cannot be represented.");
        }
        return new Expr.Literal(start, p, new LiteralValue.NumberValue(value));
    }

    private Expr parseTuple() {
        int start = p++;
        enter();
        skipWs(false);
        if (isForKeyword()) {
            Expr f = parseFor(start, false);
            leave();
            return f;
        }
        List<Expr> items = new ArrayList<>();
        for (;;) {
            skipWs(false);
            if (p >= n) {
                err(start, "Unterminated tuple constructor",
                        "There is no closing bracket for this tuple before the end of the file.");
            }
            if (s[p] == ']') {
                break;
            }
            items.add(parseExpr(false));
            skipWs(false);
            if (p >= n) {
                err(start, "Unterminated tuple constructor",
                        "There is no closing bracket for this tuple before the end of the file.");
            }
            if (s[p] == ',') {
                p++;
                continue;
            }
            if (p < n && s[p] == ']') {
                break;
            }
            err(p, "Missing item separator", "Expected a comma to mark the beginning of the next item.");
        }
        p++;
        leave();
        return new Expr.Tuple(start, p, items);
    }

    private Expr parseObject() {
        int start = p++;
        enter();
        skipWs(false);
        if (isForKeyword()) {
            Expr f = parseFor(start, true);
            leave();
            return f;
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (;;) {
            skipWs(false);
            if (p >= n) {
                err(start, "Unterminated object constructor",
                        "There is no closing brace for this object before the end of the file.");
            }
            if (s[p] == '}') {
                break;
            }
            Expr key = parseExpr(true);
            skipWs(true);
            if (p < n && ((s[p] == '=' && !(p + 1 < n && (s[p + 1] == '=' || s[p + 1] == '>'))) || s[p] == ':')) {
                p++;
            } else {
                err(p, "Missing key/value separator",
                        "Expected an equals sign (\"=\") to mark the beginning of the attribute value.");
            }
            Expr value = parseExpr(true);
            keys.add(key);
            values.add(value);
            skipWs(true);
            if (p < n && s[p] == ',') {
                p++;
            } else if (atNewline()) {
                consumeNewline();
            } else if (p >= n || s[p] != '}') {
                err(p, "Missing attribute separator",
                        "Expected a newline or comma to mark the beginning of the next attribute.");
            }
        }
        p++;
        leave();
        return new Expr.ObjectCons(start, p, keys, values);
    }

    private boolean isForKeyword() {
        if (!keywordAt("for")) {
            return false;
        }
        int save = p;
        p += 3;
        try {
            skipWs(false);
            return p < n && identStart(p);
        } finally {
            p = save;
        }
    }

    private Expr parseFor(int start, boolean object) {
        char closer = object ? '}' : ']';
        p += 3;
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
            err(p, "Invalid 'for' expression", "For expression requires the 'in' keyword after its name "
                    + "declarations.");
        }
        p += 2;
        Expr coll = parseExpr(false);
        skipWs(false);
        if (p >= n || s[p] != ':') {
            err(p, "Invalid 'for' expression", "For expression requires a colon after the collection expression.");
        }
        p++;
        Expr keyExpr = null;
        Expr valueExpr = parseExpr(false);
        boolean grouping = false;
        if (object) {
            skipWs(false);
            if (!(p + 1 < n && s[p] == '=' && s[p + 1] == '>')) {
                err(p, "Invalid 'for' expression", "Key expression is required in an object 'for' expression, "
                        + "followed by \"=>\" and the value expression.");
            }
            p += 2;
            keyExpr = valueExpr;
            valueExpr = parseExpr(false);
            skipWs(false);
            if (p + 2 < n && s[p] == '.' && s[p + 1] == '.' && s[p + 2] == '.') {
                p += 3;
                grouping = true;
            }
        }
        skipWs(false);
        Expr cond = null;
        if (keywordAt("if")) {
            p += 2;
            cond = parseExpr(false);
            skipWs(false);
        }
        if (p >= n || s[p] != closer) {
            err(p, "Invalid 'for' expression", "Extra characters after the end of the 'for' expression.");
        }
        p++;
        return new Expr.ForExpr(start, p, keyVar, valueVar, coll, keyExpr, valueExpr, cond, grouping);
    }

    private String forVariable() {
        if (p >= n || !identStart(p)) {
            err(p, "Invalid 'for' expression", "For expression requires variable name after 'for'.");
        }
        return readIdent();
    }

    private Expr parseCall(int start, String name) {
        p++; // (
        enter();
        List<Expr> args = new ArrayList<>(3);
        boolean expand = false;
        for (;;) {
            skipWs(false);
            if (p >= n) {
                err(p, "Unterminated function call", "There is no closing parenthesis for this function call "
                        + "before the end of the file.");
            }
            if (s[p] == ')') {
                break;
            }
            if (expand) {
                err(p, "Missing closing parenthesis", "An expanded function argument (with \"...\") must be "
                        + "immediately followed by closing parentheses.");
            }
            args.add(parseExpr(false));
            skipWs(false);
            if (p + 2 < n && s[p] == '.' && s[p + 1] == '.' && s[p + 2] == '.') {
                p += 3;
                expand = true;
                skipWs(false);
            }
            if (p < n && s[p] == ',') {
                p++;
                continue;
            }
            if (p < n && s[p] == ')') {
                break;
            }
            err(p, "Missing argument separator",
                    "A comma is required to separate each function argument from the next.");
        }
        p++;
        leave();
        return new Expr.Call(start, p, name, args, expand);
    }

    // ------------------------------------------------------------------ templates

    private Expr.Template parseQuoted() {
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

    private Expr.Template parseHeredoc() {
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
        String delim = readIdent();
        if (!atNewline()) {
            err(p, "Invalid heredoc", "The heredoc delimiter must be followed immediately by a newline.");
        }
        consumeNewline();
        String outer = heredocDelimiter;
        heredocDelimiter = delim;
        enter();
        List<Object> parts = templateParts(HEREDOC, null);
        leave();
        heredocDelimiter = outer;
        if (p >= n) {
            err(start, "Unterminated template string", "No closing marker was found for the heredoc; it must "
                    + "end with a line containing only \"" + delim + "\".");
        }
        while (s[p] == ' ' || s[p] == '\t') {
            p++;
        }
        p += delim.length();
        if (flush) {
            parts = dedent(parts);
        }
        return new Expr.Template(start, p, parts, true);
    }

    /** At a line start inside a heredoc: is this line the closing delimiter? */
    private boolean heredocEndsHere() {
        int i = p;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) {
            i++;
        }
        String d = heredocDelimiter;
        int len = d.length();
        if (i + len > n) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (s[i + k] != d.charAt(k)) {
                return false;
            }
        }
        int after = i + len;
        return after == n || s[after] == '\n' || (s[after] == '\r' && after + 1 < n && s[after + 1] == '\n');
    }

    /**
     * Reads template parts until the end marker of {@code mode} (left unconsumed) or, inside a directive,
     * until an {@code else}/{@code endif}/{@code endfor} directive, whose keyword is stored in {@code endOut[0]}.
     */
    private List<Object> templateParts(int mode, String[] endOut) {
        List<Object> parts = new ArrayList<>(3);
        StringBuilder lit = new StringBuilder();
        boolean stripNext = false;
        // a heredoc's closing delimiter is only recognised at the start of a line
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
                    escape(lit);
                    stripNext = false;
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
                        trimRight(lit);
                    }
                    flushLiteral(parts, lit);
                    if (c == '$') {
                        Expr e = parseExpr(false);
                        stripNext = closeSequence("interpolation");
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
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                    p++;
                    if (c == '\n') {
                        lineStart = mode == HEREDOC;
                    }
                    continue;
                }
                stripNext = false;
            }
            if (c == '\r' && p + 1 < n && s[p + 1] == '\n') {
                // CRLF in a heredoc reads as LF, so a file's line endings do not change its values
                p++;
                continue;
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
            while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r')) {
                p++;
            }
        }
        return templateParts(mode, end);
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

    private static void trimRight(StringBuilder lit) {
        int len = lit.length();
        while (len > 0) {
            char c = lit.charAt(len - 1);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            len--;
        }
        lit.setLength(len);
    }

    /** Indentation is any white space but a line break, Unicode spaces included (as HCL's spec suite says). */
    private static boolean isIndent(char c) {
        return c == ' ' || c == '\t' || (c >= 0x80 && (Character.isSpaceChar(c) || Character.isWhitespace(c)));
    }

    /**
     * For {@code <<-} heredocs: removes the indentation shared by every non-blank line (lines that start with
     * an interpolation count as unindented).
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
                    int k = 0;
                    while (k < min && i + k < len && isIndent(lit.charAt(i + k))) {
                        k++;
                    }
                    i += k;
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
