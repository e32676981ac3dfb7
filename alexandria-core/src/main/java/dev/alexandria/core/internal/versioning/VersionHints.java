package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.MaturityLevel;

/** Suggests a fix when a version and a maturity disagree: a version that fits, or a maturity that fits. */
public final class VersionHints {

    private VersionHints() {
    }

    /**
     * @param maturity the module's maturity
     * @param version  its version, a valid SemVer string that does not fit the maturity
     * @return the fix, such as {@code set version to 1.0.0-beta.1 or maturity to alpha}
     */
    public static String hint(MaturityLevel maturity, String version) {
        String core = version.split("[-+]", 2)[0];
        String[] parts = core.split("\\.");
        long major = Long.parseLong(parts[0]);
        boolean pre = version.contains("-") && version.indexOf('-') < (version.contains("+")
                ? version.indexOf('+') : version.length());
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
                suggestedVersion = major == 0 ? "1.0.0" : core;
                break;
        }
        String suggestedMaturity = major == 0 ? "alpha" : pre ? "beta" : "stable";
        return "set version to " + suggestedVersion + " or maturity to " + suggestedMaturity;
    }
}
