package dev.alexandria.api.model;

/**
 * Whether {@code Library.validate} runs the external tools ({@code terraform validate} or {@code tofu validate},
 * {@code tflint}, and any other validator of stage {@code EXTERNAL}).
 *
 * <p>They are run for named modules and left out of a whole-library run by default: each run costs a process
 * start per module and {@code terraform init} needs the providers (network access or a provider mirror), which a
 * whole-library check in a pre-commit hook or on a laptop usually does not want to pay for. This is how
 * pre-commit-terraform and tflint's {@code --recursive} are used too: on the folders that changed. A report that
 * leaves them out says so in {@link ValidationReport#skipped()}, never that they passed.
 *
 * @since 0.4.0
 */
public enum ExternalTools {
    /** Run them when modules are named; leave them out (listed as skipped) when the whole library is validated. */
    NAMED_MODULES,
    /** Run them on every module validated, the whole library included. */
    ALWAYS,
    /** Never run them (listed as skipped). */
    NEVER
}
