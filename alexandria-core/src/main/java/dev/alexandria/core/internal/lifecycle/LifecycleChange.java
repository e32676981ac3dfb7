package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.LifecycleRefusedException;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.ReleasePlan;
import dev.alexandria.api.model.LifecycleResult;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.PlannedFile;
import dev.alexandria.api.model.ReleaseResult;
import dev.alexandria.core.internal.text.IoProblems;
import dev.alexandria.core.internal.text.PathsInText;
import dev.alexandria.core.internal.versioning.CatalogCommit;
import dev.alexandria.core.internal.versioning.CatalogWriter;
import dev.alexandria.core.internal.versioning.GitCommits;
import dev.alexandria.core.internal.versioning.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lifecycle change planned as whole-file replacements (and, for a promotion whose version must change, the
 * release step that writes, commits and tags level and version together). Applied under the catalog lock: every
 * file is checked unchanged since the plan, then replaced atomically and, in a git repository, exactly those files
 * are committed ({@link #commitMessage}) — refused beforehand when they hold other uncommitted changes, as the
 * release step refuses; a failure restores every file already written, byte for byte.
 */
final class LifecycleChange implements LifecyclePlan {

    private static final Logger LOG = LoggerFactory.getLogger(LifecycleChange.class);

    /** A file of the plan: where it is, its bytes now (null: absent), its new text. */
    record FileChange(Path file, String display, byte[] before, String after) {

        static FileChange of(Path file, String display, String after) {
            byte[] before = null;
            if (Files.isDirectory(file)) {
                // not a permissions problem: the change writes a file where a folder is
                throw new AlexandriaException("cannot write " + display + ": it is a folder, and this change writes "
                        + "a file there; rename or remove the folder (e.g. git mv " + display + " " + display
                        + ".old) and run the command again");
            }
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    before = Files.readAllBytes(file);
                } catch (IOException e) {
                    throw new AlexandriaException("cannot read " + display + ": " + IoProblems.reason(e) + "; check "
                            + "the file's permissions", e);
                }
            }
            return new FileChange(file, display, before, after);
        }

        /** @return what the file holds now, {@code null} when it does not exist */
        byte[] now() {
            try {
                return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(file) : null;
            } catch (IOException e) {
                throw new AlexandriaException("cannot read " + display + ": " + IoProblems.reason(e), e);
            }
        }

        /**
         * @return the library root its display name is relative to ({@code _library/...}), if the file's path
         *         ends with that name
         */
        Optional<Path> root() {
            Path f = file.toAbsolutePath().normalize();
            Path shown = f.getFileSystem().getPath(display).normalize();
            int keep = f.getNameCount() - shown.getNameCount();
            return keep > 0 && f.endsWith(shown) ? Optional.of(f.getRoot().resolve(f.subpath(0, keep)))
                    : Optional.empty();
        }

        boolean changes() {
            return before == null || !new String(before, StandardCharsets.UTF_8).equals(after);
        }

        Optional<String> beforeText() {
            return Optional.ofNullable(before).map(b -> new String(b, StandardCharsets.UTF_8));
        }
    }

    private final CatalogWriter catalog;
    private final ModuleId module;
    private final MaturityLevel from;
    private final MaturityLevel to;
    private final String verb;
    private final List<FileChange> changes;
    private final Optional<ReleasePlan> release;
    private final List<String> notes;
    /** The notes once the change is applied: what the plan says "would be" done, said as done. */
    private final List<String> appliedNotes;
    /** Whether the library may be in a git work tree: then apply commits the files (outside git it cannot). */
    private final boolean inGit;
    private Consumer<String> afterWrite = path -> { };
    private boolean applied;

    LifecycleChange(CatalogWriter catalog, ModuleId module, MaturityLevel from, MaturityLevel to, String verb,
                    List<FileChange> changes, Optional<ReleasePlan> release, List<String> notes) {
        this(catalog, module, from, to, verb, changes, release, notes, notes);
    }

    /**
     * A change whose notes read differently once it is applied (a dry run says what "would be" recorded).
     *
     * @param notes        the notes of the plan
     * @param appliedNotes the same notes once the change is applied, as many
     */
    LifecycleChange(CatalogWriter catalog, ModuleId module, MaturityLevel from, MaturityLevel to, String verb,
                    List<FileChange> changes, Optional<ReleasePlan> release, List<String> notes,
                    List<String> appliedNotes) {
        this.catalog = catalog;
        this.module = module;
        this.from = from;
        this.to = to;
        this.verb = verb;
        this.changes = changes.stream().filter(FileChange::changes).toList();
        this.release = release;
        this.notes = List.copyOf(notes);
        this.appliedNotes = List.copyOf(appliedNotes);
        if (this.notes.size() != this.appliedNotes.size()) {
            throw new IllegalArgumentException("notes and appliedNotes differ in number");
        }
        this.inGit = !this.changes.isEmpty() && dev.alexandria.core.internal.versioning.GitDiscovery
                .mayBeInWorkTree(this.changes.get(0).file().getParent());
    }

    @Override
    public ModuleId module() {
        return module;
    }

    @Override
    public MaturityLevel from() {
        return from;
    }

    @Override
    public MaturityLevel to() {
        return to;
    }

    @Override
    public String summary() {
        return verb + " " + module + " " + from + " → " + to + release.map(r -> " with the release of " + r.next())
                .orElse("");
    }

    @Override
    public List<PlannedFile> files() {
        List<PlannedFile> out = new ArrayList<>(release.map(ReleasePlan::files).orElse(List.of()));
        for (FileChange c : changes) {
            out.add(new PlannedFile(c.display(), c.beforeText(), c.after()));
        }
        return out;
    }

    @Override
    public Optional<ReleasePlan> release() {
        return release;
    }

    /** The release's refusals, then what {@link #applyLocked} would refuse in git as the files are now. */
    @Override
    public List<String> refusals() {
        List<String> reasons = new ArrayList<>(LifecyclePlan.super.refusals());
        if (changes.isEmpty()) {
            return reasons;
        }
        Optional<GitCommits> git = GitCommits.open(changes.get(0).file().getParent());
        try {
            if (git.isPresent()) {
                if (!git.get().hasHead()) {
                    reasons.add("the repository has no commit yet; commit the library first");
                } else {
                    CatalogCommit.indexLocked(changes.get(0).file().getParent()).filter(r -> !reasons.contains(r))
                            .ifPresent(reasons::add);
                    dirty(git.get()).ifPresent(reasons::add);
                }
            }
        } finally {
            git.ifPresent(GitCommits::close);
        }
        return reasons;
    }

    /** The files of the change that hold uncommitted changes, which its commit would carry unseen. */
    private Optional<String> dirty(GitCommits git) {
        List<Path> dirtyFiles = git.uncommitted(changes.stream().map(FileChange::file).toList());
        List<String> dirty = changes.stream().filter(c -> dirtyFiles.contains(c.file())).map(FileChange::display)
                .toList();
        return dirty.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", dirty) + (dirty.size() == 1
                ? " has" : " have") + " uncommitted changes; commit or stash them first, so the " + verb + " commit"
                + " holds only its own changes");
    }

    @Override
    public List<String> notes() {
        return applied ? appliedNotes : notes;
    }

    @Override
    public Optional<String> commitMessage() {
        if (changes.isEmpty()) {
            return release.map(ReleasePlan::commitMessage);
        }
        return inGit ? Optional.of(ownCommitMessage()) : Optional.empty();
    }

    @Override
    public String render() {
        StringBuilder sb = new StringBuilder(summary()).append('\n');
        for (String n : notes) {
            sb.append("note: ").append(n).append('\n');
        }
        release.ifPresent(r -> sb.append(r.render()));
        if (!changes.isEmpty() && inGit) {
            sb.append("commit ").append(Plurals.count(changes.size(), "file")).append(", "
                    + "message \"").append(ownCommitMessage().strip()).append("\"\n");
        }
        for (FileChange c : changes) {
            sb.append('\n').append(UnifiedDiff.of(c.display(), c.beforeText().orElse(null), c.after()));
        }
        return sb.toString();
    }

    /** For tests: runs after each file is written, with the file's display path; a throw simulates a failure. */
    void afterWrite(Consumer<String> hook) {
        this.afterWrite = Objects.requireNonNull(hook, "hook");
    }

    @Override
    public LifecycleResult apply() {
        if (applied) {
            throw new IllegalStateException("this plan was applied already; plan the change again");
        }
        applied = true;
        Optional<ReleaseResult> released = release.map(ReleasePlan::apply);
        if (changes.isEmpty()) {
            return new LifecycleResult(module, to, released.map(ReleaseResult::files).orElse(List.of()), released);
        }
        Optional<String> commit = catalog.withLock(this::applyLocked);
        List<String> all = new ArrayList<>(released.map(ReleaseResult::files).orElse(List.of()));
        all.addAll(changes.stream().map(FileChange::display).toList());
        LOG.debug("{}: wrote {}", summary(), all);
        return new LifecycleResult(module, to, all, released, commit.or(() -> released.map(ReleaseResult::commit)));
    }

    /** Writes (and in git commits) the files; returns the commit's id, if one was made. */
    private Optional<String> applyLocked() {
        for (FileChange c : changes) {
            if (!Arrays.equals(c.now(), c.before())) {
                throw new LifecycleRefusedException("refusing to " + verb + " " + module + ":", List.of(c.display()
                        + " changed since the change was planned; plan it again"));
            }
        }
        Optional<GitCommits> git = GitCommits.open(changes.get(0).file().getParent());
        try {
            List<Path> files = changes.stream().map(FileChange::file).toList();
            if (git.isPresent()) {
                // like the release step: the commit holds exactly this change, so nothing else may be pending there
                if (!git.get().hasHead()) {
                    throw new LifecycleRefusedException("refusing to " + verb + " " + module + ":", List.of("the "
                            + "repository has no commit yet; commit the library first"));
                }
                // before the first write: with git's index locked the commit fails, and so would its undo
                Optional<String> locked = CatalogCommit.indexLocked(changes.get(0).file().getParent());
                if (locked.isPresent()) {
                    throw new LifecycleRefusedException("refusing to " + verb + " " + module + ":",
                            List.of(locked.get()));
                }
                Optional<String> dirty = dirty(git.get());
                if (dirty.isPresent()) {
                    throw new LifecycleRefusedException("refusing to " + verb + " " + module + ":",
                            List.of(dirty.get()));
                }
            }
            List<FileChange> written = new ArrayList<>();
            Optional<String> commit = Optional.empty();
            try {
                for (FileChange c : changes) {
                    Files.createDirectories(c.file().getParent());
                    catalog.replaceFile(c.file(), c.after(), c.display());
                    written.add(c);
                    afterWrite.accept(c.display());
                }
                if (git.isPresent()) {
                    commit = Optional.of(git.get().commitOnly(files, ownCommitMessage()));
                    afterWrite.accept("commit");
                }
            } catch (IOException | RuntimeException e) {
                rollback(written);
                if (e instanceof dev.alexandria.api.RefusedException r) { // a hook refused: a refusal, exit 1
                    throw new LifecycleRefusedException("refusing to " + verb + " " + module + ":", r.reasons());
                }
                throw new AlexandriaException("could not " + verb + " " + module + ": " + (written.size()
                        == changes.size() ? "committing" : "writing") + " failed (" + plain(e, changes) + "); every"
                        + " file was restored, so the library is as it was", e);
            }
            return commit;
        } finally {
            git.ifPresent(GitCommits::close);
        }
    }

    /**
     * The message of the commit a change outside a release makes: what happened, in one line, as in
     * {@code Deprecate vpc-old: stable → deprecated}.
     */
    private String ownCommitMessage() {
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " " + module + ": " + from + " → " + to
                + "\n";
    }

    private void rollback(List<FileChange> written) {
        List<String> problems = new ArrayList<>();
        for (FileChange c : written) {
            try {
                if (c.before() == null) {
                    Files.deleteIfExists(c.file());
                } else {
                    catalog.replaceFile(c.file(), new String(c.before(), StandardCharsets.UTF_8), c.display());
                    if (!Arrays.equals(c.now(), c.before())) {
                        Files.write(c.file(), c.before());
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.add(c.display() + ": " + plain(e, changes));
            }
        }
        if (!problems.isEmpty()) {
            LOG.warn("could not undo a failed change of {}: {}", module, problems);
            throw new AlexandriaException("could not " + verb + " " + module + ", and undoing it failed too: "
                    + String.join("; ", problems) + "; restore these files from git (git checkout -- <file>)");
        }
    }

    @Override
    public String toString() {
        return "LifecyclePlan{" + summary() + ", " + Plurals.count(files().size(), "file") + "}";
    }


    /**
     * A failure in plain words: an I/O failure as its path and the OS's reason, never an exception's class; a
     * path of the library named relative to its root, as the changes name their files.
     */
    static String plain(Exception e, List<FileChange> changes) {
        if (!(e instanceof IOException io)) {
            return String.valueOf(e.getMessage());
        }
        return named(IoProblems.describe(io), changes);
    }

    /** A text with the paths of the library it names relative to the root the changes' files are named from. */
    static String named(String text, List<FileChange> changes) {
        for (FileChange c : changes) {
            Optional<Path> root = c.root();
            if (root.isPresent()) {
                return PathsInText.relative(root.get(), text);
            }
        }
        return text;
    }
}
