package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Literal values (read straight from the syntax, keeping the order object keys were written in), the constant
 * values of arguments (evaluated with nothing in scope, as Terraform evaluates them), and type constraints.
 */
final class Literals {

    private Literals() {
    }

    /** @return the literal value, or null when the expression is not a literal */
    static LiteralValue literal(Expr e) {
        if (e instanceof Expr.Literal l) {
            return l.value;
        }
        if (e instanceof Expr.Template t) {
            // a string value, so in normal form C as cty keeps strings (labels, read as templates too, are not)
            String s = t.literal();
            return s == null ? null : new LiteralValue.StringValue(Graphemes.nfc(s));
        }
        if (e instanceof Expr.JsonString j) {
            // verbatim, as HCL's JSON reader returns a string evaluated without a context
            return new LiteralValue.StringValue(Graphemes.nfc(j.value));
        }
        if (e instanceof Expr.Parens p) {
            return literal(p.inner);
        }
        if (e instanceof Expr.Unary u) {
            LiteralValue v = literal(u.operand);
            if (u.op == '-' && v instanceof LiteralValue.NumberValue n) {
                return new LiteralValue.NumberValue(n.value().negate());
            }
            if (u.op == '!' && v instanceof LiteralValue.BoolValue b) {
                return new LiteralValue.BoolValue(!b.value());
            }
            return null;
        }
        if (e instanceof Expr.Tuple t) {
            List<LiteralValue> items = new ArrayList<>(t.items.size());
            for (Expr item : t.items) {
                LiteralValue v = literal(item);
                if (v == null) {
                    return null;
                }
                items.add(v);
            }
            return new LiteralValue.ListValue(items);
        }
        if (e instanceof Expr.ObjectCons o) {
            Map<String, LiteralValue> entries = new LinkedHashMap<>();
            for (int i = 0; i < o.keys.size(); i++) {
                String key = objectKey(o.keys.get(i));
                LiteralValue v = literal(o.values.get(i));
                if (key == null || v == null) {
                    return null;
                }
                entries.put(key, v);
            }
            return new LiteralValue.MapValue(entries);
        }
        return null;
    }

    /**
     * @return an object constructor key as a string: a bare name or a literal, in normal form C as cty keeps
     *         attribute names; null otherwise
     */
    static String objectKey(Expr key) {
        String name = keyName(key);
        if (name != null) {
            return Graphemes.nfc(name);
        }
        LiteralValue k = literal(key);
        if (k instanceof LiteralValue.StringValue s) {
            return s.value();
        }
        if (k instanceof LiteralValue.NumberValue n) {
            return numberText(n.value());
        }
        if (k instanceof LiteralValue.BoolValue b) {
            return Boolean.toString(b.value());
        }
        return null;
    }

    /**
     * A bare name, the way HCL reads an expression as a keyword ({@code hcl.ExprAsKeyword}): a variable
     * name, or {@code null}/{@code true}/{@code false} written as such (not in parentheses).
     *
     * @return the name, or null when the expression is not a bare name
     */
    static String keyName(Expr e) {
        if (e instanceof Expr.Variable v) {
            return v.name;
        }
        if (e instanceof Expr.Literal l) {
            return l.keyword;
        }
        return null;
    }

    /**
     * Converts an attribute to a string the way Terraform does for string arguments (numbers and bools
     * convert); the expression is evaluated with nothing in scope, so constant expressions work and references
     * or function calls are reported. Reports a diagnostic and returns null when it cannot.
     */
    static String string(Syntax.Attribute a, String file, List<Diagnostic> diags) {
        LiteralValue v = constant(a, file, diags);
        if (v instanceof LiteralValue.StringValue s) {
            return s.value();
        }
        if (v instanceof LiteralValue.NumberValue n) {
            return numberText(n.value());
        }
        if (v instanceof LiteralValue.BoolValue b) {
            return Boolean.toString(b.value());
        }
        if (v != null) {
            unsuitable(a, file, "string", diags);
        }
        return null;
    }

