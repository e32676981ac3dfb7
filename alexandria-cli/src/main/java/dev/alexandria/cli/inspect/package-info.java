/**
 * {@code alexandria inspect}: the interface of a Terraform module (inputs, outputs, requirements, resources,
 * module calls, diagnostics), of a library module or of any folder with {@code .tf} files. Part of the
 * command line, not an API.
 */
package dev.alexandria.cli.inspect;
