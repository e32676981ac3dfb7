package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.TypeConstraint;
import java.math.BigDecimal;

/**
 * HCL's operators ({@code hclsyntax/expression_ops.go}) and traversal steps ({@code hcl.Index},
 * {@code hcl.GetAttr}): operands are converted to the operator's parameter type, {@code &&} and {@code ||}
 * short-circuit on a known controlling operand even when the other is unknown, and the arithmetic and
 * comparisons are cty's. Stateless.
 */
final class Operators {

    private Operators() {
    }

    static HclValue binary(Evaluator ev, Expr.Binary b) {
        String op = b.op;
        boolean logical = op.equals("&&") || op.equals("||");
        boolean equality = op.equals("==") || op.equals("!=");
        TypeConstraint param = logical ? Types.BOOL : equality ? Types.DYNAMIC : Types.NUMBER;
        TypeConstraint result = logical || equality || op.length() == 2 || op.equals("<") || op.equals(">")
                ? Types.BOOL : Types.NUMBER;

        int m0 = ev.diags.size();
        HclValue lhs = ev.eval(b.left);
        int m1 = ev.diags.size();
        java.util.List<dev.alexandria.api.model.Diagnostic> lhsDiags = new java.util.ArrayList<>(
                ev.diags.subList(m0, m1));
        ev.truncate(m0);
        String convError = null;
        HclValue l = lhs;
        HclValue r;
        try {
            l = Convert.convert(lhs, param);
        } catch (Convert.Failure f) {
            ev.error(b.left.start, "Invalid operand", "Unsuitable value for left operand: " + f.getMessage() + ".");
            convError = "l";
        }
        int m2 = ev.diags.size();
        HclValue rhs = ev.eval(b.right);
        int m3 = ev.diags.size();
        java.util.List<dev.alexandria.api.model.Diagnostic> rhsDiags = new java.util.ArrayList<>(
                ev.diags.subList(m2, m3));
        ev.truncate(m2);
        r = rhs;
        try {
            r = Convert.convert(rhs, param);
        } catch (Convert.Failure f) {
            ev.error(b.right.start, "Invalid operand", "Unsuitable value for right operand: " + f.getMessage() + ".");
            convError = "r";
        }
        if (convError != null) {
            ev.diags.addAll(lhsDiags);
            ev.diags.addAll(rhsDiags);
            return Values.unknown(result);
        }
        boolean lhsErrors = lhsDiags.stream().anyMatch(d -> d.isError());
        if (logical) {
            int forced = shortCircuit(op, l, r, lhsErrors);
            if (forced != NONE) {
                // as in a conditional, the diagnostics of the side that did not decide are dropped
                ev.diags.addAll((forced & RHS) != 0 ? rhsDiags : lhsDiags);
                int result2 = forced & ~RHS;
                return result2 == TRUE ? HclValue.TRUE : result2 == FALSE ? HclValue.FALSE : Values.UNKNOWN_BOOL;
            }
        }
        ev.diags.addAll(lhsDiags);
        ev.diags.addAll(rhsDiags);
        if (lhsErrors || rhsDiags.stream().anyMatch(d -> d.isError())) {
            return Values.unknown(result);
        }
        if (!equality && (l.isNull() || r.isNull())) {
            ev.error(b.start, "Operation failed", "Error during operation: argument must not be null.");
            return Values.unknown(result);
        }
        switch (op) {
            case "==":
                return Values.equal(l, r);
            case "!=": {
                HclValue eq = Values.equal(l, r);
                return eq.isKnown() ? HclValue.of(!Values.isTrue(eq)) : eq;
            }
            case "&&":
                return !l.isKnown() || !r.isKnown() ? Values.UNKNOWN_BOOL : HclValue.of(Values.isTrue(l)
                        && Values.isTrue(r));
            case "||":
                return !l.isKnown() || !r.isKnown() ? Values.UNKNOWN_BOOL : HclValue.of(Values.isTrue(l)
                        || Values.isTrue(r));
            case "<":
                return Values.lessThan(l, r);
            case ">":
                return Values.greaterThan(l, r);
            case "<=":
                return Values.or(Values.lessThan(l, r), Values.equal(l, r));
            case ">=":
                return Values.or(Values.greaterThan(l, r), Values.equal(l, r));
            default:
                return arithmetic(ev, b, op, l, r);
        }
    }

    private static final int NONE = 0;
    private static final int TRUE = 1;
    private static final int FALSE = 2;
    private static final int UNKNOWN = 3;
    /** Set when the right operand decided. */
    private static final int RHS = 4;