    /**
     * The value of an attribute evaluated with nothing in scope (Terraform's {@code Value(nil)}), as a literal;
     * null, with the evaluation's diagnostics reported, when it cannot be evaluated so.
     */
    static LiteralValue constant(Syntax.Attribute a, String file, List<Diagnostic> diags) {
        LiteralValue v = literal(a.expr);
        if (v != null) {
            return v;
        }
        int mark = diags.size();
        HclValue value = new Evaluator(HclScope.none(), locator(a, file), diags).eval(a.expr);
        for (int i = mark; i < diags.size(); i++) {
            if (diags.get(i).isError()) {
                return null;
            }
        }
        LiteralValue l = value.isWhollyKnown() ? Evaluator.toLiteral(value) : null;
        if (l == null) {
            diags.add(Diagnostic.error("Invalid expression", "A static value is required for \"" + a.name + "\".",
                    SourceLocation.of(file, a.line, a.column)));
        }
        return l;
    }

    /** Where the offsets of an attribute's expression are: the file for native syntax, the attribute for JSON. */
    static Evaluator.Locator locator(Syntax.Attribute a, String file) {
        if (file.endsWith(".json")) {
            SourceLocation at = SourceLocation.of(file, a.line, a.column);
            return offset -> at;
        }
        return a.offset >= 0 ? Evaluator.locator(a.src, file, a.offset, a.line, a.column)
                : Evaluator.locator(a.src, file, 1);
    }

    /** A number as text: plain notation, except for extreme exponents whose plain form would be enormous. */
    static String numberText(java.math.BigDecimal d) {
        java.math.BigDecimal s = d.signum() == 0 ? java.math.BigDecimal.ZERO : d.stripTrailingZeros();
        return Math.abs(s.scale()) <= 64 ? s.toPlainString() : s.toString();
    }

    /** Converts an attribute to a bool ({@code "true"}/{@code "false"} strings convert). */
    static Boolean bool(Syntax.Attribute a, String file, List<Diagnostic> diags) {
        LiteralValue v = constant(a, file, diags);
        if (v instanceof LiteralValue.BoolValue b) {
            return b.value();
        }
        if (v instanceof LiteralValue.StringValue s && (s.value().equals("true") || s.value().equals("false"))) {
            return Boolean.valueOf(s.value());
        }
        if (v != null) {
            unsuitable(a, file, "bool", diags);
        }
        return null;
    }

    private static void unsuitable(Syntax.Attribute a, String file, String type, List<Diagnostic> diags) {
        // the wording of HCL's gohcl conversion errors, as terraform-config-inspect reports them
        diags.add(Diagnostic.error("Unsuitable value type", "bool".equals(type)
                ? "Unsuitable value: a bool is required" : "Unsuitable value: " + type + " required",
                SourceLocation.of(file, a.line, a.column)));
    }

    // ------------------------------------------------------------------ type constraints

    /** @return the type constraint an expression denotes, or null when it is not a valid type expression */
    static TypeConstraint type(Expr e) {
        return type(e, null);
    }

    /** A once-made evaluator of constants. */
    static java.util.function.Supplier<Evaluator> constants(Evaluator.Locator locator, List<Diagnostic> diags) {
        Evaluator[] made = new Evaluator[1];
        return () -> made[0] != null ? made[0] : (made[0] = new Evaluator(HclScope.none(), locator, diags));
    }

