package dev.alexandria.api.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A module that another module builds on, with the versions it accepts, as a {@code requires} entry of
 * {@code .alexandria.yaml} declares it.
 *
 * <pre>{@code
 * requires:
 *   - module: kms
 *     version: "~> 1.5"
 *     exemption:
 *       reason: EKS secrets encryption needs the cluster's KMS key
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param module     the required module
 * @param constraint the versions it accepts ({@code ">= 1.0.0, < 2.0.0"}), read as Terraform selects module
 *                   versions; {@link VersionConstraint#any()} for any
 * @param exemption  why this one requirement may break the layer rule (point to a higher layer, or to the same
 *                   layer under the strict policy), if it is exempted
 * @since 0.1.0
 */
public record ModuleRequirement(ModuleId module, VersionConstraint constraint, Optional<Exemption> exemption) {

    /**
     * Validates the components.
     *
     * @param module     the required module
     * @param constraint the versions it accepts; {@link VersionConstraint#any()} for any
     * @param exemption  the layer-rule exemption of this requirement, if any
     */
    public ModuleRequirement {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(constraint, "constraint");
        Checks.optional(exemption, "exemption");
    }

    /**
     * A requirement without an exemption.
     *
     * @param module     the required module
     * @param constraint the versions it accepts; {@link VersionConstraint#any()} for any
     */
    public ModuleRequirement(ModuleId module, VersionConstraint constraint) {
        this(module, constraint, Optional.empty());
    }

    /**
     * The same requirement with an exemption from the layer rule.
     *
     * @param reason why the requirement is needed although it breaks the layer rule; not blank
     * @return the exempted requirement
     * @since 0.2.0
     */
    public ModuleRequirement exempt(String reason) {
        return new ModuleRequirement(module, constraint, Optional.of(new Exemption(reason)));
    }

    /** @return {@code module constraint}, or just the module when any version will do */
    @Override
    public String toString() {
        return constraint.isAny() ? module.value() : module.value() + " " + constraint.text();
    }

    /**
     * Why one requirement may break the layer rule: the {@code exemption: {reason: …}} of a {@code requires}
     * entry. {@code alexandria graph --check} lists every exemption, so they stay visible in review.
     *
     * @param reason why the requirement is needed, not blank
     * @since 0.2.0
     */
    public record Exemption(String reason) {

        /**
         * Validates the reason.
         *
         * @param reason why the requirement is needed, not blank
         */
        public Exemption {
            Checks.notBlank(reason, "reason");
        }
    }
}
