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
 * thread-safe. Readers build it; hosts that need one by hand use {@link #builder(String)}:
 *
 * <pre>{@code
 * ModuleInterface mi = ModuleInterface.builder("modules/vpc")
 *         .variables(InputVariable.builder("name", SourceLocation.of("modules/vpc/variables.tf", 1, 1)).build())
 *         .requiredCore(">= 1.5.0")
 *         .build();
 * }</pre>
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
     * Starts an interface with nothing in it.
     *
     * @param path the module folder
     * @return a builder
     * @since 0.2.0
     */
    public static Builder builder(String path) {
        return new Builder(path);
    }

    /**
     * @return a builder holding this interface's components
     * @since 0.2.0
     */
    public Builder toBuilder() {
        return new Builder(path).variables(variables).outputs(outputs).requiredCore(requiredCore)
                .requiredProviders(requiredProviders).providerConfigs(providerConfigs)
                .managedResources(managedResources).dataResources(dataResources).moduleCalls(moduleCalls)
                .diagnostics(diagnostics).boilerplateFiles(boilerplateFiles);
    }

    /**
     * Builds a {@link ModuleInterface}. Mutable and meant for one thread; {@link #build()} leaves it
     * unchanged.
     *
     * @since 0.2.0
     */
    public static final class Builder {
        private final String path;
        private List<InputVariable> variables = List.of();
        private List<OutputValue> outputs = List.of();
        private List<String> requiredCore = List.of();
        private List<ProviderRequirement> requiredProviders = List.of();
        private List<ProviderConfigRef> providerConfigs = List.of();
        private List<ResourceRef> managedResources = List.of();
        private List<ResourceRef> dataResources = List.of();
        private List<ModuleCallRef> moduleCalls = List.of();
        private List<Diagnostic> diagnostics = List.of();
        private Set<String> boilerplateFiles = Set.of();

        private Builder(String path) {
            this.path = Objects.requireNonNull(path, "path");
        }

        /**
         * Sets the input variables, replacing earlier ones. Defaults to none.
         *
         * @param values the input variables
         * @return this builder
         */
        public Builder variables(List<InputVariable> values) {
            this.variables = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the input variables, replacing earlier ones. Defaults to none.
         *
         * @param values the input variables
         * @return this builder
         */
        public Builder variables(InputVariable... values) {
            return variables(List.of(Objects.requireNonNull(values, "values")));
        }

        /**
         * Sets the outputs, replacing earlier ones. Defaults to none.
         *
         * @param values the outputs
         * @return this builder
         */
        public Builder outputs(List<OutputValue> values) {
            this.outputs = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the outputs, replacing earlier ones. Defaults to none.
         *
         * @param values the outputs
         * @return this builder
         */
        public Builder outputs(OutputValue... values) {
            return outputs(List.of(Objects.requireNonNull(values, "values")));
        }

        /**
         * Sets the {@code required_version} constraints, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code required_version} constraints
         * @return this builder
         */
        public Builder requiredCore(List<String> values) {
            this.requiredCore = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the {@code required_version} constraints, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code required_version} constraints
         * @return this builder
         */
        public Builder requiredCore(String... values) {
            return requiredCore(List.of(Objects.requireNonNull(values, "values")));
        }

        /**
         * Sets the provider requirements, one per local name, replacing earlier ones. Defaults to none.
         *
         * @param values the provider requirements, one per local name
         * @return this builder
         */
        public Builder requiredProviders(List<ProviderRequirement> values) {
            this.requiredProviders = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the provider requirements, one per local name, replacing earlier ones. Defaults to none.
         *
         * @param values the provider requirements, one per local name
         * @return this builder
         */
        public Builder requiredProviders(ProviderRequirement... values) {
            return requiredProviders(List.of(Objects.requireNonNull(values, "values")));
        }

        /**
         * Sets the {@code provider} blocks, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code provider} blocks
         * @return this builder
         */
        public Builder providerConfigs(List<ProviderConfigRef> values) {
            this.providerConfigs = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the {@code provider} blocks, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code provider} blocks
         * @return this builder
         */
        public Builder providerConfigs(ProviderConfigRef... values) {
            return providerConfigs(List.of(Objects.requireNonNull(values, "values")));
        }

        /**
         * Sets the {@code resource} blocks, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code resource} blocks
         * @return this builder
         */
        public Builder managedResources(List<ResourceRef> values) {
            this.managedResources = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the {@code resource} blocks, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code resource} blocks
         * @return this builder
         */
        public Builder managedResources(ResourceRef... values) {
            return managedResources(List.of(Objects.requireNonNull(values, "values")));
        }

        /**
         * Sets the {@code data} blocks, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code data} blocks
         * @return this builder
         */
        public Builder dataResources(List<ResourceRef> values) {
            this.dataResources = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the {@code data} blocks, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code data} blocks
         * @return this builder
         */
        public Builder dataResources(ResourceRef... values) {
            return dataResources(List.of(Objects.requireNonNull(values, "values")));
        }

        /**
         * Sets the {@code module} blocks, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code module} blocks
         * @return this builder
         */
        public Builder moduleCalls(List<ModuleCallRef> values) {
            this.moduleCalls = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the {@code module} blocks, replacing earlier ones. Defaults to none.
         *
         * @param values the {@code module} blocks
         * @return this builder
         */
        public Builder moduleCalls(ModuleCallRef... values) {
            return moduleCalls(List.of(Objects.requireNonNull(values, "values")));
        }

        /**
         * Sets the problems met while reading, replacing earlier ones. Defaults to none.
         *
         * @param values the problems met while reading
         * @return this builder
         */
        public Builder diagnostics(List<Diagnostic> values) {
            this.diagnostics = List.copyOf(Objects.requireNonNull(values, "values"));
            return this;
        }

        /**
         * Sets the problems met while reading, replacing earlier ones. Defaults to none.
         *
         * @param values the problems met while reading
         * @return this builder
         */
        public Builder diagnostics(Diagnostic... values) {
            return diagnostics(List.of(Objects.requireNonNull(values, "values")));
        }

        /**
         * Sets the names of the files treated as boilerplate. Defaults to none.
         *
         * @param names plain file names
         * @return this builder
         */
        public Builder boilerplateFiles(Set<String> names) {
            this.boilerplateFiles = Set.copyOf(Objects.requireNonNull(names, "names"));
            return this;
        }

        /** @return the interface */
        public ModuleInterface build() {
            return new ModuleInterface(path, variables, outputs, requiredCore, requiredProviders, providerConfigs,
                    managedResources, dataResources, moduleCalls, diagnostics, boilerplateFiles);
        }

        /** @return for example {@code ModuleInterface.Builder{path=modules/vpc, variables=3}} */
        @Override
        public String toString() {
            return "ModuleInterface.Builder{path=" + path + ", variables=" + variables.size() + ", outputs="
                    + outputs.size() + ", diagnostics=" + diagnostics.size() + "}";
        }
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

    /**
     * The {@code required_version} constraints read as one {@link VersionConstraint}, every one of which must
     * hold, to match with {@link VersionConstraint.Semantics#REQUIRED_VERSION}.
     *
     * @return the constraint ({@link VersionConstraint#any()} when none is declared), or empty if one cannot be
     *         read; {@link #requiredCore()} keeps the text as written
     * @since 0.2.0
     */
    public Optional<VersionConstraint> requiredTerraformVersion() {
        return VersionConstraint.allOf(requiredCore);
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
