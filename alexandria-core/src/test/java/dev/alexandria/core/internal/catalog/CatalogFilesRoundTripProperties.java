package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@code categories.yaml}, {@code tags.yaml}, {@code maturity-levels.yaml} and {@code search-index.yaml}:
 * reading what the writer wrote gives equal objects, without errors, when every string field holds nasty text.
 */
class CatalogFilesRoundTripProperties {

    static <T> T read(String text, String file, BiFunction<YamlDocument, List<Finding>, T> reader) {
        List<Finding> findings = new ArrayList<>();
        T value = reader.apply(YamlFiles.parse(text, file), findings);
        assertEquals(List.of(), findings.stream().filter(Finding::isError).toList(), text);
        return value;
    }

    @Test
    void categories_readAfterWriteGivesAnEqualTaxonomy() {
        qt().withExamples(200).forAll(CatalogGen.taxonomy()).checkAssert(t -> {
            String text = YamlEmitter.taxonomy(t);
            assertEquals(t, read(text, "categories.yaml", CatalogReader::taxonomy), text);
        });
    }

    @Test
    void tags_readAfterWriteGivesEqualTags() {
        qt().withExamples(200).forAll(CatalogGen.tags()).checkAssert(t -> {
            String text = YamlEmitter.tags(t);
            assertEquals(t, read(text, "tags.yaml", CatalogReader::tags), text);
        });
    }

    @Test
    void maturityLevels_readAfterWriteGivesAnEqualModel() {
        qt().withExamples(200).forAll(CatalogGen.maturityModel()).checkAssert(m -> {
            String text = YamlEmitter.maturityModel(m);
            assertEquals(m, read(text, "maturity-levels.yaml", CatalogReader::maturityModel), text);
        });
    }

    @Test
    void searchIndex_readAfterWriteGivesAnEqualConfiguration() {
        qt().withExamples(200).forAll(CatalogGen.searchIndex()).checkAssert(c -> {
            String text = YamlEmitter.searchIndex(c);
            assertEquals(c, read(text, "search-index.yaml", CatalogReader::searchIndex), text);
        });
    }
}
