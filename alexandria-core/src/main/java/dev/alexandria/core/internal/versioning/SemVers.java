package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.Version;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * Version order over version strings, for the catalog checks. The order is {@link Version}'s (the one
 * implementation of SemVer precedence); semver4j, which stays in core, reads the looser tag spellings of
 * upstream release histories ({@code v1.2}, {@code 1.2}).
 */
public final class SemVers {

    private SemVers() {
    }

    /**
     * Compares two version strings by SemVer precedence; a string that is not a version sorts first.
     *
     * @param a a version string
     * @param b another
     * @return negative, zero or positive
     */
    public static int compare(String a, String b) {
        Optional<Version> va = Version.tryParse(a);
        Optional<Version> vb = Version.tryParse(b);
        if (va.isEmpty() || vb.isEmpty()) {
            return va.isEmpty() ? (vb.isEmpty() ? 0 : -1) : 1;
        }
        return va.get().compareTo(vb.get());
    }

    /**
     * Reads a release tag's version the way release tooling writes them: an optional {@code v}, one to three
     * numbers ({@code v1.2} is {@code 1.2.0}), an optional pre-release and build metadata. Tags that are not
     * versions ({@code latest}, {@code 1.2.3.4}) give nothing.
     *
     * @param tag a tag name without any {@code module/} prefix, such as {@code v1.2.0}
     * @return the version, if the tag is one
     */
    public static Optional<Version> fromTag(String tag) {
        String t = tag.startsWith("v") || tag.startsWith("V") ? tag.substring(1) : tag;
        if (t.isEmpty() || !Character.isDigit(t.charAt(0)) || t.length() > Version.MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<Version> strict = Version.tryParse(t);
        if (strict.isPresent()) {
            return strict;
        }
        String core = t.split("[-+]", 2)[0];
        if (core.split("\\.", -1).length > 3) {
            return Optional.empty();
        }
        Semver loose;
        try {
            loose = Semver.coerce(t);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (loose == null) {
            return Optional.empty();
        }
        String pre = String.join(".", loose.getPreRelease());
        String build = String.join(".", loose.getBuild());
        try {
            return Optional.of(new Version(loose.getMajor(), loose.getMinor(), loose.getPatch(), pre, build));
        } catch (IllegalArgumentException e) {
            return Optional.of(Version.of(loose.getMajor(), loose.getMinor(), loose.getPatch()));
        }
    }
}
