package dev.alexandria.core.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cache lives in $ALEXANDRIA_CACHE_DIR, else $XDG_CACHE_HOME/alexandria, else ~/.cache/alexandria. */
class CacheLocationTest {

    @Test
    void base_prefersAlexandriaCacheDirThenXdgThenHome() {
        assertEquals(Path.of("/var/cache/alx"), CacheLocation.base(Map.of("ALEXANDRIA_CACHE_DIR", "/var/cache/alx",
                "XDG_CACHE_HOME", "/xdg"), "/home/me"));
        assertEquals(Path.of("/xdg/alexandria"), CacheLocation.base(Map.of("XDG_CACHE_HOME", "/xdg"), "/home/me"));
        assertEquals(Path.of("/home/me/.cache/alexandria"), CacheLocation.base(Map.of(), "/home/me"));
        assertEquals(Path.of("/home/me/.cache/alexandria"), CacheLocation.base(Map.of("ALEXANDRIA_CACHE_DIR", " ",
                "XDG_CACHE_HOME", ""), "/home/me"));
    }

    @Test
    void base_ignoresARelativeXdgValueAsTheSpecificationSays() {
        assertEquals(Path.of("/home/me/.cache/alexandria"), CacheLocation.base(Map.of("XDG_CACHE_HOME", "cache"),
                "/home/me"));
    }

    @Test
    void base_resolvesARelativeAlexandriaCacheDirAgainstTheWorkingDirectory() {
        assertEquals(Path.of("").toAbsolutePath().resolve("build/cache"),
                CacheLocation.base(Map.of("ALEXANDRIA_CACHE_DIR", "build/cache"), "/home/me"));
    }

    @Test
    void forLibrary_isAFolderNamedByAHashOfTheRealPath() {
        Path one = CacheLocation.forLibrary(Path.of("/repos/a/components/terraform"), Map.of(), "/home/me");
        Path two = CacheLocation.forLibrary(Path.of("/repos/b/components/terraform"), Map.of(), "/home/me");
        assertEquals(Path.of("/home/me/.cache/alexandria"), one.getParent());
        assertTrue(one.getFileName().toString().matches("[0-9a-f]{16}"), one.toString());
        assertNotEquals(one, two);
        assertEquals(one, CacheLocation.forLibrary(Path.of("/repos/a/components/terraform"), Map.of(), "/home/me"));
    }
}
