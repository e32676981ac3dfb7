package dev.alexandria.core.internal.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The undo log of a migration: every change to the tree is recorded before or as it is made, so that a failure
 * half-way can put the tree back as it was (folders moved back, links removed, files restored to their old
 * bytes, created folders removed). Not thread-safe.
 */
final class Journal {

    private interface Undo {
        void undo() throws IOException;

        String describe();
    }

    private final Deque<Undo> undo = new ArrayDeque<>();

    /**
     * Creates the missing folders of a path, recording each so it is removed again on rollback.
     *
     * @param dir the folder
     * @throws IOException if one cannot be created
     */
    void createDirectories(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            undo.push(new Undo() {
                @Override
                public void undo() throws IOException {
                    Files.deleteIfExists(p);
                }

                @Override
                public String describe() {
                    return "remove folder " + p;
                }
            });
        }
    }

    /**
     * Moves a folder (a rename on one file system), recording the move back.
     *
     * @param from the folder
     * @param to   its new place, which must not exist
     * @throws IOException if it cannot be moved
     */
    void move(Path from, Path to) throws IOException {
        Files.move(from, to);
        undo.push(new Undo() {
            @Override
            public void undo() throws IOException {
                Files.move(to, from);
            }

            @Override
            public String describe() {
                return "move " + to + " back to " + from;
            }
        });
    }

    /**
     * Creates a symlink, recording its removal.
     *
     * @param link   the link's place
     * @param target what it points to
     * @throws IOException if it cannot be created
     */
    void symlink(Path link, Path target) throws IOException {
        Files.createSymbolicLink(link, target);
        undo.push(new Undo() {
            @Override
            public void undo() throws IOException {
                Files.deleteIfExists(link);
            }

            @Override
            public String describe() {
                return "remove link " + link;
            }
        });
    }

    /**
     * Deletes a symlink, recording it so it is created again on rollback.
     *
     * @param link the link
     * @throws IOException if it cannot be read or deleted
     */
    void deleteSymlink(Path link) throws IOException {
        Path target = Files.readSymbolicLink(link);
        Files.delete(link);
        undo.push(new Undo() {
            @Override
            public void undo() throws IOException {
                Files.createSymbolicLink(link, target);
            }

            @Override
            public String describe() {
                return "restore link " + link;
            }
        });
    }

    /**
     * Deletes an empty folder, recording it so it is created again on rollback.
     *
     * @param dir the folder
     * @throws IOException if it is not empty or cannot be deleted
     */
    void deleteEmptyDirectory(Path dir) throws IOException {
        Files.delete(dir);
        undo.push(new Undo() {
            @Override
            public void undo() throws IOException {
                Files.createDirectories(dir);
            }

            @Override
            public String describe() {
                return "restore folder " + dir;
            }
        });
    }

    /**
     * Records a file's current bytes (or its absence) before it is written, so rollback restores them.
     *
     * @param file the file about to change
     * @throws IOException if it exists and cannot be read
     */
    void beforeWrite(Path file) throws IOException {
        Optional<byte[]> before = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        undo.push(new Undo() {
            @Override
            public void undo() throws IOException {
                if (before.isPresent()) {
                    Files.write(file, before.get());
                } else {
                    Files.deleteIfExists(file);
                }
            }

            @Override
            public String describe() {
                return (before.isPresent() ? "restore " : "remove ") + file;
            }
        });
    }

    /**
     * Undoes every recorded change, newest first. Keeps going after a step fails.
     *
     * @return a sentence for each step that failed; empty when the tree is back as it was
     */
    List<String> rollback() {
        List<String> failed = new ArrayList<>();
        while (!undo.isEmpty()) {
            Undo u = undo.pop();
            try {
                u.undo();
            } catch (IOException | RuntimeException e) {
                failed.add(u.describe() + ": " + e);
            }
        }
        return failed;
    }

    /** @return the number of recorded changes */
    int size() {
        return undo.size();
    }
}
