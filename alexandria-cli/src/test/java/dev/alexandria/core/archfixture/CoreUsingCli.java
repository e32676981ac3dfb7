package dev.alexandria.core.archfixture;

/** Violates the core and the CLI-is-a-leaf rules on purpose; only ArchitectureRulesCanFailTest imports it. */
public final class CoreUsingCli {
    Class<?> cli = dev.alexandria.cli.AlexandriaCli.class;
}
