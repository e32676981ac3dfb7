package dev.alexandria.core.internal.cache;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One file a cache entry was made from: its name in the entry, its {@link FileStat} when it was read and a
 * digest of the content that was read (the first 128 bits of its SHA-256).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name       the file's name within the entry (a path relative to the library root, or a file name)
 * @param size       its size in bytes
 * @param mtimeNanos its modification time, nanoseconds since the epoch
 * @param ctimeNanos its change time, nanoseconds since the epoch, or {@link FileStat#UNKNOWN}
 * @param digestHigh the first 64 bits of the digest
 * @param digestLow  the next 64 bits of the digest
 */
public record FileStamp(String name, long size, long mtimeNanos, long ctimeNanos, long digestHigh,
                        long digestLow) {

    /**
     * Stamps a file from its stat, taken before the content was read, and the content that was read.
     *
     * @param name    the file's name within the entry
     * @param stat    the stat taken before reading
     * @param content the bytes read
     * @return the stamp
     */
    public static FileStamp of(String name, FileStat stat, byte[] content) {
        ByteBuffer d = ByteBuffer.wrap(digest(content));
        return new FileStamp(name, stat.size(), stat.mtimeNanos(), stat.ctimeNanos(), d.getLong(), d.getLong());
    }

    /**
     * @param stat a current stat
     * @return whether size, modification time and change time are those stamped
     */
    public boolean sameStat(FileStat stat) {
        return size == stat.size() && mtimeNanos == stat.mtimeNanos() && ctimeNanos == stat.ctimeNanos();
    }

    /**
     * @return the later of the stamped modification and change times, nanoseconds since the epoch: what the
     *         racy-clean rule compares ({@link LibraryCache#isClean})
     */
    public long lastChangeNanos() {
        return Math.max(mtimeNanos, ctimeNanos);
    }

    /**
     * @param content current bytes of the file
     * @return whether they have the stamped digest
     */
    public boolean sameContent(byte[] content) {
        ByteBuffer d = ByteBuffer.wrap(digest(content));
        return d.getLong() == digestHigh && d.getLong() == digestLow;
    }

    /**
     * @param stat a newer stat of the same content
     * @return this stamp with that stat
     */
    public FileStamp withStat(FileStat stat) {
        return new FileStamp(name, stat.size(), stat.mtimeNanos(), stat.ctimeNanos(), digestHigh, digestLow);
    }

    /**
     * A SHA-256 digest that is never used itself: each digest is a clone of it, which skips looking the algorithm
     * up among the security providers for every file (a few percent of a cold open of a large library). It is
     * made on the first digest, not when the first stamp is read: a warm open, whose files all have the stamped
     * size and time, digests nothing, and the first look-up initialises the platform's security providers (~5% of
     * the CPU of the open thread of a warm {@code info} on the bundled sample).
     */
    private static final class Prototype {
        static final MessageDigest SHA_256 = sha256();

        private Prototype() {
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static byte[] digest(byte[] content) {
        MessageDigest d;
        try {
            d = (MessageDigest) Prototype.SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            d = sha256(); // a provider whose digests cannot be cloned
        }
        return d.digest(content);
    }

    void write(CacheOutput out) {
        out.writeString(name).writeSignedVarLong(size).writeSignedVarLong(mtimeNanos).writeSignedVarLong(ctimeNanos)
                .writeLong(digestHigh)
                .writeLong(digestLow);
    }

    static FileStamp read(CacheInput in) {
        return new FileStamp(in.readString(), in.readSignedVarLong(), in.readSignedVarLong(), in.readSignedVarLong(),
                in.readLong(), in.readLong());
    }
}
