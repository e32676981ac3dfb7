package dev.alexandria.api;

import dev.alexandria.api.model.Bump;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.PlannedFile;
import dev.alexandria.api.model.ReleaseResult;
import dev.alexandria.api.model.Version;
import java.util.List;
import java.util.Optional;

/**
 * A release of one module, planned and not yet written: the next version, the files it changes (the module's
 * {@code .alexandria.yaml}, the registry, {@code CHANGELOG.md}, the README's tables between terraform-docs'
 * markers), the commit of exactly those files and the annotated tag {@code <module>/v<version>} on it.
 * {@link #render()} prints it (a dry run); {@link #apply()} performs it, all or nothing.
 *
 * <pre>{@code
 * ReleasePlan plan = lib.versions("vpc-standard").release(ReleaseRequest.bump(ReleaseBump.AUTO, "DNS names."));
 * String review = plan.render();   // the files and the exact lines that would change
 * ReleaseResult done = plan.apply();       // write, commit, tag
 * }</pre>
 *
 * <p>A plan is made against the files as they are; {@link #apply()} refuses if any of them changed since.
 * Not thread-safe: apply a plan once.
 *
 * @since 0.2.0
 */
public interface ReleasePlan {

    /** @return the module */
    ModuleId module();

    /** @return the version before the release (the working tree's {@code .alexandria.yaml}) */
    Version current();

    /** @return the version the release makes */
    Version next();

    /** @return the changes since the last registered version, if the module has one */
    Optional<InterfaceDiff> diff();

    /** @return the bump the changes require; {@code PATCH} when there is nothing to compare */
    Bump requiredBump();

    /** @return the files the release writes, in the order it writes them */
    List<PlannedFile> files();

    /** @return the message of the release commit */
    String commitMessage();

    /** @return the tag the release creates, {@code <module>/v<version>} */
    String tag();

    /**
     * Why {@link #apply()} would refuse this plan as the files are now, although the release itself is valid: the
     * module folder or the registry has uncommitted changes (the release commit must hold only the release's
     * files). A dry run shows the plan and these reasons; commit or stash the changes and plan again.
     *
     * @return one reason per line, each saying how to fix it; empty when the plan can be applied
     */
    List<String> refusals();

    /**
     * The plan for people: the version, the commit and tag, and each file with the lines that would change, in
     * unified diff form.
     *
     * @return the text, ending with a newline
     */
    String render();

    /**
     * Writes the files (atomically, under the catalog lock), commits exactly those files and creates the
     * annotated tag on that commit. If any step fails, every file is restored byte for byte, and the commit and
     * the tag, if made, are undone.
     *
     * @return what was released
     * @throws IllegalStateException if the plan was applied already
     * @throws ReleaseRefusedException if {@link #refusals()} is not empty, or a planned file changed since the plan
     *                                 was made
     * @throws AlexandriaException     if a step fails; the library and repository are as they were
     */
    ReleaseResult apply();
}
