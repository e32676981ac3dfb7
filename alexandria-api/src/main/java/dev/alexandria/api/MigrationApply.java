package dev.alexandria.api;

import dev.alexandria.api.model.MigrationResult;
import dev.alexandria.api.model.MigrationStep;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Applying a (reviewed, possibly edited) migration plan: each module folder is moved with {@code git mv} semantics
 * to {@code _library/<layer>/<category>/<id>/} (its tracked files keep their history through rename detection),
 * gets its {@code .alexandria.yaml}, is registered in {@code module-registry.yaml}; {@code categories.yaml} and
 * {@code tags.yaml} are created or extended with what the plan uses; a relative symlink is left at every legacy
 * path and recorded with the migration date in {@code _catalog/legacy-links.yaml}. Relative {@code source}
 * references between migrated modules are always rewritten (Terraform resolves a symlinked module folder to its
 * real path, so {@code ../vpc} would break); callers outside the migrated folder keep working through the
 * symlinks and are listed, or are rewritten with {@link #rewriteSources(boolean)}. Obtained from
 * {@link Migration#apply(dev.alexandria.api.model.MigrationPlan)}.
 *
 * <pre>{@code
 * Migration migration = Alexandria.migrate(Path.of("components/terraform"));
 * MigrationPlan plan = migration.readPlan(Path.of("plan.yaml"));
 * MigrationResult preview = migration.apply(plan).dryRun();       // the file changes, nothing written
 * MigrationResult done = migration.apply(plan)
 *         .progress(step -> log.info("{}", step))
 *         .run();
 * }</pre>
 *
 * <p>The plan is the contract: applying it twice changes nothing the second time; applying it after a person
 * changed a module's category moves the module again. The run is all or nothing: if a step fails, every folder,
 * link, file and the git index are put back as they were. Changes are staged in the git index, not committed.
 *
 * <p>Mutable and single-threaded; {@link #run()} and {@link #dryRun()} leave it unchanged.
 *
 * @since 0.4.0
 */
public interface MigrationApply {

    /**
     * Whether callers outside the migrated folder get their {@code source} rewritten to the modules' new paths.
     *
     * @param rewrite true to rewrite them; defaults to false (they keep working through the legacy symlinks and
     *                are listed in {@link MigrationResult#legacyCallers()})
     * @return this
     */
    MigrationApply rewriteSources(boolean rewrite);

    /**
     * Whether a plan that still has unknown required fields is applied with defaults (name from the id,
     * description from the name, version 0.1.0, maturity experimental, maintainer {@code unknown}) instead of
     * refused.
     *
     * @param accept true to apply defaults; defaults to false
     * @return this
     */
    MigrationApply acceptDefaults(boolean accept);

    /**
     * Receives a step after each module is moved and when the catalog is written. An exception thrown by the
     * listener stops the run, which then puts everything back as it was.
     *
     * @param listener the listener; defaults to none
     * @return this
     */
    MigrationApply progress(Consumer<MigrationStep> listener);

    /**
     * The clock that dates the migration (the legacy links' migration date).
     *
     * @param clock the clock; defaults to the system clock in UTC
     * @return this
     */
    MigrationApply clock(Clock clock);

    /**
     * Applies the plan.
     *
     * @return what was done
     * @throws MigrationPlanException if a required field is still unknown (without {@link #acceptDefaults}) or a
     *                                module cannot be placed (its folder is missing, a symlink loop, its target
     *                                already exists); every problem is listed with the plan's file:line
     * @throws RefusedException       if the plan cannot be applied as the tree is now (git's index is locked by
     *                                another git process, or one that crashed); nothing is written, and
     *                                {@link #dryRun()} lists the same reasons in {@link MigrationResult#refusals()}
     * @throws AlexandriaException    if a step fails; the tree and the git index are as they were
     */
    MigrationResult run();

    /**
     * Shows what {@link #run()} would do, writing nothing: the moves, the links, the rewritten sources and every
     * file's text before and after.
     *
     * @return what would be done, with {@link MigrationResult#refusals()} saying why {@link #run()} would be
     *     refused as the tree is now (empty when it would not)
     * @throws MigrationPlanException as {@link #run()}
     */
    MigrationResult dryRun();
}
