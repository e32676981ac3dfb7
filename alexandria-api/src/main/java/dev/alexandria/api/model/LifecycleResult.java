package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an applied lifecycle change did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module  the module
 * @param level   its maturity after the change
 * @param files   the files written, relative to the library root, in the order they were written
 * @param release the release made with the change (a promotion whose version had to change), if any
 * @param commit  the id of the git commit that holds the change (the release's commit when there is a release);
 *                empty outside git
 * @since 0.3.0
 */
public record LifecycleResult(ModuleId module, MaturityLevel level, List<String> files,
                              Optional<ReleaseResult> release, Optional<String> commit) {

    /**
     * Checks and copies the components.
     *
     * @param module  the module
     * @param level   its maturity after the change
     * @param files   the files written
     * @param release the release made, if any
     * @param commit  the commit made, if any
     */
    public LifecycleResult {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(level, "level");
        files = Checks.list(files, "files");
        Checks.optional(release, "release");
        Checks.optional(commit, "commit");
    }

    /**
     * A result whose commit, if any, is its release's.
     *
     * @param module  the module
     * @param level   its maturity after the change
     * @param files   the files written
     * @param release the release made, if any
     */
    public LifecycleResult(ModuleId module, MaturityLevel level, List<String> files,
                           Optional<ReleaseResult> release) {
        this(module, level, files, release, Objects.requireNonNull(release, "release").map(ReleaseResult::commit));
    }
}
