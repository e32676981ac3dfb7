package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.TypeConstraint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * cty's operations on values (zclconf/go-cty v1.18 {@code value_ops.go}): equality, comparison, logic,
 * arithmetic and length, with unknown values and their refinements ({@code NotNull}, string prefix, number
 * bounds, collection length bounds) propagated as cty propagates them. Stateless.
 */
final class Values {

    /** Division and the like keep this many significant digits; cty's numbers have 512-bit mantissas. */
    static final MathContext PRECISION = new MathContext(154, RoundingMode.HALF_EVEN);

    static final HclValue UNKNOWN_BOOL = new HclValue.UnknownValue(Types.BOOL, HclValue.Refinement.NOT_NULL);

    private Values() {
    }

    // ------------------------------------------------------------------ unknowns and refinements

    static HclValue unknown(TypeConstraint t) {
        return Types.isDynamic(t) ? HclValue.UNKNOWN : HclValue.unknown(t);
    }

    static HclValue unknownNotNull(TypeConstraint t) {
        return new HclValue.UnknownValue(t, HclValue.Refinement.NOT_NULL);
    }

    static HclValue.Refinement refinement(HclValue v) {
        return v instanceof HclValue.UnknownValue u ? u.refinement() : HclValue.Refinement.NONE;
    }

    /** cty's {@code RefineNotNull}: an unknown value becomes one known not to be null; others are unchanged. */
    static HclValue refineNotNull(HclValue v) {
        if (v instanceof HclValue.UnknownValue u && !u.refinement().notNull()) {
            HclValue.Refinement r = u.refinement();
            return new HclValue.UnknownValue(u.type(), new HclValue.Refinement(true, r.stringPrefix(), r.lowerBound(),
                    r.upperBound(), r.minLength(), r.maxLength()));
        }
        return v;
    }

    static HclValue refined(TypeConstraint t, boolean notNull, String prefix, Optional<HclValue.Bound> lower,
            Optional<HclValue.Bound> upper, long minLength, long maxLength) {
        if (Types.isDynamic(t)) {
            return notNull ? unknownNotNull(t) : HclValue.UNKNOWN;
        }
        return new HclValue.UnknownValue(t, new HclValue.Refinement(notNull, prefix, lower, upper, minLength,
                maxLength));
    }

    static boolean definitelyNotNull(HclValue v) {
        return v.isKnown() ? !v.isNull() : refinement(v).notNull();
    }

    static Optional<HclValue.Bound> lowerBound(HclValue v) {
        if (v instanceof HclValue.NumberValue n) {
            return Optional.of(new HclValue.Bound(n.value(), true));
        }
        return refinement(v).lowerBound();
    }

    static Optional<HclValue.Bound> upperBound(HclValue v) {
        if (v instanceof HclValue.NumberValue n) {
            return Optional.of(new HclValue.Bound(n.value(), true));
        }
        return refinement(v).upperBound();
    }

    /**
     * Whether the number of a known set's elements is not known: cty never merges an element that is not wholly
     * known with another, so {@code toset(["a", var.s])} holds one element or two, depending on {@code var.s}.
     */
    static boolean hasUnknownLength(HclValue v) {
        return Types.isSet(v.type()) && v.isKnown() && !v.isWhollyKnown() && v.elements().size() > 1;
    }

    static long minLength(HclValue v) {
        if (v.isKnown() && !v.isNull()) {
            return lengthOf(v);
        }
        if (Types.isTuple(v.type())) {
            return Types.tupleElems(v.type()).size();
        }
        return refinement(v).minLength();
    }

    static long maxLength(HclValue v) {
        if (v.isKnown() && !v.isNull()) {
            return lengthOf(v);
        }
        if (Types.isTuple(v.type())) {
            return Types.tupleElems(v.type()).size();
        }
        return refinement(v).maxLength();
    }

    private static long lengthOf(HclValue v) {
        return switch (v.kind()) {
            case TUPLE, LIST, SET -> v.elements().size();
            case OBJECT, MAP -> v.attributes().size();
            default -> 0;
        };
    }

