package dev.alexandria.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One module of a {@link MigrationPlan}: the folder it is in now, what applying the plan does with it, and the
 * metadata proposed for it, each field {@link Inferred inferred} with a confidence and its evidence, or unknown.
 * The target path follows from the layer, category and id, so editing any of them in the plan moves the target.
 *
 * <pre>{@code
 * PlannedModule vpc = plan.module("vpc").orElseThrow();
 * String target = vpc.target().orElse("(unknown)");   // _library/foundations/networking/vpc
 * List<String> missing = vpc.unknownRequired();        // e.g. [maintainer]
 * }</pre>
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}.
 *
 * @param source      the module's folder relative to the migrated folder, with {@code /} separators
 *                    ({@code vpc}, {@code eks/modules/node-group})
 * @param action      what applying the plan does with the module
 * @param id          the proposed module id
 * @param name        the human-readable name ({@code VPC Standard})
 * @param layer       the layer
 * @param category    the subcategory within the layer ({@code networking}); lower-case kebab-case
 * @param newCategory whether the category is not in the library's {@code categories.yaml} yet, so applying the
 *                    plan adds it (a new category is always flagged for review)
 * @param tier        the complexity tier, from the module's own input variables
 * @param description one or two sentences on what the module is for
 * @param tags        search tags, lower-case kebab-case
 * @param maturity    the maturity level; consistent with the version (a {@code 0.x} version is never stable)
 * @param version     the current version
 * @param maintainer  the owning team or person
 * @param review      why a person should look at this module before applying the plan; empty when nothing
 *                    needs review
 * @since 0.4.0
 */
