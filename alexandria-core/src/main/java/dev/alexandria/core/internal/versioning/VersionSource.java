package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.AlexandriaException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The git repository of a library as {@link DefaultModuleVersions} reads it for one module: the release tags and
 * the module folder's tree at a commit come from what was read before ({@link GitReads}, checked against the tag
 * refs' files, {@link RefFiles}) when they can, and JGit's repository ({@link GitRepo}) is opened only for the
 * rest, on first need. So {@code versions}, and a {@code diff} of released versions whose interfaces are cached,
 * read a few small files instead of opening a repository.
 *
 * <p>Thread-safe as far as a diff needs (its two versions are read on two threads); one per call.
 */
final class VersionSource implements AutoCloseable {

    private final Path root;
    private final boolean readOnlyProcess;
    private final Optional<RefFiles> refs;
    private final Optional<GitReads> reads;
    private volatile GitRepo repo;

    private VersionSource(Path root, boolean readOnlyProcess, Optional<RefFiles> refs, Optional<GitReads> reads,
                          GitRepo repo) {
        this.root = root;
        this.readOnlyProcess = readOnlyProcess;
        this.refs = refs;
        this.reads = reads;
        this.repo = repo;
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
        Optional<RefFiles> refs = RefFiles.at(root, System.getenv());
        if (refs.isPresent()) {
            return new VersionSource(root, readOnlyProcess, refs,
                    GitReads.of(cacheDirectory, root, refs.get().workTree(), moduleId), null);
        }
        GitRepo git = GitRepo.open(root, readOnlyProcess).orElse(null);
        return git == null ? null : new VersionSource(root, readOnlyProcess, Optional.empty(), Optional.empty(), git);
    }

    /**
     * JGit's repository, opened on first use.
     *
     * @return the repository
     * @throws AlexandriaException if JGit cannot open the repository the ref files described
     */
    GitRepo repo() {
        GitRepo r = repo;
        if (r == null) {
            synchronized (this) {
                r = repo;
                if (r == null) {
                    r = GitRepo.open(root, readOnlyProcess).orElseThrow(() -> new AlexandriaException("cannot open "
                            + "the git repository of " + root + " (" + refs.map(RefFiles::workTree).orElse(root)
                            + "/.git); check it with 'git status'"));
                    repo = r;
                }
            }
        }
        return r;
    }

    /**
     * The tags whose names start with a prefix.
     *
     * @param prefix the tag name prefix, such as {@code vpc-standard/v}
     * @return the tags that lead to a commit, sorted by name
     */
    List<GitRepo.Tag> tags(String prefix) {
        if (refs.isPresent() && reads.isPresent()) {
            Optional<Map<String, String>> named = refs.get().tags(prefix);
            if (named.isPresent()) {
                List<GitRepo.Tag> known = new ArrayList<>();
                for (Map.Entry<String, String> e : named.get().entrySet()) {
                    Optional<GitReads.Tag> t = reads.get().tag(e.getValue());
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
        }
        List<GitRepo.Tag> read = new ArrayList<>(repo().tags(prefix));
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

    private static GitRepo.Tag tag(String name, String ref, GitReads.Tag t) {
        return new GitRepo.Tag(name, ObjectId.fromString(ref), ObjectId.fromString(t.commit()), t.date(),
                t.annotated(), t.message());
    }

    /**
     * The commit a tag leads to.
     *
     * @param name the tag's name, such as {@code vpc-standard/v1.2.0}
     * @return the commit; empty when there is no such tag or it leads to no commit
     */
    Optional<ObjectId> tagCommit(String name) {
        if (refs.isPresent() && reads.isPresent()) {
            Optional<Optional<String>> ref = refs.get().tag(name);
            if (ref.isPresent()) {
                if (ref.get().isEmpty()) {
                    return Optional.empty();
                }
                Optional<GitReads.Tag> t = reads.get().tag(ref.get().get());
                if (t.isPresent()) {
                    return Optional.of(ObjectId.fromString(t.get().commit()));
                }
            }
        }
        Optional<GitRepo.Tag> read = repo().tag(name);
        read.ifPresent(t -> reads.ifPresent(r -> r.putTag(t.ref().name(), new GitReads.Tag(t.commit().name(),
                t.date(), t.annotated(), t.message()))));
        return read.map(GitRepo.Tag::commit);
    }

    /**
     * Resolves any git revision to a commit (JGit).
     *
     * @param revision the revision
     * @return the commit, if the revision names one
     */
    Optional<ObjectId> resolveCommit(String revision) {
        return repo().resolveCommit(revision);
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
        Optional<ObjectId> tree = repo().treeAt(commit, folder);
        tree.ifPresent(t -> reads.ifPresent(r -> r.putTree(commit.name(), folder, t.name())));
        return tree;
    }

    /**
     * The configuration files of a tree (JGit).
     *
     * @param tree    the tree
     * @param display the folder, for an error message
     * @return file name to content
     */
    Map<String, String> configFiles(ObjectId tree, String display) {
        return repo().configFiles(tree, display);
    }

    /**
     * A path relative to the work tree, {@code /}-separated.
     *
     * @param path a path inside the work tree
     * @return the relative path
     */
    String relative(Path path) {
        if (refs.isPresent()) {
            Path workTree = refs.get().workTree();
            Path abs;
            try {
                abs = path.toRealPath();
            } catch (IOException e) {
                abs = path.toAbsolutePath().normalize();
            }
            if (abs.startsWith(workTree)) {
                return workTree.relativize(abs).toString().replace('\\', '/');
            }
        }
        return repo().relative(path);
    }

    /** @return whether JGit's repository was opened (what was asked could not all be answered without it) */
    boolean opened() {
        return repo != null;
    }

    /** Keeps what was read, and closes the repository if it was opened. */
    @Override
    public void close() {
        try {
            reads.ifPresent(GitReads::flush);
        } finally {
            GitRepo r = repo;
            if (r != null) {
                r.close();
            }
        }
    }
}
