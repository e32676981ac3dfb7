package dev.alexandria.api.model;

import java.util.Objects;

/**
 * What {@code scaffold} creates: a new module's id, its {@code <layer>/<category>}, its maturity and the
 * complexity tier its template shapes (the tier is derived from the HCL, so none is written to the metadata).
 *
 * <p>Immutable and thread-safe. Names are checked against the library when the plan is made.
 *
 * <pre>{@code
 * ChangePlan plan = lib.scaffold(ScaffoldRequest.of("vpc-enterprise", "foundations/networking")
 *         .complexity(ComplexityTier.ADVANCED));
 * }</pre>
 *
 * @param name       the module id, kebab-case, unique across the library
 * @param category   the category as {@code <layer>/<category>}, such as {@code foundations/networking}
 * @param maturity   the starting maturity; an active level
 * @param complexity the tier the template shapes
 * @since 0.4.0
 */
public record ScaffoldRequest(String name, String category, MaturityLevel maturity, ComplexityTier complexity) {

    /**
     * Checks the components.
     *
     * @param name       the module id
     * @param category   the category
     * @param maturity   the starting maturity
     * @param complexity the tier
     * @throws IllegalArgumentException if the maturity is deprecated or archived
     */
    public ScaffoldRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(complexity, "complexity");
        if (!maturity.isActive()) {
            throw new IllegalArgumentException("a new module starts at an active level (experimental, alpha, beta,"
                    + " stable or mature), not " + maturity);
        }
    }

    /**
     * @param name     the module id
     * @param category the category as {@code <layer>/<category>}
     * @return a request with the defaults: maturity experimental, complexity standard
     */
    public static ScaffoldRequest of(String name, String category) {
        return new ScaffoldRequest(name, category, MaturityLevel.EXPERIMENTAL, ComplexityTier.STANDARD);
    }

    /**
     * @param level the starting maturity
     * @return a copy with that maturity
     */
    public ScaffoldRequest maturity(MaturityLevel level) {
        return new ScaffoldRequest(name, category, level, complexity);
    }

    /**
     * @param tier the tier the template shapes
     * @return a copy with that tier
     */
    public ScaffoldRequest complexity(ComplexityTier tier) {
        return new ScaffoldRequest(name, category, maturity, tier);
    }
}
