package dev.alexandria.api.model;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The built-in {@link LibraryModule}: fixed facts plus an interface read at most once, on first use. */
final class LazyModule implements LibraryModule {

    private final ModuleId id;
    private final String path;
    private final Path directory;
    private final ModuleMetadata metadata;
    private final Optional<RegistryEntry> registryEntry;
    private Supplier<ModuleInterface> reader;
    private volatile ModuleInterface interfaceSpec;

    LazyModule(ModuleId id, String path, Path directory, ModuleMetadata metadata,
               Optional<RegistryEntry> registryEntry, Supplier<ModuleInterface> reader) {
        this.id = Objects.requireNonNull(id, "id");
        this.path = Checks.notBlank(path, "path");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
        this.registryEntry = Checks.optional(registryEntry, "registryEntry");
        this.reader = Objects.requireNonNull(reader, "interfaceSpec");
        if (!path.equals(id.value()) && !path.endsWith("/" + id.value())) {
            throw new IllegalArgumentException("path '" + path + "' does not end with the module id '" + id + "'");
        }
        if (!metadata.id().equals(id)) {
            throw new IllegalArgumentException("metadata of '" + id + "' names module '" + metadata.id() + "'");
        }
    }

    @Override
    public ModuleId id() {
        return id;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public ModuleMetadata metadata() {
        return metadata;
    }

    @Override
    public Optional<RegistryEntry> registryEntry() {
        return registryEntry;
    }

    @Override
    public ModuleInterface interfaceSpec() {
        ModuleInterface spec = interfaceSpec;
        if (spec == null) {
            synchronized (this) {
                spec = interfaceSpec;
                if (spec == null) {
                    spec = Objects.requireNonNull(reader.get(), "the interface reader of " + id + " returned null");
                    interfaceSpec = spec;
                    reader = null;
                }
            }
        }
        return spec;
    }

    /** Equal when every fact but the (lazily read) interface is equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LazyModule m && id.equals(m.id) && path.equals(m.path) && directory.equals(m.directory)
                && metadata.equals(m.metadata) && registryEntry.equals(m.registryEntry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, path, directory, metadata, registryEntry);
    }

    /** @return {@code id (path)} */
    @Override
    public String toString() {
        return id + " (" + path + ")";
    }
}
