/**
 * The maturity lifecycle: the state machine of {@link dev.alexandria.api.model.MaturityLevel} applied to a
 * module (history and days in level, from {@code .alexandria.yaml}, the registry or git), promotion criteria
 * judged from evidence, deprecation (README banner, {@code MIGRATION.md}) and archiving, each as a plan written
 * all or nothing. Internal: not API; may change without notice.
 */
package dev.alexandria.core.internal.lifecycle;
