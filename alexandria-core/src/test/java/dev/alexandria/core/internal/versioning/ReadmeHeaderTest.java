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
}
