package dev.alexandria.core.internal.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link WindowedStreamReader} gives SnakeYAML's parser exactly what SnakeYAML's own reader gives it: the same
 * events at the same places, and the same errors at the same places, for the library's files and for generated
 * text with long tokens, surrogate pairs, control characters and broken syntax.
 */
class WindowedStreamReaderTest {

    /** What a parser made of a text: each event with its marks, then how it ended. */
    private static List<String> trace(String text, boolean windowed) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        StreamReader reader = windowed ? new WindowedStreamReader(new StringReader(text))
                : new StreamReader(new StringReader(text));
        ParserImpl parser = new ParserImpl(reader, options);
        List<String> out = new ArrayList<>();
        try {
            while (true) {
                Event e = parser.getEvent();
                out.add(e + " " + where(e.getStartMark()) + "-" + where(e.getEndMark()));
                if (e.is(Event.ID.StreamEnd)) {
                    return out;
                }
            }
        } catch (MarkedYAMLException e) {
            out.add(e.getClass().getSimpleName() + ": " + e.getContext() + " " + where(e.getContextMark()) + " / "
                    + e.getProblem() + " " + where(e.getProblemMark()));
        } catch (ReaderException e) {
            out.add("ReaderException: " + e);
        } catch (RuntimeException e) {
            out.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return out;
    }

    private static String where(Mark m) {
        return m == null ? "-" : m.getIndex() + "@" + m.getLine() + ":" + m.getColumn();
    }

    private static void same(String text) {
        assertEquals(trace(text, false), trace(text, true), () -> "text of " + text.length() + " characters");
    }

    @Test
    void theLibrarysYamlFilesParseTheSameWay() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") && Files.isRegularFile(p)).toList();
        }
        assertTrue(files.size() > 50, "found " + files.size() + " YAML files");
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            same(text);
        }
    }

    @Test
    void longTokensParseTheSameWay() {
        for (int n : new int[] {1022, 1023, 1024, 2047, 2048, 5000, 70_000}) {
            String word = "a".repeat(n);
            same("description: " + word + "\n");
            same("description: \"" + word + "\"\n");
            same("description: '" + word + "'\n");
            same("tags: [" + word + ", b]\n");
            same("# " + word + "\nname: x\n");
            same("x: &" + word + " 1\n");
            same("x: |\n  " + word + "\n");
            same(word + ": 1\n"); // a key longer than a simple key may be
            same("x: " + "\uD83D\uDE00".repeat(n / 2) + "\n"); // surrogate pairs across every read
            same("x: " + word + "\u0007\n"); // a control character after a long token
            same("x: \"" + word); // never closed
        }
    }

    @Test
    void generatedTextParsesTheSameWay() {
        qt().withExamples(500).forAll(yamlish()).checkAssert(WindowedStreamReaderTest::same);
    }

    private static Gen<String> yamlish() {
        Gen<String> fragments = arbitrary().pick("modules:\n", "  - id: vpc\n", "    versions:\n", "tags: [a, b]\n",
                "- ", ": ", "&a ", "*a", "{", "}", "[", "]", "\"", "'", "#", "\n", "\r\n", "\r", "  ", "\t", "---\n",
                "...\n", "? ", "!!str ", "|\n", ">-\n", "\u00e9", "\uD83D\uDE00", "\u0000", "\u0085", "\uFEFF",
                "\u2028", "\\", "%YAML 1.1\n");
        Gen<String> longRun = integers().between(900, 3000).map(n -> "x".repeat(n));
        Gen<String> piece = fragments.mix(longRun, 10);
        return lists().of(piece).ofSizeBetween(0, 30).map(l -> String.join("", l));
    }

    /** A reader that fails, so that its error reaches the parser as SnakeYAML's does. */
    @Test
    void aReadErrorIsSnakeYamlsError() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        YAMLException e = assertThrows(YAMLException.class, () -> new WindowedStreamReader(failing).peek());
        assertEquals("java.io.IOException: disk gone", e.getMessage());
        assertTrue(e.getCause() instanceof IOException);
    }
}
