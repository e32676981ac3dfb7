package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.model.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever the text, reading either succeeds or ends in one documented finding: never a crash. */
class YamlFuzzProperties {

    @Test
    void readingAnyTextGivesAValueOrFindings() {
        qt().withExamples(1000).forAll(yamlish()).checkAssert(YamlFuzzProperties::readsOrReports);
    }

    private static void readsOrReports(String text) {
        YamlDocument doc;
        try {
            doc = YamlFiles.parse(text, "fuzz.yaml");
        } catch (FindingException e) {
            assertTrue(e.getMessage().startsWith("fuzz.yaml"), e.getMessage());
            return;
        }
        List<Finding> findings = new ArrayList<>();
        CatalogReader.registry(doc, findings);
        CatalogReader.taxonomy(doc, findings);
        CatalogReader.tags(doc, findings);
        CatalogReader.maturityModel(doc, findings);
        CatalogReader.searchIndex(doc, findings);
        CatalogReader.settings(doc, findings);
        CatalogReader.metadata(doc, findings, "vpc-standard", dev.alexandria.api.model.Layer.FOUNDATIONS,
                dev.alexandria.api.model.Category.parse("foundations/networking"));
        for (Finding f : findings) {
            assertTrue(f.location().file().equals("fuzz.yaml"), f.toString());
            assertFalse(f.message().contains("Exception"), f.toString());
        }
    }

    static Gen<String> yamlish() {
        Gen<String> fragments = arbitrary().pick("modules:\n", "  - id: vpc\n", "    versions:\n", "tags: [a, b]\n",
                "layers:\n  - name: compute\n", "- ", ": ", "&a ", "*a", "{", "}", "[", "]", "\"", "'", "#", "\n",
                "  ", "\t", "---\n", "...\n", "? ", "!!str ", "|\n", ">-\n", "version: 1.0\n", "id: ../x\n",
                "indices:\n  - name: x\n    boosts: {a: b}\n", "downloads: -1\n", "rating: .nan\n",
                "inspect:\n  boilerplate_files: [context.tf, a/b.tf]\n", "boilerplate_files:\n", "\u00e9", "\u0000");
        return lists().of(fragments).ofSizeBetween(0, 25).map(l -> String.join("", l));
    }
}
