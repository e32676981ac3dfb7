package dev.alexandria.cli.archfixture.cycle.first;

import dev.alexandria.cli.archfixture.cycle.second.Second;

/** Half of a package cycle on purpose; only ArchitectureRulesCanFailTest imports it. */
public final class First {
    Second second;
}
