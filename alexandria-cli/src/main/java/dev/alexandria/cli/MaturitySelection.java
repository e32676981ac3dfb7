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
 * One item of {@code --maturity}, the same for {@code search} and {@code browse}. A single level
 * ({@code --maturity stable}) is that level or above, as the design's "--maturity stable (at least)"; a
 * comma-separated list ({@code --maturity beta,mature}) is exactly those levels. Either way {@code =beta} is that
 * level only and {@code stable+} that level or above. Deprecated and archived have no "above" and name themselves
 * only. A module passes if it passes one of the items.
 *
 * @param level   the level named
 * @param exactly whether only that level (written {@code =LEVEL})
 * @param atLeast whether that level or above, written so ({@code LEVEL+})
 * @since 0.3.0
 */
record MaturitySelection(MaturityLevel level, boolean exactly, boolean atLeast) {

    /**
     * @param alone whether it is the only item given (a bare level alone is "at least", in a list "exactly")
     * @return the levels this item keeps
     */
    Set<MaturityLevel> levels(boolean alone) {
        if (!upward(alone)) {
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
        items.forEach(i -> out.addAll(i.levels(items.size() == 1)));
        return List.copyOf(out);
    }

    /**
     * @param items the items given
     * @return how they read in a summary line: {@code stable+} for one bare level, {@code beta, mature} for a
     *         list of bare levels, {@code stable+, alpha} for a list with an at-least item
     */
    static String describe(List<MaturitySelection> items) {
        boolean alone = items.size() == 1;
        return items.stream().map(i -> i.describe(alone)).collect(Collectors.joining(", "));
    }

    /**
     * @param alone whether it is the only item given
     * @return how this item reads: {@code stable+} for that level or above, {@code =alpha} for one level alone
     *         that is that level only, else the level's id
     */
    private String describe(boolean alone) {
        return upward(alone) ? level.id() + "+" : (alone && exactly && level.isActive() ? "=" : "") + level.id();
    }

    /**
     * @param alone whether it is the only item given
     * @return whether this item keeps its level and those above it
     */
    private boolean upward(boolean alone) {
        return !exactly && level.isActive() && (atLeast || alone);
    }

    /**
     * Whether the items keep one level and those above it, so that what they leave out is "less mature" than it.
     *
     * @param items the items given
     * @return whether it is one at-least level
     */
    static boolean atLeastOne(List<MaturitySelection> items) {
        return items.size() == 1 && items.get(0).upward(true);
    }

    @Override
    public String toString() {
        return (exactly && level.isActive() ? "=" : "") + level.id() + (atLeast ? "+" : "");
    }

    /**
     * Reads {@code LEVEL}, {@code LEVEL+} or {@code =LEVEL} of every level, as {@code browse} takes them; an unknown
     * level is answered with the closest levels and the list of them all.
     */
    static class Converter implements ITypeConverter<MaturitySelection> {

        /** @return the levels this option takes, least mature first */
        List<MaturityLevel> accepted() {
            return List.of(MaturityLevel.values());
        }

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
            List<String> accepted = accepted().stream().map(MaturityLevel::id).toList();
            MaturityLevel level = MaturityLevel.fromId(name).orElseThrow(() -> new TypeConversionException(
                    EnumChoice.unknownValue("maturity", value, accepted, "(LEVEL alone or LEVEL+: that level or "
                            + "above; a list a,b or =LEVEL: those levels only)")));
            if (!accepted().contains(level)) {
                throw new TypeConversionException(refused(level, accepted));
            }
            return new MaturitySelection(level, exactly, atLeast);
        }

        /**
         * @param level    a level this option does not take
         * @param accepted the levels it takes
         * @return why, and what to give instead
         */
        String refused(MaturityLevel level, List<String> accepted) {
            return "maturity '" + level.id() + "' is not taken here; use one of " + String.join(", ", accepted);
        }
    }

    /**
     * Reads the active levels only, as {@code search} takes them: deprecated and archived modules are asked for
     * with {@code --include-deprecated} and {@code --include-archived}, which an unknown or refused level names,
     * and never listed as levels to give.
     */
    static final class ActiveConverter extends Converter {

        @Override
        List<MaturityLevel> accepted() {
            return Arrays.stream(MaturityLevel.values()).filter(MaturityLevel::isActive).toList();
        }

        @Override
        String refused(MaturityLevel level, List<String> accepted) {
            return "'" + level.id() + "' is no active level (" + String.join(", ", accepted) + ")"
                    + "; use --include-deprecated to see deprecated modules, --include-archived for archived ones";
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
