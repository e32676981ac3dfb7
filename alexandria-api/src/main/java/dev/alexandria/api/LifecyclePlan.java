package dev.alexandria.api;

import dev.alexandria.api.model.LifecycleResult;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.PlannedFile;
import java.util.List;
import java.util.Optional;

/**
 * A lifecycle change of one module (a promotion, a demotion, a deprecation, an archiving), planned and not yet
 * written. {@link #render()} prints it (a dry run: the files and the exact lines that would change);
 * {@link #apply()} performs it, all or nothing, through the catalog's locked, atomic writes.
 *
 * <pre>{@code
 * PromotionResult result = lib.lifecycle("vpc-standard").promote(MaturityLevel.STABLE);
 * if (result.isReady()) {
 *     LifecyclePlan plan = result.plan().orElseThrow();
 *     String review = plan.render();   // the files and the exact lines that would change
 *     plan.apply();
 * }
 * }</pre>
 *
 * <p>A plan is made against the files as they are; {@link #apply()} refuses if any of them changed since. Not
 * thread-safe: apply a plan once.
 *
 * @since 0.3.0
 */
public interface LifecyclePlan {

    /** @return the module */
    ModuleId module();

    /** @return its maturity now */
    MaturityLevel from();

    /** @return its maturity after the change */
    MaturityLevel to();

    /** @return one line saying what the plan does, such as {@code promote vpc-standard beta → stable} */
    String summary();

    /**
     * The files the plan writes, in the order it writes them. With a {@linkplain #release() release}, these are
     * the release's files (which carry the level change too) followed by any others.
     *
     * @return the files
     */
    List<PlannedFile> files();

    /**
     * The release that makes the module's version fit its new level (a promotion to beta or stable from a
     * version the level does not allow): level and version change together, in the release commit.
     *
     * @return the release, if the plan needs one
     */
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

    /** @return remarks about what the plan leaves alone or assumes, possibly empty */
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
     * The plan for people: the summary, the notes, and each file with the lines that would change, in unified
     * diff form.
     *
     * @return the text, ending with a newline
     */
    String render();

    /**
     * Writes the files (atomically, under the catalog lock; with a release, also its commit and tag). If any
     * step fails, every file is restored byte for byte.
     *
     * @return what was done
     * @throws IllegalStateException       if the plan was applied already
     * @throws LifecycleRefusedException   if a planned file changed since the plan was made
     * @throws ReleaseRefusedException     if the release's files changed since the plan was made
     * @throws AlexandriaException         if a step fails; the library is as it was
     */
    LifecycleResult apply();
}
