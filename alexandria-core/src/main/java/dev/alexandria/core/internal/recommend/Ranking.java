package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.model.Recommendation;
import dev.alexandria.api.model.Recommendation.ScorePart;
import java.util.Comparator;
import java.util.List;

/** The score function and the order of recommendations; pure, so that its properties can be tested alone. */
final class Ranking {

    /**
     * Best first; equal scores by module id. Written out rather than a Comparator.comparingDouble chain (the same
     * order), whose serializable lambdas JDK 17's start-up archive cannot hold, so every recommendation generated
     * them at run time.
     */
    static final Comparator<Recommendation> ORDER = (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        return byScore != 0 ? byScore : a.module().id().value().compareTo(b.module().id().value());
    };

    private Ranking() {
    }

    /** @return the score: the sum of each part's value × weight */
    static double score(List<ScorePart> parts) {
        double sum = 0;
        for (ScorePart p : parts) {
            sum += p.contribution();
        }
        return sum;
    }

    /**
     * The evidence part's value for a raw amount of usage evidence: {@code 1 - 0.5^(raw/2)}, so 0 for none, 0.5
     * for a dependency and a shared pattern, approaching 1; more evidence never gives less.
     *
     * @param raw the weighted count of evidence, not negative
     * @return from 0 to below 1
     */
    static double evidenceValue(double raw) {
        return raw <= 0 ? 0 : 1 - Math.pow(0.5, raw / 2);
    }

    /** @return the recommendations sorted by {@link #ORDER} */
    static List<Recommendation> sorted(List<Recommendation> recommendations) {
        return recommendations.stream().sorted(ORDER).toList();
    }
}
