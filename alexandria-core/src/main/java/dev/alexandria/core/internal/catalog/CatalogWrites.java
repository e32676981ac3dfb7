package dev.alexandria.core.internal.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Writes of other domains into the library (the price store of cost estimation): under the catalog's lock, each
 * file replaced atomically. Not API; may change without notice.
 */
public final class CatalogWrites {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private CatalogWrites() {
    }

    /**
     * Writes files under the catalog lock, each atomically (temporary file, fsync, rename).
     *
     * @param root  the library root
     * @param files the files to write (absolute, inside the library) and their text, in order
     * @throws dev.alexandria.api.LockException    if another process holds the lock for 30 seconds
     * @throws dev.alexandria.api.CatalogException if a file cannot be written
     */
    @SuppressWarnings("try") // the lock is held for the body, not referenced in it
    public static void writeLocked(Path root, Map<Path, String> files) {
        try (CatalogLock lock = CatalogLock.acquire(root.resolve("_catalog").resolve(CatalogLock.FILE_NAME), TIMEOUT,
                "_catalog/" + CatalogLock.FILE_NAME)) {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                AtomicFiles.write(f.getKey(), f.getValue(), root.relativize(f.getKey()).toString());
            }
        }
    }
}
