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
            String hint = VersionHints.hint(level, asked, level, current, registered, required);
            String what = level + " " + current + " " + registered + " " + required + ": " + hint;
            List<Version> accepted = grid(level).stream()
                    .filter(v -> accepted(level, current, registered, required, v)).toList();
            if (!hint.startsWith("set version to ")) {
                assertEquals(List.of(), accepted, what);
                return;
            }
            String named = hint.substring("set version to ".length());
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

    @Test
    void theHintNamesOnlyAVersionAboveTheCurrentOne() {
        qt().forAll(LEVELS, VERSIONS, BUMPS).checkAssert((level, current, bump) -> {
            String hint = VersionHints.releaseHint(level, current, current.nextMajor(), bump, List.of(current));
            if (hint.startsWith("release ")) {
                Version named = Version.parse(hint.substring("release ".length(), hint.indexOf(' ', 8)));
                assertEquals(true, named.isNewerThan(current), hint);
            }
        });
    }

    @Test
    void alphaAtZeroX_refusedMajor_suggestsTheNextMinor() {
        assertEquals("release 0.5.0 (--bump minor)", // alpha → stable skips beta: not proposed
                VersionHints.releaseHint(MaturityLevel.ALPHA, Version.parse("0.4.1"), Version.parse("1.0.0"),
                        Bump.MAJOR, List.of(Version.parse("0.4.1"))));
    }

    @Test
    void alphaAboveZeroX_hasNoVersionToSuggest_onlyTheMaturity() {
        assertEquals("alpha allows no version above 1.2.0, and stable, which 1.3.0 needs, is more than one "
                + "promote step away",
                VersionHints.releaseHint(MaturityLevel.ALPHA, Version.parse("1.2.0"), Version.parse("1.3.0"),
                        Bump.MINOR, List.of(Version.parse("1.2.0"))));
    }

    @Test
    void betaAtAPreRelease_suggestsTheNextPreRelease() {
        assertEquals("release 1.0.0-beta.3 (--bump prerelease), or set maturity to stable first",
                VersionHints.releaseHint(MaturityLevel.BETA, Version.parse("1.0.0-beta.2"), Version.parse("1.0.0"),
                        Bump.MAJOR, List.of(Version.parse("1.0.0-beta.2"))));
    }
}
