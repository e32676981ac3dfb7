package dev.alexandria.api.model;

import static dev.alexandria.api.model.MaturityLevel.ALPHA;
import static dev.alexandria.api.model.MaturityLevel.ARCHIVED;
import static dev.alexandria.api.model.MaturityLevel.BETA;
import static dev.alexandria.api.model.MaturityLevel.DEPRECATED;
import static dev.alexandria.api.model.MaturityLevel.EXPERIMENTAL;
import static dev.alexandria.api.model.MaturityLevel.MATURE;
import static dev.alexandria.api.model.MaturityLevel.STABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MaturityLevelTest {

    @Test
    void allowsVersion_followsTheTableOfTheLibraryFormat() {
        assertTrue(EXPERIMENTAL.allowsVersion("0.1.0"));
        assertTrue(ALPHA.allowsVersion("0.9.3-rc.1"));
        assertFalse(ALPHA.allowsVersion("1.0.0"));
        assertTrue(BETA.allowsVersion("1.0.0-beta.3"));
        assertTrue(BETA.allowsVersion("2.0.0-rc.1"));
        assertFalse(BETA.allowsVersion("0.4.0"));
        assertFalse(BETA.allowsVersion("1.0.0"));
        assertFalse(BETA.allowsVersion("0.4.0-beta.1"));
        assertTrue(STABLE.allowsVersion("1.0.0"));
        assertTrue(MATURE.allowsVersion("3.2.1+build.5"));
        assertFalse(STABLE.allowsVersion("1.0.0-beta.1"));
        assertFalse(STABLE.allowsVersion("0.9.0"));
        assertTrue(DEPRECATED.allowsVersion("0.1.0"));
        assertTrue(ARCHIVED.allowsVersion("7.0.0-rc.1"));
        assertFalse(STABLE.allowsVersion("1.0"));
        assertFalse(DEPRECATED.allowsVersion("v1.0.0"));
        assertFalse(STABLE.allowsVersion("01.0.0"));
    }

    @Test
    void canTransitionTo_isTheStateMachine() {
        assertTrue(EXPERIMENTAL.canTransitionTo(ALPHA));
        assertTrue(BETA.canTransitionTo(STABLE));
        assertTrue(STABLE.canTransitionTo(MATURE));
        assertFalse(ALPHA.canTransitionTo(STABLE), "one step at a time");
        assertTrue(BETA.canTransitionTo(ALPHA), "demotion below stable is allowed before stable");
        assertFalse(STABLE.canTransitionTo(BETA), "no demotion below stable once stable");
        assertTrue(MATURE.canTransitionTo(STABLE));
        assertFalse(MATURE.canTransitionTo(BETA));
        assertTrue(ALPHA.canTransitionTo(DEPRECATED));
        assertTrue(DEPRECATED.canTransitionTo(ARCHIVED));
        assertFalse(STABLE.canTransitionTo(ARCHIVED), "archive only what is deprecated");
        assertFalse(DEPRECATED.canTransitionTo(STABLE));
        for (MaturityLevel l : MaturityLevel.values()) {
            assertFalse(ARCHIVED.canTransitionTo(l), "archived is terminal");
            assertFalse(l.canTransitionTo(l));
        }
    }

    @Test
    void idsAndLookups() {
        assertEquals("beta", BETA.id());
        assertEquals(Optional.of(MATURE), MaturityLevel.fromId("mature"));
        assertEquals(Optional.empty(), MaturityLevel.fromId("Stable"));
        assertEquals(Optional.of(BETA), ALPHA.next());
        assertEquals(Optional.empty(), MATURE.next());
        assertTrue(MATURE.isAtLeast(STABLE));
        assertFalse(DEPRECATED.isAtLeast(EXPERIMENTAL));
    }

    @Test
    void allowsVersion_releasesAtOrAboveOneAreStableNeverBeta() {
        qt().withExamples(1000).forAll(releases()).checkAssert(version -> {
            assertTrue(STABLE.allowsVersion(version));
            assertTrue(MATURE.allowsVersion(version));
            assertFalse(BETA.allowsVersion(version));
            assertFalse(ALPHA.allowsVersion(version));
        });
    }

    @Test
    void allowsVersion_everyValidVersionFitsExactlyOneActiveBand() {
        qt().withExamples(1000).forAll(versions()).checkAssert(version -> {
            int bands = (ALPHA.allowsVersion(version) ? 1 : 0) + (BETA.allowsVersion(version) ? 1 : 0)
                    + (STABLE.allowsVersion(version) ? 1 : 0);
            assertEquals(1, bands, version);
            assertEquals(ALPHA.allowsVersion(version), EXPERIMENTAL.allowsVersion(version));
            assertTrue(DEPRECATED.allowsVersion(version));
        });
    }

    @Test
    void allowsVersion_neverThrowsOnGarbage() {
        Gen<String> garbage = strings().betweenCodePoints('+', 'z').ofLengthBetween(0, 30)
                .mix(strings().allPossible().ofLengthBetween(0, 30), 30);
        qt().withExamples(1000).forAll(garbage).checkAssert(text -> {
            for (MaturityLevel l : MaturityLevel.values()) {
                l.allowsVersion(text);
            }
        });
    }

    static Gen<String> releases() {
        Gen<Integer> n = integers().between(0, 999);
        return integers().between(1, 999).zip(n, n, (a, b, c) -> a + "." + b + "." + c);
    }

    static Gen<String> versions() {
        Gen<Integer> n = integers().between(0, 50);
        Gen<String> pre = arbitrary().pick("", "-beta.1", "-rc.2", "-alpha", "+build.3", "-beta.1+b");
        return n.zip(n, n, pre, (a, b, c, p) -> a + "." + b + "." + c + p);
    }
}
