package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.alexandria.core.internal.yaml.YamlQuoting;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Files written from Jackson trees read back the strings they were given, whatever those look like. */
class YamlQuotingTest {

    private static final ObjectMapper WRITER = new ObjectMapper(YamlQuoting.writer().build());
    private static final ObjectMapper READER = new ObjectMapper(new YAMLFactory());

    @Test
    void numberLikeStrings_areQuoted_andReadBackAsStrings() {
        // 93169e6 is a short commit id that a test record once read back as 9.3169E10
        for (String s : new String[] {"93169e6", "2e71280", "1e3", "0x1F", "1_000", ".5", "1.", "+1", "-.inf",
                ".NaN", "0b101", "012", "on", "null", "~", "2026-03-14", "190:20:30"}) {
            assertEquals("value: \"" + s + "\"\n", write("value", s), s);
            assertEquals(s, readBack(s), s);
        }
    }

    @Test
    void invisibleLineBreaksAndSpacesAtTheEnds_areQuoted() {
        // a leading NEL was written plain and read back as a space: found by the property below
        for (String s : new String[] {"\u0085nely", "\u2028ls", "a\u2029b", " lead", "trail ", "tab\t"}) {
            assertTrue(write("value", s).startsWith("value: \""), s);
            assertEquals(s, readBack(s), s);
        }
        assertEquals("\uFEFFbom", readBack("\uFEFFbom"));
    }

    @Test
    void ordinaryStrings_areQuotedToo_andKeysStayPlain() {
        for (String s : new String[] {"vpc-standard", "1.4.2", "a1b2c3d", "terratest", "0o17"}) {
            assertEquals("value: \"" + s + "\"\n", write("value", s), s);
        }
    }

    @Test
    void multiLineStrings_withCarriageReturnsOrNel_readBackUnchanged() {
        // written as a literal block under minimal quoting, " !\n#\u0085" read back with a plain line break
        for (String s : new String[] {" !\n#\u0085", "a\r\nb", "line\nbreak\n", "x\u2028y\nz"}) {
            assertEquals(s, readBack(s), s);
        }
    }

    @Test
    void keysThatLookLikeNumbers_areQuotedToo() {
        assertEquals("\"1e3\": \"x\"\n", write("1e3", "x"));
    }

    @Test
    void anyStringReadsBackAsTheSameString() {
        Gen<String> numberish = lists().of(arbitrary().pick('0', '1', '9', 'e', 'E', '+', '-', '.', '_', 'x', 'o',
                'b', ':', 'a', 'f', 'n', 'i')).ofSizeBetween(1, 8).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
        qt().withExamples(2000).forAll(numberish.mix(CatalogGen.text(), 30)).checkAssert(s -> {
            String text = write("value", s);
            assertTrue(text.startsWith("value: "), text);
            assertEquals(s, readBack(s), text);
        });
    }

    private static String write(String key, String value) {
        ObjectNode doc = WRITER.createObjectNode();
        doc.put(key, value);
        try {
            return WRITER.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readBack(String value) {
        try {
            JsonNode back = READER.readTree(write("value", value)).get("value");
            assertTrue(back.isTextual(), () -> "'" + value + "' read back as " + back.getNodeType());
            return back.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
