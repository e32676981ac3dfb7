/**
 * Writing YAML scalars so that they read back as what was written: the one path every YAML file Alexandria
 * writes goes through ({@code YamlScalars} for the catalog's own emitter, {@code YamlQuoting} for files written
 * from Jackson trees). A leaf package: it depends on SnakeYAML and Jackson only, so any domain package may use it.
 *
 * <p>Not API; may change without notice. Use {@code dev.alexandria.core.Alexandria}.
 */
package dev.alexandria.core.internal.yaml;
