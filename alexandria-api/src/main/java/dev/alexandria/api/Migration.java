package dev.alexandria.api;

import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.MigrationPlan;
import java.nio.file.Path;
import java.util.List;

/**
 * A migration of a folder of flat Terraform modules into a library: step one infers a {@link MigrationPlan}
 * from the modules' code, which a person reviews and edits as YAML; step two applies it. Obtained from
 * {@code dev.alexandria.core.Alexandria.migrate(Path)} or {@link Library#migrate(Path)}.
 *
 * <pre>{@code
 * Migration migration = Alexandria.migrate(Path.of("components/terraform"));
 * MigrationPlan plan = migration.plan();                       // reads the folder, changes nothing
 * migration.writePlan(plan, Path.of("plan.yaml"));             // for review
 * MigrationPlan edited = migration.readPlan(Path.of("plan.yaml"));
 * MigrationResult result = migration.apply(edited).run();      // moves, links, catalog (see MigrationApply)
 * List<Finding> links = migration.check();                     // later: legacy links to remove
 * }</pre>
 *
 * <p>Planning never writes. The folder need not be a library yet; the modules move into {@link #into(Path)},
 * by default the folder itself. Categories are those of the target library's {@code _catalog/categories.yaml},
 * or of the design's taxonomy when it has none yet.
 *
 * <p>A {@code Migration} is mutable (see {@link #into(Path)}) and meant for one thread; the plans it returns
 * are immutable.
 *
 * @since 0.4.0
 */
public interface Migration {

    /** @return the migrated folder, absolute and normalized */
    Path folder();

    /**
     * Sets the library root the modules move into.
     *
     * @param libraryRoot the root that holds (or will hold) {@code _library/} and {@code _catalog/}; defaults to
     *                    the migrated folder
     * @return this migration
     */
    Migration into(Path libraryRoot);

    /**
     * Infers the plan: finds the modules below the folder (root modules and nested {@code modules/*}; skipping
     * {@code examples/}, {@code test/}, {@code tests/} and {@code .terraform/}), and for each infers its id,
     * layer, category, name, description, tags, complexity tier, version, maturity and maintainer with the
     * evidence. Reads files and git history; writes nothing.
     *
     * @return the plan, modules sorted by source folder
     * @throws AlexandriaException if the folder does not exist or is not a folder, or the target library's
     *                             catalog cannot be read; the message names the path
     */
    MigrationPlan plan();

    /**
     * Renders a plan as the YAML a person reviews and edits. Paths are written relative to the folder of the
     * plan file the text is meant for.
     *
     * @param plan     the plan
     * @param planFile where the text will be saved (used for relative paths only; nothing is written)
     * @return the YAML text
     */
    String planYaml(MigrationPlan plan, Path planFile);

    /**
     * Writes a plan to a file, replacing it atomically.
     *
     * @param plan     the plan
     * @param planFile the file to write
     * @throws AlexandriaException if the file cannot be written; the message names it
     */
    void writePlan(MigrationPlan plan, Path planFile);

    /**
     * Reads a plan file, checking every value: ids, layers, categories (one that is not in the target
     * library's taxonomy needs {@code new_category: true}), tiers, maturity levels, versions (and that the
     * maturity allows the version), tags, actions, duplicate sources and ids.
     *
     * @param planFile the plan file
     * @return the plan, remembering where each value was written
     * @throws MigrationPlanException if the file has errors; it lists every one with file:line:column
     * @throws AlexandriaException    if the file cannot be read or is not YAML; the message names it
     */
    MigrationPlan readPlan(Path planFile);

    /**
     * Like {@link #readPlan(Path)}, from text.
     *
     * @param text     the plan as YAML
     * @param planFile the file the text comes from: errors name it, and relative paths resolve against its
     *                 folder
     * @return the plan
     * @throws MigrationPlanException if the text has errors
     * @throws AlexandriaException    if the text is not YAML
     */
    MigrationPlan parsePlan(String text, Path planFile);

    /**
     * Prepares applying a plan: set the options on the returned {@link MigrationApply}, then {@link
     * MigrationApply#run()} it or look at its {@link MigrationApply#dryRun()}.
     *
     * @param plan the plan, usually {@linkplain #readPlan(Path) read} from the file a person reviewed
     * @return the application, with the defaults (legacy callers kept on the symlinks, unknown required fields
     *         refused, no progress listener)
     * @since 0.4.0
     */
    MigrationApply apply(MigrationPlan plan);

    /**
     * Checks the legacy symlinks an earlier migration left in the library ({@link #into(Path)}): links that are
     * dangling or loop (errors), past their removal date (the migration date recorded in
     * {@code _catalog/legacy-links.yaml} plus {@code migrate.legacy_link_months} of {@code settings.yaml}, 12 by
     * default), unrecorded, or still called by a module anywhere in the git work tree (warnings, at the calling
     * file and line), and one information per link that is fine, with the date it may be removed.
     *
     * <p>The library is opened first, as every command that reads one does: a library that does not open is
     * reported as such, not checked by its legacy links alone.
     *
     * @return the findings, errors and warnings first; empty when the library has no legacy links
     * @throws CatalogException    if the library does not open (a catalog or metadata error, or a folder that is
     *                             no library root); its findings name each file and line
     * @throws AlexandriaException if the library's legacy links cannot be read; the message names the file
     * @since 0.4.0
     */
    List<Finding> check();
}
