package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleDetails;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a module as the interface diff needs it: its interface and the details of its HCL that decide
 * what happens to callers' state.
 *
 * @param label      what the version was asked for as ({@code 1.2.0}, {@code working-tree}, a folder)
 * @param iface      the interface
 * @param details    moved/removed blocks, module call repetition, validations, requirement locations
 */
public record ModuleSnapshot(String label, ModuleInterface iface, ModuleDetails details) {

    /**
     * Checks the components.
     *
     * @param label   what the version was asked for as
     * @param iface   the interface
     * @param details the details
     */
    public ModuleSnapshot {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(details, "details");
    }

    /**
     * Reads a module folder on disk.
     *
     * @param label   what the version is called
     * @param folder  the module folder
     * @param display the folder as locations should name it
     * @param options inspector options
     * @return the snapshot
     */
    public static ModuleSnapshot read(String label, Path folder, String display, InspectOptions options) {
        return of(label, display, ModuleDetails.configFiles(folder), options);
    }

    /**
     * Reads a module held in memory (such as blobs read from a git tree).
     *
     * @param label   what the version is called
     * @param display the folder as locations should name it
     * @param files   file name to content
     * @param options inspector options
     * @return the snapshot
     */
    public static ModuleSnapshot of(String label, String display, Map<String, String> files, InspectOptions options) {
        ModuleDetails.Read read = ModuleDetails.readWithInterface(display, files, options);
        return new ModuleSnapshot(label, read.iface(), read.details());
    }
}
