package dev.alexandria.core.internal.cache;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Where caches live. The base folder is {@code $ALEXANDRIA_CACHE_DIR}, else {@code $XDG_CACHE_HOME/alexandria}
 * (an XDG value that is not absolute is ignored, as the XDG Base Directory specification says), else
 * {@code ~/.cache/alexandria}. A library's cache is the folder named by the first 16 hex digits of the SHA-256
 * of the library's real root path in the base folder, so it is never inside the library (a read-only checkout
 * works) and two checkouts never share one.
 *
 * <p>Thread-safe; stateless.
 */
public final class CacheLocation {

    /** The environment variable that names the base cache folder. */
    public static final String ENV = "ALEXANDRIA_CACHE_DIR";

    private CacheLocation() {
    }

    /**
     * @param env      the environment
     * @param userHome the user's home folder ({@code user.home})
     * @return the base folder for Alexandria's caches
     */
    public static Path base(Map<String, String> env, String userHome) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(userHome, "userHome");
        String own = env.getOrDefault(ENV, "").strip();
        if (!own.isEmpty()) {
            try {
                return Path.of(own).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                // not a path of this file system: fall through to the defaults
            }
        }
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "").strip();
        if (!xdg.isEmpty()) {
            try {
                Path p = Path.of(xdg);
                if (p.isAbsolute()) {
                    return p.normalize().resolve("alexandria");
                }
            } catch (InvalidPathException e) {
                // ignored, as a relative value is
            }
        }
        return Path.of(userHome).resolve(".cache").resolve("alexandria").toAbsolutePath().normalize();
    }

    /**
     * @param realRoot the library's real root path
     * @param env      the environment
     * @param userHome the user's home folder
     * @return the library's cache folder
     */
    public static Path forLibrary(Path realRoot, Map<String, String> env, String userHome) {
        return base(env, userHome).resolve(folderName(realRoot));
    }

    /**
     * @param realRoot the library's real root path
     * @return the name of its cache folder in the base folder
     */
    public static String folderName(Path realRoot) {
        return name(realRoot.toString());
    }

    /**
     * A file name for a text: 16 hex digits of its 64-bit FNV-1a hash. Not a cryptographic digest: names only
     * need to differ, a collision is caught by the owner or key every cache file records, and the JDK's
     * message digests take tens of milliseconds to set up, which an open from the cache should not pay.
     *
     * @param text any text
     * @return the name
     */
    static String name(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(h);
    }
}
