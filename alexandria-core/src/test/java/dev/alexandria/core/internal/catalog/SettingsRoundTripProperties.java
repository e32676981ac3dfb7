package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Law of {@code settings.yaml}: reading what the writer wrote gives equal settings, without findings. */
class SettingsRoundTripProperties {

    @Test
    void readAfterWriteGivesEqualSettings() {
        qt().withExamples(300).forAll(CatalogGen.settings()).checkAssert(settings -> {
            String text = YamlEmitter.settings(settings);
            List<Finding> findings = new ArrayList<>();
            CatalogSettings read = CatalogReader.settings(YamlFiles.parse(text, "settings.yaml"), findings);
            assertEquals(List.of(), findings, text);
            assertEquals(settings, read, text);
        });
    }
}
