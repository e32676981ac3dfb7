package dev.alexandria.api.model;

import java.util.List;
import java.util.Objects;

/**
 * What applying a migration plan did, or with a dry run would do: the modules moved into {@code _library}, those
 * already in place (applying a plan twice changes nothing), those the plan keeps in place, what needs a person's
 * review, the module sources rewritten, the callers outside the migrated folder that keep working through the
 * legacy symlinks, the legacy links left, and every file written with its text before and after. Build one with
 * {@link #builder(boolean)}.
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
 * @param inGit          whether the library root (and so the migrated folder: a migration between two
 *                       repositories is refused) is in a git work tree, so that moves keep their history and the
 *                       changes are staged in its index (when not a dry run)
 * @param callerScope    the folders searched for module calls from outside the migrated folder: the git work tree,
 *                       or outside git the library root and, when the folder is not inside it, the folder's
 *                       parent; relative to the library root
 * @param refusals       why applying the plan would be refused as the tree is now (a dry run's; a real run throws
 *                       {@link dev.alexandria.api.RefusedException} with these reasons instead), each with its fix,
 *                       such as git's index being locked by another git process; empty when nothing refuses it
 * @since 0.4.0
 */
public record MigrationResult(boolean dryRun, List<Move> moved, List<String> alreadyInPlace,
        List<String> keptInPlace, List<String> needsReview, List<SourceChange> rewritten,
        List<SourceChange> legacyCallers, List<String> links, List<PlannedFile> files, String diff, boolean inGit,
        List<String> callerScope, List<String> refusals) {

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
     * @param inGit          whether the library is in a git work tree
     * @param callerScope    the folders searched for outside callers
     * @param refusals       why applying would be refused as the tree is now
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
        callerScope = Checks.list(callerScope, "callerScope");
        refusals = Checks.list(refusals, "refusals");
    }

    /**
     * A builder; every list starts empty and the diff blank.
     *
     * @param dryRun whether nothing was written
     * @return a builder
     */
    public static Builder builder(boolean dryRun) {
        return new Builder(dryRun);
    }

    /** @return whether the changes were staged in git: applied (not a dry run), in git, and something changed */
    public boolean staged() {
        return !dryRun && inGit && changed();
    }

    /** @return whether the migration changed (or with a dry run would change) anything on disk */
    public boolean changed() {
        return !moved.isEmpty() || !rewritten.isEmpty() || files.stream().anyMatch(PlannedFile::changes);
    }

    /** @return one line: how many modules moved, stayed in place and need review */
    public String summary() {
        return (dryRun ? "would move " : "moved ") + count(moved.size(), "module") + ", "
                + alreadyInPlace.size() + " already in place, " + keptInPlace.size() + " kept in place, "
                + needsReview.size() + (needsReview.size() == 1 ? " needs" : " need") + " review, "
                + count(rewritten.size(), "source") + " rewritten, "
                + count(legacyCallers.size(), "outside caller") + " left on legacy paths";
    }

    @Override
    public String toString() {
        return summary();
    }

    /** "1 module", "2 modules" (the nouns of the summary all take -s; api.Plurals is out of this package's reach). */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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

    /** Builds a {@link MigrationResult}. Not thread-safe. */
    public static final class Builder {
        private final boolean dryRun;
        private List<Move> moved = List.of();
        private List<String> alreadyInPlace = List.of();
        private List<String> keptInPlace = List.of();
        private List<String> needsReview = List.of();
        private List<SourceChange> rewritten = List.of();
        private List<SourceChange> legacyCallers = List.of();
        private List<String> links = List.of();
        private List<PlannedFile> files = List.of();
        private String diff = "";
        private boolean inGit;
        private List<String> callerScope = List.of();
        private List<String> refusals = List.of();

        private Builder(boolean dryRun) {
            this.dryRun = dryRun;
        }

        /**
         * Sets the modules moved.
         *
         * @param moved the modules moved
         * @return this builder
         * @throws NullPointerException if moved is null
         */
        public Builder moved(List<Move> moved) {
            this.moved = Objects.requireNonNull(moved, "moved");
            return this;
        }

        /**
         * Sets the modules already in place.
         *
         * @param alreadyInPlace the modules already in place
         * @return this builder
         * @throws NullPointerException if alreadyInPlace is null
         */
        public Builder alreadyInPlace(List<String> alreadyInPlace) {
            this.alreadyInPlace = Objects.requireNonNull(alreadyInPlace, "alreadyInPlace");
            return this;
        }

        /**
         * Sets the modules kept in place.
         *
         * @param keptInPlace the modules kept in place
         * @return this builder
         * @throws NullPointerException if keptInPlace is null
         */
        public Builder keptInPlace(List<String> keptInPlace) {
            this.keptInPlace = Objects.requireNonNull(keptInPlace, "keptInPlace");
            return this;
        }

        /**
         * Sets what needs review.
         *
         * @param needsReview what needs review
         * @return this builder
         * @throws NullPointerException if needsReview is null
         */
        public Builder needsReview(List<String> needsReview) {
            this.needsReview = Objects.requireNonNull(needsReview, "needsReview");
            return this;
        }

        /**
         * Sets the sources rewritten.
         *
         * @param rewritten the sources rewritten
         * @return this builder
         * @throws NullPointerException if rewritten is null
         */
        public Builder rewritten(List<SourceChange> rewritten) {
            this.rewritten = Objects.requireNonNull(rewritten, "rewritten");
            return this;
        }

        /**
         * Sets the outside callers left on legacy paths.
         *
         * @param legacyCallers the outside callers left on legacy paths
         * @return this builder
         * @throws NullPointerException if legacyCallers is null
         */
        public Builder legacyCallers(List<SourceChange> legacyCallers) {
            this.legacyCallers = Objects.requireNonNull(legacyCallers, "legacyCallers");
            return this;
        }

        /**
         * Sets the legacy links.
         *
         * @param links the legacy links
         * @return this builder
         * @throws NullPointerException if links is null
         */
        public Builder links(List<String> links) {
            this.links = Objects.requireNonNull(links, "links");
            return this;
        }

        /**
         * Sets the files written.
         *
         * @param files the files written
         * @return this builder
         * @throws NullPointerException if files is null
         */
        public Builder files(List<PlannedFile> files) {
            this.files = Objects.requireNonNull(files, "files");
            return this;
        }

        /**
         * Sets the changes of the files in unified diff form.
         *
         * @param diff the changes of the files in unified diff form
         * @return this builder
         * @throws NullPointerException if diff is null
         */
        public Builder diff(String diff) {
            this.diff = Objects.requireNonNull(diff, "diff");
            return this;
        }

        /**
         * Sets whether the library is in a git work tree.
         *
         * @param inGit whether the library is in a git work tree
         * @return this builder
         */
        public Builder inGit(boolean inGit) {
            this.inGit = inGit;
            return this;
        }

        /**
         * Sets the folders searched for outside callers.
         *
         * @param callerScope the folders searched for outside callers
         * @return this builder
         * @throws NullPointerException if callerScope is null
         */
        public Builder callerScope(List<String> callerScope) {
            this.callerScope = Objects.requireNonNull(callerScope, "callerScope");
            return this;
        }

        /**
         * Sets why applying the plan would be refused as the tree is now.
         *
         * @param refusals the reasons, each with its fix
         * @return this builder
         * @throws NullPointerException if refusals is null
         */
        public Builder refusals(List<String> refusals) {
            this.refusals = Objects.requireNonNull(refusals, "refusals");
            return this;
        }

        /**
         * Builds the result.
         *
         * @return the result
         * @throws NullPointerException if a list or the diff is null
         */
        public MigrationResult build() {
            return new MigrationResult(dryRun, moved, alreadyInPlace, keptInPlace, needsReview, rewritten,
                    legacyCallers, links, files, diff, inGit, callerScope, refusals);
        }
    }
}
