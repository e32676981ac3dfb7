/**
 * Conformance test kits for Alexandria's SPIs, one abstract JUnit 5 class per SPI. A provider author extends the
 * kit of the SPI in a few lines (a factory method for the provider) and runs it with the provider's own tests;
 * each test's display name states one obligation of the SPI's contract.
 */
package dev.alexandria.tck;
