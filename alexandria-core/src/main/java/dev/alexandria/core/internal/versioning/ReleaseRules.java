package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.Version;
import java.util.Optional;

/**
 * Whether a move from one version to another tells callers the truth about a required bump. SemVer 2.0's
 * exceptions apply: major version zero is for initial development, where anything may change, so on
 * {@code 0.x} a minor bump meets a required major one; and between pre-releases of the same
 * {@code MAJOR.MINOR.PATCH} (and from one to its release) any change is allowed, so alpha and beta modules can
 * always release.
 */
public final class ReleaseRules {

    private ReleaseRules() {
    }

    /**
     * @param from     the version released before
     * @param to       the version to release
     * @param required the bump the changes require
     * @return why {@code to} does not meet the requirement, or empty if it does
     */
    public static Optional<String> shortfall(Version from, Version to, Bump required) {
        if (!to.isNewerThan(from)) {
            return Optional.of(to + " is not higher than " + from);
        }
        if (from.isPreRelease() && to.release().equals(from.release())) {
            return Optional.empty();
        }
        Bump declared = Bump.between(from, to);
        if (declared.compareTo(required) >= 0) {
            return Optional.empty();
        }
        if (required == Bump.MAJOR && declared == Bump.MINOR && from.major() == 0 && to.major() == 0) {
            return Optional.empty();
        }
        return Optional.of(from + " → " + to + " is a " + declared.id() + " bump, but " + requirement(from, required));
    }

    /**
     * What the changes since {@code from} require, worded by the bump the version number needs: on {@code 0.x}
     * SemVer (§4) lets anything change, and our rule asks a minor bump of breaking changes, so a required major
     * bump there reads "the changes are breaking, which on 0.x requires a minor bump", never "a major bump" (which
     * 0.x does not need, and which would leave initial development).
     *
     * @param from     the version released before
     * @param required the bump the changes require
     * @return such as {@code the changes require a minor bump}
     */
    public static String requirement(Version from, Bump required) {
        return from.major() == 0 && required == Bump.MAJOR
                ? "the changes are breaking, which on 0.x requires a minor bump"
                : "the changes require a " + required.id() + " bump";
    }

    /**
     * The bump the version number needs after {@code from} for changes that require {@code required}: a minor
     * bump for breaking changes on {@code 0.x} (see {@link #requirement}), else {@code required}.
     *
     * @param from     the version released before
     * @param required the bump the changes require
     * @return the bump the number needs
     */
    public static Bump needed(Version from, Bump required) {
        return from.major() == 0 && required == Bump.MAJOR ? Bump.MINOR : required;
    }

    /**
     * The next version for a required bump, as {@code version --bump auto} picks it: the next pre-release when
     * the current version is a pre-release; on {@code 0.x} a required major bump becomes a minor one.
     *
     * @param current  the current version
     * @param required the bump the changes require
     * @return the next version
     */
    public static Version next(Version current, Bump required) {
        if (current.isPreRelease()) {
            return current.nextPreRelease();
        }
        if (current.major() == 0 && required == Bump.MAJOR) {
            return current.nextMinor();
        }
        return required.apply(current);
    }
}
