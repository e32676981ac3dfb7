package dev.alexandria.core.internal.catalog;

import org.semver4j.Semver;

/** Version ordering for the catalog checks, over semver4j (which stays in core). */
final class SemVers {

    private SemVers() {
    }

    /** Compares two SemVer strings; an unparsable one sorts first. */
    static int compare(String a, String b) {
        Semver va = Semver.parse(a);
        Semver vb = Semver.parse(b);
        if (va == null || vb == null) {
            return va == null ? (vb == null ? 0 : -1) : 1;
        }
        return va.compareTo(vb);
    }
}
