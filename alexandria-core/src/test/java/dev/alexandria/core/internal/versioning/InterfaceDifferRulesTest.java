package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.InterfaceChange;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.core.internal.inspect.InspectOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of the interface diff as a table: each folder under {@code versioning/rules/} holds an old and a new
 * version of a small module and the expected changes, with their impact, rule, subject, locations on both sides
 * and message. Every rule of {@code docs/versioning.md} has a case, and every rule a case shows is documented.
 */
class InterfaceDifferRulesTest {

    static final Path RULES = Path.of("src/test/resources/versioning/rules");
    static final Path DOC = Path.of("../docs/versioning.md");

    static String render(InterfaceDiff diff) {
        StringBuilder sb = new StringBuilder("required bump: ").append(diff.requiredBump().name()).append('\n');
        for (InterfaceChange c : diff.changes()) {
            sb.append(c.impact().name()).append(' ').append(c.rule()).append(' ').append(c.subject()).append('\n')
                    .append("  ").append(c.locations()).append('\n')
                    .append("  ").append(c.message()).append('\n');
        }
        return sb.toString();
    }

    static InterfaceDiff diff(Path caseDir, boolean strict) {
        ModuleSnapshot from = ModuleSnapshot.read("old", caseDir.resolve("old"), "old", InspectOptions.defaults());
        ModuleSnapshot to = ModuleSnapshot.read("new", caseDir.resolve("new"), "new", InspectOptions.defaults());
        return InterfaceDiffer.diff(from, to, strict);
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(RULES)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void everyCase_givesExactlyTheExpectedChanges() throws IOException {
        List<String> wrong = new ArrayList<>();
        Path actualDir = Path.of("target/versioning-rules-actual");
        Files.createDirectories(actualDir);
        for (Path c : cases()) {
            String actual = render(diff(c, false));
            Path expectedFile = c.resolve("expected.txt");
            String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : "";
            if (!expected.equals(actual)) {
                wrong.add(c.getFileName().toString());
                Files.writeString(actualDir.resolve(c.getFileName() + ".txt"), actual, StandardCharsets.UTF_8);
            }
        }
        assertEquals(List.of(), wrong, "see target/versioning-rules-actual/");
    }

    @Test
    void everyDocumentedRule_hasACase_andEveryRuleInACaseIsDocumented() throws IOException {
        Set<String> shown = new TreeSet<>();
        for (Path c : cases()) {
            for (InterfaceChange change : diff(c, false).changes()) {
                shown.add(change.rule());
            }
        }
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `([a-z-]+)` \\|", Pattern.MULTILINE).matcher(Files.readString(DOC));
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertTrue(documented.size() > 40, documented.toString());
        Set<String> undocumented = new TreeSet<>(shown);
        undocumented.removeAll(documented);
        Set<String> untested = new TreeSet<>(documented);
        untested.removeAll(shown);
        assertEquals(Set.of(), undocumented, "rules with a case but no row in docs/versioning.md");
        assertEquals(Set.of(), untested, "documented rules without a case under versioning/rules");
    }

    @Test
    void strict_makesEveryRiskyChangeBreaking() throws IOException {
        int risky = 0;
        for (Path c : cases()) {
            InterfaceDiff lenient = diff(c, false);
            InterfaceDiff strict = diff(c, true);
            assertEquals(lenient.changes(), strict.changes());
            boolean hasRisky = lenient.changes().stream().anyMatch(x -> x.impact().name().equals("RISKY"));
            if (hasRisky) {
                risky++;
                assertEquals("MAJOR", strict.requiredBump().name(), c.toString());
                assertTrue(lenient.requiredBump().compareTo(strict.requiredBump()) < 0
                        || lenient.requiredBump().name().equals("MAJOR"), c.toString());
            } else {
                assertEquals(lenient.requiredBump(), strict.requiredBump(), c.toString());
            }
        }
        assertTrue(risky >= 10, "risky cases: " + risky);
    }
}
