package dev.alexandria.api.model;

import java.util.Map;
import java.util.Optional;

/**
 * The Terraform and provider versions a module works with.
 *
 * @param terraform a Terraform version constraint ({@code ">= 1.5.0"}, read as {@code required_version} is), if
 *                  declared
 * @param providers provider name to version constraint ({@code aws -> ">= 5.0, < 6.0"}); copied
 * @since 0.1.0
 */
public record CompatibleWith(Optional<VersionConstraint> terraform, Map<String, VersionConstraint> providers) {

    private static final CompatibleWith EMPTY = new CompatibleWith(Optional.empty(), Map.of());

    /**
     * Validates and copies the components.
     *
     * @param terraform a Terraform version constraint ({@code ">= 1.5.0"}), if declared
     * @param providers provider name to version constraint ({@code aws -> ">= 5.0, < 6.0"}); copied
     */
    public CompatibleWith {
        Checks.optional(terraform, "terraform");
        providers = Checks.map(providers, "providers");
    }

    /** @return nothing declared */
    public static CompatibleWith empty() {
        return EMPTY;
    }

    /** @return whether nothing is declared */
    public boolean isEmpty() {
        return terraform.isEmpty() && providers.isEmpty();
    }
}
