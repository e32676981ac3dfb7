package dev.alexandria.core.internal.cache;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares the small values that repeat across the entries of one cache index: a module id appears in its
 * metadata, its registry entry and every requirement on it; a category in thousands of entries; a version
 * ({@code 1.0.0}) or constraint ({@code >= 1.5.0}) in many registered versions and requirements. Each is built
 * (and validated) once and then shared (all are immutable), which saves both time and memory.
 *
 * <p>Thread-safe.
 */
final class Interner {

    private final ConcurrentHashMap<String, ModuleId> ids = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Category> categories = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Version> versions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, VersionConstraint> constraints = new ConcurrentHashMap<>();

    ModuleId id(String value) {
        ModuleId id = ids.get(value);
        return id != null ? id : ids.computeIfAbsent(value, ModuleId::of);
    }

    Category category(String id) {
        Category c = categories.get(id);
        return c != null ? c : categories.computeIfAbsent(id, Category::parse);
    }

    /** @throws IllegalArgumentException if the text is not a version (then nothing is kept) */
    Version version(String text) {
        Version v = versions.get(text);
        return v != null ? v : versions.computeIfAbsent(text, Version::parse);
    }

    /** @throws IllegalArgumentException if the text is not a constraint (then nothing is kept) */
    VersionConstraint constraint(String text) {
        VersionConstraint c = constraints.get(text);
        return c != null ? c : constraints.computeIfAbsent(text, VersionConstraint::parse);
    }
}
