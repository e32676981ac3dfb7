package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CategoryTest {

    @Test
    void equals_isTheSameLayerAndSubcategory_andEqualCategoriesHashAlike() {
        assertEquals(Category.parse("data/databases"), new Category(Layer.DATA, "databases"));
        assertEquals(Category.parse("data/databases").hashCode(), new Category(Layer.DATA, "databases").hashCode());
        assertNotEquals(Category.parse("data/databases"), Category.parse("data/caching"));
        assertNotEquals(Category.parse("compute/containers"), Category.parse("integration/containers"));
        assertNotEquals(Category.parse("data/databases"), "data/databases");
    }

    @Test
    void parse_readsLayerAndSubcategory() {
        Category c = Category.parse("foundations/networking");
        assertEquals(Layer.FOUNDATIONS, c.layer());
        assertEquals("networking", c.subcategory());
        assertEquals("foundations/networking", c.id());
        assertEquals("foundations/networking", c.toString());
    }

    @Test
    void parse_rejectsUnknownLayerNamingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Category.parse("network/vpc"));
        assertEquals("invalid category 'network/vpc': unknown layer 'network'; use one of foundations, compute, data, "
                + "integration, observability, security, patterns", e.getMessage());
    }

    @Test
    void parse_rejectsOtherShapes() {
        assertEquals("invalid category 'networking': expected <layer>/<subcategory>, e.g. foundations/networking",
                assertThrows(IllegalArgumentException.class, () -> Category.parse("networking")).getMessage());
        assertEquals("invalid category 'a/b/c': expected <layer>/<subcategory>, e.g. foundations/networking",
                assertThrows(IllegalArgumentException.class, () -> Category.parse("a/b/c")).getMessage());
        assertEquals("invalid category 'data/My DBs': invalid subcategory 'My DBs': use lower-case letters, digits "
                + "and single hyphens (e.g. networking)",
                assertThrows(IllegalArgumentException.class, () -> Category.parse("data/My DBs")).getMessage());
    }

    @Test
    void compareTo_ordersByLayerRankThenSubcategory() {
        assertTrue(Category.parse("patterns/a").compareTo(Category.parse("compute/z")) > 0);
        assertTrue(Category.parse("compute/a").compareTo(Category.parse("compute/b")) < 0);
    }

    @Test
    void parse_roundTripsItsId() {
        qt().withExamples(1000).forAll(categories()).checkAssert(c -> assertEquals(c, Category.parse(c.id())));
    }

    @Test
    void parse_eitherParsesOrThrowsTheDocumentedError() {
        Gen<String> text = strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 30)
                .mix(strings().allPossible().ofLengthBetween(0, 30), 30);
        qt().withExamples(1000).forAll(text).checkAssert(t -> {
            try {
                assertEquals(t, Category.parse(t).id());
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith("invalid category '" + t + "': "), e.getMessage());
            }
        });
    }

    static Gen<Category> categories() {
        return arbitrary().enumValues(Layer.class).zip(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12),
                Category::new);
    }
}
