package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The little of HCL evaluation the module interface needs: literal values (no variables, no functions),
 * strings, bools and type constraints. Everything else stays source text.
 */
final class Literals {

    private Literals() {
    }

    /**
     * @return the literal value of {@code e}, or a {@link LiteralValue.NonLiteral} with its exact source text
     */
    static LiteralValue value(Expr e, char[] src) {
        LiteralValue v = literal(e);
        return v != null ? v : new LiteralValue.NonLiteral(new String(src, e.start, e.end - e.start));
    }

    /** @return the literal value, or null when the expression is not a literal */
    static LiteralValue literal(Expr e) {
        if (e instanceof Expr.Literal l) {
            return l.value;
        }
        if (e instanceof Expr.Template t) {
            String s = t.literal();
            return s == null ? null : new LiteralValue.StringValue(s);
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

    /** @return an object constructor key as a string: a bare name or a literal; null otherwise */
    static String objectKey(Expr key) {
        String name = keyName(key);
        if (name != null) {
            return name;
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
     * convert); reports a diagnostic and returns null when it cannot.
     */
    static String string(Syntax.Attribute a, String file, List<Diagnostic> diags) {
        LiteralValue v = literal(a.expr);
        if (v instanceof LiteralValue.StringValue s) {
            return s.value();
        }
        if (v instanceof LiteralValue.NumberValue n) {
            return numberText(n.value());
        }
        if (v instanceof LiteralValue.BoolValue b) {
            return Boolean.toString(b.value());
        }
        unsuitable(a, file, v, "string", diags);
        return null;
    }

    /** A number as text: plain notation, except for extreme exponents whose plain form would be enormous. */
    static String numberText(java.math.BigDecimal d) {
        java.math.BigDecimal s = d.signum() == 0 ? java.math.BigDecimal.ZERO : d.stripTrailingZeros();
        return Math.abs(s.scale()) <= 64 ? s.toPlainString() : s.toString();
    }

    /** Converts an attribute to a bool ({@code "true"}/{@code "false"} strings convert). */
    static Boolean bool(Syntax.Attribute a, String file, List<Diagnostic> diags) {
        LiteralValue v = literal(a.expr);
        if (v instanceof LiteralValue.BoolValue b) {
            return b.value();
        }
        if (v instanceof LiteralValue.StringValue s && (s.value().equals("true") || s.value().equals("false"))) {
            return Boolean.valueOf(s.value());
        }
        unsuitable(a, file, v, "bool", diags);
        return null;
    }

    private static void unsuitable(Syntax.Attribute a, String file, LiteralValue v, String type,
            List<Diagnostic> diags) {
        SourceLocation at = SourceLocation.of(file, a.line, a.column);
        if (v == null) {
            String kind = firstNonLiteral(a.expr);
            if ("variable".equals(kind)) {
                diags.add(Diagnostic.error("Variables not allowed", "Variables may not be used here.", at));
            } else if ("function".equals(kind)) {
                diags.add(Diagnostic.error("Function calls not allowed", "Functions may not be called here.", at));
            } else {
                diags.add(Diagnostic.error("Invalid expression", "A static " + type + " value is required for \""
                        + a.name + "\".", at));
            }
        } else {
            // the wording of HCL's gohcl conversion errors, as terraform-config-inspect reports them
            diags.add(Diagnostic.error("Unsuitable value type", "bool".equals(type)
                    ? "Unsuitable value: a bool is required" : "Unsuitable value: " + type + " required", at));
        }
    }

    /**
     * Reports a value that Terraform cannot evaluate without a context (a reference or a function call), as
     * Terraform does for variable defaults. Other non-literal expressions are left alone.
     */
    static void requireConstant(Syntax.Attribute a, String file, List<Diagnostic> diags) {
        String kind = firstNonLiteral(a.expr);
        SourceLocation at = SourceLocation.of(file, a.line, a.column);
        if ("variable".equals(kind)) {
            diags.add(Diagnostic.error("Variables not allowed", "Variables may not be used here.", at));
        } else if ("function".equals(kind)) {
            diags.add(Diagnostic.error("Function calls not allowed", "Functions may not be called here.", at));
        }
    }

    private static String firstNonLiteral(Expr e) {
        if (e instanceof Expr.Variable || e instanceof Expr.GetAttr || e instanceof Expr.Index
                || e instanceof Expr.Splat) {
            return "variable";
        }
        if (e instanceof Expr.Call) {
            return "function";
        }
        if (e instanceof Expr.Template t) {
            for (Object part : t.parts) {
                if (part instanceof Expr x) {
                    return firstNonLiteral(x);
                }
            }
        }
        if (e instanceof Expr.Tuple t) {
            for (Expr x : t.items) {
                String k = firstNonLiteral(x);
                if (k != null) {
                    return k;
                }
            }
        }
        if (e instanceof Expr.ObjectCons o) {
            for (Expr x : o.values) {
                String k = firstNonLiteral(x);
                if (k != null) {
                    return k;
                }
            }
        }
        if (e instanceof Expr.Parens p) {
            return firstNonLiteral(p.inner);
        }
        return null;
    }

    // ------------------------------------------------------------------ type constraints

    /** @return the type constraint an expression denotes, or null when it is not a valid type expression */
    static TypeConstraint type(Expr e) {
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
            return type(p.inner);
        }
        if (!(e instanceof Expr.Call c) || c.args.size() != 1 || c.expandFinal) {
            return null;
        }
        Expr arg = c.args.get(0);
        switch (c.name) {
            case "list":
            case "set":
            case "map": {
                TypeConstraint el = type(arg);
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
                    TypeConstraint el = type(item);
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
                        TypeConstraint at = type(oc.args.get(0));
                        if (at == null) {
                            return null;
                        }
                        Optional<LiteralValue> def = Optional.empty();
                        if (oc.args.size() == 2) {
                            LiteralValue d = literal(oc.args.get(1));
                            if (d == null) {
                                return null;
                            }
                            def = Optional.of(d);
                        }
                        attrs.add(new TypeConstraint.Attribute(name, at, true, def));
                    } else {
                        TypeConstraint at = type(value);
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
