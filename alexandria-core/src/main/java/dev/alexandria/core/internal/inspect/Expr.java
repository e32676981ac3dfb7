package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import java.util.List;

/**
 * An HCL expression node. Expressions keep the offsets of their exact source text ({@code [start, end)} in
 * the buffer they were read from); only what the module interface needs is interpreted (see
 * {@link Literals}). Nodes are immutable once the parser returns them.
 */
abstract class Expr {

    final int start;
    final int end;

    Expr(int start, int end) {
        this.start = start;
        this.end = end;
    }

    /**
     * A number, bool or null literal. {@code keyword} is {@code "true"}, {@code "false"} or {@code "null"} when
     * it was written as that keyword, which HCL also reads as a name where it takes one (an object key, an
     * object type attribute, the first step of a reference such as the provider {@code null.example}).
     */
    static final class Literal extends Expr {
        final LiteralValue value;
        final String keyword;

        Literal(int start, int end, LiteralValue value) {
            this(start, end, value, null);
        }

        Literal(int start, int end, LiteralValue value, String keyword) {
            super(start, end);
            this.value = value;
            this.keyword = keyword;
        }
    }

    /**
     * A quoted string or heredoc: a sequence of parts, each a {@link String} literal, an interpolated
     * {@link Expr}, an {@link If} or a {@link For} directive.
     */
    static final class Template extends Expr {
        final List<Object> parts;
        final boolean heredoc;

        Template(int start, int end, List<Object> parts, boolean heredoc) {
            super(start, end);
            this.parts = parts;
            this.heredoc = heredoc;
        }

