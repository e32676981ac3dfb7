package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumRulesTest {

    @Test
    void layer_ranksIdsAndTheDependencyRule() {
        assertEquals(1, Layer.FOUNDATIONS.rank());
        assertEquals(7, Layer.PATTERNS.rank());
        assertEquals("observability", Layer.OBSERVABILITY.id());
        assertEquals(Optional.of(Layer.DATA), Layer.fromId("data"));
        assertEquals(Optional.empty(), Layer.fromId("DATA"));
        assertTrue(Layer.PATTERNS.mayDependOn(Layer.FOUNDATIONS, DependencyPolicy.STRICT));
        assertTrue(Layer.COMPUTE.mayDependOn(Layer.COMPUTE, DependencyPolicy.DEFAULT));
        assertFalse(Layer.COMPUTE.mayDependOn(Layer.COMPUTE, DependencyPolicy.STRICT));
        assertFalse(Layer.FOUNDATIONS.mayDependOn(Layer.COMPUTE, DependencyPolicy.DEFAULT));
    }

    @Test
    void complexityTier_boundaries() {
        assertEquals(ComplexityTier.BASIC, ComplexityTier.forVariableCount(0));
        assertEquals(ComplexityTier.BASIC, ComplexityTier.forVariableCount(10));
        assertEquals(ComplexityTier.STANDARD, ComplexityTier.forVariableCount(11));
        assertEquals(ComplexityTier.STANDARD, ComplexityTier.forVariableCount(30));
        assertEquals(ComplexityTier.ADVANCED, ComplexityTier.forVariableCount(31));
        assertEquals("variable count must not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> ComplexityTier.forVariableCount(-1)).getMessage());
        assertEquals("at most 10", ComplexityTier.BASIC.range());
        assertEquals("11-30", ComplexityTier.STANDARD.range());
        assertEquals("more than 30", ComplexityTier.ADVANCED.range());
    }

    @Test
    void costCategory_boundaries() {
        assertEquals(CostCategory.LOW, CostCategory.forMonthlyCost(9.99));
        assertEquals(CostCategory.MEDIUM, CostCategory.forMonthlyCost(10));
        assertEquals(CostCategory.MEDIUM, CostCategory.forMonthlyCost(new BigDecimal("99.99")));
        assertEquals(CostCategory.HIGH, CostCategory.forMonthlyCost(100));
        assertEquals(CostCategory.HIGH, CostCategory.forMonthlyCost(1000));
        assertEquals(CostCategory.VERY_HIGH, CostCategory.forMonthlyCost(1000.01));
        assertEquals("very-high", CostCategory.VERY_HIGH.id());
        assertEquals(Optional.of(CostCategory.VERY_HIGH), CostCategory.fromId("very-high"));
        assertEquals("monthly cost must not be negative: -1",
                assertThrows(IllegalArgumentException.class,
                        () -> CostCategory.forMonthlyCost(BigDecimal.ONE.negate())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CostCategory.forMonthlyCost(Double.NaN));
    }

    /** The rule beta's refusals state is the one allowsVersion applies: any pre-release of a major >= 1. */
    @Test
    void versionRule_beta_statesThePreReleaseOfAnyMajor() {
        assertEquals("a pre-release of a major >= 1 (1.0.0-beta.N, 2.0.0-rc.N)", MaturityLevel.BETA.versionRule());
        assertTrue(MaturityLevel.BETA.allowsVersion("2.0.0-rc.1"));
        assertTrue(MaturityLevel.BETA.allowsVersion("1.0.0-beta.4"));
        assertFalse(MaturityLevel.BETA.allowsVersion("2.0.0"));
        assertFalse(MaturityLevel.BETA.allowsVersion("0.3.0-beta.1"));
    }

    @Test
    void finding_rendersLocationMessageAndHint() {
        Finding f = Finding.error("version-maturity",
                SourceLocation.of("_library/compute/containers/eks-standard/.alexandria.yaml", 12, 3),
                "maturity 'beta' needs a 1.0.0-beta.N version, found 0.4.0",
                "set version to 1.0.0-beta.1 or maturity to alpha");
        assertEquals("_library/compute/containers/eks-standard/.alexandria.yaml:12:3: maturity 'beta' needs a "
                + "1.0.0-beta.N version, found 0.4.0; set version to 1.0.0-beta.1 or maturity to alpha", f.toString());
        assertTrue(f.isError());
    }
}
