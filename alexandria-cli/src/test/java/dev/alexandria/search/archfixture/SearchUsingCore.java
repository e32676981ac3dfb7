package dev.alexandria.search.archfixture;

/** Violates the provider rule on purpose; only ArchitectureRulesCanFailTest imports it. */
public final class SearchUsingCore {
    Class<?> core = dev.alexandria.core.Alexandria.class;
}
