package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The expression level of the HCL native syntax reader (hashicorp/hcl {@code hclsyntax/spec.md}): operators
 * by precedence, conditionals, traversals (attribute access, indexes, splats), function calls, tuple and
 * object constructors and {@code for} expressions, on top of the template reader for strings and heredocs.
 * Nodes are {@link Expr}s keeping their source offsets.
 */
abstract class HclExpressionParser extends HclTemplateParser {

    private static final String[] OPS_BY_PREC = {"||", "&&", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/",
        "%"};

    private String opText;

    HclExpressionParser(char[] s, String file, List<Diagnostic> diags, int baseLine) {
        super(s, file, diags, baseLine);
    }

    /** Reads the whole buffer as one expression (a type or reference written in a JSON string); null on error. */
    final Expr parseWholeExpression() {
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
                    location(p)));
            return null;
        }
    }

    // ------------------------------------------------------------------ expressions

    @Override
    final Expr parseExpr(boolean nl) {
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
            int afterName = p;
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
            // null, true and false are literals here, but still names where HCL reads an expression as a
            // name (object keys, object type attributes, provider references): the node keeps the keyword
            switch (name.length() == 4 || name.length() == 5 ? name : "") {
                case "true":
                    return new Expr.Literal(start, afterName, new LiteralValue.BoolValue(true), name);
                case "false":
                    return new Expr.Literal(start, afterName, new LiteralValue.BoolValue(false), name);
                case "null":
                    return new Expr.Literal(start, afterName, LiteralValue.NullValue.INSTANCE, name);
                default:
                    return new Expr.Variable(start, p, name);
            }
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

    /** HCL reads a {@code for} identifier first in brackets or braces as a for expression, whatever follows. */
    private boolean isForKeyword() {
        return keywordAt("for");
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
}
