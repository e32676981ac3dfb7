package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegistryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Laws of the registry's YAML, over registries whose every string field holds nasty text (see
 * {@link CatalogGen}): read(write(r)) == r, rewriting an unchanged file changes no byte, and splicing a change
 * reads back as the changed registry while the untouched entries keep their text.
 */
class RegistryRoundTripProperties {

    static ModuleRegistry read(String text) {
        List<Finding> findings = new ArrayList<>();
        ModuleRegistry r = CatalogReader.registry(YamlFiles.parse(text, "module-registry.yaml"), findings).registry();
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        assertEquals(List.of(), errors, text);
        return r;
    }

    @Test
    void partialCost_isWrittenAsPartialTrueAndReadBack() {
        assertFlagRoundTrips(new RegistryEntry.CostInfo(new java.math.BigDecimal("0.5"),
                dev.alexandria.api.model.CostCategory.LOW, true), "partial", RegistryEntry.CostInfo::partial);
    }

    @Test
    void usagePricedCost_isWrittenAsUsagePricedTrueAndReadBack() {
        assertFlagRoundTrips(new RegistryEntry.CostInfo(new java.math.BigDecimal("0.5"),
                dev.alexandria.api.model.CostCategory.LOW, false, true), "usage_priced",
                RegistryEntry.CostInfo::usagePriced);
    }

    /**
     * A cost whose flag {@code key} is set is written with {@code key: true} and read back so; the same cost
     * without flags is written without the key and read back with the flag unset.
     */
    private static void assertFlagRoundTrips(RegistryEntry.CostInfo flagged, String key,
                                             java.util.function.Predicate<RegistryEntry.CostInfo> flag) {
        RegistryEntry entry = RegistryEntry.builder().id(dev.alexandria.api.model.ModuleId.of("cloudtrail"))
                .name("CloudTrail").version("1.0.0").category(new dev.alexandria.api.model.Category(
                        dev.alexandria.api.model.Layer.OBSERVABILITY, "tracing"))
                .maturity(dev.alexandria.api.model.MaturityLevel.EXPERIMENTAL).description("Trail.")
                .cost(flagged).support(new RegistryEntry.Support("team", Optional.empty())).build();
        String text = YamlEmitter.registry(new ModuleRegistry(List.of(entry)));
        assertTrue(text.contains("    cost:\n      estimated_cost: 0.5\n      cost_category: low\n      " + key
                + ": true\n"), text);
        assertEquals(true, flag.test(read(text).entries().get(0).cost().orElseThrow()));
        String plain = YamlEmitter.registry(new ModuleRegistry(List.of(entry.toBuilder().cost(
                new RegistryEntry.CostInfo(new java.math.BigDecimal("0.5"),
                        dev.alexandria.api.model.CostCategory.LOW)).build())));
        assertTrue(!plain.contains(key), plain);
        assertEquals(false, flag.test(read(plain).entries().get(0).cost().orElseThrow()));
    }

    @Test
    void readAfterWriteGivesAnEqualRegistry() {
        qt().withExamples(300).forAll(CatalogGen.registry()).checkAssert(registry -> {
            String text = YamlEmitter.registry(registry);
            assertEquals(registry, read(text), text);
        });
    }

    @Test
    void rewritingAnUnchangedRegistryIsByteIdentical() {
        qt().withExamples(200).forAll(CatalogGen.registry()).checkAssert(registry -> {
            String text = "# header comment\n" + YamlEmitter.registry(registry) + "# footer\n";
            YamlDocument doc = YamlFiles.parse(text, "module-registry.yaml");
            List<RegistryEntry> entries = read(text).entries();
            String spliced = SplicingWriter.splice(doc, "modules", entries, entries, RegistryEntry::id,
                    YamlEmitter::registryEntry).orElse(text);
            assertEquals(text, spliced);
            assertEquals(text, CatalogStore.render(Optional.of(doc), entries, registry, registry));
        });
    }

    @Test
    void splicingAChangeReadsBackAsTheChangedRegistry() {
        qt().withExamples(200).forAll(CatalogGen.registry(), CatalogGen.entry()).checkAssert((registry, changed) -> {
            String text = YamlEmitter.registry(registry);
            YamlDocument doc = YamlFiles.parse(text, "module-registry.yaml");
            List<RegistryEntry> entries = read(text).entries();
            RegistryEntry replacement = registry.entries().isEmpty() ? changed
                    : changed.toBuilder().id(registry.entries().get(0).id()).build();
            ModuleRegistry next = registry.with(replacement);
            String spliced = CatalogStore.render(Optional.of(doc), entries, registry, next);
            assertEquals(next, read(spliced), spliced);
            for (RegistryEntry untouched : next.entries().subList(1, next.entries().size())) {
                String own = YamlEmitter.registryEntry(untouched, 2);
                assertTrue(spliced.contains(own), own);
            }
        });
    }

    @Test
    void archivingAnEntrySplicesBothListsAndReadsBack() {
        qt().withExamples(200).forAll(CatalogGen.registry(), CatalogGen.entry()).checkAssert((registry, changed) -> {
            String text = "# header comment\n" + YamlEmitter.registry(registry);
            YamlDocument doc = YamlFiles.parse(text, "module-registry.yaml");
            List<RegistryEntry> entries = read(text).entries();
            ModuleRegistry next = registry.entries().isEmpty() ? registry
                    : registry.archive(changed.toBuilder().id(registry.entries().get(0).id()).build());
            String spliced = CatalogStore.render(Optional.of(doc), entries, registry, next);
            assertEquals(next, read(spliced), spliced);
            assertTrue(spliced.startsWith("# header comment\n"), spliced);
            for (RegistryEntry untouched : next.entries()) {
                String own = YamlEmitter.registryEntry(untouched, 2);
                assertTrue(spliced.contains(own), own);
            }
        });
    }
}
