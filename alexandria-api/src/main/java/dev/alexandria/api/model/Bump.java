package dev.alexandria.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which number of a SemVer 2.0 version a release increments, in increasing order of what it tells callers:
 * {@code PATCH} (nothing a caller sees changed), {@code MINOR} (something was added), {@code MAJOR} (something
 * a caller relies on changed or went away).
 *
 * @since 0.2.0
 */
public enum Bump {
    /** {@code 1.4.2 → 1.4.3}: compatible fixes. */
    PATCH,
    /** {@code 1.4.2 → 1.5.0}: compatible additions. */
    MINOR,
    /** {@code 1.4.2 → 2.0.0}: breaking changes. */
    MAJOR;

    /** @return the lower-case name used in files and on the command line: {@code minor} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id a lower-case name, such as {@code minor}
     * @return the bump, if the name is one
     */
    public static Optional<Bump> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(b -> b.id().equals(id)).findFirst();
    }

    /**
     * @param other another bump
     * @return the larger of the two
     */
    public Bump max(Bump other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Applies this bump to a version: {@link Version#nextMajor()}, {@link Version#nextMinor()} or
     * {@link Version#nextPatch()}.
     *
     * @param version the current version
     * @return the next version
     */
    public Version apply(Version version) {
        Objects.requireNonNull(version, "version");
        switch (this) {
            case MAJOR:
                return version.nextMajor();
            case MINOR:
                return version.nextMinor();
            default:
                return version.nextPatch();
        }
    }

    /**
     * The bump a move from one version to a higher one makes: {@code MAJOR} when the major number grows,
     * {@code MINOR} when the minor does, else {@code PATCH} (including between pre-releases and from a
     * pre-release to its release).
     *
     * @param from the earlier version
     * @param to   the later version
     * @return the bump
     * @throws IllegalArgumentException if {@code to} is not higher than {@code from}
     */
    public static Bump between(Version from, Version to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isNewerThan(from)) {
            throw new IllegalArgumentException(to + " is not higher than " + from);
        }
        if (to.major() != from.major()) {
            return MAJOR;
        }
        return to.minor() != from.minor() ? MINOR : PATCH;
    }

    /** @return the id */
    @Override
    public String toString() {
        return id();
    }
}
