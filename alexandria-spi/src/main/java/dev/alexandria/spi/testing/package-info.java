/**
 * The test runner SPI: {@link dev.alexandria.spi.testing.TestRunner}, which runs a module's test suites
 * ({@code tests/unit}, {@code tests/integration}) for {@code alexandria test}. Alexandria ships one for
 * {@code terraform test} / {@code tofu test}; a host can plug in others (Terratest, a CI service).
 *
 * @since 0.4.0
 */
package dev.alexandria.spi.testing;
