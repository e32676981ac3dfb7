package dev.alexandria.api.model;

import static dev.alexandria.api.model.VersionConstraint.Semantics.REQUIRED_VERSION;
import static dev.alexandria.api.model.VersionConstraint.Semantics.SELECTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class VersionConstraintTest {

    /** One row of version-constraints.tsv. */
    record Row(int line, String constraint, String version, boolean selection, boolean requiredVersion) {
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = VersionConstraintTest.class.getResourceAsStream("/version-constraints.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("#") || lines[i].isBlank()) {
                    continue;
                }
                String[] cols = lines[i].split("\t", -1);
                rows.add(new Row(i + 1, cols[0], cols[1], yes(cols[2]), yes(cols[3])));
            }
        }
        return rows;
    }

    private static boolean yes(String s) {
        if (!s.equals("yes") && !s.equals("no")) {
            throw new IllegalArgumentException("yes or no: " + s);
        }
        return s.equals("yes");
    }

    @Test
    void allows_followsTheTableForBothContexts() throws IOException {
        List<Row> rows = table();
        assertTrue(rows.size() > 50, "rows: " + rows.size());
        List<String> wrong = new ArrayList<>();
        int differing = 0;
        for (Row r : rows) {
            VersionConstraint c = VersionConstraint.parse(r.constraint());
            Version v = Version.parse(r.version());
            if (c.allows(v, SELECTION) != r.selection()) {
                wrong.add("line " + r.line() + ": '" + r.constraint() + "' selection of " + v + " should be "
                        + r.selection());
            }
            if (c.allows(v, REQUIRED_VERSION) != r.requiredVersion()) {
                wrong.add("line " + r.line() + ": '" + r.constraint() + "' required_version " + v + " should be "
                        + r.requiredVersion());
            }
            assertEquals(c.allows(v, SELECTION), c.allows(v));
            differing += r.selection() != r.requiredVersion() ? 1 : 0;
        }
        assertEquals(List.of(), wrong);
        assertTrue(differing >= 10, "the table shows where the contexts differ: " + differing);
    }

    @Test
    void hclConstraints_areReadAsOneConstraintOrEmptyWhenOneCannotBeRead() {
        ProviderRequirement aws = new ProviderRequirement("aws", Optional.of("hashicorp/aws"),
                List.of(">= 5.20", "< 6.0"), List.of());
        VersionConstraint both = aws.versionConstraint().orElseThrow();
        assertEquals(">= 5.20, < 6.0", both.text());
        assertTrue(both.allows(Version.parse("5.40.0")));
        assertFalse(both.allows(Version.parse("6.0.0")));
        assertFalse(both.allows(Version.parse("5.10.0")));
        assertEquals(Optional.of(VersionConstraint.parse("~> 5.0")),
                new ProviderRequirement("aws", Optional.empty(), List.of("~> 5.0"), List.of()).versionConstraint());
        assertEquals(Optional.of(VersionConstraint.any()),
                new ProviderRequirement("aws", Optional.empty(), List.of(), List.of()).versionConstraint());
        assertEquals(Optional.empty(), new ProviderRequirement("aws", Optional.empty(), List.of(">= 5.0", ">= 1.3.x"),
                List.of()).versionConstraint());

        ModuleInterface mi = ModuleInterface.builder("m").requiredCore(List.of(">= 1.3", "< 2.0")).build();
        assertTrue(mi.requiredTerraformVersion().orElseThrow().allows(Version.parse("1.9.8"), REQUIRED_VERSION));
        assertFalse(mi.requiredTerraformVersion().orElseThrow().allows(Version.parse("2.0.0"), REQUIRED_VERSION));
        assertEquals(Optional.of(VersionConstraint.any()), ModuleInterface.builder("m").build()
                .requiredTerraformVersion());

        SourceLocation at = SourceLocation.of("main.tf", 1, 1);
        assertEquals(Optional.of(VersionConstraint.parse("~> 3.0")),
                new ModuleCallRef("vpc", "terraform-aws-modules/vpc/aws", Optional.of("~> 3.0"), at).versionConstraint());
        assertEquals(Optional.empty(), new ModuleCallRef("vpc", "./vpc", Optional.empty(), at).versionConstraint());
        assertEquals(Optional.empty(), new ModuleCallRef("vpc", "x/vpc/aws", Optional.of("latest"), at)
                .versionConstraint());
    }

    @Test
    void parse_keepsTheTextAndReadsTheTerms() {
        VersionConstraint c = VersionConstraint.parse("  >=1.2, < 2.0.0 ,~> 1.4.1-rc.1 ");
        assertEquals(">=1.2, < 2.0.0 ,~> 1.4.1-rc.1", c.text());
        assertEquals(List.of(
                new VersionConstraint.Term(VersionConstraint.Operator.GREATER_OR_EQUAL, Version.of(1, 2, 0), 2),
                new VersionConstraint.Term(VersionConstraint.Operator.LESS, Version.of(2, 0, 0), 3),
                new VersionConstraint.Term(VersionConstraint.Operator.PESSIMISTIC, Version.parse("1.4.1-rc.1"), 3)),
                c.terms());
        assertEquals(">= 1.2, < 2.0.0, ~> 1.4.1-rc.1", VersionConstraint.of(c.terms()).text());
        assertEquals(c, VersionConstraint.parse(">=1.2, < 2.0.0 ,~> 1.4.1-rc.1"));
        assertNotEquals(c, VersionConstraint.of(c.terms()));
        assertTrue(VersionConstraint.parse("  ").isAny());
        assertEquals(VersionConstraint.any(), VersionConstraint.parse(""));
        assertEquals("= 1.0.0-beta.1", VersionConstraint.exactly(Version.parse("1.0.0-beta.1")).text());
    }

    @Test
    void parse_refusalNamesTheTermAndTheFix() {
        assertParseError("'>= 1.0,' is not a version constraint: it has an empty term (two commas, or a comma at an "
                + "end); write '>= 1.0'", ">= 1.0,");
        assertParseError("'=> 1.0' is not a version constraint: term '=> 1.0' has the operator '=>', which Terraform "
                + "does not know; write '>= 1.0'", "=> 1.0");
        assertParseError("'^1.2' is not a version constraint: term '^1.2' uses '^', which Terraform does not know; "
                + "write '~> 1.2'", "^1.2");
        assertParseError("'1.2.x' is not a version constraint: term '1.2.x' has the wildcard 'x', which Terraform "
                + "does not know; write '~> 1.2.0'", "1.2.x");
        assertParseError("'1.2.3.4' is not a version constraint: term '1.2.3.4' has 4 numbers, and a version has at "
                + "most three (major, minor, patch); write terms like \">= 1.2.0, < 2.0.0\" or \"~> 1.2\"", "1.2.3.4");
        assertParseError("'>=' is not a version constraint: term '>=' has no version after '>='; write terms like "
                + "\">= 1.2.0, < 2.0.0\" or \"~> 1.2\"", ">=");
        assertParseError("'>= 1.0 || < 3' is not a version constraint: term '>= 1.0 || < 3' has '0 || < 3' where a "
                + "number belongs; write terms like \">= 1.2.0, < 2.0.0\" or \"~> 1.2\"", ">= 1.0 || < 3");
        assertParseError("'1.0.0-01' is not a version constraint: term '1.0.0-01' has an invalid pre-release '01': "
                + "identifier '01' is a number with a leading zero; write terms like \">= 1.2.0, < 2.0.0\" or "
                + "\"~> 1.2\"", "1.0.0-01");
    }

    /** The refusal of '~> 2.x' said "or use '~>'", which it used: it now says what to write instead. */
    @Test
    void parse_refusalOfAWildcardOrAnNpmRange_writesTheConstraintAsTerraformReadsIt() {
        assertParseError("'~> 2.x' is not a version constraint: term '~> 2.x' has the wildcard 'x', which Terraform "
                + "does not know; write '~> 2.0'", "~> 2.x");
        assertParseError("'>= 1.0, ~> 2.x' is not a version constraint: term '~> 2.x' has the wildcard 'x', which "
                + "Terraform does not know; write '>= 1.0, ~> 2.0'", ">= 1.0, ~> 2.x");
        assertParseError("'*' is not a version constraint: term '*' has the wildcard '*', which Terraform does not "
                + "know; leave the constraint empty: it then allows any version", "*");
        for (String[] c : new String[][] {{"5.x", "~> 5.0"}, {"1.2.*", "~> 1.2.0"}, {">= 2.x", ">= 2.0"},
                {"> 2.x", ">= 3.0"}, {"<= 1.2.x", "< 1.3.0"}, {"< 2.X", "< 2.0"}, {"~1.2", "~> 1.2.0"},
                {"~1", "~> 1.0"}, {"~1.2.3", "~> 1.2.3"}, {"^1.2.3", ">= 1.2.3, < 2.0.0"}, {"^1", "~> 1.0"},
                {"^0.2.3", "~> 0.2.3"}, {"^0.2", "~> 0.2.0"}, {"^0.0.3", "= 0.0.3"}, {"=< 3", "<= 3"},
                {">= 1, *", ">= 1"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VersionConstraint.parse(c[0]));
            assertTrue(e.getMessage().endsWith("; write '" + c[1] + "'"), c[0] + ": " + e.getMessage());
        }
        for (String none : List.of("1.x.3", "!= 2.x", "> *", "^1.x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VersionConstraint.parse(none));
            assertTrue(e.getMessage().endsWith("; write terms like \">= 1.2.0, < 2.0.0\" or \"~> 1.2\""),
                    none + ": " + e.getMessage());
        }
    }

    @Test
    void law_aCorrectedConstraintParses_andAllowsWhatTheWildcardOrNpmRangeMeant() {
        qt().withExamples(500).forAll(small(), small(), small(), versions()).checkAssert((x, y, z, v) -> {
            Version release = v.release();
            for (String[] c : new String[][] {
                    {x + ".x", ">= " + x + ".0.0, < " + (x + 1) + ".0.0"},
                    {"~> " + x + "." + y + ".*", ">= " + x + "." + y + ".0, < " + x + "." + (y + 1) + ".0"},
                    {"> " + x + ".x", ">= " + (x + 1) + ".0.0"},
                    {"<= " + x + "." + y + ".x", "< " + x + "." + (y + 1) + ".0"},
                    {"~" + x + "." + y + "." + z, ">= " + x + "." + y + "." + z + ", < " + x + "." + (y + 1) + ".0"},
                    {"^" + x + "." + y + "." + z, x > 0 ? ">= " + x + "." + y + "." + z + ", < " + (x + 1) + ".0.0"
                            : y > 0 ? ">= 0." + y + "." + z + ", < 0." + (y + 1) + ".0" : "= 0.0." + z}}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> VersionConstraint.parse(c[0]));
                String m = e.getMessage();
                String written = m.substring(m.lastIndexOf("; write '") + "; write '".length(), m.length() - 1);
                VersionConstraint corrected = VersionConstraint.parse(written);
                assertEquals(VersionConstraint.parse(c[1]).allows(release), corrected.allows(release),
                        c[0] + " → " + written + " for " + release);
            }
        });
    }

    private static void assertParseError(String message, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VersionConstraint.parse(text));
        assertEquals(message, e.getMessage());
        assertEquals(Optional.empty(), VersionConstraint.tryParse(text));
    }

    @Test
    void pessimisticUpperBound_dependsOnTheContextForOneNumber() {
        VersionConstraint.Term one = VersionConstraint.parse("~> 1").terms().get(0);
        assertEquals(Optional.of(Version.of(2, 0, 0)), one.pessimisticUpperBound(SELECTION));
        assertEquals(Optional.empty(), one.pessimisticUpperBound(REQUIRED_VERSION));
        VersionConstraint.Term three = VersionConstraint.parse("~> 1.2.3").terms().get(0);
        assertEquals(Optional.of(Version.of(1, 3, 0)), three.pessimisticUpperBound(REQUIRED_VERSION));
        assertEquals(Optional.of(Version.of(1, 2, 3)), three.inclusiveLowerBound());
        assertEquals(Optional.empty(), VersionConstraint.parse("< 2").terms().get(0).inclusiveLowerBound());
    }

    // ------------------------------------------------------------------ laws (Terraform's documented meaning)

    static Gen<Version> versions() {
        return VersionTest.versions();
    }

    static Gen<Long> small() {
        return integers().between(0, 12).map(Integer::longValue);
    }

    @Test
    void law_pessimisticMinorIsAtLeastAndBelowTheNextMajor() {
        // "~> 1.2" is ">= 1.2, < 2.0", in both contexts, for releases and pre-releases alike
        qt().withExamples(3000).forAll(small(), small(), versions()).checkAssert((major, minor, v) -> {
            VersionConstraint tilde = VersionConstraint.parse("~> " + major + "." + minor);
            VersionConstraint range = VersionConstraint.parse(">= " + major + "." + minor + ", < " + (major + 1)
                    + ".0");
            for (VersionConstraint.Semantics s : VersionConstraint.Semantics.values()) {
                assertEquals(range.allows(v, s), tilde.allows(v, s), tilde + " vs " + range + " for " + v + " " + s);
            }
        });
    }

    @Test
    void law_pessimisticPatchIsAtLeastAndBelowTheNextMinor() {
        // "~> 1.2.3" is ">= 1.2.3, < 1.3.0"
        qt().withExamples(3000).forAll(small(), small(), small(), versions()).checkAssert((major, minor, patch, v) -> {
            VersionConstraint tilde = VersionConstraint.parse("~> " + major + "." + minor + "." + patch);
            VersionConstraint range = VersionConstraint.parse(">= " + major + "." + minor + "." + patch + ", < "
                    + major + "." + (minor + 1) + ".0");
            for (VersionConstraint.Semantics s : VersionConstraint.Semantics.values()) {
                assertEquals(range.allows(v, s), tilde.allows(v, s), tilde + " vs " + range + " for " + v + " " + s);
            }
        });
    }

    @Test
    void law_pessimisticMajorIsBoundedOnlyInSelection() {
        qt().withExamples(2000).forAll(small(), versions()).checkAssert((major, v) -> {
            VersionConstraint tilde = VersionConstraint.parse("~> " + major);
            assertEquals(VersionConstraint.parse(">= " + major + ", < " + (major + 1)).allows(v, SELECTION),
                    tilde.allows(v, SELECTION), tilde + " " + v);
            assertEquals(VersionConstraint.parse(">= " + major).allows(v, REQUIRED_VERSION),
                    tilde.allows(v, REQUIRED_VERSION), tilde + " " + v);
        });
    }

    @Test
    void law_selectionTakesAPreReleaseOnlyWhenNamedExactly() {
        qt().withExamples(3000).forAll(versions(), versions(), integers().between(0, 6)).checkAssert((v, bound, op) -> {
            String symbol = List.of("=", "!=", ">", ">=", "<", "<=", "~>").get(op);
            VersionConstraint c = VersionConstraint.parse(symbol + " " + bound);
            if (v.isPreRelease() && c.allows(v, SELECTION)) {
                assertEquals("=", symbol, c + " " + v);
                assertEquals(bound, v);
            }
            if (!v.isPreRelease() && v.build().isEmpty() && bound.build().isEmpty()
                    && !(symbol.equals("~>") && bound.isPreRelease())) {
                // for releases the contexts agree, but for a ~> of one number or of a pre-release (not here)
                assertEquals(c.allows(v, REQUIRED_VERSION), c.allows(v, SELECTION), c + " " + v);
            }
        });
    }

    @Test
    void law_termsAreIntersected() {
        qt().withExamples(2000).forAll(versions(), versions(), versions()).checkAssert((a, b, v) -> {
            VersionConstraint both = VersionConstraint.parse(">= " + a + ", <= " + b);
            for (VersionConstraint.Semantics s : VersionConstraint.Semantics.values()) {
                boolean each = VersionConstraint.parse(">= " + a).allows(v, s)
                        && VersionConstraint.parse("<= " + b).allows(v, s);
                assertEquals(each, both.allows(v, s), both + " " + v + " " + s);
            }
        });
    }

    @Test
    void law_parseEitherParsesOrThrowsTheOneDocumentedError() {
        qt().withExamples(3000).forAll(strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 16)).checkAssert(t -> {
            try {
                VersionConstraint c = VersionConstraint.parse(t);
                assertEquals(c, VersionConstraint.parse(c.text()));
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().contains("is not a version constraint")
                        || e.getMessage().contains("longer than"), e.getMessage());
            }
        });
        assertFalse(VersionConstraint.tryParse(null).isPresent());
    }
}
