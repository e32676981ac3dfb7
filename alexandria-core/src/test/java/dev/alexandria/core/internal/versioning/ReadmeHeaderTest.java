package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Version;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadmeHeaderTest {

    static final Version V = Version.parse("2.3.0");

    @Test
    void theHeaderTable_getsTheLevelAndVersion_andKeepsEveryOtherCell() {
        String readme = "# Standard VPC\n\n| Maturity | Version | Layer | Category | Maintainer |\n"
                + "|----------|---------|-------|----------|------------|\n"
                + "| stable | 2.2.0 | foundations | `foundations/networking` | team-networking (`#net\\|ops`) |\n\nText.\n";
        assertEquals(Optional.of("# Standard VPC\n\n| Maturity | Version | Layer | Category | Maintainer |\n"
                + "|----------|---------|-------|----------|------------|\n"
                + "| deprecated | 2.3.0 | foundations | `foundations/networking` | team-networking (`#net\\|ops`) |\n"
                + "\nText.\n"), ReadmeHeader.update(readme, MaturityLevel.DEPRECATED, V));
    }

    @Test
    void aRelease_refreshesTheComplexityCell_whoseTierMayHaveChanged() {
        String readme = "| Maturity | Version | Complexity |\n|---|---|---|\n| alpha | 0.5.0 | basic (10 inputs) |\n";
        assertEquals(Optional.of("| Maturity | Version | Complexity |\n|---|---|---|\n"
                + "| alpha | 0.6.0 | standard (11 inputs) |\n"),
                ReadmeHeader.update(readme, MaturityLevel.ALPHA, Version.parse("0.6.0"), 11));
        assertEquals(Optional.of("| Maturity | Version | Complexity |\n|---|---|---|\n| alpha | 0.6.0 | basic (1 input) |\n"),
                ReadmeHeader.update(readme, MaturityLevel.ALPHA, Version.parse("0.6.0"), 1));
        // a cell written by hand is the authors' and stays
        String prose = "| Maturity | Version | Complexity |\n|---|---|---|\n| alpha | 0.5.0 | low, see below |\n";
        assertEquals(Optional.of(prose.replace("0.5.0", "0.6.0")),
                ReadmeHeader.update(prose, MaturityLevel.ALPHA, Version.parse("0.6.0"), 40));
    }

    @Test
    void codeSpans_andBoldHeaders_areKept() {
        assertEquals(Optional.of("| **Maturity** |\n|---|\n| `archived` |\n"),
                ReadmeHeader.update("| **Maturity** |\n|---|\n| `stable` |\n", MaturityLevel.ARCHIVED, V));
    }

    @Test
    void noHeaderTable_aTableBelowTheFirstSection_orNothingToChange_leaveTheReadmeAlone() {
        assertEquals(Optional.empty(), ReadmeHeader.update("# X\n\nText.\n", MaturityLevel.STABLE, V));
        assertEquals(Optional.empty(), ReadmeHeader.update("# X\n\n## Inputs\n\n| Maturity |\n|---|\n| beta |\n",
                MaturityLevel.STABLE, V));
        assertEquals(Optional.empty(), ReadmeHeader.update("| Name | Type |\n|---|---|\n| azs | list |\n",
                MaturityLevel.STABLE, V));
        assertEquals(Optional.empty(), ReadmeHeader.update("| Maturity | Version |\n|---|---|\n| stable | 2.3.0 |\n",
                MaturityLevel.STABLE, V));
    }

    @Test
    void theMaturityCallout_underTheTable_followsTheLevel_andGoesFromStableOn() {
        String alpha = "# X\n\n| Maturity | Version |\n|---|---|\n| alpha | 0.4.1 |\n\n"
                + "> **Alpha.** The interface may change in any 0.x release. Pin an exact version and read the\n"
                + "> changelog before upgrading.\n\nText.\n";
        String beta = "# X\n\n| Maturity | Version |\n|---|---|\n| beta | 1.0.0-beta.1 |\n\n"
                + "> **Beta.** Feature complete; the interface may still change before the final release.\n\nText.\n";

        assertEquals(Optional.of(beta), ReadmeHeader.update(alpha, MaturityLevel.BETA, Version.parse("1.0.0-beta.1")));
        assertEquals(Optional.of("# X\n\n| Maturity | Version |\n|---|---|\n| stable | 1.0.0 |\n\nText.\n"),
                ReadmeHeader.update(beta, MaturityLevel.STABLE, Version.parse("1.0.0")));
        assertEquals(Optional.empty(), ReadmeHeader.update(beta, MaturityLevel.BETA, Version.parse("1.0.0-beta.1")));
    }
}
