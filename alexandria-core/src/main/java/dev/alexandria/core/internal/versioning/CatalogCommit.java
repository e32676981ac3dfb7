package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.AlexandriaException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The release step's commit discipline for writes outside a release (publish's registry entry): the files a
 * change writes are committed, and only those (other staged or modified files stay as they are); a file that
 * already has uncommitted changes before the write is refused, since its commit would carry changes the write did
 * not make; a failure after the commit moves {@code HEAD} and the index back.
 */
public final class CatalogCommit {

    private CatalogCommit() {
    }

    /**
     * The files among those given that have uncommitted changes (or are untracked), relative to the work tree.
     *
     * @param root  the library root
     * @param files the files the change will write
     * @return the files with changes, or empty if there are none; {@code Optional.empty()} when the library is not
     *         in a git repository with a commit
     */
    public static Optional<List<String>> uncommitted(Path root, List<Path> files) {
        Optional<GitRepo> opened = GitRepo.open(root);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (GitRepo git = opened.get()) {
            if (git.head().isEmpty()) {
                return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            for (Path f : files) {
                String path = path(git, f);
                Set<String> dirty = ReleaseStep.uncommitted(git, path, Set.of());
                if (!dirty.isEmpty()) {
                    out.add(path);
                }
            }
            return Optional.of(out);
        }
    }

    /**
     * Why a commit in the repository of a library could not be made now: git's index is locked by another (or a
     * crashed) git process. A writer checks it before writing its first file.
     *
     * @param root the library root
     * @return the reason in plain words, naming the lock file and the fix; empty when the library is not in git
     *     or the index is free
     */
    public static Optional<String> indexLocked(Path root) {
        try (GitRepo git = GitRepo.open(root).orElse(null)) {
            return git == null ? Optional.empty() : git.indexLocked();
        }
    }

    /**
     * Commits exactly the given files, as they are now in the work tree.
     *
     * @param root    the library root
     * @param files   the files written
     * @param message the commit message
     * @return the commit's id and a way to undo it (HEAD and the index back where they were)
     * @throws dev.alexandria.api.RefusedException if a git hook refused the commit (HEAD and the index restored), or
     *                                             git's index is locked (nothing was staged)
     * @throws AlexandriaException if the library is not in a repository with a commit, or the commit fails
     */
    public static Done commit(Path root, List<Path> files, String message) {
        try (GitRepo git = GitRepo.open(root).orElseThrow(() -> new AlexandriaException("the library " + root
                + " is not in a git repository; commit needs one"))) {
            ObjectId oldHead = git.head().orElseThrow(() -> new AlexandriaException("the repository of " + root
                    + " has no commit yet"));
            List<String> paths = files.stream().map(f -> path(git, f)).toList();
            Optional<String> locked = git.indexLocked();
            if (locked.isPresent()) {
                // nothing is staged yet, so there is nothing to undo (and undoing would need the index too); refused as
                // a locked index found by the plan is (exit 1), the caller restates it as its own refusal
                throw new dev.alexandria.api.RefusedException("refusing to commit " + String.join(", ", paths) + ":",
                        List.of(locked.get()));
            }
            Git porcelain = new Git(git.repository());
            GitRepo.HookOutput hook = new GitRepo.HookOutput();
            try {
                for (String p : paths) {
                    porcelain.add().addFilepattern(p).call();
                }
                CommitCommand c = hook.attach(porcelain.commit().setMessage(message));
                paths.forEach(c::setOnly);
                RevCommit commit = c.call();
                return new Done(root, commit.name(), oldHead.name(), paths);
            } catch (GitAPIException | RuntimeException e) {
                undo(root, oldHead.name(), paths);
                // a hook's refusal is restated by the caller (refusing to publish …)
                throw GitRepo.commitFailed(e, hook, paths);
            }
        }
    }

    /**
     * A commit made by {@link #commit}.
     *
     * @param root    the library root
     * @param commit  the commit's id
     * @param oldHead the commit {@code HEAD} was on before
     * @param paths   the files committed, relative to the work tree
     */
    public record Done(Path root, String commit, String oldHead, List<String> paths) {

        /** Moves {@code HEAD} and the files' index entries back to where they were before the commit. */
        public void undo() {
            CatalogCommit.undo(root, oldHead, paths);
        }
    }

    private static void undo(Path root, String oldHead, List<String> paths) {
        try (GitRepo git = GitRepo.open(root).orElseThrow()) {
            Git porcelain = new Git(git.repository());
            RefUpdate ru = git.repository().updateRef(Constants.HEAD);
            ru.setNewObjectId(ObjectId.fromString(oldHead));
            ru.setForceUpdate(true);
            ru.update();
            var reset = porcelain.reset().setRef(oldHead);
            paths.forEach(reset::addPath);
            reset.call();
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new AlexandriaException("undoing the commit of " + String.join(", ", paths) + " failed: "
                    + e.getMessage() + "; check git status and reset HEAD to " + oldHead + " by hand", e);
        }
    }

    private static String path(GitRepo git, Path file) {
        String folder = git.relative(file.getParent());
        return folder.isEmpty() ? file.getFileName().toString() : folder + "/" + file.getFileName();
    }
}
