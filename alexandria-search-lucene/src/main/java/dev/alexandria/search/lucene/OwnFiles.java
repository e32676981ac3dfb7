package dev.alexandria.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The provider's own files next to an index (the synonym map, the verification record, the saved spelling
 * corrections): each has Lucene's header and checksum footer, is written whole to a temporary file renamed over the
 * old one (so concurrent processes never see half a file), and has its whole checksum checked before it is parsed.
 */
final class OwnFiles {

    /** What a file holds between its header and its footer. */
    interface Body {
        void write(IndexOutput out) throws IOException;
    }

    private OwnFiles() {
    }

    /**
     * Replaces a file with a new one: header, body, footer, written to a temporary file (named by the file's name
     * without {@code .bin}) and renamed.
     *
     * @param directory the index's directory
     * @param file      the file's name
     * @param codec     the header's codec name
     * @param version   the header's version
     * @param sync      whether the temporary file is synced before the rename (a file whose loss costs more than
     *                  looking its content up again)
     * @param body      what it holds
     * @throws IOException if it cannot be written; the temporary file is then removed
     */
    static void replace(Directory directory, String file, String codec, int version, boolean sync, Body body)
            throws IOException {
        String temp = null;
        try {
            String prefix = file.endsWith(".bin") ? file.substring(0, file.length() - ".bin".length()) : file;
            try (IndexOutput out = directory.createTempOutput(prefix, "new", IOContext.DEFAULT)) {
                temp = out.getName();
                CodecUtil.writeHeader(out, codec, version);
                body.write(out);
                CodecUtil.writeFooter(out);
            }
            if (sync) {
                directory.sync(List.of(temp));
            }
            directory.rename(temp, file);
            temp = null;
        } finally {
            if (temp != null) {
                try {
                    directory.deleteFile(temp);
                } catch (IOException | RuntimeException ignored) {
                    // Nothing written that anyone reads.
                }
            }
        }
    }

    /**
     * Checks the checksum of a whole file before it is parsed: a damaged count or length read before the footer
     * would otherwise be allocated as it says (up to 2 GB: an OutOfMemoryError rather than a file made again).
     *
     * @param directory the folder's directory
     * @param file      the file's name
     * @throws IOException if it cannot be read or its checksum does not match ({@code CorruptIndexException})
     */
    static void checksumWhole(Directory directory, String file) throws IOException {
        try (IndexInput whole = directory.openInput(file, IOContext.READONCE)) {
            CodecUtil.checksumEntireFile(whole);
        }
    }
}