        /** @return the string if the template is one literal (no interpolation, no directive), else null */
        String literal() {
            if (parts.isEmpty()) {
                return "";
            }
            if (parts.size() == 1 && parts.get(0) instanceof String s) {
                return s;
            }
            for (Object p : parts) {
                if (!(p instanceof String)) {
                    return null;
                }
            }
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                sb.append((String) p);
            }
            return sb.toString();
        }
    }

    /**
     * A string of the JSON syntax (a value, or a key of an object value). HCL's JSON reader returns it verbatim
     * when it is evaluated without an evaluation context - as Terraform evaluates a variable's default and every
     * argument of the module interface, and {@code .tfvars.json} files - and parses it as a template only when
     * there is one (local values, resource arguments). So it is kept as written and parsed on demand.
     */
    static final class JsonString extends Expr {
        final String value;
        final String file;
        final int line;

        JsonString(int start, int end, String value, String file, int line) {
            super(start, end);
            this.value = value;
            this.file = file;
            this.line = line;
        }

        /**
         * The string read as template content, as HCL reads it for a context; a string without {@code ${} or
         * {@code %{} is its own literal. Syntax errors go to {@code diags}; null when there were any.
         */
        Template template(List<Diagnostic> diags) {
            if (value.indexOf("${") < 0 && value.indexOf("%{") < 0) {
                return new Template(start, end, List.of(value), false);
            }
            return new HclParser(value.toCharArray(), file, diags, line).parseWholeTemplate();
        }
    }

    /** {@code %{ if cond }...%{ else }...%{ endif }} inside a template. */
    static final class If {
        final Expr condition;
        final List<Object> whenTrue;
        final List<Object> whenFalse;

        If(Expr condition, List<Object> whenTrue, List<Object> whenFalse) {
            this.condition = condition;
            this.whenTrue = whenTrue;
            this.whenFalse = whenFalse;
        }
    }

    /** {@code %{ for k, v in coll }...%{ endfor }} inside a template. */
    static final class For {
        final String keyVar;
        final String valueVar;
        final Expr collection;
        final List<Object> body;

        For(String keyVar, String valueVar, Expr collection, List<Object> body) {
            this.keyVar = keyVar;
            this.valueVar = valueVar;
            this.collection = collection;
            this.body = body;
        }
    }

    /** A bare name: a variable or, as an object key, a literal name. */
    static final class Variable extends Expr {
        final String name;

        Variable(int start, int end, String name) {
            super(start, end);
            this.name = name;
        }
    }

    /** {@code obj.name}, or the legacy index form {@code obj.0} (then {@code legacyIndex} is true). */
    static final class GetAttr extends Expr {
        final Expr object;
        final String name;
        final boolean legacyIndex;

        GetAttr(int start, int end, Expr object, String name, boolean legacyIndex) {
            super(start, end);
            this.object = object;
            this.name = name;
            this.legacyIndex = legacyIndex;
        }
    }

    /** {@code coll[key]}. */
    static final class Index extends Expr {
        final Expr collection;
        final Expr key;

        Index(int start, int end, Expr collection, Expr key) {
            super(start, end);
            this.collection = collection;
            this.key = key;
        }
    }

    /** {@code source.*} (attribute splat) or {@code source[*]} (full splat). */
    static final class Splat extends Expr {
        final Expr source;
        final boolean full;

        Splat(int start, int end, Expr source, boolean full) {
            super(start, end);
            this.source = source;
            this.full = full;
        }
    }

    /** {@code name(args)}, {@code provider::ns::name(args)}; {@code expandFinal} for a trailing {@code ...}. */
    static final class Call extends Expr {
        final String name;
        final List<Expr> args;
        final boolean expandFinal;

        Call(int start, int end, String name, List<Expr> args, boolean expandFinal) {
            super(start, end);
            this.name = name;
            this.args = args;
            this.expandFinal = expandFinal;
        }
    }

    /** {@code cond ? a : b}. */
    static final class Conditional extends Expr {
        final Expr condition;
        final Expr whenTrue;
        final Expr whenFalse;

        Conditional(int start, int end, Expr condition, Expr whenTrue, Expr whenFalse) {
            super(start, end);
            this.condition = condition;
            this.whenTrue = whenTrue;
            this.whenFalse = whenFalse;
        }
    }

    /** A binary operation; {@code op} is the operator's spelling ({@code "&&"}, {@code "+"}, ...). */
    static final class Binary extends Expr {
        final String op;
        final Expr left;
        final Expr right;

        Binary(int start, int end, String op, Expr left, Expr right) {
            super(start, end);
            this.op = op;
            this.left = left;
            this.right = right;
        }
    }

    /** {@code -x} or {@code !x}. */
    static final class Unary extends Expr {
        final char op;
        final Expr operand;

        Unary(int start, int end, char op, Expr operand) {
            super(start, end);
            this.op = op;
            this.operand = operand;
        }
    }

    /** {@code (expr)}. */
    static final class Parens extends Expr {
        final Expr inner;

        Parens(int start, int end, Expr inner) {
            super(start, end);
            this.inner = inner;
        }
    }

    /** {@code [a, b, c]}. */
    static final class Tuple extends Expr {
        final List<Expr> items;

        Tuple(int start, int end, List<Expr> items) {
            super(start, end);
            this.items = items;
        }
    }

    /** {@code {k = v, ...}}; keys and values alternate in {@code keys}/{@code values}. */
    static final class ObjectCons extends Expr {
        final List<Expr> keys;
        final List<Expr> values;

        ObjectCons(int start, int end, List<Expr> keys, List<Expr> values) {
            super(start, end);
            this.keys = keys;
            this.values = values;
        }
    }

    /** {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value... if cond}}. */
    static final class ForExpr extends Expr {
        final String keyVar;
        final String valueVar;
        final Expr collection;
        final Expr keyExpr;
        final Expr valueExpr;
        final Expr condition;
        final boolean grouping;

        ForExpr(int start, int end, String keyVar, String valueVar, Expr collection, Expr keyExpr,
                Expr valueExpr, Expr condition, boolean grouping) {
            super(start, end);
            this.keyVar = keyVar;
            this.valueVar = valueVar;
            this.collection = collection;
            this.keyExpr = keyExpr;
            this.valueExpr = valueExpr;
            this.condition = condition;
            this.grouping = grouping;
        }

        boolean isObject() {
            return keyExpr != null;
        }
    }
}
