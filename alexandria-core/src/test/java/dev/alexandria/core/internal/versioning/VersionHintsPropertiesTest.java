package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Version;
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

    @Test
    void everySuggestedReleaseIsAboveTheCurrentVersionFitsTheMaturityAndMeetsTheBump() {
        qt().forAll(LEVELS, VERSIONS, BUMPS).checkAssert((level, current, bump) ->
                VersionHints.releaseCandidate(level, current, bump).ifPresent(v -> {
                    assertEquals(true, v.isNewerThan(current), current + " → " + v);
                    assertEquals(true, level.allowsVersion(v), level + " " + v);
                    assertEquals(Optional.empty(), ReleaseRules.shortfall(current, v, bump), current + " → " + v);
                }));
    }

    @Test
    void theHintNamesOnlyAVersionAboveTheCurrentOne() {
        qt().forAll(LEVELS, VERSIONS, BUMPS).checkAssert((level, current, bump) -> {
            String hint = VersionHints.releaseHint(level, current, current.nextMajor(), bump);
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
                        Bump.MAJOR));
    }

    @Test
    void alphaAboveZeroX_hasNoVersionToSuggest_onlyTheMaturity() {
        assertEquals("alpha allows no version above 1.2.0, and stable, which 1.3.0 needs, is more than one "
                + "promote step away",
                VersionHints.releaseHint(MaturityLevel.ALPHA, Version.parse("1.2.0"), Version.parse("1.3.0"),
                        Bump.MINOR));
    }

    @Test
    void betaAtAPreRelease_suggestsTheNextPreRelease() {
        assertEquals("release 1.0.0-beta.3 (--bump prerelease), or set maturity to stable first",
                VersionHints.releaseHint(MaturityLevel.BETA, Version.parse("1.0.0-beta.2"), Version.parse("1.0.0"),
                        Bump.MAJOR));
    }
}
