package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a variable's new type constraint still accepts every value its old one did, reasoning over the parsed
 * type model with Terraform's conversions: any value converts to {@code any}; numbers and bools convert to
 * {@code string}; an object converts to a map whose element type every attribute converts to; a tuple to a list
 * or set of an element type every element converts to; object attributes are matched by name, and an
 * {@code optional()} attribute may be left out by callers. Object attributes a type no longer declares are
 * discarded by Terraform's conversion, so callers' values for them are silently lost: that is breaking.
 */
final class TypeCompatibility {

    /** The verdict, in increasing severity. */
    enum Verdict {
        /** The same type. */
        SAME,
        /** Every old value is accepted and means the same. */
        WIDENED,
        /** Every old value is accepted, but converted differently (a list becomes a set: order and duplicates). */
        CONVERTED,
        /** Some old values are refused or lost. */
        NARROWED
    }

    /** One finding inside a type, with its own verdict. */
    record Reason(Verdict verdict, String text) {
    }

    /** A verdict (the most severe of its reasons) and the reasons, each naming where in the type. */
    record Result(Verdict verdict, List<Reason> reasons) {
        Result {
            reasons = List.copyOf(reasons);
        }

        static final Result SAME = new Result(Verdict.SAME, List.of());

        static Result of(Verdict v, String reason) {
            return new Result(v, List.of(new Reason(v, reason)));
        }

        Result and(Result o) {
            Verdict v = verdict.compareTo(o.verdict) >= 0 ? verdict : o.verdict;
            List<Reason> r = new ArrayList<>(reasons);
            r.addAll(o.reasons);
            return new Result(v, r);
        }

        /** The reasons that carry the verdict, joined: a narrowed type does not list its widenings too. */
        String explanation() {
            List<String> out = new ArrayList<>();
            for (Reason r : reasons) {
                if (r.verdict() == verdict) {
                    out.add(r.text());
                }
            }
            return String.join("; ", out);
        }
    }

    private TypeCompatibility() {
    }

    static Result compare(TypeConstraint oldType, TypeConstraint newType) {
        return compare(oldType, newType, "");
    }

    private static Result compare(TypeConstraint o, TypeConstraint n, String where) {
        if (sameType(o, n)) {
            return Result.SAME;
        }
        // at the top the message already says "changed from T to U"; inside, name the place and both types
        String at = where.isEmpty() ? "" : where + ": " + o.render() + " became " + n.render() + ", ";
        if (n instanceof TypeConstraint.AnyType) {
            return Result.of(Verdict.WIDENED, at + "any accepts every value");
        }
        if (o instanceof TypeConstraint.AnyType) {
            return Result.of(Verdict.NARROWED, at + "values of other types than " + n.render() + " are refused");
        }
        if (o instanceof TypeConstraint.Primitive op && n instanceof TypeConstraint.Primitive np) {
            if (np.type() == TypeConstraint.Primitive.Type.STRING) {
                return Result.of(Verdict.WIDENED, at + op.render() + " values convert to string");
            }
            return Result.of(Verdict.NARROWED, at + (op.type() == TypeConstraint.Primitive.Type.STRING
                    ? "strings that are not a " + np.render() + " are refused"
                    : op.render() + " values do not convert to " + np.render()));
        }
        if (o instanceof TypeConstraint.Collection oc && n instanceof TypeConstraint.Collection nc) {
            Result elements = compare(oc.element(), nc.element(), child(where, "element"));
            if (oc.kind() == nc.kind()) {
                return elements;
            }
            boolean listSet = oc.kind() != TypeConstraint.Collection.Kind.MAP
                    && nc.kind() != TypeConstraint.Collection.Kind.MAP;
            if (listSet) {
                String what = nc.kind() == TypeConstraint.Collection.Kind.SET
                        ? "duplicates are dropped and the order is lost" : "callers' sets get an arbitrary order";
                return Result.of(Verdict.CONVERTED, at + "values still convert, but " + what).and(elements);
            }
            return Result.of(Verdict.NARROWED, at + "a " + kind(oc) + " does not convert to a " + kind(nc));
        }
        if (o instanceof TypeConstraint.ObjectType oo && n instanceof TypeConstraint.ObjectType no) {
            return objects(oo, no, where);
        }
        if (o instanceof TypeConstraint.ObjectType oo && n instanceof TypeConstraint.Collection nc
                && nc.kind() == TypeConstraint.Collection.Kind.MAP) {
            Result r = Result.of(Verdict.WIDENED, at + "objects convert to maps");
            for (TypeConstraint.Attribute a : oo.attributes()) {
                r = r.and(compare(a.type(), nc.element(), child(where, a.name())));
            }
            return r;
        }
        if (o instanceof TypeConstraint.TupleType ot && n instanceof TypeConstraint.Collection nc
                && nc.kind() != TypeConstraint.Collection.Kind.MAP) {
            Result r = nc.kind() == TypeConstraint.Collection.Kind.LIST
                    ? Result.of(Verdict.WIDENED, at + "tuples convert to lists")
                    : Result.of(Verdict.CONVERTED, at + "tuples convert to sets, dropping duplicates and order");
            for (int i = 0; i < ot.elements().size(); i++) {
                r = r.and(compare(ot.elements().get(i), nc.element(), child(where, "[" + i + "]")));
            }
            return r;
        }
        if (o instanceof TypeConstraint.TupleType ot && n instanceof TypeConstraint.TupleType nt) {
            if (ot.elements().size() != nt.elements().size()) {
                return Result.of(Verdict.NARROWED, at + "a tuple of " + ot.elements().size() + " elements became one "
                        + "of " + nt.elements().size() + ": callers' tuples no longer fit");
            }
            Result r = Result.SAME;
            for (int i = 0; i < ot.elements().size(); i++) {
                r = r.and(compare(ot.elements().get(i), nt.elements().get(i), child(where, "[" + i + "]")));
            }
            return r;
        }
        return Result.of(Verdict.NARROWED, at + "values of the old type do not convert to the new one");
    }

