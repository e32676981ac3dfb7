package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One file a write plan would change: its path, its text before (absent when the plan creates it) and after.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path   the file, relative to the library root ({@code _catalog/module-registry.yaml})
 * @param before its text now, or empty if it does not exist
 * @param after  its text after the plan is applied
 * @since 0.2.0
 */
public record PlannedFile(String path, Optional<String> before, String after) {

    /**
     * Checks the components.
     *
     * @param path   the file, relative to the library root
     * @param before its text now, or empty if it does not exist
     * @param after  its text after the plan is applied
     */
    public PlannedFile {
        Checks.notBlank(path, "path");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** @return whether the plan changes the file */
    public boolean changes() {
        return before.map(b -> !b.equals(after)).orElse(true);
    }
}
