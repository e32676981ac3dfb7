package dev.alexandria.api.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code Library.validate} found: every finding of every validator over the modules validated, sorted by
 * file, line and column; the validators that ran; and those that were skipped, each with the reason (an external
 * tool that is not installed is skipped, never reported as passed).
 *
 * <p>Rule ids are those of the built-in validators (see {@code docs/validate.md}) and of the validators found on
 * the class path.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationReport r = lib.validate(List.of("vpc-standard"));
 * if (r.hasErrors()) { r.errors().forEach(f -> problems.add(f.toString())); }
 * }</pre>
 *
 * @param modules    the modules validated, in library order (layer rank, category, id)
 * @param findings   every finding, sorted by file, line and column
 * @param validators the names of the validators that ran, sorted
 * @param skipped    the validators (and external tools) that did not run, or ran but not on every module (the
 *                   version-bump rule on a module whose registered version has no git tag), with the reason,
 *                   sorted by name
 * @param rules      every rule of the validators that ran, sorted by id: what SARIF output lists as the tool's
 *                   rules
 * @since 0.4.0
 */
public record ValidationReport(List<ModuleId> modules, List<Finding> findings, List<String> validators,
                               List<Skipped> skipped, List<Rule> rules) {

    /**
     * A report without rule descriptions.
     *
     * @param modules    the modules validated
     * @param findings   every finding
     * @param validators the names of the validators that ran
     * @param skipped    the validators that did not run
     */
    public ValidationReport(List<ModuleId> modules, List<Finding> findings, List<String> validators,
                            List<Skipped> skipped) {
        this(modules, findings, validators, skipped, List.of());
    }

    /**
     * Validates, copies and sorts.
     *
     * @param modules    the modules validated
     * @param findings   every finding
     * @param validators the names of the validators that ran
     * @param skipped    the validators that did not run
     * @param rules      the rules of the validators that ran
     */
    public ValidationReport {
        modules = Checks.list(modules, "modules");
        List<Finding> sorted = new ArrayList<>(Checks.list(findings, "findings"));
        sorted.sort(null);
        findings = List.copyOf(sorted);
        validators = Checks.list(validators, "validators").stream().sorted().toList();
        skipped = Checks.list(skipped, "skipped").stream()
                .sorted((a, b) -> a.validator().compareTo(b.validator())).toList();
        rules = Checks.list(rules, "rules").stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /**
     * The rule of an id.
     *
     * @param ruleId a rule id
     * @return its description, if a validator that ran declares it
     */
    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** @return whether any finding is an error: what makes {@code alexandria validate} exit 1 */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** @return the errors only, sorted by file, line and column */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /** @return the warnings only, sorted by file, line and column */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.WARNING).toList();
    }

    @Override
    public String toString() {
        return "ValidationReport{modules=" + modules.size() + ", errors=" + errors().size() + ", warnings="
                + warnings().size() + ", findings=" + findings.size() + ", validators=" + validators.size()
                + ", skipped=" + skipped.size() + "}";
    }

    /**
     * A validator, or an external tool run as one, that did not run, and why.
     *
     * <p>Immutable and thread-safe.
     *
     * @param validator the validator's name ({@code alexandria-tflint})
     * @param reason    why it did not run ({@code not installed: no tflint on PATH})
     * @since 0.4.0
     */
    public record Skipped(String validator, String reason) {

        /**
         * Validates the components.
         *
         * @param validator the validator's name, not blank
         * @param reason    why it did not run, not blank
         */
        public Skipped {
            Checks.notBlank(validator, "validator");
            Checks.notBlank(reason, "reason");
        }

        /** @return {@code validator: skipped: reason} */
        @Override
        public String toString() {
            return validator + ": skipped: " + reason;
        }
    }

    /**
     * A rule a validator may report.
     *
     * <p>Immutable and thread-safe.
     *
     * @param id          the rule id ({@code variable-documented})
     * @param validator   the validator that declares it ({@code alexandria-terraform-conventions})
     * @param severity    the severity its findings usually have
     * @param description what it checks, one sentence
     * @param equivalent  the equivalent rule of another tool, if any ({@code tflint: terraform_documented_variables})
     * @since 0.4.0
     */
    public record Rule(String id, String validator, Finding.Severity severity, String description,
                       Optional<String> equivalent) {

        /**
         * Validates the components.
         *
         * @param id          the rule id, not blank
         * @param validator   the validator's name, not blank
         * @param severity    the usual severity
         * @param description what it checks, not blank
         * @param equivalent  the equivalent rule of another tool, if any
         */
        public Rule {
            Checks.notBlank(id, "id");
            Checks.notBlank(validator, "validator");
            Objects.requireNonNull(severity, "severity");
            Checks.notBlank(description, "description");
            Checks.optional(equivalent, "equivalent");
        }
    }

    /**
     * An empty report of nothing validated.
     *
     * @return a report with no modules, findings or validators
     */
    public static ValidationReport empty() {
        return new ValidationReport(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
