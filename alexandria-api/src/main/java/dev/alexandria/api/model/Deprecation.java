package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Why and until when a deprecated or archived module is kept, and what replaces it.
 *
 * @param reason      why the module is deprecated, not blank
 * @param replacement the module to use instead, if any
 * @param removalDate when the module will be archived or removed, if decided
 * @since 0.1.0
 */
public record Deprecation(String reason, Optional<ModuleId> replacement, Optional<LocalDate> removalDate) {

    /**
     * Validates the components.
     *
     * @param reason why the module is deprecated, not blank
     * @param replacement the module to use instead, if any
     * @param removalDate when the module will be archived or removed, if decided
     */
    public Deprecation {
        Checks.notBlank(reason, "reason");
        Checks.optional(replacement, "replacement");
        Checks.optional(removalDate, "removalDate");
    }
}