    /** cty's {@code ValueRange.Includes}: false when the refinements of {@code range} rule {@code v} out. */
    private static boolean excludes(HclValue range, HclValue v) {
        HclValue.Refinement r = refinement(range);
        if (v.isNull()) {
            return r.notNull();
        }
        if (!v.isKnown() || Types.isDynamic(range.type()) || !v.type().equals(range.type())) {
            return false;
        }
        if (v instanceof HclValue.StringValue s) {
            return !s.value().startsWith(r.stringPrefix());
        }
        if (v instanceof HclValue.NumberValue n) {
            if (r.lowerBound().isPresent()) {
                int c = n.value().compareTo(r.lowerBound().get().value());
                if (c < 0 || (c == 0 && !r.lowerBound().get().inclusive())) {
                    return true;
                }
            }
            if (r.upperBound().isPresent()) {
                int c = n.value().compareTo(r.upperBound().get().value());
                if (c > 0 || (c == 0 && !r.upperBound().get().inclusive())) {
                    return true;
                }
            }
            return false;
        }
        if (Types.isCollection(v.type())) {
            long len = lengthOf(v);
            return len < r.minLength() || len > r.maxLength();
        }
        return false;
    }

    // ------------------------------------------------------------------ equality and logic

    /** cty's {@code Value.Equals}: exact types, unknown where it cannot be decided. */
    static HclValue equal(HclValue a, HclValue b) {
        if ((a.isNull() && definitelyNotNull(b)) || (b.isNull() && definitelyNotNull(a))) {
            return HclValue.FALSE;
        }
        if (a.isKnown() && !b.isKnown() && excludes(b, a)) {
            return HclValue.FALSE;
        }
        if (b.isKnown() && !a.isKnown() && excludes(a, b)) {
            return HclValue.FALSE;
        }
        if (!a.isKnown() && !b.isKnown()) {
            return UNKNOWN_BOOL;
        }
        if (!b.isKnown()) {
            return a.isNull() || Types.hasDynamic(b.type()) || a.type().equals(b.type()) ? UNKNOWN_BOOL
                    : HclValue.FALSE;
        }
        if (!a.isKnown()) {
            return b.isNull() || Types.hasDynamic(a.type()) || b.type().equals(a.type()) ? UNKNOWN_BOOL
                    : HclValue.FALSE;
        }
        if (a.isNull() && b.isNull()) {
            return HclValue.TRUE;
        }
        if (a.isNull() || b.isNull()) {
            return HclValue.FALSE;
        }
        TypeConstraint ta = a.type();
        TypeConstraint tb = b.type();
        if (Types.hasDynamic(ta) || Types.hasDynamic(tb)) {
            if (!conforms(ta, tb) && !conforms(tb, ta)) {
                return HclValue.FALSE;
            }
            return UNKNOWN_BOOL;
        }
        if (!ta.equals(tb)) {
            return HclValue.FALSE;
        }
        switch (a.kind()) {
            case NUMBER:
                return HclValue.of(((HclValue.NumberValue) a).value().compareTo(((HclValue.NumberValue) b).value())
                        == 0);
            case STRING:
            case BOOL:
                return HclValue.of(a.equals(b));
            case TUPLE:
            case LIST: {
                List<HclValue> x = a.elements();
                List<HclValue> y = b.elements();
                if (x.size() != y.size()) {
                    return HclValue.FALSE;
                }
                for (int i = 0; i < x.size(); i++) {
                    HclValue eq = equal(x.get(i), y.get(i));
                    if (!eq.isKnown()) {
                        return UNKNOWN_BOOL;
                    }
                    if (eq == HclValue.FALSE) {
                        return HclValue.FALSE;
                    }
                }
                return HclValue.TRUE;
            }
            case SET: {
                for (HclValue e : a.elements()) {
                    if (!e.isKnown()) {
                        return UNKNOWN_BOOL;
                    }
                }
                for (HclValue e : b.elements()) {
                    if (!e.isKnown()) {
                        return UNKNOWN_BOOL;
                    }
                }
                return HclValue.of(a.elements().size() == b.elements().size() && a.elements().containsAll(b.elements()));
            }
            default: {
                Map<String, HclValue> x = a.attributes();
                Map<String, HclValue> y = b.attributes();
                if (x.size() != y.size()) {
                    return HclValue.FALSE;
                }
                boolean result = true;
                for (Map.Entry<String, HclValue> e : x.entrySet()) {
                    HclValue other = y.get(e.getKey());
                    if (other == null) {
                        return HclValue.FALSE;
                    }
                    HclValue eq = equal(e.getValue(), other);
                    if (!eq.isKnown()) {
                        return UNKNOWN_BOOL;
                    }
                    if (eq == HclValue.FALSE) {
                        result = false;
                        break;
                    }
                }
                return HclValue.of(result);
            }
        }
    }

