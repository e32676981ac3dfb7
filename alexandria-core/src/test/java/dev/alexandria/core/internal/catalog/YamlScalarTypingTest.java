package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.alexandria.api.model.Finding;
import dev.alexandria.core.internal.yaml.YamlLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The library's YAML parser skips the implicit types' regular expressions where none can match; every scalar
 * must still get exactly the type and text Jackson's own parser gives it (so {@code on}, {@code yes}, {@code ~}
 * and numbers read back as the writer wrote them).
 */
class YamlScalarTypingTest {

    /**
     * Jackson's own factory and parser (over SnakeYAML's own reader), with the library's settings: made by the
     * builder (which, unlike {@code new YAMLFactory()}, reads an empty value as an empty string, not null) that
     * {@link YamlLimits#builder()} configures, so a duplicate key is refused by both parsers alike (a plain scalar
     * can hold one: YAML 1.1 also breaks lines at NEL, LS, PS and a lone CR) and only the typing and the reading
     * are compared.
     */
    private static final YAMLFactory STOCK = YamlLimits.builder().build();

    @Test
    void everyScalarStyle_isTypedAsJacksonTypesIt() {
        String[] values = {"on", "On", "yes", "No", "off", "y", "n", "true", "False", "~", "null", "Null", "NULL",
            "1", "-1", "+1", "1.0", ".5", "-.inf", ".NaN", "0x1F", "0o17", "0b101", "1_000", "012", "190:20:30",
            "2026-03-14", "2026-03-14T10:00:00Z", "<<", "=", "vpc-standard", ">= 1.0, < 2.0", "#channel", "a b",
            "é", "ünïcode", "Ω", "1.4.2", "93169e6", "$HOME", "!", "&"};
        for (String v : values) {
            assertSameTokens("value: " + v + "\n");
            assertSameTokens("value: '" + v.replace("'", "''") + "'\n");
            assertSameTokens("value: \"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
            assertSameTokens("list: [" + v + ", '" + v + "']\n");
            assertSameTokens("? " + v + "\n: " + v + "\n");
        }
        assertSameTokens("empty:\nquoted: ''\ntagged: !!str 12\nint: !!int '12'\n");
    }

    /**
     * Counterexamples of {@link #anyPlainScalar_isTypedAsJacksonTypesIt()}: a "scalar" holding a YAML 1.1 line break
     * (NEL, LS, PS, a lone CR, CR LF) is more keys of the mapping, a repeated one refused by both parsers alike.
     */
    @Test
    void plainScalarsHoldingLineBreaks_areReadAsJacksonReadsThem() {
        assertSameTokens("value: \u0085nel: \u0085nel: y\n"); // QT_SEED=36225600684522
        for (String br : new String[] {"\u0085", "\u2028", "\u2029", "\r", "\r\n", "\n"}) {
            assertSameTokens("value: " + br + "key: " + br + "key: y\n");
            assertSameTokens("value: " + br + "a: " + br + "b: y\n");
            assertSameTokens("value: x" + br + "  y" + br + "z: 1\n");
            assertSameTokens("value: 'x" + br + "x'" + br + "x: 1\n");
        }
    }

    @Test
    void aKeyRepeatedAfterALineBreakCharacter_isADuplicateKeyFinding() {
        for (String br : new String[] {"\u0085", "\u2028", "\u2029", "\r"}) {
            FindingException e = assertThrows(FindingException.class,
                    () -> YamlFiles.parse("value: " + br + "key: " + br + "key: y\n", "x/.alexandria.yaml"));
            Finding f = e.finding();
            assertEquals("yaml-duplicate-key", f.ruleId());
            assertEquals("x/.alexandria.yaml", f.location().file());
            assertTrue(f.location().line() > 0, f.toString());
            assertEquals("duplicate key 'key'", f.message());
            assertEquals(Optional.of("remove one of the two"), f.hint());
        }
    }

    @Test
    void stringScalars_areStringsWithoutJacksonsWay_typedOnesAreNot() {
        for (String s : new String[] {"platform-edge-5748", "maintainer-team-x", "Platform edge 5748 with logging",
            ">= 1.4.6, < 2.0.0", "abc", "standard"}) {
            assertTrue(YamlFiles.typedWithoutPatterns(s), s); // twice: a short one's answer is remembered
            assertTrue(YamlFiles.typedWithoutPatterns(s), s);
        }
        // a first character that starts a type, but SnakeYAML's resolver says string: its answer, remembered
        for (String s : new String[] {"no-way-this-is-a-bool", "1.4.2", "2026-03-14", "<<", "~x"}) {
            assertTrue(YamlFiles.typedWithoutPatterns(s), s);
            assertTrue(YamlFiles.typedWithoutPatterns(s), s);
        }
        // a number, a boolean or a null, or a long scalar whose first character starts a type: Jackson's own way
        for (String s : new String[] {"null", "~", "yes", "1.4", "on", ".inf", "Null", "0x1F", "1_000",
            "1.4.2 and a long tail of words after it"}) {
            assertFalse(YamlFiles.typedWithoutPatterns(s), s);
            assertFalse(YamlFiles.typedWithoutPatterns(s), s);
        }
    }

    @Test
    void anyPlainScalar_isTypedAsJacksonTypesIt() {
        Gen<String> scalarish = lists().of(arbitrary().pick('0', '1', '9', 'e', 'E', '+', '-', '.', '_', 'x', 'o',
                'b', ':', 'a', 'f', 'n', 'N', 'y', 'Y', 't', 'T', 'O', '~', '<', '=', ' ', 'é', '$'))
                .ofSizeBetween(1, 16).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
        qt().withExamples(3000).forAll(scalarish.mix(CatalogGen.text(), 30)).checkAssert(s -> {
            assertSameTokens("value: " + s + "\n");
            assertSameTokens("value: '" + s.replace("'", "''") + "'\n");
        });
    }

    private static void assertSameTokens(String yaml) {
        assertEquals(tokens(STOCK, yaml, false), tokens(null, yaml, true), yaml);
    }

    /** Each token with its text and, for numbers, the value; or the problem, when the text is not YAML. */
    private static List<String> tokens(YAMLFactory factory, String yaml, boolean ours) {
        List<String> out = new ArrayList<>();
        try (JsonParser p = ours ? YamlFiles.createParser(yaml) : factory.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                String what = t + " " + p.getText();
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    what += " = " + p.getNumberValue() + " " + p.getNumberType();
                }
                out.add(what);
            }
        } catch (IOException | RuntimeException e) {
            out.add("problem: " + e.getClass().getSimpleName());
        }
        return out;
    }
}
