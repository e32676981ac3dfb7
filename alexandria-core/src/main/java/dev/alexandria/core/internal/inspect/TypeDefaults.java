package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The defaults of {@code optional(type, default)} object attributes applied to a value before it is converted
 * to its type constraint, as HCL v2.24's {@code typeexpr.Defaults.Apply} does for Terraform: a missing or
 * {@code null} attribute takes its default, recursively through collections, tuples and objects. Stateless.
 */
final class TypeDefaults {

    private TypeDefaults() {
    }

    /** Whether the constraint has any {@code optional()} default at any depth. */
    static boolean hasDefaults(TypeConstraint t) {
        if (t instanceof TypeConstraint.ObjectType o) {
            for (TypeConstraint.Attribute a : o.attributes()) {
                if (a.defaultValue().isPresent() || hasDefaults(a.type())) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof TypeConstraint.Collection c) {
            return hasDefaults(c.element());
        }
        if (t instanceof TypeConstraint.TupleType tt) {
            return tt.elements().stream().anyMatch(TypeDefaults::hasDefaults);
        }
        return false;
    }

    /**
     * Terraform's treatment of a variable's default or input value: the defaults of {@code t}'s
     * {@code optional()} attributes applied, then the value converted to {@code t}. Done in one pass when it
     * succeeds plainly, else as {@link #apply} then {@link Convert#convert}, which give cty's exact results and
     * messages.
     *
     * @throws Convert.Failure when the value does not convert
     */
    static HclValue applyAndConvert(TypeConstraint t, HclValue v) throws Convert.Failure {
        if (v.isNull()) {
            return Convert.convert(v, t);
        }
        HclValue fast = Convert.fast(v, t, hasDefaults(t) ? new java.util.IdentityHashMap<>(8) : null);
        if (fast != null) {
            return fast;
        }
        return Convert.convert(apply(t, v), t);
    }

    /** {@link #applyAndConvert} of a literal as written; its untyped value is built only when needed. */
    static HclValue applyAndConvert(TypeConstraint t, LiteralValue written) throws Convert.Failure {
        if (written.kind() != LiteralValue.Kind.NULL) {
            HclValue fast = Convert.fastLiteral(written, t, hasDefaults(t) ? new java.util.IdentityHashMap<>(8) : null);
            if (fast != null) {
                return fast;
            }
        }
        return applyAndConvert(t, Evaluator.literal(written));
    }

    /** An attribute's default converted to its type, its own defaults applied; null when it does not convert. */
    static HclValue defaultOf(TypeConstraint.Attribute a, Map<TypeConstraint.Attribute, HclValue> memo) {
        HclValue d = memo.get(a);
        if (d == null && !memo.containsKey(a)) {
            try {
                d = applyAndConvert(a.type(), Evaluator.literal(a.defaultValue().get()));
            } catch (Convert.Failure e) {
                d = null;
            }
            memo.put(a, d);
        }
        return d;
    }

    /** Applies the defaults of {@code t} to {@code v}. */
    static HclValue apply(TypeConstraint t, HclValue v) {
        if (t == null || !v.isKnown() || v.isNull() || !hasDefaults(t)) {
            return v;
        }
        return apply(t, v, new Memo());
    }

    /** {@link #hasDefaults} of the types met in one application, each worked out once. */
    private static final class Memo extends java.util.IdentityHashMap<Object, Object> {
        private static final long serialVersionUID = 1L;

        boolean has(TypeConstraint t) {
            return (Boolean) computeIfAbsent(t, x -> hasDefaults((TypeConstraint) x));
        }
    }

    /** {@code defaults} holds each attribute's default converted to its type, worked out once per value. */
    private static HclValue apply(TypeConstraint t, HclValue v, Memo defaults) {
        if (t == null || !v.isKnown() || v.isNull() || !defaults.has(t)) {
            return v;
        }
        switch (v.kind()) {
            case SET:
            case LIST:
            case TUPLE: {
                List<HclValue> values = new ArrayList<>(v.elements().size());
                List<HclValue> els = v.elements();
                for (int i = 0; i < els.size(); i++) {
                    values.add(apply(child(t, i), els.get(i), defaults));
                }
                if (v.kind() != HclValue.Kind.TUPLE) {
                    if (values.isEmpty()) {
                        return v;
                    }
                    List<HclValue> unified = unify(values);
                    if (unified != null) {
                        TypeConstraint et = unified.get(0).type();
                        return v.kind() == HclValue.Kind.SET ? HclValue.setOf(et, unified) : new HclValue.ListValue(et, unified);
                    }
                }
                return new HclValue.TupleValue(values);
            }
            case OBJECT:
            case MAP: {
                Map<String, HclValue> values = new HashMap<>();
                v.attributes().forEach((k, x) -> values.put(k, apply(child(t, k), x, defaults)));
                if (t instanceof TypeConstraint.ObjectType o) {
                    for (TypeConstraint.Attribute a : o.attributes()) {
                        if (a.defaultValue().isEmpty()) {
                            continue;
                        }
                        HclValue have = values.get(a.name());
                        if (have == null || have.isNull()) {
                            HclValue d = (HclValue) defaults.get(a);
                            if (d == null) {
                                HclValue lit = Evaluator.literal(a.defaultValue().get());
                                try {
                                    d = apply(a.type(), Convert.convert(lit, a.type()), defaults);
                                } catch (Convert.Failure e) {
                                    d = lit; // checked when the type was read; keep the default as written
                                }
                                defaults.put(a, d);
                            }
                            values.put(a.name(), d);
                        }
                    }
                }
                if (v.kind() == HclValue.Kind.MAP) {
                    if (values.isEmpty()) {
                        return v;
                    }
                    List<String> keys = new ArrayList<>(values.keySet());
                    keys.sort(Types::compareKeys);
                    List<HclValue> ordered = new ArrayList<>(keys.size());
                    for (String k : keys) {
                        ordered.add(values.get(k));
                    }
                    List<HclValue> unified = unify(ordered);
                    if (unified != null) {
                        Map<String, HclValue> m = new HashMap<>();
                        for (int i = 0; i < keys.size(); i++) {
                            m.put(keys.get(i), unified.get(i));
                        }
                        return new HclValue.MapValue(unified.get(0).type(), m);
                    }
                }
                return new HclValue.ObjectValue(values);
            }
            default:
                return v;
        }
    }

    /** The defaults of the element or attribute at {@code key} ({@code typeexpr.Defaults.getChild}). */
    private static TypeConstraint child(TypeConstraint t, Object key) {
        if (key instanceof Integer i && t instanceof TypeConstraint.TupleType tt) {
            return i < tt.elements().size() ? tt.elements().get(i) : null;
        }
        if (key instanceof String s && t instanceof TypeConstraint.ObjectType o) {
            return o.attribute(s).map(TypeConstraint.Attribute::type).orElse(null);
        }
        return t instanceof TypeConstraint.Collection c ? c.element() : null;
    }

    private static List<HclValue> unify(List<HclValue> values) {
        List<TypeConstraint> types = new ArrayList<>(values.size());
        for (HclValue v : values) {
            types.add(v.type());
        }
        Convert.Unified u = Convert.unify(types, true);
        if (u == null) {
            return null;
        }
        List<HclValue> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            Convert.Conv c = u.conversions().get(i);
            try {
                out.add(c == null ? values.get(i) : c.apply(values.get(i), ""));
            } catch (Convert.Failure e) {
                return null;
            }
        }
        return out;
    }
}
