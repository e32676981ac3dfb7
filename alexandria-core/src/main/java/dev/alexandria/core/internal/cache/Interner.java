package dev.alexandria.core.internal.cache;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
        return shared(ids, value, ModuleId::of);
    }

    Category category(String id) {
        return shared(categories, id, Category::parse);
    }

    /** @throws IllegalArgumentException if the text is not a version (then nothing is kept) */
    Version version(String text) {
        return shared(versions, text, Version::parse);
    }

    /** @throws IllegalArgumentException if the text is not a constraint (then nothing is kept) */
    VersionConstraint constraint(String text) {
        return shared(constraints, text, VersionConstraint::parse);
    }

    /** The value kept for a text, made and kept first if there is none (a plain get first: no lock when kept). */
    private static <T> T shared(ConcurrentHashMap<String, T> kept, String text, Function<String, T> make) {
        T value = kept.get(text);
        return value != null ? value : kept.computeIfAbsent(text, make);
    }
}
