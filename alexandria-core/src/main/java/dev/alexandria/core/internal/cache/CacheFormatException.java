package dev.alexandria.core.internal.cache;

/**
 * Cache data that cannot be decoded: truncated, corrupt, or written by another format. Never reaches a user:
 * whoever reads the cache treats the entry as missing and reads the library's files instead.
 */
public final class CacheFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with the data
     */
    public CacheFormatException(String message) {
        super(message);
    }
}
