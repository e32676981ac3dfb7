package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.AlexandriaException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Git tree hashes of a module folder: the id git gives the folder's tree in a commit ({@code git rev-parse
 * <commit>:<folder>}), which changes when any file of the folder changes. {@code register} records it, so a
 * registered version whose files changed is recognised. Computed without writing anything to the repository.
 */
public final class FolderTrees {

    private FolderTrees() {
    }

    /** Computes the ids of the objects it is given, as git would, and stores nothing. */
    private static final class IdsOnly extends ObjectInserter.Formatter {
        @Override
        public ObjectId insert(int type, long length, java.io.InputStream in) throws IOException {
            return idFor(type, length, in);
        }
    }

    /**
     * The tree hash the folder will have in the next commit: its tree at HEAD with some files replaced.
     *
     * @param libraryRoot a folder inside the repository
     * @param folder      the module folder
     * @param replaced    files of the folder and their new text, by path relative to the folder
     * @return the tree hash (40 hex digits); empty when the library is not in a git repository with a commit
     */
    public static Optional<String> next(Path libraryRoot, Path folder, Map<String, String> replaced) {
        try (GitRepo git = GitRepo.open(libraryRoot).orElse(null)) {
            if (git == null || git.head().isEmpty()) {
                return Optional.empty();
            }
            Repository repo = git.repository();
            Map<String, DirCacheEntry> entries = new TreeMap<>();
            try (RevWalk walk = new RevWalk(repo)) {
                ObjectId root = walk.parseCommit(git.head().get()).getTree();
                String rel = git.relative(folder);
                try (TreeWalk tw = rel.isEmpty() ? new TreeWalk(repo) : TreeWalk.forPath(repo, rel, root)) {
                    if (tw != null) {
                        ObjectId tree = rel.isEmpty() ? root : tw.getObjectId(0);
                        try (TreeWalk files = new TreeWalk(repo)) {
                            files.addTree(tree);
                            files.setRecursive(true);
                            while (files.next()) {
                                DirCacheEntry e = new DirCacheEntry(files.getPathString());
                                e.setFileMode(files.getFileMode(0));
                                e.setObjectId(files.getObjectId(0));
                                entries.put(files.getPathString(), e);
                            }
                        }
                    }
                }
            }
            ObjectInserter.Formatter ids = new IdsOnly();
            for (Map.Entry<String, String> r : replaced.entrySet()) {
                DirCacheEntry e = new DirCacheEntry(r.getKey());
                DirCacheEntry old = entries.get(r.getKey());
                e.setFileMode(old == null ? FileMode.REGULAR_FILE : old.getFileMode());
                e.setObjectId(ids.idFor(Constants.OBJ_BLOB, r.getValue().getBytes(StandardCharsets.UTF_8)));
                entries.put(r.getKey(), e);
            }
            DirCache cache = DirCache.newInCore();
            DirCacheBuilder b = cache.builder();
            entries.values().forEach(b::add);
            b.finish();
            return Optional.of(cache.writeTree(ids).name());
        } catch (IOException e) {
            throw new AlexandriaException("cannot read the git tree of " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The tree hash the folder's files have now, as {@code git add -A <folder>} followed by a commit would record
     * them: tracked files with their working-tree content, untracked files unless git ignores them, deleted files
     * left out. Nothing is written to the index or the object database.
     *
     * @param libraryRoot a folder inside the repository
     * @param folder      the module folder
     * @return the tree hash (40 hex digits); empty when the library is not in a git repository
     * @throws AlexandriaException if the index or a file cannot be read
     */
    public static Optional<String> working(Path libraryRoot, Path folder) {
        try (GitRepo git = GitRepo.open(libraryRoot).orElse(null)) {
            if (git == null) {
                return Optional.empty();
            }
            Repository repo = git.repository();
            String rel = git.relative(folder);
            String prefix = rel.isEmpty() ? "" : rel + "/";
            Map<String, DirCacheEntry> entries = new TreeMap<>();
            try (TreeWalk tw = new TreeWalk(repo)) {
                tw.setRecursive(true);
                int index = tw.addTree(new DirCacheIterator(repo.readDirCache()));
                FileTreeIterator files = new FileTreeIterator(repo);
                int work = tw.addTree(files);
                files.setDirCacheIterator(tw, index);
                if (!rel.isEmpty()) {
                    tw.setFilter(PathFilter.create(rel));
                }
                while (tw.next()) {
                    WorkingTreeIterator w = tw.getTree(work, WorkingTreeIterator.class);
                    boolean tracked = tw.getTree(index, DirCacheIterator.class) != null;
                    if (w == null || (!tracked && w.isEntryIgnored())) {
                        continue;
                    }
                    String path = tw.getPathString().substring(prefix.length());
                    DirCacheEntry e = new DirCacheEntry(path);
                    e.setFileMode(w.getEntryFileMode());
                    e.setObjectId(w.getEntryObjectId());
                    entries.put(path, e);
                }
            }
            DirCache cache = DirCache.newInCore();
            DirCacheBuilder b = cache.builder();
            entries.values().forEach(b::add);
            b.finish();
            return Optional.of(cache.writeTree(new IdsOnly()).name());
        } catch (IOException e) {
            throw new AlexandriaException("cannot read the files of " + folder + " as git sees them: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The commit that first held the folder as a tree records it (the commit a version was released from, when
     * the registry records its tree), looked for from HEAD back ({@link GitRepo#firstCommitWithTree}).
     *
     * @param libraryRoot a folder inside the repository
     * @param folder      the module folder
     * @param tree        the folder's tree hash, or a prefix of it
     * @return the commit's abbreviated id; empty outside git, or when none of the last
     *         {@value VersionSource#HISTORY_LIMIT} commits holds that tree
     * @throws AlexandriaException if git's objects cannot be read
     */
    public static Optional<String> firstCommitWith(Path libraryRoot, Path folder, String tree) {
        try (GitRepo git = GitRepo.open(libraryRoot).orElse(null)) {
            return git == null ? Optional.empty() : git.firstCommitWithTree(git.relative(folder), tree,
                    VersionSource.HISTORY_LIMIT).map(GitRepo::shortId);
        }
    }

    /**
     * The tree hash of the folder in a commit.
     *
     * @param libraryRoot a folder inside the repository
     * @param folder      the module folder
     * @param revision    a revision, such as a tag name
     * @return the tree hash; empty when the revision or the folder in it does not exist
     */
    public static Optional<String> at(Path libraryRoot, Path folder, String revision) {
        try (GitRepo git = GitRepo.open(libraryRoot).orElse(null)) {
            if (git == null) {
                return Optional.empty();
            }
            Optional<ObjectId> commit = git.resolveCommit(revision);
            if (commit.isEmpty()) {
                return Optional.empty();
            }
            Repository repo = git.repository();
            try (RevWalk walk = new RevWalk(repo)) {
                ObjectId root = walk.parseCommit(commit.get()).getTree();
                String rel = git.relative(folder);
                if (rel.isEmpty()) {
                    return Optional.of(root.name());
                }
                try (TreeWalk tw = TreeWalk.forPath(repo, rel, root)) {
                    return tw == null ? Optional.empty() : Optional.of(tw.getObjectId(0).name());
                }
            }
        } catch (IOException e) {
            throw new AlexandriaException("cannot read the git tree of " + folder + " at " + revision + ": "
                    + e.getMessage(), e);
        }
    }
}
