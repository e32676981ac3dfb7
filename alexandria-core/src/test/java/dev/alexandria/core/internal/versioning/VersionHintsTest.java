package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionHintsTest {

    private static List<Version> versions(String... v) {
        return java.util.Arrays.stream(v).map(Version::parse).toList();
    }

    private static Version v(String text) {
        return Version.parse(text);
    }

    @Test
    void hint_proposesTheFittingVersionWhenNoneIsRegistered() {
        assertEquals("set version to 1.0.0-beta.1 or maturity to alpha",
                VersionHints.hint(MaturityLevel.BETA, v("0.3.0")));
    }

    @Test
    void hint_proposesTheSmallestVersionAboveEveryRegisteredOne() {
        assertEquals("use --version 1.0.0-beta.3 or --maturity alpha", VersionHints.registerHint(MaturityLevel.BETA,
                v("0.3.0"), MaturityLevel.BETA, v("0.3.0"), versions("0.1.0", "0.3.0", "1.0.0-beta.1", "1.0.0-beta.2"), List.of(),
                Bump.MAJOR));
        assertEquals("use --version 0.1.1 or --maturity beta", VersionHints.registerHint(MaturityLevel.ALPHA,
                v("1.0.0-beta.1"), MaturityLevel.ALPHA, v("0.1.0"), versions("0.1.0"), List.of(), Bump.PATCH));
        assertEquals("use --version 1.2.1", VersionHints.registerHint(MaturityLevel.STABLE,
                v("0.9.0"), MaturityLevel.STABLE, v("1.2.0"), versions("1.0.0", "1.2.0"), List.of(), Bump.PATCH));
    }

    @Test
    void hint_proposesAVersionThatMeetsTheRequiredBump() {
        assertEquals("use --version 0.2.0 or --maturity beta", VersionHints.registerHint(MaturityLevel.ALPHA,
                v("1.0.0-beta.1"), MaturityLevel.ALPHA, v("0.1.0"), versions("0.1.0"), List.of(), Bump.MINOR));
        assertEquals("use --version 2.0.0", VersionHints.registerHint(MaturityLevel.STABLE,
                v("0.9.0"), MaturityLevel.STABLE, v("1.2.0"), versions("1.0.0", "1.2.0"), List.of(), Bump.MAJOR));
    }

    /** Issue 14: register --version 1.0.0 --maturity beta of an experimental module at 0.1.0. */
    @Test
    void register_betaOfAnExperimentalModule_proposesTheFirstBetaOfTheVersionAskedFor() {
        // stable, which 1.0.0 fits, is two promote steps from experimental: not proposed
        assertEquals("use --version 1.0.0-beta.1", VersionHints.registerHint(MaturityLevel.BETA,
                v("1.0.0"), MaturityLevel.EXPERIMENTAL, v("0.1.0"), versions("0.1.0"), List.of(), Bump.MINOR));
        assertEquals("use --version 1.0.0-beta.1", VersionHints.registerHint(MaturityLevel.BETA,
                v("1.0.0"), MaturityLevel.EXPERIMENTAL, v("0.1.0"), List.of(), List.of(), Bump.PATCH));
        assertEquals("use --version 1.0.0-beta.1 or --maturity alpha", VersionHints.registerHint(MaturityLevel.BETA,
                v("0.3.0"), MaturityLevel.EXPERIMENTAL, v("0.1.0"), versions("0.1.0"), List.of(), Bump.MINOR));
    }

    @Test
    void hint_proposesOnlyAMaturityOnePromoteStepAway() {
        // experimental → stable skips alpha and beta, which promote refuses: only the version is proposed
        assertEquals("use --version 0.1.1", VersionHints.registerHint(MaturityLevel.EXPERIMENTAL, v("1.0.0"),
                MaturityLevel.EXPERIMENTAL, v("0.1.0"), versions("0.1.0"), List.of(), Bump.PATCH));
        // the module file's own version may be registered: a beta above 1.0.0 is the next major's
        assertEquals("set version to 2.0.0-beta.1 or maturity to stable", VersionHints.hint(MaturityLevel.BETA,
                v("1.0.0")));
    }

    @Test
    void hint_withNoVersionAboveTheRegisteredOnes_proposesOnlyTheMaturity() {
        assertEquals("use --maturity beta (alpha allows no version above 1.2.0)", VersionHints.registerHint(
                MaturityLevel.ALPHA, v("1.3.0-beta.1"), MaturityLevel.ALPHA, v("1.2.0"), versions("1.2.0"), List.of(), Bump.PATCH));
    }

    /** A demotion that would not make the version acceptable (below the registered ones) is not proposed. */
    @Test
    void registerHint_belowTheRegisteredVersions_proposesNoOtherMaturity() {
        assertEquals("use --version 1.0.0-beta.4", VersionHints.registerHint(MaturityLevel.BETA, v("0.5.0"),
                MaturityLevel.BETA, v("1.0.0-beta.3"), versions("0.1.0", "1.0.0-beta.3"), List.of(), Bump.PATCH));
        // above them, alpha (one demotion away) would make 0.5.0 acceptable... were 0.x above the floor; a beta
        // module still at 0.4.0 registered is such a case
        assertEquals("use --version 1.0.0-beta.1 or --maturity alpha", VersionHints.registerHint(MaturityLevel.BETA,
                v("0.5.0"), MaturityLevel.BETA, v("0.4.0"), versions("0.4.0"), List.of(), Bump.PATCH));
    }

    /** The maturity fix of a release names the command that changes the maturity. */
    @Test
    void releaseHint_namesThePromoteCommand() {
        assertEquals("release 1.0.0-beta.3 (--bump prerelease), or promote it to stable first (alexandria promote waf "
                + "--to stable)", VersionHints.releaseHint("waf", MaturityLevel.BETA, v("1.0.0-beta.2"), v("1.0.0"),
                Bump.PATCH, versions("1.0.0-beta.2")));
        // 1.0.0 taken: no maturity helps
        assertEquals("release 1.0.0-beta.3 (--bump prerelease)", VersionHints.releaseHint("waf", MaturityLevel.BETA,
                v("1.0.0-beta.2"), v("1.0.0"), Bump.PATCH, versions("1.0.0-beta.2", "1.0.0")));
    }
}
