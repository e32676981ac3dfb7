/**
 * Validation: the built-in {@link dev.alexandria.spi.validate.ModuleValidator}s (metadata and path agreement,
 * naming conventions, documented and typed variables, documented outputs, {@code required_version} and pinned
 * providers, README and its terraform-docs tables, examples and tests for the maturity level, declared and
 * derived complexity, the layer rule and deprecated dependencies, {@code terraform validate} and {@code tflint}
 * when installed), the discovery of the others, and the run that turns them into one
 * {@link dev.alexandria.api.model.ValidationReport}. Internal: not API; may change without notice.
 */
package dev.alexandria.core.internal.validate;
