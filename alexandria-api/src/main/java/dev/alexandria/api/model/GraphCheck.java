package dev.alexandria.api.model;

import java.util.List;

/**
 * The checks of a whole library's dependency graph: every cycle, every layer-rule violation, every
 * deprecated or archived dependency, every unresolvable constraint and provider conflict, and the module
 * calls that are not declared (warnings) or declared dependencies without a call (information).
 *
 * <p>Rule ids: {@code dependency-cycle}, {@code layer-rule}, {@code deprecated-dependency},
 * {@code version-conflict}, {@code provider-conflict}, {@code call-version} (a relative-path call whose
 * working-tree version the declared constraint refuses), {@code unknown-release} (a git call whose ref is not a
 * release tag of the library), {@code undeclared-call}, {@code hcl-error}; {@code uncalled-requirement} notes are
 * kept apart ({@link #uncalledRequirements()}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param findings   every finding, sorted by file, line and column
 * @param exemptions the declared edges whose layer-rule violation is waived by a {@code requires[].exemption},
 *                   listed so they stay visible in review
 * @param modules    the number of modules checked
 * @param edges      the number of edges of the graph (declared and called)
 * @param uncalledRequirements the declared dependencies that no module block calls: information only, normal
 *                   for modules deployed separately (rule {@code uncalled-requirement}). A large library has
 *                   tens of thousands, so they are kept as edges here rather than as one finding each in
 *                   {@link #findings()}; {@link #uncalledRequirementNotes()} gives them as findings
 * @since 0.2.0
 */
public record GraphCheck(List<Finding> findings, List<DependencyEdge> exemptions, int modules, int edges,
                         List<DependencyEdge> uncalledRequirements) {

    /** The rule id of a declared dependency without a module call. */
    public static final String UNCALLED_REQUIREMENT = "uncalled-requirement";

    /**
     * Validates and copies.
     *
     * @param findings   every finding
     * @param exemptions the exempted edges
     * @param modules    the number of modules checked, not negative
     * @param edges      the number of edges, not negative
     * @param uncalledRequirements the declared dependencies without a module call
     * @throws IllegalArgumentException if a count is negative
     * @since 0.3.0
     */
    public GraphCheck {
        findings = Checks.list(findings, "findings");
        exemptions = Checks.list(exemptions, "exemptions");
        uncalledRequirements = Checks.list(uncalledRequirements, "uncalledRequirements");
        if (modules < 0 || edges < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + modules + ", " + edges);
        }
    }

    /**
     * A check without declared dependencies lacking a call.
     *
     * @param findings   every finding
     * @param exemptions the exempted edges
     * @param modules    the number of modules checked, not negative
     * @param edges      the number of edges, not negative
     * @throws IllegalArgumentException if a count is negative
     */
    public GraphCheck(List<Finding> findings, List<DependencyEdge> exemptions, int modules, int edges) {
        this(findings, exemptions, modules, edges, List.of());
    }

    /**
     * The {@link #uncalledRequirements()} as information findings of rule {@code uncalled-requirement}, made
     * on each call.
     *
     * @return one finding per declared dependency without a module call, in the order of the edges
     */
    public List<Finding> uncalledRequirementNotes() {
        return uncalledRequirements.stream().map(e -> new Finding(Finding.Severity.INFO, UNCALLED_REQUIREMENT,
                e.location(), "requires '" + e.to() + "' but no module block calls it; normal for a module deployed "
                + "separately", java.util.Optional.empty())).toList();
    }

    /**
     * {@link #findings()} and {@link #uncalledRequirementNotes()}, sorted together.
     *
     * @return every finding and note, sorted by file, line and column
     */
    public List<Finding> findingsWithNotes() {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(uncalledRequirementNotes());
        return all.stream().sorted().toList();
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
                + findings.size() + ", exemptions=" + exemptions.size() + ", uncalledRequirements="
                + uncalledRequirements.size() + "}";
    }
}
