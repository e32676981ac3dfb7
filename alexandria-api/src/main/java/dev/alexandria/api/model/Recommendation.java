package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One recommended module with its score, the parts the score is made of, and the evidence behind it.
 *
 * @param module   the module
 * @param score    the sum of the parts' contributions, from 0 to 1 as recommendations make it (their weights are
 *                 scaled to sum to 1 over the parts each has), not negative
 * @param parts    the parts of the score, in a fixed order
 * @param evidence human-readable reasons, e.g. {@code "used together in 2 patterns: web-app-ecs, data-platform"}
 * @param composes for a pattern, the modules it composes (its module calls and declared requirements); else
 *                 empty
 * @param step     (since 0.4.0) for a use case, the step of the plan that added the module ({@code pattern},
 *                 {@code composed}, {@code need}, {@code required-input}, … as docs/recommend.md lists them); empty
 *                 for a list based on a module, which is by score alone
 * @since 0.1.0
 */
public record Recommendation(LibraryModule module, double score, List<ScorePart> parts, List<String> evidence,
                             List<ModuleId> composes, String step) {

    /**
     * Checks and copies.
     *
     * @param module   the module
     * @param score    the score, not negative
     * @param parts    the parts of the score
     * @param evidence reasons in words
     * @param composes for a pattern, the modules it composes
     * @param step     the plan step that added it, or empty
     * @throws IllegalArgumentException if the score is negative or not finite
     */
    public Recommendation {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(step, "step");
        if (!(score >= 0) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("score must be finite and not negative: " + score);
        }
        parts = Checks.list(parts, "parts");
        evidence = Checks.list(evidence, "evidence");
        composes = Checks.list(composes, "composes");
    }

    /**
     * A recommendation no plan step added (one based on a module).
     *
     * @param module   the module
     * @param score    the score, not negative
     * @param parts    the parts of the score
     * @param evidence reasons in words
     * @param composes for a pattern, the modules it composes
     * @throws IllegalArgumentException if the score is negative or not finite
     */
    public Recommendation(LibraryModule module, double score, List<ScorePart> parts, List<String> evidence,
                          List<ModuleId> composes) {
        this(module, score, parts, evidence, composes, "");
    }

    /**
     * @param step the plan step that added the module
     * @return this recommendation, said to come from that step
     */
    public Recommendation withStep(String step) {
        return new Recommendation(module, score, parts, evidence, composes, step);
    }

    /**
     * @return one line explaining the score: the evidence, then each part as {@code name value×weight}
     */
    public String explanation() {
        String scoreParts = parts.stream().filter(p -> p.weight() > 0)
                .map(p -> p.name() + " " + fmt(p.value()) + "×" + fmt(p.weight()) + " (" + p.reason() + ")")
                .collect(Collectors.joining(", "));
        return evidence.isEmpty() ? scoreParts : String.join("; ", evidence) + "; " + scoreParts;
    }

    private static String fmt(double d) {
        return Decimals.fixed(d, 2);
    }

    /**
     * One part of a recommendation's score.
     *
     * @param name   the part: {@code relevance}, {@code evidence}, {@code maturity}, {@code popularity},
     *               {@code cost} or {@code complexity}
     * @param value  how well the module does on it, from 0 to 1
     * @param weight its weight: the configuration's, scaled so that the weights of a recommendation's parts sum
     *               to 1 (a companion of a use case's plan has both relevance and evidence); not negative
     * @param reason why the value is what it is, e.g. {@code "stable"}
     * @since 0.1.0
     */
    public record ScorePart(String name, double value, double weight, String reason) {

        /**
         * Checks.
         *
         * @param name   the part
         * @param value  from 0 to 1
         * @param weight not negative
         * @param reason why the value is what it is
         * @throws IllegalArgumentException if the value is outside 0..1 or the weight negative
         */
        public ScorePart {
            Checks.notBlank(name, "name");
            Objects.requireNonNull(reason, "reason");
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("value of " + name + " must be from 0 to 1: " + value);
            }
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + name + " must be finite and not negative: "
                        + weight);
            }
        }

        /** @return value × weight, what the part adds to the score */
        public double contribution() {
            return value * weight;
        }
    }
}
