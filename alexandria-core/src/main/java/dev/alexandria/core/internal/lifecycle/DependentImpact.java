package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.core.internal.graph.LibraryGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a planned promote, release, deprecation or archive brings the modules that depend on the changed module:
 * the findings {@code validate} would report for each of them afterwards and does not report now, in the
 * dependency graph's own words ({@code deprecated-dependency}, {@code call-version} …), so the plan says before
 * it is applied what it breaks.
 */
final class DependentImpact {

    private DependentImpact() {
    }

    /**
     * The plan's notes on the dependents of the module.
     *
     * @param lc       the module's lifecycle
     * @param after    the module's metadata once the plan is applied
     * @param doing    what the plan does, as the notes' subject ({@code archiving}, {@code promoting to beta})
     * @param always   whether to name the dependents also when nothing new is reported for them
     * @return one note naming the dependents, then one per new finding; empty without dependents (or, unless
     *         {@code always}, without a new finding)
     */
    static List<String> notes(DefaultLifecycle lc, ModuleMetadata after, String doing, boolean always) {
        if (!(lc.library().graph() instanceof LibraryGraph graph)) {
            return List.of();
        }
        LibraryModule module = lc.libraryModule();
        String id = module.id().value();
        List<String> dependents = graph.of(id).directDependents().stream().map(DependencyEdge::from)
                .map(Object::toString).distinct().sorted().toList();
        if (dependents.isEmpty()) {
            return List.of();
        }
        LibraryModule changed = LibraryModule.lazy(module.id(), module.path(), module.directory(), after,
                module.registryEntry(), module::interfaceSpec);
        List<String> findings = new ArrayList<>();
        for (String d : dependents) {
            Set<String> before = graph.checkModule(d, Optional.empty(), lc.asOf()).stream().map(Finding::toString)
                    .collect(Collectors.toSet());
            for (Finding f : graph.checkModule(d, Optional.of(changed), lc.asOf())) {
                if (!before.contains(f.toString())) {
                    findings.add(d + ": " + f.severity().name().toLowerCase(Locale.ROOT) + " " + f.ruleId() + " at "
                            + f);
                }
            }
        }
        if (findings.isEmpty() && !always) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        int n = dependents.size();
        notes.add(doing + " " + id + " affects " + Plurals.count(n, "module") + " that "
                + (n == 1 ? "depends" : "depend") + " on it (" + String.join(", ", dependents) + "): "
                + (findings.isEmpty() ? "validate reports nothing new for " + (n == 1 ? "it" : "them")
                : "validate will report " + Plurals.count(findings.size(), "new finding") + ", listed next"));
        notes.addAll(findings);
        return notes;
    }
}
