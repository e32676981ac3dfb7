package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionHintsTest {

    private static List<Version> versions(String... v) {
        return java.util.Arrays.stream(v).map(Version::parse).toList();
    }

    @Test
    void hint_proposesTheFittingVersionWhenNoneIsRegistered() {
        assertEquals("set version to 1.0.0-beta.1 or maturity to alpha",
                VersionHints.hint(MaturityLevel.BETA, Version.parse("0.3.0"), List.of()));
    }

    @Test
    void hint_proposesTheNextFreeVersionWhenTheFittingOneIsRegistered() {
        assertEquals("set version to 1.0.0-beta.3 or maturity to alpha", VersionHints.hint(MaturityLevel.BETA,
                Version.parse("0.3.0"), versions("0.1.0", "0.3.0", "1.0.0-beta.1", "1.0.0-beta.2")));
        assertEquals("set version to 0.2.0 or maturity to beta", VersionHints.hint(MaturityLevel.ALPHA,
                Version.parse("1.0.0-beta.1"), versions("0.1.0")));
        assertEquals("set version to 1.3.0", VersionHints.hint(MaturityLevel.STABLE,
                Version.parse("0.9.0"), versions("1.0.0", "1.2.0")));
    }

    @Test
    void hint_proposesOnlyAMaturityOnePromoteStepAway() {
        // experimental → stable skips alpha and beta, which promote refuses: only the version is proposed
        assertEquals("set version to 0.2.0", VersionHints.hint(MaturityLevel.EXPERIMENTAL, Version.parse("1.0.0"),
                versions("0.1.0")));
        assertEquals("set version to 2.0.0-beta.1 or maturity to stable", VersionHints.hint(MaturityLevel.BETA,
                Version.parse("1.0.0"), List.of()));
    }
}
