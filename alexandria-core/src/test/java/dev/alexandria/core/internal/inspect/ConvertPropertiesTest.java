package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.impl.Constraint.between;

import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.TypeConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The one-pass conversions that make typed defaults cheap agree with cty's general conversion: whenever the
 * fast path gives a value, it is the value that applying {@code optional()} defaults and then converting gives.
 */
class ConvertPropertiesTest {

    record Case(TypeConstraint type, HclValue value) {
    }

    private static QuickTheory qt() {
        QuickTheory q = QuickTheory.qt().withExamples(1000);
        return System.getenv("CI") != null ? q.withFixedSeed(20_261_130L) : q;
    }

    private static int pick(RandomnessSource in, int n) {
        return (int) in.next(between(0, n - 1));
    }

    static TypeConstraint type(RandomnessSource in, int depth) {
        int k = pick(in, depth <= 0 ? 3 : 8);
        switch (k) {
            case 0:
                return TypeConstraint.STRING;
            case 1:
                return TypeConstraint.NUMBER;
            case 2:
                return TypeConstraint.BOOL;
            case 3:
            case 4:
            case 5:
                return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.values()[k - 3],
                        type(in, depth - 1));
            case 6: {
                List<TypeConstraint> els = new ArrayList<>();
                for (int i = pick(in, 3); i > 0; i--) {
                    els.add(type(in, depth - 1));
                }
                return new TypeConstraint.TupleType(els);
            }
            default: {
                List<TypeConstraint.Attribute> attrs = new ArrayList<>();
                String[] names = {"b", "a", "c"};
                for (int i = pick(in, 3) + 1; i > 0; i--) {
                    TypeConstraint at = type(in, depth - 1);
                    boolean optional = pick(in, 2) == 0;
                    Optional<LiteralValue> def = optional && pick(in, 2) == 0
                            ? Optional.ofNullable(Evaluator.toLiteral(value(in, at, 1))) : Optional.empty();
                    attrs.add(new TypeConstraint.Attribute(names[i - 1], at, optional, def));
                }
                return new TypeConstraint.ObjectType(attrs);
            }
        }
    }

    /** A value that mostly fits {@code t}, sometimes with a missing attribute or a string for a number. */
    static HclValue value(RandomnessSource in, TypeConstraint t, int depth) {
        int mutate = pick(in, 12);
        if (t instanceof TypeConstraint.Primitive p) {
            switch (p.type()) {
                case STRING:
                    return mutate == 0 ? HclValue.of(pick(in, 5)) : HclValue.of(new String[] {"a", "1", "true", ""}
                            [pick(in, 4)]);
                case NUMBER:
                    return mutate == 0 ? HclValue.of(String.valueOf(pick(in, 9))) : HclValue.of(pick(in, 9) - 2);
                default:
                    return mutate == 0 ? HclValue.of("false") : HclValue.of(pick(in, 2) == 0);
            }
        }
        if (t instanceof TypeConstraint.Collection c) {
            List<HclValue> els = new ArrayList<>();
            for (int i = pick(in, 3); i > 0; i--) {
                els.add(value(in, c.element(), depth - 1));
            }
            if (c.kind() == TypeConstraint.Collection.Kind.MAP) {
                Map<String, HclValue> m = new LinkedHashMap<>();
                for (int i = 0; i < els.size(); i++) {
                    m.put("k" + i, els.get(i));
                }
                return new HclValue.ObjectValue(m);
            }
            return new HclValue.TupleValue(els);
        }
        if (t instanceof TypeConstraint.TupleType tt) {
            List<HclValue> els = new ArrayList<>();
            for (TypeConstraint e : tt.elements()) {
                els.add(value(in, e, depth - 1));
            }
            return new HclValue.TupleValue(els);
        }
        Map<String, HclValue> attrs = new LinkedHashMap<>();
        for (TypeConstraint.Attribute a : ((TypeConstraint.ObjectType) t).attributes()) {
            if (pick(in, 4) != 0) {
                attrs.put(a.name(), pick(in, 10) == 0 ? HclValue.NULL : value(in, a.type(), depth - 1));
            }
        }
        if (mutate == 0) {
            attrs.put("extra", HclValue.of(1));
        }
        return new HclValue.ObjectValue(attrs);
    }

    static final Gen<Case> CASES = in -> {
        TypeConstraint t = type(in, 3);
        return new Case(t, value(in, t, 3));
    };

    @Test
    void fastConversion_givesWhatDefaultsThenConversionGive() {
        qt().forAll(CASES).checkAssert(c -> {
            HclValue fast = Convert.fast(c.value(), c.type(), TypeDefaults.hasDefaults(c.type())
                    ? new java.util.IdentityHashMap<>() : null);
            if (fast == null) {
                return;
            }
            HclValue general;
            try {
                general = Convert.convert(TypeDefaults.apply(c.type(), c.value()), c.type());
            } catch (Convert.Failure f) {
                throw new AssertionError("the fast path converted " + c + " where cty fails: " + f.getMessage());
            }
            assertEquals(general, fast, c::toString);
        });
    }

    @Test
    void fastLiteralConversion_givesWhatTheValuePathGives() {
        qt().forAll(CASES).checkAssert(c -> {
            LiteralValue lit = Evaluator.toLiteral(c.value());
            HclValue fast = Convert.fastLiteral(lit, c.type(), TypeDefaults.hasDefaults(c.type())
                    ? new java.util.IdentityHashMap<>() : null);
            if (fast == null) {
                return;
            }
            try {
                assertEquals(TypeDefaults.applyAndConvert(c.type(), Evaluator.literal(lit)), fast, c::toString);
            } catch (Convert.Failure f) {
                throw new AssertionError("the literal fast path converted " + c + " where cty fails: " + f.getMessage());
            }
        });
    }
}
