package dev.alexandria.core.internal.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What {@code lstat} says about a regular file: its size and modification time in nanoseconds (as precise as
 * the file system keeps it). Links are not followed: a link, a folder, a FIFO or a device has no stat here,
 * so what comes through one is never cached.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size       the size in bytes
 * @param mtimeNanos the modification time, nanoseconds since the epoch
 */
public record FileStat(long size, long mtimeNanos) {

    /**
     * @param file a file
     * @return its stat, if it is a regular file that can be read
     */
    public static Optional<FileStat> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? Optional.of(of(a)) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * @param a attributes read without following links
     * @return the stat of those attributes
     */
    public static FileStat of(BasicFileAttributes a) {
        return new FileStat(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
    }
}
