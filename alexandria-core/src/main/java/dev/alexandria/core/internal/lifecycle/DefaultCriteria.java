package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.MaturityModel.Criterion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The promotion criteria of the design's "Module Maturity Levels", used for a promotion that
 * {@code maturity-levels.yaml} does not declare. A library that declares a promotion replaces these for it.
 */
public final class DefaultCriteria {

    private DefaultCriteria() {
    }

    private static Criterion c(String id, String description) {
        return new Criterion(id, description, Optional.empty());
    }

    private static Criterion c(String id, String description, int threshold) {
        return new Criterion(id, description, Optional.of(BigDecimal.valueOf(threshold)));
    }

    static final List<MaturityModel.Promotion> PROMOTIONS = List.of(
            new MaturityModel.Promotion(MaturityLevel.EXPERIMENTAL, MaturityLevel.ALPHA, List.of(
                    c("readme", "README exists"),
                    c("unit_tests", "Unit tests pass"))),
            new MaturityModel.Promotion(MaturityLevel.ALPHA, MaturityLevel.BETA, List.of(
                    c("api_complete", "All features implemented, API design complete"),
                    c("integration_tests", "Integration tests added"),
                    c("examples", "At least 2 examples", 2))),
            new MaturityModel.Promotion(MaturityLevel.BETA, MaturityLevel.STABLE, List.of(
                    c("days_in_level", "30+ days in beta", 30),
                    c("critical_bugs", "No critical bugs", 0),
                    c("documentation", "Full documentation"),
                    c("production_teams", "Used in production by 3+ teams", 3),
                    c("benchmarks", "Performance benchmarks met"))),
            new MaturityModel.Promotion(MaturityLevel.STABLE, MaturityLevel.MATURE, List.of(
                    c("days_in_level", "180+ days in stable", 180),
                    c("critical_bugs_90d", "Zero critical bugs in last 90 days", 0),
                    c("benchmarks", "Performance optimizations applied"),
                    c("case_studies", "Multiple case studies", 2),
                    c("community_usage", "Active community usage"))));

    /**
     * The criteria of a promotion: the library's, else the defaults.
     *
     * @param model the library's maturity model
     * @param from  the current level
     * @param to    the level one step up
     * @return the criteria and where they come from
     */
    public static Optional<MaturityModel.Promotion> promotion(MaturityModel model, MaturityLevel from, MaturityLevel to) {
        Optional<MaturityModel.Promotion> declared = model.promotion(from, to);
        if (declared.isPresent()) {
            return declared;
        }
        return PROMOTIONS.stream().filter(p -> p.from() == from && p.to() == to).findFirst();
    }
}
