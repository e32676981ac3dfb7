package dev.alexandria.examples.archfixture;

/** Reaches into core's internals on purpose; only ArchitectureRulesCanFailTest imports it. */
public final class UsingCoreInternals {
    Class<?> internal = dev.alexandria.core.internal.catalog.LibraryRoots.class;
}
