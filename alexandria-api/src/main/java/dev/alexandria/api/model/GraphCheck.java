package dev.alexandria.api.model;

import java.util.List;

/**
 * The checks of a whole library's dependency graph: every cycle, every layer-rule violation, every
 * deprecated or archived dependency, every unresolvable constraint and provider conflict, and the module
 * calls that are not declared (warnings) or declared dependencies without a call (information).
 *
 * <p>Rule ids: {@code dependency-cycle}, {@code layer-rule}, {@code deprecated-dependency},
 * {@code version-conflict}, {@code provider-conflict}, {@code call-version} (a relative-path call whose
 * working-tree version the declared constraint refuses), {@code undeclared-call}, {@code uncalled-requirement}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param findings   every finding, sorted by file, line and column
 * @param exemptions the declared edges whose layer-rule violation is waived by a {@code requires[].exemption},
 *                   listed so they stay visible in review
 * @param modules    the number of modules checked
 * @param edges      the number of edges of the graph (declared and called)
 * @since 0.2.0
 */
public record GraphCheck(List<Finding> findings, List<DependencyEdge> exemptions, int modules, int edges) {

    /**
     * Validates and copies.
     *
     * @param findings   every finding
     * @param exemptions the exempted edges
     * @param modules    the number of modules checked, not negative
     * @param edges      the number of edges, not negative
     * @throws IllegalArgumentException if a count is negative
     */
    public GraphCheck {
        findings = Checks.list(findings, "findings");
        exemptions = Checks.list(exemptions, "exemptions");
        if (modules < 0 || edges < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + modules + ", " + edges);
        }
    }

    /** @return whether any finding is an error: what makes {@code alexandria graph --check} exit 1 */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** @return the errors only */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    @Override
    public String toString() {
        return "GraphCheck{modules=" + modules + ", edges=" + edges + ", errors=" + errors().size() + ", findings="
                + findings.size() + ", exemptions=" + exemptions.size() + "}";
    }
}
