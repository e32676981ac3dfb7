package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.VersionConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Every value the writer once got wrong (issue 7, "No silent data changes"), found by the round-trip properties,
 * kept as a plain example: each is written, read back and compared.
 */
class Issue7CounterexamplesTest {

    static ModuleMetadata.Builder metadata() {
        return ModuleMetadata.builder().id("vpc-legacy").name("Legacy VPC").description("The old VPC.")
                .version("1.0.0").category("foundations/networking").maturity(MaturityLevel.STABLE)
                .maintainer("team-networking");
    }

    static ModuleMetadata roundTrip(ModuleMetadata m) {
        String text = YamlEmitter.metadata(m);
        List<Finding> findings = new ArrayList<>();
        Optional<ModuleMetadata> read = CatalogReader.metadata(YamlFiles.parse(text, ".alexandria.yaml"), findings,
                m.id().value(), m.layer(), m.category());
        assertEquals(List.of(), findings, text);
        return read.orElseThrow(() -> new AssertionError(text));
    }

    static <T> T read(String text, BiFunction<YamlDocument, List<Finding>, T> reader) {
        List<Finding> findings = new ArrayList<>();
        T value = reader.apply(YamlFiles.parse(text, "catalog.yaml"), findings);
        assertEquals(List.of(), findings.stream().filter(Finding::isError).toList(), text);
        return value;
    }

    @Test
    void deprecationReplacement_on_readsBackAsTheModuleIdOn() {
        for (String id : new String[] {"on", "off", "yes", "no", "true", "false", "null"}) {
            ModuleMetadata m = metadata().maturity(MaturityLevel.DEPRECATED)
                    .deprecation(new Deprecation("Replaced.", Optional.of(ModuleId.of(id)), Optional.empty()))
                    .build();
            String text = YamlEmitter.metadata(m);
            assertTrue(text.contains("  replacement: \"" + id + "\"\n"), text);
            assertEquals(m, roundTrip(m));
        }
    }

    @Test
    void idsTagsAndCategoriesThatAreYamlWords_readBackAsWritten() {
        ModuleMetadata m = metadata().id("on").category("foundations/no").tags("yes", "off", "null", "y")
                .examples("1.0", "Yes", "0x1F", "2026-03-14").build();
        String text = YamlEmitter.metadata(m);
        assertTrue(text.contains("id: \"on\"\n"), text);
        assertTrue(text.contains("tags: [\"yes\", \"off\", \"null\", \"y\"]\n"), text);
        assertTrue(text.contains("examples: [\"1.0\", Yes, \"0x1F\", \"2026-03-14\"]\n") || text.contains(
                "examples: [\"1.0\", \"Yes\", \"0x1F\", \"2026-03-14\"]\n"), text);
        assertEquals(m, roundTrip(m));
    }

    @Test
    void constraintsThatLookLikeNumbers_readBackAsText() {
        Map<String, VersionConstraint> providers = new LinkedHashMap<>();
        providers.put("aws", VersionConstraint.parse("5"));
        providers.put("google", VersionConstraint.parse("1.5"));
        ModuleMetadata m = metadata().compatibleWith(new CompatibleWith(Optional.of(VersionConstraint.parse("1.5")),
                providers)).build();
        String text = YamlEmitter.metadata(m);
        assertTrue(text.contains("  terraform: \"1.5\"\n  providers: {aws: \"5\", google: \"1.5\"}\n"), text);
        assertEquals(m, roundTrip(m));
    }

    @Test
    void emptyAndMultiLineProviderNames_readBackAsExplicitFlowKeys() {
        Map<String, VersionConstraint> providers = new LinkedHashMap<>();
        providers.put("", VersionConstraint.parse(">= 1.0"));
        providers.put("a\nb", VersionConstraint.parse("1"));
        providers.put("x".repeat(300) + "\nbreak", VersionConstraint.parse("2"));
        ModuleMetadata m = metadata().compatibleWith(new CompatibleWith(Optional.empty(), providers)).build();
        assertEquals(m, roundTrip(m));
    }

    @Test
    void emptyBoostField_readsBack() {
        Map<String, Double> boosts = new LinkedHashMap<>();
        boosts.put("", 0.0);
        boosts.put("name", 3.0);
        SearchIndexConfig c = new SearchIndexConfig(List.of(new SearchIndexConfig.SearchIndex("\u0000",
                List.of("x", "\u0000\u0000\u0085"), boosts)));
        assertEquals(c, read(YamlEmitter.searchIndex(c), CatalogReader::searchIndex));
    }

    @Test
    void subcategoryThatIsAYamlWord_readsBack() {
        Taxonomy t = new Taxonomy(dev.alexandria.api.model.DependencyPolicy.DEFAULT, List.of(
                new Taxonomy.LayerDefinition(dev.alexandria.api.model.Layer.DATA, "yes",
                        List.of(new Taxonomy.CategoryDefinition(
                                new dev.alexandria.api.model.Category(dev.alexandria.api.model.Layer.DATA, "no"),
                                "~")))));
        String text = YamlEmitter.taxonomy(t);
        assertTrue(text.contains("      - name: \"no\"\n        description: \"~\"\n"), text);
        assertEquals(t, read(text, CatalogReader::taxonomy));
    }

    @Test
    void registryFieldsWithControlCharactersAndLineBreaks_readBack() {
        RegistryEntry e = RegistryEntry.builder().id("aa").name("x").version("0.0.0")
                .category("foundations/aaa").maturity(MaturityLevel.EXPERIMENTAL).description("\u0000\u0000")
                .readmeUrl("'single'").support(RegistryEntry.Support.of("0\"*!\n@''|##\\,", "trail "))
                .compatibleWith(new CompatibleWith(Optional.of(VersionConstraint.parse("1.0.0-beta.3")),
                        Map.of("\u0000\n" + "x".repeat(200), VersionConstraint.parse(">=1.5"))))
                .build();
        ModuleRegistry r = new ModuleRegistry(List.of(e));
        assertEquals(r, read(YamlEmitter.registry(r), (doc, f) -> CatalogReader.registry(doc, f).registry()));
    }
}
