package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;

/**
 * What applying a migration plan did, or with a dry run would do: the modules moved into {@code _library}, those
 * already in place (applying a plan twice changes nothing), those the plan keeps in place, what needs a person's
 * review, the module sources rewritten, the callers outside the migrated folder that keep working through the
 * legacy symlinks, the legacy links left, and every file written with its text before and after.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dryRun         whether nothing was written
 * @param moved          the modules moved, in the order they were moved
 * @param alreadyInPlace the modules of the plan that were already where it puts them (sources relative to the
 *                       migrated folder)
 * @param keptInPlace    the modules the plan keeps where they are ({@code action: keep})
 * @param needsReview    sentences naming a module (or file) and what a person should check
 * @param rewritten      the module sources rewritten: always those between migrated modules, and with
 *                       {@code rewriteSources} also those of callers outside the migrated folder
 * @param legacyCallers  module calls outside the migrated folder that use a legacy path and were left to work
 *                       through the symlinks (empty with {@code rewriteSources})
 * @param links          the legacy paths left as symlinks, relative to the library root
 * @param files          the text files written (metadata, catalog, rewritten configuration), paths relative to the
 *                       library root
 * @param diff           the changes of {@code files} in unified diff form, for people (empty when none)
 * @since 0.4.0
 */
public record MigrationResult(boolean dryRun, List<Move> moved, List<String> alreadyInPlace,
        List<String> keptInPlace, List<String> needsReview, List<SourceChange> rewritten,
        List<SourceChange> legacyCallers, List<String> links, List<PlannedFile> files, String diff) {

    /**
     * Validates and copies the components.
     *
     * @param dryRun         whether nothing was written
     * @param moved          the modules moved
     * @param alreadyInPlace the modules already in place
     * @param keptInPlace    the modules kept in place
     * @param needsReview    what needs review
     * @param rewritten      the sources rewritten
     * @param legacyCallers  the callers outside the folder that use a legacy path
     * @param links          the legacy links
     * @param files          the files written
     * @param diff           the changes of the files in unified diff form
     */
    public MigrationResult {
        moved = Checks.list(moved, "moved");
        alreadyInPlace = Checks.list(alreadyInPlace, "alreadyInPlace");
        keptInPlace = Checks.list(keptInPlace, "keptInPlace");
        needsReview = Checks.list(needsReview, "needsReview");
        rewritten = Checks.list(rewritten, "rewritten");
        legacyCallers = Checks.list(legacyCallers, "legacyCallers");
        links = Checks.list(links, "links");
        files = Checks.list(files, "files");
        Objects.requireNonNull(diff, "diff");
    }

    /** @return whether the migration changed (or with a dry run would change) anything on disk */
    public boolean changed() {
        return !moved.isEmpty() || !rewritten.isEmpty() || files.stream().anyMatch(PlannedFile::changes);
    }

    /** @return one line: how many modules moved, stayed in place and need review */
    public String summary() {
        return (dryRun ? "would move " : "moved ") + moved.size() + " module(s), " + alreadyInPlace.size()
                + " already in place, " + keptInPlace.size() + " kept in place, " + needsReview.size()
                + " need(s) review, " + rewritten.size() + " source(s) rewritten, " + legacyCallers.size()
                + " outside caller(s) left on legacy paths";
    }

    @Override
    public String toString() {
        return summary();
    }

    /**
     * One module moved into the library.
     *
     * @param source the folder it came from, relative to the migrated folder
     * @param from   where it was, relative to the library root (its legacy path, or its old place in
     *               {@code _library} when an edited plan moves it again)
     * @param to     where it is now, relative to the library root ({@code _library/<layer>/<category>/<id>})
     * @param id     its id
     */
    public record Move(String source, String from, String to, ModuleId id) {

        /**
         * Validates the components.
         *
         * @param source the folder it came from
         * @param from   where it was
         * @param to     where it is now
         * @param id     its id
         */
        public Move {
            Objects.requireNonNull(source, "source");
            Checks.notBlank(from, "from");
            Checks.notBlank(to, "to");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String toString() {
            return from + " -> " + to;
        }
    }
}
