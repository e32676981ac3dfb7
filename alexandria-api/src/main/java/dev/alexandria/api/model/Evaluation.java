package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of evaluating an HCL expression: its value and the problems met. When there are errors the value
 * is what Terraform would have given in their place, usually an {@linkplain HclValue.UnknownValue unknown}
 * value, so a caller can still see how far the evaluation got; it never throws for bad input.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value       the value; never null
 * @param diagnostics the problems met, in the order met; copied
 * @since 0.2.0
 */
public record Evaluation(HclValue value, List<Diagnostic> diagnostics) {

    /**
     * Validates and copies.
     *
     * @param value       the value; not null
     * @param diagnostics the problems met; not null, no null elements
     * @throws NullPointerException if an argument or an element is null
     */
    public Evaluation {
        Objects.requireNonNull(value, "value");
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return whether any diagnostic is an error */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** @return whether the value is known, every part of it, and there were no errors */
    public boolean isWhollyKnown() {
        return !hasErrors() && value.isWhollyKnown();
    }
}
