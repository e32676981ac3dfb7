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
 * it sorted by id), and the entries of archived modules under {@code archived:} (same shape, sorted by id). A
 * module id appears once across both lists.
 *
 * <p>Immutable and thread-safe. {@link #with(RegistryEntry)} returns a changed copy.
 *
 * @param entries  the entries, without duplicate ids
 * @param archived the entries of archived modules (since 0.3.0)
 * @since 0.1.0
 */
public record ModuleRegistry(List<RegistryEntry> entries, List<RegistryEntry> archived) {

    private static final ModuleRegistry EMPTY = new ModuleRegistry(List.of(), List.of());

    /**
     * Validates and copies the entries.
     *
     * @param entries  the entries, without duplicate ids
     * @param archived the entries of archived modules
     * @throws IllegalArgumentException if two entries have the same id
     */
    public ModuleRegistry {
        entries = Checks.list(entries, "entries");
        archived = Checks.list(archived, "archived");
        Set<ModuleId> seen = new HashSet<>();
        for (RegistryEntry e : entries) {
            if (!seen.add(e.id())) {
                throw new IllegalArgumentException("module '" + e.id() + "' has two registry entries");
            }
        }
        for (RegistryEntry e : archived) {
            if (!seen.add(e.id())) {
                throw new IllegalArgumentException("module '" + e.id() + "' has two registry entries");
            }
        }
    }

    /**
     * A registry without archived entries (the registry of version 0.2).
     *
     * @param entries the entries, without duplicate ids
     * @throws IllegalArgumentException if two entries have the same id
     */
    public ModuleRegistry(List<RegistryEntry> entries) {
        this(entries, List.of());
    }

    /**
     * Looks up the entry of an archived module.
     *
     * @param id the module id
     * @return the entry, if the module is archived
     * @since 0.3.0
     */
    public Optional<RegistryEntry> archivedEntry(ModuleId id) {
        Objects.requireNonNull(id, "id");
        return archived.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * Archives a module: removes its entry from {@link #entries()} and adds {@code entry} to {@link #archived()},
     * in id order.
     *
     * @param entry the module's entry as archived
     * @return the changed copy
     * @since 0.3.0
     */
    public ModuleRegistry archive(RegistryEntry entry) {
        Objects.requireNonNull(entry, "entry");
        List<RegistryEntry> all = new ArrayList<>(entries);
        all.removeIf(e -> e.id().equals(entry.id()));
        List<RegistryEntry> old = new ArrayList<>(archived);
        old.removeIf(e -> e.id().equals(entry.id()));
        int at = 0;
        while (at < old.size() && old.get(at).id().compareTo(entry.id()) < 0) {
            at++;
        }
        old.add(at, entry);
        return new ModuleRegistry(all, old);
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
                return new ModuleRegistry(all, archived);
            }
        }
        int at = 0;
        while (at < all.size() && all.get(at).id().compareTo(entry.id()) < 0) {
            at++;
        }
        all.add(at, entry);
        return new ModuleRegistry(all, archived);
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
        return new ModuleRegistry(all, archived);
    }

    /** @return a copy with the entries sorted by id */
    public ModuleRegistry sorted() {
        List<RegistryEntry> all = new ArrayList<>(entries);
        all.sort(Comparator.comparing(RegistryEntry::id));
        List<RegistryEntry> old = new ArrayList<>(archived);
        old.sort(Comparator.comparing(RegistryEntry::id));
        return new ModuleRegistry(all, old);
    }
}
