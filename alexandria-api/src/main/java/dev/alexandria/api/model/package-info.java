/**
 * Immutable domain values: ids, layers, categories, maturity levels, metadata, registry entries, the
 * taxonomy and the module interface. Records validate in their constructors, so an invalid value cannot
 * be built; every type here is safe to share between threads.
 */
package dev.alexandria.api.model;
