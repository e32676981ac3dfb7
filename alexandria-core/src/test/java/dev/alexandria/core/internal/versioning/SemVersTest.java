package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.model.Version;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.semver4j.Semver;

class SemVersTest {

    static Gen<Version> versions() {
        Gen<Long> small = integers().between(0, 12).map(Integer::longValue);
        Gen<String> identifier = arbitrary().pick(List.of("alpha", "beta", "rc", "0", "1", "2", "11", "x-y", "a1"));
        Gen<String> pre = lists().of(identifier).ofSizeBetween(0, 3).map(l -> String.join(".", l));
        Gen<String> build = arbitrary().pick(List.of("", "", "build.5"));
        return small.zip(small, small, (a, b, c) -> new long[] {a, b, c})
                .zip(pre, build, (n, p, b) -> new Version(n[0], n[1], n[2], p, b));
    }

    @Test
    void law_precedenceAgreesWithSemver4j() {
        // an independent implementation of SemVer 2.0 §11 as the oracle for Version's order
        qt().withExamples(3000).forAll(versions(), versions()).checkAssert((a, b) ->
                assertEquals(Integer.signum(new Semver(a.toString()).compareTo(new Semver(b.toString()))),
                        Integer.signum(a.compareTo(b)), a + " vs " + b));
    }

    @Test
    void compare_sortsStringsThatAreNotVersionsFirst() {
        assertTrue(SemVers.compare("1.10.0", "1.9.0") > 0);
        assertTrue(SemVers.compare("junk", "0.0.1") < 0);
        assertTrue(SemVers.compare("0.0.1", "junk") > 0);
        assertEquals(0, SemVers.compare("junk", "other"));
    }

    @Test
    void fromTag_readsTheSpellingsOfReleaseTags() {
        assertEquals(Optional.of(Version.parse("1.2.0")), SemVers.fromTag("v1.2.0"));
        assertEquals(Optional.of(Version.parse("1.2.0")), SemVers.fromTag("1.2"));
        assertEquals(Optional.of(Version.parse("1.0.0")), SemVers.fromTag("v1"));
        assertEquals(Optional.of(Version.parse("2.0.0-rc.1")), SemVers.fromTag("v2.0.0-rc.1"));
        assertEquals(Optional.empty(), SemVers.fromTag("latest"));
        assertEquals(Optional.empty(), SemVers.fromTag("1.2.3.4"));
        assertEquals(Optional.empty(), SemVers.fromTag("v"));
    }
}
