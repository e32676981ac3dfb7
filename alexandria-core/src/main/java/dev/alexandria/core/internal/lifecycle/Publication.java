package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Library;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.core.internal.versioning.CatalogCommit;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.versioning.FolderTrees;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Plans {@code publish}: no module file changes; the final validation gate (errors refuse); the highest
 * registered version marked {@code published: <date>} in the registry; once written, every notifier is called and
 * each result reported.
 */
final class Publication {

    private Publication() {
    }

    /**
     * The reason that introduces the validation errors below it. Validation reads the module folder as it is now;
     * publishing marks the tagged release published: when the two differ the errors may be in edits made since
     * the release, and the fix says so rather than asking for a new release.
     */
    private static String gateReason(Library library, LibraryModule module, String tag, int errors) {
        String id = module.id().value();
        String found = "validation of the module folder found " + Plurals.count(errors, "error")
                + " (alexandria validate " + id + "), listed below";
        Optional<String> now = FolderTrees.working(library.root(), module.directory());
        Optional<String> tagged = FolderTrees.at(library.root(), module.directory(), "refs/tags/" + tag);
        String release = "release a new version (alexandria version " + id + " --bump auto) and publish that";
        if (now.isEmpty() || tagged.isEmpty()) { // no tag to compare with: its own reason below says so
            return found + "; fix them, " + release;
        }
        if (now.equals(tagged)) {
            return found + ", and the folder holds exactly the files of the release " + tag + "; fix them, "
                    + release;
        }
        boolean uncommitted = FolderTrees.next(library.root(), module.directory(), java.util.Map.of())
                .filter(t -> !t.equals(now.get())).isPresent();
        return found + ", but the folder differs from the release " + tag + (uncommitted ? " by uncommitted "
                + "changes" : " by commits made after it") + ", and the gate judges the folder as it is now; "
                + (uncommitted ? "if the errors are in those changes, commit a fix or stash them (git stash) and "
                + "publish again, else fix them, release a new version and publish that"
                : "fix them in a new commit, release a new version (alexandria version " + id + " --bump auto) and "
                + "publish that");
    }

    static ChangePlan plan(DefaultLifecycle lifecycle, Notifiers notifiers) {
        Library library = lifecycle.library();
        LibraryModule module = lifecycle.libraryModule();
        String id = module.id().value();
        if (module.metadata().maturity() == MaturityLevel.ARCHIVED) {
            throw new RefusedException("refusing to publish " + id + ":", List.of(id + " is archived, and archived "
                    + "modules are read-only; publish its replacement instead"));
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
                    + "version to publish (alexandria version " + id + " --bump auto)"));
        }
        String tag = version.tag().orElse(id + "/v" + version.version());
        List<String> reasons = new ArrayList<>(Validation.errors(library, module));
        if (!reasons.isEmpty()) {
            reasons.add(0, gateReason(library, module, tag, reasons.size()));
        }
        Path registryFile = library.root().resolve("_catalog/module-registry.yaml");
        Optional<List<String>> uncommitted = CatalogCommit.uncommitted(library.root(), List.of(registryFile));
        if (uncommitted.isEmpty()) { // no repository: no tag to check, nothing to commit into
            reasons.add("the library " + library.root() + " is not a git repository with a commit, and publish "
                    + "checks the release's git tag and commits the registry; make it one (in the library: "
                    + DefaultModuleVersions.MAKE_REPOSITORY + "), then register and publish there");
            throw new RefusedException(summary, reasons);
        }
        Optional<String> tagged = FolderTrees.at(library.root(), module.directory(), "refs/tags/" + tag);
        if (tagged.isEmpty()) {
            reasons.add("the git tag " + tag + " of " + version.version() + " is missing, so what would be published "
                    + "cannot be checked; restore the tag (git tag -a " + tag + " <release commit>)");
        } else if (version.tree().isPresent() && !version.tree().get().equals(tagged.get())) {
            reasons.add("the tag " + tag + " holds the module folder tree " + tagged.get() + ", not the registered "
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
        CatalogSettings.Notify settings = library.catalog().settings().notifications();
        List<String> notes = new ArrayList<>();
        if (version.tree().isEmpty()) {
            notes.add("warning: the registry records no folder tree for " + version.version() + " (released before "
                    + "releases recorded one), so a moved tag cannot be noticed: check that " + tag + " is the "
                    + "release commit (git show " + tag + ") before publishing; it holds the tree "
                    + tagged.orElseThrow());
        }
        notes.add(settings.webhooks().isEmpty() ? "no webhooks in _catalog/settings.yaml (notify: webhooks:)"
                : "notifies " + Plurals.count(settings.webhooks().size(), "webhook"));
        String message = "publish " + id + " " + version.version() + " (" + tag + ")";
        String commitNote = "commits _catalog/module-registry.yaml: " + message;
        notes.add(commitNote);
        String notifyNote = notes.get(notes.size() - 2);
        dev.alexandria.spi.notify.Publication publication = new dev.alexandria.spi.notify.Publication(module.id(),
                module.metadata().name(), module.metadata().description(), module.category().id(), version.version(),
                version.maturity(), tag, day);
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
}
