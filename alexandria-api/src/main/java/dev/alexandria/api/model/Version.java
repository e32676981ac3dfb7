package dev.alexandria.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A version number as <a href="https://semver.org/spec/v2.0.0.html">Semantic Versioning 2.0.0</a> defines it:
 * {@code MAJOR.MINOR.PATCH}, an optional pre-release ({@code -beta.2}) and optional build metadata
 * ({@code +build.5}).
 *
 * <pre>{@code
 * Version v = Version.parse("1.4.2");
 * Version next = v.nextMinor();                              // 1.5.0
 * boolean newer = next.isNewerThan(v);                       // true
 * Version beta = Version.parse("2.0.0-beta.1").nextPreRelease(); // 2.0.0-beta.2
 * }</pre>
 *
 * <p><b>Order.</b> {@link #compareTo(Version)} is SemVer's precedence (§11): major, minor and patch numerically;
 * a pre-release is lower than its release ({@code 1.0.0-rc.1 < 1.0.0}); pre-releases compare identifier by
 * identifier, numeric identifiers numerically and below alphanumeric ones, which compare in ASCII order, and a
 * shorter list of equal identifiers is lower ({@code 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta <
 * 1.0.0-beta < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0}). Build metadata is ignored for precedence
 * (§10), so {@code compareTo} is <em>not consistent with equals</em>: {@code 1.0.0+a} and {@code 1.0.0+b} are
 * different versions of equal precedence, as with {@link java.math.BigDecimal}. Use {@link #hasSamePrecedence}
 * to ask for equal precedence.
 *
 * <p>Numbers are limited to {@link Long#MAX_VALUE}; a version is at most 256 characters. Immutable and
 * thread-safe.
 *
 * @param major      the major version, zero or more
 * @param minor      the minor version, zero or more
 * @param patch      the patch version, zero or more
 * @param preRelease the pre-release identifiers joined by dots ({@code beta.2}), empty for a release
 * @param build      the build metadata identifiers joined by dots ({@code build.5}), empty when none
 * @since 0.2.0
 */
public record Version(long major, long minor, long patch, String preRelease, String build)
        implements Comparable<Version> {

    /** The longest version text accepted, in characters: {@value}. */
    public static final int MAX_LENGTH = 256;

    /**
     * Validates the components.
     *
     * @param major      the major version, zero or more
     * @param minor      the minor version, zero or more
     * @param patch      the patch version, zero or more
     * @param preRelease the pre-release identifiers joined by dots, empty for a release
     * @param build      the build metadata identifiers joined by dots, empty when none
     * @throws IllegalArgumentException if a number is negative or an identifier is not SemVer's
     */
    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers must not be negative: " + major + "." + minor + "."
                    + patch);
        }
        Objects.requireNonNull(preRelease, "preRelease");
        Objects.requireNonNull(build, "build");
        if (!preRelease.isEmpty()) {
            String problem = identifiers(preRelease, true);
            if (problem != null) {
                throw new IllegalArgumentException("invalid pre-release '" + preRelease + "': " + problem);
            }
        }
        if (!build.isEmpty()) {
            String problem = identifiers(build, false);
            if (problem != null) {
                throw new IllegalArgumentException("invalid build metadata '" + build + "': " + problem);
            }
        }
    }

    /**
     * A release version.
     *
     * @param major the major version
     * @param minor the minor version
     * @param patch the patch version
     * @return {@code major.minor.patch}
     * @throws IllegalArgumentException if a number is negative
     */
    public static Version of(long major, long minor, long patch) {
        return new Version(major, minor, patch, "", "");
    }

    /**
     * Parses a SemVer 2.0 version. The text must be exactly a version: no leading {@code v}, no spaces, three
     * numbers without leading zeros.
     *
     * @param text the text, such as {@code 1.4.2} or {@code 1.0.0-beta.1+build.5}
     * @return the version
     * @throws IllegalArgumentException if it is not a SemVer 2.0 version; the message quotes the text, says what
     *                                  is wrong and how to write it
     */
    public static Version parse(String text) {
        Objects.requireNonNull(text, "text");
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' is not a SemVer 2.0 version: " + problem);
        }
        return parsed(text);
    }

    /**
     * Parses a SemVer 2.0 version, or says it is not one.
     *
     * @param text any text, possibly null
     * @return the version, or empty if {@code text} is null or not a SemVer 2.0 version
     */
    public static Optional<Version> tryParse(String text) {
        if (text == null || problem(text) != null) {
            return Optional.empty();
        }
        return Optional.of(parsed(text));
    }

    /**
     * Tells whether a text is a SemVer 2.0 version ({@code 1.4.2}, {@code 1.0.0-beta.1+build.5}).
     *
     * @param text any text, possibly null
     * @return whether {@link #parse(String)} accepts it
     */
    public static boolean isValid(String text) {
        return text != null && problem(text) == null;
    }

    /** @return whether this is a pre-release ({@code 1.0.0-beta.1}) */
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** @return the pre-release identifiers, in order; empty for a release */
    public List<String> preReleaseIdentifiers() {
        return preRelease.isEmpty() ? List.of() : List.of(preRelease.split("\\.", -1));
    }

    /** @return the release this version leads to: the same numbers without pre-release and build metadata */
    public Version release() {
        return of(major, minor, patch);
    }

    /** @return this version without build metadata */
    public Version withoutBuild() {
        return build.isEmpty() ? this : new Version(major, minor, patch, preRelease, "");
    }

    /**
     * This version's numbers with a pre-release.
     *
     * @param identifiers the pre-release identifiers joined by dots, such as {@code beta.1}
     * @return {@code major.minor.patch-identifiers}, without build metadata
     * @throws IllegalArgumentException if the identifiers are not SemVer's (empty, leading zeros, other
     *                                  characters than {@code [0-9A-Za-z-]})
     */
    public Version withPreRelease(String identifiers) {
        Objects.requireNonNull(identifiers, "identifiers");
        if (identifiers.isEmpty()) {
            throw new IllegalArgumentException("a pre-release needs at least one identifier, such as beta.1");
        }
        return new Version(major, minor, patch, identifiers, "");
    }

    /**
     * The next major release: {@code 2.0.0} after {@code 1.4.2}. A pre-release of a major version
     * ({@code 2.0.0-beta.3}) leads to that release ({@code 2.0.0}).
     *
     * @return the next major release, without build metadata
     * @throws ArithmeticException if the major version is {@link Long#MAX_VALUE}
     */
    public Version nextMajor() {
        if (isPreRelease() && minor == 0 && patch == 0) {
            return release();
        }
        return of(Math.addExact(major, 1), 0, 0);
    }

    /**
     * The next minor release: {@code 1.5.0} after {@code 1.4.2}. A pre-release of a minor version
     * ({@code 1.5.0-rc.1}) leads to that release ({@code 1.5.0}).
     *
     * @return the next minor release, without build metadata
     * @throws ArithmeticException if the minor version is {@link Long#MAX_VALUE}
     */
    public Version nextMinor() {
        if (isPreRelease() && patch == 0) {
            return release();
        }
        return of(major, Math.addExact(minor, 1), 0);
    }

    /**
     * The next patch release: {@code 1.4.3} after {@code 1.4.2}. A pre-release ({@code 1.4.3-rc.1}) leads to
     * its release ({@code 1.4.3}).
     *
     * @return the next patch release, without build metadata
     * @throws ArithmeticException if the patch version is {@link Long#MAX_VALUE}
     */
    public Version nextPatch() {
        if (isPreRelease()) {
            return release();
        }
        return of(major, minor, Math.addExact(patch, 1));
    }

    /**
     * The next pre-release of the same {@code MAJOR.MINOR.PATCH}: the last identifier incremented when it is
     * numeric ({@code 1.0.0-beta.2} → {@code 1.0.0-beta.3}), else {@code .1} appended ({@code 1.0.0-beta} →
     * {@code 1.0.0-beta.1}).
     *
     * @return the next pre-release, without build metadata
     * @throws IllegalStateException if this is a release: which release comes next is a choice; name it with
     *                               {@link #withPreRelease(String)}
     */
    public Version nextPreRelease() {
        if (!isPreRelease()) {
            throw new IllegalStateException(this + " is a release, not a pre-release; choose the next version "
                    + "and name its pre-release, such as " + nextMinor() + "-rc.1");
        }
        List<String> ids = new ArrayList<>(preReleaseIdentifiers());
        String last = ids.get(ids.size() - 1);
        if (isNumeric(last)) {
            String next = new java.math.BigInteger(last).add(java.math.BigInteger.ONE).toString();
            ids.set(ids.size() - 1, next);
        } else {
            ids.add("1");
        }
        return new Version(major, minor, patch, String.join(".", ids), "");
    }

    /**
     * @param other another version
     * @return whether this version has higher precedence
     */
    public boolean isNewerThan(Version other) {
        return compareTo(other) > 0;
    }

    /**
     * @param other another version
     * @return whether this version has lower precedence
     */
    public boolean isOlderThan(Version other) {
        return compareTo(other) < 0;
    }

    /**
     * @param other another version
     * @return whether both have the same precedence: equal but for build metadata
     */
    public boolean hasSamePrecedence(Version other) {
        return compareTo(other) == 0;
    }

    /**
     * SemVer 2.0 precedence; build metadata is ignored (see the class comment).
     *
     * @param o the other version
     * @return negative, zero or positive as this version is lower than, equal to or higher than {@code o}
     */
    @Override
    public int compareTo(Version o) {
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
        String[] a = preRelease.split("\\.", -1);
        String[] b = o.preRelease.split("\\.", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            c = compareIdentifiers(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    /*
     * equals and hashCode are written out rather than left to the record: the generated ones are bound through
     * invokedynamic (ObjectMethods) on first use, several milliseconds of a short command on a cold JVM, and
     * versions are hashed whenever the registry is read. Same meaning as the record's: every component equal, build
     * metadata included (see the class comment on precedence).
     */

    /** @return whether {@code o} is a version with the same components, build metadata included */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Version v && major == v.major && minor == v.minor && patch == v.patch
                && preRelease.equals(v.preRelease) && build.equals(v.build);
    }

    /** @return a hash code of every component */
    @Override
    public int hashCode() {
        int h = Long.hashCode(major);
        h = 31 * h + Long.hashCode(minor);
        h = 31 * h + Long.hashCode(patch);
        h = 31 * h + preRelease.hashCode();
        return 31 * h + build.hashCode();
    }

    /** @return the canonical text: {@code 1.0.0-beta.1+build.5} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (!preRelease.isEmpty()) {
            sb.append('-').append(preRelease);
        }
        if (!build.isEmpty()) {
            sb.append('+').append(build);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ parsing

    private static Version parsed(String text) {
        int plus = text.indexOf('+');
        String build = plus < 0 ? "" : text.substring(plus + 1);
        String rest = plus < 0 ? text : text.substring(0, plus);
        int dash = rest.indexOf('-');
        String pre = dash < 0 ? "" : rest.substring(dash + 1);
        String[] numbers = (dash < 0 ? rest : rest.substring(0, dash)).split("\\.", -1);
        return new Version(Long.parseLong(numbers[0]), Long.parseLong(numbers[1]), Long.parseLong(numbers[2]), pre,
                build);
    }

    /** What is wrong with a text as a version, or null when it is one. */
    private static String problem(String text) {
        if (text.isEmpty()) {
            return "it is empty; write MAJOR.MINOR.PATCH, such as 1.0.0";
        }
        if (text.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        if (!text.strip().equals(text)) {
            return "it has leading or trailing spaces; remove them";
        }
        if ((text.charAt(0) == 'v' || text.charAt(0) == 'V') && text.length() > 1 && isDigit(text.charAt(1))) {
            return "a version has no leading '" + text.charAt(0) + "'; " + repair(text).map(f -> "write " + f)
                    .orElse("remove it");
        }
        int plus = text.indexOf('+');
        String rest = plus < 0 ? text : text.substring(0, plus);
        if (plus >= 0) {
            String p = identifiers(text.substring(plus + 1), false);
            if (p != null) {
                return "build metadata " + p;
            }
        }
        int dash = rest.indexOf('-');
        if (dash >= 0) {
            String p = identifiers(rest.substring(dash + 1), true);
            if (p != null) {
                return "pre-release " + p;
            }
        }
        String core = dash < 0 ? rest : rest.substring(0, dash);
        String[] numbers = core.split("\\.", -1);
        if (numbers.length != 3) {
            boolean anyNumber = false;
            for (String n : numbers) {
                anyNumber |= isNumeric(n);
            }
            if (!anyNumber) {
                return "it needs three numbers MAJOR.MINOR.PATCH, such as 1.0.0";
            }
            return "it needs three numbers MAJOR.MINOR.PATCH, found " + numbers.length + " in '" + abbreviate(core)
                    + "'" + repair(text).map(f -> "; write " + f).orElse("");
        }
        String[] names = {"major", "minor", "patch"};
        for (int i = 0; i < 3; i++) {
            String n = numbers[i];
            if (!isNumeric(n)) {
                return "the " + names[i] + " version '" + abbreviate(n) + "' is not a number";
            }
            if (n.length() > 1 && n.charAt(0) == '0') {
                return "the " + names[i] + " version '" + n + "' has a leading zero" + repair(text)
                        .map(f -> "; write " + f).orElse("; remove it");
            }
            if (n.length() > 18 && new java.math.BigInteger(n).compareTo(java.math.BigInteger.valueOf(Long.MAX_VALUE))
                    > 0) {
                return "the " + names[i] + " version is larger than " + Long.MAX_VALUE;
            }
        }
        return null;
    }

    /**
     * The version a text that is not one was most likely meant to be, for the fix of a parse error: without a
     * leading {@code v}, numbers without leading zeros, missing parts completed with {@code .0} (so {@code v3.4}
     * becomes {@code 3.4.0}), the pre-release and build kept. Every fix a message suggests is itself a version.
     *
     * @param text a text that is not a version
     * @return the fix, or empty when there is none that parses (or it would not fit in a message)
     */
    static Optional<String> repair(String text) {
        String t = text.strip();
        if (t.length() > 1 && (t.charAt(0) == 'v' || t.charAt(0) == 'V') && isDigit(t.charAt(1))) {
            t = t.substring(1);
        }
        int plus = t.indexOf('+');
        String build = plus < 0 ? null : t.substring(plus + 1);
        String rest = plus < 0 ? t : t.substring(0, plus);
        int dash = rest.indexOf('-');
        String pre = dash < 0 ? null : rest.substring(dash + 1);
        String[] numbers = (dash < 0 ? rest : rest.substring(0, dash)).split("\\.", -1);
        for (String n : numbers) {
            if (n.isEmpty() || !n.chars().allMatch(Version::isDigit)) {
                return Optional.empty(); // which number was meant is anybody's guess
            }
        }
        String fix = suggestion(numbers) + (pre == null ? "" : "-" + pre) + (build == null ? "" : "+" + build);
        return fix.equals(text) || fix.length() > 40 || problem(fix) != null ? Optional.empty() : Optional.of(fix);
    }

    /** A three-number version built from what was written, for the message. */
    private static String suggestion(String[] numbers) {
        List<String> parts = new ArrayList<>();
        for (String n : numbers) {
            if (parts.size() < 3) {
                parts.add(!n.isEmpty() && n.chars().allMatch(Version::isDigit) ? n.replaceFirst("^0+(?=.)", "")
                        : "0");
            }
        }
        while (parts.size() < 3) {
            parts.add("0");
        }
        return String.join(".", parts);
    }

    /** What is wrong with dot-separated identifiers, or null. Numeric pre-release identifiers have no leading 0. */
    private static String identifiers(String ids, boolean preRelease) {
        if (ids.isEmpty()) {
            return "is empty after the '" + (preRelease ? "-" : "+") + "'";
        }
        for (String id : ids.split("\\.", -1)) {
            if (id.isEmpty()) {
                return "'" + abbreviate(ids) + "' has an empty identifier (two dots, or a dot at an end)";
            }
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                if (!(isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-')) {
                    return "'" + abbreviate(ids) + "' has the character '" + c + "'; identifiers use only "
                            + "[0-9A-Za-z-]";
                }
            }
            if (preRelease && id.length() > 1 && id.charAt(0) == '0' && isNumeric(id)) {
                return "identifier '" + id + "' is a number with a leading zero";
            }
        }
        return null;
    }

    private static int compareIdentifiers(String a, String b) {
        boolean an = isNumeric(a);
        boolean bn = isNumeric(b);
        if (an && bn) {
            // no leading zeros, so a longer number is a larger one
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (an != bn) {
            return an ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isNumeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
