package dev.alexandria.api.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a module's {@code .alexandria.yaml} declares about it. The file's own checks (version agrees
 * with maturity, path agrees with layer and category, tags declared…) are made when a library is opened;
 * this record checks only what makes a value impossible: blank required text, a category outside the
 * layer, a version that is not SemVer, a negative cost, duplicate tags.
 *
 * <p>Build one with {@link #builder()}, which names each component and fills in the optional ones; change one
 * with {@link #toBuilder()}:
 *
 * <pre>{@code
 * ModuleMetadata vpc = ModuleMetadata.builder()
 *         .id("vpc-standard")
 *         .name("Standard VPC")
 *         .description("Production VPC across availability zones.")
 *         .version("1.4.2")
 *         .category("foundations/networking")
 *         .maturity(MaturityLevel.STABLE)
 *         .maintainer("team-networking")
 *         .tags("vpc", "networking")
 *         .build();
 * ModuleMetadata next = vpc.toBuilder().version("1.5.0").build();
 * }</pre>
 *
 * <p>The canonical constructor takes all eighteen components in order; the seventeen-component constructor of
 * version 0.2 remains, with an empty maturity history.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                   the module id, equal to its folder name
 * @param name                 the display name
 * @param description          one or two sentences
 * @param version              the current version (SemVer 2.0)
 * @param layer                the layer, equal to the path
 * @param category             the category, equal to the path; its layer is {@code layer}
 * @param maturity             the maturity level
 * @param complexity           the declared complexity tier, if any (the derived one comes from the HCL)
 * @param tags                 tags, without duplicates
 * @param maintainer           the owning team or person
 * @param supportChannel       a chat channel, mailing list or URL, if any
 * @param requires             the modules this one builds on
 * @param compatibleWith       Terraform and provider versions
 * @param estimatedMonthlyCost estimated monthly cost in USD, if declared
 * @param examples             example folder names under {@code examples/}
 * @param deprecation          the deprecation notice, required when deprecated or archived
 * @param evidence             declared promotion evidence
 * @param maturityHistory      the levels the module entered and when, oldest first (since 0.3.0)
 * @since 0.1.0
 */
public record ModuleMetadata(
        ModuleId id,
        String name,
        String description,
        Version version,
        Layer layer,
        Category category,
        MaturityLevel maturity,
        Optional<ComplexityTier> complexity,
        List<String> tags,
        String maintainer,
        Optional<String> supportChannel,
        List<ModuleRequirement> requires,
        CompatibleWith compatibleWith,
        Optional<BigDecimal> estimatedMonthlyCost,
        List<String> examples,
        Optional<Deprecation> deprecation,
        Evidence evidence,
        List<MaturityChange> maturityHistory) {

    /**
     * Validates and copies the components.
     *
     * @param id the module id, equal to its folder name
     * @param name the display name
     * @param description one or two sentences
     * @param version the current version (SemVer 2.0)
     * @param layer the layer, equal to the path
     * @param category the category, equal to the path; its layer is {@code layer}
     * @param maturity the maturity level
     * @param complexity the declared complexity tier, if any (the derived one comes from the HCL)
     * @param tags tags, without duplicates
     * @param maintainer the owning team or person
     * @param supportChannel a chat channel, mailing list or URL, if any
     * @param requires the modules this one builds on
     * @param compatibleWith Terraform and provider versions
     * @param estimatedMonthlyCost estimated monthly cost in USD, if declared
     * @param examples example folder names under {@code examples/}
     * @param deprecation the deprecation notice, required when deprecated or archived
     * @param evidence declared promotion evidence
     * @param maturityHistory the levels the module entered and when, oldest first
     * @throws IllegalArgumentException if a value is impossible; the message names the component and quotes the value
     */
    public ModuleMetadata {
        Objects.requireNonNull(id, "id");
        Checks.notBlank(name, "name");
        Checks.notBlank(description, "description");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(category, "category");
        if (category.layer() != layer) {
            throw new IllegalArgumentException("category '" + category + "' is not in layer '" + layer + "'");
        }
        Objects.requireNonNull(maturity, "maturity");
        Checks.optional(complexity, "complexity");
        tags = Checks.list(tags, "tags");
        Set<String> seen = new HashSet<>();
        for (String tag : tags) {
            if (!seen.add(tag)) {
                throw new IllegalArgumentException("duplicate tag '" + tag + "'");
            }
        }
        Checks.notBlank(maintainer, "maintainer");
        Checks.optional(supportChannel, "supportChannel");
        requires = Checks.list(requires, "requires");
        Objects.requireNonNull(compatibleWith, "compatibleWith");
        Checks.optional(estimatedMonthlyCost, "estimatedMonthlyCost");
        estimatedMonthlyCost.ifPresent(cost -> {
            if (cost.signum() < 0) {
                throw new IllegalArgumentException("estimatedMonthlyCost must not be negative: " + cost);
            }
        });
        examples = Checks.list(examples, "examples");
        Checks.optional(deprecation, "deprecation");
        Objects.requireNonNull(evidence, "evidence");
        maturityHistory = MaturityChange.history(maturityHistory, "maturityHistory");
    }

    /**
     * The metadata of version 0.2, with an empty maturity history.
     *
     * @param id the module id, equal to its folder name
     * @param name the display name
     * @param description one or two sentences
     * @param version the current version (SemVer 2.0)
     * @param layer the layer, equal to the path
     * @param category the category, equal to the path; its layer is {@code layer}
     * @param maturity the maturity level
     * @param complexity the declared complexity tier, if any (the derived one comes from the HCL)
     * @param tags tags, without duplicates
     * @param maintainer the owning team or person
     * @param supportChannel a chat channel, mailing list or URL, if any
     * @param requires the modules this one builds on
     * @param compatibleWith Terraform and provider versions
     * @param estimatedMonthlyCost estimated monthly cost in USD, if declared
     * @param examples example folder names under {@code examples/}
     * @param deprecation the deprecation notice, required when deprecated or archived
     * @param evidence declared promotion evidence
     * @throws IllegalArgumentException if a value is impossible; the message names the component and quotes the value
     */
    public ModuleMetadata(ModuleId id, String name, String description, Version version, Layer layer,
                          Category category, MaturityLevel maturity, Optional<ComplexityTier> complexity,
                          List<String> tags, String maintainer, Optional<String> supportChannel,
                          List<ModuleRequirement> requires, CompatibleWith compatibleWith,
                          Optional<BigDecimal> estimatedMonthlyCost, List<String> examples,
                          Optional<Deprecation> deprecation, Evidence evidence) {
        this(id, name, description, version, layer, category, maturity, complexity, tags, maintainer,
                supportChannel, requires, compatibleWith, estimatedMonthlyCost, examples, deprecation, evidence,
                List.of());
    }

    /** @return the cost category derived from {@link #estimatedMonthlyCost()}, if a cost is declared */
    public Optional<CostCategory> costCategory() {
        return estimatedMonthlyCost.map(CostCategory::forMonthlyCost);
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     * @since 0.1.0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this metadata's components, to make a changed copy.
     *
     * @return a new builder
     * @since 0.1.0
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.description = description;
        b.version = version;
        b.layer = layer;
        b.category = category;
        b.maturity = maturity;
        b.complexity = complexity.orElse(null);
        b.tags = tags;
        b.maintainer = maintainer;
        b.supportChannel = supportChannel.orElse(null);
        b.requires = requires;
        b.compatibleWith = compatibleWith;
        b.estimatedMonthlyCost = estimatedMonthlyCost.orElse(null);
        b.examples = examples;
        b.deprecation = deprecation.orElse(null);
        b.evidence = evidence;
        b.maturityHistory = maturityHistory;
        return b;
    }

    /**
     * Builds {@link ModuleMetadata}. Each method checks its argument when it is called (null, blank text, a
     * version that is not SemVer, a negative cost) and {@link #build()} checks the rest: that every required
     * component is set and that the category is in the layer. Required: {@code id}, {@code name},
     * {@code description}, {@code version}, {@code category}, {@code maturity} and {@code maintainer}; every
     * other component has the default its method names. A list method replaces the list.
     *
     * <p>Mutable and not thread-safe; {@link #build()} leaves the builder unchanged, so it can build again.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private ModuleId id;
        private String name;
        private String description;
        private Version version;
        private Layer layer;
        private Category category;
        private MaturityLevel maturity;
        private ComplexityTier complexity;
        private List<String> tags = List.of();
        private String maintainer;
        private String supportChannel;
        private List<ModuleRequirement> requires = List.of();
        private CompatibleWith compatibleWith = CompatibleWith.empty();
        private BigDecimal estimatedMonthlyCost;
        private List<String> examples = List.of();
        private Deprecation deprecation;
        private Evidence evidence = Evidence.none();
        private List<MaturityChange> maturityHistory = List.of();

        private Builder() {
        }

        /**
         * Sets the module id, equal to its folder name. Required.
         *
         * @param id the module id
         * @return this builder
         */
        public Builder id(ModuleId id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the module id, equal to its folder name. Required.
         *
         * @param id the module id, such as {@code vpc-standard}
         * @return this builder
         * @throws IllegalArgumentException if it is not a valid module id
         */
        public Builder id(String id) {
            return id(ModuleId.of(Objects.requireNonNull(id, "id")));
        }

        /**
         * Sets the display name. Required.
         *
         * @param name the display name, not blank
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder name(String name) {
            this.name = Checks.notBlank(name, "name");
            return this;
        }

        /**
         * Sets the description, one or two sentences. Required.
         *
         * @param description the description, not blank
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder description(String description) {
            this.description = Checks.notBlank(description, "description");
            return this;
        }

        /**
         * Sets the current version. Required.
         *
         * @param version a SemVer 2.0 version such as {@code 1.4.2}
         * @return this builder
         * @throws IllegalArgumentException if it is not SemVer 2.0; the message says what is wrong
         */
        public Builder version(String version) {
            this.version = Checks.version(version, "version");
            return this;
        }

        /**
         * Sets the current version. Required.
         *
         * @param version the version
         * @return this builder
         * @since 0.2.0
         */
        public Builder version(Version version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Sets the layer. Defaults to the layer of the {@linkplain #category(Category) category}.
         *
         * @param layer the layer
         * @return this builder
         */
        public Builder layer(Layer layer) {
            this.layer = Objects.requireNonNull(layer, "layer");
            return this;
        }

        /**
         * Sets the category. Required.
         *
         * @param category the category
         * @return this builder
         */
        public Builder category(Category category) {
            this.category = Objects.requireNonNull(category, "category");
            return this;
        }

        /**
         * Sets the category. Required.
         *
         * @param category the category as {@code <layer>/<subcategory>}, such as {@code foundations/networking}
         * @return this builder
         * @throws IllegalArgumentException if it is not a category
         */
        public Builder category(String category) {
            return category(Category.parse(Objects.requireNonNull(category, "category")));
        }

        /**
         * Sets the maturity level. Required.
         *
         * @param maturity the maturity level
         * @return this builder
         */
        public Builder maturity(MaturityLevel maturity) {
            this.maturity = Objects.requireNonNull(maturity, "maturity");
            return this;
        }

        /**
         * Sets the declared complexity tier. Defaults to none declared.
         *
         * @param complexity the declared tier
         * @return this builder
         */
        public Builder complexity(ComplexityTier complexity) {
            this.complexity = Objects.requireNonNull(complexity, "complexity");
            return this;
        }

        /**
         * Sets the tags. Defaults to none.
         *
         * @param tags the tags, without duplicates
         * @return this builder
         */
        public Builder tags(String... tags) {
            return tags(List.of(Objects.requireNonNull(tags, "tags")));
        }

        /**
         * Sets the tags. Defaults to none.
         *
         * @param tags the tags, without duplicates
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            this.tags = Checks.list(tags, "tags");
            return this;
        }

        /**
         * Sets the owning team or person. Required.
         *
         * @param maintainer the maintainer, not blank
         * @return this builder
         * @throws IllegalArgumentException if it is blank
         */
        public Builder maintainer(String maintainer) {
            this.maintainer = Checks.notBlank(maintainer, "maintainer");
            return this;
        }

        /**
         * Sets the support channel. Defaults to none.
         *
         * @param supportChannel a chat channel, mailing list or URL
         * @return this builder
         */
        public Builder supportChannel(String supportChannel) {
            this.supportChannel = Objects.requireNonNull(supportChannel, "supportChannel");
            return this;
        }

        /**
         * Sets the modules this one builds on. Defaults to none.
         *
         * @param requires the required modules
         * @return this builder
         */
        public Builder requires(ModuleRequirement... requires) {
            return requires(List.of(Objects.requireNonNull(requires, "requires")));
        }

        /**
         * Sets the modules this one builds on. Defaults to none.
         *
         * @param requires the required modules
         * @return this builder
         */
        public Builder requires(List<ModuleRequirement> requires) {
            this.requires = Checks.list(requires, "requires");
            return this;
        }

        /**
         * Sets the Terraform and provider versions. Defaults to {@link CompatibleWith#empty()}.
         *
         * @param compatibleWith the compatible versions
         * @return this builder
         */
        public Builder compatibleWith(CompatibleWith compatibleWith) {
            this.compatibleWith = Objects.requireNonNull(compatibleWith, "compatibleWith");
            return this;
        }

        /**
         * Sets the estimated monthly cost. Defaults to none declared.
         *
         * @param estimatedMonthlyCost the estimate in USD per month, not negative
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder estimatedMonthlyCost(BigDecimal estimatedMonthlyCost) {
            Objects.requireNonNull(estimatedMonthlyCost, "estimatedMonthlyCost");
            if (estimatedMonthlyCost.signum() < 0) {
                throw new IllegalArgumentException("estimatedMonthlyCost must not be negative: "
                        + estimatedMonthlyCost);
            }
            this.estimatedMonthlyCost = estimatedMonthlyCost;
            return this;
        }

        /**
         * Sets the example folder names under {@code examples/}. Defaults to none.
         *
         * @param examples the folder names
         * @return this builder
         */
        public Builder examples(String... examples) {
            return examples(List.of(Objects.requireNonNull(examples, "examples")));
        }

        /**
         * Sets the example folder names under {@code examples/}. Defaults to none.
         *
         * @param examples the folder names
         * @return this builder
         */
        public Builder examples(List<String> examples) {
            this.examples = Checks.list(examples, "examples");
            return this;
        }

        /**
         * Sets the deprecation notice, which a deprecated or archived module needs. Defaults to none.
         *
         * @param deprecation the notice
         * @return this builder
         */
        public Builder deprecation(Deprecation deprecation) {
            this.deprecation = Objects.requireNonNull(deprecation, "deprecation");
            return this;
        }

        /**
         * Sets the declared promotion evidence. Defaults to {@link Evidence#none()}.
         *
         * @param evidence the evidence
         * @return this builder
         */
        public Builder evidence(Evidence evidence) {
            this.evidence = Objects.requireNonNull(evidence, "evidence");
            return this;
        }

        /**
         * Sets the maturity history, oldest first. Defaults to none.
         *
         * @param maturityHistory the levels the module entered and when
         * @return this builder
         * @since 0.3.0
         */
        public Builder maturityHistory(List<MaturityChange> maturityHistory) {
            this.maturityHistory = Checks.list(maturityHistory, "maturityHistory");
            return this;
        }

        /**
         * Builds the metadata.
         *
         * @return the metadata
         * @throws IllegalStateException    if a required component is not set (the message names every one)
         * @throws IllegalArgumentException if the components do not fit together (a category outside the layer,
         *                                  a tag listed twice)
         */
        public ModuleMetadata build() {
            Checks.required("ModuleMetadata", "id", id, "name", name, "description", description, "version",
                    version, "category", category, "maturity", maturity, "maintainer", maintainer);
            return new ModuleMetadata(id, name, description, version, layer == null ? category.layer() : layer,
                    category, maturity, Optional.ofNullable(complexity), tags, maintainer,
                    Optional.ofNullable(supportChannel), requires, compatibleWith,
                    Optional.ofNullable(estimatedMonthlyCost), examples, Optional.ofNullable(deprecation), evidence,
                    maturityHistory);
        }

        /** @return the components set so far, such as {@code ModuleMetadata.Builder{id=vpc, tags=[a]}} */
        @Override
        public String toString() {
            return Checks.describe("ModuleMetadata.Builder", "id", id, "name", name, "description", description,
                    "version", version, "layer", layer, "category", category, "maturity", maturity, "complexity",
                    complexity, "tags", tags, "maintainer", maintainer, "supportChannel", supportChannel,
                    "requires", requires, "compatibleWith", compatibleWith.isEmpty() ? null : compatibleWith,
                    "estimatedMonthlyCost", estimatedMonthlyCost, "examples", examples, "deprecation", deprecation,
                    "evidence", evidence.isEmpty() ? null : evidence, "maturityHistory",
                    maturityHistory.isEmpty() ? null : maturityHistory);
        }
    }
}
