package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleInterfaceTest {

    private static InputVariable variable(String name, String file) {
        return InputVariable.builder(name, SourceLocation.of(file, 1, 1)).build();
    }

    @Test
    void ownVariableCount_skipsVariablesOfBoilerplateFiles() {
        ModuleInterface mi = new ModuleInterface("m", List.of(variable("a", "m/main.tf"), variable("b", "m/context.tf"),
                variable("c", "m\\sub\\context.tf")), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), Set.of("context.tf"));
        assertEquals(1, mi.ownVariableCount());
        assertTrue(mi.variable("b").isPresent());
        assertTrue(mi.variables().get(0).required());
    }

    @Test
    void literalValues_renderAsHcl() {
        Map<String, LiteralValue> m = new LinkedHashMap<>();
        m.put("name", LiteralValue.of("a \"q\" ${x}\n"));
        m.put("two words", new LiteralValue.ListValue(List.of(new LiteralValue.NumberValue(new BigDecimal("1.50")),
                new LiteralValue.BoolValue(true), LiteralValue.nullValue())));
        assertEquals("{name = \"a \\\"q\\\" $${x}\\n\", \"two words\" = [1.5, true, null]}",
                new LiteralValue.MapValue(m).hcl());
        assertEquals("var.x", new LiteralValue.NonLiteral("var.x").hcl());
        assertEquals("\"bell\\u0007 tab\\t\"", LiteralValue.of("bell\u0007 tab\t").hcl());
    }

    @Test
    void numbers_areEqualRegardlessOfScale() {
        assertEquals(new LiteralValue.NumberValue(new BigDecimal("1.0")), new LiteralValue.NumberValue(BigDecimal.ONE));
        assertEquals(new LiteralValue.NumberValue(new BigDecimal("1.0")).hashCode(),
                new LiteralValue.NumberValue(BigDecimal.ONE).hashCode());
        assertNotEquals(new LiteralValue.NumberValue(BigDecimal.ONE), new LiteralValue.NumberValue(BigDecimal.TEN));
    }

    @Test
    void typeConstraints_renderCanonically() {
        TypeConstraint t = new TypeConstraint.Collection(TypeConstraint.Collection.Kind.MAP, new TypeConstraint.ObjectType(
                List.of(new TypeConstraint.Attribute("a", TypeConstraint.STRING, false, Optional.empty()),
                        new TypeConstraint.Attribute("b", new TypeConstraint.TupleType(List.of(TypeConstraint.NUMBER,
                                TypeConstraint.BOOL)), true, Optional.of(new LiteralValue.ListValue(List.of()))))));
        assertEquals("map(object({a = string, b = optional(tuple([number, bool]), [])}))", t.render());
    }

    @Test
    void invalidValues_cannotBeBuilt() {
        assertEquals("a default needs an optional attribute: a", assertThrows(IllegalArgumentException.class,
                () -> new TypeConstraint.Attribute("a", TypeConstraint.ANY, false, Optional.of(LiteralValue.of("x"))))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProviderConfigRef.of(" "));
        assertThrows(IllegalArgumentException.class, () -> Diagnostic.error(" ", "", SourceLocation.of("f")));
        assertThrows(NullPointerException.class, () -> new ModuleCallRef("m", null, Optional.empty(),
                SourceLocation.of("f")));
        assertEquals("aws.east", ProviderConfigRef.of("aws", "east").key());
        assertEquals("f:3:4: error: Bad; fix it", Diagnostic.error("Bad", "fix it", SourceLocation.of("f", 3, 4))
                .toString());
    }
}
