package dev.alexandria.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dependencies of one module, resolved with Terraform's semantics: for each module it requires
 * (transitively, through {@code requires}), the highest registered version that satisfies every constraint
 * on it in the module's dependency graph; the modules that cannot be resolved, each explained by the chains
 * that disagree; and the provider requirements of the module's call tree that have no version in common.
 * Two calls of one module at different versions are not a conflict: Terraform installs every module call on
 * its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module            the module resolved
 * @param selected          the version chosen for each dependency, in deploy order; a module in conflict has
 *                          none
 * @param conflicts         the dependencies no registered version satisfies
 * @param providerConflicts the providers of the call tree whose constraints do not intersect
 * @param deployOrder       the module's dependencies and the module itself, every module after all of its
 *                          dependencies (see {@code DependencyGraph#deployOrder()})
 * @since 0.2.0
 */
public record Resolution(ModuleId module, Map<ModuleId, Version> selected, List<VersionConflict> conflicts,
                         List<ProviderConflict> providerConflicts, List<ModuleId> deployOrder) {

    /**
     * Validates and copies, keeping the order of {@code selected}.
     *
     * @param module            the module resolved
     * @param selected          the version chosen for each dependency, in deploy order
     * @param conflicts         the dependencies no registered version satisfies
     * @param providerConflicts the providers whose constraints do not intersect
     * @param deployOrder       the deploy order, ending with the module
     */
    public Resolution {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(selected, "selected");
        Map<ModuleId, Version> copy = new LinkedHashMap<>();
        selected.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "selected key"),
                Objects.requireNonNull(v, "selected value")));
        selected = Collections.unmodifiableMap(copy);
        conflicts = Checks.list(conflicts, "conflicts");
        providerConflicts = Checks.list(providerConflicts, "providerConflicts");
        deployOrder = Checks.list(deployOrder, "deployOrder");
    }

    /** @return whether every dependency has a version and every provider a common one */
    public boolean isResolved() {
        return conflicts.isEmpty() && providerConflicts.isEmpty();
    }

    /**
     * @param dependency a module
     * @return the version chosen for it, if it is a resolved dependency
     */
    public Optional<Version> version(ModuleId dependency) {
        return Optional.ofNullable(selected.get(Objects.requireNonNull(dependency, "dependency")));
    }

    @Override
    public String toString() {
        return "Resolution{" + module + ", selected=" + selected + (conflicts.isEmpty() ? "" : ", conflicts="
                + conflicts) + (providerConflicts.isEmpty() ? "" : ", providerConflicts=" + providerConflicts) + "}";
    }
}
