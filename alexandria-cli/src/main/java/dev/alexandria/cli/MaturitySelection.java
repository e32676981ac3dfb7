package dev.alexandria.cli;

import dev.alexandria.api.model.MaturityLevel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One item of {@code --maturity}, the same for {@code search} and {@code browse}: {@code stable} (or
 * {@code stable+}) is that level or above, as the design's "--maturity stable (at least)"; {@code =beta} is that
 * level only. Deprecated and archived have no "above" and name themselves only. A module passes if it passes one
 * of the items, so {@code --maturity =alpha,stable} keeps alpha, stable and mature modules.
 *
 * @param level   the level named
 * @param exactly whether only that level (written {@code =LEVEL})
 * @since 0.3.0
 */
record MaturitySelection(MaturityLevel level, boolean exactly) {

    /** @return the levels this item keeps */
    Set<MaturityLevel> levels() {
        if (exactly || !level.isActive()) {
            return EnumSet.of(level);
        }
        Set<MaturityLevel> out = EnumSet.noneOf(MaturityLevel.class);
        Arrays.stream(MaturityLevel.values()).filter(l -> l.isAtLeast(level)).forEach(out::add);
        return out;
    }

    /**
     * @param items the items given
     * @return the levels any of them keeps
     */
    static List<MaturityLevel> levels(List<MaturitySelection> items) {
        Set<MaturityLevel> out = EnumSet.noneOf(MaturityLevel.class);
        items.forEach(i -> out.addAll(i.levels()));
        return List.copyOf(out);
    }

    /**
     * @param items the items given
     * @return how they read in a summary line: {@code stable+, =alpha}
     */
    static String describe(List<MaturitySelection> items) {
        return items.stream().map(MaturitySelection::toString).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return exactly || !level.isActive() ? (exactly && level.isActive() ? "=" : "") + level.id() : level.id() + "+";
    }

    /** Reads {@code LEVEL}, {@code LEVEL+} or {@code =LEVEL}. */
    static final class Converter implements ITypeConverter<MaturitySelection> {
        @Override
        public MaturitySelection convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            boolean exactly = v.startsWith("=");
            boolean atLeast = v.endsWith("+");
            String name = v.substring(exactly ? 1 : 0, v.length() - (atLeast ? 1 : 0)).strip();
            if (exactly && atLeast) {
                throw new TypeConversionException("maturity '" + value + "' says both exactly (=) and at least (+);"
                        + " write =" + name + " for " + name + " only, or " + name + " for " + name + " and above");
            }
            MaturityLevel level = MaturityLevel.fromId(name).orElseThrow(() -> new TypeConversionException(
                    "unknown maturity '" + value + "'; use one of " + Arrays.stream(MaturityLevel.values())
                            .map(MaturityLevel::id).collect(Collectors.joining(", "))
                            + " (LEVEL or LEVEL+: that level or above; =LEVEL: that level only)"));
            return new MaturitySelection(level, exactly);
        }
    }

    /** The levels, for completion and help. */
    static final class Candidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> out = new ArrayList<>();
            Arrays.stream(MaturityLevel.values()).forEach(l -> out.add(l.id()));
            return out.iterator();
        }
    }
}