    /** HCL v2.24's short circuits of {@code ||} and {@code &&}: the result and the side that decided, or NONE. */
    private static int shortCircuit(String op, HclValue l, HclValue r, boolean lhsErrors) {
        boolean control = op.equals("||"); // || is decided by a true operand, && by a false one
        int decided = control ? TRUE : FALSE;
        if (!l.isKnown() && !r.isKnown()) {
            return lhsErrors ? NONE : UNKNOWN;
        }
        if (l.isKnown() && !l.isNull() && Values.isTrue(l) == control) {
            return decided;
        }
        if (r.isKnown() && !r.isNull() && Values.isTrue(r) == control) {
            return decided | RHS;
        }
        if (!l.isKnown() && r.isKnown() && !r.isNull()) {
            return UNKNOWN;
        }
        if (!r.isKnown() && l.isKnown() && !l.isNull()) {
            return UNKNOWN | RHS;
        }
        return NONE;
    }

    private static HclValue arithmetic(Evaluator ev, Expr.Binary b, String op, HclValue l, HclValue r) {
        if (!l.isKnown() || !r.isKnown()) {
            return Values.unknownNotNull(Types.NUMBER);
        }
        BigDecimal x = Values.num(l);
        BigDecimal y = Values.num(r);
        try {
            switch (op) {
                case "+":
                    return HclValue.of(x.add(y));
                case "-":
                    return HclValue.of(x.subtract(y));
                case "*":
                    return HclValue.of(x.multiply(y));
                case "/":
                    if (y.signum() == 0) {
                        ev.error(b.start, "Operation failed", "Error during operation: " + (x.signum() == 0
                                ? "can't divide zero by zero or infinity by infinity"
                                : "division by zero gives an infinity, which this evaluator does not represent") + ".");
                        return Values.unknown(Types.NUMBER);
                    }
                    return HclValue.of(x.divide(y, Values.PRECISION).stripTrailingZeros());
                default: // %
                    if (y.signum() == 0) {
                        return l;
                    }
                    return HclValue.of(x.remainder(y, Values.PRECISION));
            }
        } catch (ArithmeticException e) {
            ev.error(b.start, "Operation failed", "Error during operation: " + e.getMessage() + ".");
            return Values.unknown(Types.NUMBER);
        }
    }

    static HclValue unary(Evaluator ev, Expr.Unary u) {
        TypeConstraint param = u.op == '-' ? Types.NUMBER : Types.BOOL;
        int mark = ev.diags.size();
        HclValue given = ev.eval(u.operand);
        HclValue v = given;
        try {
            v = Convert.convert(given, param);
        } catch (Convert.Failure f) {
            ev.error(u.operand.start, "Invalid operand", "Unsuitable value for unary operand: " + f.getMessage() + ".");
        }
        if (ev.errorsSince(mark)) {
            return Values.unknown(param);
        }
        if (v.isNull()) {
            ev.error(u.start, "Operation failed", "Error during operation: argument must not be null.");
            return Values.unknown(param);
        }
        if (!v.isKnown()) {
            return Values.unknownNotNull(param);
        }
        return u.op == '-' ? HclValue.of(Values.num(v).negate()) : HclValue.of(!Values.isTrue(v));
    }

    // ------------------------------------------------------------------ traversal steps