    /**
     * @param e         a type expression
     * @param constantsOf makes the evaluator of the defaults of {@code optional(type, default)} (with nothing in
     *                  scope, reporting their problems), only when there is one; null to accept literal defaults only
     * @return the type constraint an expression denotes, or null when it is not a valid type expression
     */
    static TypeConstraint type(Expr e, java.util.function.Supplier<Evaluator> constantsOf) {
        if (e instanceof Expr.Variable v) {
            switch (v.name) {
                case "string":
                    return TypeConstraint.STRING;
                case "number":
                    return TypeConstraint.NUMBER;
                case "bool":
                    return TypeConstraint.BOOL;
                case "any":
                    return TypeConstraint.ANY;
                case "list":
                    return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.LIST, TypeConstraint.ANY);
                case "map":
                    return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.MAP, TypeConstraint.ANY);
                case "set":
                    return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.SET, TypeConstraint.ANY);
                default:
                    return null;
            }
        }
        if (e instanceof Expr.Parens p) {
            return type(p.inner, constantsOf);
        }
        if (!(e instanceof Expr.Call c) || c.args.size() != 1 || c.expandFinal) {
            return null;
        }
        Expr arg = c.args.get(0);
        switch (c.name) {
            case "list":
            case "set":
            case "map": {
                TypeConstraint el = type(arg, constantsOf);
                if (el == null) {
                    return null;
                }
                TypeConstraint.Collection.Kind kind = c.name.equals("list") ? TypeConstraint.Collection.Kind.LIST
                        : c.name.equals("set") ? TypeConstraint.Collection.Kind.SET
                                : TypeConstraint.Collection.Kind.MAP;
                return new TypeConstraint.Collection(kind, el);
            }
            case "tuple": {
                if (!(arg instanceof Expr.Tuple t)) {
                    return null;
                }
                List<TypeConstraint> els = new ArrayList<>(t.items.size());
                for (Expr item : t.items) {
                    TypeConstraint el = type(item, constantsOf);
                    if (el == null) {
                        return null;
                    }
                    els.add(el);
                }
                return new TypeConstraint.TupleType(els);
            }
            case "object": {
                if (!(arg instanceof Expr.ObjectCons o)) {
                    return null;
                }
                List<TypeConstraint.Attribute> attrs = new ArrayList<>(o.keys.size());
                for (int i = 0; i < o.keys.size(); i++) {
                    String name = objectKey(o.keys.get(i));
                    if (name == null) {
                        return null;
                    }
                    Expr value = o.values.get(i);
                    if (value instanceof Expr.Call oc && oc.name.equals("optional") && !oc.expandFinal
                            && (oc.args.size() == 1 || oc.args.size() == 2)) {
                        TypeConstraint at = type(oc.args.get(0), constantsOf);
                        if (at == null) {
                            return null;
                        }
                        Optional<LiteralValue> def = Optional.empty();
                        boolean optional = true;
                        if (oc.args.size() == 2) {
                            Expr defExpr = oc.args.get(1);
                            if (constantsOf == null) {
                                LiteralValue d = literal(defExpr);
                                if (d == null) {
                                    return null;
                                }
                                def = Optional.of(d);
                            } else {
                                // Terraform evaluates the default with nothing in scope; when that fails the
                                // attribute is not optional, and a default of the wrong type is dropped
                                Evaluator constants = constantsOf.get();
                                int mark = constants.diags.size();
                                LiteralValue lit = literal(defExpr);
                                HclValue d = lit != null ? Evaluator.literal(lit) : constants.eval(defExpr);
                                if (constants.errorsSince(mark)) {
                                    optional = false;
                                } else {
                                    try {
                                        HclValue converted = Convert.convert(d, at);
                                        // a literal that needed no conversion keeps the order its keys were written in
                                        LiteralValue l = lit != null && converted == d ? lit : Evaluator.toLiteral(converted);
                                        def = Optional.ofNullable(l);
                                    } catch (Convert.Failure f) {
                                        constants.error(defExpr.start, "Invalid default value for optional attribute",
                                                "This default value is not compatible with the attribute's type "
                                                        + "constraint: " + f.getMessage() + ".");
                                    }
                                }
                            }
                        }
                        attrs.add(new TypeConstraint.Attribute(name, at, optional, def));
                    } else {
                        TypeConstraint at = type(value, constantsOf);
                        if (at == null) {
                            return null;
                        }
                        attrs.add(new TypeConstraint.Attribute(name, at, false, Optional.empty()));
                    }
                }
                return new TypeConstraint.ObjectType(attrs);
            }
            default:
                return null;
        }
    }

    /** The legacy quoted type keywords of Terraform 0.11 ({@code type = "map"}). */
    static TypeConstraint legacyType(String keyword) {
        switch (keyword) {
            case "string":
                return TypeConstraint.STRING;
            case "list":
                return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.LIST, TypeConstraint.ANY);
            case "map":
                return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.MAP, TypeConstraint.ANY);
            default:
                return null;
        }
    }
}
