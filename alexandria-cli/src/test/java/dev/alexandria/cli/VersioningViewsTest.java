package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.ChangeImpact;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.InterfaceChange;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.SourceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The diff's text: its header words the bump the version needs; its lines shorten long values. */
class VersioningViewsTest {

    @Test
    void anHclErrorEchoingALongValueIsShortened() {
        String value = "x".repeat(5000);
        InterfaceDiff diff = new InterfaceDiff("1.0.0", "working-tree", List.of(), false, List.of(Diagnostic.error(
                "Invalid expression", "Expected a value, found \"" + value + "\".",
                SourceLocation.of("_library/a/b/m/main.tf", 3, 7))));
        StringWriter err = new StringWriter();
        assertTrue(VersioningViews.printErrors(new PrintWriter(err), diff));
        String first = err.toString().lines().findFirst().orElseThrow();
        assertEquals("error: _library/a/b/m/main.tf:3:7: Invalid expression: Expected a value, found \""
                + "x".repeat(Messages.KEPT) + "…\" (5000 characters)", first);
    }

    private static String header(InterfaceDiff diff) {
        StringWriter out = new StringWriter();
        VersioningViews.printDiff(new PrintWriter(out), diff.from() + " → " + diff.to(), diff);
        return out.toString().lines().findFirst().orElseThrow();
    }

    /** Nothing a caller sees changed: the header says so and asks for no bump. */
    @Test
    void noInterfaceChanges_requireNoBump() {
        assertEquals("2.3.0 → 2.3.0: no interface changes, no bump required (a release of other changes would be a "
                + "patch)", header(new InterfaceDiff("2.3.0", "2.3.0", List.of(), false)));
    }

    /**
     * On 0.x breaking changes need a minor bump (SemVer §4 and our rule): the header names that bump, never a major
     * one the version does not need; from 1.0.0 on, and from what is no version, it is MAJOR.
     */
    @Test
    void breakingChangesOnZeroX_requireTheMinorBumpTheyNeedThere() {
        InterfaceChange removed = new InterfaceChange(ChangeImpact.MAJOR, "variable-removed", "var.a", "variable a "
                + "was removed", Optional.of(SourceLocation.of("m/variables.tf", 1, 1)), Optional.empty());
        assertEquals("0.3.0 → working-tree: MINOR bump required (1 change; breaking, which on 0.x needs a minor "
                + "bump)", header(new InterfaceDiff("0.3.0", "working-tree", List.of(removed), false)));
        assertEquals("1.3.0 → working-tree: MAJOR bump required (1 change)",
                header(new InterfaceDiff("1.3.0", "working-tree", List.of(removed), false)));
        assertEquals("./old → ./new: MAJOR bump required (1 change)",
                header(new InterfaceDiff("./old", "./new", List.of(removed), false)));
    }
}
