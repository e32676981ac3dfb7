package dev.alexandria.api;

import dev.alexandria.api.model.ChangeResult;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.PlannedFile;
import java.util.List;
import java.util.Optional;

/**
 * A planned write of the module lifecycle ({@code scaffold}, {@code register}, {@code publish}): print it (a dry
 * run) or apply it. Every check that can refuse is made when the plan is made, so a dry run refuses exactly what
 * a real run would. Applying is all or nothing: under the catalog lock, every file is checked unchanged since the
 * plan and replaced atomically; a failure half-way restores every file (and undoes a release's commit and tag),
 * so the library is as it was.
 *
 * <p>Not thread-safe; apply a plan once.
 *
 * @since 0.4.0
 */
public interface ChangePlan {

    /** @return the module the plan writes */
    ModuleId module();

    /** @return one line saying what the plan does, such as {@code scaffold vpc-enterprise (standard, 14 files)} */
    String summary();

    /** @return every file the plan writes (a release's files first), with its text before and after */
    List<PlannedFile> files();

    /** @return the release the plan makes (register's first version), if any */
    Optional<ReleasePlan> release();

    /**
     * Why {@link #apply()} would be refused as the library is now, though the plan could be made (such as
     * uncommitted changes in the files it writes and commits); a dry run reports these as a refusal, exactly as
     * applying would.
     *
     * @return every reason with its fix, empty when applying would go ahead
     * @since 0.4.0
     */
    default List<String> refusals() {
        return release().map(ReleasePlan::refusals).orElse(List.of());
    }

    /** @return remarks and warnings about what the plan does or leaves alone, possibly empty */
    List<String> notes();

    /**
     * The message of the commit {@link #apply()} makes when the library is a git repository (the commit holds
     * exactly the plan's files): the plan's own, or with a {@linkplain #release() release} that commits the
     * change, the release's.
     *
     * @return the message, ending with a newline; empty when the plan commits nothing
     * @since 0.4.0
     */
    default Optional<String> commitMessage() {
        return release().map(ReleasePlan::commitMessage);
    }

    /**
     * What is done once the plan's files are written, besides writing them (such as the search index update after
     * {@code register}); the dry run shows it in every output format.
     *
     * @return what is done afterwards, or empty when nothing is
     * @since 0.4.0
     */
    default Optional<String> then() {
        return Optional.empty();
    }

    /** @return the plan for people: the summary, the notes and a unified diff of every file */
    String render();

    /**
     * Applies the plan.
     *
     * @return what was done
     * @throws RefusedException     if a file changed since the plan was made
     * @throws AlexandriaException  if writing failed (everything was restored)
     * @throws IllegalStateException if the plan was applied already
     */
    ChangeResult apply();
}
