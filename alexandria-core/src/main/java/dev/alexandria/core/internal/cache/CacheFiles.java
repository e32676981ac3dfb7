package dev.alexandria.core.internal.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes one cache file: a header (a magic number, {@link ModelCodec#FORMAT}, the Alexandria build
 * that wrote it, the kind of file and the library it belongs to), the body, and a CRC-32C of both. A file whose
 * header or checksum does not match is ignored, as is one that cannot be read; a file is written to a
 * temporary file in the same folder and renamed over the old one, so a reader sees either file whole.
 *
 * <p>Thread-safe; stateless.
 */
public final class CacheFiles {

    private static final Logger LOG = LoggerFactory.getLogger(CacheFiles.class);

    private static final byte[] MAGIC = "ALEXCACH".getBytes(StandardCharsets.US_ASCII);

    /** A cache file larger than this is not read: no library needs one, and reading it could exhaust memory. */
    static final long MAX_BYTES = 1L << 30;

    private CacheFiles() {
    }

    /**
     * A cache file that was read and checked.
     *
     * @param body       its body
     * @param mtimeNanos the file's modification time, taken before it was read: entries of files that are not
     *                   older than this are "racily clean" and must be compared by content
     */
    public record Contents(CacheInput body, long mtimeNanos) {
    }

    /**
     * Reads a cache file if it is whole and was written for this build, kind and library.
     *
     * @param file  the cache file
     * @param build the build key ({@link BuildKey#current()})
     * @param kind  what the file holds, e.g. {@code index}
     * @param owner the library root it belongs to
     * @return its contents; empty if it is missing, unreadable, truncated, corrupt or foreign
     */
    public static Optional<Contents> read(Path file, String build, String kind, String owner) {
        Optional<FileStat> stat = FileStat.of(file);
        if (stat.isEmpty()) {
            return Optional.empty();
        }
        if (stat.get().size() > MAX_BYTES) {
            LOG.debug("ignoring cache file {}: {} bytes", file, stat.get().size());
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | OutOfMemoryError e) {
            LOG.debug("cannot read cache file {}", file, e);
            return Optional.empty();
        }
        try {
            if (bytes.length < MAGIC.length + 8 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new CacheFormatException("not a cache file");
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 8);
            long stored = CacheInput.of(bytes, bytes.length - 8, 8).readLong();
            if (stored != crc.getValue()) {
                throw new CacheFormatException("checksum mismatch");
            }
            CacheInput in = CacheInput.of(bytes, MAGIC.length, bytes.length - 8 - MAGIC.length);
            int format = in.readVarInt();
            String fileBuild = in.readString();
            String fileKind = in.readString();
            String fileOwner = in.readString();
            if (format != ModelCodec.FORMAT || !fileBuild.equals(build) || !fileKind.equals(kind)
                    || !fileOwner.equals(owner)) {
                throw new CacheFormatException("written for format " + format + ", build " + fileBuild + ", "
                        + fileKind + " of " + fileOwner);
            }
            CacheInput body = in.readBlock();
            if (!in.atEnd()) {
                throw new CacheFormatException("data after the body");
            }
            return Optional.of(new Contents(body, stat.get().mtimeNanos()));
        } catch (CacheFormatException e) {
            LOG.debug("ignoring cache file {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Owner-only, as {@link Files#createTempFile} makes a file: a cache holds what the library's files say. */
    private static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY = java.nio.file.attribute
            .PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

    /**
     * A new, empty file in a folder, named {@code .<name>.<random>.tmp}, readable and writable by its owner only
     * (where the file system has POSIX permissions). Not {@link Files#createTempFile}: that draws its name from
     * {@link java.security.SecureRandom}, whose first use in a JVM starts the security providers, about 20 ms of
     * CPU in a short command (a third of what a search adds to the command line's own start) that wrote one cache
     * file; a temporary name needs only to differ from those of concurrent writers, which {@code CREATE_NEW}
     * ensures (another name is drawn when one is taken).
     *
     * @throws IOException if no file can be created
     */
    static Path newTemporaryFile(Path dir, String name) throws IOException {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (int attempt = 1; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(
                    java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return posix ? Files.createFile(tmp, OWNER_ONLY) : Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Replaces a cache file atomically. Never throws: a cache that cannot be written only makes the next open
     * slower, so failures are logged at debug level.
     *
     * @param file  the cache file
     * @param build the build key
     * @param kind  what the file holds
     * @param owner the library root it belongs to
     * @param body  the body
     * @return whether the file was written
     */
    public static boolean write(Path file, String build, String kind, String owner, CacheOutput body) {
        // The body is written from its own buffer, not copied: the index of a big library is megabytes, and a
        // copy or two of it at the end of an open, when the heap is fullest, cost full collections in 256 MB.
        CacheOutput header = CacheOutput.create();
        header.writeRaw(MAGIC, 0, MAGIC.length);
        header.writeVarInt(ModelCodec.FORMAT).writeString(build).writeString(kind).writeString(owner);
        header.writeVarInt(body.size()); // the body follows as a block: its length, then its bytes
        CRC32C crc = new CRC32C();
        header.updateChecksum(crc);
        body.updateChecksum(crc);
        CacheOutput trailer = CacheOutput.create().writeLong(crc.getValue());
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = newTemporaryFile(dir, file.getFileName().toString());
            try (OutputStream out = Files.newOutputStream(tmp)) {
                header.writeTo(out);
                body.writeTo(out);
                trailer.writeTo(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.debug("cannot replace cache file {} atomically; not caching", file, e);
                return false;
            }
            tmp = null;
            return true;
        } catch (IOException | SecurityException e) {
            LOG.debug("cannot write cache file {}", file, e);
            return false;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.debug("cannot remove temporary cache file {}", tmp, e);
                }
            }
        }
    }
}
