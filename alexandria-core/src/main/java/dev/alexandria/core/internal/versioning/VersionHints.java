package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Version;

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
        String suggestedMaturity = major == 0 ? "alpha" : pre ? "beta" : "stable";
        return "set version to " + suggestedVersion + " or maturity to " + suggestedMaturity;
    }
}
