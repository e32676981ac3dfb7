package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HclValueTest {

    private static final TypeConstraint LIST_OF_STRING = new TypeConstraint.Collection(
            TypeConstraint.Collection.Kind.LIST, TypeConstraint.STRING);

    @Test
    void strings_areKeptInNormalFormC() {
        assertEquals("\u00e9", ((HclValue.StringValue) HclValue.of("e\u0301")).value());
        assertEquals(HclValue.of("\u00e9"), HclValue.of("e\u0301"));
    }

    @Test
    void attributeNamesAndMapKeys_areKeptInNormalFormC_asCtysObjectValAndMapValKeepThem() {
        HclValue o = HclValue.object(Map.of("cafe\u0301", HclValue.of(1)));
        assertEquals(List.of("caf\u00e9"), List.copyOf(o.attributes().keySet()));
        assertEquals(HclValue.object(Map.of("caf\u00e9", HclValue.of(1))), o);
        HclValue m = HclValue.mapOf(TypeConstraint.NUMBER, Map.of("e\u0301", HclValue.of(1), "f", HclValue.of(2)));
        assertEquals(List.of("f", "\u00e9"), List.copyOf(m.attributes().keySet()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HclValue.object(
                Map.of("e\u0301", HclValue.of(1), "\u00e9", HclValue.of(2))));
        assertEquals("two keys are \"\u00e9\" in Unicode normal form C; give each name once", e.getMessage());
        TypeConstraint.Attribute a = new TypeConstraint.Attribute("e\u0301", TypeConstraint.STRING, false,
                Optional.empty());
        assertEquals("\u00e9", a.name());
        assertEquals(Optional.of(a), new TypeConstraint.ObjectType(List.of(a)).attribute("e\u0301"));
    }

    @Test
    void aSet_dropsDuplicateKnownElements_butKeepsEveryUnknownOne_whichMayStandForAnyValue() {
        HclValue u = HclValue.unknown(TypeConstraint.STRING);
        assertEquals(List.of(HclValue.of("a")), HclValue.setOf(TypeConstraint.STRING, List.of(HclValue.of("a"),
                HclValue.of("a"))).elements());
        assertEquals(List.of(HclValue.of("a"), u, u), HclValue.setOf(TypeConstraint.STRING, List.of(u,
                HclValue.of("a"), u, HclValue.of("a"))).elements());
    }

    @Test
    void numbers_areEqualRegardlessOfScale() {
        assertEquals(HclValue.of(new BigDecimal("1.50")), HclValue.of(new BigDecimal("1.5")));
        assertEquals(HclValue.of(new BigDecimal("1.50")).hashCode(), HclValue.of(new BigDecimal("1.5")).hashCode());
        assertEquals(HclValue.of(BigDecimal.ZERO).hashCode(), HclValue.of(new BigDecimal("0.00")).hashCode());
        assertNotEquals(HclValue.of(1), HclValue.of(2));
    }

    @Test
    void collections_haveOneElementType_whichTheConstructorChecks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HclValue.listOf(TypeConstraint.STRING, List.of(HclValue.of("a"), HclValue.of(1))));
        assertEquals("every list element must have type string, but one has number: 1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HclValue.mapOf(TypeConstraint.NUMBER,
                Map.of("a", HclValue.of("x"))));
    }

    @Test
    void sets_areDistinctAndOrdered_asCtyOrdersThem() {
        HclValue s = HclValue.setOf(TypeConstraint.STRING, List.of(HclValue.of("b"), HclValue.of("a"), HclValue.of("b"),
                HclValue.unknown(TypeConstraint.STRING)));
        assertEquals("toset([\"a\", \"b\", (known after apply)])", s.hcl());
        HclValue n = HclValue.setOf(TypeConstraint.NUMBER, List.of(HclValue.of(10), HclValue.of(9),
                HclValue.of(new BigDecimal("9.0"))));
        assertEquals("toset([9, 10])", n.hcl());
    }

    @Test
    void objectAttributesAndMapKeys_areSortedByCodePoint() {
        HclValue o = HclValue.object(Map.of("b", HclValue.of(1), "a", HclValue.TRUE, "\uD83D\uDE00", HclValue.NULL,
                "\uFFFD", HclValue.NULL));
        assertEquals(List.of("a", "b", "\uFFFD", "\uD83D\uDE00"), List.copyOf(o.attributes().keySet()));
    }

    @Test
    void types_ofValues() {
        HclValue t = HclValue.tuple(List.of(HclValue.of("a"), HclValue.of(1)));
        assertEquals("tuple([string, number])", t.type().render());
        assertEquals("object({a = bool, b = number})", HclValue.object(Map.of("b", HclValue.of(1), "a", HclValue.TRUE))
                .type().render());
        assertEquals("list(string)", HclValue.listOf(TypeConstraint.STRING, List.of()).type().render());
        assertEquals(TypeConstraint.ANY, HclValue.NULL.type());
        assertEquals(LIST_OF_STRING, HclValue.nullOf(LIST_OF_STRING).type());
    }

    @Test
    void elementTypes_areCanonical_soObjectAttributeOrderDoesNotMatter() {
        TypeConstraint written = new TypeConstraint.ObjectType(List.of(
                new TypeConstraint.Attribute("b", TypeConstraint.NUMBER, true, Optional.of(LiteralValue.of("x"))),
                new TypeConstraint.Attribute("a", TypeConstraint.STRING, false, Optional.empty())));
        HclValue element = HclValue.object(Map.of("a", HclValue.of("s"), "b", HclValue.of(1)));
        HclValue list = HclValue.listOf(written, List.of(element));
        assertEquals("object({a = string, b = number})", ((HclValue.ListValue) list).elementType().render());
    }

    @Test
    void knownness_andAccessors() {
        HclValue partly = HclValue.tuple(List.of(HclValue.of(1), HclValue.unknown(TypeConstraint.STRING)));
        assertEquals(true, partly.isKnown());
        assertEquals(false, partly.isWhollyKnown());
        assertEquals(false, HclValue.UNKNOWN.isKnown());
        assertEquals(Optional.of("a"), HclValue.of("a").asString());
        assertEquals(Optional.of(BigDecimal.ONE), HclValue.of(1).asNumber());
        assertEquals(Optional.of(true), HclValue.TRUE.asBool());
        assertEquals(Optional.empty(), HclValue.NULL.asString());
        assertEquals(List.of(), HclValue.of("a").elements());
        assertEquals(Map.of(), HclValue.of("a").attributes());
    }

    @Test
    void hcl_spellsValuesAsTerraformShowsThem() {
        assertEquals("{\"a b\" = \"$${x}\\n\", n = 1.5, \"null\" = null}", HclValue.object(Map.of("a b",
                HclValue.of("${x}\n"), "n", HclValue.of(new BigDecimal("1.50")), "null", HclValue.NULL)).hcl());
        assertEquals("tomap({a = 1})", HclValue.mapOf(TypeConstraint.NUMBER, Map.of("a", HclValue.of(1))).hcl());
        assertEquals("(known after apply)", HclValue.UNKNOWN.hcl());
    }

    @Test
    void refinements_validateTheirLengthBounds() {
        assertEquals("length bounds must satisfy 0 <= min <= max: 3, 2", assertThrows(IllegalArgumentException.class,
                () -> new HclValue.Refinement(false, "", Optional.empty(), Optional.empty(), 3, 2)).getMessage());
        assertThrows(NullPointerException.class, () -> new HclValue.UnknownValue(TypeConstraint.ANY, null));
    }
}
