package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.AlexandriaException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.OrTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * A library as a git revision holds it, written to a folder of its own from git's objects (JGit, through
 * {@link GitRepo}): what validating one module of it reads. The work tree, the index and {@code HEAD} are neither
 * read nor changed, so uncommitted edits make no difference to the copy.
 */
public final class TaggedCopies {

    private TaggedCopies() {
    }

    /** What a copy found at the revision. */
    public enum Outcome {
        /** The library's catalog, the module folder and every module's metadata were written. */
        WRITTEN,
        /** The revision names no commit (a tag that does not exist). */
        NO_REVISION,
        /** The commit holds no such module folder (it was added or moved after it). */
        NO_MODULE
    }

    /**
     * What a tag of the library's repository leads to when that is not a commit (a tag made by hand of a tree or a
     * blob), for a message about a tag {@link #write} finds no commit for.
     *
     * @param libraryRoot the library root, inside a git work tree
     * @param tag         the tag's name, such as {@code vpc-enterprise/v1.2.0}
     * @return {@code tree} or {@code blob}; empty when there is no such tag, it leads to a commit, or the library
     *         is not in a git work tree
     * @throws AlexandriaException if the tag cannot be read
     */
    public static Optional<String> nonCommitTarget(Path libraryRoot, String tag) {
        try (GitRepo git = GitRepo.open(libraryRoot).orElse(null)) {
            return git == null ? Optional.empty() : git.nonCommitTarget(tag);
        }
    }

    /**
     * Writes into {@code target} the library at a revision, as far as validating one module reads it: every file
     * of {@code _catalog/}, every file of the module folder, and the {@code .alexandria.yaml} of every other
     * module (what the rules over its dependencies read of the modules it calls: layer, version, deprecation).
     * Symbolic links and submodules are left out.
     *
     * @param libraryRoot the library root, inside a git work tree
     * @param moduleDir   the module folder below the root ({@code _library/<layer>/<category>/<id>})
     * @param revision    the revision, such as {@code refs/tags/vpc-enterprise/v1.2.0}
     * @param target      an empty folder to write into
     * @return what was found; nothing is written unless {@link Outcome#WRITTEN}
     * @throws AlexandriaException if git's objects or the copy cannot be read or written, or the library is not
     *                             in a git work tree
     */
    public static Outcome write(Path libraryRoot, String moduleDir, String revision, Path target) {
        try (GitRepo git = GitRepo.open(libraryRoot).orElseThrow(() -> new AlexandriaException("the library "
                + libraryRoot + " is not in a git work tree, so " + revision + " cannot be read"))) {
            Optional<ObjectId> commit = git.resolveCommit(revision);
            if (commit.isEmpty()) {
                return Outcome.NO_REVISION;
            }
            String base = git.relative(libraryRoot);
            String prefix = base.isEmpty() ? "" : base + "/";
            if (git.treeAt(commit.get(), prefix + moduleDir).isEmpty()) {
                return Outcome.NO_MODULE;
            }
            ObjectId root;
            try (RevWalk walk = new RevWalk(git.repository())) {
                root = walk.parseCommit(commit.get()).getTree();
            }
            // Single path filters, not a PathFilterGroup: a group ends the whole walk once it is past its last path,
            // which would lose the metadata of every module whose folder sorts after the module's.
            copy(git, root, prefix, OrTreeFilter.create(new TreeFilter[] {
                    PathFilter.create(prefix + "_catalog"), PathFilter.create(prefix + moduleDir),
                    AndTreeFilter.create(PathFilter.create(prefix + "_library"),
                            PathSuffixFilter.create("/.alexandria.yaml"))}), target);
            Files.createDirectories(target.resolve("_library"));
            return Outcome.WRITTEN;
        } catch (IOException e) {
            throw new AlexandriaException("cannot copy " + moduleDir + " at " + revision + " from the git repository "
                    + "of " + libraryRoot + " into " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes the regular files of a tree that a filter keeps, below {@code prefix}, into {@code target}. */
    private static void copy(GitRepo git, ObjectId root, String prefix, TreeFilter wanted, Path target)
            throws IOException {
        try (ObjectReader reader = git.repository().newObjectReader(); TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(root);
            tw.setRecursive(true);
            tw.setFilter(wanted);
            while (tw.next()) {
                FileMode mode = tw.getFileMode(0);
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                Path file = target.resolve(tw.getPathString().substring(prefix.length())).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    reader.open(tw.getObjectId(0), Constants.OBJ_BLOB).copyTo(out);
                }
            }
        }
    }
}
