package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Negation}: what prose says a module lacks is blanked, the rest kept at its offsets. */
class NegationTest {

    /** The words left in the blanked text. */
    private static List<String> words(String text) {
        String blanked = Negation.blanked(text);
        assertEquals(text.length(), blanked.length(), "offsets kept");
        return Words.terms(blanked);
    }

    @Test
    void aNegatedNounPhrase_isBlanked_upToPunctuationOrAConjunction() {
        assertEquals(List.of("simple", "vpc", "with", "public", "subnet"),
                words("Simple VPC with public subnets; no NAT, no endpoints."));
        assertEquals(List.of("bucket", "and", "versioning"), words("Bucket without a NAT gateway and versioning"));
        assertEquals(List.of("volume", "are"), words("Volumes are not encrypted."));
        assertEquals(List.of("thi", "module", "doe", "pass", "them", "in"),
                words("This module does not create IAM roles; pass them in"));
        assertEquals(List.of("thi", "module", "pass", "them", "in"),
                words("This module doesn’t create IAM roles; pass them in"));
        // the scope ends where another phrase starts
        assertEquals(List.of("in", "the", "private", "subnet"), words("no NAT gateway in the private subnets"));
        assertEquals(List.of("logging", "is", "off"), words("Never encrypted\nlogging is off"));
    }

    @Test
    void wordsThatOnlyLookLikeNegations_areKept() {
        for (String text : List.of("a no-op module", "NoSQL tables", "not only queues but topics",
                "no more than three subnets", "non-production accounts", "whether or not NAT is created",
                "notifications and nothing else", "no_nat_gateway flag", "Knot DNS")) {
            assertSame(text, Negation.blanked(text), text);
        }
    }

    @Test
    void aScope_isShort() {
        assertEquals(List.of("cluster"), words("Cluster without a b c d e"));
        assertEquals(List.of("x", "f", "g"), words("x without a b c d e f g"));
    }
}
