package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The header table of a module's README — the first Markdown table above the first {@code ## } heading whose
 * header row has a {@code Maturity} or a {@code Version} column, as {@code scaffold} writes it and the bundled
 * sample has it:
 *
 * <pre>
 * | Maturity | Version | Layer | …
 * |----------|---------|-------| …
 * | stable   | 2.3.0   | foundations | …
 * </pre>
 *
 * Every lifecycle write and every release sets the first row's Maturity and Version cells to the module's new
 * level and version, and the maturity callout right under the table, if the README has one (a block quote
 * opening with the level in bold, {@code > **Alpha.** …}), to the new level's (removed from stable on), so the
 * README never shows a level the module has left. The other cells, and a README without such a table, are left
 * as they are.
 */
public final class ReadmeHeader {

    /** A cell separator: a {@code |} not escaped with a backslash. */
    private static final Pattern SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

    private ReadmeHeader() {
    }

    /**
     * @param readme  the README's text
     * @param level   the module's level after the change
     * @param version the module's version after the change
     * @return the README with the header table's Maturity and Version cells set, or empty when it has no header
     *         table or the cells say so already
     */
    public static Optional<String> update(String readme, MaturityLevel level, Version version) {
        return update(readme, level, version, OptionalInt.empty());
    }

    /**
     * As {@link #update(String, MaturityLevel, Version)}, and sets the Complexity cell, when it has the shape this
     * table gives it ({@code basic (10 inputs)}, or a bare tier), to the tier of {@code ownVariables} and that
     * count: a release can add or remove input variables, and so change the tier.
     *
     * @param readme       the README's text
     * @param level        the module's level after the change
     * @param version      the module's version after the change
     * @param ownVariables the number of the module's own input variables after the change (boilerplate files left
     *                     out), as {@link dev.alexandria.api.model.ModuleInterface#ownVariableCount()} counts them
     * @return the README with the cells set, or empty when it has no header table or the cells say so already
     */
    public static Optional<String> update(String readme, MaturityLevel level, Version version, int ownVariables) {
        return update(readme, level, version, OptionalInt.of(ownVariables));
    }

    private static final Pattern COMPLEXITY_CELL = Pattern.compile("`?(basic|standard|advanced)`?( \\(\\d+ inputs?\\))?");

    private static Optional<String> update(String readme, MaturityLevel level, Version version,
            OptionalInt ownVariables) {
        Objects.requireNonNull(readme, "readme");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(version, "version");
        List<String> lines = new ArrayList<>(List.of(readme.split("\n", -1)));
        for (int i = 0; i + 2 < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                return Optional.empty();
            }
            if (!isRow(line) || !isRow(lines.get(i + 1)) || !lines.get(i + 1).contains("-")
                    || !isRow(lines.get(i + 2))) {
                continue;
            }
            List<String> header = cells(line);
            int maturity = column(header, "maturity");
            int ver = column(header, "version");
            if (maturity < 0 && ver < 0) {
                continue;
            }
            List<String> row = cells(lines.get(i + 2));
            boolean changed = set(row, maturity, level.id()) | set(row, ver, version.toString());
            int complexity = column(header, "complexity");
            if (ownVariables.isPresent() && complexity >= 0 && complexity < row.size()
                    && COMPLEXITY_CELL.matcher(row.get(complexity)).matches()) {
                int n = ownVariables.getAsInt();
                String cell = ComplexityTier.forVariableCount(n).id() + " (" + n + (n == 1 ? " input)" : " inputs)");
                if (!row.get(complexity).equals(cell)) {
                    row.set(complexity, cell);
                    changed = true;
                }
            }
            if (changed) {
                lines.set(i + 2, "| " + String.join(" | ", row) + " |");
            }
            changed |= callout(lines, i + 3, level);
            return changed ? Optional.of(String.join("\n", lines)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The maturity callout under the header table: a block quote that opens with the level in bold. */
    private static final Pattern CALLOUT = Pattern.compile("^> \\*\\*(Experimental|Alpha|Beta|Stable|Mature|Deprecated"
            + "|Archived)\\.\\*\\*.*");

    /**
     * The callout of a level, as the sample library's READMEs word it: before 1.0.0 the interface may change, in
     * beta it is still settling; stable and later levels have none (a deprecated module has its deprecation
     * banner instead).
     */
    static List<String> calloutOf(MaturityLevel level) {
        switch (level) {
            case EXPERIMENTAL:
            case ALPHA:
                String name = level == MaturityLevel.ALPHA ? "Alpha" : "Experimental";
                return List.of("> **" + name + ".** The interface may change in any 0.x release. Pin an exact "
                        + "version and read the", "> changelog before upgrading.");
            case BETA:
                return List.of("> **Beta.** Feature complete; the interface may still change before the final "
                        + "release.");
            default:
                return List.of();
        }
    }

    /**
     * Sets the maturity callout that follows the header table (after blank lines) to the level's, removing it
     * for a level that has none; a README without one is left alone.
     *
     * @return whether the lines changed
     */
    private static boolean callout(List<String> lines, int from, MaturityLevel level) {
        int start = from;
        while (start < lines.size() && lines.get(start).isBlank()) {
            start++;
        }
        if (start >= lines.size() || !CALLOUT.matcher(lines.get(start)).matches()) {
            return false;
        }
        int end = start;
        while (end < lines.size() && lines.get(end).startsWith(">")) {
            end++;
        }
        List<String> now = List.copyOf(lines.subList(start, end));
        List<String> next = calloutOf(level);
        if (now.equals(next)) {
            return false;
        }
        if (next.isEmpty() && end < lines.size() && lines.get(end).isBlank()) {
            end++; // the blank line after it goes with it
        }
        lines.subList(start, end).clear();
        lines.addAll(start, next);
        return true;
    }

    private static boolean isRow(String line) {
        String s = line.strip();
        return s.startsWith("|") && s.endsWith("|") && s.length() > 1;
    }

    private static List<String> cells(String row) {
        String s = row.strip();
        String[] parts = SEPARATOR.split(s.substring(1, s.length() - 1), -1);
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            out.add(p.strip());
        }
        return out;
    }

    private static int column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).replace("*", "").strip().toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean set(List<String> row, int column, String value) {
        if (column < 0 || column >= row.size()) {
            return false;
        }
        String now = row.get(column);
        // keep code spans: `stable` stays a code span
        String next = now.startsWith("`") && now.endsWith("`") && now.length() > 1 ? "`" + value + "`" : value;
        if (now.equals(next)) {
            return false;
        }
        row.set(column, next);
        return true;
    }
}
