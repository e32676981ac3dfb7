package dev.alexandria.api.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a SemVer 2.0 version, enough for the maturity rule. Not API: versioning proper lives in core.
 */
record SemVer(long major, long minor, long patch, String preRelease) implements Comparable<SemVer> {

    // The official SemVer 2.0 regular expression (semver.org), without the build metadata group names.
    private static final Pattern PATTERN = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    static Optional<SemVer> parse(String text) {
        if (text == null || text.length() > 256) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SemVer(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), m.group(4) == null ? "" : m.group(4)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a component beyond long: not a version we can order
        }
    }

    boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** SemVer 2.0 precedence: numbers, then a release above its pre-releases, then pre-release identifiers. */
    @Override
    public int compareTo(SemVer o) {
        int c = Long.compare(major, o.major);
        if (c == 0) {
            c = Long.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Long.compare(patch, o.patch);
        }
        if (c != 0 || preRelease.equals(o.preRelease)) {
            return c;
        }
        if (preRelease.isEmpty() || o.preRelease.isEmpty()) {
            return preRelease.isEmpty() ? 1 : -1;
        }
        String[] a = preRelease.split("\\.");
        String[] b = o.preRelease.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean an = a[i].chars().allMatch(Character::isDigit);
            boolean bn = b[i].chars().allMatch(Character::isDigit);
            if (an && bn) {
                c = new java.math.BigInteger(a[i]).compareTo(new java.math.BigInteger(b[i]));
            } else if (an != bn) {
                c = an ? -1 : 1;
            } else {
                c = a[i].compareTo(b[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /** Compares two version strings that are known to be valid. */
    static int compare(String a, String b) {
        return parse(a).orElseThrow().compareTo(parse(b).orElseThrow());
    }
}
