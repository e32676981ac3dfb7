package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.core.internal.versioning.TaggedCopies;
import dev.alexandria.core.internal.versioning.CatalogCommit;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.versioning.FolderTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plans {@code publish}: no module file changes; the final validation gate over the release exactly as its git tag
 * holds it (a copy read from git's objects, never the working folder: errors refuse); the highest registered
 * version marked {@code published: <date>} in the registry; once written, every notifier is called with the
 * tagged metadata and each result reported. Two things come from the library as it is now: whether the module is
 * archived (refused if it is, now or in the tag) and the webhooks to notify (operational settings, not part of
 * the release).
 */
final class Publication {

    private Publication() {
    }

    static ChangePlan plan(DefaultLifecycle lifecycle, Notifiers notifiers) {
        Library library = lifecycle.library();
        LibraryModule module = lifecycle.libraryModule();
        String id = module.id().value();
        // Whether the module is retired is the library's present state, read as every lifecycle command reads it
        // (archive moves the registry entry to archived:, so the registry alone would only say "not registered").
        // Publishing cannot be undone (the version becomes immutable, the notifications are sent), so a module
        // archived now is refused even when its release predates the archiving; the release's own state, as the
        // tag holds it, is checked too (Tagged.read).
        if (module.metadata().maturity() == MaturityLevel.ARCHIVED) {
            // the version publish would take, as every other refusal of publish names it: the latest registered
            String which = module.registryEntry().flatMap(e -> e.versions().stream()
                    .max(Comparator.comparing(RegisteredVersion::version))).map(v -> " " + v.version()).orElse("");
            throw new RefusedException("refusing to publish " + id + which + ":",
                    List.of(Transitions.archivedRefusal(module, "publish")));
        }
        Optional<RegistryEntry> entry = lifecycle.catalog().readRegistry().entry(module.id());
        Optional<RegisteredVersion> latest = entry.flatMap(e -> e.versions().stream()
                .max(Comparator.comparing(RegisteredVersion::version)));
        if (latest.isEmpty()) {
            throw new RefusedException("refusing to publish " + id + ":", List.of(id + " has no registered version; "
                    + "register one first (alexandria register " + id + " --version " + module.version() + ")"));
        }
        RegisteredVersion version = latest.get();
        String summary = "refusing to publish " + id + " " + version.version() + ":";
        if (version.isPublished()) {
            throw new RefusedException(summary, List.of(version.version() + " was published on "
                    + version.published().orElseThrow() + ", and published versions are immutable; release a new "
                    + "version to publish (" + DefaultModuleVersions.releaseCommand(id) + ")"));
        }
        String tag = version.tag().orElse(DefaultModuleVersions.tagName(module.id(), version.version()));
        List<String> reasons = new ArrayList<>();
        Path registryFile = library.root().resolve("_catalog/module-registry.yaml");
        Optional<List<String>> uncommitted = CatalogCommit.uncommitted(library.root(), List.of(registryFile));
        if (uncommitted.isEmpty()) { // no repository: no tag to read, nothing to commit into
            reasons.add("the library " + library.root() + " is not a git repository with a commit, and publish "
                    + "validates the release as its git tag holds it and commits the registry; make it one (in the "
                    + "library: " + DefaultModuleVersions.MAKE_REPOSITORY + "), then register and publish there");
            throw new RefusedException(summary, reasons);
        }
        Tagged tagged = Tagged.read(lifecycle, tag, version.version().toString(), reasons);
        Optional<String> tree = FolderTrees.at(library.root(), module.directory(), "refs/tags/" + tag);
        if (tagged != null && version.tree().isPresent() && tree.isPresent()
                && !version.tree().get().equals(tree.get())) {
            reasons.add("the tag " + tag + " holds the module folder tree " + tree.get() + ", not the registered "
                    + version.tree().get() + "; the tag was moved: put it back on the release commit");
        }
        uncommitted.filter(l -> !l.isEmpty()).ifPresent(l ->
                reasons.add(String.join(", ", l) + " has uncommitted changes; commit or discard them first, so the "
                        + "publish commit holds only the publication"));
        if (!reasons.isEmpty()) {
            throw new RefusedException(summary, reasons);
        }
        LocalDate day = lifecycle.asOf();
        List<RegisteredVersion> versions = entry.get().versions().stream()
                .map(v -> v.version().equals(version.version()) ? v.withPublished(day) : v).toList();
        LifecycleChange.FileChange registry = lifecycle.registryChange(e -> e.toBuilder().versions(versions).build())
                .orElseThrow();
        // Where to announce is an operational setting, not part of the release: the library's present
        // _catalog/settings.yaml, never the tag's (a hook replaced or revoked since the release must not be posted to)
        CatalogSettings.Notify settings = library.catalog().settings().notifications();
        List<String> notes = new ArrayList<>();
        if (version.tree().isEmpty()) {
            notes.add("warning: the registry records no folder tree for " + version.version() + " (released before "
                    + "releases recorded one), so a moved tag cannot be noticed: check that " + tag + " is the "
                    + "release commit (git show " + tag + ") before publishing; it holds the tree "
                    + tree.orElseThrow());
        }
        notes.add(settings.webhooks().isEmpty() ? "no webhooks in _catalog/settings.yaml (notify: webhooks:)"
                : "notifies " + Plurals.count(settings.webhooks().size(), "webhook"));
        String message = "publish " + id + " " + version.version() + " (" + tag + ")";
        String commitNote = "commits _catalog/module-registry.yaml: " + message;
        notes.add(commitNote);
        String notifyNote = notes.get(notes.size() - 2);
        // what the release holds, never the working folder: its name, description and category as tagged
        dev.alexandria.spi.notify.Publication publication = new dev.alexandria.spi.notify.Publication(module.id(),
                tagged.name(), tagged.description(), tagged.category(), version.version(), version.maturity(), tag,
                day);
        return new ModulePlan(lifecycle.catalog(), module.id(), "publish", "publish " + id + " " + version.version()
                + " (" + tag + ")", List.of(registry), Optional.empty(), notes,
                (outNotes, notifications) -> {
                    // once applied the notes say what was done: the commit is made, the notifications follow
                    outNotes.replaceAll(n -> n.equals(commitNote) ? "committed _catalog/module-registry.yaml: "
                            + message : n);
                    if (!settings.webhooks().isEmpty()) {
                        outNotes.remove(notifyNote);
                    }
                    notifications.addAll(notifiers.send(publication, settings));
                },
                library.root(), Optional.of(message));
    }

    /**
     * The release as its tag holds it: what the notification announces.
     *
     * @param name        the module's name in the tagged {@code .alexandria.yaml}
     * @param description its description there
     * @param category    its category there
     */
    private record Tagged(String name, String description, String category) {

        /**
         * Copies the library as the tag holds it into a temporary folder, from git's objects ({@link TaggedCopies};
         * nothing is checked out, so the work tree's edits make no difference), validates the module there with
         * every validator {@code validate} runs, and deletes the copy.
         *
         * @param reasons receives every reason to refuse: a missing tag or module, each validation error
         * @return the tagged module's metadata; null when the tag holds no module to publish
         */
        static Tagged read(DefaultLifecycle lifecycle, String tag, String version, List<String> reasons) {
            Library library = lifecycle.library();
            LibraryModule module = lifecycle.libraryModule();
            String id = module.id().value();
            String folder = "_library/" + module.path();
            String release = "release a new version (" + DefaultModuleVersions.releaseCommand(id) + ") and publish that";
            // the commit the version was released from, as the fixes name it: the first that holds the files the
            // registry recorded for it, else a placeholder and the command that lists the module folder's commits
            Optional<String> first = module.registryEntry().stream().flatMap(e -> e.versions().stream())
                    .filter(r -> r.version().toString().equals(version)).findFirst().flatMap(RegisteredVersion::tree)
                    .flatMap(t -> FolderTrees.firstCommitWith(library.root(), module.directory(), t));
            String commit = first.orElse("<release commit>");
            String found = first.map(c -> ", the first commit that holds its registered files")
                    .orElseGet(() -> ", where " + dev.alexandria.core.internal.versioning.GitCommands.candidates(
                            library.root(), module.directory()) + " lists the candidate commits");
            Path copy;
            try {
                copy = Files.createTempDirectory("alexandria-publish-");
            } catch (IOException e) {
                throw new AlexandriaException("cannot make a temporary folder to read the release " + tag + " into: "
                        + e.getMessage() + "; free space in " + System.getProperty("java.io.tmpdir")
                        + " (java.io.tmpdir)", e);
            }
            try {
                TaggedCopies.Outcome read = TaggedCopies.write(library.root(), folder, "refs/tags/" + tag, copy);
                if (read == TaggedCopies.Outcome.NO_REVISION) {
                    // a tag made by hand of a tree or a blob has the name: it is moved to the commit, not made
                    Optional<String> stray = TaggedCopies.nonCommitTarget(library.root(), tag);
                    reasons.add("the git tag " + tag + " of " + version + stray.map(type -> " points at a " + type
                            + ", not a commit").orElse(" is missing") + ", so what would be published cannot be "
                            + "read; " + (stray.isPresent() ? "point it at the release commit (" : "restore the tag (")
                            + DefaultModuleVersions.tagCommand(library.root(), tag, id + " " + version, commit,
                                    stray.isPresent()) + found + ")");
                    return null;
                }
                if (read == TaggedCopies.Outcome.NO_MODULE) {
                    reasons.add("the tag " + tag + " holds no folder " + folder + ", so it is not a release of " + id
                            + " there (the module was moved, or the tag is on another commit); put the tag back on "
                            + "the release commit (" + DefaultModuleVersions.tagCommand(library.root(), tag, id + " " + version, commit, true) + found + "), or " + release);
                    return null;
                }
                Library tagged;
                LibraryModule at;
                try {
                    tagged = lifecycle.openCopy().apply(copy);
                    at = tagged.requireModule(module.path());
                } catch (CatalogValidationException e) {
                    reasons.add("the release " + tag + " cannot be opened: its library files have "
                            + Plurals.count(e.errors().size(), "error") + ", listed below; fix "
                            + (e.errors().size() == 1 ? "it" : "them") + ", " + release);
                    e.errors().forEach(f -> reasons.add(tag + ":" + Validation.line(f)));
                    return null;
                } catch (AlexandriaException e) {
                    reasons.add("the release " + tag + " cannot be opened: " + inTag(e.getMessage(), copy, tag)
                            + "; fix it, " + release);
                    return null;
                }
                if (at.metadata().maturity() == MaturityLevel.ARCHIVED) {
                    reasons.add("the release " + tag + " holds " + id + " as archived (maturity: archived in its "
                            + ".alexandria.yaml), and an archived module is not published; put the tag back on the "
                            + "release commit (" + DefaultModuleVersions.tagCommand(library.root(), tag, id + " " + version, commit, true) + found + "), or "
                            + at.metadata().deprecation().flatMap(d -> d.replacement())
                                    .map(r -> "publish its replacement " + r.value() + " instead")
                                    .orElse("publish the module that replaces it instead"));
                }
                List<String> errors = Validation.errors(tagged, at);
                if (!errors.isEmpty()) {
                    reasons.add("validation of the release " + tag + " (the module folder as the tag holds it; "
                            + "uncommitted edits and later commits are not judged) found "
                            + Plurals.count(errors.size(), "error") + " (alexandria validate " + id + " judges the "
                            + "working folder), listed below; a published release never changes, so fix "
                            + (errors.size() == 1 ? "it" : "them") + " in a new version (" + DefaultModuleVersions.releaseCommand(id) + ") and publish that");
                    errors.forEach(e -> reasons.add(tag + ":" + inTag(e, copy, tag)));
                }
                return new Tagged(at.metadata().name(), at.metadata().description(), at.category().id());
            } finally {
                TerraformTestRunner.deleteTree(copy);
            }
        }

        /** A message about the copy, with the copy's folder named as the tag. */
        private static String inTag(String message, Path copy, String tag) {
            String text = String.valueOf(message);
            return text.replace(copy + java.io.File.separator, "").replace(copy.toString(), tag);
        }
    }
}
