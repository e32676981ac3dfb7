package dev.alexandria.spi.archfixture;

/** Violates the spi rule on purpose; only ArchitectureRulesCanFailTest imports it. */
public final class SpiUsingCore {
    Class<?> core = dev.alexandria.core.Alexandria.class;
}
