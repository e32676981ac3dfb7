package dev.alexandria.core.internal.versioning;

import static dev.alexandria.core.internal.versioning.SemVersTest.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.Version;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of the bump rules that {@code version} and {@code diff --check} apply. */
class ReleaseRulesPropertiesTest {

    private static Gen<Bump> bumps() {
        return arbitrary().enumValues(Bump.class);
    }

    /** Releases (no pre-release, no build metadata) with a major version in the given range. */
    private static Gen<Version> releases(int lowestMajor, int highestMajor) {
        Gen<Long> small = integers().between(0, 12).map(Integer::longValue);
        return integers().between(lowestMajor, highestMajor).map(Integer::longValue)
                .zip(small, small, (a, b, c) -> Version.of(a, b, c));
    }

    /** Versions with a pre-release. */
    private static Gen<Version> preReleases() {
        return versions().zip(arbitrary().pick("alpha", "beta.2", "rc.1", "0.x", "11"),
                (v, pre) -> v.isPreRelease() ? v : v.withPreRelease(pre));
    }

    @Test
    void law_theNextVersionForABumpAlwaysMeetsIt() {
        qt().withExamples(3000).forAll(versions(), bumps()).checkAssert((from, required) -> {
            Version next = ReleaseRules.next(from, required);
            assertTrue(next.isNewerThan(from), from + " → " + next);
            assertEquals(Optional.empty(), ReleaseRules.shortfall(from, next, required), from + " → " + next);
        });
    }

    @Test
    void law_aVersionThatMeetsABumpMeetsEveryLowerOne() {
        qt().withExamples(3000).forAll(versions(), versions(), bumps(), bumps()).checkAssert((from, to, a, b) -> {
            Bump higher = a.max(b);
            Bump lower = a == higher ? b : a;
            if (ReleaseRules.shortfall(from, to, higher).isEmpty()) {
                assertEquals(Optional.empty(), ReleaseRules.shortfall(from, to, lower), from + " → " + to);
            }
        });
    }

    @Test
    void law_aVersionThatIsNotHigherNeverMeetsAnyBump() {
        qt().withExamples(3000).forAll(versions(), versions(), bumps()).checkAssert((a, b, required) -> {
            Version from = a.compareTo(b) >= 0 ? a : b;
            Version to = from == a ? b : a;
            assertTrue(ReleaseRules.shortfall(from, to, required).isPresent(), from + " → " + to);
        });
    }

    @Test
    void law_fromOneZeroOnAReleaseMeetsTheRequirementExactlyWhenItsBumpIsAsLarge() {
        qt().withExamples(3000).forAll(releases(1, 12), versions(), bumps()).checkAssert((from, other, required) -> {
            Version to = other.isNewerThan(from) ? other : from.nextPatch();
            assertEquals(Bump.between(from, to).compareTo(required) >= 0,
                    ReleaseRules.shortfall(from, to, required).isEmpty(), from + " → " + to + " for " + required);
        });
    }

    @Test
    void law_onZeroMajorAMinorBumpMeetsARequiredMajor() {
        qt().withExamples(2000).forAll(releases(0, 0)).checkAssert(v -> {
            assertEquals(Optional.empty(), ReleaseRules.shortfall(v, v.nextMinor(), Bump.MAJOR), v.toString());
            assertTrue(ReleaseRules.shortfall(v, v.nextPatch(), Bump.MAJOR).isPresent(), v.toString());
        });
    }

    @Test
    void law_betweenPreReleasesOfOneVersionAnythingGoes() {
        qt().withExamples(2000).forAll(preReleases(), bumps()).checkAssert((v, required) -> {
            assertEquals(Optional.empty(), ReleaseRules.shortfall(v, v.nextPreRelease(), required), v + "");
            assertEquals(Optional.empty(), ReleaseRules.shortfall(v, v.release(), required), v + "");
        });
    }
}
