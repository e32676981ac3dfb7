package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.model.LibraryModule;
import java.util.List;

/**
 * The validation a module must pass before {@code version} releases it: {@code register}'s gate, the same code
 * (the lifecycle package's, which this package cannot see, so the library hands it in). Without it, {@code version}
 * refused only HCL that does not parse and tagged a module that {@code validate} and {@code register} refuse (a
 * reference to an undeclared variable). The gate judges the module as the release step leaves it:
 * README tables the step regenerates are no reason to refuse, and the version-bump rule is the step's own.
 */
@FunctionalInterface
public interface ReleaseGate {

    /**
     * No gate: the versions of a module read by a host that only diffs and lists them, or whose writes another
     * gate guards already ({@code register} validates before it releases).
     */
    ReleaseGate NONE = (module, notes) -> List.of();

    /**
     * @param module the module to release, as the library snapshot has it
     * @param notes  receives what the release step mends instead of refusing (stale README tables), as notes of
     *               the plan
     * @return the reasons of a refusal, each {@code reason; fix}, the first saying how many errors validation
     *         found; empty when the module passes
     */
    List<String> refusals(LibraryModule module, List<String> notes);
}
