package dev.alexandria.api.model;

import java.util.Objects;

/**
 * Progress of a migration being applied, reported after each module is moved (and once more when the catalog
 * is written), for long runs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param done    the modules handled so far, at least 0
 * @param total   the modules to handle, at least {@code done}
 * @param source  the module folder just handled, relative to the migrated folder (empty for the final step)
 * @param message what was done, such as {@code moved vpc to _library/foundations/networking/vpc-advanced}
 * @since 0.4.0
 */
public record MigrationStep(int done, int total, String source, String message) {

    /**
     * Validates the components.
     *
     * @param done    the modules handled so far
     * @param total   the modules to handle
     * @param source  the module folder just handled
     * @param message what was done
     * @throws IllegalArgumentException if {@code done} is negative or larger than {@code total}
     */
    public MigrationStep {
        if (done < 0 || done > total) {
            throw new IllegalArgumentException("done must be between 0 and total (" + total + "): " + done);
        }
        Objects.requireNonNull(source, "source");
        Checks.notBlank(message, "message");
    }

    @Override
    public String toString() {
        return "[" + done + "/" + total + "] " + message;
    }
}
