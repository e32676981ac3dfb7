package dev.alexandria.core.internal.catalog;

import java.util.regex.Pattern;

/**
 * The syntax of Terraform-style version constraints: comma-separated terms, each an optional operator
 * ({@code =}, {@code !=}, {@code >}, {@code >=}, {@code <}, {@code <=}, {@code ~>}) and a version of one to three
 * numbers with an optional pre-release ({@code >= 1.0.0, < 2.0.0}, {@code ~> 0.2.0}, {@code 1.0.0-beta.3}).
 * Whether a version satisfies a constraint is decided by the versioning package; this only checks the form.
 */
final class Constraints {

    private static final Pattern TERM = Pattern.compile(
            "\\s*(=|!=|>=|<=|>|<|~>)?\\s*v?(0|[1-9]\\d*)(\\.(0|[1-9]\\d*)){0,2}(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?\\s*");

    private Constraints() {
    }

    /** @return whether the text is a valid constraint; the empty string (any version) is valid */
    static boolean isValid(String constraint) {
        if (constraint.isBlank()) {
            return constraint.isEmpty();
        }
        if (constraint.length() > 200) {
            return false;
        }
        for (String term : constraint.split(",", -1)) {
            if (!TERM.matcher(term).matches()) {
                return false;
            }
        }
        return true;
    }
}
