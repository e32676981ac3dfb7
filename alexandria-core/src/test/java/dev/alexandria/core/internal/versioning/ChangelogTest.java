package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.model.ChangeImpact;
import dev.alexandria.api.model.InterfaceChange;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A changelog entry: the release's own text, then the diff's changes by section, one section per heading. */
class ChangelogTest {

    private static final InterfaceChange TAGS = new InterfaceChange(ChangeImpact.MINOR, "variable-added-optional",
            "var.tags", "new optional variable tags (default {})", Optional.empty(),
            Optional.of(SourceLocation.of("m/variables.tf", 9, 1)));
    private static final InterfaceChange ARN = new InterfaceChange(ChangeImpact.MINOR, "output-added",
            "output.arn", "new output arn", Optional.empty(), Optional.of(SourceLocation.of("m/outputs.tf", 1, 1)));
    private static final InterfaceChange DEFAULT = new InterfaceChange(ChangeImpact.RISKY, "variable-default-changed",
            "var.size", "default of size changed", Optional.of(SourceLocation.of("m/variables.tf", 1, 1)),
            Optional.of(SourceLocation.of("m/variables.tf", 1, 1)));

    private static String entry(String text, InterfaceChange... changes) {
        return Changelog.entry(Version.parse("1.1.0"), LocalDate.parse("2026-12-03"), text,
                Optional.of(new InterfaceDiff("1.0.0", "working-tree", List.of(changes), false)));
    }

    @Test
    void theGeneratedSectionsFollowTheText() {
        assertEquals("## [1.1.0] - 2026-12-03\n\nTags.\n\n### Added\n\n- new optional variable tags (default {}) "
                + "(`var.tags`)\n", entry("Tags.", TAGS));
    }

    /** A hand-written ### Added gets the generated items at its end: one Added section, not two. */
    @Test
    void aHandWrittenSectionOfTheSameHeadingIsMergedNotRepeated() {
        assertEquals("## [1.1.0] - 2026-12-03\n\nTags and an ARN.\n\n### added\n\n- A README example.\n"
                + "- new output arn (`output.arn`)\n- new optional variable tags (default {}) (`var.tags`)\n\n"
                + "### Notes\n\nSee the README.\n\n### Changed\n\n- Review: default of size changed (`var.size`)\n",
                entry("Tags and an ARN.\n\n### added\n\n- A README example.\n\n### Notes\n\nSee the README.",
                        TAGS, ARN, DEFAULT));
        // a heading in a code block is none; a hand-written heading without items gets them under a blank line
        assertEquals("## [1.1.0] - 2026-12-03\n\n```\n### Added\n```\n\n### Added\n\n- new output arn "
                + "(`output.arn`)\n", entry("```\n### Added\n```\n\n### Added", ARN));
    }
}
