package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The files as Jackson reads them (counts are {@link BigInteger} so that no number overflows while binding;
 * the range is checked on conversion): one record per YAML mapping, snake_case keys, Bean Validation constraints
 * on what a single value must look like. Cross-field and cross-file rules are checked by {@link CatalogReader}
 * after conversion. Everything is nullable here; absence is decided by the constraints.
 */
final class YamlModel {

    static final String KEBAB = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
    static final String KEBAB_MESSAGE = "must be lower-case kebab-case";
    static final String FOLDER = "[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*";
    static final String FOLDER_MESSAGE = "must be a folder name under examples/";

    private YamlModel() {
    }

    /** {@code .alexandria.yaml}. */
    record MetadataYaml(
            @NotBlank String id,
            @NotBlank String name,
            @NotBlank String description,
            @NotBlank String version,
            @NotBlank String layer,
            @NotBlank String category,
            @NotBlank String maturity,
            String complexity,
            List<@NotNull @Pattern(regexp = KEBAB, message = KEBAB_MESSAGE) String> tags,
            @NotBlank String maintainer,
            String supportChannel,
            List<@NotNull @Valid RequirementYaml> requires,
            @Valid CompatibleYaml compatibleWith,
            @Valid CostYaml cost,
            List<@NotBlank @Pattern(regexp = FOLDER, message = FOLDER_MESSAGE) String> examples,
            @Valid DeprecationYaml deprecation,
            @Valid EvidenceYaml evidence,
            List<@NotNull @Valid HistoryYaml> maturityHistory) {
    }

    /** One entry of {@code maturity_history}. */
    record HistoryYaml(@NotBlank String level, @NotBlank String date) {
    }

    record RequirementYaml(@NotBlank String module, String version, @Valid ExemptionYaml exemption) {
    }

    record ExemptionYaml(@NotBlank String reason) {
    }

    record CompatibleYaml(String terraform, Map<String, @NotNull String> providers) {
    }

    record CostYaml(@NotNull @PositiveOrZero BigDecimal estimatedMonthlyUsd) {
    }

    record DeprecationYaml(@NotBlank String reason, String replacement, String removalDate) {
    }

    record EvidenceYaml(
            @PositiveOrZero BigInteger productionTeams,
            @PositiveOrZero BigInteger criticalBugs,
            @JsonProperty("critical_bugs_90d") @PositiveOrZero BigInteger criticalBugs90d,
            @PositiveOrZero BigInteger caseStudies,
            List<@NotBlank String> criticalBugDates,
            Boolean benchmarks,
            Boolean documentation,
            Boolean apiComplete,
            Boolean communityUsage) {
    }

    /** {@code module-registry.yaml}. */
    record RegistryYaml(@NotNull List<@NotNull @Valid RegistryEntryYaml> modules,
                        List<@NotNull @Valid RegistryEntryYaml> archived) {
    }

    record RegistryEntryYaml(
            @NotBlank String id,
            @NotBlank String name,
            @NotBlank String version,
            @NotBlank String category,
            List<@NotNull @Pattern(regexp = KEBAB, message = KEBAB_MESSAGE) String> tags,
            @NotBlank String maturity,
            @NotNull String description,
            String readmeUrl,
            List<@NotBlank String> examples,
            List<@NotNull @Valid RequirementYaml> requires,
            @Valid CompatibleYaml compatibleWith,
            @Valid MetricsYaml metrics,
            @Valid CostInfoYaml cost,
            @NotNull @Valid SupportYaml support,
            List<@NotNull @Valid VersionYaml> versions,
            List<@NotNull @Valid HistoryYaml> maturityHistory,
            @Valid DeprecationYaml deprecation) {
    }

    record MetricsYaml(
            @PositiveOrZero BigInteger downloads,
            @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "5", message = "must be at most 5")
            Double rating,
            String lastUpdated) {
    }

    record CostInfoYaml(@NotNull @PositiveOrZero BigDecimal estimatedCost, String costCategory, Boolean partial,
                        Boolean usagePriced) {
    }

    record SupportYaml(@NotBlank String maintainer, String supportChannel) {
    }

    record VersionYaml(@NotBlank String version, @NotBlank String released, @NotBlank String maturity,
                       String changelog, String gitTag, String tree, String fingerprint, String published) {
    }

    /** {@code categories.yaml}. */
    record CategoriesYaml(String dependencyPolicy, @NotNull List<@NotNull @Valid LayerYaml> layers) {
    }

    record LayerYaml(@NotBlank String name, Integer rank, String description,
                     List<@NotNull @Valid CategoryYaml> categories) {
    }

    record CategoryYaml(@NotBlank @Pattern(regexp = KEBAB, message = KEBAB_MESSAGE) String name,
                        String description, Boolean crossCutting) {
    }

    /** {@code tags.yaml}. */
    record TagsYaml(@NotNull List<@NotNull @Valid TagYaml> tags) {
    }

    record TagYaml(@NotBlank @Pattern(regexp = KEBAB, message = KEBAB_MESSAGE) String name, String description,
                   List<@NotBlank String> synonyms, String parent) {
    }

    /** {@code maturity-levels.yaml}. */
    record MaturityLevelsYaml(List<@NotNull @Valid LevelYaml> levels,
                              List<@NotNull @Valid PromotionYaml> promotions) {
    }

    record LevelYaml(@NotBlank String name, String description, List<@NotNull String> requirements, String sla) {
    }

    record PromotionYaml(@NotBlank String from, @NotBlank String to,
                         List<@NotNull @Valid CriterionYaml> criteria) {
    }

    record CriterionYaml(@NotBlank String id, String description, BigDecimal threshold) {
    }

    /** {@code search-index.yaml}. */
    record SearchIndexYaml(@NotNull List<@NotNull @Valid IndexYaml> indices) {
    }

    record IndexYaml(@NotBlank String name, List<@NotBlank String> fields, Map<String, @NotNull Double> boosts) {
    }

    /** {@code settings.yaml}. */
    record SettingsYaml(@Valid InspectSettingsYaml inspect, @Valid VersioningSettingsYaml versioning,
                        @Valid GraphSettingsYaml graph, @Valid MigrateSettingsYaml migrate,
                        @JsonProperty("notify") @Valid NotifySettingsYaml notifications) {
    }

    record MigrateSettingsYaml(Integer legacyLinkMonths) {
    }

    record NotifySettingsYaml(List<@NotBlank String> webhooks) {
    }

    record VersioningSettingsYaml(String riskyChanges) {
    }

    record GraphSettingsYaml(List<@NotBlank String> registrySources) {
    }

    record InspectSettingsYaml(List<@NotBlank String> boilerplateFiles) {
    }
}
