package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.LockException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The catalog's write lock: {@code _catalog/.alexandria.lock}, locked with {@link FileChannel#tryLock()}, which
 * the operating system holds for the process and releases when it ends (so a crashed writer never leaves a
 * stale lock). File locks are held per process, not per thread, so threads of one process first take an
 * in-process lock for the same file.
 */
final class CatalogLock implements AutoCloseable {

    static final String FILE_NAME = ".alexandria.lock";

    // One lock per lock file and JVM: FileChannel locks cannot separate threads of the same process, and
    // two CatalogStore instances on the same library must still exclude each other.
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private static final long POLL_MILLIS = 20;

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private CatalogLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    static CatalogLock acquire(Path lockFile, Duration timeout, String displayPath) {
        Path key = lockFile.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timeout(lockFile, timeout, displayPath, "another thread of this process", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockException(lockFile, "interrupted while waiting for the catalog lock " + displayPath, e);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    return new CatalogLock(local, channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    throw timeout(lockFile, timeout, displayPath, "another process", null);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            local.unlock();
            throw new LockException(lockFile, "interrupted while waiting for the catalog lock " + displayPath, e);
        } catch (IOException e) {
            close(channel);
            local.unlock();
            throw new LockException(lockFile, "cannot open the catalog lock " + displayPath + ": " + e
                    + "; check that _catalog/ is writable", e);
        } catch (LockException e) {
            close(channel);
            local.unlock();
            throw e;
        }
    }

    private static LockException timeout(Path lockFile, Duration timeout, String displayPath, String who,
                                         Throwable cause) {
        return new LockException(lockFile, "could not lock " + displayPath + " within " + timeout.toMillis()
                + " ms: " + who + " is writing the catalog; wait for it to finish and retry (the lock is released "
                + "as soon as that writer ends, so there is no stale lock to delete)", cause);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases the lock; nothing else to do
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        } finally {
            close(channel);
            local.unlock();
        }
    }
}
