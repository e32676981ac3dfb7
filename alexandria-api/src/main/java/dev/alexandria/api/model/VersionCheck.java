package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The CI gate of a module: is the version in its {@code .alexandria.yaml} at least the bump its changes
 * require since the last registered version? Obtained from {@code ModuleVersions.check(boolean)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lastRegistered the highest registered version, if the module was ever registered
 * @param current        the version in the working tree's {@code .alexandria.yaml}
 * @param diff           the changes since {@code lastRegistered}, if there is one
 * @param passes         whether the gate passes
 * @param message        one sentence saying why it passes or fails, and what to do when it fails
 * @since 0.2.0
 */
public record VersionCheck(Optional<Version> lastRegistered, Version current, Optional<InterfaceDiff> diff,
        boolean passes, String message) {

    /**
     * Checks the components.
     *
     * @param lastRegistered the highest registered version, if any
     * @param current        the working tree's version
     * @param diff           the changes since the last registered version, if any
     * @param passes         whether the gate passes
     * @param message        why
     */
    public VersionCheck {
        Objects.requireNonNull(lastRegistered, "lastRegistered");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(diff, "diff");
        Checks.notBlank(message, "message");
    }
}
