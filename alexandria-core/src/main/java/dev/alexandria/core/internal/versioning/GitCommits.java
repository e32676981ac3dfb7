package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.AlexandriaException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Commits exactly the files a library write changed, as the release step does for its own files: the lifecycle
 * writes (promote, demote, deprecate, archive) commit what they wrote in one commit, and refuse beforehand when
 * those files hold other uncommitted changes, so the commit holds only the write.
 *
 * <p>Not thread-safe; open one per write (under the catalog lock) and close it.
 */
public final class GitCommits implements AutoCloseable {

    private final GitRepo git;

    private GitCommits(GitRepo git) {
        this.git = git;
    }

    /**
     * @param root the library root
     * @return the repository the library is in, or empty outside git
     */
    public static Optional<GitCommits> open(Path root) {
        return GitRepo.open(root).map(GitCommits::new);
    }

    /** @return whether the repository has a commit to build on */
    public boolean hasHead() {
        return git.head().isPresent();
    }

    /**
     * The files, of those given, that differ from HEAD (staged, changed or untracked); a file that does not exist
     * and is not tracked does not count.
     *
     * @param files files inside the work tree
     * @return those of them with uncommitted changes, in the order given
     * @throws AlexandriaException if git's status cannot be read
     */
    public List<Path> uncommitted(List<Path> files) {
        List<String> paths = paths(files);
        try {
            var status = new Git(git.repository()).status();
            paths.forEach(status::addPath);
            Status s = status.call();
            Set<String> dirty = new TreeSet<>(s.getUncommittedChanges());
            dirty.addAll(s.getUntracked());
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                if (dirty.contains(paths.get(i))) {
                    out.add(files.get(i));
                }
            }
            return out;
        } catch (GitAPIException | RuntimeException e) {
            throw new AlexandriaException("cannot read the git status of " + String.join(", ", paths) + ": "
                    + e.getMessage() + "; check the repository with git status", e);
        }
    }

    /**
     * Commits exactly these files (already written) with a message; on failure the index is put back as it was for
     * them, and the caller restores the files.
     *
     * @param files   the files written, inside the work tree
     * @param message the commit message
     * @return the commit's id
     * @throws dev.alexandria.api.RefusedException if a git hook refused the commit (the files are unstaged again)
     * @throws AlexandriaException if the commit fails otherwise
     */
    public String commitOnly(List<Path> files, String message) {
        List<String> paths = paths(files);
        Git porcelain = new Git(git.repository());
        Optional<ObjectId> head = git.head();
        GitRepo.HookOutput hook = new GitRepo.HookOutput();
        try {
            for (String p : paths) {
                porcelain.add().addFilepattern(p).call();
            }
            CommitCommand commit = hook.attach(porcelain.commit().setMessage(message));
            for (String p : paths) {
                commit.setOnly(p);
            }
            RevCommit done = commit.call();
            return done.name();
        } catch (GitAPIException | RuntimeException e) {
            try {
                if (head.isPresent()) {
                    ResetCommand reset = porcelain.reset().setRef(head.get().name());
                    paths.forEach(reset::addPath);
                    reset.call();
                }
            } catch (GitAPIException | RuntimeException undo) {
                e.addSuppressed(undo);
            }
            // a hook's refusal is restated by the caller (refusing to deprecate …)
            throw GitRepo.commitFailed(e, hook, paths);
        }
    }

    private List<String> paths(List<Path> files) {
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            // the folder exists (the file may not yet): resolve it, then name the file in it
            String folder = git.relative(f.getParent());
            out.add(folder.isEmpty() ? f.getFileName().toString() : folder + "/" + f.getFileName());
        }
        return out;
    }

    @Override
    public void close() {
        git.close();
    }
}
