package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A single-pass recursive-descent reader of the HCL native syntax (hashicorp/hcl {@code hclsyntax/spec.md}):
 * the body level (attributes and blocks) of a configuration file, on top of the expression reader
 * ({@link HclExpressionParser}), the template reader ({@link HclTemplateParser}) and the character scanner
 * ({@link HclScanner}).
 *
 * <p>It scans the characters directly (no separate token list, no regular expressions) and builds
 * {@link Syntax} bodies and {@link Expr} nodes that keep source offsets. It never throws on bad input: a syntax
 * error becomes a {@link Diagnostic}, the top-level item it was found in is dropped and reading resumes further
 * down. Nesting is bounded by {@link #MAX_DEPTH}, so no input can exhaust the stack, and every loop advances,
 * so the time is linear in the input.
 *
 * <p>Not thread-safe: one instance reads one buffer once.
 */
final class HclParser extends HclExpressionParser {

    /** Syntax errors reported per file before the rest of it is skipped. */
    static final int MAX_ERRORS = 10;

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
        super(s, file, diags, baseLine);
    }

    /**
     * A block header found in text that a syntax error made the parser drop: what the file declares there even
     * though the declaration could not be read.
     *
     * @param type   the block type ({@code variable}, {@code resource} …)
     * @param labels the labels as written (quotes removed, escapes kept)
     * @param line   1-based line of the block type
     * @param column 1-based column of the block type
     */
    record Header(String type, List<String> labels, int line, int column) {
        Header {
            labels = List.copyOf(labels);
        }
    }

    /** The headers of the top-level blocks dropped after syntax errors, in file order. */
    private final List<Header> hidden = new ArrayList<>(0);

    /** Where the top-level item being read starts. */
    private int itemStart;

    /**
     * The block headers that can still be recognised in the text {@link #parseFile()} dropped after syntax errors:
     * the header of each top-level item an error was found in, and every line in the skipped text that starts,
     * unindented, with a block header ({@code name "label" ... {}). A tolerant scan of the text, so a declaration
     * that failed to parse is known to be there, though not what it says.
     *
     * @return the headers, in file order; empty when the file parsed
     */
    List<Header> hiddenHeaders() {
        return List.copyOf(hidden);
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
                    int dropped = Math.min(itemStart, p);
                    if (++errors >= MAX_ERRORS || !resync()) {
                        scanHeaders(dropped, n);
                        break;
                    }
                    scanHeaders(dropped, p);
                }
            }
        } catch (StackOverflowError e) {
            // MAX_DEPTH should prevent this; a tiny thread stack could still hit it
            diags.add(Diagnostic.error("Nesting too deep", "The file is nested too deeply to be read.",
                    location(p)));
            scanHeaders(Math.min(itemStart, n), n);
        }
        return new Syntax.Body(attrs, blocks);
    }

    /**
     * Moves to the next line that starts with a name in column 1; false at the end of the file. After a heredoc
     * that never closed, only a line that opens a block ({@code name "label" ... {}) counts, so that the
     * heredoc's own text is not read as declarations.
     */
    private boolean resync() {
        depth = 0;
        boolean blocksOnly = unterminatedHeredoc;
        unterminatedHeredoc = false;
        int i = p;
        while (i < n) {
            while (i < n && s[i] != '\n') {
                i++;
            }
            i++;
            if (i < n && identStart(i) && (!blocksOnly || opensBlock(i))) {
                p = i;
                return true;
            }
        }
        p = n;
        return false;
    }

    /**
     * Records the block headers in dropped text: the item at {@code from} (which need not start a line), then
     * every line in {@code (from, to)} that starts with a block header in column 1.
     */
    private void scanHeaders(int from, int to) {
        int save = p;
        int i = from;
        while (i < to) {
            if (identStart(i) && (i == from || s[i - 1] == '\n')) {
                Header h = header(i, i == from);
                if (h != null) {
                    hidden.add(h);
                }
            }
            while (i < to && s[i] != '\n') {
                i++;
            }
            i++;
        }
        p = save;
    }

    /**
     * The block header at i: a name, then names or quoted labels, then an opening brace; for the item an error
     * was found in, labels without the brace also count (the error may be in the header itself).
     */
    private Header header(int i, boolean itemItself) {
        p = i;
        String type = readIdent();
        List<String> labels = new ArrayList<>(2);
        for (;;) {
            while (p < n && (s[p] == ' ' || s[p] == '\t')) {
                p++;
            }
            if (p >= n || s[p] == '\n' || s[p] == '\r') {
                return itemItself && !labels.isEmpty() ? new Header(type, labels, line(i), column(i)) : null;
            }
            char c = s[p];
            if (c == '{') {
                return new Header(type, labels, line(i), column(i));
            }
            if (c == '"') {
                int start = ++p;
                while (p < n && s[p] != '"' && s[p] != '\n') {
                    p += s[p] == '\\' ? 2 : 1;
                }
                if (p >= n || s[p] != '"') {
                    return null;
                }
                labels.add(new String(s, start, p - start));
                p++;
            } else if (identStart(p)) {
                labels.add(readIdent());
            } else {
                return itemItself && !labels.isEmpty() ? new Header(type, labels, line(i), column(i)) : null;
            }
        }
    }

    /** Whether the line at i is a block header: a name, names or quoted labels, and an opening brace. */
    private boolean opensBlock(int i) {
        int save = p;
        p = i;
        try {
            readIdent();
            for (;;) {
                while (p < n && (s[p] == ' ' || s[p] == '\t')) {
                    p++;
                }
                if (p >= n) {
                    return false;
                }
                char c = s[p];
                if (c == '{') {
                    return true;
                }
                if (c == '"') {
                    p++;
                    while (p < n && s[p] != '"' && s[p] != '\n') {
                        p += s[p] == '\\' ? 2 : 1;
                    }
                    if (p >= n || s[p] != '"') {
                        return false;
                    }
                    p++;
                } else if (identStart(p)) {
                    readIdent();
                } else {
                    return false;
                }
            }
        } finally {
            p = save;
        }
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
            if (openBrace < 0) {
                itemStart = p;
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
                    for (int i = 0; i < attrs.size(); i++) {
                        if (attrs.get(i).name.equals(name)) {
                            prev = attrs.get(i);
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
                    attrs.add(new Syntax.Attribute(name, expr, s, attrLine, attrColumn, nameStart));
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
                int at = p;
                if (atNewline()) {
                    // the opening brace on the next line (valid in HCL 1): an error, as in Terraform, but the block
                    // is still read, so what it declares is not lost
                    skipWs(false);
                    if (p < n && s[p] == '{') {
                        diags.add(Diagnostic.error("Invalid block definition", "A block definition must have its "
                                + "opening brace (\"{\") on the same line as its type and labels.", location(at)));
                    } else {
                        p = at;
                    }
                }
                if (p >= n || s[p] != '{') {
                    err(p, "Invalid block definition",
                            "Either a quoted string block label or an opening brace (\"{\") is expected here.");
                }
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
}
