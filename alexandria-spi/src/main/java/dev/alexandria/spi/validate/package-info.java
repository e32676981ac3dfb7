/**
 * The module validation SPI: {@link dev.alexandria.spi.validate.ModuleValidator}, one set of rules over a
 * module (its metadata, its HCL, or an external tool run on its folder), each finding with a rule id, a severity,
 * a file and line, a message and a fix. {@code alexandria validate} runs every validator found.
 *
 * @since 0.4.0
 */
package dev.alexandria.spi.validate;
