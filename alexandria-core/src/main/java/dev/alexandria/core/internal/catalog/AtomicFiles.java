package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.text.IoProblems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file atomically: write a temporary file in the same folder, fsync it, rename it over the target
 * with {@code ATOMIC_MOVE}, then fsync the folder. Readers see the old file or the new one, never half of one.
 * A file that started with a UTF-8 byte-order mark keeps it.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    static void write(Path target, String text, String displayPath) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new CatalogException(SourceLocation.of(displayPath), "cannot be written: " + dir + " is a file,"
                        + " not a folder; move that file away");
            }
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            keepPermissions(target, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(withByteOrderMarkOf(target, text).getBytes(StandardCharsets.UTF_8));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new CatalogException(SourceLocation.of(displayPath), "cannot be replaced atomically on this "
                        + "file system (" + IoProblems.reason(e) + "); keep the library on a local file system", e);
            }
            tmp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            // the path the OS refused may be the temporary file beside the target: name the folder instead
            String where = IoProblems.path(e).filter(p -> !p.equals(target.toString()))
                    .map(p -> " (in " + dir + ")").orElse("");
            throw new CatalogException(SourceLocation.of(displayPath), "cannot be written: " + IoProblems.reason(e)
                    + where + "; " + IoProblems.writeFix(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write already failed with a clearer error; a stray temp file is harmless
                }
            }
        }
    }

    /**
     * The text with a UTF-8 byte-order mark in front when the file it replaces starts with one: the readers drop
     * the mark, so the text written back has none, and rewriting one entry must not change the file's first bytes
     * (an editor or a diff would show the whole file as changed).
     */
    static String withByteOrderMarkOf(Path target, String text) throws IOException {
        if (text.startsWith("\uFEFF") || !Files.isRegularFile(target)) {
            return text;
        }
        byte[] head = new byte[3];
        int n = 0;
        try (java.io.InputStream in = Files.newInputStream(target)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        }
        boolean mark = n == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        return mark ? "\uFEFF" + text : text;
    }

    /** Temp files are created private (0600); give the new file the old one's permissions, or 0644. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(tmp, perms);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the platform's defaults apply
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open or sync a directory; the rename itself is still atomic there.
        }
    }
}
