package dev.alexandria.core.internal.recommend;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The weights of the score's parts, from {@code _catalog/recommend.yaml}:
 * <pre>
 * weights:
 *   relevance: 0.55   # text relevance of a use case (search score over the best hit's)
 *   evidence: 0.55    # usage evidence of a module that goes with another
 *   maturity: 0.15
 *   popularity: 0.10
 *   cost: 0.05
 *   complexity: 0.15
 * </pre>
 * A name left out keeps its default; no file means every default ({@link RecommendConfig} reads the file).
 */
record Weights(double relevance, double evidence, double maturity, double popularity, double cost,
               double complexity) {

    static final Weights DEFAULTS = new Weights(0.55, 0.55, 0.15, 0.10, 0.05, 0.15);

    Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("relevance", relevance);
        m.put("evidence", evidence);
        m.put("maturity", maturity);
        m.put("popularity", popularity);
        m.put("cost", cost);
        m.put("complexity", complexity);
        return m;
    }
}
