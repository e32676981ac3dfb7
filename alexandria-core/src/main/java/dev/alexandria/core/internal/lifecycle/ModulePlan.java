package dev.alexandria.core.internal.lifecycle;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.ReleasePlan;
import dev.alexandria.api.model.ChangeResult;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.NotificationResult;
import dev.alexandria.api.model.PlannedFile;
import dev.alexandria.api.model.ReleaseResult;
import dev.alexandria.core.internal.versioning.CatalogCommit;
import dev.alexandria.core.internal.versioning.CatalogWriter;
import dev.alexandria.core.internal.versioning.ReleaseStep;
import dev.alexandria.core.internal.versioning.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write of the module lifecycle ({@code scaffold}, {@code register}, {@code publish}) planned as whole-file
 * writes and, for register, the release step. Applied all or nothing: the release step (files, commit, tag) is
 * atomic on its own and comes first; the files of the plan are then written under the catalog lock, each checked
 * unchanged since the plan and replaced atomically, and a failure restores every file already written byte for
 * byte and removes the folders the plan created. What runs after the write ({@link AfterApply}: the search index,
 * notifications) never undoes it: its failures are reported in the result.
 */
final class ModulePlan implements ChangePlan {

    private static final Logger LOG = LoggerFactory.getLogger(ModulePlan.class);

    /** What runs once the plan is written; it reports, it does not throw for what it could not do. */
    interface AfterApply {
        /** Adds notes and notification results to the lists. */
        void run(List<String> notes, List<NotificationResult> notifications);
    }

    private final CatalogWriter catalog;
    private final ModuleId module;
    private final String verb;
    private final String summary;
    private final List<LifecycleChange.FileChange> changes;
    private final Optional<ReleaseStep> release;
    private final List<String> notes;
    private final AfterApply after;
    /** The message of the commit of {@link #changes}, when the plan commits them (publish); empty: not committed. */
    private final Optional<String> commitMessage;
    private final Path root;
    private Consumer<String> afterWrite = path -> { };
    private boolean applied;
    private Optional<String> then = Optional.empty();

    ModulePlan(CatalogWriter catalog, ModuleId module, String verb, String summary,
               List<LifecycleChange.FileChange> changes, Optional<ReleaseStep> release, List<String> notes,
               AfterApply after) {
        this(catalog, module, verb, summary, changes, release, notes, after, null, Optional.empty());
    }

    /**
     * A plan whose file writes are committed: exactly those files, with the message, under the release step's
     * discipline (a failure of the commit restores the files; a failure after it moves HEAD back too).
     */
    ModulePlan(CatalogWriter catalog, ModuleId module, String verb, String summary,
               List<LifecycleChange.FileChange> changes, Optional<ReleaseStep> release, List<String> notes,
               AfterApply after, Path root, Optional<String> commitMessage) {
        this.commitMessage = Objects.requireNonNull(commitMessage, "commitMessage");
        this.root = root;
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.module = Objects.requireNonNull(module, "module");
        this.verb = verb;
        this.summary = summary;
        this.changes = changes.stream().filter(LifecycleChange.FileChange::changes).toList();
        this.release = release;
        this.notes = List.copyOf(notes);
        this.after = after;
    }

