package dev.alexandria.api.model;

import java.util.Objects;

/**
 * A module that another module builds on, with the versions it accepts.
 *
 * @param module     the required module
 * @param constraint the versions it accepts ({@code ">= 1.0.0, < 2.0.0"}), read as Terraform selects module
 *                   versions; {@link VersionConstraint#any()} for any
 * @since 0.1.0
 */
public record ModuleRequirement(ModuleId module, VersionConstraint constraint) {

    /**
     * Validates the components.
     *
     * @param module the required module
     * @param constraint the versions it accepts ({@code ">= 1.0.0, < 2.0.0"}), read as Terraform selects module
 *                   versions; {@link VersionConstraint#any()} for any
     */
    public ModuleRequirement {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** @return {@code module constraint}, or just the module when any version will do */
    @Override
    public String toString() {
        return constraint.isAny() ? module.value() : module.value() + " " + constraint.text();
    }
}
