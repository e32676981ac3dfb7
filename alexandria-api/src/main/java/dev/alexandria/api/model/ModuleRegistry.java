package dev.alexandria.api.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The content of {@code _catalog/module-registry.yaml}: one entry per module, in file order (the writer keeps
 * it sorted by id).
 *
 * <p>Immutable and thread-safe. {@link #with(RegistryEntry)} returns a changed copy.
 *
 * @param entries the entries, without duplicate ids
 * @since 0.1.0
 */
public record ModuleRegistry(List<RegistryEntry> entries) {

    private static final ModuleRegistry EMPTY = new ModuleRegistry(List.of());

    /**
     * Validates and copies the entries.
     *
     * @param entries the entries, without duplicate ids
     * @throws IllegalArgumentException if two entries have the same id
     */
    public ModuleRegistry {
        entries = Checks.list(entries, "entries");
        Set<ModuleId> seen = new HashSet<>();
        for (RegistryEntry e : entries) {
            if (!seen.add(e.id())) {
                throw new IllegalArgumentException("module '" + e.id() + "' has two registry entries");
            }
        }
    }

    /** @return a registry without entries */
    public static ModuleRegistry empty() {
        return EMPTY;
    }

    /**
     * Looks up an entry by module id.
     *
     * @param id the module id
     * @return the entry, if the module is registered
     */
    public Optional<RegistryEntry> entry(ModuleId id) {
        Objects.requireNonNull(id, "id");
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Looks up an entry by module id.
     *
     * @param id the module id as text
     * @return the entry, if the text is a valid id of a registered module
     */
    public Optional<RegistryEntry> entry(String id) {
        Objects.requireNonNull(id, "id");
        return ModuleId.isValid(id) ? entry(ModuleId.of(id)) : Optional.empty();
    }

    /**
     * Adds an entry, or replaces the entry with the same id in place. A new entry is inserted in id order.
     *
     * @param entry the entry
     * @return the changed copy
     */
    public ModuleRegistry with(RegistryEntry entry) {
        Objects.requireNonNull(entry, "entry");
        List<RegistryEntry> all = new ArrayList<>(entries);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(entry.id())) {
                all.set(i, entry);
                return new ModuleRegistry(all);
            }
        }
        int at = 0;
        while (at < all.size() && all.get(at).id().compareTo(entry.id()) < 0) {
            at++;
        }
        all.add(at, entry);
        return new ModuleRegistry(all);
    }

    /**
     * Removes the entry of a module, if there is one.
     *
     * @param id the module id
     * @return the changed copy
     */
    public ModuleRegistry without(ModuleId id) {
        Objects.requireNonNull(id, "id");
        List<RegistryEntry> all = new ArrayList<>(entries);
        all.removeIf(e -> e.id().equals(id));
        return new ModuleRegistry(all);
    }

    /** @return a copy with the entries sorted by id */
    public ModuleRegistry sorted() {
        List<RegistryEntry> all = new ArrayList<>(entries);
        all.sort(Comparator.comparing(RegistryEntry::id));
        return new ModuleRegistry(all);
    }
}
