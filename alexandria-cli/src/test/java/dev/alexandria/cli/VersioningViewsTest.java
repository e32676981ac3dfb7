package dev.alexandria.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.SourceLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff's text lines shorten long values, as every finding line does. */
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
        assertEquals("error: _library/a/b/m/main.tf:3:7: Invalid expression; Expected a value, found \""
                + "x".repeat(Messages.KEPT) + "…\" (5000 characters).", first);
    }
}
