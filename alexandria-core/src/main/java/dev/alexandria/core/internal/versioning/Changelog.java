package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.ChangeImpact;
import dev.alexandria.api.model.InterfaceChange;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        // heading → its list items, in the order the sections are written
        Map<String, List<String>> sections = new LinkedHashMap<>();
        if (diff.isEmpty() && maturity.isPresent()) {
            sections.put("Changed", new ArrayList<>(List.of("- Maturity: " + maturity.get() + ".")));
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
            section(sections, "Breaking changes", breaking, List.of());
            section(sections, "Added", added, List.of());
            section(sections, "Changed", changed, maturity.map(m -> List.of("- Maturity: " + m + "."))
                    .orElse(List.of()));
            section(sections, "Deprecated", deprecated, List.of());
            section(sections, "Removed", removed, List.of());
        }
        StringBuilder sb = new StringBuilder("## [").append(version).append("] - ").append(date).append("\n\n");
        sb.append(merged(text.strip(), sections)).append("\n");
        sections.forEach((heading, items) -> {
            sb.append("\n### ").append(heading).append("\n\n");
            items.forEach(item -> sb.append(item).append('\n'));
        });
        return sb.toString();
    }

    private static void section(Map<String, List<String>> sections, String heading, List<InterfaceChange> changes,
                                List<String> first) {
        if (changes.isEmpty() && first.isEmpty()) {
            return;
        }
        List<String> items = new ArrayList<>(first);
        for (InterfaceChange c : changes) {
            items.add("- " + (c.impact() == ChangeImpact.RISKY ? "Review: " : "") + c.message() + " (`"
                    + c.subject() + "`)");
        }
        sections.put(heading, items);
    }

    /**
     * The release's own text with the generated items of each section it has a heading for ({@code ### Added}
     * written by hand in {@code --changelog}) added at the end of that section, so the entry has one such section,
     * as Keep a Changelog wants, and not the hand-written one and a generated one after it; those sections are
     * removed from {@code sections}. Headings are matched ignoring case; a heading inside a fenced code block is
     * not one.
     *
     * @param text     the release's own text, stripped
     * @param sections the generated sections; the merged ones are removed
     * @return the text with the merged items
     */
    private static String merged(String text, Map<String, List<String>> sections) {
        if (sections.isEmpty() || !text.contains("### ")) {
            return text;
        }
        List<String> lines = new ArrayList<>(text.lines().toList());
        boolean fenced = false;
        String open = null; // the generated heading whose hand-written section is being read
        int last = -1; // that section's last non-blank line
        int start = -1; // its heading's line
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            // a heading of level 1 to 3 ends a section; a #### heading is part of it
            boolean heading = line != null && !fenced && line.matches("#{1,3} .*");
            if (line != null && line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            if (line == null || heading) {
                if (open != null) {
                    List<String> items = new ArrayList<>(sections.remove(open));
                    if (last == start) {
                        items.add(0, ""); // a heading without items: a blank line under it, as the generated ones
                    }
                    lines.addAll(last + 1, items);
                    i += items.size();
                    open = null;
                }
                if (line != null && line.startsWith("### ")) {
                    String name = line.substring(4).strip();
                    open = sections.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
                    last = i;
                    start = i;
                }
                continue;
            }
            if (open != null && !line.isBlank()) {
                last = i;
            }
        }
        return String.join("\n", lines);
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
