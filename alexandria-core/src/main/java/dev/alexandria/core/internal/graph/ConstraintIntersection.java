package dev.alexandria.core.internal.graph;

import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether several version constraints have a version in common, without a list of candidate versions (a
 * provider's releases are not known offline): each constraint is an interval of versions ({@code ~> 1.2} is
 * {@code [1.2.0, 2.0.0)}) with holes ({@code !=}); the constraints intersect when the intersection of the
 * intervals is not empty and not just a version a {@code !=} excludes. Versions are compared by SemVer
 * precedence; the pre-release rules of selection are not applied, so a pre-release-only overlap counts as
 * an intersection (the check never reports a conflict that is not one).
 */
final class ConstraintIntersection {

    private Version low;
    private boolean lowInclusive = true;
    private Version high;
    private boolean highInclusive = true;
    private final List<Version> excluded = new ArrayList<>();

    private ConstraintIntersection() {
    }

    /**
     * @param constraints the constraints
     * @return whether some version satisfies all of them (by precedence)
     */
    static boolean intersect(List<VersionConstraint> constraints) {
        ConstraintIntersection i = new ConstraintIntersection();
        constraints.forEach(i::add);
        return i.nonEmpty();
    }

    private void add(VersionConstraint c) {
        for (VersionConstraint.Term t : c.terms()) {
            Version v = t.version();
            switch (t.operator()) {
                case EQUAL:
                    raise(v, true);
                    lower(v, true);
                    break;
                case NOT_EQUAL:
                    excluded.add(v);
                    break;
                case GREATER:
                    raise(v, false);
                    break;
                case GREATER_OR_EQUAL:
                    raise(v, true);
                    break;
                case LESS:
                    lower(v, false);
                    break;
                case LESS_OR_EQUAL:
                    lower(v, true);
                    break;
                case PESSIMISTIC:
                    raise(v, true);
                    Optional<Version> upper = t.pessimisticUpperBound(VersionConstraint.Semantics.SELECTION);
                    upper.ifPresent(u -> lower(u, false));
                    break;
                default:
                    throw new IllegalStateException("unknown operator " + t.operator());
            }
        }
    }

    private void raise(Version v, boolean inclusive) {
        if (low == null || v.compareTo(low) > 0) {
            low = v;
            lowInclusive = inclusive;
        } else if (v.compareTo(low) == 0) {
            lowInclusive &= inclusive;
        }
    }

    private void lower(Version v, boolean inclusive) {
        if (high == null || v.compareTo(high) < 0) {
            high = v;
            highInclusive = inclusive;
        } else if (v.compareTo(high) == 0) {
            highInclusive &= inclusive;
        }
    }

    private boolean nonEmpty() {
        if (low == null || high == null) {
            return true;
        }
        int cmp = low.compareTo(high);
        if (cmp > 0) {
            return false;
        }
        if (cmp == 0) {
            if (!lowInclusive || !highInclusive) {
                return false;
            }
            Version only = low;
            return excluded.stream().noneMatch(x -> x.compareTo(only) == 0);
        }
        return true;
    }
}