    /** cty's {@code TestConformance}: whether a value of {@code given} fits {@code want} (dynamic matches all). */
    static boolean conforms(TypeConstraint given, TypeConstraint want) {
        if (Types.isDynamic(want) || Types.isDynamic(given)) {
            return true;
        }
        if (given instanceof TypeConstraint.Collection cg && want instanceof TypeConstraint.Collection cw) {
            return cg.kind() == cw.kind() && conforms(cg.element(), cw.element());
        }
        if (Types.isTuple(given) && Types.isTuple(want)) {
            List<TypeConstraint> g = Types.tupleElems(given);
            List<TypeConstraint> w = Types.tupleElems(want);
            if (g.size() != w.size()) {
                return false;
            }
            for (int i = 0; i < g.size(); i++) {
                if (!conforms(g.get(i), w.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (Types.isObject(given) && Types.isObject(want)) {
            Map<String, TypeConstraint> g = Types.attrs(given);
            Map<String, TypeConstraint> w = Types.attrs(want);
            if (!g.keySet().equals(w.keySet())) {
                return false;
            }
            for (Map.Entry<String, TypeConstraint> e : w.entrySet()) {
                if (!conforms(g.get(e.getKey()), e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return given.equals(want);
    }

    static boolean isTrue(HclValue v) {
        return v instanceof HclValue.BoolValue b && b.value();
    }

    static boolean isFalse(HclValue v) {
        return v instanceof HclValue.BoolValue b && !b.value();
    }

    /** cty's {@code Or}, used by the comparisons. */
    static HclValue or(HclValue a, HclValue b) {
        if (isTrue(a) || isTrue(b)) {
            return HclValue.TRUE;
        }
        if (!a.isKnown() || !b.isKnown()) {
            return UNKNOWN_BOOL;
        }
        return HclValue.FALSE;
    }

    // ------------------------------------------------------------------ numbers

    static BigDecimal num(HclValue v) {
        return ((HclValue.NumberValue) v).value();
    }

    /** cty's {@code LessThan}, bounds of unknown numbers included. */
    static HclValue lessThan(HclValue a, HclValue b) {
        if (!a.isKnown() || !b.isKnown()) {
            Optional<HclValue.Bound> aMax = upperBound(a);
            Optional<HclValue.Bound> bMin = lowerBound(b);
            if (aMax.isPresent() && bMin.isPresent() && aMax.get().value().compareTo(bMin.get().value()) < 0) {
                return HclValue.TRUE;
            }
            Optional<HclValue.Bound> aMin = lowerBound(a);
            Optional<HclValue.Bound> bMax = upperBound(b);
            if (aMin.isPresent() && bMax.isPresent() && aMin.get().value().compareTo(bMax.get().value()) > 0) {
                return HclValue.FALSE;
            }
            return UNKNOWN_BOOL;
        }
        return HclValue.of(num(a).compareTo(num(b)) < 0);
    }

    static HclValue greaterThan(HclValue a, HclValue b) {
        return lessThan(b, a);
    }

    static String numberText(BigDecimal d) {
        return Literals.numberText(d);
    }

    /** @return the value as an int if it is a whole number in range, else null */
    static Integer intValue(BigDecimal d) {
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
