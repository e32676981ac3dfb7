package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --no-cache} opens the library without using or writing its cache, before or after the command. */
class NoCacheOptionTest {

    @TempDir
    Path tmp;

    private Path copyOfMinimal() throws IOException {
        Path from = Cli.fixture("minimal");
        Path to = tmp.resolve("lib");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }

    @Test
    void noCache_neitherReadsNorWritesTheCache() throws IOException {
        Path lib = copyOfMinimal();
        Path cache = Alexandria.cacheDirectory(lib);
        Cli.Result without = Cli.in(tmp).run("browse", "--no-cache", "--library", lib.toString());
        assertEquals(0, without.exitCode(), without::toString);
        assertFalse(Files.exists(cache), "--no-cache after the command");
        Cli.Result before = Cli.in(tmp).run("--no-cache", "info", "net-basic", "--library", lib.toString());
        assertEquals(0, before.exitCode(), before::toString);
        assertFalse(Files.exists(cache), "--no-cache before the command");
        Cli.Result with = Cli.in(tmp).run("browse", "--library", lib.toString());
        assertEquals(without.out(), with.out());
        assertTrue(Files.exists(cache.resolve("index.bin")), "the cache is used by default");
    }

    @Test
    void noCache_search_writesNoIndexIntoTheCacheFolder() throws IOException {
        Path lib = copyOfMinimal();
        Path cache = Alexandria.cacheDirectory(lib);
        Cli.Result without = Cli.in(tmp).run("search", "network", "--no-cache", "--library", lib.toString());
        assertEquals(0, without.exitCode(), without::toString);
        assertFalse(Files.exists(cache), "the search index went into the cache folder");
        Cli.Result with = Cli.in(tmp).run("search", "network", "--library", lib.toString());
        assertEquals(without.out(), with.out());
        assertTrue(Files.isDirectory(cache.resolve("search")), "the index is kept by default");
    }
}
