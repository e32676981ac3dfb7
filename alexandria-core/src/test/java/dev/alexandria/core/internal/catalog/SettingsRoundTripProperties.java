package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Finding;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Law of {@code settings.yaml}: reading what the writer wrote gives equal settings, without findings. */
class SettingsRoundTripProperties {

    @Property(tries = 300)
    void readAfterWriteGivesEqualSettings(@ForAll("settings") CatalogSettings settings) {
        String text = YamlEmitter.settings(settings);
        List<Finding> findings = new ArrayList<>();
        CatalogSettings read = CatalogReader.settings(YamlFiles.parse(text, "settings.yaml"), findings);
        assertEquals(List.of(), findings, text);
        assertEquals(settings, read, text);
    }

    @Provide
    Arbitrary<CatalogSettings> settings() {
        Arbitrary<String> base = Arbitraries.strings().withChars("abcXYZ019_-. #:'\"[]{},&*!|>%@`\u00e9")
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> name = Arbitraries.oneOf(base, Arbitraries.of("context", "yes", "null", "1.0", "true"))
                .flatMap(b -> Arbitraries.of(".tf", ".tf.json").map(ext -> b + ext))
                .filter(CatalogSettings.Inspect::isBoilerplateFileName);
        return name.list().uniqueElements().ofMaxSize(6)
                .map(files -> new CatalogSettings(new CatalogSettings.Inspect(files)));
    }
}
