package dev.alexandria.core.internal.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The files a cache may stamp: those of a listing that are plain files, read without following links. A cache
 * keyed by a file's size, time and content must not key a link (its target can change under an unchanged link),
 * nor read a FIFO, socket or device (the read could block); a listing with one of those is not cached at all.
 */
public final class PlainFiles {

    private PlainFiles() {
    }

    /**
     * A plain file with the attributes read when it was listed.
     *
     * @param path       the file
     * @param attributes its size, times and type, read without following links
     */
    public record PlainFile(Path path, BasicFileAttributes attributes) {
        /**
         * Validates.
         *
         * @param path       the file
         * @param attributes its size, times and type
         */
        public PlainFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(attributes, "attributes");
        }
    }

    /**
     * The wanted files of a listing, when every one is a plain file; folders with a wanted name are skipped.
     *
     * @param listing the paths listed (a folder's entries, a walk)
     * @param wanted  which paths count
     * @return the wanted files in listing order; empty when one is not a plain file or cannot be read
     */
    public static Optional<List<PlainFile>> of(Iterable<Path> listing, Predicate<Path> wanted) {
        List<PlainFile> out = new ArrayList<>();
        try {
            for (Path f : listing) {
                if (!wanted.test(f)) {
                    continue;
                }
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isDirectory()) {
                    continue;
                }
                if (!a.isRegularFile()) {
                    return Optional.empty();
                }
                out.add(new PlainFile(f, a));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(out);
    }
}
