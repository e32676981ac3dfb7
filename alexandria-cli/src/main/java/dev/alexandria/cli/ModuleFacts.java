package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.CriterionCheck;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityStatus;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.ResourceRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What {@code info} and {@code compare} say about a module beyond its files: a summary of its interface, its
 * dependencies both ways, its registered cost and popularity, and the checklist of its next maturity level.
 * Unknown values are left out of the trees, never shown as 0.
 *
 * @since 0.1.0
 */
final class ModuleFacts {

    private ModuleFacts() {
    }

    /**
     * @param m a module
     * @return {@code own_variables}, {@code required_variables}, {@code outputs}, {@code resources} (count),
     *     {@code resource_types}, {@code data_sources}, {@code module_calls}, {@code providers}
     */
    static Map<String, Object> interfaceSummary(LibraryModule m) {
        ModuleInterface mi = m.interfaceSpec();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("own_variables", mi.ownVariableCount());
        view.put("required_variables", mi.variables().stream().filter(InputVariable::required).count());
        view.put("outputs", mi.outputs().size());
        view.put("resources", mi.managedResources().size());
        view.put("resource_types", new ArrayList<>(new TreeSet<>(
                mi.managedResources().stream().map(ResourceRef::type).toList())));
        view.put("data_sources", new ArrayList<>(new TreeSet<>(
                mi.dataResources().stream().map(ResourceRef::type).toList())));
        view.put("module_calls", mi.moduleCalls().size());
        view.put("providers", mi.requiredProviders().stream().map(ProviderRequirement::localName).sorted().toList());
        return view;
    }

    /**
     * @param library the library
     * @param m       a module
     * @return {@code requires} (id and constraint) and {@code required_by} (the ids of modules that require it)
     */
    static Map<String, Object> dependencies(Library library, LibraryModule m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("requires", m.metadata().requires().stream().map(ModuleFacts::requirement).toList());
        List<String> requiredBy = new ArrayList<>();
        for (LibraryModule other : library.modules()) {
            if (other.metadata().requires().stream().anyMatch(r -> r.module().equals(m.id()))) {
                requiredBy.add(other.id().value());
            }
        }
        view.put("required_by", requiredBy);
        return view;
    }

    static String requirement(ModuleRequirement r) {
        return r.module().value() + " " + r.constraint();
    }

    /**
     * @param m a module
     * @return the registered monthly estimate and category, if the registry has one
     */
    static Optional<RegistryEntry.CostInfo> cost(LibraryModule m) {
        return m.registryEntry().flatMap(RegistryEntry::cost);
    }

    /**
     * @param m a module
     * @return the registry's metrics, if it records any
     */
    static Optional<RegistryEntry.Metrics> metrics(LibraryModule m) {
        // Not x.equals(Metrics.none()), which means the same: a record's equals is bound through invokedynamic on
        // first use, which generates ~5 classes at run time in compare's cold JVM.
        return m.registryEntry().map(RegistryEntry::metrics)
                .filter(x -> x.downloads().isPresent() || x.rating().isPresent() || x.lastUpdated().isPresent());
    }

    /**
     * The checklist for the next maturity level, evaluated as {@code status} and {@code promote} evaluate it
     * (the lifecycle API): each criterion of the promotion with whether the module meets it.
     *
     * @param library the library
     * @param m       a module
     * @return {@code from}, {@code to}, {@code criteria_met} and {@code checklist} (as {@code status} shows it),
     *         or empty at the top of the ladder and for deprecated or archived modules
     */
    static Optional<Map<String, Object>> nextLevel(Library library, LibraryModule m) {
        MaturityStatus status = library.lifecycle(m.id().value()).status();
        if (status.next().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", status.level().id());
        view.put("to", status.next().get().id());
        view.put("criteria_met", status.checklist().stream().filter(CriterionCheck::met).count());
        view.put("checklist", status.checklist().stream().map(LifecycleViews::check).toList());
        return Optional.of(view);
    }
}
