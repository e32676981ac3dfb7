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
 * @since 0.1.0
 */
public record ModuleMetadata(
        ModuleId id,
        String name,
        String description,
        String version,
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
        Evidence evidence) {

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
     * @throws IllegalArgumentException if a value is impossible; the message names the component and quotes the value
     */
    public ModuleMetadata {
        Objects.requireNonNull(id, "id");
        Checks.notBlank(name, "name");
        Checks.notBlank(description, "description");
        Checks.version(version, "version");
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
    }

    /** @return the cost category derived from {@link #estimatedMonthlyCost()}, if a cost is declared */
    public Optional<CostCategory> costCategory() {
        return estimatedMonthlyCost.map(CostCategory::forMonthlyCost);
    }
}
