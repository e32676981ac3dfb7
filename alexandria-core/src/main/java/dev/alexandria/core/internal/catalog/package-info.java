/**
 * The library on disk: finding the root, scanning module folders, reading and checking the YAML files
 * (with a file:line:column for every problem), the immutable {@code Library} snapshot, and writing catalog
 * files with minimal diffs, atomically and under a cross-process lock.
 *
 * <p>Opening ({@code LibraryLoader}) reads the catalog files and every {@code .alexandria.yaml}, through the
 * library's cache (package {@code ..internal.cache}) when there is one; a module's HCL is read on first use
 * ({@code CatalogModule}, {@code ModuleHcl}).
 *
 * <p>Not API; may change without notice. Use {@code dev.alexandria.core.Alexandria}.
 */
package dev.alexandria.core.internal.catalog;
