package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Law of {@code .alexandria.yaml}: reading what the writer wrote gives equal metadata, without findings, when
 * every string field (deprecation, requires and compatible_with included) holds nasty text.
 */
class MetadataRoundTripProperties {

    static Optional<ModuleMetadata> read(String text, ModuleMetadata m) {
        List<Finding> findings = new ArrayList<>();
        Optional<ModuleMetadata> read = CatalogReader.metadata(YamlFiles.parse(text, ".alexandria.yaml"), findings,
                m.id().value(), m.layer(), m.category());
        assertEquals(List.of(), findings, text);
        return read;
    }

    @Test
    void readAfterWriteGivesEqualMetadata() {
        qt().withExamples(300).forAll(CatalogGen.metadata()).checkAssert(m -> {
            String text = YamlEmitter.metadata(m);
            assertEquals(Optional.of(m), read(text, m), text);
        });
    }
}
