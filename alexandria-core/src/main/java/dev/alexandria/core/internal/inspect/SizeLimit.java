package dev.alexandria.core.internal.inspect;

import dev.alexandria.api.model.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file passes a size limit, so the error for a file that is too large names a line like every other
 * error: the line and column (in characters) of its first byte past the limit.
 */
public final class SizeLimit {

    private SizeLimit() {
    }

    /**
     * The place of a file's first byte past a limit: line and column (in characters, counting each UTF-8 lead
     * byte or single byte as one) of that byte. Reads no more than the limit, in small pieces; if the file shrank
     * below the limit since it was measured, its end.
     *
     * @param file    the file
     * @param display the file's name as messages show it
     * @param limit   the limit, in bytes
     * @return the location, with line and column (1-based)
     * @throws IOException if the file cannot be read
     */
    public static SourceLocation wherePassed(Path file, String display, long limit) throws IOException {
        Position at = new Position();
        byte[] buffer = new byte[64 * 1024];
        long left = limit;
        try (InputStream in = Files.newInputStream(file)) {
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break; // it shrank since it was measured: the end is as far as it goes
                }
                at.advance(buffer, n);
                left -= n;
            }
        }
        return at.location(display);
    }

    /**
     * The place of the first byte past a limit in a file's content already read.
     *
     * @param content the file's bytes
     * @param display the file's name as messages show it
     * @param limit   the limit, in bytes
     * @return the location, with line and column (1-based)
     */
    public static SourceLocation wherePassed(byte[] content, String display, long limit) {
        Position at = new Position();
        at.advance(content, (int) Math.min(content.length, limit));
        return at.location(display);
    }

    /** A line and column, moved on byte by byte. */
    private static final class Position {

        private long line = 1;
        private long column = 1;

        void advance(byte[] bytes, int count) {
            for (int i = 0; i < count; i++) {
                byte b = bytes[i];
                if (b == '\n') {
                    line++;
                    column = 1;
                } else if ((b & 0xC0) != 0x80) { // not a UTF-8 continuation byte: a new character
                    column++;
                }
            }
        }

        SourceLocation location(String display) {
            return SourceLocation.of(display, (int) Math.min(line, Integer.MAX_VALUE),
                    (int) Math.min(column, Integer.MAX_VALUE));
        }
    }
}