    /** {@code hcl.Index}. */
    static HclValue index(Evaluator ev, HclValue coll, HclValue key, int at) {
        final String invalid = "Invalid index";
        if (coll.isNull()) {
            ev.error(at, "Attempt to index null value", "This value is null, so it does not have any indices.");
            return HclValue.UNKNOWN;
        }
        if (key.isNull()) {
            ev.error(at, invalid, "Can't use a null value as an indexing key.");
            return HclValue.UNKNOWN;
        }
        TypeConstraint ty = coll.type();
        if (Types.isDynamic(key.type()) || Types.isDynamic(ty)) {
            return HclValue.UNKNOWN;
        }
        if (Types.isList(ty) || Types.isTuple(ty) || Types.isMap(ty)) {
            TypeConstraint want = Types.isMap(ty) ? Types.STRING : Types.NUMBER;
            try {
                key = Convert.convert(key, want);
            } catch (Convert.Failure f) {
                ev.error(at, invalid, "The given key does not identify an element in this collection value: "
                        + f.getMessage() + ".");
                return HclValue.UNKNOWN;
            }
            if (!key.isKnown()) {
                return Types.isTuple(ty) ? HclValue.UNKNOWN : Values.unknown(Types.elem(ty));
            }
            if (Types.isMap(ty)) {
                if (!coll.isKnown()) {
                    return Values.unknown(Types.elem(ty));
                }
                HclValue v = coll.attributes().get(((HclValue.StringValue) key).value());
                if (v == null) {
                    ev.error(at, invalid, "The given key does not identify an element in this collection value.");
                    return HclValue.UNKNOWN;
                }
                return v;
            }
            if (Types.isList(ty) && !coll.isKnown()) {
                return Values.unknown(Types.elem(ty));
            }
            BigDecimal k = Values.num(key);
            Integer i = k.signum() >= 0 ? Values.intValue(k) : null;
            int length = Types.isTuple(ty) ? Types.tupleElems(ty).size() : coll.elements().size();
            if (i == null || i >= length) {
                if (k.stripTrailingZeros().scale() > 0) {
                    ev.error(at, invalid, "The given key does not identify an element in this collection value: "
                            + "indexing a sequence requires a whole number, but the given index has a fractional part.");
                } else if (k.signum() < 0) {
                    ev.error(at, invalid, "The given key does not identify an element in this collection value: a "
                            + "negative number is not a valid index for a sequence.");
                } else if (length == 0) {
                    ev.error(at, invalid, "The given key does not identify an element in this collection value: the "
                            + "collection has no elements.");
                } else {
                    ev.error(at, invalid, "The given key does not identify an element in this collection value: the "
                            + "given index is greater than or equal to the length of the collection.");
                }
                return HclValue.UNKNOWN;
            }
            if (!coll.isKnown()) {
                return Values.unknown(Types.tupleElems(ty).get(i));
            }
            return coll.elements().get(i);
        }
        if (Types.isObject(ty)) {
            boolean wasNumber = key.type().equals(Types.NUMBER);
            try {
                key = Convert.convert(key, Types.STRING);
            } catch (Convert.Failure f) {
                ev.error(at, invalid, "The given key does not identify an element in this collection value: "
                        + f.getMessage() + ".");
                return HclValue.UNKNOWN;
            }
            if (!key.isKnown()) {
                return HclValue.UNKNOWN;
            }
            String name = ((HclValue.StringValue) key).value();
            TypeConstraint aty = Types.attrType(ty, name);
            if (aty == null) {
                ev.error(at, invalid, "The given key does not identify an element in this collection value."
                        + (wasNumber ? " An object only supports looking up attributes by name, not by numeric index."
                                : ""));
                return HclValue.UNKNOWN;
            }
            return coll.isKnown() ? coll.attributes().get(name) : Values.unknown(aty);
        }
        if (Types.isSet(ty)) {
            ev.error(at, invalid, "Elements of a set are identified only by their value and don't have any separate "
                    + "index or key to select with, so it's only possible to perform operations across all elements of "
                    + "the set.");
            return HclValue.UNKNOWN;
        }
        ev.error(at, invalid, "This value does not have any indices.");
        return HclValue.UNKNOWN;
    }

    /** {@code hcl.GetAttr}. */
    static HclValue getAttr(Evaluator ev, HclValue obj, String name, int at) {
        if (obj.isNull()) {
            ev.error(at, "Attempt to get attribute from null value", "This value is null, so it does not have any "
                    + "attributes.");
            return HclValue.UNKNOWN;
        }
        final String unsupported = "Unsupported attribute";
        TypeConstraint ty = obj.type();
        // cty looks attributes and map keys up in normal form C; messages name them as written
        String normal = Graphemes.nfc(name);
        if (Types.isObject(ty)) {
            TypeConstraint aty = Types.attrType(ty, normal);
            if (aty == null) {
                ev.error(at, unsupported, "This object does not have an attribute named " + Convert.quote(name) + ".");
                return HclValue.UNKNOWN;
            }
            return obj.isKnown() ? obj.attributes().get(normal) : Values.unknown(aty);
        }
        if (Types.isMap(ty)) {
            if (!obj.isKnown()) {
                return Values.unknown(Types.elem(ty));
            }
            HclValue v = obj.attributes().get(normal);
            if (v == null) {
                ev.error(at, "Missing map element", "This map does not have an element with the key "
                        + Convert.quote(name) + ".");
                return HclValue.UNKNOWN;
            }
            return v;
        }
        if (Types.isDynamic(ty)) {
            return HclValue.UNKNOWN;
        }
        if (Types.isList(ty) && Types.isObject(Types.elem(ty))) {
            if (Types.attrType(Types.elem(ty), normal) != null) {
                ev.error(at, unsupported, "Can't access attributes on a list of objects. Did you mean to access "
                        + "attribute " + Convert.quote(name) + " for a specific element of the list, or across all "
                        + "elements of the list?");
            } else {
                ev.error(at, unsupported, "Can't access attributes on a list of objects. Did you mean to access an "
                        + "attribute for a specific element of the list, or across all elements of the list?");
            }
            return HclValue.UNKNOWN;
        }
        if (Types.isSet(ty) && Types.isObject(Types.elem(ty))) {
            ev.error(at, unsupported, "Can't access attributes on a set of objects. Did you mean to access an "
                    + "attribute across all elements of the set?");
            return HclValue.UNKNOWN;
        }
        if (Types.isPrimitive(ty)) {
            ev.error(at, unsupported, "Can't access attributes on a primitive-typed value (" + Types.friendly(ty)
                    + ").");
            return HclValue.UNKNOWN;
        }
        ev.error(at, unsupported, "This value does not have any attributes.");
        return HclValue.UNKNOWN;
    }

}
