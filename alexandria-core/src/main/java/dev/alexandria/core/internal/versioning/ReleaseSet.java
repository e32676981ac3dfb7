package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The set of release versions (no pre-releases) a constraint allows, as a union of disjoint half-open intervals
 * {@code [low, high)} of {@code MAJOR.MINOR.PATCH}, so that two constraints can be compared as sets: wider,
 * narrower, equal, and which version lines (a major version; a minor line {@code 0.y} below 1.0) each reaches.
 * Pre-releases are left out because no inexact constraint selects them for modules and providers, and Terraform
 * releases that callers run are releases.
 *
 * <p>Immutable.
 */
final class ReleaseSet {

    /** {@code [low, high)}; {@code high == null} is unbounded. Both are releases. */
    record Interval(Version low, Version high) {
        boolean isEmpty() {
            return high != null && low.compareTo(high) >= 0;
        }
    }

    static final ReleaseSet ALL = new ReleaseSet(List.of(new Interval(Version.of(0, 0, 0), null)));
    static final ReleaseSet NONE = new ReleaseSet(List.of());

    private final List<Interval> intervals;

    private ReleaseSet(List<Interval> intervals) {
        this.intervals = List.copyOf(intervals);
    }

    /**
     * The releases every constraint allows (their intersection).
     *
     * @param constraints the constraints, all of which must hold
     * @param semantics   where they are read
     * @return the set
     */
    static ReleaseSet of(List<VersionConstraint> constraints, VersionConstraint.Semantics semantics) {
        ReleaseSet s = ALL;
        for (VersionConstraint c : constraints) {
            for (VersionConstraint.Term t : c.terms()) {
                s = s.intersect(term(t, semantics));
            }
        }
        return s;
    }

    private static ReleaseSet term(VersionConstraint.Term t, VersionConstraint.Semantics semantics) {
        Version v = t.version();
        boolean pre = v.isPreRelease();
        Version zero = Version.of(0, 0, 0);
        switch (t.operator()) {
            case EQUAL:
                return pre ? NONE : range(v.release(), v.nextPatch());
            case NOT_EQUAL:
                return pre ? ALL : range(zero, v.release()).union(range(v.nextPatch(), null));
            case GREATER:
                return range(pre ? v.release() : v.nextPatch(), null);
            case GREATER_OR_EQUAL:
                return range(v.release(), null);
            case LESS:
                return range(zero, v.release());
            case LESS_OR_EQUAL:
                return range(zero, pre ? v.release() : v.nextPatch());
            case PESSIMISTIC:
                if (pre && semantics == VersionConstraint.Semantics.REQUIRED_VERSION) {
                    return NONE; // go-version: a pre-release ~> allows only pre-releases
                }
                return range(v.release(), t.pessimisticUpperBound(semantics).orElse(null));
            default:
                throw new IllegalStateException("unknown operator " + t.operator());
        }
    }

    private static ReleaseSet range(Version low, Version high) {
        Interval i = new Interval(low, high);
        return i.isEmpty() ? NONE : new ReleaseSet(List.of(i));
    }

    ReleaseSet intersect(ReleaseSet o) {
        List<Interval> out = new ArrayList<>();
        for (Interval a : intervals) {
            for (Interval b : o.intervals) {
                Version low = max(a.low, b.low);
                Version high = minHigh(a.high, b.high);
                Interval i = new Interval(low, high);
                if (!i.isEmpty()) {
                    out.add(i);
                }
            }
        }
        return normalized(out);
    }

    ReleaseSet union(ReleaseSet o) {
        List<Interval> all = new ArrayList<>(intervals);
        all.addAll(o.intervals);
        return normalized(all);
    }

