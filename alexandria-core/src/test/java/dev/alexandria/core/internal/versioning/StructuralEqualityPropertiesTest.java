package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.TypeConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TypeCompatibility#sameType} and {@link TypeCompatibility#sameLiteral} say what the records' {@code equals}
 * says, for types and values built from small alphabets (so that equal ones built apart are common), and for a
 * value and its copy built apart.
 */
class StructuralEqualityPropertiesTest {

    private static TypeConstraint type(Random r, int depth) {
        switch (depth == 0 ? r.nextInt(2) : r.nextInt(6)) {
            case 0:
                return new TypeConstraint.Primitive(TypeConstraint.Primitive.Type.values()[r.nextInt(3)]);
            case 1:
                return new TypeConstraint.AnyType();
            case 2:
            case 3:
                return new TypeConstraint.Collection(TypeConstraint.Collection.Kind.values()[r.nextInt(3)],
                        type(r, depth - 1));
            case 4: {
                List<TypeConstraint> elements = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    elements.add(type(r, depth - 1));
                }
                return new TypeConstraint.TupleType(elements);
            }
            default: {
                List<TypeConstraint.Attribute> attributes = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    boolean optional = r.nextBoolean();
                    attributes.add(new TypeConstraint.Attribute("a" + r.nextInt(2), type(r, depth - 1), optional,
                            optional && r.nextBoolean() ? Optional.of(literal(r, 1)) : Optional.empty()));
                }
                return new TypeConstraint.ObjectType(attributes);
            }
        }
    }

    private static LiteralValue literal(Random r, int depth) {
        switch (depth == 0 ? r.nextInt(5) : r.nextInt(7)) {
            case 0:
                return new LiteralValue.StringValue("s" + r.nextInt(2));
            case 1:
                return new LiteralValue.NumberValue(r.nextBoolean() ? new BigDecimal("1") : new BigDecimal("1.0"));
            case 2:
                return new LiteralValue.BoolValue(r.nextBoolean());
            case 3:
                return new LiteralValue.NullValue();
            case 4:
                return new LiteralValue.NonLiteral("var.x" + r.nextInt(2));
            case 5: {
                List<LiteralValue> elements = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    elements.add(literal(r, depth - 1));
                }
                return new LiteralValue.ListValue(elements);
            }
            default: {
                Map<String, LiteralValue> entries = new LinkedHashMap<>();
                for (int i = r.nextInt(3); i > 0; i--) {
                    entries.put("k" + r.nextInt(2), literal(r, depth - 1));
                }
                return new LiteralValue.MapValue(entries);
            }
        }
    }

    @Test
    void sameType_isTheRecordsEquals() {
        qt().withExamples(3000).forAll(longs().all(), longs().all()).checkAssert((x, y) -> {
            TypeConstraint a = type(new Random(x), 2);
            TypeConstraint b = type(new Random(y), 2);
            assertEquals(a.equals(b), TypeCompatibility.sameType(a, b), a + " / " + b);
            assertTrue(TypeCompatibility.sameType(a, type(new Random(x), 2)), a.toString());
        });
    }

    @Test
    void sameLiteral_isTheRecordsEquals() {
        qt().withExamples(3000).forAll(longs().all(), longs().all()).checkAssert((x, y) -> {
            LiteralValue a = literal(new Random(x), 2);
            LiteralValue b = literal(new Random(y), 2);
            assertEquals(a.equals(b), TypeCompatibility.sameLiteral(a, b), a + " / " + b);
            assertTrue(TypeCompatibility.sameLiteral(a, literal(new Random(x), 2)), a.toString());
        });
    }

    @Test
    void numbersOfEveryScale_andMapsInAnyOrder_areTheSame() {
        assertTrue(TypeCompatibility.sameLiteral(new LiteralValue.NumberValue(new BigDecimal("1")),
                new LiteralValue.NumberValue(new BigDecimal("1.00"))));
        Map<String, LiteralValue> ab = new LinkedHashMap<>();
        ab.put("a", new LiteralValue.BoolValue(true));
        ab.put("b", new LiteralValue.StringValue("x"));
        Map<String, LiteralValue> ba = new LinkedHashMap<>();
        ba.put("b", new LiteralValue.StringValue("x"));
        ba.put("a", new LiteralValue.BoolValue(true));
        assertTrue(TypeCompatibility.sameLiteral(new LiteralValue.MapValue(ab), new LiteralValue.MapValue(ba)));
        assertEquals(false, TypeCompatibility.sameLiteral(new LiteralValue.ListValue(List.of()),
                new LiteralValue.MapValue(Map.of())));
    }
}
