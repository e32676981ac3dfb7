package dev.alexandria.core.internal.yaml;

import static dev.alexandria.core.internal.yaml.YamlScalars.Place.BLOCK_VALUE;
import static dev.alexandria.core.internal.yaml.YamlScalars.Place.FLOW_KEY;
import static dev.alexandria.core.internal.yaml.YamlScalars.Place.FLOW_VALUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the one scalar path writes: plain where SnakeYAML writes it plain on one line, else double-quoted. */
class YamlScalarsTest {

    @Test
    void string_wordsThatReadBackAsOtherTypesAreQuoted() {
        for (String s : new String[] {"on", "On", "ON", "off", "yes", "No", "true", "FALSE", "null", "~", "1.0",
                "0x1F", "1_000", "190:20:30", ".inf", "<<", "2026-03-14", ">= 1.0.0, < 2.0.0", "#channel", "- x",
                "a: b", "x #y",
                // plain, these read as other types in readers other than SnakeYAML: a YAML 1.1 value (= : PyYAML
                // refuses the file) or boolean (y, n: go-yaml v2), YAML 1.2 core-schema ints and floats
                "y", "Y", "n", "N", "=", "0o17", "09", "1e3", "+12", "-.5e-3"}) {
            assertEquals("\"" + s + "\"", YamlScalars.string(s, BLOCK_VALUE), s);
        }
    }

    @Test
    void string_wordsThatReadBackAsStringsStayPlain() {
        // strings in YAML 1.1 (SnakeYAML, PyYAML, go-yaml) and in YAML 1.2's core schema alike
        for (String s : new String[] {"yes please", "no-op", "oN", "tRUE", "0o19", "0x", "vpc-standard", "1.4.2",
                "a,b", "don't", "Caf\u00e9", "\ud83d\ude00 emoji", "==", "~> 1.2", "x#y", "a:b", "1e", "e3"}) {
            assertEquals(s, YamlScalars.string(s, BLOCK_VALUE), s);
        }
    }

    @Test
    void string_flowContextQuotesFlowIndicators() {
        assertEquals("\"a,b\"", YamlScalars.string("a,b", FLOW_VALUE));
        assertEquals("\"[x]\"", YamlScalars.string("[x]", FLOW_VALUE));
        assertEquals("x", YamlScalars.string("x", FLOW_VALUE));
    }

    @Test
    void string_lineBreaksAndControlCharactersAreEscapedOnOneLine() {
        assertEquals("\"line\\nbreak\"", YamlScalars.string("line\nbreak", BLOCK_VALUE));
        assertEquals("\"cr\\rx\"", YamlScalars.string("cr\rx", BLOCK_VALUE));
        assertEquals("\"tab\\there\"", YamlScalars.string("tab\there", BLOCK_VALUE));
        assertEquals("\"\\Nnel\"", YamlScalars.string("\u0085nel", BLOCK_VALUE));
        assertEquals("\"\\Lls\"", YamlScalars.string("\u2028ls", BLOCK_VALUE));
        assertEquals("\"\\Pps\"", YamlScalars.string("\u2029ps", BLOCK_VALUE));
        assertEquals("\"\\0\"", YamlScalars.string("\u0000", BLOCK_VALUE));
        assertEquals("\" lead\"", YamlScalars.string(" lead", BLOCK_VALUE));
        assertEquals("\"trail \"", YamlScalars.string("trail ", BLOCK_VALUE));
        assertEquals("\"\"", YamlScalars.string("", BLOCK_VALUE));
        assertEquals("\"---\"", YamlScalars.string("---", BLOCK_VALUE));
    }

    @Test
    void string_anEmptyOrMultiLineFlowKeyIsAnExplicitKey() {
        assertEquals("? \"\" ", YamlScalars.string("", FLOW_KEY));
        assertEquals("? \"a\\nb\" ", YamlScalars.string("a\nb", FLOW_KEY));
    }

    @Test
    void string_aLongFlowKeyStaysOnItsLine() {
        String key = "x".repeat(300) + "\nbreak";
        assertEquals("? \"" + "x".repeat(300) + "\\nbreak\" ", YamlScalars.string(key, FLOW_KEY));
    }

    @Test
    void string_refusesAnUnpairedSurrogateInsteadOfWritingAnotherCharacter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> YamlScalars.string("\ud800lone", BLOCK_VALUE));
        assertEquals("cannot be written to a YAML file: '\ud800lone' is not valid Unicode text (an unpaired "
                + "surrogate \\uD800 at index 0)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> YamlScalars.string("x\udc00", BLOCK_VALUE));
    }

    @Test
    void typedValuesArePlain() {
        assertEquals("96.5", YamlScalars.number(new BigDecimal("96.5")));
        assertEquals("30", YamlScalars.number(30));
        assertEquals("4.0", YamlScalars.number(4.0));
        assertEquals(".nan", YamlScalars.number(Double.NaN));
        assertEquals("-.inf", YamlScalars.number(Double.NEGATIVE_INFINITY));
        assertEquals("true", YamlScalars.bool(true));
        assertEquals("2026-03-14", YamlScalars.date(LocalDate.of(2026, 3, 14)));
        assertEquals("+10000-01-01", YamlScalars.date(LocalDate.of(10000, 1, 1))); // not a YAML timestamp: text
    }
}
