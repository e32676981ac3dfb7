package dev.alexandria.core.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alexandria.api.model.ModuleInterface;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under {@code src/test/resources/inspect/} is a module with an {@code expected.json} written by
 * hand from terraform-config-inspect's documented behaviour; {@code ${dir}} in it stands for the folder.
 */
class InspectFixturesTest {

    private static final Path ROOT = Path.of("src/test/resources/inspect");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> Files.exists(p.resolve("expected.json"))).map(p -> p.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void inspect_matchesExpectedJson(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        String expectedText = Files.readString(dir.resolve("expected.json"), StandardCharsets.UTF_8)
                .replace("${dir}", dir.toString());
        JsonNode expected = MAPPER.readTree(expectedText);
        ModuleInterface mi = new ModuleInspector().inspect(dir);
        JsonNode actual = MAPPER.readTree(InspectJson.render(mi));
        assertEquals(sorted(expected).toPrettyString(), sorted(actual).toPrettyString(), () -> "case " + name);
        assertEquals(expected, actual);
    }

    /** Jackson's equality of object nodes ignores key order; pretty strings do not, so sort both alike. */
    static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode o = MAPPER.createObjectNode();
            new java.util.TreeMap<String, JsonNode>(MAPPER.convertValue(n,
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, JsonNode>>() { }))
                    .forEach((k, v) -> o.set(k, sorted(v)));
            return o;
        }
        if (n.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode a = MAPPER.createArrayNode();
            n.forEach(e -> a.add(sorted(e)));
            return a;
        }
        return n;
    }
}
