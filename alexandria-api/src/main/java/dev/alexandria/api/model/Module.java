package dev.alexandria.api.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A module of the library: where it is, what its {@code .alexandria.yaml} says, its registry entry and its
 * public interface as read from its HCL when the library was opened.
 *
 * <p>The complexity tier has two sources: {@link #complexity()} is derived from the HCL (the module's own
 * input variables, boilerplate files left out), {@code metadata().complexity()} is what the authors declared.
 * A declared tier that disagrees is reported as a warning when the library is opened.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id            the id (the folder name)
 * @param path          the path below {@code _library}, with forward slashes
 *                      ({@code foundations/networking/vpc-standard})
 * @param directory     the module's folder on disk
 * @param metadata      the module's own metadata
 * @param registryEntry its entry in {@code module-registry.yaml}, if registered
 * @param interfaceSpec the module's public interface, read from its {@code *.tf} and {@code *.tf.json} files
 *                      (with the diagnostics met while reading them)
 * @since 0.1.0
 */
public record Module(ModuleId id, String path, Path directory, ModuleMetadata metadata,
                     Optional<RegistryEntry> registryEntry, ModuleInterface interfaceSpec) {

    /**
     * Validates the components.
     *
     * @param id the id (the folder name)
     * @param path the path below {@code _library}, with forward slashes ({@code foundations/networking/vpc-standard})
     * @param directory the module's folder on disk
     * @param metadata the module's own metadata
     * @param registryEntry its entry in {@code module-registry.yaml}, if registered
     * @param interfaceSpec the module's public interface, read from its HCL
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the path does not end with the id or the metadata names another id
     */
    public Module {
        Objects.requireNonNull(id, "id");
        Checks.notBlank(path, "path");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(metadata, "metadata");
        Checks.optional(registryEntry, "registryEntry");
        Objects.requireNonNull(interfaceSpec, "interfaceSpec");
        if (!path.equals(id.value()) && !path.endsWith("/" + id.value())) {
            throw new IllegalArgumentException("path '" + path + "' does not end with the module id '" + id + "'");
        }
        if (!metadata.id().equals(id)) {
            throw new IllegalArgumentException("metadata of '" + id + "' names module '" + metadata.id() + "'");
        }
    }

    /** @return the layer */
    public Layer layer() {
        return metadata.layer();
    }

    /** @return the category */
    public Category category() {
        return metadata.category();
    }

    /** @return the maturity level */
    public MaturityLevel maturity() {
        return metadata.maturity();
    }

    /** @return the current version, from {@code .alexandria.yaml} */
    public String version() {
        return metadata.version();
    }

    /**
     * The complexity tier derived from the HCL: basic (at most 10), standard (11 to 30) or advanced (more
     * than 30) by {@link ModuleInterface#ownVariableCount()}. The declared tier is
     * {@code metadata().complexity()}.
     *
     * @return the derived tier
     */
    public ComplexityTier complexity() {
        return ComplexityTier.forVariableCount(interfaceSpec.ownVariableCount());
    }

    /** @return {@code id (path)} */
    @Override
    public String toString() {
        return id + " (" + path + ")";
    }
}
