package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainYaml} reads a file into exactly the tree and locations the general parser gives, or declines:
 * on every YAML file of the sample library and the test fixtures, on each of them changed line by line in ways
 * that break or reshape them, and on hand-written files of each shape it reads.
 */
class PlainYamlTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static final Path FIXTURES = Path.of("src/test/resources");

    /** The shapes a synthetic or generated library is written in: each must be read by the plain reader. */
    private static final String[] READ = {
        "id: platform-edge-5748\nname: Platform edge 5748\ndescription: >-\n"
                + "  Platform edge 5748 with encryption, logging and tags; generated for benchmarks.\n"
                + "version: 2.6.5\nlayer: patterns\ncategory: patterns/platform\nmaturity: stable\n"
                + "tags: [databases, autoscaling, caching]\nsupport_channel: \"#platform-platform\"\n"
                + "requires:\n  - module: storage-basic-1756\n    version: \">= 1.4.6\"\n"
                + "compatible_with:\n  terraform: \">= 1.5.0\"\n  providers:\n    aws: \">= 5.0, < 6.0\"\n"
                + "cost:\n  estimated_monthly_usd: 153.0\nexamples: [complete]\n",
        "# Registry\n\nmodules:\n  - id: networking-core-0\n    version: 1.4.0\n    tags: [queues, dns]\n"
                + "    metrics:\n      downloads: 4557\n      rating: 4.7\n    versions:\n"
                + "      - version: 1.4.0\n        released: 2025-01-01\n        maturity: stable\n"
                + "  - id: b\n    version: 0.1.0 # comment\n",
        "a:\n- x\n- 'y ''z'''\nb: |\n  one\n  two\n\n# end\n",
        "a: |-\n  one\n  two\nb: >\n    folded\n    text\nc: []\nd: [ 1 , 2.50 ,true ]\ne: false\n",
        "list:\n  - [a, b]\n  - plain text, with comma\n  - 0\n",
    };

    /** Shapes it leaves to the general parser. */
    private static final String[] DECLINED = {
        "a: b", "a:\tb\n", "a: b\r\n", "a:\n", "a: &x b\n", "a: *x\n", "a: !!str b\n", "a: {b: c}\n",
        "a: \"b\\n\"\n", "a: b\n  c\n", "a: b\na: c\n", "---\na: b\n", "- a\n", "a: null\n", "a: ~\n", "a: yes\n",
        "a: 0x1F\n", "a: 1_000\n", "a: 012\n", "a: [a, b,]\n", "a: >\n  x\n\n  y\n", "a: >\n  x\n    y\n",
        "? a\n: b\n", "\"a\": b\n", "a: b: c\n", "a: 'b\n  c'\n", "a: \uD83D\uDE00\n", "a:\n  - \n",
        "a: b\u2028c\n", "a: b\u0085c\n", "a" + "b".repeat(1100) + ": c\n",
    };

    @Test
    void plainShapes_areReadAsTheGeneralParserReadsThem() {
        for (String text : READ) {
            YamlDocument plain = PlainYaml.parse(text, "f.yaml");
            assertNotNull(plain, text);
            assertEquals(dump(YamlFiles.parseGeneral(text, "f.yaml")), dump(plain), text);
        }
    }

    @Test
    void scalarsThatMayNotBeStrings_areTypedAsTheGeneralParserTypesThem() {
        String[] values = {"0", "7", "4557", "-1", "+1", "012", "089", "0.5", "00.5", "1.0", "153.0", "4.05", "1.",
            ".5", "1.4.2", "1.0.0-beta.3", "10.20.30.40", "1..2", "2025-01-01", "2025-1-01", "2025-01-01T10:00:00Z",
            "999999999999999999", "9999999999999999999", "1e5", "1_000", "0x1F", "190:20:30", "true", "false", "True",
            "on", "No", "y", "null", "~", "Null", "<<", "=", "1.4.2 # a comment"};
        int read = 0;
        for (String v : values) {
            for (String text : new String[] {"value: " + v + "\n", "list: [" + v + "]\n", "list:\n  - " + v + "\n"}) {
                if (sameOrDeclined(text, text)) {
                    read++;
                }
            }
        }
        assertTrue(read > values.length, String.valueOf(read));
    }

    @Test
    void otherShapes_areDeclined() {
        for (String text : DECLINED) {
            assertNull(PlainYaml.parse(text, "f.yaml"), text);
        }
    }

    @Test
    void everyLibraryFile_andEveryLineByLineChangeOfIt_isReadAlikeOrDeclined() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(SAMPLE, FIXTURES)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).forEach(files::add);
            }
        }
        int read = 0;
        int variantsRead = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (sameOrDeclined(text, file.toString())) {
                read++;
            }
            String[] lines = text.split("\n", -1);
            if (lines.length > 60 || !file.startsWith(SAMPLE)) {
                continue; // the sample's metadata and small catalog files; the large ones cost most to vary
            }
            for (int i = 0; i < lines.length; i++) {
                for (String changed : new String[] {"", " " + lines[i], lines[i].replaceFirst("^ ", ""),
                    lines[i] + " # c", lines[i] + ":", lines[i] + "\n" + lines[i], "  " + lines[i]}) {
                    String[] copy = lines.clone();
                    copy[i] = changed;
                    if (sameOrDeclined(String.join("\n", copy), file + " line " + (i + 1) + " as " + changed)) {
                        variantsRead++;
                    }
                }
            }
        }
        // the plain reader is used, not declining everything: most of the sample's files are of its shape
        assertTrue(read > files.size() / 3, read + " of " + files.size());
        assertTrue(variantsRead > 300, String.valueOf(variantsRead));
    }

    /** @return whether the plain reader read the text (the same as the general one); fails if it differs */
    private static boolean sameOrDeclined(String text, String what) {
        YamlDocument plain = PlainYaml.parse(text, "f.yaml");
        String general;
        try {
            general = dump(YamlFiles.parseGeneral(text, "f.yaml"));
        } catch (FindingException e) {
            assertNull(plain, "read what the general parser refuses (" + e.getMessage() + "): " + what);
            return false;
        }
        if (plain == null) {
            return false;
        }
        assertEquals(general, dump(plain), what);
        return true;
    }

    /** Every node with its type, text, and its locations (key, value, end), in document order. */
    private static String dump(YamlDocument doc) {
        StringBuilder out = new StringBuilder();
        dump(doc.root(), locs(doc), "", out);
        return out.toString();
    }

    private static YamlDocument.Loc locs(YamlDocument doc) {
        try {
            var field = YamlDocument.class.getDeclaredField("locs");
            field.setAccessible(true);
            return (YamlDocument.Loc) field.get(doc);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static void dump(JsonNode node, YamlDocument.Loc loc, String pointer, StringBuilder out) {
        out.append(pointer).append(' ').append(node.getClass().getSimpleName()).append(' ')
                .append(node.isContainerNode() ? "" : node.isTextual() ? node.textValue() : node.toString())
                .append(" key ").append(at(loc.key)).append(" value ").append(at(loc.value)).append(" end ")
                .append(at(loc.end)).append(" children ").append(loc.size).append('\n');
        if (node.isObject()) {
            int i = 0;
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                assertEquals(e.getKey(), loc.names[i], pointer);
                dump(e.getValue(), loc.children[i], pointer + "/" + e.getKey(), out);
                i++;
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                dump(node.get(i), loc.children[i], pointer + "/" + i, out);
            }
        }
    }

    private static String at(long packed) {
        return packed == YamlDocument.NONE ? "-" : (packed >>> 32) + ":" + (int) packed;
    }
}
