package dev.alexandria.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a text field gives the words misspellings are corrected to: its beginning, never half a word. */
class SpellTextTest {

    @Test
    void aShortFieldIsKeptWhole() {
        assertEquals("vpc_id The VPC to deploy into.\nsubnet_ids Its subnets.",
                LuceneSearchIndex.spellText("vpc_id The VPC to deploy into.\nsubnet_ids Its subnets."));
    }

    @Test
    void aLongFieldIsCutBeforeTheWordThatCrossesTheLimit() {
        String head = "x".repeat(295) + " ";
        String cut = LuceneSearchIndex.spellText(head + "kubernetes cluster");
        assertEquals("x".repeat(295), cut);
    }

    @Test
    void aCutAtAWordBoundaryKeepsTheWordBeforeIt() {
        String head = "y".repeat(300);
        assertEquals(head, LuceneSearchIndex.spellText(head + " postgres"));
    }

    @Test
    void nothingLongerThanTheLimitIsKept() {
        String text = "word ".repeat(1000);
        String cut = LuceneSearchIndex.spellText(text);
        assertTrue(cut.length() <= 300, cut.length() + " characters");
        assertTrue(cut.endsWith("word"), cut);
    }
}
