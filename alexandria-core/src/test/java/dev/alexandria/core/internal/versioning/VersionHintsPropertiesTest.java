package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class VersionHintsPropertiesTest {

    private static final Gen<Version> VERSIONS = integers().between(0, 3).zip(integers().between(0, 3),
            integers().between(0, 3), integers().between(0, 2), (major, minor, patch, pre) -> {
                Version v = Version.of(major, minor, patch);
                return pre == 0 ? v : v.withPreRelease(pre == 1 ? "beta.2" : "rc");
            });
    /** Versions near each other, pre-releases numbered as {@code --bump prerelease} makes them: hand tags. */
    private static final Gen<Version> TAGS = integers().between(0, 2).zip(integers().between(0, 2),
            integers().between(0, 2), integers().between(0, 4), (major, minor, patch, pre) -> {
                Version v = Version.of(major, minor, patch);
                return pre == 0 ? v : v.withPreRelease("beta." + pre);
            });
    private static final Gen<MaturityLevel> LEVELS = Generate.enumValues(MaturityLevel.class);
    private static final Gen<Bump> BUMPS = Generate.enumValues(Bump.class);

    private static final Gen<MaturityLevel> ACTIVE_LEVELS = Generate.pick(List.of(MaturityLevel.EXPERIMENTAL,
            MaturityLevel.ALPHA, MaturityLevel.BETA, MaturityLevel.STABLE, MaturityLevel.MATURE));
    private static final Gen<List<Version>> REGISTERED = lists().of(VERSIONS).ofSizeBetween(0, 3);

    /**
     * Whether the release step accepts {@code v} (DefaultModuleVersions.release, ReleaseStep.plan): the maturity
     * allows it; it is higher than every registered version (at least the module's own while none is); none has
     * it; and it meets the required bump from the highest registered version.
     */
    private static boolean accepted(MaturityLevel level, Version current, List<Version> registered, Bump required,
                                    Version v) {
        Optional<Version> last = registered.stream().max(Comparator.naturalOrder());
        return level.allowsVersion(v) && registered.stream().noneMatch(v::hasSamePrecedence)
                && (last.isEmpty() ? !v.isOlderThan(current)
                        : v.isNewerThan(last.get()) && ReleaseRules.shortfall(last.get(), v, required).isEmpty());
    }

    /**
     * The versions a suggestion is compared with for being the smallest: releases, and for beta the documented
     * 1.0.0-beta.N and next-major betas (X.0.0-beta.N).
     */
    private static List<Version> grid(MaturityLevel level) {
        List<Version> out = new ArrayList<>();
        for (int major = 0; major <= 5; major++) {
            for (int minor = 0; minor <= 5; minor++) {
                for (int patch = 0; patch <= 5; patch++) {
                    Version v = Version.of(major, minor, patch);
                    if (level != MaturityLevel.BETA) {
                        out.add(v);
                    } else if (minor == 0 && patch == 0) {
                        for (int n = 1; n <= 4; n++) {
                            out.add(v.withPreRelease("beta." + n));
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void registerHint_namesTheSmallestVersionTheReleaseThenAccepts() {
        qt().forAll(ACTIVE_LEVELS, VERSIONS, REGISTERED, BUMPS).checkAssert((level, current, registered, bump) -> {
            Version asked = Version.of(7, 0, 0); // not registered; fits stable and mature only
            Bump required = registered.isEmpty() ? Bump.PATCH : bump;
            String hint = VersionHints.registerHint(level, asked, level, current, registered, List.of(), required);
            String what = level + " " + current + " " + registered + " " + required + ": " + hint;
            List<Version> accepted = grid(level).stream()
                    .filter(v -> accepted(level, current, registered, required, v)).toList();
            if (!hint.startsWith("use --version ")) {
                assertEquals(List.of(), accepted, what);
                return;
            }
            String named = hint.substring("use --version ".length());
            Version v = Version.parse(named.contains(" ") ? named.substring(0, named.indexOf(' ')) : named);
            assertTrue(accepted(level, current, registered, required, v), what);
            assertTrue(accepted.stream().noneMatch(a -> a.isOlderThan(v)), what + " but " + accepted.stream()
                    .filter(a -> a.isOlderThan(v)).toList() + " are accepted");
        });
    }

    @Test
    void everySuggestedReleaseIsTheSmallestTheReleaseAccepts() {
        qt().forAll(ACTIVE_LEVELS, VERSIONS, REGISTERED, BUMPS).checkAssert((level, floor, others, bump) -> {
            // the release counts from the highest registered version, floor: released already
            List<Version> registered = new ArrayList<>(others.stream().filter(v -> v.isOlderThan(floor)).toList());
            registered.add(floor);
            Optional<Version> s = VersionHints.smallestRelease(level, floor, bump, registered);
            String what = level + " " + floor + " " + registered + " " + bump + ": " + s;
            List<Version> accepted = grid(level).stream()
                    .filter(v -> accepted(level, floor, registered, bump, v)).toList();
            if (s.isEmpty()) {
                assertEquals(List.of(), accepted, what);
                return;
            }
            assertTrue(accepted(level, floor, registered, bump, s.get()), what);
            assertTrue(accepted.stream().noneMatch(a -> a.isOlderThan(s.get())), what);
        });
    }

    /**
     * The version an option of {@code version} gives from {@code current}: {@code --to V} gives V, {@code --bump X}
     * what that bump makes of {@code current} (empty for an option that is neither).
     */
    static Optional<Version> fedBack(Version current, String option) {
        if (option.startsWith("--to ")) {
            return Optional.of(Version.parse(option.substring("--to ".length())));
        }
        if (option.equals("--bump prerelease")) {
            return current.isPreRelease() ? Optional.of(current.nextPreRelease()) : Optional.empty();
        }
        for (Bump b : List.of(Bump.PATCH, Bump.MINOR, Bump.MAJOR)) {
            if (option.equals("--bump " + b.id())) {
                return Optional.of(b.apply(current));
            }
        }
        return Optional.empty();
    }

    /**
     * Issue B4 and its kind: over random sets of taken versions (registered or tagged by hand), the version a
     * release's maturity fix names is accepted by the release, and the option it names gives exactly that version
     * when fed back ({@code --bump prerelease} from beta.3 with beta.4 tagged gives beta.4, so beta.5 needs
     * {@code --to}).
     */
    @Test
    void releaseHint_everySuggestedVersionAndOptionIsAcceptedWhenFedBack() {
        qt().forAll(ACTIVE_LEVELS, TAGS, lists().of(TAGS).ofSizeBetween(0, 8), BUMPS)
                .checkAssert((level, current, tagged, bump) -> {
                    List<Version> taken = new ArrayList<>(tagged);
                    taken.add(current);
                    String hint = VersionHints.releaseHint("m", level, current, Version.of(9, 0, 0).withPreRelease("x"),
                            bump, taken);
                    String what = level + " " + current + " taken " + taken + " " + bump + ": " + hint;
                    if (!hint.startsWith("release ")) {
                        return;
                    }
                    Version v = Version.parse(hint.substring("release ".length(), hint.indexOf(' ', 8)));
                    assertTrue(level.allowsVersion(v) && !VersionHints.isTaken(v, taken) && v.isNewerThan(current)
                            && ReleaseRules.shortfall(current, v, bump).isEmpty(), what);
                    String option = hint.substring(hint.indexOf('(') + 1, hint.indexOf(')'));
                    assertEquals(Optional.of(v), fedBack(current, option), what);
                });
    }

    /**
     * Issue B5's kind: the version register's maturity fix names is free of every registered and tagged version
     * and accepted by the release, and it is worded in register's options.
     */
    @Test
    void registerHint_namesAVersionFreeOfEveryTag() {
        qt().forAll(ACTIVE_LEVELS, TAGS, REGISTERED, lists().of(TAGS).ofSizeBetween(0, 8))
                .checkAssert((level, current, registered, tagged) -> {
                    Bump required = Bump.PATCH;
                    String hint = VersionHints.registerHint(level, Version.of(7, 0, 0), level, current, registered,
                            tagged, required);
                    String what = level + " " + current + " " + registered + " tagged " + tagged + ": " + hint;
                    if (!hint.startsWith("use --version ")) {
                        assertTrue(hint.startsWith("use --maturity ") || hint.contains("allows no version"), what);
                        return;
                    }
                    String named = hint.substring("use --version ".length());
                    Version v = Version.parse(named.contains(" ") ? named.substring(0, named.indexOf(' ')) : named);
                    assertTrue(accepted(level, current, registered, required, v), what);
                    assertTrue(!VersionHints.isTaken(v, tagged), what);
                });
    }

    @Test
    void theHintNamesOnlyAVersionAboveTheCurrentOne() {
        qt().forAll(LEVELS, VERSIONS, BUMPS).checkAssert((level, current, bump) -> {
            String hint = VersionHints.releaseHint("m", level, current, current.nextMajor(), bump, List.of(current));
            if (hint.startsWith("release ")) {
                Version named = Version.parse(hint.substring("release ".length(), hint.indexOf(' ', 8)));
                assertEquals(true, named.isNewerThan(current), hint);
            }
        });
    }

    @Test
    void alphaAtZeroX_refusedMajor_suggestsTheNextMinor() {
        assertEquals("release 0.5.0 (--bump minor)", // alpha → stable skips beta: not proposed
                VersionHints.releaseHint("m", MaturityLevel.ALPHA, Version.parse("0.4.1"), Version.parse("1.0.0"),
                        Bump.MAJOR, List.of(Version.parse("0.4.1"))));
    }

    @Test
    void alphaAboveZeroX_hasNoVersionToSuggest_onlyTheMaturity() {
        assertEquals("alpha allows no version above 1.2.0, and stable, which 1.3.0 needs, is more than one "
                + "promote step away",
                VersionHints.releaseHint("m", MaturityLevel.ALPHA, Version.parse("1.2.0"), Version.parse("1.3.0"),
                        Bump.MINOR, List.of(Version.parse("1.2.0"))));
    }

    @Test
    void betaAtAPreRelease_suggestsTheNextPreRelease() {
        assertEquals("release 1.0.0-beta.3 (--bump prerelease), or promote it to stable first (alexandria promote m --to stable)",
                VersionHints.releaseHint("m", MaturityLevel.BETA, Version.parse("1.0.0-beta.2"), Version.parse("1.0.0"),
                        Bump.MAJOR, List.of(Version.parse("1.0.0-beta.2"))));
    }

    @Test
    void betaAskingForATakenRelease_isNotToldToChangeOnlyTheMaturity() {
        // 1.0.0 tagged by hand: --maturity stable alone would ask for the taken 1.0.0 again
        List<Version> registered = List.of(Version.parse("1.0.0-beta.4"));
        List<Version> taken = List.of(Version.parse("1.0.0-beta.4"), Version.parse("1.0.0"));
        assertEquals("use --version 1.0.0-beta.5, or --version 1.1.0 --maturity stable",
                VersionHints.registerHint(MaturityLevel.BETA, Version.parse("1.0.0"), MaturityLevel.BETA,
                        Version.parse("1.0.0-beta.4"), registered, taken, Bump.MINOR));
        assertEquals("release 1.0.0-beta.5 (--bump prerelease)",
                VersionHints.releaseHint("m", MaturityLevel.BETA, Version.parse("1.0.0-beta.4"), Version.parse("1.0.0"),
                        Bump.MINOR, taken));
        // free, the maturity alone is still a fix
        assertEquals("use --version 1.0.0-beta.5 or --maturity stable",
                VersionHints.registerHint(MaturityLevel.BETA, Version.parse("1.0.0"), MaturityLevel.BETA,
                        Version.parse("1.0.0-beta.4"), registered, registered, Bump.MINOR));
    }
}
