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
 * @since 0.1.0
 */
public record RegistryEntry(
        ModuleId id,
        String name,
        String version,
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
        List<RegisteredVersion> versions) {

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
     * @throws IllegalArgumentException if a value is impossible, such as a version registered twice
     */
    public RegistryEntry {
        Objects.requireNonNull(id, "id");
        Checks.notBlank(name, "name");
        Checks.version(version, "version");
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
        Set<String> seen = new HashSet<>();
        for (RegisteredVersion v : versions) {
            if (!seen.add(v.version())) {
                throw new IllegalArgumentException("version " + v.version() + " of " + id + " is registered twice");
            }
        }
    }

    /**
     * Looks up a registered version.
     *
     * @param version a version string
     * @return the registered version, if any
     */
    public Optional<RegisteredVersion> registeredVersion(String version) {
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
        boolean highest = SemVer.compare(registered.version(), version) >= 0;
        return new RegistryEntry(id, name, highest ? registered.version() : version, category, tags,
                highest ? registered.maturity() : maturity, description, readmeUrl, examples, requires,
                compatibleWith, metrics, cost, support, all);
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
     * @since 0.1.0
     */
    public record CostInfo(BigDecimal estimatedCost, CostCategory costCategory) {

        /**
         * Validates the components.
         *
         * @param estimatedCost estimated monthly cost in USD, not negative
         * @param costCategory its category
         */
        public CostInfo {
            Objects.requireNonNull(estimatedCost, "estimatedCost");
            if (estimatedCost.signum() < 0) {
                throw new IllegalArgumentException("estimatedCost must not be negative: " + estimatedCost);
            }
            Objects.requireNonNull(costCategory, "costCategory");
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
    }
}
