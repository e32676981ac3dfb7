package dev.alexandria.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

class PluralsTest {

    @Test
    void one_isSingular_everyOtherCount_isPlural() {
        assertEquals("1 case study", Plurals.count(1, "case study"));
        assertEquals("0 case studies", Plurals.count(0, "case study"));
        assertEquals("2 case studies", Plurals.count(2, "case study"));
        assertEquals("3 critical bugs", Plurals.count(3, "critical bug"));
        assertEquals("1 critical bug", Plurals.count(1, "critical bug"));
        assertEquals("-1 files", Plurals.count(-1, "file"));
    }

    @Test
    void regularPlurals_followTheEndingOfTheLastWord() {
        assertEquals(List.of("examples", "days", "classes", "boxes", "matches", "wishes", "case studies",
                "teams using it"), List.of(Plurals.plural("example"), Plurals.plural("day"), Plurals.plural("class"),
                Plurals.plural("box"), Plurals.plural("match"), Plurals.plural("wish"), Plurals.plural("case study"),
                Plurals.noun(2, "team") + " using it"));
        assertEquals("2 children", Plurals.count(2, "child", "children"));
        assertEquals("1 child", Plurals.count(1, "child", "children"));
    }

    @Test
    void theNounChanges_onlyWhenTheCountIsNotOne() {
        qt().forAll(longs().between(-1000, 1000), arbitrary().pick("file", "case study", "day", "match"))
                .checkAssert((n, noun) -> {
                    String text = Plurals.count(n, noun);
                    assertTrue(text.startsWith(n + " "), text);
                    assertEquals(n == 1, text.equals(n + " " + noun), text);
                });
    }
}
