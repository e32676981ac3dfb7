package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.HclValue;
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

    /** Applies the defaults of {@code t} to {@code v}. */
    static HclValue apply(TypeConstraint t, HclValue v) {
        if (t == null || !v.isKnown() || v.isNull() || !hasDefaults(t)) {
            return v;
        }
        switch (v.kind()) {
            case SET:
            case LIST:
            case TUPLE: {
                List<HclValue> values = new ArrayList<>(v.elements().size());
                List<HclValue> els = v.elements();
                for (int i = 0; i < els.size(); i++) {
                    values.add(apply(child(t, i), els.get(i)));
                }
                if (v.kind() != HclValue.Kind.TUPLE) {
                    if (values.isEmpty()) {
                        return v;
                    }
                    List<HclValue> unified = unify(values);
                    if (unified != null) {
                        TypeConstraint et = unified.get(0).type();
                        return v.kind() == HclValue.Kind.SET ? HclValue.setOf(et, unified) : HclValue.listOf(et, unified);
                    }
                }
                return HclValue.tuple(values);
            }
            case OBJECT:
            case MAP: {
                Map<String, HclValue> values = new HashMap<>();
                v.attributes().forEach((k, x) -> values.put(k, apply(child(t, k), x)));
                if (t instanceof TypeConstraint.ObjectType o) {
                    for (TypeConstraint.Attribute a : o.attributes()) {
                        if (a.defaultValue().isEmpty()) {
                            continue;
                        }
                        HclValue have = values.get(a.name());
                        if (have == null || have.isNull()) {
                            HclValue d = Evaluator.literal(a.defaultValue().get());
                            try {
                                d = Convert.convert(d, a.type());
                            } catch (Convert.Failure e) {
                                // checked when the type was read; keep the default as written
                            }
                            values.put(a.name(), apply(a.type(), d));
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
                        return HclValue.mapOf(unified.get(0).type(), m);
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
