package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.core.internal.cache.CacheFormatException;
import dev.alexandria.core.internal.cache.CacheIndex;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.LibraryCache;
import dev.alexandria.core.internal.cache.ModelCodec;
import dev.alexandria.core.internal.cache.RegistryTable;
import dev.alexandria.core.internal.discovery.SearchBackends;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry's table of entries in the cache: a table that does not line up with its blocks (its checksum
 * recomputed, so only the layout is wrong) gives the entries the file gives, and is rewritten sound.
 */
class RegistryCacheRebuildTest {

    private static final byte[] KEY = "_catalog/module-registry.yaml".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    private static Library openModule(Path root, Optional<Path> cache, String id) {
        return LibraryLoader.openModule(root, real -> cache, SearchBackends.Config.defaults(), MigrationFactory.NONE,
                false, id);
    }

    /** The cache file that holds the registry's entry, and where its table names vpc-standard. */
    private static Path indexFile(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(f), KEY, 0) >= 0) {
                    return f;
                }
            }
        }
        throw new AssertionError("no cache file holds the registry");
    }

    private static int indexOf(byte[] bytes, byte[] what, int from) {
        outer:
        for (int i = from; i <= bytes.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The registry's table as the cache holds it now. */
    private static RegistryTable table(Path root, Path cache) throws IOException {
        Path real = root.toRealPath();
        CacheIndex index = LibraryCache.in(cache, real).index();
        String key = "_catalog/module-registry.yaml";
        CacheInput in = index.lookupPayload(key, new LibraryCache.NamedFile(key, real.resolve(key))).orElseThrow()
                .open();
        ModelCodec.readFindings(in);
        return ModelCodec.readRegistryTable(in);
    }

    @Test
    void aTableThatDoesNotLineUp_givesTheFilesEntries_andIsRewritten() throws IOException {
        Path root = Fixtures.valid(tmp);
        Optional<Path> cache = Optional.of(tmp.resolve("cache"));
        Library fresh = LibraryLoader.open(root);
        LibraryLoader.open(root, real -> cache); // fills the cache
        Path index = indexFile(cache.get());
        byte[] bytes = Files.readAllBytes(index);
        int at = indexOf(bytes, "vpc-standard".getBytes(StandardCharsets.UTF_8), indexOf(bytes, KEY, 0));
        assertTrue(at > 0);
        // the table's first naming of vpc-standard now names another module of the same length
        System.arraycopy("vpc-standarz".getBytes(StandardCharsets.UTF_8), 0, bytes, at, 12);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        ByteBuffer.wrap(bytes, bytes.length - 8, 8).putLong(crc.getValue());
        Files.write(index, bytes);
        assertThrows(CacheFormatException.class, () -> table(root, cache.get()), "the premise: the table is refused");

        Library one = openModule(root, cache, "vpc-standard");
        assertEquals(fresh.requireModule("vpc-standard").registryEntry(),
                one.requireModule("vpc-standard").registryEntry());
        // rewritten: the entry the next open reads is sound again
        assertTrue(table(root, cache.get()).ids().contains(dev.alexandria.api.model.ModuleId.of("vpc-standard")));
        for (String id : List.of("vpc-standard", "eks-standard")) {
            assertEquals(fresh.requireModule(id).registryEntry(), LibraryLoader.open(root, real -> cache)
                    .requireModule(id).registryEntry(), id);
        }
        assertEquals(fresh.catalog().registry(), LibraryLoader.open(root, real -> cache).catalog().registry());
    }
}
