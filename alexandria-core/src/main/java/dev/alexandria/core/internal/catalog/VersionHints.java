package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.MaturityLevel;

/** Suggests a fix when a version and a maturity disagree: a version that fits, or a maturity that fits. */
final class VersionHints {

    private VersionHints() {
    }

    static String hint(MaturityLevel maturity, String version) {
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
