package dev.alexandria.api.model;

import java.util.Objects;

/**
 * A module that another module builds on, with the versions it accepts.
 *
 * @param module     the required module
 * @param constraint a Terraform-style version constraint ({@code ">= 1.0.0, < 2.0.0"}), or empty for any
 * @since 0.1.0
 */
public record ModuleRequirement(ModuleId module, String constraint) {

    /**
     * Validates the components.
     *
     * @param module the required module
     * @param constraint a Terraform-style version constraint ({@code ">= 1.0.0, < 2.0.0"}), or empty for any
     */
    public ModuleRequirement {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(constraint, "constraint");
    }

    /** @return {@code module constraint}, or just the module when any version will do */
    @Override
    public String toString() {
        return constraint.isEmpty() ? module.value() : module.value() + " " + constraint;
    }
}
