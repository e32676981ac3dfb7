/**
 * Module inspection: a reader of the HCL native syntax (after hashicorp/hcl {@code hclsyntax/spec.md}) and
 * of the JSON syntax ({@code *.tf.json}) that extracts a module's interface, and renderers of that
 * interface as terraform-config-inspect JSON and as README Markdown tables.
 *
 * <p>Not API; may change without notice. Reach it through {@code dev.alexandria.core.Alexandria}.
 * Bad input never throws: it becomes {@link dev.alexandria.api.model.Diagnostic}s on the result.
 */
package dev.alexandria.core.internal.inspect;
