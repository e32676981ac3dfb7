package dev.alexandria.api.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public interface of a Terraform module, as read from its {@code *.tf} and {@code *.tf.json} files
 * (override files merged in): inputs, outputs, required Terraform and provider versions, provider
 * configurations, resources and module calls, plus the diagnostics met while reading.
 *
 * <p>Lists keep reading order (files by name, override files last; blocks in file order). Immutable and
 * thread-safe.
 *
 * @param path              the module folder, as given to the reader
 * @param variables         the input variables, copied
 * @param outputs           the outputs, copied
 * @param requiredCore      every {@code required_version} constraint of every {@code terraform} block
 * @param requiredProviders the provider requirements, one per local name, copied
 * @param providerConfigs   the {@code provider} blocks, copied
 * @param managedResources  the {@code resource} blocks, copied
 * @param dataResources     the {@code data} blocks, copied
 * @param moduleCalls       the {@code module} blocks, copied
 * @param diagnostics       problems met while reading, copied
 * @param boilerplateFiles  names of the files of this module treated as boilerplate (not counted by
 *                          {@link #ownVariableCount()}), copied and sorted
 * @since 0.1.0
 */
public record ModuleInterface(String path, List<InputVariable> variables, List<OutputValue> outputs,
        List<String> requiredCore, List<ProviderRequirement> requiredProviders,
        List<ProviderConfigRef> providerConfigs, List<ResourceRef> managedResources,
        List<ResourceRef> dataResources, List<ModuleCallRef> moduleCalls, List<Diagnostic> diagnostics,
        Set<String> boilerplateFiles) {

    /**
     * Creates an interface, copying every collection so later changes to the arguments do not show
     * through. The lists keep the order given; the boilerplate file names are sorted.
     *
     * @param path              the module folder, as given to the reader; not null
     * @param variables         the input variables; not null, no null elements
     * @param outputs           the outputs; not null, no null elements
     * @param requiredCore      every {@code required_version} constraint; not null, no null elements
     * @param requiredProviders the provider requirements, one per local name; not null, no null elements
     * @param providerConfigs   the {@code provider} blocks; not null, no null elements
     * @param managedResources  the {@code resource} blocks; not null, no null elements
     * @param dataResources     the {@code data} blocks; not null, no null elements
     * @param moduleCalls       the {@code module} blocks; not null, no null elements
     * @param diagnostics       problems met while reading; not null, no null elements
     * @param boilerplateFiles  names of the files treated as boilerplate; not null, no null elements
     * @throws NullPointerException if an argument or an element is null
     */
    public ModuleInterface {
        Objects.requireNonNull(path, "path");
        variables = List.copyOf(variables);
        outputs = List.copyOf(outputs);
        requiredCore = List.copyOf(requiredCore);
        requiredProviders = List.copyOf(requiredProviders);
        providerConfigs = List.copyOf(providerConfigs);
        managedResources = List.copyOf(managedResources);
        dataResources = List.copyOf(dataResources);
        moduleCalls = List.copyOf(moduleCalls);
        diagnostics = List.copyOf(diagnostics);
        boilerplateFiles = Collections.unmodifiableSet(new TreeSet<>(boilerplateFiles));
    }

    /**
     * An interface with nothing in it: no variables, outputs, requirements, blocks, diagnostics or
     * boilerplate files; what a folder without configuration files reads as.
     *
     * @param path the module folder
     * @return the empty interface
     */
    public static ModuleInterface empty(String path) {
        return new ModuleInterface(path, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), Set.of());
    }

    /**
     * @param name a variable name
     * @return the variable, if declared
     */
    public Optional<InputVariable> variable(String name) {
        return variables.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /**
     * @param name an output name
     * @return the output, if declared
     */
    public Optional<OutputValue> output(String name) {
        return outputs.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /**
     * The number of variables the module declares itself: those not declared in a boilerplate file. This
     * is the count the complexity tier is derived from (basic at most 10, standard 11 to 30, advanced more).
     *
     * @return the count
     */
    public int ownVariableCount() {
        int n = 0;
        for (InputVariable v : variables) {
            if (!boilerplateFiles.contains(fileName(v.location().file()))) {
                n++;
            }
        }
        return n;
    }

    /** @return whether any diagnostic is an error */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
