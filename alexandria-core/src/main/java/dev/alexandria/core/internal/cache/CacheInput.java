package dev.alexandria.core.internal.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads what a {@link CacheOutput} wrote. Every read checks its bounds: data that is truncated or malformed
 * ends in a {@link CacheFormatException}, never in a wrong value that looks right or an
 * {@code ArrayIndexOutOfBoundsException}.
 *
 * <p>Mutable; one per thread.
 */
public final class CacheInput {

    /** No list, string or block in the cache is larger than this; a larger count means corrupt data. */
    private static final int MAX_COUNT = 1 << 28;

    private final byte[] buf;
    private int pos;
    private final int limit;
    private final List<String> strings = new ArrayList<>();
    private Interner interner;

    private CacheInput(byte[] buf, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > buf.length) {
            throw new CacheFormatException("block " + offset + "+" + length + " outside " + buf.length + " bytes");
        }
        this.buf = buf;
        this.pos = offset;
        this.limit = offset + length;
    }

    /**
     * @param bytes the bytes to read; not copied
     * @return an input over all of them
     */
    public static CacheInput of(byte[] bytes) {
        return new CacheInput(bytes, 0, bytes.length);
    }

    /**
     * @param bytes  the bytes to read; not copied
     * @param offset where to start
     * @param length how many bytes to read at most
     * @return an input over that range
     * @throws CacheFormatException if the range is outside the array
     */
    public static CacheInput of(byte[] bytes, int offset, int length) {
        return new CacheInput(bytes, offset, length);
    }

    /** @return the next byte, 0 to 255 */
    public int readByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    /** @return the next boolean */
    public boolean readBoolean() {
        int b = readByte();
        if (b > 1) {
            throw new CacheFormatException("not a boolean: " + b);
        }
        return b == 1;
    }

    /** @return the next variable-length int */
    public int readVarInt() {
        long v = readVarLong();
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new CacheFormatException("int out of range: " + v);
        }
        return (int) v;
    }

    /** @return a count (a list size, a string length), checked against a sane maximum */
    public int readCount() {
        int n = readVarInt();
        if (n > MAX_COUNT) {
            throw new CacheFormatException("count out of range: " + n);
        }
        return n;
    }

    /** @return the next zig-zag variable-length long */
    public long readSignedVarLong() {
        long v = readVarLong();
        return (v >>> 1) ^ -(v & 1);
    }

    /** @return the next 8-byte long */
    public long readLong() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos++] & 0xFF);
        }
        return v;
    }

    /** @return the next string */
    public String readString() {
        int ref = readVarInt();
        if (ref > 0) {
            if (ref > strings.size()) {
                throw new CacheFormatException("string reference " + ref + " of " + strings.size());
            }
            return strings.get(ref - 1);
        }
        int length = readCount();
        need(length);
        String s = decode(pos, length);
        pos += length;
        strings.add(s);
        return s;
    }

    private String decode(int from, int length) {
        int end = from + length;
        int i = from;
        while (i < end && buf[i] >= 0) {
            i++;
        }
        if (i == end) {
            return new String(buf, from, length, StandardCharsets.ISO_8859_1); // ASCII, the common case
        }
        char[] chars = new char[length];
        int n = 0;
        for (i = from; i < end; n++) {
            int b = buf[i++] & 0xFF;
            if (b < 0x80) {
                chars[n] = (char) b;
            } else if ((b & 0xE0) == 0xC0 && i < end) {
                chars[n] = (char) (((b & 0x1F) << 6) | (buf[i++] & 0x3F));
            } else if ((b & 0xF0) == 0xE0 && i + 1 < end) {
                chars[n] = (char) (((b & 0x0F) << 12) | ((buf[i] & 0x3F) << 6) | (buf[i + 1] & 0x3F));
                i += 2;
            } else {
                throw new CacheFormatException("malformed string");
            }
        }
        return new String(chars, 0, n);
    }

    /** @return the next length-prefixed block of bytes, copied */
    public byte[] readBytes() {
        int length = readCount();
        need(length);
        byte[] out = new byte[length];
        System.arraycopy(buf, pos, out, 0, length);
        pos += length;
        return out;
    }

    /**
     * Skips a length-prefixed block and returns an input over it, sharing the bytes.
     *
     * @return an input over the block (with its own string table)
     */
    public CacheInput readBlock() {
        int length = readCount();
        need(length);
        CacheInput block = new CacheInput(buf, pos, length);
        pos += length;
        return block;
    }

    /**
     * @param <T>    the value type
     * @param reader reads a present value
     * @return the optional
     */
    public <T> Optional<T> readOptional(Function<CacheInput, T> reader) {
        return readBoolean() ? Optional.of(reader.apply(this)) : Optional.empty();
    }

    /** @return an optional string */
    public Optional<String> readOptionalString() {
        return readOptional(CacheInput::readString);
    }

    /**
     * @param <T>    the element type
     * @param reader reads one element
     * @return an unmodifiable list
     */
    public <T> List<T> readList(Function<CacheInput, T> reader) {
        int n = readCount();
        if (n == 0) {
            return List.of();
        }
        List<T> out = new ArrayList<>(Math.min(n, 1024));
        for (int i = 0; i < n; i++) {
            out.add(reader.apply(this));
        }
        return Collections.unmodifiableList(out);
    }

    /** @return a list of strings */
    public List<String> readStrings() {
        return readList(CacheInput::readString);
    }

    /**
     * Reads an enum constant written by its name.
     *
     * @param <E>  the enum type
     * @param type the enum class
     * @return the constant
     * @throws CacheFormatException if the name is not a constant of {@code type}
     */
    public <E extends Enum<E>> E readEnum(Class<E> type) {
        String name = readString();
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new CacheFormatException("no " + type.getSimpleName() + " named " + name);
        }
    }

    /** Shares the small values this input reads with other inputs of the same interner. */
    CacheInput sharing(Interner shared) {
        this.interner = shared;
        return this;
    }

    /** @return the interner to share values with, a private one if none was given */
    Interner interner() {
        if (interner == null) {
            interner = new Interner();
        }
        return interner;
    }

    /**
     * Skips bytes.
     *
     * @param n how many
     * @return where the skipped bytes start in {@link #bytes()}
     */
    int skip(int n) {
        need(n);
        int at = pos;
        pos += n;
        return at;
    }

    byte[] bytes() {
        return buf;
    }

    /** @return how many bytes are left to read */
    int remaining() {
        return limit - pos;
    }

    /** @return whether everything was read */
    public boolean atEnd() {
        return pos == limit;
    }

    private long readVarLong() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new CacheFormatException("variable-length number too long");
    }

    private void need(int n) {
        if (n < 0 || limit - pos < n) {
            throw new CacheFormatException("truncated: need " + n + " bytes, " + (limit - pos) + " left");
        }
    }
}
