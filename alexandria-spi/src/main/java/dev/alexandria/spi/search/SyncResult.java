package dev.alexandria.spi.search;

/**
 * What {@link SearchIndex#sync(java.util.Collection)} did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param added     documents that were new
 * @param updated   documents whose fingerprint changed
 * @param removed   documents no longer among the entries
 * @param unchanged documents left alone (not loaded)
 * @param rebuilt   whether the whole index was built from scratch (first use, another spec, or a persisted index
 *                  that could not be trusted)
 * @since 0.1.0
 */
public record SyncResult(int added, int updated, int removed, int unchanged, boolean rebuilt) {

    private static final SyncResult NONE = new SyncResult(0, 0, 0, 0, false);

    /**
     * Validates the counts.
     *
     * @param added documents that were new
     * @param updated documents whose fingerprint changed
     * @param removed documents no longer among the entries
     * @param unchanged documents left alone
     * @param rebuilt whether the index was built from scratch
     * @throws IllegalArgumentException if a count is negative
     */
    public SyncResult {
        if (added < 0 || updated < 0 || removed < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** @return nothing done (an index that was never synced) */
    public static SyncResult none() {
        return NONE;
    }

    /** @return whether anything was added, updated or removed */
    public boolean changed() {
        return added + updated + removed > 0;
    }
}
