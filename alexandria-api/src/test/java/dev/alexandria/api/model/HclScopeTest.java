package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HclScopeTest {

    @Test
    void none_allowsNoReferences() {
        assertEquals(false, HclScope.none().referencesAllowed());
        assertEquals(true, HclScope.builder().build().referencesAllowed());
    }

    @Test
    void builder_setsValues_andBuildLeavesItUnchanged() {
        HclScope.Builder b = HclScope.builder().variable("a", HclValue.of(1)).variables(Map.of("b", HclValue.TRUE))
                .local("l", HclValue.of("x")).pathModule("modules/web").workspace("prod");
        HclScope one = b.build();
        b.variable("a", HclValue.of(2));
        assertEquals(HclValue.of(1), one.variables().get("a"));
        assertEquals(List.of("a", "b"), List.copyOf(one.variables().keySet()));
        assertEquals("modules/web", one.pathModule());
        assertEquals("prod", one.workspace());
        assertEquals(".", one.pathRoot());
        assertEquals("HclScope.Builder{variables=[a, b], locals=[l]}", b.toString());
    }

    @Test
    void countAndEach_replaceEachOther() {
        HclScope counted = HclScope.builder().each(HclValue.of("k"), HclValue.of(1)).countIndex(2).build();
        assertEquals(Optional.of(HclValue.of(2)), counted.countIndex());
        assertEquals(Optional.empty(), counted.eachKey());
        HclScope each = counted.toBuilder().each(HclValue.of("k"), HclValue.of(1)).build();
        assertEquals(Optional.empty(), each.countIndex());
        assertEquals(Optional.of(HclValue.of(1)), each.eachValue());
    }

    @Test
    void badArguments_areRejected() {
        assertEquals("count.index must not be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> HclScope.builder().countIndex(-1)).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> HclScope.builder().variable(null,
                HclValue.NULL)).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class, () -> HclScope.builder().local("a", null))
                .getMessage());
        assertEquals("diagnostic", assertThrows(NullPointerException.class, () -> HclScope.builder().diagnostic(null))
                .getMessage());
    }

    @Test
    void evaluation_reportsErrorsAndKnownness() {
        Evaluation ok = new Evaluation(HclValue.of(1), List.of());
        assertEquals(true, ok.isWhollyKnown());
        Evaluation bad = new Evaluation(HclValue.UNKNOWN, List.of(Diagnostic.error("X", "", SourceLocation.of("f"))));
        assertEquals(true, bad.hasErrors());
        assertEquals(false, bad.isWhollyKnown());
    }

    @Test
    void inputVariable_needsBothDefaultsOrNeither() {
        SourceLocation at = SourceLocation.of("v.tf", 1, 1);
        assertEquals("defaultValue and typedDefault must both be present or both be empty: variable a",
                assertThrows(IllegalArgumentException.class, () -> new InputVariable("a", Optional.empty(),
                        TypeConstraint.ANY, Optional.of(LiteralValue.of("x")), Optional.empty(), "", false, true, false,
                        Optional.empty(), 0, at)).getMessage());
        assertEquals("validationCount must not be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> InputVariable.builder("a", at).validationCount(-1)).getMessage());
    }
}
