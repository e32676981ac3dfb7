package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an applied {@link dev.alexandria.api.ChangePlan} did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module        the module
 * @param files         the files written, relative to the library root, in the order they were written
 * @param release       the release made (register's first version), if any
 * @param notes         remarks and warnings, possibly empty
 * @param notifications what each notification did (publish), possibly empty; a failed one is listed, never lost
 * @since 0.4.0
 */
public record ChangeResult(ModuleId module, List<String> files, Optional<ReleaseResult> release, List<String> notes,
                           List<NotificationResult> notifications) {

    /**
     * Checks and copies the components.
     *
     * @param module        the module
     * @param files         the files written
     * @param release       the release made, if any
     * @param notes         remarks and warnings
     * @param notifications what each notification did
     */
    public ChangeResult {
        Objects.requireNonNull(module, "module");
        files = Checks.list(files, "files");
        Checks.optional(release, "release");
        notes = Checks.list(notes, "notes");
        notifications = Checks.list(notifications, "notifications");
    }

    /** @return the notifications that failed */
    public List<NotificationResult> failedNotifications() {
        return notifications.stream().filter(n -> !n.delivered()).toList();
    }
}
