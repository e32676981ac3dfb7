package dev.alexandria.cli.archfixture.cycle.second;

import dev.alexandria.cli.archfixture.cycle.first.First;

/** The other half of a package cycle on purpose; only ArchitectureRulesCanFailTest imports it. */
public final class Second {
    First first;
}