    private static Result objects(TypeConstraint.ObjectType o, TypeConstraint.ObjectType n, String where) {
        Result r = Result.SAME;
        for (TypeConstraint.Attribute a : o.attributes()) {
            String path = child(where, a.name());
            Optional<TypeConstraint.Attribute> b = n.attribute(a.name());
            if (b.isEmpty()) {
                r = r.and(Result.of(Verdict.NARROWED, "attribute " + path + " was removed: callers' values for it "
                        + "are silently discarded"));
                continue;
            }
            TypeConstraint.Attribute na = b.get();
            if (a.optional() && !na.optional()) {
                r = r.and(Result.of(Verdict.NARROWED, "attribute " + path + " is no longer optional: callers that "
                        + "leave it out fail"));
            } else if (!a.optional() && na.optional()) {
                r = r.and(Result.of(Verdict.WIDENED, "attribute " + path + " became optional"));
            } else if (a.optional() && !sameDefault(a.defaultValue(), na.defaultValue())) {
                r = r.and(Result.of(Verdict.CONVERTED, "the default of optional attribute " + path + " changed from "
                        + a.defaultValue().map(LiteralValue::hcl).orElse("null") + " to "
                        + na.defaultValue().map(LiteralValue::hcl).orElse("null")));
            }
            r = r.and(compare(a.type(), na.type(), path));
        }
        for (TypeConstraint.Attribute b : n.attributes()) {
            if (o.attribute(b.name()).isEmpty()) {
                String path = child(where, b.name());
                r = r.and(b.optional() ? Result.of(Verdict.WIDENED, "optional attribute " + path + " was added")
                        : Result.of(Verdict.NARROWED, "required attribute " + path + " was added: callers' objects "
                                + "without it are refused"));
            }
        }
        return r;
    }

    private static boolean sameDefault(Optional<LiteralValue> a, Optional<LiteralValue> b) {
        return sameLiteral(a.orElse(LiteralValue.nullValue()), b.orElse(LiteralValue.nullValue()));
    }

    /**
     * Whether two types are equal, as the records' {@code equals} says, compared component by component here: a
     * diff compares every variable's type once, and the first {@code equals} of each record class in a process
     * links it through an {@code invokedynamic} bootstrap that costs more than all of the comparisons.
     *
     * @param a a type
     * @param b another
     * @return whether they are equal
     */
    static boolean sameType(TypeConstraint a, TypeConstraint b) {
        if (a == b) {
            return true;
        }
        if (a instanceof TypeConstraint.Primitive p && b instanceof TypeConstraint.Primitive q) {
            return p.type() == q.type();
        }
        if (a instanceof TypeConstraint.AnyType && b instanceof TypeConstraint.AnyType) {
            return true;
        }
        if (a instanceof TypeConstraint.Collection p && b instanceof TypeConstraint.Collection q) {
            return p.kind() == q.kind() && sameType(p.element(), q.element());
        }
        if (a instanceof TypeConstraint.TupleType p && b instanceof TypeConstraint.TupleType q) {
            int n = p.elements().size();
            if (n != q.elements().size()) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (!sameType(p.elements().get(i), q.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof TypeConstraint.ObjectType p && b instanceof TypeConstraint.ObjectType q) {
            int n = p.attributes().size();
            if (n != q.attributes().size()) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                TypeConstraint.Attribute x = p.attributes().get(i);
                TypeConstraint.Attribute y = q.attributes().get(i);
                if (!x.name().equals(y.name()) || x.optional() != y.optional() || !sameType(x.type(), y.type())
                        || x.defaultValue().isPresent() != y.defaultValue().isPresent()
                        || x.defaultValue().isPresent() && !sameLiteral(x.defaultValue().get(), y.defaultValue().get())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether two values are equal, as the records' {@code equals} says (numbers regardless of scale), compared
     * here for the reason {@link #sameType} gives.
     *
     * @param a a value
     * @param b another
     * @return whether they are equal
     */
    static boolean sameLiteral(LiteralValue a, LiteralValue b) {
        if (a == b) {
            return true;
        }
        if (a instanceof LiteralValue.NullValue && b instanceof LiteralValue.NullValue) {
            return true;
        }
        if (a instanceof LiteralValue.StringValue p && b instanceof LiteralValue.StringValue q) {
            return p.value().equals(q.value());
        }
        if (a instanceof LiteralValue.BoolValue p && b instanceof LiteralValue.BoolValue q) {
            return p.value() == q.value();
        }
        if (a instanceof LiteralValue.NonLiteral p && b instanceof LiteralValue.NonLiteral q) {
            return p.source().equals(q.source());
        }
        if (a instanceof LiteralValue.ListValue p && b instanceof LiteralValue.ListValue q) {
            int n = p.elements().size();
            if (n != q.elements().size()) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (!sameLiteral(p.elements().get(i), q.elements().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof LiteralValue.MapValue p && b instanceof LiteralValue.MapValue q) {
            if (p.entries().size() != q.entries().size()) {
                return false;
            }
            for (java.util.Map.Entry<String, LiteralValue> e : p.entries().entrySet()) {
                LiteralValue other = q.entries().get(e.getKey());
                if (other == null || !sameLiteral(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b); // numbers (their own equals, scale ignored), or values of different kinds
    }

    private static String kind(TypeConstraint.Collection c) {
        return c.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String child(String where, String name) {
        if (where.isEmpty()) {
            return name;
        }
        return name.startsWith("[") ? where + name : where + "." + name;
    }
}
