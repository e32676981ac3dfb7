package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.spi.search.Highlight;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

    private static final TagTaxonomy TAGS = new TagTaxonomy(List.of(
            new TagTaxonomy.TagDefinition("databases", "Databases.", List.of("db"), Optional.empty()),
            new TagTaxonomy.TagDefinition("postgresql", "PostgreSQL.", List.of("postgres", "pg"), Optional.of("databases")),
            new TagTaxonomy.TagDefinition("load-balancing", "Load balancers.", List.of("lb", "load balancer"), Optional.empty()),
            new TagTaxonomy.TagDefinition("multi-az", "Across zones.", List.of("multiaz"), Optional.empty())));

    /** The tags field as indexed: each tag with its synonyms and parents, marked where the backend matched. */
    private static Highlight indexed(String text, String... marked) {
        List<Highlight.Span> spans = new java.util.ArrayList<>();
        for (String m : marked) {
            int at = text.indexOf(m);
            spans.add(new Highlight.Span(at, at + m.length()));
        }
        return new Highlight(SearchFields.TAGS, text, spans);
    }

    @Test
    void tagHighlight_showsTheModulesTagsAsWritten_markingTheOneWhoseSynonymMatched() {
        String text = String.join("\n", ModuleDocuments.tagText(List.of("postgresql", "multi-az"), TAGS));
        SearchResult.Highlight h = SearchService.tagHighlight(indexed(text, "pg"), List.of("postgresql", "multi-az"),
                TAGS).orElseThrow();
        assertEquals("postgresql, multi-az", h.fragment());
        assertEquals(List.of(new SearchResult.Span(0, 10)), h.spans());
        assertEquals("[postgresql], multi-az", h.marked("[", "]"));
    }

    @Test
    void tagHighlight_marksATagWhoseParentOrMultiWordSynonymMatched() {
        List<String> tags = List.of("multi-az", "postgresql", "load-balancing");
        String text = String.join("\n", ModuleDocuments.tagText(tags, TAGS));
        SearchResult.Highlight h = SearchService.tagHighlight(indexed(text, "databases", "load balancer"), tags, TAGS)
                .orElseThrow();
        assertEquals("multi-az, [postgresql], [load-balancing]", h.marked("[", "]"));
    }

    /** A synonym or parent matched in part is another thing's word: flow-logs is not marked for "vpc". */
    @Test
    void tagHighlight_aSynonymMatchedOnlyInPart_doesNotMarkItsTag() {
        TagTaxonomy tags = new TagTaxonomy(List.of(
                new TagTaxonomy.TagDefinition("vpc", "VPC.", List.of(), Optional.empty()),
                new TagTaxonomy.TagDefinition("flow-logs", "Flow logs.", List.of("vpc-flow-logs"), Optional.empty())));
        String text = String.join("\n", ModuleDocuments.tagText(List.of("vpc", "flow-logs"), tags));
        assertEquals("[vpc], flow-logs", SearchService.tagHighlight(indexed(text, "vpc"), List.of("vpc", "flow-logs"),
                tags).orElseThrow().marked("[", "]"));
        Highlight all = new Highlight(SearchFields.TAGS, text, List.of(new Highlight.Span(0, 3),
                new Highlight.Span(text.indexOf("vpc-flow-logs"), text.indexOf("vpc-flow-logs") + 3),
                new Highlight.Span(text.indexOf("vpc-flow-logs") + 4, text.indexOf("vpc-flow-logs") + 8),
                new Highlight.Span(text.indexOf("vpc-flow-logs") + 9, text.indexOf("vpc-flow-logs") + 13)));
        assertEquals("[vpc], [flow-logs]", SearchService.tagHighlight(all, List.of("vpc", "flow-logs"), tags)
                .orElseThrow().marked("[", "]"));
    }

    @Test
    void tagHighlight_withNoTagToMark_isEmpty() {
        assertTrue(SearchService.tagHighlight(indexed("vpc", "vpc"), List.of("postgresql"), TAGS).isEmpty());
    }
}
