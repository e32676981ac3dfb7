package dev.alexandria.api.model;

import java.util.Objects;

/**
 * A folder that discovery looked at and did not plan as a module, with the reason: it has no {@code *.tf}
 * files, it is a symlink back into a folder already visited, it cannot be read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path   the folder, relative to the migrated folder, with {@code /} separators ({@code docs})
 * @param reason why it is not a module, in words
 * @since 0.4.0
 */
public record SkippedFolder(String path, String reason) {

    /**
     * Validates the entry.
     *
     * @param path   the folder, relative to the migrated folder
     * @param reason why it is not a module
     * @throws IllegalArgumentException if the reason is blank
     */
    public SkippedFolder {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /** @return {@code path: reason} */
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
