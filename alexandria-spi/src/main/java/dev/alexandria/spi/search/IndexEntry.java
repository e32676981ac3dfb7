package dev.alexandria.spi.search;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A document the index must hold, given lazily: its id, a fingerprint that changes whenever the document would,
 * and a way to build the document. Building one may be costly (reading a module's README and HCL), so a backend
 * calls {@link #document()} only when it does not hold this id with this fingerprint.
 *
 * <p>Immutable; thread-safe if the supplier is.
 *
 * @param id          the document id
 * @param fingerprint any text that changes when the document changes (a digest of its sources)
 * @param document    builds the document; its id must be {@code id}
 * @since 0.1.0
 */
public record IndexEntry(String id, String fingerprint, Supplier<SearchDocument> document) {

    /**
     * Validates the components.
     *
     * @param id the document id
     * @param fingerprint changes when the document changes
     * @param document builds the document
     * @throws IllegalArgumentException if the id or fingerprint is blank
     */
    public IndexEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(document, "document");
        if (id.isBlank() || fingerprint.isBlank()) {
            throw new IllegalArgumentException("id and fingerprint must not be blank");
        }
    }

    /**
     * An entry for a document already built.
     *
     * @param document    the document
     * @param fingerprint changes when the document changes
     * @return an entry
     */
    public static IndexEntry of(SearchDocument document, String fingerprint) {
        Objects.requireNonNull(document, "document");
        return new IndexEntry(document.id(), fingerprint, () -> document);
    }
}
