package dev.alexandria.core.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entry is valid while its files are unchanged: compared by size, modification and change time first, by
 * content only when those differ or the file is racily clean (not clearly older than the cache file).
 */
class LibraryCacheTest {

    @TempDir
    Path tmp;

    private static final long HOUR = TimeUnit.HOURS.toNanos(1);

    private Path file(String name, String text, long mtimeNanos) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.from(mtimeNanos, TimeUnit.NANOSECONDS));
        return f;
    }

    private static FileStamp stamp(Path f) throws IOException {
        return FileStamp.of(f.getFileName().toString(), FileStat.of(f).orElseThrow(), Files.readAllBytes(f));
    }

    private static List<LibraryCache.NamedFile> named(Path... files) {
        return java.util.Arrays.stream(files).map(f -> new LibraryCache.NamedFile(f.getFileName().toString(), f))
                .toList();
    }

    /**
     * A time the cache file was written, after the files' change times (which a test cannot set back): an hour
     * from now, so that every file is clearly older than the cache.
     */
    private static long cacheWrittenLater() {
        return System.currentTimeMillis() * 1_000_000L + HOUR;
    }

    @Test
    void unchangedOldFiles_areValidWithoutBeingRead() throws IOException {
        long t = System.currentTimeMillis() * 1_000_000L - 10 * HOUR;
        Path a = file("a.tf", "variable \"a\" {}", t);
        FileStamp s = stamp(a);
        Optional<LibraryCache.Validation> v = LibraryCache.validate(List.of(s), named(a), cacheWrittenLater());
        assertEquals(Optional.of(new LibraryCache.Validation(List.of(s), false)), v, "the stat is the whole check");
    }

    @Test
    void aFileRewrittenWithItsSizeAndModificationTimeKept_isInvalidByItsChangeTime() throws IOException {
        long t = System.currentTimeMillis() * 1_000_000L - 10 * HOUR;
        Path a = file("a.tf", "variable \"a\" {}", t);
        FileStamp s = stamp(a);
        Assumptions.assumeTrue(s.ctimeNanos() != FileStat.UNKNOWN, "a file system with change times");
        // What cp -p or touch -r does: same size, the old modification time; only the change time moves (once the
        // kernel's coarse clock has ticked: a few milliseconds).
        sleepPastATick();
        Files.writeString(a, "variable \"b\" {}");
        Files.setLastModifiedTime(a, FileTime.from(t, TimeUnit.NANOSECONDS));
        FileStat now = FileStat.of(a).orElseThrow();
        assertEquals(s.size(), now.size());
        assertEquals(s.mtimeNanos(), now.mtimeNanos());
        assertNotEquals(s.ctimeNanos(), now.ctimeNanos());
        assertEquals(Optional.empty(), LibraryCache.validate(List.of(s), named(a), cacheWrittenLater()));
        // A rewrite in the same tick of a coarse clock as the stamp leaves even the change time equal; such a stamp
        // was made within the racy margin of its cache file, so the content is compared.
        long cacheWrittenInTheSameTick = now.ctimeNanos() + TimeUnit.MILLISECONDS.toNanos(1);
        assertEquals(Optional.empty(), LibraryCache.validate(List.of(s.withStat(now)), named(a),
                cacheWrittenInTheSameTick));
    }

    private static void sleepPastATick() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void aRacilyCleanFile_isComparedByContent() throws IOException {
        long t = System.currentTimeMillis() * 1_000_000L - HOUR;
        Path a = file("a.tf", "variable \"a\" {}", t);
        FileStamp s = stamp(a);
        long cacheWritten = t + TimeUnit.MILLISECONDS.toNanos(1); // within the same tick, for a coarse clock
        assertTrue(LibraryCache.validate(List.of(s), named(a), cacheWritten).orElseThrow().rehashed());
        Files.writeString(a, "variable \"b\" {}"); // same size, and the same time again
        Files.setLastModifiedTime(a, FileTime.from(t, TimeUnit.NANOSECONDS));
        assertEquals(Optional.empty(), LibraryCache.validate(List.of(s), named(a), cacheWritten));
    }

    @Test
    void aTouchedFileWithTheSameContent_staysValidWithItsNewStat() throws IOException {
        long t = System.currentTimeMillis() * 1_000_000L - 10 * HOUR;
        Path a = file("a.tf", "variable \"a\" {}", t);
        FileStamp s = stamp(a);
        Files.setLastModifiedTime(a, FileTime.from(t + HOUR, TimeUnit.NANOSECONDS));
        LibraryCache.Validation v = LibraryCache.validate(List.of(s), named(a), t + 2 * HOUR).orElseThrow();
        assertTrue(v.rehashed());
        assertEquals(t + HOUR, v.stamps().get(0).mtimeNanos());
        assertEquals(s.digestHigh(), v.stamps().get(0).digestHigh());
    }

    @Test
    void aChangedMissingAddedOrRenamedFile_invalidatesTheEntry() throws IOException {
        long t = System.currentTimeMillis() * 1_000_000L - 10 * HOUR;
        Path a = file("a.tf", "variable \"a\" {}", t);
        Path b = file("b.tf", "output \"b\" {}", t);
        List<FileStamp> stamps = List.of(stamp(a), stamp(b));
        long later = t + HOUR;
        assertTrue(LibraryCache.validate(stamps, named(a, b), later).isPresent());
        assertEquals(Optional.empty(), LibraryCache.validate(stamps, named(a), later), "one file fewer");
        Path c = file("c.tf", "", t);
        assertEquals(Optional.empty(), LibraryCache.validate(stamps, named(a, b, c), later), "one file more");
        assertEquals(Optional.empty(), LibraryCache.validate(stamps, named(a, c), later), "another name");
        Files.writeString(b, "output \"b\" { value = 1 }");
        assertEquals(Optional.empty(), LibraryCache.validate(stamps, named(a, b), later), "another size");
        Files.writeString(b, "output \"x\" {}");
        assertEquals(Optional.empty(), LibraryCache.validate(stamps, named(a, b), later), "same size, new time");
        Files.delete(b);
        assertEquals(Optional.empty(), LibraryCache.validate(stamps, named(a, b), later), "deleted");
    }

    @Test
    void aLinkIsNeverValid() throws IOException {
        long t = System.currentTimeMillis() * 1_000_000L - 10 * HOUR;
        Path a = file("a.tf", "variable \"a\" {}", t);
        FileStamp s = stamp(a);
        Path link = Files.createSymbolicLink(tmp.resolve("link.tf"), a);
        assertEquals(Optional.empty(), FileStat.of(link));
        assertEquals(Optional.empty(), LibraryCache.validate(List.of(s),
                List.of(new LibraryCache.NamedFile("a.tf", link)), t + HOUR));
    }

    @Test
    void moduleEntries_areStoredAndFoundPerModuleAndContext() throws IOException {
        long t = System.currentTimeMillis() * 1_000_000L - 10 * HOUR;
        Path a = file("a.tf", "variable \"a\" {}", t);
        LibraryCache cache = LibraryCache.in(tmp.resolve("cache"), Path.of("/lib"));
        assertEquals(Optional.empty(), cache.lookupModule("x/y/m", "summary", "ctx", named(a)));
        cache.storeModule("x/y/m", "summary", "ctx", List.of(stamp(a)), CacheOutput.create().writeString("small"));
        cache.storeModule("x/y/m", "interface", "ctx", List.of(stamp(a)), CacheOutput.create().writeString("large"));
        assertEquals("small", cache.lookupModule("x/y/m", "summary", "ctx", named(a)).orElseThrow().readString());
        assertEquals("large", cache.lookupModule("x/y/m", "interface", "ctx", named(a)).orElseThrow().readString());
        assertEquals(Optional.empty(), cache.lookupModule("x/y/m", "summary", "boilerplate=context.tf", named(a)));
        assertEquals(Optional.empty(), cache.lookupModule("x/y/other", "summary", "ctx", named(a)));
        assertEquals(Optional.empty(), LibraryCache.in(tmp.resolve("cache"), Path.of("/other-lib"))
                .lookupModule("x/y/m", "summary", "ctx", named(a)), "another library's entry is foreign");
        assertFalse(LibraryCache.disabled().enabled());
        assertEquals(Optional.empty(), LibraryCache.disabled().lookupModule("x/y/m", "summary", "ctx", named(a)));
    }
}
