package dev.alexandria.api.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A module of the library: where it is, what its {@code .alexandria.yaml} says, its registry entry and its
 * public interface as read from its HCL.
 *
 * <p>Named {@code LibraryModule} so that {@code import dev.alexandria.api.model.*;} never clashes with
 * {@code java.lang.Module}, in Java and in JShell.
 *
 * <p>The complexity tier has two sources: {@link #complexity()} is derived from the HCL (the module's own
 * input variables, boilerplate files left out), {@code metadata().complexity()} is what the authors declared.
 * A declared tier that disagrees is reported as a warning.
 *
 * <p>Implementations are immutable and thread-safe. The interface may be read from the HCL on the first call
 * of {@link #interfaceSpec()} (and kept from then on), so looking up one module never parses the others.
 *
 * @since 0.1.0
 */
public interface LibraryModule {

    /** @return the id (the folder name) */
    ModuleId id();

    /**
     * @return the path below {@code _library}, with forward slashes
     *         ({@code foundations/networking/vpc-standard})
     */
    String path();

    /** @return the module's folder on disk */
    Path directory();

    /** @return the module's own metadata, from its {@code .alexandria.yaml} */
    ModuleMetadata metadata();

    /** @return its entry in {@code module-registry.yaml}, if registered */
    Optional<RegistryEntry> registryEntry();

    /**
     * The module's public interface, read from its {@code *.tf} and {@code *.tf.json} files, with the
     * diagnostics met while reading them. Read on first use and kept: every call returns the same object.
     *
     * @return the interface
     */
    ModuleInterface interfaceSpec();

    /** @return the layer */
    default Layer layer() {
        return metadata().layer();
    }

    /** @return the category */
    default Category category() {
        return metadata().category();
    }

    /** @return the maturity level */
    default MaturityLevel maturity() {
        return metadata().maturity();
    }

    /** @return the current version, from {@code .alexandria.yaml} */
    default Version version() {
        return metadata().version();
    }

    /**
     * The complexity tier derived from the HCL: basic (at most 10), standard (11 to 30) or advanced (more
     * than 30) by {@link ModuleInterface#ownVariableCount()}. The declared tier is
     * {@code metadata().complexity()}.
     *
     * @return the derived tier
     */
    default ComplexityTier complexity() {
        return ComplexityTier.forVariableCount(interfaceSpec().ownVariableCount());
    }

    /**
     * A module whose interface is already known.
     *
     * @param id            the id (the folder name)
     * @param path          the path below {@code _library}, with forward slashes
     * @param directory     the module's folder on disk
     * @param metadata      the module's own metadata
     * @param registryEntry its registry entry, if registered
     * @param interfaceSpec the module's public interface
     * @return the module
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the path does not end with the id or the metadata names another id
     */
    static LibraryModule of(ModuleId id, String path, Path directory, ModuleMetadata metadata,
                            Optional<RegistryEntry> registryEntry, ModuleInterface interfaceSpec) {
        Objects.requireNonNull(interfaceSpec, "interfaceSpec");
        return new LazyModule(id, path, directory, metadata, registryEntry, () -> interfaceSpec);
    }

    /**
     * A module whose interface is read on the first call of {@link #interfaceSpec()}; the supplier is called
     * at most once (also under concurrent use) and must not return {@code null}.
     *
     * @param id            the id (the folder name)
     * @param path          the path below {@code _library}, with forward slashes
     * @param directory     the module's folder on disk
     * @param metadata      the module's own metadata
     * @param registryEntry its registry entry, if registered
     * @param interfaceSpec reads the module's public interface
     * @return the module
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the path does not end with the id or the metadata names another id
     */
    static LibraryModule lazy(ModuleId id, String path, Path directory, ModuleMetadata metadata,
                              Optional<RegistryEntry> registryEntry, Supplier<ModuleInterface> interfaceSpec) {
        return new LazyModule(id, path, directory, metadata, registryEntry, interfaceSpec);
    }
}
