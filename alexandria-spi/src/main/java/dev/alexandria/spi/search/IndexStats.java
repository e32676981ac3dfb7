package dev.alexandria.spi.search;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of an index.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documents the number of documents it holds
 * @param sizeBytes its size in bytes, on disk for a persisted index, an estimate in memory otherwise
 * @param directory where it is persisted; empty when it lives in memory only
 * @param lastSync  what the last sync did
 * @since 0.1.0
 */
public record IndexStats(int documents, long sizeBytes, Optional<Path> directory, SyncResult lastSync) {

    /**
     * Validates the components.
     *
     * @param documents the number of documents
     * @param sizeBytes its size in bytes
     * @param directory where it is persisted, if anywhere
     * @param lastSync what the last sync did
     * @throws IllegalArgumentException if a count or size is negative
     */
    public IndexStats {
        if (documents < 0 || sizeBytes < 0) {
            throw new IllegalArgumentException("documents and sizeBytes must not be negative");
        }
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(lastSync, "lastSync");
    }
}
