package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ReleaseSetTest {

    static Gen<String> terms() {
        Gen<String> op = arbitrary().pick(List.of("", "=", "!=", ">", ">=", "<", "<=", "~>"));
        Gen<String> num = integers().between(0, 4).map(i -> Integer.toString(i));
        Gen<String> version = lists().of(num).ofSizeBetween(1, 3).map(l -> String.join(".", l))
                .zip(arbitrary().pick(List.of("", "", "-beta.1")), (v, p) -> v + p);
        Gen<String> term = op.zip(version, (o, v) -> o + " " + v);
        return lists().of(term).ofSizeBetween(1, 3).map(l -> String.join(", ", l));
    }

    @Test
    void law_theSetHoldsExactlyTheReleasesTheConstraintAllows() {
        qt().withExamples(1500).forAll(terms(), arbitrary().enumValues(VersionConstraint.Semantics.class))
                .checkAssert((text, semantics) -> {
                    VersionConstraint c = VersionConstraint.parse(text);
                    ReleaseSet set = ReleaseSet.of(List.of(c), semantics);
                    for (int a = 0; a <= 6; a++) {
                        for (int b = 0; b <= 6; b++) {
                            for (int p = 0; p <= 6; p++) {
                                Version v = Version.of(a, b, p);
                                assertEquals(c.allows(v, semantics), set.contains(v), c + " " + semantics + " " + v
                                        + " in " + set);
                            }
                        }
                    }
                });
    }

    @Test
    void linesDroppedBy_namesMajorsAndZeroMinorLines() {
        VersionConstraint.Semantics s = VersionConstraint.Semantics.REQUIRED_VERSION;
        ReleaseSet old = ReleaseSet.of(List.of(VersionConstraint.parse(">= 0.12")), s);
        ReleaseSet neu = ReleaseSet.of(List.of(VersionConstraint.parse(">= 0.13")), s);
        assertEquals("[0.12.x]", old.linesDroppedBy(neu).toString());
        ReleaseSet four = ReleaseSet.of(List.of(VersionConstraint.parse(">= 4.0, < 6.0")), s);
        ReleaseSet five = ReleaseSet.of(List.of(VersionConstraint.parse("~> 5.1")), s);
        assertEquals("[4.x]", four.linesDroppedBy(five).toString());
        assertTrue(five.isSubsetOf(four));
        ReleaseSet any = ReleaseSet.ALL;
        ReleaseSet eleven = ReleaseSet.of(List.of(VersionConstraint.parse("~> 0.11.0")), s);
        assertEquals("0.0.x to 0.10.x", ReleaseSet.names(any.existingLinesDroppedBy(eleven)));
        assertEquals("0.12.x and later 0.x, 1.x and later", ReleaseSet.names(any.linesDroppedBy(eleven)).substring(
                "0.0.x to 0.10.x, ".length()));
        assertFalse(four.isSubsetOf(five));
        assertEquals("[1.2.0, 2.0.0)", ReleaseSet.of(List.of(VersionConstraint.parse("~> 1.2")), s).toString());
        assertEquals("[0.0.0, 1.5.0) ∪ [1.5.1, ∞)", ReleaseSet.of(List.of(VersionConstraint.parse("!= 1.5.0")), s)
                .toString());
    }
}