    @Override
    public ModuleId module() {
        return module;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public List<PlannedFile> files() {
        List<PlannedFile> out = new ArrayList<>(release.map(ReleasePlan::files).orElse(List.of()));
        for (LifecycleChange.FileChange c : changes) {
            out.add(new PlannedFile(c.display(), c.beforeText(), c.after()));
        }
        return out;
    }

    @Override
    public Optional<ReleasePlan> release() {
        return release.map(r -> r);
    }

    /** The release's refusals, then a locked git index, which {@link #apply()} refuses before any write. */
    @Override
    public List<String> refusals() {
        List<String> reasons = new ArrayList<>(ChangePlan.super.refusals());
        if (root != null && !changes.isEmpty()) {
            CatalogCommit.indexLocked(root).filter(r -> !reasons.contains(r)).ifPresent(reasons::add);
        }
        return reasons;
    }

    @Override
    public List<String> notes() {
        return notes;
    }

    @Override
    public Optional<String> commitMessage() {
        return !changes.isEmpty() && commitMessage.isPresent() ? commitMessage
                : release.map(ReleasePlan::commitMessage);
    }

    @Override
    public Optional<String> then() {
        return then;
    }

    @Override
    public String render() {
        StringBuilder sb = new StringBuilder(summary).append('\n');
        for (String n : notes) { // a warning is said as one, not as "note: warning: …"
            sb.append(n.startsWith("warning:") ? "" : "note: ").append(n).append('\n');
        }
        release.ifPresent(r -> sb.append(r.render()));
        for (LifecycleChange.FileChange c : changes) {
            sb.append('\n').append(UnifiedDiff.of(c.display(), c.beforeText().orElse(null), c.after()));
        }
        then.ifPresent(t -> sb.append("then: ").append(t).append('\n'));
        return sb.toString();
    }

    /**
     * Says what the plan does once its files are written, for the dry run to show (such as the search index
     * update after {@code register}).
     *
     * @param what what is done afterwards
     * @return this plan
     */
    ModulePlan then(String what) {
        this.then = Optional.of(Objects.requireNonNull(what, "what"));
        return this;
    }

    /** For tests: runs after each file is written, with the file's display path; a throw simulates a failure. */
    void afterWrite(Consumer<String> hook) {
        this.afterWrite = Objects.requireNonNull(hook, "hook");
        release.ifPresent(r -> r.afterWrite(hook));
    }

    @Override
    public ChangeResult apply() {
        if (applied) {
            throw new IllegalStateException("this plan was applied already; plan the change again");
        }
        applied = true;
        Optional<ReleaseResult> released = release.map(ReleaseStep::apply);
        List<String> all = new ArrayList<>(released.map(ReleaseResult::files).orElse(List.of()));
        if (!changes.isEmpty()) {
            all.addAll(catalog.withLock(this::applyLocked));
        }
        LOG.debug("{}: wrote {}", summary, all);
        List<String> outNotes = new ArrayList<>(notes);
        List<NotificationResult> notifications = new ArrayList<>();
        if (after != null) {
            after.run(outNotes, notifications);
        }
        return new ChangeResult(module, all, released, outNotes, notifications);
    }

    private List<String> applyLocked() {
        for (LifecycleChange.FileChange c : changes) {
            if (!Arrays.equals(c.now(), c.before())) {
                throw new RefusedException("refusing to " + verb + " " + module + ":", List.of(c.display()
                        + " changed since the change was planned; plan it again"));
            }
        }
        if (root != null) {
            // before the first write: with git's index locked a commit fails, and so would its undo; a plan that
            // commits nothing (scaffold) is refused too, as every write is, so git's state is not raced
            Optional<String> locked = CatalogCommit.indexLocked(root);
            if (locked.isPresent()) {
                throw new RefusedException("refusing to " + verb + " " + module + ":", List.of(locked.get()));
            }
        }
        List<LifecycleChange.FileChange> written = new ArrayList<>();
        List<Path> createdFolders = new ArrayList<>();
        try {
            for (LifecycleChange.FileChange c : changes) {
                createFolders(c.file().getParent(), createdFolders);
                catalog.replaceFile(c.file(), c.after(), c.display());
                written.add(c);
                afterWrite.accept(c.display());
            }
        } catch (IOException | RuntimeException e) {
            rollback(written, createdFolders);
            throw new AlexandriaException("could not " + verb + " " + module + ": writing failed (" + LifecycleChange.plain(e, changes)
                    + "); every file was restored, so the library is as it was", e);
        }
        if (commitMessage.isPresent()) {
            CatalogCommit.Done done = null;
            try {
                done = CatalogCommit.commit(root, changes.stream().map(LifecycleChange.FileChange::file).toList(),
                        commitMessage.get());
                afterWrite.accept("commit");
            } catch (RuntimeException e) {
                if (done != null) {
                    done.undo();
                }
                rollback(written, createdFolders);
                if (e instanceof RefusedException r) { // a hook refused: the command's own refusal, exit 1
                    throw new RefusedException("refusing to " + verb + " " + module + ":", r.reasons());
                }
                throw new AlexandriaException("could not " + verb + " " + module + ": committing failed ("
                        + e.getMessage() + "); every file and HEAD were restored, so the library is as it was", e);
            }
        }
        return changes.stream().map(LifecycleChange.FileChange::display).toList();
    }

    /** Creates a folder and its missing parents, remembering each one created, outermost first. */
    private static void createFolders(Path folder, List<Path> created) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = folder; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            created.add(p);
        }
    }

    private void rollback(List<LifecycleChange.FileChange> written, List<Path> createdFolders) {
        List<String> problems = new ArrayList<>();
        for (LifecycleChange.FileChange c : written) {
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
                problems.add(c.display() + ": " + LifecycleChange.plain(e, changes));
            }
        }
        List<Path> folders = new ArrayList<>(createdFolders);
        folders.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path f : folders) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                problems.add(LifecycleChange.named(f + ": ", changes) + LifecycleChange.plain(e, changes));
            }
        }
        if (!problems.isEmpty()) {
            LOG.warn("could not undo a failed {} of {}: {}", verb, module, problems);
            throw new AlexandriaException("could not " + verb + " " + module + ", and undoing it failed too: "
                    + String.join("; ", problems) + "; restore these files from git (git checkout -- <file>) or "
                    + "remove them");
        }
    }

    @Override
    public String toString() {
        return "ChangePlan{" + summary + ", " + Plurals.count(files().size(), "file") + "}";
    }

}
