package dev.alexandria.core.internal.inspect;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Options of {@link ModuleInspector}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param boilerplateFiles names of files (not paths: {@code context.tf}) whose variables are shared
 *                         boilerplate, excluded from {@code ModuleInterface.ownVariableCount()}; copied
 * @since 0.1.0
 */
public record InspectOptions(Set<String> boilerplateFiles) {

    private static final InspectOptions DEFAULTS = new InspectOptions(Set.of());

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a name is blank or contains a path separator
     */
    public InspectOptions {
        Objects.requireNonNull(boilerplateFiles, "boilerplateFiles");
        for (String name : boilerplateFiles) {
            Objects.requireNonNull(name, "boilerplate file name");
            if (name.isBlank() || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
                throw new IllegalArgumentException("boilerplate file must be a plain file name: '" + name + "'");
            }
        }
        boilerplateFiles = Set.copyOf(new TreeSet<>(boilerplateFiles));
    }

    /** @return the defaults: no boilerplate files */
    public static InspectOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param names file names whose variables are boilerplate
     * @return options with those boilerplate files
     */
    public static InspectOptions boilerplate(String... names) {
        return new InspectOptions(Set.of(names));
    }
}
