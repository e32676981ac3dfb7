package dev.alexandria.api.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The plan of a migration: which folders below a migrated folder are modules, where each one goes in the
 * library and with which metadata, and which folders were skipped. Step one of {@code alexandria migrate}
 * infers it from the code; a person reviews and edits it as YAML; step two applies it.
 *
 * <pre>{@code
 * MigrationPlan plan = Alexandria.migrate(Path.of("components/terraform")).plan();
 * List<String> moves = plan.modules().stream().map(PlannedModule::toString).toList();
 * List<PlannedModule> toReview = plan.needsReview();
 * }</pre>
 *
 * <p>A plan read from a file remembers where each value was written ({@link #location(String, String)}), so
 * that a refusal can name the plan's file:line. Those locations are not part of the plan's value:
 * {@link #equals(Object)} compares the folders, the modules and the skipped folders only.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.4.0
 */
public final class MigrationPlan {

    private final Path folder;
    private final Path into;
    private final List<PlannedModule> modules;
    private final List<SkippedFolder> skipped;
    private final Optional<Path> file;
    private final Map<String, SourceLocation> locations;

    private MigrationPlan(Builder b) {
        this.folder = b.folder;
        this.into = b.into;
        this.modules = List.copyOf(b.modules);
        this.skipped = List.copyOf(b.skipped);
        this.file = b.file;
        this.locations = Map.copyOf(b.locations);
    }

    /**
     * Starts a plan.
     *
     * @param folder the migrated folder; made absolute and normalized
     * @param into   the library root the modules move into; made absolute and normalized
     * @return a new builder
     */
    public static Builder builder(Path folder, Path into) {
        return new Builder(folder, into);
    }

    /** @return a builder that starts from this plan, file and locations included */
    public Builder toBuilder() {
        Builder b = new Builder(folder, into).modules(modules).skipped(skipped);
        file.ifPresent(b::file);
        b.locations.putAll(locations);
        return b;
    }

    /** @return the migrated folder, absolute and normalized */
    public Path folder() {
        return folder;
    }

    /** @return the library root the modules move into, absolute and normalized; by default the folder itself */
    public Path into() {
        return into;
    }

    /** @return the planned modules, sorted by source path */
    public List<PlannedModule> modules() {
        return modules;
    }

    /** @return the folders that were looked at and are not modules, sorted by path */
    public List<SkippedFolder> skipped() {
        return skipped;
    }

    /**
     * Looks up a planned module by its source folder.
     *
     * @param source the folder relative to the migrated folder ({@code vpc})
     * @return the module, if planned
     */
    public Optional<PlannedModule> module(String source) {
        Objects.requireNonNull(source, "source");
        return modules.stream().filter(m -> m.source().equals(source)).findFirst();
    }

    /** @return the modules with at least one review reason, in plan order */
    public List<PlannedModule> needsReview() {
        return modules.stream().filter(PlannedModule::needsReview).toList();
    }

    /** @return the plan file this plan was read from, empty for an inferred plan */
    public Optional<Path> file() {
        return file;
    }

    /**
     * Where a value of a module was written in the plan file.
     *
     * @param source the module's source folder
     * @param field  a field as named in the plan file ({@code category}, {@code maintainer}); {@code source} for
     *               the start of the module's entry
     * @return the location, empty for an inferred plan or a field the file does not have
     */
    public Optional<SourceLocation> location(String source, String field) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(field, "field");
        return Optional.ofNullable(locations.get(key(source, field)));
    }

    private static String key(String source, String field) {
        return source + '\u0000' + field;
    }

    /** @return whether the other plan has the same folders, modules and skipped folders */
    @Override
    public boolean equals(Object o) {
        return o instanceof MigrationPlan other && folder.equals(other.folder) && into.equals(other.into)
                && modules.equals(other.modules) && skipped.equals(other.skipped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(folder, into, modules, skipped);
    }

    /** @return a one-line summary: folders, module count, how many need review */
    @Override
    public String toString() {
        return "MigrationPlan[" + folder + " into " + into + ": " + modules.size() + " modules, "
                + needsReview().size() + " need review, " + skipped.size() + " skipped]";
    }

    /**
     * Builds a {@link MigrationPlan}. Mutable; for one thread.
     *
     * @since 0.4.0
     */
    public static final class Builder {
        private final Path folder;
        private final Path into;
        private final List<PlannedModule> modules = new ArrayList<>();
        private final List<SkippedFolder> skipped = new ArrayList<>();
        private Optional<Path> file = Optional.empty();
        private final Map<String, SourceLocation> locations = new LinkedHashMap<>();

        private Builder(Path folder, Path into) {
            this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
            this.into = Objects.requireNonNull(into, "into").toAbsolutePath().normalize();
        }

        /**
         * Adds modules.
         *
         * @param values the modules; their sources must be unique
         * @return this builder
         */
        public Builder modules(List<PlannedModule> values) {
            Objects.requireNonNull(values, "values").forEach(this::module);
            return this;
        }

        /**
         * Adds one module.
         *
         * @param value the module
         * @return this builder
         */
        public Builder module(PlannedModule value) {
            modules.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Adds skipped folders.
         *
         * @param values the folders
         * @return this builder
         */
        public Builder skipped(List<SkippedFolder> values) {
            Objects.requireNonNull(values, "values").forEach(v -> skipped.add(Objects.requireNonNull(v, "value")));
            return this;
        }

        /**
         * Names the plan file the plan was read from.
         *
         * @param value the file
         * @return this builder
         */
        public Builder file(Path value) {
            this.file = Optional.of(Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Records where a module's field was written in the plan file.
         *
         * @param source   the module's source folder
         * @param field    the field as named in the plan file, or {@code source} for the entry
         * @param location where it was written
         * @return this builder
         */
        public Builder location(String source, String field, SourceLocation location) {
            locations.put(key(Objects.requireNonNull(source, "source"), Objects.requireNonNull(field, "field")),
                    Objects.requireNonNull(location, "location"));
            return this;
        }

        /**
         * Builds the plan, with modules sorted by source and skipped folders by path.
         *
         * @return the plan; the builder is unchanged
         * @throws IllegalArgumentException if two modules have the same source, or two modules to move have the
         *                                  same id
         */
        public MigrationPlan build() {
            Set<String> sources = new HashSet<>();
            Set<ModuleId> ids = new HashSet<>();
            for (PlannedModule m : modules) {
                if (!sources.add(m.source())) {
                    throw new IllegalArgumentException("module source '" + m.source() + "' is planned twice");
                }
                if (m.action() == MigrationAction.MOVE && m.id().isKnown() && !ids.add(m.id().get())) {
                    throw new IllegalArgumentException("module id '" + m.id().get() + "' is planned twice");
                }
            }
            Builder sorted = new Builder(folder, into);
            sorted.modules.addAll(modules);
            sorted.modules.sort((a, b) -> a.source().compareTo(b.source()));
            sorted.skipped.addAll(skipped);
            sorted.skipped.sort((a, b) -> a.path().compareTo(b.path()));
            sorted.file = file;
            sorted.locations.putAll(locations);
            return new MigrationPlan(sorted);
        }
    }
}
