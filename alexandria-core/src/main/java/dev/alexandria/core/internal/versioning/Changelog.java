package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.ChangeImpact;
import dev.alexandria.api.model.InterfaceChange;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's {@code CHANGELOG.md} in the <a href="https://keepachangelog.com/en/1.1.0/">Keep a Changelog</a>
 * format: a release entry {@code ## [1.5.0] - 2026-03-14}, the release's own text, then the changes of the
 * interface diff grouped under {@code ### Breaking changes} (its own heading, first), {@code ### Added},
 * {@code ### Changed}, {@code ### Deprecated} and {@code ### Removed}. The entry goes above the previous
 * release, below an {@code [Unreleased]} section, which is left as it is.
 */
final class Changelog {

    static final String HEADER = "# Changelog\n\nAll notable changes to this module are documented here; the format "
            + "follows\n[Keep a Changelog](https://keepachangelog.com/en/1.1.0/) and versions follow\n"
            + "[Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n";

    private static final Pattern RELEASE_HEADING = Pattern.compile("(?m)^## \\[(?!unreleased\\])",
            Pattern.CASE_INSENSITIVE);

    private Changelog() {
    }

    /**
     * @param version the release
     * @param date    its date
     * @param text    the release's own text
     * @param diff    the changes since the last release, if known
     * @return the entry, ending with a newline
     */
    static String entry(Version version, LocalDate date, String text, Optional<InterfaceDiff> diff) {
        return entry(version, date, text, diff, Optional.empty());
    }

    /**
     * @param version  the release
     * @param date     its date
     * @param text     the release's own text
     * @param diff     the changes since the last release, if known
     * @param maturity the maturity change the release makes ({@code alpha → beta}), if any: listed first under
     *                 {@code ### Changed}, where Keep a Changelog puts it
     * @return the entry, ending with a newline
     */
    static String entry(Version version, LocalDate date, String text, Optional<InterfaceDiff> diff,
                        Optional<String> maturity) {
        StringBuilder sb = new StringBuilder("## [").append(version).append("] - ").append(date).append("\n\n");
        sb.append(text.strip()).append("\n");
        if (diff.isEmpty() && maturity.isPresent()) {
            sb.append("\n### Changed\n\n- Maturity: ").append(maturity.get()).append(".\n");
        }
        if (diff.isPresent()) {
            InterfaceDiff d = diff.get();
            List<InterfaceChange> breaking = new ArrayList<>();
            List<InterfaceChange> added = new ArrayList<>();
            List<InterfaceChange> changed = new ArrayList<>();
            List<InterfaceChange> deprecated = new ArrayList<>();
            List<InterfaceChange> removed = new ArrayList<>();
            for (InterfaceChange c : d.changes()) {
                if (c.impact().requiredBump(d.riskyIsBreaking()) == Bump.MAJOR) {
                    breaking.add(c);
                } else if (c.rule().endsWith("-deprecated")) {
                    deprecated.add(c);
                } else if (c.rule().contains("-added")) {
                    added.add(c);
                } else if (c.rule().contains("-removed")) {
                    removed.add(c);
                } else {
                    changed.add(c);
                }
            }
            section(sb, "Breaking changes", breaking);
            section(sb, "Added", added);
            if (maturity.isPresent()) {
                sb.append("\n### Changed\n\n- Maturity: ").append(maturity.get()).append(".\n");
                changed.forEach(c -> sb.append("- ").append(c.impact() == ChangeImpact.RISKY ? "Review: " : "")
                        .append(c.message()).append(" (`").append(c.subject()).append("`)\n"));
            } else {
                section(sb, "Changed", changed);
            }
            section(sb, "Deprecated", deprecated);
            section(sb, "Removed", removed);
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String heading, List<InterfaceChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        sb.append("\n### ").append(heading).append("\n\n");
        for (InterfaceChange c : changes) {
            sb.append("- ").append(c.impact() == ChangeImpact.RISKY ? "Review: " : "").append(c.message())
                    .append(" (`").append(c.subject()).append("`)\n");
        }
    }

    /**
     * Adds an entry to a changelog: above the latest release, below an {@code [Unreleased]} section.
     *
     * @param existing the file's text, or empty when there is none (the Keep a Changelog header is written)
     * @param entry    the entry
     * @return the new text
     */
    static String insert(Optional<String> existing, String entry) {
        String text = existing.orElse(HEADER);
        Matcher m = RELEASE_HEADING.matcher(text);
        if (m.find()) {
            return text.substring(0, m.start()) + entry + "\n" + text.substring(m.start());
        }
        StringBuilder sb = new StringBuilder(text);
        if (!text.endsWith("\n")) {
            sb.append('\n');
        }
        if (!text.endsWith("\n\n")) {
            sb.append('\n');
        }
        return sb.append(entry).toString();
    }
}
