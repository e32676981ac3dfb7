package dev.alexandria.api.model;

import java.util.Objects;

/**
 * What one notification of a publication did: delivered, or failed with the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param notifier  the notifier's name, such as {@code alexandria-webhook}
 * @param target    where it went, such as a webhook URL
 * @param delivered whether the target accepted it
 * @param detail    what happened, such as {@code HTTP 204} or {@code connection refused}
 * @since 0.4.0
 */
public record NotificationResult(String notifier, String target, boolean delivered, String detail) {

    /**
     * Checks the components.
     *
     * @param notifier  the notifier's name
     * @param target    where it went
     * @param delivered whether the target accepted it
     * @param detail    what happened
     */
    public NotificationResult {
        Checks.notBlank(notifier, "notifier");
        Checks.notBlank(target, "target");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * @param notifier the notifier's name
     * @param target   where it went
     * @param detail   what happened
     * @return a delivered notification
     */
    public static NotificationResult delivered(String notifier, String target, String detail) {
        return new NotificationResult(notifier, target, true, detail);
    }

    /**
     * @param notifier the notifier's name
     * @param target   where it went
     * @param reason   why it failed
     * @return a failed notification
     */
    public static NotificationResult failed(String notifier, String target, String reason) {
        return new NotificationResult(notifier, target, false, reason);
    }
}
