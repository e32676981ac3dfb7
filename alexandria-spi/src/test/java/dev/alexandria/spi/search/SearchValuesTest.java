package dev.alexandria.spi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchValuesTest {

    @Test
    void vocabulary_normalizesTermsAndDropsDuplicates() {
        Vocabulary.SynonymGroup g = Vocabulary.SynonymGroup.of(" Load  Balancer ", "lb", "LB");
        assertEquals(List.of("load balancer", "lb"), g.terms());
        assertEquals("a synonym group needs at least two distinct terms: [k8s]",
                assertThrows(IllegalArgumentException.class, () -> Vocabulary.SynonymGroup.of("k8s", "K8S"))
                        .getMessage());
        assertEquals("'database' needs at least one narrower term",
                assertThrows(IllegalArgumentException.class, () -> Vocabulary.Narrower.of("database", "Database"))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.SynonymGroup.of("a", " "));
    }

    @Test
    void vocabulary_termsAreTrimmedLowerCasedAndEachRunOfWhiteSpaceIsOneSpace() {
        assertEquals(List.of("load balancer", "lb"),
                Vocabulary.SynonymGroup.of("\tLoad \r\n\u000B\f Balancer\n", "lb").terms());
        assertEquals(List.of("a b c", "x"), Vocabulary.SynonymGroup.of("a\tb  c", "x").terms());
        // Only \\s counts as white space inside a term, as in replaceAll("\\s+", " "): an em space stays.
        assertEquals(List.of("a\u2003b", "x"), Vocabulary.SynonymGroup.of("a\u2003b", "x").terms());
    }

    @Test
    void vocabulary_normalizationIsTheRegularExpressionOne() {
        qt().forAll(strings().betweenCodePoints(0, 0x2100).ofLengthBetween(1, 12)).assuming(s -> !s.isBlank())
                .checkAssert(s -> {
                    String expected = s.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
                    assertEquals(expected, new Vocabulary.SynonymGroup(List.of(s, expected + "-other")).terms().get(0));
                });
    }

    @Test
    void indexSpec_fingerprintIsTheDigestOfItsText_andBothChangeWithFieldsAndVocabularyButNotDirectory()
            throws Exception {
        List<FieldSpec> fields = List.of(FieldSpec.text("name", 3), FieldSpec.keyword("layer"));
        IndexSpec a = new IndexSpec(Optional.empty(), fields, Vocabulary.empty());
        IndexSpec b = new IndexSpec(Optional.of(Path.of("x")), fields, Vocabulary.empty());
        IndexSpec c = new IndexSpec(Optional.empty(), List.of(FieldSpec.text("name", 2), FieldSpec.keyword("layer")),
                Vocabulary.empty());
        IndexSpec d = new IndexSpec(Optional.empty(), fields,
                new Vocabulary(List.of(Vocabulary.SynonymGroup.of("k8s", "kubernetes")), List.of()));
        IndexSpec e = new IndexSpec(Optional.empty(), fields,
                new Vocabulary(List.of(), List.of(Vocabulary.Narrower.of("database", "postgresql"))));
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(a.fingerprintText(), b.fingerprintText());
        assertEquals("fields\nname TEXT 3.0\nlayer KEYWORD 1.0\nsynonyms\nnarrower", a.fingerprintText());
        for (IndexSpec other : List.of(c, d, e)) {
            assertNotEquals(a.fingerprint(), other.fingerprint());
            assertNotEquals(a.fingerprintText(), other.fingerprintText());
        }
        for (IndexSpec s : List.of(a, c, d, e)) {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.fingerprintText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(java.util.HexFormat.of().formatHex(digest), s.fingerprint());
        }
        assertEquals(64, a.fingerprint().length());
    }

    @Test
    void indexSpec_rejectsDuplicateFields() {
        assertEquals("field 'name' is declared twice", assertThrows(IllegalArgumentException.class,
                () -> new IndexSpec(Optional.empty(), List.of(FieldSpec.text("name", 1), FieldSpec.keyword("name")),
                        Vocabulary.empty())).getMessage());
    }

    @Test
    void fieldSpec_validatesNameAndBoost() {
        assertThrows(IllegalArgumentException.class, () -> FieldSpec.text("Name", 1));
        assertThrows(IllegalArgumentException.class, () -> FieldSpec.text("_id", 1));
        assertEquals("boost of field 'name' must be positive and finite: 0.0",
                assertThrows(IllegalArgumentException.class, () -> FieldSpec.text("name", 0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> FieldSpec.text("name", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new FieldSpec("layer", FieldKind.KEYWORD, 2));
    }

    @Test
    void document_rejectsAFieldOfTwoKindsAndNonFiniteNumbers() {
        assertEquals("field 'x' of 'm' is given as two kinds", assertThrows(IllegalArgumentException.class,
                () -> SearchDocument.builder("m").text("x", "a").keyword("x", "b").build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchDocument.builder("m").number("n", Double.NaN));
        SearchDocument d = SearchDocument.builder("m").text("x", "a", " ", "b").keyword("k", "v").build();
        assertEquals(List.of("a", "b"), d.text("x"));
        assertEquals(List.of(), d.text("y"));
    }

    @Test
    void filter_rangeValidatesBounds() {
        assertEquals("range of 'cost': min 5.0 is above max 1.0",
                assertThrows(IllegalArgumentException.class, () -> Filter.range("cost", 5, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Filter.atMost("cost", Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Filter.anyOf("tags"));
        Filter.Range r = (Filter.Range) Filter.atMost("cost", 100);
        assertEquals(true, r.contains(100));
        assertEquals(false, r.contains(100.5));
    }

    @Test
    void query_rejectsNegativePagingAndPrintsWhatWasSet() {
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.builder().limit(-1));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.builder().offset(-3));
        assertEquals("SearchQuery{text=vpc, sort=downloads desc, limit=5}",
                SearchQuery.builder().text("vpc").sort(Sort.descending("downloads")).limit(5).build().toString());
    }

    @Test
    void highlight_marksItsMatches() {
        Highlight h = new Highlight("name", "RDS PostgreSQL",
                List.of(new Highlight.Span(0, 3), new Highlight.Span(4, 14)));
        assertEquals("[RDS] [PostgreSQL]", h.marked("[", "]"));
        assertThrows(IllegalArgumentException.class,
                () -> new Highlight("name", "abc", List.of(new Highlight.Span(0, 4))));
        assertThrows(IllegalArgumentException.class, () -> new Highlight("name", "abcdef",
                List.of(new Highlight.Span(2, 4), new Highlight.Span(3, 5))));
    }

    @Test
    void results_totalIsAtLeastTheHits() {
        assertThrows(IllegalArgumentException.class, () -> new SearchResults(0,
                List.of(new SearchHit("a", 1, List.of())), List.of(), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new SearchHit("a", -1, List.of()));
    }

    @Test
    void leftOut_countsAreConsistentAndBestIsShort() {
        Filter f = Filter.noneOf("status", "deprecated");
        assertEquals(List.of("a"), new SearchResults.LeftOut(f, 5, 0, List.of("a")).best());
        assertThrows(IllegalArgumentException.class, () -> new SearchResults.LeftOut(f, -1, 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SearchResults.LeftOut(f, 1, 2, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SearchResults.LeftOut(f, 1, 0, List.of("a", "b")));
        assertThrows(IllegalArgumentException.class, () -> new SearchResults.LeftOut(f, 9, 0,
                List.of("a", "b", "c", "d")));
        SearchResults r = new SearchResults(0, List.of(), List.of(), Map.of(),
                List.of(new SearchResults.LeftOut(f, 1, 0, List.of("a"))));
        assertEquals(1, r.leftOutBy(Filter.noneOf("status", "deprecated")).orElseThrow().count());
        assertEquals(Optional.empty(), r.leftOutBy(Filter.missing("cost")));
        assertEquals(List.of(), new SearchResults(0, List.of(), List.of(), Map.of()).leftOut(),
                "a backend before 0.4.0 counts nothing");
    }

    @Test
    void indexSpec_checkNamesTheFieldAndTheKind() {
        IndexSpec spec = new IndexSpec(Optional.empty(), List.of(FieldSpec.text("name", 1), FieldSpec.keyword("layer"),
                FieldSpec.number("cost")), Vocabulary.empty());
        assertEquals("document 'm' names field 'colour', which the index does not declare; declared: [name, layer, "
                + "cost]", assertThrows(IllegalArgumentException.class,
                () -> spec.check(SearchDocument.builder("m").text("colour", "red").build())).getMessage());
        assertEquals("document 'm' needs a keyword field; 'name' is a text field", assertThrows(
                IllegalArgumentException.class,
                () -> spec.check(SearchDocument.builder("m").keyword("name", "red").build())).getMessage());
        assertEquals("a range filter needs a number field; 'layer' is a keyword field", assertThrows(
                IllegalArgumentException.class,
                () -> spec.check(SearchQuery.builder().filter(Filter.atMost("layer", 3)).build())).getMessage());
        assertEquals("a missing filter needs a keyword or number field; 'name' is a text field", assertThrows(
                IllegalArgumentException.class,
                () -> spec.check(SearchQuery.builder().filter(Filter.missing("name")).build())).getMessage());
        assertEquals("a sort needs a number field; 'layer' is a keyword field", assertThrows(
                IllegalArgumentException.class,
                () -> spec.check(SearchQuery.builder().sort(Sort.descending("layer")).build())).getMessage());
        spec.check(SearchQuery.builder().filter(Filter.missing("cost"), Filter.anyOf("layer", "data"))
                .facets("layer").sort(Sort.ascending("cost")).build());
    }
}
