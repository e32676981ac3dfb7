/**
 * The library on disk: finding the root, scanning module folders, reading and checking the YAML files
 * (with a file:line:column for every problem), the immutable {@code Library} snapshot, and writing catalog
 * files with minimal diffs, atomically and under a cross-process lock.
 *
 * <p>Not API; may change without notice. Use {@code dev.alexandria.core.Alexandria}.
 */
package dev.alexandria.core.internal.catalog;