    private static ReleaseSet normalized(List<Interval> list) {
        List<Interval> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(Interval::low));
        List<Interval> out = new ArrayList<>();
        for (Interval i : sorted) {
            if (i.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                Interval last = out.get(out.size() - 1);
                if (last.high == null || i.low.compareTo(last.high) <= 0) {
                    out.set(out.size() - 1, new Interval(last.low, maxHigh(last.high, i.high)));
                    continue;
                }
            }
            out.add(i);
        }
        return new ReleaseSet(out);
    }

    boolean isEmpty() {
        return intervals.isEmpty();
    }

    /** @return whether the release (pre-release and build metadata ignored) is in this set */
    boolean contains(Version v) {
        Version r = v.release();
        for (Interval i : intervals) {
            if (r.compareTo(i.low) >= 0 && (i.high == null || r.compareTo(i.high) < 0)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether every release of this set is in the other */
    boolean isSubsetOf(ReleaseSet o) {
        return intersect(o).equals(this);
    }

    /**
     * The version lines both sets can be told apart on, in order: {@code 0.0}, {@code 0.1}, … up to one past
     * the highest {@code 0.y} either set has a bound in, then majors {@code 1} … up to one past the highest
     * major of a bound. Lines beyond are all alike for both sets.
     */
    static List<Line> lines(ReleaseSet a, ReleaseSet b) {
        long maxMajor = 0;
        long maxMinorZero = -1;
        for (ReleaseSet s : List.of(a, b)) {
            for (Interval i : s.intervals) {
                for (Version v : new Version[] {i.low, i.high}) {
                    if (v != null) {
                        maxMajor = Math.max(maxMajor, v.major());
                        if (v.major() == 0) {
                            maxMinorZero = Math.max(maxMinorZero, v.minor());
                        }
                    }
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (long m = 0; m <= maxMinorZero + 1; m++) {
            lines.add(new Line(0, m, m == maxMinorZero + 1));
        }
        for (long m = 1; m <= maxMajor + 1; m++) {
            lines.add(new Line(m, -1, m == maxMajor + 1));
        }
        return lines;
    }

    /**
     * A version line: a major version, or (major 0) a minor line; {@code minor == -1} for a whole major. The last
     * line of each kind stands for itself and every later one ({@code rest}), which all compare alike.
     */
    record Line(long major, long minor, boolean rest) {
        ReleaseSet asSet() {
            if (minor < 0) {
                return range(Version.of(major, 0, 0), rest ? null : Version.of(major + 1, 0, 0));
            }
            return range(Version.of(0, minor, 0), rest ? Version.of(1, 0, 0) : Version.of(0, minor + 1, 0));
        }

        @Override
        public String toString() {
            String name = minor < 0 ? major + ".x" : "0." + minor + ".x";
            return rest ? name + " and later" + (minor < 0 ? "" : " 0.x") : name;
        }
    }

    /**
     * Names lines for people, runs of neighbours joined: {@code 0.0.x to 0.10.x, 3.x}.
     *
     * @param lines lines in order
     * @return the names, comma-separated
     */
    static String names(List<Line> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && adjacent(lines.get(j), lines.get(j + 1))) {
                j++;
            }
            Line first = lines.get(i);
            Line last = lines.get(j);
            if (last.rest()) {
                out.add(new Line(first.major(), first.minor(), true).toString());
            } else {
                out.add(j - i >= 2 ? first + " to " + last : j == i ? first.toString() : first + ", " + last);
            }
            i = j + 1;
        }
        return String.join(", ", out);
    }

    private static boolean adjacent(Line a, Line b) {
        return a.minor() >= 0 && b.minor() >= 0 ? b.minor() == a.minor() + 1
                : a.minor() < 0 && b.minor() < 0 && b.major() == a.major() + 1;
    }

    /** @return the lines of {@code lines} this set reaches */
    TreeSet<String> reached(List<Line> lines) {
        TreeSet<String> out = new TreeSet<>();
        for (Line l : lines) {
            if (!intersect(l.asSet()).isEmpty()) {
                out.add(l.toString());
            }
        }
        return out;
    }

    /** @return the lines this set reaches and the other does not, in order */
    List<Line> linesDroppedBy(ReleaseSet narrower) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines(this, narrower)) {
            ReleaseSet line = l.asSet();
            if (!intersect(line).isEmpty() && narrower.intersect(line).isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The dropped lines that are known to exist: those that start below the highest version either constraint
     * names (the old one's bounds, the new one's floor). A line above all of them (a new upper bound, such as
     * {@code < 6.0} added to {@code >= 4.0}) may not have been released yet, so dropping it is not known to
     * break anyone.
     *
     * @param narrower the new set
     * @return the dropped lines known to exist, in order
     */
    List<Line> existingLinesDroppedBy(ReleaseSet narrower) {
        Version highest = narrower.intervals.isEmpty() ? Version.of(0, 0, 0) : narrower.intervals.get(0).low;
        for (Interval i : intervals) {
            highest = max(highest, i.low);
            if (i.high != null) {
                highest = max(highest, i.high);
            }
        }
        List<Line> out = new ArrayList<>();
        for (Line l : linesDroppedBy(narrower)) {
            if (l.asSet().intervals.get(0).low.compareTo(highest) < 0) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * @param o another set
     * @return the releases of this set that {@code o} does not hold
     */
    ReleaseSet minus(ReleaseSet o) {
        List<Interval> gaps = new ArrayList<>(); // the complement of o
        Version from = Version.of(0, 0, 0);
        for (Interval i : o.intervals) {
            gaps.add(new Interval(from, i.low));
            if (i.high == null) {
                from = null;
                break;
            }
            from = i.high;
        }
        if (from != null) {
            gaps.add(new Interval(from, null));
        }
        return intersect(normalized(gaps));
    }

    /** @return the releases below this set's lowest one (none for an empty set or one holding 0.0.0) */
    ReleaseSet belowLowest() {
        return intervals.isEmpty() ? NONE : normalized(List.of(new Interval(Version.of(0, 0, 0),
                intervals.get(0).low)));
    }

    /**
     * @param o a non-empty set
     * @return whether every release of this set is below every release of {@code o} (false when either is empty)
     */
    boolean isBelow(ReleaseSet o) {
        if (intervals.isEmpty() || o.intervals.isEmpty()) {
            return false;
        }
        Version high = intervals.get(intervals.size() - 1).high;
        return high != null && high.compareTo(o.intervals.get(0).low) <= 0;
    }

    /**
     * @param o a non-empty set
     * @return whether every release of this set is above every release of {@code o} (false when either is empty)
     */
    boolean isAbove(ReleaseSet o) {
        return o.isBelow(this);
    }

    /** @return whether the set holds exactly one release, such as {@code 1.3.0} */
    boolean isSingle() {
        return intervals.size() == 1 && intervals.get(0).high != null
                && intervals.get(0).high.equals(intervals.get(0).low.nextPatch());
    }

    /**
     * @return the set in words: {@code 1.9.0 and later}, {@code versions below 1.5.0}, {@code 1.2.0 to 1.4.x},
     *     {@code 1.3.0}, joined with {@code and}
     */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (Interval i : intervals) {
            boolean fromZero = i.low.equals(Version.of(0, 0, 0));
            if (i.high == null) {
                parts.add(fromZero ? "every version" : i.low + " and later");
            } else if (i.high.equals(i.low.nextPatch())) {
                parts.add(i.low.toString());
            } else {
                parts.add(fromZero ? "versions below " + i.high : i.low + " up to (not including) " + i.high);
            }
        }
        return parts.isEmpty() ? "no version" : String.join(" and ", parts);
    }

    private static Version max(Version a, Version b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Version minHigh(Version a, Version b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static Version maxHigh(Version a, Version b) {
        if (a == null || b == null) {
            return null;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReleaseSet s && s.intervals.equals(intervals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(intervals);
    }

    /** @return such as {@code [1.2.0, 2.0.0) ∪ [3.0.0, ∞)} */
    @Override
    public String toString() {
        if (intervals.isEmpty()) {
            return "∅";
        }
        List<String> parts = new ArrayList<>();
        for (Interval i : intervals) {
            parts.add("[" + i.low + ", " + (i.high == null ? "∞" : i.high.toString()) + ")");
        }
        return String.join(" ∪ ", parts);
    }
}
