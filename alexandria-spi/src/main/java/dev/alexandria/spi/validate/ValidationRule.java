package dev.alexandria.spi.validate;

import dev.alexandria.api.model.Finding;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule a {@link ModuleValidator} may report: its id (the {@link Finding#ruleId()} of its findings), the
 * severity it usually reports with, what it checks in one sentence, and the equivalent rule of another tool
 * when there is one (tflint's {@code terraform_documented_variables}), so teams moving from that tool recognise
 * it. SARIF output lists these as {@code runs[].tool.driver.rules}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the rule id, kebab-case ({@code variable-documented})
 * @param severity    the severity its findings usually have
 * @param description what it checks, one sentence
 * @param equivalent  the equivalent rule of another tool, if any ({@code tflint: terraform_typed_variables})
 * @since 0.4.0
 */
public record ValidationRule(String id, Finding.Severity severity, String description, Optional<String> equivalent) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Checks the components.
     *
     * @param id          the rule id, kebab-case
     * @param severity    the usual severity
     * @param description what it checks, not blank
     * @param equivalent  the equivalent rule of another tool, if any
     * @throws IllegalArgumentException if the id is not kebab-case or the description is blank
     */
    public ValidationRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(equivalent, "equivalent");
        if (!KEBAB.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be kebab-case: '" + id + "'");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("description of rule '" + id + "' must not be blank");
        }
    }

    /**
     * A rule without an equivalent in another tool.
     *
     * @param id          the rule id, kebab-case
     * @param severity    the usual severity
     * @param description what it checks
     * @return the rule
     */
    public static ValidationRule of(String id, Finding.Severity severity, String description) {
        return new ValidationRule(id, severity, description, Optional.empty());
    }

    /**
     * A rule with an equivalent in another tool.
     *
     * @param id          the rule id, kebab-case
     * @param severity    the usual severity
     * @param description what it checks
     * @param equivalent  the other tool's rule ({@code tflint: terraform_typed_variables})
     * @return the rule
     */
    public static ValidationRule of(String id, Finding.Severity severity, String description, String equivalent) {
        return new ValidationRule(id, severity, description, Optional.of(equivalent));
    }
}
