package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word helpers of the plan give what the regular expressions they replace gave, on any text. */
class WiringTextTest {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASHES = Pattern.compile("[-_]");
    private static final Pattern DASHES_SPACES = Pattern.compile("[-_\\s]");

    private static List<String> splitByRegex(String text) {
        return Arrays.stream(NOT_ALNUM.split(text)).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void alnumRuns_areTheWordsBetweenAnyOtherCharacters() {
        assertEquals(List.of("ecs", "cluster", "arn"), Wiring.alnumRuns("ecs_cluster_arn"));
        assertEquals(List.of("the", "id", "of", "the", "vpc"), Wiring.alnumRuns("  the id of the vpc."));
        assertEquals(List.of("s3", "bucket"), Wiring.alnumRuns("s3--bucket"));
        assertEquals(List.of("b"), Wiring.alnumRuns("ÄbÉ"));
        assertEquals(List.of(), Wiring.alnumRuns(""));
        assertEquals(List.of(), Wiring.alnumRuns("--"));
    }

    @Test
    void withoutSeparators_dropsDashesUnderscoresAndRegexWhiteSpace() {
        assertEquals("cloudposseeksnodegroup", Wiring.withoutSeparators("cloudposse-eks_node-group", false));
        assertEquals("ecs on autoscalinggroup", Wiring.withoutSeparators("ecs on autoscaling-group", false));
        assertEquals("ecsonautoscalinggroup", Wiring.withoutSeparators("ecs on\tautoscaling-group\r\n", true));
        // Only the white space of \s: a no-break space stays.
        assertEquals("a\u00a0b", Wiring.withoutSeparators("a\u00a0 b", true));
        assertEquals("", Wiring.withoutSeparators("-_ ", true));
    }

    @Test
    void theHelpers_equalTheRegularExpressions_onAnyText() {
        // Letters, digits, the separators and white space of every kind, upper case and a few others.
        qt().withExamples(2000).forAll(strings().betweenCodePoints(0x08, 0x7f).ofLengthBetween(0, 40))
                .checkAssert(text -> {
                    String lower = text.toLowerCase(java.util.Locale.ROOT);
                    assertEquals(splitByRegex(lower), Wiring.alnumRuns(lower), text);
                    assertEquals(DASHES.matcher(text).replaceAll(""), Wiring.withoutSeparators(text, false), text);
                    assertEquals(DASHES_SPACES.matcher(text).replaceAll(""), Wiring.withoutSeparators(text, true),
                            text);
                });
        qt().withExamples(500).forAll(strings().allPossible().ofLengthBetween(0, 20)).checkAssert(text -> {
            assertEquals(splitByRegex(text), Wiring.alnumRuns(text), text);
            assertEquals(DASHES_SPACES.matcher(text).replaceAll(""), Wiring.withoutSeparators(text, true), text);
        });
    }
}
