package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.InterfaceDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Declarations hidden by HCL errors, as a table: each folder under {@code versioning/hidden/} holds an old and a new
 * version of which one or both have a file that does not parse (or a block whose header has a label too many or
 * too few, or a {@code .tf.json} file that is not valid JSON), and the expected diff. A declaration whose file does
 * not parse is listed as not compared, never as removed or added; a declaration truly removed from a file that
 * parses is still reported.
 */
class InterfaceDifferHiddenTest {

    static final Path CASES = Path.of("src/test/resources/versioning/hidden");

    static String render(InterfaceDiff diff) {
        StringBuilder sb = new StringBuilder(InterfaceDifferRulesTest.render(diff));
        sb.append("complete: ").append(diff.isComplete()).append('\n');
        diff.notCompared().forEach(x -> sb.append(x.message()).append('\n'));
        return sb.toString();
    }

    @Test
    void everyCase_listsHiddenDeclarationsAsNotCompared_andKeepsRealChanges() throws IOException {
        List<String> wrong = new ArrayList<>();
        Path actualDir = Path.of("target/versioning-hidden-actual");
        Files.createDirectories(actualDir);
        List<Path> cases;
        try (Stream<Path> s = Files.list(CASES)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path c : cases) {
            String actual = render(InterfaceDifferRulesTest.diff(c, false));
            Path expectedFile = c.resolve("expected.txt");
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            if (!expected.equals(actual)) {
                wrong.add(c.getFileName().toString());
                Files.writeString(actualDir.resolve(c.getFileName() + ".txt"), actual, StandardCharsets.UTF_8);
            }
        }
        assertEquals(11, cases.size(), cases.toString());
        assertEquals(List.of(), wrong, "see target/versioning-hidden-actual/");
    }
}
