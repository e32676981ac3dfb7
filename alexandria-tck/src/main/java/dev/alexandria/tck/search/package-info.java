/**
 * The conformance test kit of the {@code SearchBackend} SPI: {@link
 * dev.alexandria.tck.search.SearchBackendCompatibilityKit}.
 */
package dev.alexandria.tck.search;
