package dev.alexandria.core.internal.versioning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The git repository of a library as {@link DefaultModuleVersions} reads it for one module, through JGit
 * ({@link GitRepo}), with what was read of its objects before ({@link GitReads}): the tag refs come from JGit's ref
 * database, and a tag object or a module folder's tree already read is not read again. So {@code versions}, and a
 * {@code diff} of released versions whose interfaces are cached, read no git object.
 *
 * <p>Thread-safe as far as a diff needs (its two versions are read on two threads); one per call.
 */
final class VersionSource implements AutoCloseable {

    private final GitRepo repo;
    private final Optional<GitReads> reads;
    /** Whether {@link #close()} closes the repository: not when it is shared ({@link SharedRepository}). */
    private final boolean ownsRepo;
    private volatile boolean readObjects;

    private VersionSource(GitRepo repo, Optional<GitReads> reads, boolean ownsRepo) {
        this.repo = repo;
        this.reads = reads;
        this.ownsRepo = ownsRepo;
    }

    /**
     * The repository of a library, for one module's versions.
     *
     * @param root            the library root
     * @param cacheDirectory  the library's cache folder, if it has one
     * @param moduleId        the module
     * @param readOnlyProcess whether this process only reads git and ends soon ({@link JGitProcess})
     * @return the repository, or null when the library is not in a git work tree (outside one not even JGit's
     *         classes are loaded)
     */
    static VersionSource open(Path root, Optional<Path> cacheDirectory, String moduleId, boolean readOnlyProcess) {
        if (!GitDiscovery.mayBeInWorkTree(root)) {
            return null;
        }
        GitRepo git = GitRepo.open(root, readOnlyProcess).orElse(null);
        return git == null ? null
                : new VersionSource(git, GitReads.of(cacheDirectory, root, git.workTree(), moduleId), true);
    }

    /**
     * One module's view of a repository that stays open when the view is closed ({@link SharedRepository}).
     *
     * @param git            the open repository of the library
     * @param cacheDirectory the library's cache folder, if it has one
     * @param root           the library root
     * @param moduleId       the module
     * @return the view
     */
    static VersionSource over(GitRepo git, Optional<Path> cacheDirectory, Path root, String moduleId) {
        return new VersionSource(git, GitReads.of(cacheDirectory, root, git.workTree(), moduleId), false);
    }

    /** @return JGit's repository */
    GitRepo repo() {
        return repo;
    }

    /**
     * The tags whose names start with a prefix.
     *
     * @param prefix the tag name prefix, such as {@code vpc-standard/v}
     * @return the tags that lead to a commit, sorted by name
     */
    List<GitRepo.Tag> tags(String prefix) {
        if (reads.isPresent()) {
            List<GitRepo.Tag> known = new ArrayList<>();
            for (Map.Entry<String, ObjectId> e : repo.tagRefs(prefix).entrySet()) {
                Optional<GitReads.Tag> t = reads.get().tag(e.getValue().name());
                if (t.isEmpty()) {
                    known = null; // not read before: JGit reads them all, once
                    break;
                }
                known.add(tag(e.getKey(), e.getValue(), t.get()));
            }
            if (known != null) {
                return known;
            }
        }
        readObjects = true;
        List<GitRepo.Tag> read = new ArrayList<>(repo.tags(prefix));
        read.sort(java.util.Comparator.comparing(GitRepo.Tag::name));
        if (reads.isPresent()) {
            Map<String, GitReads.Tag> all = new LinkedHashMap<>();
            for (GitRepo.Tag t : read) {
                all.put(t.ref().name(), new GitReads.Tag(t.commit().name(), t.date(), t.annotated(), t.message()));
            }
            reads.get().replaceTags(all);
        }
        return read;
    }

    private static GitRepo.Tag tag(String name, ObjectId ref, GitReads.Tag t) {
        return new GitRepo.Tag(name, ref, ObjectId.fromString(t.commit()), t.date(),
                t.annotated(), t.message());
    }

