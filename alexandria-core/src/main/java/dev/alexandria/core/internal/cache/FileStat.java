package dev.alexandria.core.internal.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What {@code lstat} says about a regular file: its size, modification time and change time in nanoseconds (as
 * precise as the file system keeps them). Links are not followed: a link, a folder, a FIFO or a device has no stat
 * here, so what comes through one is never cached.
 *
 * <p>The change time ({@code st_ctime}) is what git's index also compares: unlike the modification time, no
 * program can set it, so a file rewritten and then given its old modification time back ({@code cp -p},
 * {@code touch -r}, an archive extracted over it) with the same size still has a new stat. It is {@link #UNKNOWN}
 * where the file system has no POSIX attributes; size and modification time alone are compared then.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size       the size in bytes
 * @param mtimeNanos the modification time, nanoseconds since the epoch
 * @param ctimeNanos the change time of the file's inode, nanoseconds since the epoch, or {@link #UNKNOWN}
 */
public record FileStat(long size, long mtimeNanos, long ctimeNanos) {

    /** The change time where the platform reports none. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    /**
     * @param file a file
     * @return its stat, if it is a regular file that can be read
     */
    public static Optional<FileStat> of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? Optional.of(of(file, a)) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * @param file the file or folder the attributes were read from
     * @param a    its attributes, read without following links
     * @return the stat of those attributes, with the file's change time read now
     */
    public static FileStat of(Path file, BasicFileAttributes a) {
        return new FileStat(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), changeTime(file));
    }

    /**
     * @return the later of the modification and change times, nanoseconds since the epoch: what the racy-clean rule
     *         compares ({@link LibraryCache#isClean})
     */
    public long lastChangeNanos() {
        return Math.max(mtimeNanos, ctimeNanos);
    }

    private static long changeTime(Path file) {
        try {
            Object t = Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            return t instanceof FileTime ft ? ft.to(TimeUnit.NANOSECONDS) : UNKNOWN;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return UNKNOWN;
        }
    }
}
