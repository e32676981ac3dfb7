package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CategoryTest {

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

    @Property
    void parse_roundTripsItsId(@ForAll("categories") Category c) {
        assertEquals(c, Category.parse(c.id()));
    }

    @Property
    void parse_eitherParsesOrThrowsTheDocumentedError(@ForAll String text) {
        try {
            assertEquals(text, Category.parse(text).id());
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().startsWith("invalid category '" + text + "': "), e.getMessage());
        }
    }

    @Provide
    Arbitrary<Category> categories() {
        return net.jqwik.api.Combinators.combine(Arbitraries.of(Layer.class),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)).as(Category::new);
    }
}