    /**
     * The commit a tag leads to.
     *
     * @param name the tag's name, such as {@code vpc-standard/v1.2.0}
     * @return the commit; empty when there is no such tag or it leads to no commit
     */
    Optional<ObjectId> tagCommit(String name) {
        if (reads.isPresent()) {
            Optional<ObjectId> ref = repo.tagRef(name); // that one ref: the module's other tags are not listed
            if (ref.isEmpty()) {
                return Optional.empty();
            }
            Optional<GitReads.Tag> t = reads.get().tag(ref.get().name());
            if (t.isPresent()) {
                return Optional.of(ObjectId.fromString(t.get().commit()));
            }
        }
        readObjects = true;
        Optional<GitRepo.Tag> read = repo.tag(name);
        read.ifPresent(t -> reads.ifPresent(r -> r.putTag(t.ref().name(), new GitReads.Tag(t.commit().name(),
                t.date(), t.annotated(), t.message()))));
        return read.map(GitRepo.Tag::commit);
    }

    /**
     * What a tag leads to when that is not a commit ({@link GitRepo#nonCommitTarget}); no object is read when there
     * is no such tag.
     *
     * @param name the tag's name, such as {@code vpc-standard/v1.2.0}
     * @return {@code tree} or {@code blob}; empty when there is no such tag or it leads to a commit
     */
    Optional<String> nonCommitTarget(String name) {
        if (repo.tagRef(name).isEmpty()) {
            return Optional.empty();
        }
        readObjects = true;
        return repo.nonCommitTarget(name);
    }

    /**
     * Resolves any git revision to a commit (JGit).
     *
     * @param revision the revision
     * @return the commit, if the revision names one
     */
    Optional<ObjectId> resolveCommit(String revision) {
        return repo.resolveCommit(revision);
    }

    /**
     * The tree of a folder at a commit.
     *
     * @param commit the commit
     * @param folder the folder relative to the work tree
     * @return the tree's id; empty if the folder does not exist at that commit
     */
    Optional<ObjectId> treeAt(ObjectId commit, String folder) {
        if (reads.isPresent()) {
            Optional<String> known = reads.get().tree(commit.name(), folder);
            if (known.isPresent()) {
                return Optional.of(ObjectId.fromString(known.get()));
            }
        }
        readObjects = true;
        Optional<ObjectId> tree = repo.treeAt(commit, folder);
        tree.ifPresent(t -> reads.ifPresent(r -> r.putTree(commit.name(), folder, t.name())));
        return tree;
    }

    /**
     * The commit that first held a folder as it is in a tree ({@link GitRepo#firstCommitWithTree}); reads git's
     * objects, for a refusal's fix.
     *
     * @param folder the folder relative to the work tree
     * @param tree   the folder's tree id, or a prefix of it
     * @return the commit; empty when none of the last {@value #HISTORY_LIMIT} commits holds that tree
     */
    Optional<ObjectId> firstCommitWithTree(String folder, String tree) {
        readObjects = true;
        return repo.firstCommitWithTree(folder, tree, HISTORY_LIMIT);
    }

    /** How many commits {@link #firstCommitWithTree} reads at most. */
    static final int HISTORY_LIMIT = 5000;

    /**
     * The configuration files of a tree (JGit).
     *
     * @param tree    the tree
     * @param display the folder, for an error message
     * @return file name to content
     */
    Map<String, String> configFiles(ObjectId tree, String display) {
        return repo.configFiles(tree, display);
    }

    /**
     * A path relative to the work tree, {@code /}-separated.
     *
     * @param path a path inside the work tree
     * @return the relative path
     */
    String relative(Path path) {
        return repo.relative(path);
    }

    /**
     * @return whether a tag object or a tree had to be read from git (what was asked could not all be answered from
     *         what was read before)
     */
    boolean readObjects() {
        return readObjects;
    }

    /** Keeps what was read, and closes the repository. */
    @Override
    public void close() {
        try {
            reads.ifPresent(GitReads::flush);
        } finally {
            if (ownsRepo) {
                repo.close();
            }
        }
    }
}
