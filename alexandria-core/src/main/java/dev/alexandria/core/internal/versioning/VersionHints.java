package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Suggests a fix when a version and a maturity disagree: a version that fits, or a maturity that fits. */
public final class VersionHints {

    private VersionHints() {
    }

    /**
     * @param maturity the module's maturity
     * @param version  its version, which does not fit the maturity
     * @return the fix, such as {@code set version to 1.0.0-beta.1 or maturity to alpha}
     */
    public static String hint(MaturityLevel maturity, Version version) {
        return hint(maturity, version, List.of());
    }

    /**
     * As {@link #hint(MaturityLevel, Version)}, proposing a version no registered one has taken: when the
     * version that fits is registered, the next one after the highest registered version the maturity allows
     * (the next pre-release, else the next minor).
     *
     * @param maturity   the module's maturity
     * @param version    its version, which does not fit the maturity
     * @param registered the module's registered versions
     * @return the fix, such as {@code set version to 1.0.0-beta.2 or maturity to alpha}
     */
    public static String hint(MaturityLevel maturity, Version version, Collection<Version> registered) {
        long major = version.major();
        boolean pre = version.isPreRelease();
        String suggestedVersion;
        switch (maturity) {
            case EXPERIMENTAL:
            case ALPHA:
                suggestedVersion = "0.1.0";
                break;
            case BETA:
                suggestedVersion = (major == 0 ? 1 : major + (pre ? 0 : 1)) + ".0.0-beta.1";
                break;
            default:
                suggestedVersion = major == 0 ? "1.0.0" : version.release().toString();
                break;
        }
        String fix = free(maturity, Version.parse(suggestedVersion), registered).toString();
        return reachableMaturity(maturity, version).map(m -> "set version to " + fix + " or maturity to " + m)
                .orElse("set version to " + fix);
    }

    /**
     * The fix for a release whose version does not fit the module's maturity: the lowest version above the
     * current one that fits the maturity and meets the required bump (the bump {@code version --bump auto} would
     * make, when it fits), else the maturity that fits the refused version.
     *
     * @param maturity the module's maturity
     * @param current  the module's current version (the release must be above it)
     * @param refused  the version asked for, which does not fit the maturity
     * @param required the bump the changes require
     * @return the fix, such as {@code release 0.5.0 (--bump minor), or set maturity to stable first}
     */
    public static String releaseHint(MaturityLevel maturity, Version current, Version refused, Bump required) {
        Optional<MaturityLevel> reachable = reachableMaturity(maturity, refused);
        if (reachable.isEmpty()) {
            return releaseCandidate(maturity, current, required)
                    .map(v -> "release " + v + " (" + option(current, v) + ")")
                    .orElse(maturity.id() + " allows no version above " + current + ", and " + fittingMaturity(refused)
                            + ", which " + refused + " needs, is more than one promote step away");
        }
        String maturityFix = "set maturity to " + reachable.get().id() + " first";
        return releaseCandidate(maturity, current, required)
                .map(v -> "release " + v + " (" + option(current, v) + "), or " + maturityFix)
                .orElse(maturityFix + " (" + maturity.id() + " allows no version above " + current + ")");
    }

    /**
     * The lowest version above {@code current} that fits {@code maturity} and meets {@code required}, among the
     * versions a release can name: the next pre-release, patch, minor and major, and the first beta of the next
     * major.
     *
     * @param maturity the module's maturity
     * @param current  the current version
     * @param required the bump the changes require
     * @return that version, or empty when none fits (an alpha module at 1.2.0 has no 0.x version above it)
     */
    static Optional<Version> releaseCandidate(MaturityLevel maturity, Version current, Bump required) {
        List<Version> candidates = new ArrayList<>();
        if (current.isPreRelease()) {
            candidates.add(current.nextPreRelease());
        }
        candidates.add(current.nextPatch());
        candidates.add(current.nextMinor());
        candidates.add(current.nextMajor());
        Version nextMajor = current.major() == 0 ? Version.of(1, 0, 0) : current.nextMajor();
        candidates.add(nextMajor.isPreRelease() ? nextMajor : nextMajor.withPreRelease("beta.1"));
        return candidates.stream()
                .filter(v -> v.isNewerThan(current) && maturity.allowsVersion(v))
                .filter(v -> ReleaseRules.shortfall(current, v, required).isEmpty())
                .min(Comparator.naturalOrder());
    }

    /** The option of {@code version} that picks {@code next} after {@code current}. */
    static String option(Version current, Version next) {
        if (current.isPreRelease() && next.isPreRelease() && next.release().equals(current.release())) {
            return "--bump prerelease";
        }
        for (Bump b : List.of(Bump.PATCH, Bump.MINOR, Bump.MAJOR)) {
            if (b.apply(current).equals(next)) {
                return "--bump " + b.id();
            }
        }
        return "--to " + next;
    }

    /** The proposal itself when no registered version has it, else the next after the highest that fits. */
    private static Version free(MaturityLevel maturity, Version proposal, Collection<Version> registered) {
        if (registered.stream().noneMatch(v -> v.withoutBuild().equals(proposal.withoutBuild()))) {
            return proposal;
        }
        Version top = registered.stream().filter(maturity::allowsVersion).max(Comparator.naturalOrder())
                .orElse(proposal);
        Version next = top.isPreRelease() ? top.nextPreRelease() : top.nextMinor();
        return maturity.allowsVersion(next) ? next : top.nextMinor();
    }

    /** The maturity a version fits. */
    private static String fittingMaturity(Version version) {
        return version.major() == 0 ? "alpha" : version.isPreRelease() ? "beta" : "stable";
    }

    /**
     * A maturity that fits {@code version} and that one {@code promote} step reaches from {@code maturity}
     * (experimental → stable skips two levels, so it is never proposed).
     *
     * @return the level, or empty when none fits within one step
     */
    static Optional<MaturityLevel> reachableMaturity(MaturityLevel maturity, Version version) {
        List<MaturityLevel> fitting = version.major() == 0 ? List.of(MaturityLevel.ALPHA, MaturityLevel.EXPERIMENTAL)
                : version.isPreRelease() ? List.of(MaturityLevel.BETA)
                : List.of(MaturityLevel.STABLE, MaturityLevel.MATURE);
        return fitting.stream().filter(maturity::canTransitionTo).findFirst();
    }
}
