package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Version;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A module version's git tag has one spelling, {@link DefaultModuleVersions#tagName(ModuleId, Version)}. */
class TagNamesTest {

    @Test
    void tagName_isModuleSlashVVersion_andItsPrefixStartsEveryTagName() {
        ModuleId id = ModuleId.of("vpc-standard");
        assertEquals("vpc-standard/v1.2.0-beta.1", DefaultModuleVersions.tagName(id, Version.parse("1.2.0-beta.1")));
        assertEquals("vpc-standard/v", DefaultModuleVersions.tagPrefix(id));
    }

    @Test
    void noOtherMainSource_spellsATagByHand() throws IOException {
        // a second spelling drifts: a tag written one way and looked up another is a release that cannot be found
        Path main = Path.of("src/main/java");
        List<String> hand = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                if (f.getFileName().toString().equals("DefaultModuleVersions.java")) {
                    continue;
                }
                List<String> lines = read(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("\"/v\"")) {
                        hand.add(main.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), hand, "use DefaultModuleVersions.tagName(ModuleId, Version) (or tagPrefix)");
    }

    private static List<String> read(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
