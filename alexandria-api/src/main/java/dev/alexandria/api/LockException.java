package dev.alexandria.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The catalog lock could not be taken in time: another process or thread is writing the catalog. The message
 * names the lock file and what to do.
 *
 * @since 0.1.0
 */
public class LockException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** The lock file, as a string because {@link Path} is not serializable. */
    private final String lockFile;

    /**
     * @param lockFile the lock file
     * @param message  what happened and what to do
     * @param cause    the underlying failure, or {@code null}
     */
    public LockException(Path lockFile, String message, Throwable cause) {
        super(message, cause);
        this.lockFile = Objects.requireNonNull(lockFile, "lockFile").toString();
    }

    /** @return the lock file */
    public Path lockFile() {
        return Path.of(lockFile);
    }
}
