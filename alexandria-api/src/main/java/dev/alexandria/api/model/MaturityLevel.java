package dev.alexandria.api.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How production-ready a module is. The active levels form a ladder,
 * {@code experimental → alpha → beta → stable → mature}; any level may move to {@code deprecated}, and
 * {@code deprecated} to {@code archived}, which is terminal and read-only.
 *
 * <p>The rules are methods here: {@link #allowsVersion(String)} (the version a level may carry) and
 * {@link #canTransitionTo(MaturityLevel)} (the state machine). Whether a promotion's criteria are met is
 * decided elsewhere, from {@link MaturityModel} and evidence.
 *
 * @since 0.1.0
 */
public enum MaturityLevel {
    /** Early development, unstable; versions {@code 0.x.y}. */
    EXPERIMENTAL,
    /** Feature development, breaking changes likely; versions {@code 0.x.y}. */
    ALPHA,
    /** Feature complete, API stabilizing; a pre-release of a major ≥ 1 such as {@code 1.0.0-beta.3}. */
    BETA,
    /** Production ready, API locked; a release ≥ {@code 1.0.0}. */
    STABLE,
    /** Battle-tested; a release ≥ {@code 1.0.0}. */
    MATURE,
    /** Marked for removal; any version. */
    DEPRECATED,
    /** Terminal and read-only; any version. */
    ARCHIVED;

    /** @return the id used in the files, the lower-case name ({@code beta}) */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks up a level by its id.
     *
     * @param id a level id such as {@code stable}
     * @return the level, or empty if the id is unknown
     */
    public static Optional<MaturityLevel> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst();
    }

    /** @return {@code true} for the levels of the ladder, {@code experimental} to {@code mature} */
    public boolean isActive() {
        return this != DEPRECATED && this != ARCHIVED;
    }

    /** @return {@code true} only for {@code archived}, from which there is no way out */
    public boolean isTerminal() {
        return this == ARCHIVED;
    }

    /** @return {@code true} for {@code stable} and {@code mature}, whose API is locked */
    public boolean isApiLocked() {
        return this == STABLE || this == MATURE;
    }

    /**
     * Compares two active levels on the ladder.
     *
     * @param other the level to compare with
     * @return {@code true} if both are active and this one is {@code other} or above it
     */
    public boolean isAtLeast(MaturityLevel other) {
        Objects.requireNonNull(other, "other");
        return isActive() && other.isActive() && ordinal() >= other.ordinal();
    }

    /** @return the next level up the ladder ({@code beta} for {@code alpha}), empty for mature and beyond */
    public Optional<MaturityLevel> next() {
        return this == MATURE || !isActive() ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /**
     * The state machine. Allowed: one step up the ladder (a promotion); a step down among
     * {@code experimental}, {@code alpha} and {@code beta}, or from {@code mature} to {@code stable} (no
     * demotion below stable once stable); any active level to {@code deprecated}; {@code deprecated} to
     * {@code archived}. Nothing leaves {@code archived}. Staying at the same level is not a transition.
     *
     * @param target the level to move to
     * @return whether the move is allowed
     */
    public boolean canTransitionTo(MaturityLevel target) {
        Objects.requireNonNull(target, "target");
        if (target == this || this == ARCHIVED) {
            return false;
        }
        if (this == DEPRECATED) {
            return target == ARCHIVED;
        }
        if (target == DEPRECATED) {
            return true;
        }
        if (target == ARCHIVED) {
            return false;
        }
        if (target.ordinal() == ordinal() + 1) {
            return true;
        }
        if (target.ordinal() < ordinal()) {
            return isApiLocked() ? target == STABLE : true;
        }
        return false;
    }

    /**
     * The maturity/version rule of the library format: {@code experimental} and {@code alpha} carry
     * {@code 0.x.y} (a pre-release is allowed); {@code beta} a pre-release of a major ≥ 1
     * ({@code 1.0.0-beta.3}, {@code 2.0.0-rc.1}); {@code stable} and {@code mature} a release ≥
     * {@code 1.0.0}; {@code deprecated} and {@code archived} any valid version.
     *
     * @param semver a version string
     * @return {@code false} if it is not SemVer 2.0 or does not fit this level
     */
    public boolean allowsVersion(String semver) {
        Objects.requireNonNull(semver, "semver");
        return Version.tryParse(semver).map(this::allowsVersion).orElse(false);
    }

    /**
     * The maturity/version rule of the library format (see {@link #allowsVersion(String)}).
     *
     * @param version a version
     * @return whether it fits this level
     * @since 0.2.0
     */
    public boolean allowsVersion(Version version) {
        Objects.requireNonNull(version, "version");
        switch (this) {
            case EXPERIMENTAL:
            case ALPHA:
                return version.major() == 0;
            case BETA:
                return version.major() >= 1 && version.isPreRelease();
            case STABLE:
            case MATURE:
                return version.major() >= 1 && !version.isPreRelease();
            default:
                return true;
        }
    }

    /**
     * Describes the versions {@link #allowsVersion(String)} accepts, for messages.
     *
     * @return for example {@code a pre-release of a major >= 1 (1.0.0-beta.N, 2.0.0-rc.N)}
     */
    public String versionRule() {
        switch (this) {
            case EXPERIMENTAL:
            case ALPHA:
                return "a 0.x.y version";
            case BETA:
                return "a pre-release of a major >= 1 (1.0.0-beta.N, 2.0.0-rc.N)";
            case STABLE:
            case MATURE:
                return "a release version >= 1.0.0";
            default:
                return "a SemVer version";
        }
    }

    /**
     * Tells whether a string is a SemVer 2.0 version ({@code 1.4.2}, {@code 1.0.0-beta.1+build.5}).
     *
     * @param text any string
     * @return whether it parses
     */
    public static boolean isSemVer(String text) {
        return Version.isValid(text);
    }

    /** @return the id */
    @Override
    public String toString() {
        return id();
    }
}
