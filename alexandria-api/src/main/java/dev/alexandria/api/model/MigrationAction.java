package dev.alexandria.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying a migration plan does with one module.
 *
 * @since 0.4.0
 */
public enum MigrationAction {
    /** Move the module to its target path below {@code _library} and leave a symlink at the legacy path. */
    MOVE,
    /** Leave the module where it is; it is not migrated. */
    KEEP;

    /** @return the id used in the plan file ({@code move}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks up an action by its id.
     *
     * @param id {@code move} or {@code keep}
     * @return the action, or empty if the id is unknown
     */
    public static Optional<MigrationAction> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
    }

    /** @return the id */
    @Override
    public String toString() {
        return id();
    }
}
