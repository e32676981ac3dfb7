package dev.alexandria.core.internal.cache;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ModuleId;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares the small values that repeat across the entries of one cache index: a module id appears in its
 * metadata, its registry entry and every requirement on it; a category in thousands of entries. Each is built
 * (and validated) once and then shared, which saves both time and memory.
 *
 * <p>Thread-safe.
 */
final class Interner {

    private final ConcurrentHashMap<String, ModuleId> ids = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Category> categories = new ConcurrentHashMap<>();

    ModuleId id(String value) {
        ModuleId id = ids.get(value);
        return id != null ? id : ids.computeIfAbsent(value, ModuleId::of);
    }

    Category category(String id) {
        Category c = categories.get(id);
        return c != null ? c : categories.computeIfAbsent(id, Category::parse);
    }
}
