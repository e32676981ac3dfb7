/**
 * The {@link dev.alexandria.spi.search.SearchBackend} SPI: full-text search over a library's modules, with
 * filters, facets, sorting and paging.
 *
 * <p>The host (Alexandria's core) turns each module into a {@link dev.alexandria.spi.search.SearchDocument} of
 * named fields, describes the fields and the search vocabulary in an {@link dev.alexandria.spi.search.IndexSpec},
 * keeps the index up to date with {@link dev.alexandria.spi.search.SearchIndex#sync(java.util.Collection)} and
 * queries it with a {@link dev.alexandria.spi.search.SearchQuery}. A backend knows nothing about modules: it indexes
 * and finds documents. Core ships a small in-memory backend, used when no provider is on the class path;
 * {@code alexandria-search-lucene} is the real one. {@code alexandria-tck}'s {@code SearchBackendCompatibilityKit}
 * checks a backend against this contract.
 */
package dev.alexandria.spi.search;
