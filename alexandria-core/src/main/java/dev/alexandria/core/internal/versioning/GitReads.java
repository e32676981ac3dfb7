package dev.alexandria.core.internal.versioning;

import dev.alexandria.core.internal.cache.BuildKey;
import dev.alexandria.core.internal.cache.CacheFiles;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What was read from git for one module's versions, kept in the library's cache folder: for each release tag, by
 * the id of the object its ref names, the commit it leads to, its date and message; and for each commit read, the
 * id of the module folder's tree in it. Git objects never change, so an entry never goes stale: a tag that is
 * moved or re-made names another object and misses. With the tag refs listed by JGit's ref database,
 * {@code versions} and a {@code diff} of two released versions then read no git object at all (and the versions'
 * interfaces come from {@link InterfaceCache} by tree id).
 *
 * <p>One file per module, {@value #FOLDER}{@code /<module>.bin}, written as every cache file is
 * ({@link CacheFiles}); a file of another build, library or work tree, a truncated or a foreign one is ignored. A
 * cache that cannot be read or written is only slower. The tags kept are those of the last listing plus the ones
 * read since; trees at most {@value #MAX_TREES}, the most recent.
 *
 * <p>Thread-safe (the two versions of a diff are read on two threads); one per command.
 */
final class GitReads {

    private static final Logger LOG = LoggerFactory.getLogger(GitReads.class);

    /** The folder in the library's cache folder. */
    static final String FOLDER = "git";
    private static final String KIND = "git-reads";
    static final int MAX_TREES = 1000;

    /** A tag as read: what {@link GitRepo.Tag} says, keyed by the object its ref names. */
    record Tag(String commit, LocalDate date, boolean annotated, String message) {
    }

    private final Path file;
    private final String owner;
    private final String workTree;
    private final Map<String, Tag> tags = new LinkedHashMap<>();
    private final Map<String, String> trees = new LinkedHashMap<>();
    private boolean changed;

    private GitReads(Path file, String owner, String workTree) {
        this.file = file;
        this.owner = owner;
        this.workTree = workTree;
    }

    /**
     * Reads a module's entry.
     *
     * @param cacheDirectory the library's cache folder, if it has one
     * @param libraryRoot    the library's root, which the file records as its owner
     * @param workTree       the repository's work tree, which the file records too
     * @param moduleId       the module
     * @return what was read before (nothing on a miss); empty when the library is opened without a cache
     */
    static Optional<GitReads> of(Optional<Path> cacheDirectory, Path libraryRoot, Path workTree, String moduleId) {
        if (cacheDirectory.isEmpty()) {
            return Optional.empty();
        }
        GitReads reads = new GitReads(cacheDirectory.get().resolve(FOLDER).resolve(moduleId + ".bin"),
                libraryRoot.toAbsolutePath().normalize().toString(), workTree.toString());
        reads.load();
        return Optional.of(reads);
    }

    private void load() {
        Optional<CacheFiles.Contents> hit = CacheFiles.read(file, BuildKey.current(), KIND, owner);
        if (hit.isEmpty()) {
            return;
        }
        try {
            CacheInput in = hit.get().body();
            if (!in.readString().equals(workTree)) {
                return;
            }
            Map<String, Tag> t = new LinkedHashMap<>();
            for (int n = in.readCount(), k = 0; k < n; k++) {
                t.put(in.readString(), new Tag(in.readString(), LocalDate.ofEpochDay(in.readSignedVarLong()),
                        in.readBoolean(), in.readString()));
            }
            Map<String, String> r = new LinkedHashMap<>();
            for (int n = in.readCount(), k = 0; k < n; k++) {
                r.put(in.readString(), in.readString());
            }
            tags.putAll(t);
            trees.putAll(r);
        } catch (RuntimeException e) {
            LOG.debug("ignoring the cache entry {}", file, e);
        }
    }

    /**
     * @param refTarget the id of the object a tag's ref names
     * @return the tag as read before
     */
    synchronized Optional<Tag> tag(String refTarget) {
        return Optional.ofNullable(tags.get(refTarget));
    }

    /**
     * Keeps a tag as read.
     *
     * @param refTarget the id of the object its ref names
     * @param tag       what it says
     */
    synchronized void putTag(String refTarget, Tag tag) {
        if (!tag.equals(tags.put(refTarget, tag))) {
            changed = true;
        }
    }

    /**
     * Keeps exactly these tags (a whole listing): those of refs that are gone are dropped.
     *
     * @param all the tags, by the id of the object each ref names
     */
    synchronized void replaceTags(Map<String, Tag> all) {
        if (!tags.equals(all)) {
            tags.clear();
            tags.putAll(all);
            changed = true;
        }
    }

    /**
     * @param commit the commit's id
     * @param folder the folder, relative to the work tree
     * @return the id of the folder's tree at the commit, as read before
     */
    synchronized Optional<String> tree(String commit, String folder) {
        return Optional.ofNullable(trees.get(commit + ' ' + folder));
    }

    /**
     * Keeps the id of a folder's tree at a commit.
     *
     * @param commit the commit's id
     * @param folder the folder, relative to the work tree
     * @param tree   the tree's id
     */
    synchronized void putTree(String commit, String folder, String tree) {
        String key = commit + ' ' + folder;
        if (!tree.equals(trees.get(key))) {
            trees.remove(key); // re-added last: the most recent are kept
            trees.put(key, tree);
            changed = true;
        }
    }

    /** Writes the file when something was added; never throws (a failure is logged at debug level). */
    synchronized void flush() {
        if (!changed) {
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>(trees.entrySet());
        if (kept.size() > MAX_TREES) {
            kept = kept.subList(kept.size() - MAX_TREES, kept.size());
        }
        CacheOutput out = CacheOutput.create();
        out.writeString(workTree);
        out.writeList(List.copyOf(tags.entrySet()), (o, e) -> o.writeString(e.getKey())
                .writeString(e.getValue().commit()).writeSignedVarLong(e.getValue().date().toEpochDay())
                .writeBoolean(e.getValue().annotated()).writeString(e.getValue().message()));
        out.writeList(kept, (o, e) -> o.writeString(e.getKey()).writeString(e.getValue()));
        CacheFiles.write(file, BuildKey.current(), KIND, owner, out);
        changed = false;
    }
}
