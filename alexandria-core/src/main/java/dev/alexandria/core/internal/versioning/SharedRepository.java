package dev.alexandria.core.internal.versioning;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A library's git repository opened once for the version checks of many modules (one validation run), instead of
 * once per module: JGit's open (finding the repository, reading its configuration files, the ref database's
 * set-up) cost about ten milliseconds of CPU per module on a warm run, most of a whole-library {@code validate} in a
 * library kept in git. Opened on the first check that needs it; {@link #close()} releases it.
 *
 * <p>Thread-safe: the modules of a large library are checked on several threads, which read the repository
 * concurrently as JGit allows.
 */
public final class SharedRepository implements AutoCloseable {

    private Path root;
    private GitRepo repo;

    /** A repository not opened yet: the first {@link #source} opens the library's. */
    public SharedRepository() {
    }

    /**
     * The repository for one module's versions, over the shared repository; closing it leaves that open.
     *
     * @param root           the library root (one library per run: the first module's decides)
     * @param cacheDirectory the library's cache folder, if it has one
     * @param moduleId       the module
     * @return the module's view, or null when the library is not in a git work tree
     */
    VersionSource source(Path root, Optional<Path> cacheDirectory, String moduleId) {
        GitRepo git = repo(Objects.requireNonNull(root, "root"));
        return git == null ? null : VersionSource.over(git, cacheDirectory, root, moduleId);
    }

    private synchronized GitRepo repo(Path root) {
        if (this.root == null) {
            this.root = root;
            repo = GitRepo.open(root, false).orElse(null);
        }
        return repo;
    }

    /**
     * Whether the repository opened is the one of a git folder and its work tree: a result read from it may then
     * be kept by the stamps of that folder's ref files ({@link GitDiscovery#plainGitDir}).
     *
     * @param gitDir the git folder, absolute and normalized
     * @return whether the repository was opened and is that folder's, with the folder's parent as work tree
     */
    public synchronized boolean opened(Path gitDir) {
        return repo != null && repo.gitDir().equals(gitDir) && repo.workTree().equals(gitDir.getParent());
    }

    /** Closes the repository, if it was opened. */
    @Override
    public synchronized void close() {
        if (repo != null) {
            repo.close();
            repo = null;
        }
    }
}
