package dev.alexandria.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A module's entry in {@code _catalog/module-registry.yaml}: identification, classification, documentation,
 * dependencies, metrics, cost, support and the history of registered versions (oldest first).
 *
 * <p>Build one with {@link #builder()}, which names each component and fills in the optional ones; change one
 * with {@link #toBuilder()} or {@link #withVersion(RegisteredVersion)}:
 *
 * <pre>{@code
 * RegistryEntry entry = RegistryEntry.builder()
 *         .id("vpc-standard")
 *         .name("Standard VPC")
 *         .version("1.4.2")
 *         .category("foundations/networking")
 *         .maturity(MaturityLevel.STABLE)
 *         .description("Production VPC across availability zones.")
 *         .support(RegistryEntry.Support.of("team-networking"))
 *         .build();
 * RegistryEntry renamed = entry.toBuilder().name("VPC").build();
 * }</pre>
 *
 * <p>The canonical constructor takes all seventeen components in order; the fifteen-component constructor of
 * version 0.2 remains, with no maturity history and no deprecation.
 *
 * <p>Immutable and thread-safe. The {@code with…} methods return changed copies.
 *
 * @param id             identification: the module id
 * @param name           identification: the display name
 * @param version        identification: the latest registered version
 * @param category       classification: the category
 * @param tags           classification: tags
 * @param maturity       classification: the current maturity
 * @param description    documentation: one or two sentences
 * @param readmeUrl      documentation: where the README is, if recorded
 * @param examples       documentation: example names
 * @param requires       dependencies: required modules
 * @param compatibleWith dependencies: Terraform and provider versions
 * @param metrics        metrics: downloads, rating, last update, each if known
 * @param cost           cost: estimate and category, if known
 * @param support        support: maintainer and channel
 * @param versions       the registered versions, oldest first, without duplicates
 * @param maturityHistory lifecycle: the levels the module entered and when, oldest first (since 0.3.0)
 * @param deprecation    lifecycle: the deprecation notice of a deprecated or archived module (since 0.3.0)
 * @since 0.1.0
 */
public record RegistryEntry(
        ModuleId id,
        String name,
        Version version,
        Category category,
        List<String> tags,
        MaturityLevel maturity,
        String description,
        Optional<String> readmeUrl,
        List<String> examples,
        List<ModuleRequirement> requires,
        CompatibleWith compatibleWith,
        Metrics metrics,
        Optional<CostInfo> cost,
        Support support,
        List<RegisteredVersion> versions,
        List<MaturityChange> maturityHistory,
        Optional<Deprecation> deprecation) {

    /**
     * Validates and copies the components.
     *
     * @param id identification: the module id
     * @param name identification: the display name
     * @param version identification: the latest registered version
     * @param category classification: the category
     * @param tags classification: tags
     * @param maturity classification: the current maturity
     * @param description documentation: one or two sentences
     * @param readmeUrl documentation: where the README is, if recorded
     * @param examples documentation: example names
     * @param requires dependencies: required modules
     * @param compatibleWith dependencies: Terraform and provider versions
     * @param metrics metrics: downloads, rating, last update
     * @param cost cost: estimate and category, if known
     * @param support support: maintainer and channel
     * @param versions the registered versions, oldest first, without duplicates
     * @param maturityHistory lifecycle: the levels the module entered and when, oldest first
     * @param deprecation lifecycle: the deprecation notice of a deprecated or archived module
     * @throws IllegalArgumentException if a value is impossible, such as a version registered twice or a
     *                                  maturity history out of date order
     */
    public RegistryEntry {
        Objects.requireNonNull(id, "id");
        Checks.notBlank(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(category, "category");
        tags = Checks.list(tags, "tags");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(description, "description");
        Checks.optional(readmeUrl, "readmeUrl");
        examples = Checks.list(examples, "examples");
        requires = Checks.list(requires, "requires");
        Objects.requireNonNull(compatibleWith, "compatibleWith");
        Objects.requireNonNull(metrics, "metrics");
        Checks.optional(cost, "cost");
        Objects.requireNonNull(support, "support");
        versions = Checks.list(versions, "versions");
        Set<Version> seen = new HashSet<>();
        for (RegisteredVersion v : versions) {
            if (!seen.add(v.version())) {
                throw new IllegalArgumentException("version " + v.version() + " of " + id + " is registered twice");
            }
        }
        maturityHistory = MaturityChange.history(maturityHistory, "maturityHistory");
        Checks.optional(deprecation, "deprecation");
    }

    /**
     * The entry of version 0.2: no maturity history and no deprecation.
     *
     * @param id identification: the module id
     * @param name identification: the display name
     * @param version identification: the latest registered version
     * @param category classification: the category
     * @param tags classification: tags
     * @param maturity classification: the current maturity
     * @param description documentation: one or two sentences
     * @param readmeUrl documentation: where the README is, if recorded
     * @param examples documentation: example names
     * @param requires dependencies: required modules
     * @param compatibleWith dependencies: Terraform and provider versions
     * @param metrics metrics: downloads, rating, last update
     * @param cost cost: estimate and category, if known
     * @param support support: maintainer and channel
     * @param versions the registered versions, oldest first, without duplicates
     * @throws IllegalArgumentException if a value is impossible, such as a version registered twice
     */
    public RegistryEntry(ModuleId id, String name, Version version, Category category, List<String> tags,
                         MaturityLevel maturity, String description, Optional<String> readmeUrl,
                         List<String> examples, List<ModuleRequirement> requires, CompatibleWith compatibleWith,
                         Metrics metrics, Optional<CostInfo> cost, Support support,
                         List<RegisteredVersion> versions) {
        this(id, name, version, category, tags, maturity, description, readmeUrl, examples, requires,
                compatibleWith, metrics, cost, support, versions, List.of(), Optional.empty());
    }

    /**
     * Records a change of maturity: sets the entry's maturity and appends the change to its history.
     *
     * @param change the level entered and when
     * @return the changed copy
     * @throws IllegalArgumentException if the change is dated before the last one of the history
     * @since 0.3.0
     */
    public RegistryEntry withMaturity(MaturityChange change) {
        Objects.requireNonNull(change, "change");
        List<MaturityChange> all = new ArrayList<>(maturityHistory);
        all.add(change);
        return new RegistryEntry(id, name, version, category, tags, change.level(), description, readmeUrl,
                examples, requires, compatibleWith, metrics, cost, support, versions, all, deprecation);
    }

    /**
     * Looks up a registered version.
     *
     * @param version a version
     * @return the registered version, if any (build metadata counts: {@code 1.0.0+a} is not {@code 1.0.0})
     */
    public Optional<RegisteredVersion> registeredVersion(Version version) {
        Objects.requireNonNull(version, "version");
        return versions.stream().filter(v -> v.version().equals(version)).findFirst();
    }

    /**
     * Registers a new version: appends it to the history (which is in release order) and, if it is the highest
     * version by SemVer precedence, makes it the entry's version and maturity. Registering a backport such as
     * 1.3.5 after 1.4.2 keeps 1.4.2 as the entry's version.
     *
     * @param registered the version to add
     * @return the changed copy
     * @throws IllegalArgumentException if the version is already registered (published versions never change)
     */
    public RegistryEntry withVersion(RegisteredVersion registered) {
        Objects.requireNonNull(registered, "registered");
        if (registeredVersion(registered.version()).isPresent()) {
            throw new IllegalArgumentException("version " + registered.version() + " of " + id
                    + " is already registered; published versions never change, register a new version");
        }
        List<RegisteredVersion> all = new ArrayList<>(versions);
        all.add(registered);
        boolean highest = registered.version().compareTo(version) >= 0;
        return new RegistryEntry(id, name, highest ? registered.version() : version, category, tags,
                highest ? registered.maturity() : maturity, description, readmeUrl, examples, requires,
                compatibleWith, metrics, cost, support, all, maturityHistory, deprecation);
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
     * A builder holding this entry's components, to make a changed copy.
     *
     * @return a new builder
     * @since 0.1.0
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.version = version;
        b.category = category;
        b.tags = tags;
        b.maturity = maturity;
        b.description = description;
        b.readmeUrl = readmeUrl.orElse(null);
        b.examples = examples;
        b.requires = requires;
        b.compatibleWith = compatibleWith;
        b.metrics = metrics;
        b.cost = cost.orElse(null);
        b.support = support;
        b.versions = versions;
        b.maturityHistory = maturityHistory;
        b.deprecation = deprecation.orElse(null);
        return b;
    }

    /**
     * Builds a {@link RegistryEntry}. Each method checks its argument when it is called (null, blank text, a
     * version that is not SemVer) and {@link #build()} checks the rest: that every required component is set
     * and that no version is registered twice. Required: {@code id}, {@code name}, {@code version},
     * {@code category}, {@code maturity} and {@code support}; every other component has the default its
     * method names. A list method replaces the list.
     *
     * <p>Mutable and not thread-safe; {@link #build()} leaves the builder unchanged, so it can build again.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private ModuleId id;
        private String name;
        private Version version;
        private Category category;
        private List<String> tags = List.of();
        private MaturityLevel maturity;
        private String description = "";
        private String readmeUrl;
        private List<String> examples = List.of();
        private List<ModuleRequirement> requires = List.of();
        private CompatibleWith compatibleWith = CompatibleWith.empty();
        private Metrics metrics = Metrics.none();
        private CostInfo cost;
        private Support support;
        private List<RegisteredVersion> versions = List.of();
        private List<MaturityChange> maturityHistory = List.of();
        private Deprecation deprecation;

        private Builder() {
        }

        /**
         * Sets the module id. Required.
         *
         * @param id the module id
         * @return this builder
         */
        public Builder id(ModuleId id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the module id. Required.
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
         * Sets the latest registered version. Required.
         *
         * @param version a SemVer 2.0 version such as {@code 1.4.2}
         * @return this builder
         * @throws IllegalArgumentException if it is not SemVer 2.0
         */
        public Builder version(String version) {
            this.version = Checks.version(version, "version");
            return this;
        }

        /**
         * Sets the latest registered version. Required.
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
         * Sets the tags. Defaults to none.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(String... tags) {
            return tags(List.of(Objects.requireNonNull(tags, "tags")));
        }

        /**
         * Sets the tags. Defaults to none.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<String> tags) {
            this.tags = Checks.list(tags, "tags");
            return this;
        }

        /**
         * Sets the current maturity. Required.
         *
         * @param maturity the maturity level
         * @return this builder
         */
        public Builder maturity(MaturityLevel maturity) {
            this.maturity = Objects.requireNonNull(maturity, "maturity");
            return this;
        }

        /**
         * Sets the description, one or two sentences. Defaults to the empty string.
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets where the README is. Defaults to not recorded.
         *
         * @param readmeUrl a URL or a path relative to the library root
         * @return this builder
         */
        public Builder readmeUrl(String readmeUrl) {
            this.readmeUrl = Objects.requireNonNull(readmeUrl, "readmeUrl");
            return this;
        }

        /**
         * Sets the example names. Defaults to none.
         *
         * @param examples the example names
         * @return this builder
         */
        public Builder examples(String... examples) {
            return examples(List.of(Objects.requireNonNull(examples, "examples")));
        }

        /**
         * Sets the example names. Defaults to none.
         *
         * @param examples the example names
         * @return this builder
         */
        public Builder examples(List<String> examples) {
            this.examples = Checks.list(examples, "examples");
            return this;
        }

        /**
         * Sets the required modules. Defaults to none.
         *
         * @param requires the required modules
         * @return this builder
         */
        public Builder requires(ModuleRequirement... requires) {
            return requires(List.of(Objects.requireNonNull(requires, "requires")));
        }

        /**
         * Sets the required modules. Defaults to none.
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
         * Sets the usage metrics. Defaults to {@link Metrics#none()}.
         *
         * @param metrics the metrics
         * @return this builder
         */
        public Builder metrics(Metrics metrics) {
            this.metrics = Objects.requireNonNull(metrics, "metrics");
            return this;
        }

        /**
         * Sets the cost estimate. Defaults to unknown.
         *
         * @param cost the estimate and its category
         * @return this builder
         */
        public Builder cost(CostInfo cost) {
            this.cost = Objects.requireNonNull(cost, "cost");
            return this;
        }

        /**
         * Sets the cost estimate, with the category derived from it ({@link CostInfo#of(BigDecimal)}).
         * Defaults to unknown.
         *
         * @param estimatedCost the estimate in USD per month, not negative
         * @return this builder
         * @throws IllegalArgumentException if it is negative
         */
        public Builder cost(BigDecimal estimatedCost) {
            return cost(CostInfo.of(Objects.requireNonNull(estimatedCost, "estimatedCost")));
        }

        /**
         * Sets who supports the module. Required.
         *
         * @param support the maintainer and channel, such as {@code Support.of("team-networking")}
         * @return this builder
         */
        public Builder support(Support support) {
            this.support = Objects.requireNonNull(support, "support");
            return this;
        }

        /**
         * Sets the registered versions, oldest first. Defaults to none.
         *
         * @param versions the versions, each registered once
         * @return this builder
         */
        public Builder versions(RegisteredVersion... versions) {
            return versions(List.of(Objects.requireNonNull(versions, "versions")));
        }

        /**
         * Sets the registered versions, oldest first. Defaults to none.
         *
         * @param versions the versions, each registered once
         * @return this builder
         */
        public Builder versions(List<RegisteredVersion> versions) {
            this.versions = Checks.list(versions, "versions");
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
         * Sets the deprecation notice. Defaults to none.
         *
         * @param deprecation the notice of a deprecated or archived module
         * @return this builder
         * @since 0.3.0
         */
        public Builder deprecation(Deprecation deprecation) {
            this.deprecation = Objects.requireNonNull(deprecation, "deprecation");
            return this;
        }

        /**
         * Builds the entry.
         *
         * @return the entry
         * @throws IllegalStateException    if a required component is not set (the message names every one)
         * @throws IllegalArgumentException if a version is registered twice
         */
        public RegistryEntry build() {
            Checks.required("RegistryEntry", "id", id, "name", name, "version", version, "category", category,
                    "maturity", maturity, "support", support);
            return new RegistryEntry(id, name, version, category, tags, maturity, description,
                    Optional.ofNullable(readmeUrl), examples, requires, compatibleWith, metrics,
                    Optional.ofNullable(cost), support, versions, maturityHistory, Optional.ofNullable(deprecation));
        }

        /** @return the components set so far, such as {@code RegistryEntry.Builder{id=vpc, version=1.0.0}} */
        @Override
        public String toString() {
            return Checks.describe("RegistryEntry.Builder", "id", id, "name", name, "version", version, "category",
                    category, "tags", tags, "maturity", maturity, "description", description.isEmpty() ? null
                            : description, "readmeUrl", readmeUrl, "examples", examples, "requires", requires,
                    "compatibleWith", compatibleWith.isEmpty() ? null : compatibleWith, "metrics",
                    metrics.equals(Metrics.none()) ? null : metrics, "cost", cost, "support", support,
                    "versions", versions, "maturityHistory", maturityHistory.isEmpty() ? null : maturityHistory,
                    "deprecation", deprecation);
        }
    }

    /**
     * Usage metrics. Each may be unknown: an entry without {@code metrics:} (or without {@code downloads:}) has
     * no download count, which is not the same as a count of zero.
     *
     * @param downloads   download count, not negative, if known
     * @param rating      average rating from 0 to 5, if rated
     * @param lastUpdated the date of the last update, if known
     * @since 0.1.0
     */
    public record Metrics(OptionalLong downloads, Optional<Double> rating, Optional<LocalDate> lastUpdated) {

        private static final Metrics NONE = new Metrics(OptionalLong.empty(), Optional.empty(), Optional.empty());

        /**
         * Validates the components.
         *
         * @param downloads download count, not negative, if known
         * @param rating average rating from 0 to 5, if rated
         * @param lastUpdated the date of the last update, if known
         */
        public Metrics {
            Objects.requireNonNull(downloads, "downloads");
            if (downloads.isPresent() && downloads.getAsLong() < 0) {
                throw new IllegalArgumentException("downloads must not be negative: " + downloads.getAsLong());
            }
            Checks.optional(rating, "rating");
            rating.ifPresent(r -> {
                if (!(r >= 0 && r <= 5)) {
                    throw new IllegalArgumentException("rating must be between 0 and 5: " + r);
                }
            });
            Checks.optional(lastUpdated, "lastUpdated");
        }

        /**
         * Metrics with a known download count.
         *
         * @param downloads download count, not negative
         * @param rating average rating from 0 to 5, if rated
         * @param lastUpdated the date of the last update, if known
         */
        public Metrics(long downloads, Optional<Double> rating, Optional<LocalDate> lastUpdated) {
            this(OptionalLong.of(downloads), rating, lastUpdated);
        }

        /** @return nothing known: no download count, no rating, no date */
        public static Metrics none() {
            return NONE;
        }

        /** @return whether nothing is known (as for an entry without {@code metrics:}) */
        public boolean isEmpty() {
            return downloads.isEmpty() && rating.isEmpty() && lastUpdated.isEmpty();
        }
    }

    /**
     * The cost estimate.
     *
     * @param estimatedCost estimated monthly cost in USD, not negative
     * @param costCategory  its category
     * @param partial       whether some resources could not be priced ({@code partial: true} in the registry): the
     *                      cost is then a lower bound, and the category only "at least" this one
     * @param usagePriced   whether some component is priced by usage (requests, GB stored, read units ...:
     *                      {@code usage_priced: true} in the registry): {@code estimatedCost} is the fixed part only,
     *                      and usage adds to it; the category is that of the fixed part (since 0.5.0)
     * @since 0.1.0
     */
    public record CostInfo(BigDecimal estimatedCost, CostCategory costCategory, boolean partial, boolean usagePriced) {

        /**
         * Validates the components.
         *
         * @param estimatedCost estimated monthly cost in USD, not negative
         * @param costCategory  its category
         * @param partial       whether some resources could not be priced (the cost is a lower bound)
         * @param usagePriced   whether some component is priced by usage, on top of {@code estimatedCost}
         */
        public CostInfo {
            Objects.requireNonNull(estimatedCost, "estimatedCost");
            if (estimatedCost.signum() < 0) {
                throw new IllegalArgumentException("estimatedCost must not be negative: " + estimatedCost);
            }
            Objects.requireNonNull(costCategory, "costCategory");
        }

        /**
         * An estimate with no component priced by usage, as recorded before 0.5.0.
         *
         * @param estimatedCost estimated monthly cost in USD, not negative
         * @param costCategory  its category
         * @param partial       whether some resources could not be priced (the cost is a lower bound)
         */
        public CostInfo(BigDecimal estimatedCost, CostCategory costCategory, boolean partial) {
            this(estimatedCost, costCategory, partial, false);
        }

        /**
         * A complete estimate: every resource was priced.
         *
         * @param estimatedCost estimated monthly cost in USD, not negative
         * @param costCategory  its category
         */
        public CostInfo(BigDecimal estimatedCost, CostCategory costCategory) {
            this(estimatedCost, costCategory, false, false);
        }

        /**
         * An estimate with the category derived from it.
         *
         * @param estimatedCost estimated monthly cost in USD
         * @return the cost info
         */
        public static CostInfo of(BigDecimal estimatedCost) {
            return new CostInfo(estimatedCost, CostCategory.forMonthlyCost(estimatedCost));
        }
    }

    /**
     * Who supports the module.
     *
     * @param maintainer     the owning team or person
     * @param supportChannel a chat channel, mailing list or URL, if any
     * @since 0.1.0
     */
    public record Support(String maintainer, Optional<String> supportChannel) {

        /**
         * Validates the components.
         *
         * @param maintainer the owning team or person
         * @param supportChannel a chat channel, mailing list or URL, if any
         */
        public Support {
            Checks.notBlank(maintainer, "maintainer");
            Checks.optional(supportChannel, "supportChannel");
        }

        /**
         * Support by a maintainer, without a channel.
         *
         * @param maintainer the owning team or person
         * @return the support
         * @since 0.1.0
         */
        public static Support of(String maintainer) {
            return new Support(maintainer, Optional.empty());
        }

        /**
         * Support by a maintainer, reached on a channel.
         *
         * @param maintainer     the owning team or person
         * @param supportChannel a chat channel, mailing list or URL
         * @return the support
         * @since 0.1.0
         */
        public static Support of(String maintainer, String supportChannel) {
            return new Support(maintainer, Optional.of(Objects.requireNonNull(supportChannel, "supportChannel")));
        }
    }
}
