package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.LiteralValue;
import dev.alexandria.api.model.ModuleInterface;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

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

    @Property(tries = 300)
    void generatedHcl_parsesToTheStructureItWasGeneratedFrom(@ForAll("bodies") GBody body, @ForAll long seed) {
        StringBuilder sb = new StringBuilder();
        renderBody(body, sb, new Random(seed), 0);
        List<Diagnostic> diags = new ArrayList<>();
        Syntax.Body parsed = new HclParser(sb.toString().toCharArray(), "g.tf", diags).parseFile();
        assertEquals(List.of(), diags, sb::toString);
        assertBody(body, parsed, sb.toString());
    }

    @Property(tries = 500)
    void arbitraryText_neverThrows_andReadingTwiceIsEqual(@ForAll String text) {
        ModuleInterface a = INSPECTOR.inspectSources("m", Map.of("a.tf", text, "b.tf.json", text),
                InspectOptions.defaults());
        assertNotNull(a);
        assertEquals(a, INSPECTOR.inspectSources("m", Map.of("a.tf", text, "b.tf.json", text),
                InspectOptions.defaults()));
    }

    @Property(tries = 300)
    void arbitraryBytes_neverThrow(@ForAll byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertNotNull(INSPECTOR.inspectSources("m", Map.of("a.tf", text), InspectOptions.defaults()));
    }

    @Property(tries = 1000)
    void mutatedModules_neverThrow_andReportWhereTheyBreak(@ForAll("mutations") String text) {
        ModuleInterface mi = INSPECTOR.inspectSources("m", Map.of("main.tf", text), InspectOptions.defaults());
        for (Diagnostic d : mi.diagnostics()) {
            assertEquals("m/main.tf", d.location().file());
        }
    }

    @Property(tries = 200)
    void deepOrLongInput_terminatesWithADiagnostic(@ForAll("openers") String opener) {
        String text = "a = " + opener.repeat(20_000);
        ModuleInterface mi = INSPECTOR.inspectSources("m", Map.of("a.tf", text, "b.tf.json", "{\"a\":"
                + "[".repeat(20_000)), InspectOptions.defaults());
        assertEquals(2, mi.diagnostics().size(), () -> mi.diagnostics().toString());
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<String> openers() {
        return Arbitraries.of("[", "{a=", "(", "f(", "!", "-", "\"${", "x[", "<<EOT\n${", "[for x in ");
    }

    @Provide
    Arbitrary<String> mutations() {
        String base;
        try {
            base = Files.readString(Path.of("src/test/resources/inspect/syntax/main.tf"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Arbitrary<Integer> pos = Arbitraries.integers().between(0, base.length() - 1);
        Arbitrary<String> insert = Arbitraries.of("{", "}", "[", "]", "(", ")", "\"", "${", "%{", "<<EOT\n", "\n",
                "#", "/*", "=", ",", "...", "~", "\\", "\u0000", "é", "\r");
        return Combinators.combine(pos, pos, insert, Arbitraries.integers().between(0, 2)).as((a, b, ins, op) -> {
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

    @Provide
    Arbitrary<GBody> bodies() {
        return body(2);
    }

    private Arbitrary<GBody> body(int depth) {
        Arbitrary<List<GAttr>> attrs = Combinators.combine(identifiers(), literal(2)).as(GAttr::new).list()
                .ofMaxSize(4).uniqueElements(GAttr::name);
        Arbitrary<List<GBlock>> blocks = depth == 0 ? Arbitraries.just(List.of())
                : Combinators.combine(identifiers(), labels().list().ofMaxSize(2), body(depth - 1)).as(GBlock::new)
                        .list().ofMaxSize(3);
        return Combinators.combine(attrs, blocks).as(GBody::new);
    }

    private static Arbitrary<String> identifiers() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars("_é").ofMinLength(1).ofMaxLength(3)
                .flatMap(head -> Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                        .withChars("_-ü").ofMaxLength(5).map(tail -> head + tail))
                .filter(s -> !KEYWORDS.contains(s));
    }

    private static Arbitrary<String> labels() {
        return Arbitraries.oneOf(identifiers(), texts());
    }

    private static Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(10),
                Arbitraries.strings().withChars("${}%~\\\"\n\t ab").ofMaxLength(12));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<LiteralValue> literal(int depth) {
        Arbitrary<LiteralValue> prim = Arbitraries.oneOf(
                texts().map(LiteralValue.StringValue::new),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9")).ofScale(3)
                        .map(LiteralValue.NumberValue::new),
                Arbitraries.of(true, false).map(LiteralValue.BoolValue::new),
                Arbitraries.just(LiteralValue.nullValue()));
        if (depth == 0) {
            return prim;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(4, prim),
                Tuple.of(1, literal(depth - 1).list().ofMaxSize(4).map(LiteralValue.ListValue::new)),
                Tuple.of(1, Arbitraries.maps(Arbitraries.oneOf(identifiers(), texts()), literal(depth - 1))
                        .ofMaxSize(4).map(LiteralValue.MapValue::new)));
    }

    // ------------------------------------------------------------------ rendering with random layout

    private static void renderBody(GBody body, StringBuilder sb, Random r, int indent) {
        List<Object> items = new ArrayList<>(body.attrs());
        items.addAll(body.blocks());
        java.util.Collections.shuffle(items, r);
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
            assertEquals(a.value(), Literals.literal(got.expr), src);
        }
        assertEquals(expected.blocks().size(), actual.blocks.size(), src);
        List<GBlock> remaining = new ArrayList<>(expected.blocks());
        for (Syntax.Block b : actual.blocks) {
            GBlock match = remaining.stream().filter(g -> g.type().equals(b.type) && g.labels().equals(b.labels))
                    .findFirst().orElseThrow(() -> new AssertionError("unexpected block " + b.type + b.labels
                            + " in\n" + src));
            remaining.remove(match);
            assertBody(match.body(), b.body, src);
        }
    }
}
