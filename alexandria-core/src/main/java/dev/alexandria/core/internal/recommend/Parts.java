package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.CostCategory;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.Recommendation.ScorePart;
import dev.alexandria.api.model.RegistryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The parts of a score that depend on the module alone: maturity fit, popularity and rating, cost category and
 * complexity fit, each from 0 to 1.
 */
final class Parts {

    private final Weights weights;
    private final Optional<ComplexityTier> level;
    private final double logMaxDownloads;

    /**
     * @param weights      the weights
     * @param level        the preferred complexity tier, if any
     * @param maxDownloads the most downloads of any module of the library (popularity is relative to it)
     */
    Parts(Weights weights, Optional<ComplexityTier> level, long maxDownloads) {
        this.weights = weights;
        this.level = level;
        this.logMaxDownloads = Math.log1p(Math.max(0, maxDownloads));
    }

    /** @return the four module-only parts, in the order maturity, popularity, cost, complexity */
    List<ScorePart> of(LibraryModule m) {
        List<ScorePart> parts = new ArrayList<>(4);
        MaturityLevel maturity = m.maturity();
        parts.add(new ScorePart("maturity", maturity(maturity), weights.maturity(), maturity.id()));
        parts.add(popularity(m));
        Optional<CostCategory> cost = m.metadata().costCategory()
                .or(() -> m.registryEntry().flatMap(RegistryEntry::cost)
                        .map(RegistryEntry.CostInfo::costCategory));
        // A usage-priced module is scored by the category of its fixed part (its usage is not known), and its
        // reason says that usage adds to it, so "low cost" is not read as "free".
        boolean usage = m.registryEntry().flatMap(RegistryEntry::cost).filter(RegistryEntry.CostInfo::usagePriced)
                .isPresent();
        parts.add(new ScorePart("cost", cost.map(Parts::cost).orElse(0.5), weights.cost(),
                cost.map(c -> c.id() + " cost" + (usage ? " + usage" : "")).orElse("no cost estimate")));
        ComplexityTier tier = m.metadata().complexity().orElseGet(m::complexity);
        double fit = level.map(l -> 1.0 - Math.abs(l.ordinal() - tier.ordinal()) / 2.0).orElse(1.0);
        parts.add(new ScorePart("complexity", fit, weights.complexity(), complexityReason(tier, level)));
        return parts;
    }

    /** Stable and mature first; the earlier a level, the less it fits. */
    /** The reason of the complexity part: the tier, and the level asked with its article ("for an advanced level"). */
    static String complexityReason(ComplexityTier tier, Optional<ComplexityTier> level) {
        return level.map(l -> tier.id() + " for " + Recommender.article(l.id()) + l.id() + " level")
                .orElse(tier.id() + " (no level asked)");
    }

    static double maturity(MaturityLevel level) {
        return switch (level) {
            case MATURE, STABLE -> 1.0;
            case BETA -> 0.7;
            case ALPHA -> 0.45;
            case EXPERIMENTAL -> 0.3;
            case DEPRECATED, ARCHIVED -> 0.0;
        };
    }

    static double cost(CostCategory c) {
        return switch (c) {
            case LOW -> 1.0;
            case MEDIUM -> 0.75;
            case HIGH -> 0.5;
            case VERY_HIGH -> 0.25;
        };
    }

    private ScorePart popularity(LibraryModule m) {
        Optional<RegistryEntry.Metrics> metrics = m.registryEntry().map(RegistryEntry::metrics);
        OptionalLong downloads = metrics.map(RegistryEntry.Metrics::downloads).orElse(OptionalLong.empty());
        Optional<Double> rating = metrics.flatMap(RegistryEntry.Metrics::rating);
        List<Double> known = new ArrayList<>(2);
        List<String> reasons = new ArrayList<>(2);
        if (downloads.isPresent()) {
            known.add(logMaxDownloads == 0 ? 0 : Math.log1p(downloads.getAsLong()) / logMaxDownloads);
            reasons.add(downloads.getAsLong() + " downloads");
        }
        if (rating.isPresent()) {
            known.add(Math.max(0, Math.min(5, rating.get())) / 5.0);
            reasons.add("rated " + Decimals.fixed(rating.get(), 1) + "/5");
        }
        if (known.isEmpty()) {
            return new ScorePart("popularity", 0, weights.popularity(), "no registry metrics");
        }
        double value = known.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return new ScorePart("popularity", Math.max(0, Math.min(1, value)), weights.popularity(),
                String.join(", ", reasons));
    }
}
