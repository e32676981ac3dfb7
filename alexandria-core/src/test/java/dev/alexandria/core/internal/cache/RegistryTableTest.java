package dev.alexandria.core.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The registry's table of entries in the cache: one entry decoded alone is the entry of the whole registry. */
class RegistryTableTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");

    private static ModuleRegistry sample() {
        return LibraryLoader.open(SAMPLE).catalog().registry();
    }

    private static byte[] written(ModuleRegistry r) {
        CacheOutput out = CacheOutput.create();
        ModelCodec.write(out, r);
        return out.toByteArray();
    }

    @Test
    void everySampleModulesEntry_decodedAlone_equalsItsEntryInTheWholeRegistry() {
        ModuleRegistry registry = sample();
        byte[] bytes = written(registry);
        ModuleRegistry whole = ModelCodec.readRegistry(CacheInput.of(bytes));
        assertEquals(registry, whole);
        assertTrue(registry.entries().size() > 20, "the sample has its registry");
        for (RegistryEntry e : registry.entries()) {
            // a fresh input each time: nothing decoded before helps the one entry
            RegistryTable table = ModelCodec.readRegistryTable(CacheInput.of(bytes));
            assertEquals(Optional.of(e), table.entry(e.id()), e.id().value());
            assertEquals(whole.entry(e.id().value()), table.entry(e.id()), e.id().value());
        }
        assertEquals(Optional.empty(), ModelCodec.readRegistryTable(CacheInput.of(bytes))
                .entry(ModuleId.of("no-such-module")));
    }

    @Test
    void anArchivedModule_isFoundAfterTheListedOnes() {
        RegistryEntry vpc = sample().entry("vpc-standard").orElseThrow();
        RegistryEntry old = vpc.toBuilder().id("vpc-old").description("archived").build();
        ModuleRegistry r = new ModuleRegistry(List.of(vpc), List.of(old));
        RegistryTable table = ModelCodec.readRegistryTable(CacheInput.of(written(r)));
        assertEquals(Optional.of(old), table.entry(ModuleId.of("vpc-old")));
        assertEquals(Optional.of(vpc), table.entry(ModuleId.of("vpc-standard")));
        assertEquals(r, table.registry());
        assertEquals(List.of(ModuleId.of("vpc-standard"), ModuleId.of("vpc-old")), table.ids());
    }

    @Test
    void aTableWhoseIdsDoNotLineUpWithTheBlocks_isRefused() {
        RegistryEntry vpc = sample().entry("vpc-standard").orElseThrow();
        RegistryEntry eks = sample().entry("eks-standard").orElseThrow();
        byte[] bytes = written(new ModuleRegistry(List.of(vpc, eks), List.of()));
        // the table names vpc-standard first: make it name a module of the same length the block does not hold
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("vpc-standard");
        byte[] swapped = bytes.clone();
        byte[] other = "vpc-advanced".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(other, 0, swapped, at, other.length);
        CacheFormatException e = assertThrows(CacheFormatException.class,
                () -> ModelCodec.readRegistryTable(CacheInput.of(swapped)));
        assertTrue(e.getMessage().contains("vpc-advanced"), e.getMessage());
    }

    @Test
    void aTableWhoseLengthsDoNotAddUp_isRefused() {
        RegistryEntry vpc = sample().entry("vpc-standard").orElseThrow();
        byte[] bytes = written(new ModuleRegistry(List.of(vpc), List.of()));
        // layout: entries 1, archived 0, id (reference 0, length 12, 12 bytes), block length, total length
        int lengthAt = 2 + 1 + 1 + "vpc-standard".length();
        byte[] shorter = bytes.clone();
        shorter[lengthAt] = (byte) (shorter[lengthAt] - 1);
        assertThrows(CacheFormatException.class, () -> ModelCodec.readRegistryTable(CacheInput.of(shorter)));
        assertThrows(CacheFormatException.class, () -> ModelCodec.readRegistryTable(CacheInput.of(bytes, 0,
                bytes.length - 1)));
    }
}
