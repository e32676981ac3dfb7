package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ModuleIdTest {

    @Test
    void equals_isTheSameValue_andEqualIdsHashAlike() {
        assertEquals(ModuleId.of("vpc-standard"), new ModuleId("vpc-standard"));
        assertEquals(ModuleId.of("vpc-standard").hashCode(), new ModuleId("vpc-standard").hashCode());
        assertFalse(ModuleId.of("vpc-standard").equals(ModuleId.of("vpc-basic")));
        assertFalse(ModuleId.of("vpc-standard").equals("vpc-standard"));
    }

    @Test
    void of_acceptsKebabCase() {
        assertEquals("vpc-standard", ModuleId.of("vpc-standard").value());
        assertEquals("s3", ModuleId.of("s3").toString());
        assertTrue(ModuleId.isValid("a" + "b".repeat(63)));
    }

    @Test
    void of_rejectsPathsQuotingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModuleId.of("../etc"));
        assertEquals("invalid module id '../etc': must be a single folder name, not a path", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModuleId.of("foundations/vpc"));
        assertEquals("invalid module id 'foundations/vpc': must be a single folder name, not a path", e.getMessage());
    }

    @Test
    void of_rejectsBadShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModuleId.of("Vpc_Standard"));
        assertEquals("invalid module id 'Vpc_Standard': use lower-case letters, digits and single hyphens, starting "
                + "with a letter (e.g. vpc-standard)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ModuleId.of("v"));
        assertEquals("invalid module id 'v': must be 2 to 64 characters long, found 1", e.getMessage());
        for (String bad : new String[] {"vpc--x", "-vpc", "vpc-", "1vpc", "vpc x", "a".repeat(65), ""}) {
            assertFalse(ModuleId.isValid(bad), bad);
        }
        assertThrows(NullPointerException.class, () -> ModuleId.of(null));
    }

    @Test
    void of_eitherParsesOrThrowsTheDocumentedError() {
        // near-ids (the id alphabet plus the characters that make it invalid) and any text at all
        Gen<String> text = strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 70)
                .mix(strings().allPossible().ofLengthBetween(0, 70), 30);
        qt().withExamples(1000).forAll(text).checkAssert(ModuleIdTest::parsesOrThrowsTheDocumentedError);
    }

    @Test
    void isKebab_agreesWithTheDocumentedPattern() {
        java.util.regex.Pattern kebab = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
        Gen<String> text = strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 12)
                .mix(strings().betweenCodePoints('0', '9').ofLengthBetween(0, 3)
                        .map(d -> "a" + d + "-b"), 20);
        qt().withExamples(3000).forAll(text).checkAssert(t ->
                assertEquals(kebab.matcher(t).matches(), ModuleId.isKebab(t), t));
        for (String t : new String[] {"", "a", "a-", "-a", "a--b", "a-b", "a1-2b", "1a", "A", "a_b", "ab-c-d9"}) {
            assertEquals(kebab.matcher(t).matches(), ModuleId.isKebab(t), t);
        }
    }

    private static void parsesOrThrowsTheDocumentedError(String text) {
        try {
            ModuleId id = ModuleId.of(text);
            assertEquals(text, id.value());
            assertTrue(ModuleId.isValid(text));
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("invalid module id '" + text + "': "), e.getMessage());
            assertFalse(ModuleId.isValid(text));
        }
    }
}