public record PlannedModule(String source, MigrationAction action, Inferred<ModuleId> id, Inferred<String> name,
        Inferred<Layer> layer, Inferred<String> category, boolean newCategory, Inferred<ComplexityTier> tier,
        Inferred<String> description, Inferred<List<String>> tags, Inferred<MaturityLevel> maturity,
        Inferred<Version> version, Inferred<String> maintainer, List<String> review) {

    /**
     * The fields a module's {@code .alexandria.yaml} requires; applying a plan in which one of them is unknown
     * is refused unless defaults are accepted. Named as in the plan file.
     */
    public static final List<String> REQUIRED_FIELDS =
            List.of("id", "name", "description", "version", "layer", "category", "maturity", "maintainer");

    private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /**
     * Validates the module and copies its lists.
     *
     * @param source      the module's folder relative to the migrated folder
     * @param action      what applying the plan does with it
     * @param id          the proposed id
     * @param name        the name
     * @param layer       the layer
     * @param category    the subcategory
     * @param newCategory whether the category is new to the library
     * @param tier        the complexity tier
     * @param description the description
     * @param tags        the tags
     * @param maturity    the maturity level
     * @param version     the version
     * @param maintainer  the maintainer
     * @param review      the reasons to review it
     * @throws IllegalArgumentException if the source is not a relative folder path, the category or a tag is
     *                                  not kebab-case, a known text field is blank, or the maturity does not
     *                                  allow the version; the message quotes the value
     */
    public PlannedModule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(maintainer, "maintainer");
        String problem = sourceProblem(source);
        if (problem != null) {
            throw new IllegalArgumentException("invalid module source '" + source + "': " + problem);
        }
        category.value().ifPresent(c -> {
            if (c.length() > 64 || !KEBAB.matcher(c).matches()) {
                throw new IllegalArgumentException("invalid category '" + c
                        + "': use lower-case letters, digits and single hyphens (e.g. networking)");
            }
        });
        tags = tags.map(List::copyOf);
        tags.value().ifPresent(ts -> ts.forEach(t -> {
            if (!KEBAB.matcher(t).matches()) {
                throw new IllegalArgumentException("invalid tag '" + t
                        + "': use lower-case letters, digits and single hyphens (e.g. multi-az)");
            }
        }));
        requireNotBlank("name", name);
        requireNotBlank("description", description);
        requireNotBlank("maintainer", maintainer);
        if (maturity.isKnown() && version.isKnown() && !maturity.get().allowsVersion(version.get())) {
            throw new IllegalArgumentException("maturity '" + maturity.get() + "' needs "
                    + maturity.get().versionRule() + ", found " + version.get());
        }
        review = List.copyOf(review);
        for (String r : review) {
            if (r.isBlank()) {
                throw new IllegalArgumentException("a review reason must not be blank");
            }
        }
    }

    private static void requireNotBlank(String field, Inferred<String> value) {
        if (value.value().filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException(field + " must not be blank when it is known");
        }
    }

    /**
     * Says what is wrong with a module source path.
     *
     * @param source a candidate
     * @return the problem in words, or {@code null} if it is a relative folder path with {@code /} separators
     */
    static String sourceProblem(String source) {
        if (source.isEmpty()) {
            return "must not be empty; use '.' for the migrated folder itself";
        }
        if (source.equals(".")) {
            return null;
        }
        if (source.startsWith("/") || source.contains("\\") || source.endsWith("/") || source.contains("//")) {
            return "must be a folder relative to the migrated folder, with / between names";
        }
        for (String part : source.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return "must not contain '.' or '..'";
            }
        }
        return null;
    }

    /**
     * Starts a module whose fields are all unknown, with the action {@link MigrationAction#MOVE}.
     *
     * @param source the module's folder relative to the migrated folder
     * @return a new builder
     */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** @return a builder that starts from this module's fields */
    public Builder toBuilder() {
        return new Builder(source).action(action).id(id).name(name).layer(layer).category(category)
                .newCategory(newCategory).tier(tier)
                .description(description).tags(tags).maturity(maturity).version(version).maintainer(maintainer)
                .review(review);
    }

    /** @return {@code true} when at least one review reason is given */
    public boolean needsReview() {
        return !review.isEmpty();
    }

    /**
     * The path the module moves to, relative to the library root:
     * {@code _library/<layer>/<category>/<id>}.
     *
     * @return the target, empty while the layer, category or id is unknown
     */
    public Optional<String> target() {
        if (!layer.isKnown() || !category.isKnown() || !id.isKnown()) {
            return Optional.empty();
        }
        return Optional.of("_library/" + layer.get().id() + "/" + category.get() + "/" + id.get().value());
    }

    /**
     * The {@link #REQUIRED_FIELDS required fields} whose value is unknown, in that order.
     *
     * @return the names of the unknown required fields, empty when all are known
     */
    public List<String> unknownRequired() {
        List<String> out = new ArrayList<>();
        List<Inferred<?>> values = List.of(id, name, description, version, layer, category, maturity, maintainer);
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isKnown()) {
                out.add(REQUIRED_FIELDS.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** @return {@code source -> target} with the action, as people read it */
    @Override
    public String toString() {
        return source + " -> " + target().orElse("(target unknown)") + " [" + action + "]"
                + (needsReview() ? " needs review: " + String.join("; ", review) : "");
    }

    /**
     * Builds a {@link PlannedModule}; every field starts unknown. Mutable; for one thread.
     *
     * @since 0.4.0
     */
    public static final class Builder {
        private final String source;
        private MigrationAction action = MigrationAction.MOVE;
        private Inferred<ModuleId> id = Inferred.unknown("");
        private Inferred<String> name = Inferred.unknown("");
        private Inferred<Layer> layer = Inferred.unknown("");
        private Inferred<String> category = Inferred.unknown("");
        private boolean newCategory;
        private Inferred<ComplexityTier> tier = Inferred.unknown("");
        private Inferred<String> description = Inferred.unknown("");
        private Inferred<List<String>> tags = Inferred.unknown("");
        private Inferred<MaturityLevel> maturity = Inferred.unknown("");
        private Inferred<Version> version = Inferred.unknown("");
        private Inferred<String> maintainer = Inferred.unknown("");
        private List<String> review = List.of();

        private Builder(String source) {
            this.source = Objects.requireNonNull(source, "source");
        }

        /**
         * @param value what applying does with the module; defaults to {@link MigrationAction#MOVE}
         * @return this builder
         */
        public Builder action(MigrationAction value) {
            this.action = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value the proposed id; defaults to unknown
         * @return this builder
         */
        public Builder id(Inferred<ModuleId> value) {
            this.id = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value the name; defaults to unknown
         * @return this builder
         */
        public Builder name(Inferred<String> value) {
            this.name = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value the layer; defaults to unknown
         * @return this builder
         */
        public Builder layer(Inferred<Layer> value) {
            this.layer = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value the subcategory; defaults to unknown
         * @return this builder
         */
        public Builder category(Inferred<String> value) {
            this.category = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value whether the category is new to the library; defaults to {@code false}
         * @return this builder
         */
        public Builder newCategory(boolean value) {
            this.newCategory = value;
            return this;
        }

        /**
         * @param value the complexity tier; defaults to unknown
         * @return this builder
         */
        public Builder tier(Inferred<ComplexityTier> value) {
            this.tier = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value the description; defaults to unknown
         * @return this builder
         */
        public Builder description(Inferred<String> value) {
            this.description = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value the tags; defaults to unknown
         * @return this builder
         */
        public Builder tags(Inferred<List<String>> value) {
            this.tags = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value the maturity level; defaults to unknown
         * @return this builder
         */
        public Builder maturity(Inferred<MaturityLevel> value) {
            this.maturity = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value the version; defaults to unknown
         * @return this builder
         */
        public Builder version(Inferred<Version> value) {
            this.version = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param value the maintainer; defaults to unknown
         * @return this builder
         */
        public Builder maintainer(Inferred<String> value) {
            this.maintainer = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * @param reasons why a person should review the module; defaults to none
         * @return this builder
         */
        public Builder review(List<String> reasons) {
            this.review = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
            return this;
        }

        /**
         * Adds one review reason.
         *
         * @param reason why a person should review the module
         * @return this builder
         */
        public Builder addReview(String reason) {
            Objects.requireNonNull(reason, "reason");
            List<String> next = new ArrayList<>(review);
            next.add(reason);
            this.review = List.copyOf(next);
            return this;
        }

        /**
         * @return the module; the builder is unchanged
         * @throws IllegalArgumentException if a value is invalid (see the record's constructor)
         */
        public PlannedModule build() {
            return new PlannedModule(source, action, id, name, layer, category, newCategory, tier, description, tags,
                    maturity, version, maintainer, review);
        }
    }
}
