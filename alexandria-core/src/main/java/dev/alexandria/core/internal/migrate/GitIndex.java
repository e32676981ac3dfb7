package dev.alexandria.core.internal.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The git index of the work tree that holds a migrated folder, changed the way {@code git mv} and {@code git add}
 * would: a moved folder's tracked files keep their blobs under the new path (so rename detection links their
 * history), files Alexandria writes and the symlinks it leaves are staged. Untracked files move on disk but stay
 * untracked, as with {@code git mv}.
 *
 * <p>Not thread-safe; open one per migration and close it.
 */
final class GitIndex implements AutoCloseable {

    private final Repository repo;
    private final Path workTree;

    private GitIndex(Repository repo) throws IOException {
        this.repo = repo;
        this.workTree = repo.getWorkTree().toPath().toRealPath();
    }

    /**
     * Opens the repository whose work tree holds a folder.
     *
     * @param folder a folder (absolute, real)
     * @return the index, or empty when the folder is not in a git work tree
     * @throws IOException if the repository exists but cannot be read
     */
    static Optional<GitIndex> open(Path folder) throws IOException {
        FileRepositoryBuilder b = new FileRepositoryBuilder().findGitDir(folder.toFile()).setMustExist(true);
        if (b.getGitDir() == null) {
            return Optional.empty();
        }
        Repository r = b.build();
        if (r.isBare()) {
            r.close();
            return Optional.empty();
        }
        return Optional.of(new GitIndex(r));
    }

    /** @return the work tree (real path) */
    Path workTree() {
        return workTree;
    }

    /** @return the index file, to snapshot before and restore after a failed migration */
    Path indexFile() {
        return repo.getIndexFile().toPath();
    }

    /**
     * Checks that nobody else is changing the index now (a {@code .git/index.lock}), before anything moves.
     *
     * @throws IOException if the index is locked
     */
    void checkUnlocked() throws IOException {
        DirCache dc = repo.lockDirCache();
        dc.unlock();
    }

    /**
     * Whether git tracks anything at or below a path.
     *
     * @param path a path in the work tree
     * @return whether the index has an entry there
     * @throws IOException if the index cannot be read
     */
    boolean tracks(Path path) throws IOException {
        String p = relative(path);
        DirCache dc = repo.readDirCache();
        for (int i = 0; i < dc.getEntryCount(); i++) {
            String e = dc.getEntry(i).getPathString();
            if (e.equals(p) || e.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Updates the index in one write: moves the entries below each moved folder to its new path, then stages the
     * given files and symlinks from the work tree (a path that no longer exists is removed from the index).
     *
     * @param moves  folder moves, old to new (absolute paths in the work tree), applied in order
     * @param staged paths to stage from the work tree
     * @throws IOException if the index is locked or cannot be written
     */
    void update(Map<Path, Path> moves, List<Path> staged) throws IOException {
        Map<String, String> prefixes = new LinkedHashMap<>();
        moves.forEach((from, to) -> prefixes.put(relative(from), relative(to)));
        Map<String, Path> stage = new LinkedHashMap<>();
        for (Path p : staged) {
            stage.put(relative(p), p);
        }
        DirCache dc = repo.lockDirCache();
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            List<DirCacheEntry> entries = new ArrayList<>();
            for (int i = 0; i < dc.getEntryCount(); i++) {
                DirCacheEntry e = dc.getEntry(i);
                String path = e.getPathString();
                for (Map.Entry<String, String> m : prefixes.entrySet()) {
                    if (path.startsWith(m.getKey() + "/")) {
                        path = m.getValue() + path.substring(m.getKey().length());
                    }
                }
                if (stage.containsKey(path)) {
                    continue; // restaged below
                }
                boolean underStagedLink = false;
                for (String s : stage.keySet()) {
                    if (path.startsWith(s + "/")) {
                        underStagedLink = true; // a folder replaced by a symlink: its entries moved away
                    }
                }
                if (underStagedLink) {
                    continue;
                }
                if (path.equals(e.getPathString())) {
                    entries.add(e);
                } else {
                    DirCacheEntry moved = new DirCacheEntry(path, e.getStage());
                    moved.copyMetaData(e);
                    entries.add(moved);
                }
            }
            for (Map.Entry<String, Path> s : stage.entrySet()) {
                Path file = s.getValue();
                if (Files.isSymbolicLink(file)) {
                    byte[] target = Files.readSymbolicLink(file).toString().replace('\\', '/')
                            .getBytes(StandardCharsets.UTF_8);
                    DirCacheEntry link = new DirCacheEntry(s.getKey());
                    link.setFileMode(FileMode.SYMLINK);
                    link.setLength(target.length);
                    link.setObjectId(inserter.insert(Constants.OBJ_BLOB, target));
                    entries.add(link);
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    DirCacheEntry blob = new DirCacheEntry(s.getKey());
                    long size = Files.size(file);
                    blob.setFileMode(Files.isExecutable(file) ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE);
                    blob.setLength(size);
                    blob.setLastModified(Files.getLastModifiedTime(file).toInstant());
                    ObjectId id;
                    try (InputStream in = Files.newInputStream(file)) {
                        id = inserter.insert(Constants.OBJ_BLOB, size, in);
                    }
                    blob.setObjectId(id);
                    entries.add(blob);
                }
            }
            inserter.flush();
            DirCacheBuilder builder = dc.builder();
            entries.sort((a, b) -> DirCacheEntryOrder.compare(a, b));
            for (DirCacheEntry e : entries) {
                builder.add(e);
            }
            builder.finish();
            dc.write();
            if (!dc.commit()) {
                throw new IOException("could not write the git index " + indexFile());
            }
        } finally {
            dc.unlock();
        }
    }

    /** Index order: by path bytes, then stage. */
    private static final class DirCacheEntryOrder {
        static int compare(DirCacheEntry a, DirCacheEntry b) {
            byte[] x = a.getPathString().getBytes(StandardCharsets.UTF_8);
            byte[] y = b.getPathString().getBytes(StandardCharsets.UTF_8);
            int n = Math.min(x.length, y.length);
            for (int i = 0; i < n; i++) {
                int c = (x[i] & 0xff) - (y[i] & 0xff);
                if (c != 0) {
                    return c;
                }
            }
            int c = x.length - y.length;
            return c != 0 ? c : a.getStage() - b.getStage();
        }
    }

    private String relative(Path p) {
        return workTree.relativize(p).toString().replace('\\', '/');
    }

    @Override
    public void close() {
        repo.close();
    }
}
