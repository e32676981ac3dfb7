package dev.alexandria.core.internal.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a library's search index is kept: below the library's cache folder, never inside the library. The cache
 * folder is {@code $ALEXANDRIA_CACHE_DIR/<hash>}, else {@code $XDG_CACHE_HOME/alexandria/<hash>} (an XDG value
 * that is not absolute is ignored, as the XDG Base Directory specification says), else
 * {@code ~/.cache/alexandria/<hash>}, where {@code <hash>} is 16 hex digits of the 64-bit FNV-1a hash of the
 * library's real root path, so two checkouts never share an index and a read-only checkout still gets one.
 *
 * <p>This is the one place that decides it; when the library itself knows its cache folder, that replaces
 * {@link #forLibrary(Path, Map, String)}.
 *
 * <p>Thread-safe; stateless.
 */
public final class SearchCacheFolder {

    /** The environment variable that names the base cache folder: {@value}. */
    public static final String ENV = "ALEXANDRIA_CACHE_DIR";

    private SearchCacheFolder() {
    }

    /**
     * The cache folder of a library.
     *
     * @param root     the library root (its real path is used when it can be resolved)
     * @param env      the environment, usually {@link System#getenv()}
     * @param userHome the user's home folder, usually the {@code user.home} property
     * @return the folder, which may not exist yet; empty when no folder can be named (no usable variable and no
     *         home folder), in which case the index is kept in memory
     */
    public static Optional<Path> forLibrary(Path root, Map<String, String> env, String userHome) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(env, "env");
        String real = realPath(root).toString();
        return base(env, userHome).map(b -> b.resolve(name(real)));
    }

    private static Path realPath(Path root) {
        try {
            return root.toRealPath();
        } catch (IOException | RuntimeException e) {
            return root.toAbsolutePath().normalize();
        }
    }

    static Optional<Path> base(Map<String, String> env, String userHome) {
        String own = env.getOrDefault(ENV, "").strip();
        if (!own.isEmpty()) {
            try {
                return Optional.of(Path.of(own).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                // not a path of this file system: fall through to the defaults
            }
        }
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "").strip();
        if (!xdg.isEmpty()) {
            try {
                Path p = Path.of(xdg);
                if (p.isAbsolute()) {
                    return Optional.of(p.normalize().resolve("alexandria"));
                }
            } catch (InvalidPathException e) {
                // ignored, as a relative value is
            }
        }
        if (userHome == null || userHome.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(userHome).resolve(".cache").resolve("alexandria").toAbsolutePath().normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** 16 hex digits of the 64-bit FNV-1a hash of a text's UTF-8 bytes. */
    static String name(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(h);
    }
}
