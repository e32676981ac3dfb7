package dev.alexandria.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class VersionTest {

    @Test
    void parse_readsEveryPart() {
        Version v = Version.parse("1.20.3-beta.2+build.5");
        assertEquals(1, v.major());
        assertEquals(20, v.minor());
        assertEquals(3, v.patch());
        assertEquals("beta.2", v.preRelease());
        assertEquals(List.of("beta", "2"), v.preReleaseIdentifiers());
        assertEquals("build.5", v.build());
        assertEquals("1.20.3-beta.2+build.5", v.toString());
        assertTrue(v.isPreRelease());
        assertFalse(Version.parse("1.0.0+x").isPreRelease());
        assertEquals(Version.of(1, 0, 0), Version.parse("1.0.0"));
        assertEquals("1.0.0-x-y.z--", Version.parse("1.0.0-x-y.z--").toString());
    }

    @Test
    void parse_everySuggestedFixIsItselfAVersion() {
        // counterexamples of the property below, each once a fix that did not parse
        assertParseError("'v1.4' is not a SemVer 2.0 version: a version has no leading 'v'; write 1.4.0", "v1.4");
        assertParseError("'v3.4' is not a SemVer 2.0 version: a version has no leading 'v'; write 3.4.0", "v3.4");
        assertParseError("'03.4.0' is not a SemVer 2.0 version: the major version '03' has a leading zero; write "
                + "3.4.0", "03.4.0");
        assertParseError("'1.02-rc.1' is not a SemVer 2.0 version: it needs three numbers MAJOR.MINOR.PATCH, found 2 "
                + "in '1.02'; write 1.2.0-rc.1", "1.02-rc.1");
        assertParseError("'v1.x' is not a SemVer 2.0 version: a version has no leading 'v'; remove it", "v1.x");
        assertParseError("'v1.0.0-01' is not a SemVer 2.0 version: a version has no leading 'v'; remove it",
                "v1.0.0-01");
        Gen<String> nearVersions = lists().of(arbitrary().pick(List.of("0", "1", "01", "00", "12", ".", ".", "v",
                "V", "-", "+", "beta", "rc", " ", "x", "_"))).ofSizeBetween(0, 9).map(l -> String.join("", l));
        java.util.regex.Pattern fix = java.util.regex.Pattern.compile("(?:write|such as) ([^\\s,;]+)");
        qt().forAll(nearVersions).checkAssert(text -> {
            if (Version.tryParse(text).isPresent()) {
                return;
            }
            String message = assertThrows(IllegalArgumentException.class, () -> Version.parse(text)).getMessage();
            java.util.regex.Matcher m = fix.matcher(message);
            while (m.find()) {
                if (!m.group(1).equals("MAJOR.MINOR.PATCH")) {
                    assertTrue(Version.tryParse(m.group(1)).isPresent(), () -> text + ": " + message);
                }
            }
        });
    }

    @Test
    void parse_refusalSaysWhatIsWrongAndHowToWriteIt() {
        assertParseError("'' is not a SemVer 2.0 version: it is empty; write MAJOR.MINOR.PATCH, such as 1.0.0", "");
        assertParseError("'1.2' is not a SemVer 2.0 version: it needs three numbers MAJOR.MINOR.PATCH, found 2 in "
                + "'1.2'; write 1.2.0", "1.2");
        assertParseError("'1' is not a SemVer 2.0 version: it needs three numbers MAJOR.MINOR.PATCH, found 1 in '1'; "
                + "write 1.0.0", "1");
        assertParseError("'1.2.3.4' is not a SemVer 2.0 version: it needs three numbers MAJOR.MINOR.PATCH, found 4 "
                + "in '1.2.3.4'; write 1.2.3", "1.2.3.4");
        assertParseError("'latest' is not a SemVer 2.0 version: it needs three numbers MAJOR.MINOR.PATCH, such as "
                + "1.0.0", "latest");
        assertParseError("'v1.2.0' is not a SemVer 2.0 version: a version has no leading 'v'; write 1.2.0",
                "v1.2.0");
        assertParseError("'01.2.0' is not a SemVer 2.0 version: the major version '01' has a leading zero; write "
                + "1.2.0", "01.2.0");
        assertParseError("'1.x.0' is not a SemVer 2.0 version: the minor version 'x' is not a number", "1.x.0");
        assertParseError("' 1.0.0' is not a SemVer 2.0 version: it has leading or trailing spaces; remove them",
                " 1.0.0");
        assertParseError("'1.0.0-' is not a SemVer 2.0 version: pre-release is empty after the '-'", "1.0.0-");
        assertParseError("'1.0.0-beta..1' is not a SemVer 2.0 version: pre-release 'beta..1' has an empty "
                + "identifier (two dots, or a dot at an end)", "1.0.0-beta..1");
        assertParseError("'1.0.0-01' is not a SemVer 2.0 version: pre-release identifier '01' is a number with a "
                + "leading zero", "1.0.0-01");
        assertParseError("'1.0.0+b_1' is not a SemVer 2.0 version: build metadata 'b_1' has the character '_'; "
                + "identifiers use only [0-9A-Za-z-]", "1.0.0+b_1");
        assertParseError("'99999999999999999999.0.0' is not a SemVer 2.0 version: the major version is larger than "
                + "9223372036854775807", "99999999999999999999.0.0");
    }

    private static void assertParseError(String message, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Version.parse(text));
        assertEquals(message, e.getMessage());
        assertEquals(Optional.empty(), Version.tryParse(text));
        assertFalse(Version.isValid(text));
    }

    @Test
    void compareTo_isTheSemVerSpecExamplesInOrder() {
        // semver.org §11, in increasing precedence
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "1.9.0", "1.10.0", "2.0.0",
                "2.1.0", "2.1.1");
        for (int i = 0; i + 1 < ordered.size(); i++) {
            Version a = Version.parse(ordered.get(i));
            Version b = Version.parse(ordered.get(i + 1));
            assertTrue(a.isOlderThan(b), a + " < " + b);
            assertTrue(b.isNewerThan(a), b + " > " + a);
        }
        List<Version> shuffled = new ArrayList<>(ordered.stream().map(Version::parse).toList());
        Collections.shuffle(shuffled, new java.util.Random(8));
        Collections.sort(shuffled);
        assertEquals(ordered, shuffled.stream().map(Version::toString).toList());
    }

    @Test
    void compareTo_ignoresBuildMetadataButEqualsDoesNot() {
        Version a = Version.parse("1.0.0+build.1");
        Version b = Version.parse("1.0.0+build.2");
        assertEquals(0, a.compareTo(b));
        assertTrue(a.hasSamePrecedence(b));
        assertNotEquals(a, b);
        assertEquals(Version.of(1, 0, 0), a.withoutBuild());
    }

    @Test
    void compareTo_comparesLongNumericIdentifiersAsNumbers() {
        assertTrue(Version.parse("1.0.0-99999999999999999999").isNewerThan(Version.parse("1.0.0-9")));
        assertTrue(Version.parse("1.0.0-2").isOlderThan(Version.parse("1.0.0-10")));
        assertTrue(Version.parse("1.0.0-999").isOlderThan(Version.parse("1.0.0-a")), "numbers below words");
    }

    @Test
    void next_followsTheReleaseAPreReleaseLeadsTo() {
        assertEquals("2.0.0", Version.parse("1.4.2").nextMajor().toString());
        assertEquals("1.5.0", Version.parse("1.4.2").nextMinor().toString());
        assertEquals("1.4.3", Version.parse("1.4.2+b").nextPatch().toString());
        assertEquals("2.0.0", Version.parse("2.0.0-beta.3").nextMajor().toString());
        assertEquals("3.0.0", Version.parse("2.1.0-beta.3").nextMajor().toString());
        assertEquals("1.5.0", Version.parse("1.5.0-rc.1").nextMinor().toString());
        assertEquals("1.6.0", Version.parse("1.5.1-rc.1").nextMinor().toString());
        assertEquals("1.5.1", Version.parse("1.5.1-rc.1").nextPatch().toString());
        assertEquals("1.0.0-beta.3", Version.parse("1.0.0-beta.2").nextPreRelease().toString());
        assertEquals("1.0.0-beta.1", Version.parse("1.0.0-beta").nextPreRelease().toString());
        assertEquals("1.0.0-rc.1.x.1", Version.parse("1.0.0-rc.1.x+b").nextPreRelease().toString());
        assertEquals("1.0.0-10", Version.parse("1.0.0-9").nextPreRelease().toString());
        assertEquals("2.0.0-beta.1", Version.parse("2.0.0").withPreRelease("beta.1").toString());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Version.parse("1.4.2").nextPreRelease());
        assertEquals("1.4.2 is a release, not a pre-release; choose the next version and name its pre-release, such "
                + "as 1.5.0-rc.1", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Version.of(1, 0, 0).withPreRelease(""));
        assertThrows(IllegalArgumentException.class, () -> Version.of(1, 0, 0).withPreRelease("01"));
        assertThrows(ArithmeticException.class, () -> Version.of(Long.MAX_VALUE, 0, 0).nextMajor());
    }

    @Test
    void constructor_refusesImpossibleComponents() {
        assertEquals("version numbers must not be negative: -1.0.0",
                assertThrows(IllegalArgumentException.class, () -> new Version(-1, 0, 0, "", "")).getMessage());
        assertEquals("invalid pre-release 'a b': 'a b' has the character ' '; identifiers use only [0-9A-Za-z-]",
                assertThrows(IllegalArgumentException.class, () -> new Version(1, 0, 0, "a b", "")).getMessage());
        assertThrows(NullPointerException.class, () -> new Version(1, 0, 0, null, ""));
        assertThrows(NullPointerException.class, () -> Version.parse(null));
    }

    // ------------------------------------------------------------------ laws

    static Gen<Version> versions() {
        Gen<Long> small = integers().between(0, 12).map(Integer::longValue);
        Gen<String> identifier = arbitrary().pick(List.of("alpha", "beta", "rc", "0", "1", "2", "11", "x-y", "a1"));
        Gen<String> pre = lists().of(identifier).ofSizeBetween(0, 3).map(l -> String.join(".", l));
        Gen<String> build = arbitrary().pick(List.of("", "", "build.5", "sha-1f"));
        return small.zip(small, small, (a, b, c) -> new long[] {a, b, c})
                .zip(pre, build, (n, p, b) -> new Version(n[0], n[1], n[2], p, b));
    }

    @Test
    void law_parseReadsBackWhatToStringWrites() {
        qt().withExamples(2000).forAll(versions()).checkAssert(v -> assertEquals(v, Version.parse(v.toString())));
    }

    @Test
    void law_equalsIsEveryComponentEqual_andEqualVersionsHashAlike() {
        qt().withExamples(3000).forAll(versions(), versions()).checkAssert((a, b) -> {
            boolean same = a.major() == b.major() && a.minor() == b.minor() && a.patch() == b.patch()
                    && a.preRelease().equals(b.preRelease()) && a.build().equals(b.build());
            assertEquals(same, a.equals(b), a + " vs " + b);
            Version copy = new Version(a.major(), a.minor(), a.patch(), a.preRelease(), a.build());
            assertEquals(a, copy);
            assertEquals(a.hashCode(), copy.hashCode());
        });
    }

    @Test
    void equals_tellsBuildMetadataApart_andNothingElseIsEqual() {
        assertNotEquals(Version.parse("1.0.0+a"), Version.parse("1.0.0+b"));
        assertNotEquals(Version.parse("1.0.0"), Version.parse("1.0.0-rc.1"));
        assertNotEquals(Version.parse("1.0.0"), "1.0.0");
        assertNotEquals(Version.parse("1.0.0"), null);
    }

    @Test
    void law_precedenceIsATotalOrder() {
        qt().withExamples(3000).forAll(versions(), versions(), versions()).checkAssert((a, b, c) -> {
            assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)), a + " vs " + b);
            if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
                assertTrue(a.compareTo(c) <= 0, a + " <= " + b + " <= " + c);
            }
            assertEquals(a.withoutBuild().equals(b.withoutBuild()), a.compareTo(b) == 0, a + " vs " + b);
        });
    }

    @Test
    void law_aReleaseIsAboveItsPreReleasesAndBelowTheNextPatch() {
        qt().withExamples(1000).forAll(versions()).checkAssert(v -> {
            assertTrue(v.compareTo(v.release()) <= 0);
            assertTrue(v.nextPatch().isNewerThan(v));
            assertTrue(v.nextMinor().isNewerThan(v));
            assertTrue(v.nextMajor().isNewerThan(v));
            assertTrue(v.nextMajor().compareTo(v.nextMinor()) >= 0);
            assertTrue(v.nextMinor().compareTo(v.nextPatch()) >= 0);
            if (v.isPreRelease()) {
                Version next = v.nextPreRelease();
                assertTrue(next.isNewerThan(v), v + " -> " + next);
                assertEquals(v.release(), next.release());
            }
        });
    }

    @Test
    void law_parseAcceptsExactlyVersionsAndNeverThrowsAnythingElse() {
        qt().withExamples(3000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 14)).checkAssert(text -> {
            boolean valid = Version.isValid(text);
            try {
                Version v = Version.parse(text);
                assertTrue(valid);
                assertEquals(text, v.toString());
            } catch (IllegalArgumentException e) {
                assertFalse(valid);
                assertTrue(e.getMessage().startsWith("'"), e.getMessage());
            }
        });
    }
}
