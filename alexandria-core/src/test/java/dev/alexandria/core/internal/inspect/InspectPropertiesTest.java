package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.maps;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.ModuleInterface;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of the reader: generated HCL reads back to what it was generated from; no input makes it throw. */
class InspectPropertiesTest {

    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "for", "in", "if");
    private static final ModuleInspector INSPECTOR = new ModuleInspector();

    record GAttr(String name, LiteralValue value) {
    }

    record GBlock(String type, List<String> labels, GBody body) {
    }

    record GBody(List<GAttr> attrs, List<GBlock> blocks) {
    }

    // ------------------------------------------------------------------ laws

    @Test
    void generatedHcl_parsesToTheStructureItWasGeneratedFrom() {
        qt().withExamples(300).forAll(bodies(), longs().all()).checkAssert((body, seed) -> {
            StringBuilder sb = new StringBuilder();
            renderBody(body, sb, new Random(seed), 0);
            List<Diagnostic> diags = new ArrayList<>();
            Syntax.Body parsed = new HclParser(sb.toString().toCharArray(), "g.tf", diags).parseFile();
            assertEquals(List.of(), diags, sb::toString);
            assertBody(body, parsed, sb.toString());
        });
    }

    @Test
    void arbitraryText_neverThrows_andReadingTwiceIsEqual() {
        qt().withExamples(500).forAll(anyText(255)).checkAssert(text -> {
            ModuleInterface a = INSPECTOR.inspectSources("m", Map.of("a.tf", text, "b.tf.json", text),
                    InspectOptions.defaults());
            assertNotNull(a);
            assertEquals(a, INSPECTOR.inspectSources("m", Map.of("a.tf", text, "b.tf.json", text),
                    InspectOptions.defaults()));
        });
    }

    @Test
    void arbitraryBytes_neverThrow() {
        Gen<byte[]> bytes = Generate.byteArrays(integers().between(0, 255),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
        qt().withExamples(300).forAll(bytes).checkAssert(b -> {
            String text = new String(b, StandardCharsets.UTF_8);
            assertNotNull(INSPECTOR.inspectSources("m", Map.of("a.tf", text), InspectOptions.defaults()));
        });
    }

    @Test
    void mutatedModules_neverThrow_andReportWhereTheyBreak() {
        qt().withExamples(1000).forAll(mutations()).checkAssert(text -> {
            ModuleInterface mi = INSPECTOR.inspectSources("m", Map.of("main.tf", text), InspectOptions.defaults());
            for (Diagnostic d : mi.diagnostics()) {
                assertEquals("m/main.tf", d.location().file());
            }
        });
    }

    @Test
    void deepOrLongInput_terminatesWithADiagnostic() {
        Gen<String> openers = arbitrary().pick("[", "{a=", "(", "f(", "!", "-", "\"${", "x[", "<<EOT\n${",
                "[for x in ");
        qt().withExamples(50).forAll(openers).checkAssert(opener -> {
            String text = "a = " + opener.repeat(20_000);
            ModuleInterface mi = INSPECTOR.inspectSources("m", Map.of("a.tf", text, "b.tf.json", "{\"a\":"
                    + "[".repeat(20_000)), InspectOptions.defaults());
            assertEquals(2, mi.diagnostics().size(), () -> mi.diagnostics().toString());
        });
    }

    // ------------------------------------------------------------------ generators

    /** Any text: mostly ASCII, which has the HCL's syntax characters, and any code point at all. */
    private static Gen<String> anyText(int maxLength) {
        return strings().ascii().ofLengthBetween(0, maxLength)
                .mix(strings().allPossible().ofLengthBetween(0, maxLength), 30);
    }

    private static Gen<String> mutations() {
        String base;
        try {
            base = Files.readString(Path.of("src/test/resources/inspect/syntax/main.tf"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Gen<Integer> pos = integers().between(0, base.length() - 1);
        Gen<String> insert = arbitrary().pick("{", "}", "[", "]", "(", ")", "\"", "${", "%{", "<<EOT\n", "\n",
                "#", "/*", "=", ",", "...", "~", "\\", "\u0000", "\u00e9", "\r");
        return pos.zip(pos, insert, integers().between(0, 2), (a, b, ins, op) -> {
            int from = Math.min(a, b);
            int to = Math.max(a, b);
            switch (op) {
                case 0:
                    return base.substring(0, from) + ins + base.substring(from);
                case 1:
                    return base.substring(0, from) + base.substring(Math.min(to, from + 40));
                default:
                    return base.substring(0, from) + ins + base.substring(to);
            }
        });
    }

    private static Gen<GBody> bodies() {
        return body(2);
    }

    private static Gen<GBody> body(int depth) {
        Gen<List<GAttr>> attrs = lists().of(identifiers().zip(literal(2), GAttr::new)).ofSizeBetween(0, 4)
                .map(InspectPropertiesTest::uniqueNames);
        Gen<List<GBlock>> blocks = depth == 0 ? arbitrary().constant(List.of())
                : lists().of(identifiers().zip(lists().of(labels()).ofSizeBetween(0, 2), body(depth - 1),
                        GBlock::new)).ofSizeBetween(0, 3);
        return attrs.zip(blocks, GBody::new);
    }

    private static List<GAttr> uniqueNames(List<GAttr> attrs) {
        Map<String, GAttr> byName = new LinkedHashMap<>();
        attrs.forEach(a -> byName.putIfAbsent(a.name(), a));
        return new ArrayList<>(byName.values());
    }

    private static Gen<String> chars(String alphabet, int min, int max) {
        List<String> letters = alphabet.codePoints().mapToObj(Character::toString).toList();
        return lists().of(arbitrary().pick(letters)).ofSizeBetween(min, max).map(l -> String.join("", l));
    }

    private static Gen<String> identifiers() {
        String az = "abcdefghijklmnopqrstuvwxyz";
        return chars(az + "_\u00e9", 1, 3).zip(chars(az + "0123456789_-\u00fc", 0, 5), String::concat)
                .map(s -> KEYWORDS.contains(s) ? s + "_" : s);
    }

    private static Gen<String> labels() {
        return identifiers().mix(texts());
    }

    private static Gen<String> texts() {
        return strings().allPossible().ofLengthBetween(0, 10).mix(chars("${}%~\\\"\n\t ab", 0, 12));
    }

    /** Texts in Unicode normal form C, as the reader keeps string values and object keys (labels stay as written). */
    private static Gen<String> nfcTexts() {
        return texts().map(t -> java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC));
    }

    private static Gen<LiteralValue> literal(int depth) {
        Gen<LiteralValue> prim = Generate.frequency(List.of(
                Pair.of(1, nfcTexts().<LiteralValue>map(LiteralValue.StringValue::new)),
                Pair.of(1, longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                        .<LiteralValue>map(l -> new LiteralValue.NumberValue(BigDecimal.valueOf(l, 3)))),
                Pair.of(1, booleans().all().<LiteralValue>map(LiteralValue.BoolValue::new)),
                Pair.of(1, arbitrary().<LiteralValue>constant(LiteralValue.nullValue()))));
        if (depth == 0) {
            return prim;
        }
        return Generate.frequency(List.of(
                Pair.of(4, prim),
                Pair.of(1, lists().of(literal(depth - 1)).ofSizeBetween(0, 4)
                        .<LiteralValue>map(LiteralValue.ListValue::new)),
                Pair.of(1, maps().of(identifiers().mix(nfcTexts()), literal(depth - 1)).ofSizeBetween(0, 4)
                        .<LiteralValue>map(LiteralValue.MapValue::new))));
    }

    // ------------------------------------------------------------------ rendering with random layout

    /**
     * Attributes go anywhere among the blocks, in any order; blocks keep their order, as a body's blocks are read
     * in source order and several may have the same type and labels.
     */
    private static void renderBody(GBody body, StringBuilder sb, Random r, int indent) {
        List<Object> items = new ArrayList<>(body.blocks());
        for (GAttr a : body.attrs()) {
            items.add(r.nextInt(items.size() + 1), a);
        }
        for (Object item : items) {
            sb.append("  ".repeat(indent));
            if (r.nextInt(6) == 0) {
                sb.append(r.nextBoolean() ? "# note\n" : "// note\n").append("  ".repeat(indent));
            }
            if (item instanceof GAttr a) {
                sb.append(a.name()).append(r.nextBoolean() ? " = " : "\t=  ");
                renderValue(a.value(), sb, r);
                sb.append(r.nextInt(5) == 0 ? " /* c */\n" : "\n");
            } else {
                GBlock b = (GBlock) item;
                sb.append(b.type());
                for (String l : b.labels()) {
                    sb.append(' ');
                    quote(l, sb);
                }
                if (b.body().attrs().isEmpty() && b.body().blocks().isEmpty()) {
                    sb.append(" {}\n");
                } else {
                    sb.append(" {\n");
                    renderBody(b.body(), sb, r, indent + 1);
                    sb.append("  ".repeat(indent)).append("}\n");
                }
            }
            if (r.nextInt(4) == 0) {
                sb.append('\n');
            }
        }
    }

    private static void renderValue(LiteralValue v, StringBuilder sb, Random r) {
        if (v instanceof LiteralValue.StringValue s) {
            quote(s.value(), sb);
        } else if (v instanceof LiteralValue.NumberValue n) {
            sb.append(r.nextBoolean() ? n.value().toPlainString() : n.value().toString());
        } else if (v instanceof LiteralValue.BoolValue b) {
            sb.append(b.value());
        } else if (v instanceof LiteralValue.NullValue) {
            sb.append("null");
        } else if (v instanceof LiteralValue.ListValue l) {
            sb.append('[');
            for (int i = 0; i < l.elements().size(); i++) {
                sb.append(i == 0 ? "" : r.nextBoolean() ? ", " : ",\n  ");
                renderValue(l.elements().get(i), sb, r);
            }
            sb.append(r.nextBoolean() && !l.elements().isEmpty() ? ",]" : "]");
        } else if (v instanceof LiteralValue.MapValue m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, LiteralValue> e : m.entries().entrySet()) {
                sb.append(first ? (r.nextBoolean() ? "\n" : " ") : (r.nextBoolean() ? ",\n" : r.nextBoolean() ? "\n"
                        : ", "));
                first = false;
                if (e.getKey().matches("[a-z_é][a-z0-9_\\-ü]*") && !KEYWORDS.contains(e.getKey()) && r.nextBoolean()) {
                    sb.append(e.getKey());
                } else {
                    quote(e.getKey(), sb);
                }
                sb.append(r.nextBoolean() ? " = " : ": ");
                renderValue(e.getValue(), sb, r);
            }
            sb.append(r.nextBoolean() ? "\n}" : " }");
        }
    }

    /** Quoted HCL string literal, spelled by the API's own renderer, so the law also covers it. */
    private static void quote(String s, StringBuilder sb) {
        sb.append(new LiteralValue.StringValue(s).hcl());
    }

    // ------------------------------------------------------------------ comparison

    private static void assertBody(GBody expected, Syntax.Body actual, String src) {
        assertEquals(expected.attrs().size(), actual.attributes.size(), src);
        for (GAttr a : expected.attrs()) {
            Syntax.Attribute got = actual.attribute(a.name());
            assertNotNull(got, () -> a.name() + " in\n" + src);
            assertEquals(inNormalFormC(a.value()), Literals.literal(got.expr), src);
        }
        assertEquals(expected.blocks().size(), actual.blocks.size(), src);
        for (int i = 0; i < expected.blocks().size(); i++) {
            GBlock want = expected.blocks().get(i);
            Syntax.Block got = actual.blocks.get(i);
            assertEquals(want.type(), got.type, src);
            assertEquals(want.labels(), got.labels, src);
            assertBody(want.body(), got.body, src);
        }
    }

    /**
     * The value HCL gives for a generated literal: cty keeps strings and object attribute names in Unicode
     * normal form C, so a generated string in another form reads back composed.
     */
    private static LiteralValue inNormalFormC(LiteralValue v) {
        if (v instanceof LiteralValue.StringValue s) {
            return new LiteralValue.StringValue(Normalizer.normalize(s.value(), Normalizer.Form.NFC));
        }
        if (v instanceof LiteralValue.ListValue l) {
            return new LiteralValue.ListValue(l.elements().stream().map(InspectPropertiesTest::inNormalFormC).toList());
        }
        if (v instanceof LiteralValue.MapValue m) {
            Map<String, LiteralValue> out = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> out.put(Normalizer.normalize(k, Normalizer.Form.NFC),
                    inNormalFormC(e)));
            return new LiteralValue.MapValue(out);
        }
        return v;
    }
}
