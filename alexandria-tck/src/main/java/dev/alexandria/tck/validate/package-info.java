/**
 * The conformance test kit of the module validation SPI:
 * {@link dev.alexandria.tck.validate.ModuleValidatorCompatibilityKit}.
 *
 * @since 0.4.0
 */
package dev.alexandria.tck.validate;
