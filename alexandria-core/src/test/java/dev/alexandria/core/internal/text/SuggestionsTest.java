package dev.alexandria.core.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "Did you mean": the closest known name by edit distance. */
class SuggestionsTest {

    private static final List<String> MODULES = List.of("eks-standard", "vpc-basic", "vpc-standard");

    @Test
    void caseIsIgnored_soAMistypedCaseSuggestsItsOwnName() {
        // case-sensitively, VPC-Standard is 4 edits from both vpc-standard and eks-standard, and the tie went to eks
        assertEquals(Optional.of("vpc-standard"), Suggestions.closest("VPC-Standard", MODULES));
        assertEquals(Optional.of("vpc-basic"), Suggestions.closest("VPC-BASIC", MODULES));
    }

    @Test
    void aNameTooFarFromEveryCandidate_getsNoSuggestion() {
        assertEquals(Optional.of("vpc-standard"), Suggestions.closest("vpc-standrd", MODULES));
        assertEquals(Optional.empty(), Suggestions.closest("lambda", MODULES));
    }
}
