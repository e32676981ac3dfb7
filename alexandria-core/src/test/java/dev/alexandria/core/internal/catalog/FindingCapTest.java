package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingCapTest {

    private static Finding warning(int line) {
        return Finding.warning("tag-undeclared", SourceLocation.of("m/.alexandria.yaml", line, 3), "w" + line, "fix");
    }

    @Test
    void cap_leavesAFileOfAtMostTheListedFindingsAsItIs() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= FindingCap.LISTED; i++) {
            findings.add(warning(i));
        }
        assertSame(findings, FindingCap.cap(findings));
    }

    @Test
    void cap_keepsTheFirstInFileOrderAndCountsTheRestAsAWarningWhenAllAreWarnings() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1_234; i >= 1; i--) {
            findings.add(warning(i));
        }
        List<Finding> capped = FindingCap.cap(findings);
        assertEquals(FindingCap.LISTED + 1, capped.size());
        assertEquals(warning(1), capped.get(0));
        assertEquals(warning(100), capped.get(99));
        assertEquals("m/.alexandria.yaml:101:3: 1,134 more warnings in this file are not listed (only the first 100"
                + " findings of a file are); fix the problems listed and open the library again; a file with this many"
                + " problems is probably not what its name says (see docs/library-format.md)",
                capped.get(100).toString());
        assertEquals(Finding.Severity.WARNING, capped.get(100).severity());
    }

    @Test
    void cap_countsErrorsAndWarningsLeftOutAndIsAnErrorIfOneIsLeftOut() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            findings.add(i % 2 == 0 ? warning(i) : Finding.error("unknown-key", SourceLocation.of(
                    "m/.alexandria.yaml", i, 1), "e" + i, "fix"));
        }
        Finding last = FindingCap.cap(findings).get(FindingCap.LISTED);
        assertEquals("too-many-findings", last.ruleId());
        assertEquals(Finding.Severity.ERROR, last.severity());
        assertEquals("25 more errors and 25 more warnings in this file are not listed (only the first 100 findings"
                + " of a file are)", last.message());
    }

    /** A mapping of many keys finds its members through a map: the first of a repeated key, as the scan did. */
    @Test
    void locate_findsEveryMemberOfALargeMapping() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("k").append(i).append(": v\n");
        }
        YamlDocument doc = YamlFiles.parse(text.toString(), "f.yaml");
        for (int i = 0; i < 40; i++) {
            assertEquals(SourceLocation.of("f.yaml", i + 1, 1), doc.locate("/k" + i));
        }
        assertEquals(SourceLocation.of("f.yaml", 1, 1), doc.locate("/nope"));
    }
}
