package dev.alexandria.core.internal.yaml;

import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's reader of characters, with the same answers, positions and errors, but linear in its input.
 *
 * <p>SnakeYAML's own {@link StreamReader} keeps a window of code points from the scanner's position on and adds
 * at most 1,023 characters at a time, copying the whole window each time. While the scanner looks ahead through
 * a long token (a scalar with no space in it, a comment line, an anchor) its position stays at the token's
 * start, so a token of {@code n} characters costs about {@code n * n / 2,046} copied code points: a 10 MB
 * one-word scalar took minutes. This reader reads the same 1,023 characters at the same moments (so it checks
 * them, and reports a character that is not allowed, exactly when SnakeYAML's does), but appends them to its
 * window in place; only when the window's array is full does it copy what it keeps into a new one twice as large
 * as what it keeps and reads, so the copies add up to at most twice the input. Marks point into the array, as
 * SnakeYAML's do; a mark's snippet may show more of its line than SnakeYAML's would (characters read after it
 * was made), never different characters.
 *
 * <p>Not thread-safe, like SnakeYAML's reader: one per parse.
 */
public final class WindowedStreamReader extends StreamReader {

    /** SnakeYAML's read size: one less than its 1,024-character buffer, which may end in a high surrogate. */
    private static final int READ = 1023;

    /** What SnakeYAML's reader calls a stream read through a {@link Reader}, as its marks and errors show it. */
    private static final String NAME = "'reader'";

    private final Reader stream;
    private final char[] buffer = new char[READ + 1];
    private int[] window = new int[0];
    private int length;
    private int pointer;
    private boolean eof;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    /**
     * A reader of the characters of {@code reader}.
     *
     * @param reader the characters; read on demand, never closed here
     * @throws NullPointerException if {@code reader} is null
     */
    public WindowedStreamReader(Reader reader) {
        super(reader);
        this.stream = reader;
    }

    @Override
    public Mark getMark() {
        return new Mark(NAME, index, line, column, window, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int count) {
        for (int i = 0; i < count && ensure(0); i++) {
            int c = window[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || (c == '\r' && ensure(0) && window[pointer] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return ensure(0) ? window[pointer] : '\0';
    }

    @Override
    public int peek(int ahead) {
        return ensure(ahead) ? window[pointer + ahead] : '\0';
    }

    @Override
    public String prefix(int count) {
        if (count == 0) {
            return "";
        }
        if (ensure(count)) {
            return new String(window, pointer, count);
        }
        return new String(window, pointer, Math.min(count, length - pointer));
    }

    @Override
    public String prefixForward(int count) {
        String prefix = prefix(count);
        pointer += count;
        index += count;
        documentIndex += count;
        column += count; // a prefix never holds a line break
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }

    /**
     * Whether the code point {@code ahead} places after the current one is there, reading once more if not (as
     * SnakeYAML's reader does: its scanner never looks further ahead than one read gives).
     */
    private boolean ensure(int ahead) {
        if (!eof && pointer + ahead >= length) {
            update();
        }
        return pointer + ahead < length;
    }

    private void update() {
        try {
            // read one less than the buffer holds, because the last char may be a high surrogate
            int read = stream.read(buffer, 0, buffer.length - 1);
            if (read <= 0) {
                eof = true;
                return;
            }
            if (Character.isHighSurrogate(buffer[read - 1])) {
                if (stream.read(buffer, read, 1) == -1) {
                    throw new ReaderException(NAME, index + read, buffer[read - 1],
                            "The last char is HighSurrogate (no LowSurrogate detected).");
                }
                read++;
            }
            if (length + read > window.length) {
                // no room left: a new array (marks already made keep the one they point into), twice what is kept
                // and read, so that the copies of the code points kept add up to at most twice the input
                int kept = length - pointer;
                // A first read that did not fill the buffer is usually the whole text (a metadata file of a KB
                // or two): room for just that; if more comes, the next read grows the window as usual.
                int[] next = new int[window.length == 0 && read < buffer.length - 1 ? read : 2 * (kept + read)];
                System.arraycopy(window, pointer, next, 0, kept);
                window = next;
                length = kept;
                pointer = 0;
            }
            int at = length;
            int nonPrintable = ' ';
            for (int i = 0; i < read; at++) {
                int codePoint = Character.codePointAt(buffer, i);
                window[at] = codePoint;
                if (isPrintable(codePoint)) {
                    i += Character.charCount(codePoint);
                } else {
                    nonPrintable = codePoint;
                    i = read;
                }
            }
            length = at;
            if (nonPrintable != ' ') {
                throw new ReaderException(NAME, index + (at - pointer) - 1, nonPrintable,
                        "special characters are not allowed");
            }
        } catch (IOException e) {
            throw new YAMLException(e);
        }
    }
}
