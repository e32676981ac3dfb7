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
     * The parts with their weights scaled to sum to 1, so that a score (their contributions' sum) is from 0 to 1 and
     * reads as a share of the best possible. The configured weights of one kind of recommendation sum to 1 (the
     * defaults: relevance or evidence 0.55 and the module's own parts 0.45), but a companion in a use case's plan
     * has both relevance and evidence (1.55 by default), and a library's own weights may sum to anything: its
     * scores went above 1 without a word. Every recommendation compared with another has the same parts, so the
     * scaling (one factor for all of them) changes no order; parts whose weights already sum to 1 (within
     * {@code 1e-9}) or to 0 are returned as they are, so their numbers do not move by a rounding error.
     *
     * @param parts the parts with their configured weights
     * @return the parts with weights scaled to sum to 1
     */
    static List<ScorePart> scaled(List<ScorePart> parts) {
        double sum = 0;
        for (ScorePart p : parts) {
            sum += p.weight();
        }
        if (sum <= 0 || Math.abs(sum - 1) < 1e-9) {
            return parts;
        }
        List<ScorePart> out = new java.util.ArrayList<>(parts.size());
        for (ScorePart p : parts) {
            out.add(new ScorePart(p.name(), p.value(), p.weight() / sum, p.reason()));
        }
        return out;
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
