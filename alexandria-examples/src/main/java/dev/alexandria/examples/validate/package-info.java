/**
 * An example {@link dev.alexandria.spi.validate.ModuleValidator}: a team's own rule, run by {@code validate}
 * beside the built-in ones.
 */
package dev.alexandria.examples.validate;
