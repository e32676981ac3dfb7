package dev.alexandria.core.internal.versioning;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.core.internal.inspect.ModuleDetails;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The git repository a library lives in, read with JGit: module folders at any revision (read blob by blob
 * from the object database, never checked out or copied), and the release tags of a module. Writing (commit
 * and tag) is in {@link ReleaseStep}.
 *
 * <p>Not thread-safe; open one per use and close it.
 */
final class GitRepo implements AutoCloseable {

    private final Repository repo;
    private final Path workTree;

    private GitRepo(Repository repo) {
        this.repo = repo;
        this.workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /**
     * Why the repository's index cannot be written now, in plain words: its lock file {@code .git/index.lock}
     * exists, which another git process holds while it runs, or left behind when it crashed. Checked before a
     * write starts, so that nothing is written that would have to be undone (undoing needs the index too).
     *
     * @return the reason, naming the lock file and what to do; empty when the index is not locked
     */
    Optional<String> indexLocked() {
        Path lock = repo.getIndexFile().toPath().resolveSibling(repo.getIndexFile().getName() + ".lock");
        return Files.exists(lock) ? Optional.of(lockedReason(lock)) : Optional.empty();
    }

    /**
     * A git failure on one line: a refusing hook (JGit's message is the hook's name, a line break and the hook's
     * output) is said as such with the hook's output joined into the line.
     *
     * @param e the failure
     * @return its description, without line breaks
     */
    static String describe(Exception e) {
        return describe(e, null);
    }

    /**
     * As {@link #describe(Exception)}, with what the hook printed on stdout too (captured by
     * {@link HookOutput#attach}).
     *
     * @param e    the failure
     * @param hook the captured output, or null
     * @return its description, without line breaks
     */
    static String describe(Exception e, HookOutput hook) {
        if (e instanceof org.eclipse.jgit.api.errors.AbortedByHookException h) {
            String said = oneLine((hook == null ? "" : hook.stdout() + "\n") + h.getHookStdErr());
            return "git's " + h.getHookName() + " hook refused the commit (exit " + h.getReturnCode() + ")"
                    + (said.isEmpty() ? "" : ": " + said);
        }
        return oneLine(String.valueOf(e.getMessage()));
    }

    /**
     * The one way a commit refused by a git hook becomes a refusal (exit 1, as any other), not a data error: the
     * reason says which hook refused, what it printed, that the files were restored and what to do. Every writer
     * that commits (the release step, register's and publish's plans, lifecycle changes) says it with this.
     *
     * @param e    the commit's failure
     * @param hook what the hooks printed, or null
     * @return the reason, when a hook refused the commit; empty for any other failure
     */
    static Optional<String> hookRefusal(Exception e, HookOutput hook) {
        return e instanceof org.eclipse.jgit.api.errors.AbortedByHookException ? Optional.of(describe(e, hook) + "; every file was restored, so the library is as "
                + "it was; fix what the hook reports, then try again") : Optional.empty();
    }

    /**
     * The failure of a commit of the given files, after its caller restored them: a hook's refusal as a refusal
     * ({@link #hookRefusal}), which the caller restates as its command's (refusing to publish …); any other failure
     * as a data error naming the files.
     *
     * @param e     the commit's failure
     * @param hook  what the hooks printed, or null
     * @param paths the files, relative to the work tree
     * @return the exception to throw
     */
    static dev.alexandria.api.AlexandriaException commitFailed(Exception e, HookOutput hook, List<String> paths) {
        Optional<String> refusal = hookRefusal(e, hook);
        return refusal.isPresent()
                ? new dev.alexandria.api.RefusedException("refusing to commit " + String.join(", ", paths) + ":",
                        List.of(refusal.get()))
                : new dev.alexandria.api.AlexandriaException("committing " + String.join(", ", paths) + " failed: "
                        + describe(e, hook), e);
    }

    /**
     * What a commit's hooks print, captured: by default JGit hands a hook's stdout to the process's standard output,
     * which would mix it into a command's output (its JSON, say). Not thread-safe; one per commit.
     */
    static final class HookOutput {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        /**
         * @param commit the commit command
         * @return the command, its hooks' stdout and stderr captured here
         */
        CommitCommand attach(CommitCommand commit) {
            return commit.setHookOutputStream(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .setHookErrorStream(new PrintStream(err, true, StandardCharsets.UTF_8));
        }

        /** @return what the hooks printed on stdout */
        String stdout() {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The words for a locked index (see {@link #indexLocked()}). */
    static String lockedReason(Path lock) {
        return lockedReason("git's index is", lock);
    }

    /** The refusal of a write while {@code lock} exists: what is locked, the file, and what to do. */
    private static String lockedReason(String what, Path lock) {
        return what + " locked: " + lock + " exists, so another git process is running or crashed; remove "
                + "the file if no git is running, then try again";
    }

    /**
     * Whether another git process holds a ref's lock ({@code <ref>.lock} in the repository's folder), as git and
     * JGit take it while they write the ref: then it cannot be written.
     *
     * @param ref the ref, such as {@code refs/tags/vpc-standard/v1.2.0}
     * @return the reason, naming the lock file and what to do, or empty when the ref is not locked
     */
    Optional<String> refLocked(String ref) {
        return refLocked(repo, ref);
    }

    /** {@link #refLocked(String)} of a repository opened elsewhere. */
    static Optional<String> refLocked(Repository repository, String ref) {
        Path lock = repository.getDirectory().toPath().resolve(ref + ".lock");
        return Files.exists(lock) ? Optional.of(lockedReason("git's ref " + ref + " is", lock))
                : Optional.empty();
    }

    /**
     * Opens the repository that holds a folder, searching its parents.
     *
     * @param folder a folder inside the work tree, such as the library root
     * @return the repository, or empty if the folder is not in a git work tree
     */
    static Optional<GitRepo> open(Path folder) {
        return open(folder, false);
    }

    /**
     * Opens the repository that holds a folder, searching its parents.
     *
     * @param folder          a folder inside the work tree, such as the library root
     * @param readOnlyProcess whether this process only reads git and ends soon ({@link JGitProcess}); the first
     *                        repository a process opens decides, for the whole process
     * @return the repository, or empty if the folder is not in a git work tree
     */
    static Optional<GitRepo> open(Path folder, boolean readOnlyProcess) {
        if (!GitDiscovery.mayBeInWorkTree(folder)) {
            return Optional.empty();
        }
        JGitProcess.setUp(readOnlyProcess);
        systemConfig();
        FileRepositoryBuilder b = new FileRepositoryBuilder().readEnvironment().findGitDir(
                folder.toAbsolutePath().normalize().toFile()).setMustExist(true);
        if (b.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository r = b.build();
            if (r.isBare()) {
                r.close();
                return Optional.empty();
            }
            return Optional.of(new GitRepo(r));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The system property naming git's system configuration file, to spare JGit looking for it: {@value}. */
    static final String SYSTEM_CONFIG_PROPERTY = "alexandria.git.system-config";

    private static volatile boolean systemConfigSet;

    /**
     * JGit finds git's system configuration by running {@code git --version} and {@code git config --system
     * --show-origin} (two processes, a few hundred ms). A host that knows where the file is (the CLI: {@code
     * $GIT_CONFIG_SYSTEM}, else {@code /etc/gitconfig}) names it in {@value #SYSTEM_CONFIG_PROPERTY}; reading
     * tags and trees does not need it at all. Without the property JGit looks as usual.
     */
    private static void systemConfig() {
        if (systemConfigSet) {
            return;
        }
        String file = System.getProperty(SYSTEM_CONFIG_PROPERTY);
        if (file != null && !file.isBlank()) {
            org.eclipse.jgit.util.FS.DETECTED.setGitSystemConfig(new java.io.File(file));
        }
        systemConfigSet = true;
    }

    Repository repository() {
        return repo;
    }

    Path workTree() {
        return workTree;
    }

    /** @return the repository's git folder ({@code .git}), absolute and normalized */
    Path gitDir() {
        return repo.getDirectory().toPath().toAbsolutePath().normalize();
    }

    /**
     * The path of a file or folder relative to the work tree, with {@code /} separators.
     *
     * @param path a path inside the work tree
     * @return the relative path ({@code ""} for the work tree itself)
     * @throws IllegalArgumentException if the path is outside the work tree
     */
    String relative(Path path) {
        Path abs = realish(path);
        if (!abs.startsWith(workTree)) {
            throw new IllegalArgumentException(path + " is not inside the git work tree " + workTree);
        }
        return workTree.relativize(abs).toString().replace('\\', '/');
    }

    private static Path realish(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /**
     * Resolves a revision (a tag, a branch, a commit id or any git revision expression) to a commit.
     *
     * @param revision the revision
     * @return the commit id, if the revision names a commit
     * @throws AlexandriaException if the revision is ambiguous
     */
    Optional<ObjectId> resolveCommit(String revision) {
        try {
            return Optional.ofNullable(repo.resolve(revision + "^{commit}"));
        } catch (AmbiguousObjectException e) {
            throw new AlexandriaException("'" + revision + "' names more than one commit; write more of its id");
        } catch (RevisionSyntaxException | IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The tree of a folder at a commit: its id names everything in the folder, so what is read from it can be
     * kept under that id for good.
     *
     * @param commit the commit
     * @param folder the folder relative to the work tree, {@code /}-separated ({@code ""} for the root)
     * @return the tree's id; empty if the folder does not exist at that commit
     */
    Optional<ObjectId> treeAt(ObjectId commit, String folder) {
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit c = walk.parseCommit(commit);
            if (folder.isEmpty()) {
                return Optional.of(c.getTree().copy());
            }
            try (TreeWalk tw = TreeWalk.forPath(reader, folder, c.getTree())) {
                if (tw == null || tw.getFileMode(0) != FileMode.TREE) {
                    return Optional.empty();
                }
                return Optional.of(tw.getObjectId(0));
            }
        } catch (IOException e) {
            throw cannotRead(folder + " at commit " + commit.name(), e);
        }
    }

    /**
     * The commit that first held a folder as it is in a tree, looked for from HEAD back: of the newest run of
     * commits whose folder has that tree, the oldest (a release commit, and the commits after it that left the
     * folder alone). At most {@code limit} commits are read.
     *
     * @param folder the folder relative to the work tree, {@code /}-separated
     * @param tree   the folder's tree id, or a prefix of it
     * @param limit  how many commits to read at most
     * @return the commit; empty when none of them holds that tree, or there is no HEAD
     * @throws AlexandriaException if git's objects cannot be read
     */
    Optional<ObjectId> firstCommitWithTree(String folder, String tree, int limit) {
        try (RevWalk walk = new RevWalk(repo)) {
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            walk.markStart(walk.parseCommit(head));
            ObjectId found = null;
            int read = 0;
            for (RevCommit c : walk) {
                if (++read > limit) {
                    break;
                }
                boolean holds = treeAt(c, folder).filter(t -> t.name().startsWith(tree)).isPresent();
                if (holds) {
                    found = c.copy();
                } else if (found != null) {
                    break;
                }
            }
            return Optional.ofNullable(found);
        } catch (IOException e) {
            throw cannotRead("the history of " + folder, e);
        }
    }

    /**
     * Reads the configuration files ({@code *.tf}, {@code *.tf.json}) of a folder at a commit, straight from
     * the object database. Files larger than {@link ModuleInspector#MAX_FILE_BYTES} are left out.
     *
     * @param commit the commit
     * @param folder the folder relative to the work tree, {@code /}-separated
     * @return file name to content, sorted by name; empty if the folder does not exist at that commit
     */
    Optional<Map<String, String>> configFilesAt(ObjectId commit, String folder) {
        return treeAt(commit, folder).map(tree -> configFiles(tree, folder));
    }

    /**
     * Reads the configuration files ({@code *.tf}, {@code *.tf.json}) of a tree (not of its subtrees) from the
     * object database. Files larger than {@link ModuleInspector#MAX_FILE_BYTES} are left out.
     *
     * @param tree    the tree, as {@link #treeAt} gives it
     * @param display the folder the tree is, for an error message
     * @return file name to content, sorted by name
     */
    Map<String, String> configFiles(ObjectId tree, String display) {
        TreeMap<String, String> files = new TreeMap<>();
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk tw = new TreeWalk(reader)) {
            tw.addTree(tree);
            tw.setRecursive(false);
            while (tw.next()) {
                String name = tw.getNameString();
                FileMode mode = tw.getFileMode(0);
                if ((mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE)
                        && ModuleDetails.isConfigFile(name)) {
                    ObjectLoader loader = reader.open(tw.getObjectId(0), Constants.OBJ_BLOB);
                    if (loader.getSize() <= ModuleInspector.MAX_FILE_BYTES) {
                        files.put(name, new String(loader.getCachedBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw cannotRead(display + " (tree " + tree.name() + ")", e);
        }
        return files;
    }

    private AlexandriaException cannotRead(String what, IOException e) {
        return new AlexandriaException("cannot read " + what + " of the git repository " + workTree + ": "
                + e.getMessage(), e);
    }

    /**
     * The git id of each file's text as a blob, as {@code git hash-object} gives it for the file's bytes in
     * UTF-8 (JGit's object id formatter, no repository needed): a key for files read from disk that names their
     * content exactly.
     *
     * @param files file name to content
     * @return {@code files} and each name and id, in the map's order, one per line
     */
    static String contentKey(Map<String, String> files) {
        StringBuilder key = new StringBuilder("files");
        ObjectInserter.Formatter ids = new ObjectInserter.Formatter();
        files.forEach((name, text) -> key.append('\n').append(name).append(' ')
                .append(ids.idFor(Constants.OBJ_BLOB, text.getBytes(StandardCharsets.UTF_8)).name()));
        return key.toString();
    }

    /**
     * A release tag: its name, the object its ref names (the tag object of an annotated tag, else the commit), the
     * commit it leads to, and when it was made.
     */
    record Tag(String name, ObjectId ref, ObjectId commit, LocalDate date, boolean annotated, String message) {
    }

    /**
     * The tags whose names start with a prefix, such as {@code vpc-standard/v}.
     *
     * @param prefix the tag name prefix
     * @return the tags, in no particular order
     */
    List<Tag> tags(String prefix) {
        List<Tag> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo)) {
            for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS + prefix)) {
                tag(walk, ref).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new AlexandriaException("cannot list the tags " + prefix + "* of the git repository " + workTree
                    + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The tag refs whose names start with a prefix and the object each names (the tag object of an annotated tag,
     * else the commit), from the ref database alone: no object is read.
     *
     * @param prefix the tag name prefix, such as {@code vpc-standard/v}
     * @return tag name (without {@code refs/tags/}) to object id, sorted by name
     * @throws AlexandriaException if the refs cannot be read
     */
    Map<String, ObjectId> tagRefs(String prefix) {
        Map<String, ObjectId> out = new TreeMap<>();
        try {
            for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_TAGS + prefix)) {
                if (ref.getObjectId() != null) {
                    out.put(ref.getName().substring(Constants.R_TAGS.length()), ref.getObjectId().copy());
                }
            }
        } catch (IOException e) {
            throw new AlexandriaException("cannot list the tags " + prefix + "* of the git repository " + workTree
                    + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The object one tag ref names (the tag object of an annotated tag, else the commit), from the ref database
     * alone: that one ref is looked up ({@code exactRef}), the other refs are not listed and no object is read.
     *
     * @param name the tag's name, such as {@code vpc-standard/v1.2.0}
     * @return the object id; empty when there is no such tag
     * @throws AlexandriaException if the ref cannot be read
     */
    Optional<ObjectId> tagRef(String name) {
        try {
            Ref ref = repo.getRefDatabase().exactRef(Constants.R_TAGS + name);
            return ref == null || ref.getObjectId() == null ? Optional.empty() : Optional.of(ref.getObjectId().copy());
        } catch (IOException e) {
            throw new AlexandriaException("cannot read the tag " + name + " of the git repository " + workTree
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * One tag.
     *
     * @param name the tag's name, such as {@code vpc-standard/v1.2.0}
     * @return the tag; empty when there is none, or it does not lead to a commit
     */
    Optional<Tag> tag(String name) {
        try (RevWalk walk = new RevWalk(repo)) {
            Ref ref = repo.getRefDatabase().exactRef(Constants.R_TAGS + name);
            return ref == null ? Optional.empty() : tag(walk, ref);
        } catch (IOException e) {
            throw new AlexandriaException("cannot read the tag " + name + " of the git repository " + workTree
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a tag leads to when that is not a commit: a tag made by hand of a tree or a blob (such as
     * {@code git tag NAME HEAD^{tree}}), which marks no release and which {@link #tags} and {@link #tag} leave out.
     *
     * @param name the tag's name, such as {@code vpc-standard/v1.2.0}
     * @return the git type of the object it leads to, annotated tags followed ({@code tree} or {@code blob});
     *         empty when there is no such tag or it leads to a commit
     * @throws AlexandriaException if the tag or its object cannot be read
     */
    Optional<String> nonCommitTarget(String name) {
        try (RevWalk walk = new RevWalk(repo)) {
            Ref ref = repo.getRefDatabase().exactRef(Constants.R_TAGS + name);
            if (ref == null || ref.getObjectId() == null) {
                return Optional.empty();
            }
            RevObject target = walk.peel(walk.parseAny(ref.getObjectId()));
            return target.getType() == Constants.OBJ_COMMIT ? Optional.empty()
                    : Optional.of(Constants.typeString(target.getType()));
        } catch (IOException e) {
            throw new AlexandriaException("cannot read the tag " + name + " of the git repository " + workTree
                    + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Tag> tag(RevWalk walk, Ref ref) throws IOException {
        String name = ref.getName().substring(Constants.R_TAGS.length());
        RevObject obj = walk.parseAny(ref.getObjectId());
        if (obj instanceof RevTag tag) {
            // an annotated tag names its target and type, and carries its own date: no need to read the
            // commit (a tag of a tag is followed to the end)
            while (tag.getObject() instanceof RevTag inner) {
                tag = walk.parseTag(inner);
            }
            PersonIdent tagger = tag.getTaggerIdent();
            RevObject target = tag.getObject();
            if (target.getType() != Constants.OBJ_COMMIT) {
                return Optional.empty();
            }
            LocalDate date = tagger != null ? date(tagger.getWhenAsInstant())
                    : date(Instant.ofEpochSecond(walk.parseCommit(target).getCommitTime()));
            return Optional.of(new Tag(name, ref.getObjectId().copy(), target.copy(), date, true,
                    tag.getFullMessage().strip()));
        } else if (obj instanceof RevCommit c) {
            return Optional.of(new Tag(name, c.copy(), c.copy(), date(Instant.ofEpochSecond(c.getCommitTime())),
                    false, ""));
        }
        return Optional.empty();
    }

    /** @return the commit HEAD points at, if there is one */
    Optional<ObjectId> head() {
        return resolveCommit(Constants.HEAD);
    }

    private static LocalDate date(Instant when) {
        return LocalDate.ofInstant(when, ZoneOffset.UTC);
    }

    /** @return whether the path exists in the work tree as a folder */
    boolean isFolder(String relative) {
        return Files.isDirectory(workTree.resolve(relative));
    }

    @Override
    public void close() {
        repo.close();
    }

    @Override
    public String toString() {
        return "GitRepo{" + workTree + "}";
    }

    static String shortId(ObjectId id) {
        Objects.requireNonNull(id, "id");
        return id.abbreviate(dev.alexandria.api.model.CommitIds.SHORT_LENGTH).name();
    }
}
