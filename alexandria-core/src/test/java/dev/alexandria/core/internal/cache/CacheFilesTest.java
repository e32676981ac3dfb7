package dev.alexandria.core.internal.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache file is read back only when it is whole and was written for the same build, kind and library. */
class CacheFilesTest {

    private static final String BUILD = "alexandria test";

    @TempDir
    Path tmp;

    private static CacheOutput body(String text) {
        return CacheOutput.create().writeString(text).writeLong(42);
    }

    private Optional<String> read(Path file) {
        return CacheFiles.read(file, BUILD, "index", "/lib").map(c -> c.body().readString());
    }

    @Test
    void aWrittenFile_readsBackWithItsModificationTime() throws IOException {
        Path file = tmp.resolve("sub/index.bin");
        assertTrue(CacheFiles.write(file, BUILD, "index", "/lib", body("hello")));
        CacheFiles.Contents c = CacheFiles.read(file, BUILD, "index", "/lib").orElseThrow();
        assertEquals("hello", c.body().readString());
        assertEquals(42, c.body().readLong());
        assertTrue(c.body().atEnd());
        assertEquals(Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS), c.mtimeNanos());
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aWrittenFile_isTheOwnersOnly() throws IOException {
        Path file = tmp.resolve("sub").resolve("entry.bin");
        assertTrue(CacheFiles.write(file, BUILD, "index", "/lib", body("hello")));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void temporaryNames_neverReuseAFileThatIsThere() throws IOException {
        java.util.Set<Path> made = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            Path p = CacheFiles.newTemporaryFile(tmp, "entry.bin");
            assertTrue(made.add(p), "a new file each time");
            assertEquals(0, Files.size(p));
            assertTrue(p.getFileName().toString().startsWith(".entry.bin."));
        }
    }

    @Test
    void aFileOfAnotherBuildKindOrLibrary_isForeign() {
        Path file = tmp.resolve("index.bin");
        CacheFiles.write(file, BUILD, "index", "/lib", body("x"));
        assertEquals(Optional.empty(), CacheFiles.read(file, "alexandria 0.0.1", "index", "/lib"));
        assertEquals(Optional.empty(), CacheFiles.read(file, BUILD, "module", "/lib"));
        assertEquals(Optional.empty(), CacheFiles.read(file, BUILD, "index", "/other"));
        assertEquals(Optional.of("x"), read(file));
    }

    @Test
    void aTruncatedCorruptOrAlienFile_isIgnoredNeverTrusted() throws IOException {
        Path file = tmp.resolve("index.bin");
        CacheFiles.write(file, BUILD, "index", "/lib", body("payload that matters"));
        byte[] good = Files.readAllBytes(file);
        for (int length = 0; length < good.length; length++) {
            Files.write(file, Arrays.copyOf(good, length));
            assertEquals(Optional.empty(), read(file), "truncated to " + length);
        }
        for (int i = 0; i < good.length; i++) {
            byte[] flipped = good.clone();
            flipped[i] ^= 0x10;
            Files.write(file, flipped);
            assertEquals(Optional.empty(), read(file), "byte " + i + " flipped");
        }
        Files.writeString(file, "modules:\n  - id: vpc\n");
        assertEquals(Optional.empty(), read(file));
        Files.delete(file);
        Files.createDirectory(file);
        assertEquals(Optional.empty(), read(file));
        assertEquals(Optional.empty(), read(tmp.resolve("missing.bin")));
    }

    @Test
    void aFolderThatCannotBeCreated_isNotAnError() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
        assertFalse(CacheFiles.write(blocker.resolve("index.bin"), BUILD, "index", "/lib", body("x")));
    }

    @Test
    void readersRacingWriters_seeAWholeFileOrNone() throws Exception {
        Path file = tmp.resolve("index.bin");
        CacheFiles.write(file, BUILD, "index", "/lib", body("v0"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int id = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        assertTrue(CacheFiles.write(file, BUILD, "index", "/lib", body("w" + id + "-" + i)
                                .writeBytes(new byte[1000 * (i % 7)])));
                    }
                }));
            }
            Future<Integer> reader = pool.submit(() -> {
                int seen = 0;
                while (!stop.get()) {
                    Optional<CacheFiles.Contents> c = CacheFiles.read(file, BUILD, "index", "/lib");
                    assertTrue(c.isPresent(), "a rename replaces the file whole, so it is always there");
                    String text = c.get().body().readString();
                    assertTrue(text.equals("v0") || text.matches("w[01]-\\d+"), text);
                    seen++;
                }
                return seen;
            });
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
            stop.set(true);
            assertTrue(reader.get(60, TimeUnit.SECONDS) > 0);
        } finally {
            pool.shutdownNow();
        }
        byte[] last = Files.readAllBytes(file);
        assertArrayEquals(last, Files.readAllBytes(file));
        assertTrue(read(file).orElseThrow().startsWith("w"));
    }
}
