package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code deprecate} is asked to record. The metadata needs a reason: without one, a request with a
 * replacement gets {@code Replaced by <id>}.
 *
 * <pre>{@code
 * DeprecationRequest req = DeprecationRequest.replacedBy(ModuleId.of("vpc-standard"))
 *         .removalDate(LocalDate.of(2027, 6, 1));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@code with} methods return changed copies.
 *
 * @param reason      why the module is deprecated, if given
 * @param replacement the module to use instead, if any
 * @param removalDate when the module will be archived, if decided; must be after the day of the request
 * @since 0.3.0
 */
public record DeprecationRequest(Optional<String> reason, Optional<ModuleId> replacement,
                                 Optional<LocalDate> removalDate) {

    /**
     * Checks the components.
     *
     * @param reason      why the module is deprecated, if given (not blank)
     * @param replacement the module to use instead, if any
     * @param removalDate the removal date, if decided
     * @throws IllegalArgumentException if neither a reason nor a replacement is given, or the reason is blank
     */
    public DeprecationRequest {
        Checks.optional(reason, "reason");
        reason.ifPresent(r -> Checks.notBlank(r, "reason"));
        Checks.optional(replacement, "replacement");
        Checks.optional(removalDate, "removalDate");
        if (reason.isEmpty() && replacement.isEmpty()) {
            throw new IllegalArgumentException("a deprecation needs a reason or a replacement (the reason then "
                    + "defaults to \"Replaced by <id>\")");
        }
    }

    /**
     * A deprecation for a reason, without a replacement.
     *
     * @param reason why the module is deprecated
     * @return the request
     */
    public static DeprecationRequest because(String reason) {
        return new DeprecationRequest(Optional.of(Objects.requireNonNull(reason, "reason")), Optional.empty(),
                Optional.empty());
    }

    /**
     * A deprecation in favour of another module; the reason defaults to {@code Replaced by <id>}.
     *
     * @param replacement the module to use instead
     * @return the request
     */
    public static DeprecationRequest replacedBy(ModuleId replacement) {
        return new DeprecationRequest(Optional.empty(), Optional.of(Objects.requireNonNull(replacement,
                "replacement")), Optional.empty());
    }

    /**
     * @param value why the module is deprecated
     * @return a copy with this reason
     */
    public DeprecationRequest reason(String value) {
        return new DeprecationRequest(Optional.of(Objects.requireNonNull(value, "value")), replacement,
                removalDate);
    }

    /**
     * @param value the module to use instead
     * @return a copy with this replacement
     */
    public DeprecationRequest replacement(ModuleId value) {
        return new DeprecationRequest(reason, Optional.of(Objects.requireNonNull(value, "value")), removalDate);
    }

    /**
     * @param value when the module will be archived
     * @return a copy with this removal date
     */
    public DeprecationRequest removalDate(LocalDate value) {
        return new DeprecationRequest(reason, replacement, Optional.of(Objects.requireNonNull(value, "value")));
    }

    /** @return the reason given, else {@code Replaced by <replacement>} */
    public String effectiveReason() {
        return reason.orElseGet(() -> "Replaced by " + replacement.orElseThrow());
    }
}
