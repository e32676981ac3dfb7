package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;

/**
 * What a new version of a module would do to the modules that depend on it: which of their constraints
 * (declared {@code requires} and versioned module calls) would no longer accept it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module     the module that changes
 * @param from       its version now (the working tree)
 * @param to         the version it would get
 * @param broken     the edges into the module whose constraint does not allow {@code to}, by dependent id
 * @param unaffected the edges into the module whose constraint allows {@code to}, by dependent id
 * @param dependents every module that depends on it, directly or not, in deploy order: the modules to
 *                   re-test
 * @since 0.2.0
 */
public record BumpImpact(ModuleId module, Version from, Version to, List<DependencyEdge> broken,
                         List<DependencyEdge> unaffected, List<ModuleId> dependents) {

    /**
     * Validates and copies.
     *
     * @param module     the module that changes
     * @param from       its version now
     * @param to         the version it would get
     * @param broken     the edges whose constraint refuses {@code to}
     * @param unaffected the edges whose constraint allows {@code to}
     * @param dependents every module that depends on it, directly or not
     */
    public BumpImpact {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        broken = Checks.list(broken, "broken");
        unaffected = Checks.list(unaffected, "unaffected");
        dependents = Checks.list(dependents, "dependents");
    }

    /** @return whether some dependent's constraint refuses the new version */
    public boolean breaksDependents() {
        return !broken.isEmpty();
    }

    @Override
    public String toString() {
        return "BumpImpact{" + module + " " + from + " -> " + to + ", broken=" + broken + "}";
    }
}
