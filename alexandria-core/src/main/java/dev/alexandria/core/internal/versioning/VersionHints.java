package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Suggests a fix when a version is refused: a version that fits, or a maturity that fits. A suggested version is
 * one every rule that checks it then accepts (the maturity's, the release's "higher than every registered
 * version" and "meets the required bump"), and the smallest such.
 */
public final class VersionHints {

    private VersionHints() {
    }

    /**
     * The fix for a module file whose version does not fit its maturity, when its registered versions are not
     * known: the smallest version the maturity allows at or above {@code version} (a registered version is never
     * above the module's own), else the smallest the maturity allows at all; or the maturity that fits.
     *
     * @param maturity the module's maturity
     * @param version  its version, which does not fit the maturity
     * @return the fix, such as {@code set version to 1.0.0-beta.1 or maturity to alpha}
     */
    public static String hint(MaturityLevel maturity, Version version) {
        Optional<Version> fit = smallestRelease(maturity, version, Bump.PATCH, List.of())
                .or(() -> smallestRelease(maturity, Version.of(0, 1, 0), Bump.PATCH, List.of()));
        return hint(maturity, version, fit, version, maturity, "set ", "version to ", "maturity to ", true);
    }

    /**
     * The fix for a version asked for by {@code register --version} that does not fit the maturity, in that
     * command's options: the version {@link #smallestRelease} gives from the highest registered version (the
     * module's own version when none is), free of every registered or tagged version, so the release step then
     * accepts it; or the maturity that fits.
     *
     * @param maturity   the maturity the module will have
     * @param version    the version asked for, which does not fit the maturity
     * @param from       the module's maturity now (a maturity is proposed only one {@code promote} step from it)
     * @param current    the module's version in its {@code .alexandria.yaml}
     * @param registered the module's registered versions
     * @param taken      the versions a release can no longer name: the registered ones and every version tagged
     *                   in git ({@code <module>/v<version>})
     * @param required   the bump the changes since the highest registered version require ({@code PATCH} when
     *                   none is registered)
     * @return the fix, such as {@code use --version 1.0.0-beta.2 or --maturity alpha}
     */
    public static String registerHint(MaturityLevel maturity, Version version, MaturityLevel from, Version current,
                                      Collection<Version> registered, Collection<Version> taken, Bump required) {
        Version floor = registered.stream().max(Comparator.naturalOrder()).orElse(current);
        List<Version> all = new ArrayList<>(registered);
        all.addAll(taken);
        if (isTaken(version, taken) && !isTaken(version, registered)) {
            // tagged but never registered: the maturity alone cannot make it free (a registered one may be registered
            // again, unchanged), so name the version that maturity would release
            Optional<MaturityLevel> reachable = reachableMaturity(from, version);
            Optional<Version> fit = smallestRelease(maturity, floor, required, all);
            Optional<String> other = reachable.flatMap(m -> smallestRelease(m, floor, required, all)
                    .map(v -> "--version " + v + " --maturity " + m));
            if (fit.isPresent()) {
                return "use --version " + fit.get() + other.map(o -> ", or " + o).orElse("");
            }
            return other.map(o -> "use " + o).orElse(maturity + " allows no free version above " + floor);
        }
        // another maturity is a fix only where it alone makes the version acceptable: never for a version below the
        // registered ones or short of the bump (a registered version may be registered again, unchanged)
        boolean helps = isTaken(version, registered)
                || maturityAloneHelps(version, floor, required, all);
        return hint(maturity, version, smallestRelease(maturity, floor, required, all), floor, from, "use ",
                "--version ", "--maturity ", helps);
    }

    /**
     * @param verb          how the fix begins ({@code set }, {@code use })
     * @param versionOption how it names a version ({@code version to }, {@code --version })
     * @param maturityOption how it names a maturity ({@code maturity to }, {@code --maturity })
     * @param maturityHelps whether another maturity alone would make {@code version} acceptable
     */
    private static String hint(MaturityLevel maturity, Version version, Optional<Version> fit, Version floor,
                               MaturityLevel from, String verb, String versionOption, String maturityOption,
                               boolean maturityHelps) {
        Optional<MaturityLevel> reachable = reachableMaturity(from, version).filter(m -> maturityHelps);
        String onlyMaturity = verb + maturityOption;
        String setVersion = verb + versionOption;
        if (fit.isEmpty()) {
            return reachable.map(m -> onlyMaturity + m + " (" + maturity + " allows no version above " + floor
                    + ")").orElse(maturity + " allows no version above " + floor + (maturityHelps ? ", and "
                    + fittingMaturity(version) + ", which " + version + " needs, is more than one promote step away"
                    : ""));
        }
        return reachable.map(m -> setVersion + fit.get() + " or " + maturityOption + m)
                .orElse(setVersion + fit.get());
    }

    /**
     * The fix for a release whose version does not fit the module's maturity: the lowest version above the
     * current one that fits the maturity and meets the required bump (the rule of {@link #smallestRelease}), and the
     * maturity that fits the refused version when that alone would make the release acceptable (see
     * {@link #maturityFix}).
     *
     * @param module   the module's id, for the command that changes its maturity
     * @param maturity the module's maturity
     * @param current  the last released version (the module's own while none is); the release must be above it
     * @param refused  the version asked for, which does not fit the maturity
     * @param required the bump the changes require
     * @param taken    the versions a release can no longer name (registered, or tagged)
     * @return the fix, such as {@code release 1.0.0-beta.3 (--bump prerelease), or promote it to stable first
     *         (alexandria promote waf --to stable)}
     */
    public static String releaseHint(String module, MaturityLevel maturity, Version current, Version refused,
                                     Bump required, Collection<Version> taken) {
        Optional<String> release = smallestRelease(maturity, current, required, taken)
                .map(v -> "release " + v + " (" + option(current, v) + ")");
        if (!maturityAloneHelps(refused, current, required, taken)) {
            return release.orElse(maturity.id() + " allows no free version above " + current + " that meets the "
                    + required.id() + " bump");
        }
        return maturityFix(module, maturity, current, refused, release);
    }

    /**
     * The fix of a release refused only because its version does not fit the module's maturity (it is free, above
     * the last release and meets the required bump): the rule's version, and the maturity that fits the refused
     * version when one {@code promote} step reaches it (a promotion or a demotion), named with the command that
     * makes it.
     *
     * @param module   the module's id
     * @param maturity the module's maturity
     * @param current  the last released version (the module's own while none is)
     * @param refused  the version asked for
     * @param release  the fix that names the rule's version with its option, empty when the maturity allows none
     * @return the fix, such as {@code release 1.0.0-beta.3 (--bump prerelease), or promote it to stable first
     *         (alexandria promote waf --to stable)}
     */
    public static String maturityFix(String module, MaturityLevel maturity, Version current, Version refused,
                                     Optional<String> release) {
        Optional<MaturityLevel> reachable = reachableMaturity(maturity, refused);
        if (reachable.isEmpty()) {
            return release.orElse(maturity.id() + " allows no version above " + current + ", and "
                    + fittingMaturity(refused) + ", which " + refused + " needs, is more than one promote step away");
        }
        String promote = promoteFix(module, reachable.get(), " first");
        return release.map(r -> r + ", or " + promote)
                .orElse(maturity.id() + " allows no version above " + current + ": " + promote);
    }

    /**
     * @param module the module's id
     * @param level  the level to move it to (up or down)
     * @param when   after the level, such as {@code " first"}, or empty
     * @return {@code promote it to stable first (alexandria promote waf --to stable)}
     */
    public static String promoteFix(String module, MaturityLevel level, String when) {
        return "promote it to " + level.id() + when + " (alexandria promote " + module + " --to " + level.id() + ")";
    }

    /**
     * Whether another maturity alone would make a release of {@code version} acceptable: it is free, above the
     * last released version and meets the required bump from it (another maturity does not help a version that is
     * taken or too low).
     */
    static boolean maturityAloneHelps(Version version, Version floor, Bump required, Collection<Version> taken) {
        return !isTaken(version, taken) && version.isNewerThan(floor)
                && ReleaseRules.shortfall(floor, version, required).isEmpty();
    }

    /**
     * The smallest version a release from {@code floor} can name that every rule checking a release accepts:
     * {@code floor} itself while no version in {@code taken} has its precedence (nothing was released from it),
     * else a version above it; that {@code maturity} allows; that meets {@code required} from {@code floor}
     * ({@link ReleaseRules#shortfall}); and that no version in {@code taken} has. Among the versions a release
     * names: the next pre-release, patch, minor and major, 1.0.0, and the first beta ({@code -beta.1}) of the same
     * release, of 1.0.0 or of the next major. A pre-release is named from a release only when the maturity allows
     * no release there (beta): a deprecated module at 1.2.0 that needs a major bump gets 2.0.0, not 2.0.0-beta.1.
     *
     * @param maturity the level the version must fit
     * @param floor    the version released last (the module's own while none is)
     * @param required the bump the changes since {@code floor} require
     * @param taken    the versions a release can no longer name (registered, or tagged)
     * @return that version, or empty when the maturity allows none (an alpha module at 1.2.0 has no 0.x version
     *         above it)
     */
    public static Optional<Version> smallestRelease(MaturityLevel maturity, Version floor, Bump required,
                                                    Collection<Version> taken) {
        Version base = floor;
        boolean withBase = !isTaken(floor, taken);
        while (true) {
            Version from = base;
            Optional<Version> min = namable(from, withBase).stream()
                    .filter(v -> maturity.allowsVersion(v) && (!v.isPreRelease() || floor.isPreRelease()
                            || !maturity.allowsVersion(v.release())) && (v.hasSamePrecedence(floor)
                            || v.isNewerThan(floor) && ReleaseRules.shortfall(floor, v, required).isEmpty()))
                    .min(Comparator.naturalOrder());
            if (min.isEmpty() || !isTaken(min.get(), taken)) {
                return min;
            }
            base = min.get(); // taken: look above it
            withBase = false;
        }
    }

    /** The versions a release from {@code base} can name, {@code base} itself too when {@code withBase}. */
    private static List<Version> namable(Version base, boolean withBase) {
        List<Version> candidates = new ArrayList<>();
        if (withBase) {
            candidates.add(base);
        }
        if (base.isPreRelease()) {
            candidates.add(base.nextPreRelease());
        }
        candidates.add(base.nextPatch());
        candidates.add(base.nextMinor());
        candidates.add(base.nextMajor());
        candidates.add(Version.of(1, 0, 0));
        candidates.add(base.release().withPreRelease("beta.1"));
        candidates.add(Version.of(1, 0, 0).withPreRelease("beta.1"));
        Version nextMajor = base.major() == 0 ? Version.of(1, 0, 0) : base.nextMajor();
        candidates.add(nextMajor.isPreRelease() ? nextMajor : nextMajor.withPreRelease("beta.1"));
        return candidates.stream().filter(v -> withBase ? !v.isOlderThan(base) : v.isNewerThan(base)).toList();
    }

    /** Whether a version in {@code taken} has the precedence of {@code v}: a release can no longer name it. */
    static boolean isTaken(Version v, Collection<Version> taken) {
        return taken.stream().anyMatch(t -> t.hasSamePrecedence(v));
    }

    /**
     * The option of {@code version} that picks {@code next} after {@code current}: a {@code --bump} only when that
     * bump gives exactly {@code next} ({@code --bump prerelease} from {@code 1.0.0-beta.3} gives {@code beta.4},
     * never {@code beta.5}), else {@code --to next}.
     */
    static String option(Version current, Version next) {
        if (current.isPreRelease() && current.nextPreRelease().equals(next)) {
            return "--bump prerelease";
        }
        for (Bump b : List.of(Bump.PATCH, Bump.MINOR, Bump.MAJOR)) {
            if (b.apply(current).equals(next)) {
                return "--bump " + b.id();
            }
        }
        return "--to " + next;
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
