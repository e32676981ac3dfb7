package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README table reader on terraform-docs output in every shape (fixtures: validate/readme-tables/SOURCES.md). */
class ReadmeTablesTest {

    private static final Pattern BLOCK = Pattern.compile("(?m)^(variable|output) \"([^\"]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"truss-wafv2", "truss-iam-user-group", "awsia-cloudwatch-log-group",
            "awsia-opensearch-serverless", "hand-written"})
    void read_listsExactlyTheDeclaredNames(String module) {
        Path dir = fixture(module);
        ReadmeTables tables = ReadmeTables.read(generated(read(dir.resolve("README.md"))));
        assertEquals(declared(dir, "variable"), tables.inputs());
        assertEquals(declared(dir, "output"), tables.outputs());
    }

    @Test
    void read_aDataRowCalledNameWithoutAnchorIsAName() {
        ReadmeTables t = ReadmeTables.read(generated(read(fixture("truss-wafv2").resolve("README.md"))));
        assertTrue(t.inputs().contains("name"), t.inputs().toString());
    }

    @Test
    void read_handWrittenShapes() {
        ReadmeTables t = ReadmeTables.read(generated(read(fixture("hand-written").resolve("README.md"))));
        assertEquals(Set.of("name", "pipe_in_cell", "quoted_name"), t.inputs());
        assertEquals(Set.of("name", "out_id"), t.outputs());
    }

    @Test
    void read_headerIsTheRowBeforeTheDelimiterRow() {
        String md = "## Inputs\n\n| Name | Description |\n|------|-------------|\n| name | first |\n| Name | a "
                + "variable really called Name |\n\n## Outputs\n\n| name | x |\n| other | y |\n";
        ReadmeTables t = ReadmeTables.read(md);
        assertEquals(Set.of("Name", "name"), t.inputs());
        assertEquals(Set.of(), t.outputs(), "rows without a delimiter row are not a table");
    }

    private static String generated(String readme) {
        int begin = readme.indexOf(ReadmeDocs.BEGIN);
        int end = readme.indexOf(ReadmeDocs.END);
        assertTrue(begin >= 0 && end > begin, "fixture has the markers");
        return readme.substring(begin, end);
    }

    private static Set<String> declared(Path dir, String kind) {
        Set<String> out = new TreeSet<>();
        for (String file : new String[] {"variables.tf", "outputs.tf"}) {
            Matcher m = BLOCK.matcher(read(dir.resolve(file)));
            while (m.find()) {
                if (m.group(1).equals(kind)) {
                    out.add(m.group(2));
                }
            }
        }
        assertTrue(!out.isEmpty(), "fixture declares " + kind + "s");
        return out;
    }

    private static Path fixture(String module) {
        try {
            return Path.of(ReadmeTablesTest.class.getResource("/validate/readme-tables/" + module).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
