package dev.alexandria.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a release picks its version: one of SemVer's bumps, the next pre-release, or {@code AUTO}, the bump the
 * interface diff requires.
 *
 * @since 0.2.0
 */
public enum ReleaseBump {
    /** {@code 1.4.2 → 2.0.0}. */
    MAJOR,
    /** {@code 1.4.2 → 1.5.0}. */
    MINOR,
    /** {@code 1.4.2 → 1.4.3}. */
    PATCH,
    /** {@code 1.0.0-beta.2 → 1.0.0-beta.3}; only from a pre-release. */
    PRERELEASE,
    /**
     * The bump the changes since the last registered version require (see {@code InterfaceDiff.requiredBump()});
     * the next pre-release when the current version is one; on {@code 0.x} a required major bump is a minor one.
     */
    AUTO;

    /** @return the lower-case name used on the command line: {@code prerelease} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a lower-case name, such as {@code auto}
     * @return the choice, if the name is one
     */
    public static Optional<ReleaseBump> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(b -> b.id().equals(id)).findFirst();
    }

    /** @return the id */
    @Override
    public String toString() {
        return id();
    }
}
