package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.VersionConstraint;

/**
 * The form of Terraform-style version constraints in catalog files, read with {@link VersionConstraint}:
 * comma-separated terms, each an optional operator ({@code =}, {@code !=}, {@code >}, {@code >=}, {@code <},
 * {@code <=}, {@code ~>}) and a version of one to three numbers with an optional pre-release.
 */
public final class Constraints {

    private Constraints() {
    }

    /**
     * @param constraint a constraint as written in a catalog file
     * @return whether it is a valid constraint; the empty string (any version) is valid, a blank one is not
     */
    public static boolean isValid(String constraint) {
        if (constraint.isBlank()) {
            return constraint.isEmpty();
        }
        return VersionConstraint.tryParse(constraint).isPresent();
    }
}
