package dev.alexandria.core.internal.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.zip.Checksum;

/**
 * Writes cache data: variable-length integers, and strings (each char in one to three bytes, so any Java
 * string reads back exactly) written once and then referred to by number, so
 * the many repeated strings of a library (file names, categories, tags, maintainers) cost a byte or two each
 * and are shared again when read. The counterpart of {@link CacheInput}.
 *
 * <p>Mutable; one per thread.
 */
public final class CacheOutput {

    /** Written to a stream in pieces of this size (as {@code Files.write} does), not in one. */
    private static final int WRITE_CHUNK = 8192;

    private byte[] buf;
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();

    private CacheOutput(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** @return an empty output */
    public static CacheOutput create() {
        return new CacheOutput(256);
    }

    /**
     * An empty output with room for about as many bytes as it will hold, so that a large one is not copied
     * again and again as it grows.
     *
     * @param capacity the bytes it has room for before it grows
     * @return an empty output
     */
    public static CacheOutput create(int capacity) {
        return new CacheOutput(capacity);
    }

    /**
     * @param b a byte (the low 8 bits are written)
     * @return this
     */
    public CacheOutput writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
        return this;
    }

    /**
     * @param b a boolean, as one byte
     * @return this
     */
    public CacheOutput writeBoolean(boolean b) {
        return writeByte(b ? 1 : 0);
    }

    /**
     * Writes an int that is usually small and never negative, in 1 to 5 bytes.
     *
     * @param v the value, not negative
     * @return this
     * @throws IllegalArgumentException if it is negative
     */
    public CacheOutput writeVarInt(int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + v);
        }
        return writeVarLong(v);
    }

    /**
     * Writes a long in 1 to 10 bytes (zig-zag, so small negative values are small too).
     *
     * @param v the value
     * @return this
     */
    public CacheOutput writeSignedVarLong(long v) {
        return writeVarLong((v << 1) ^ (v >> 63));
    }

    /**
     * Writes a long in 8 bytes.
     *
     * @param v the value
     * @return this
     */
    public CacheOutput writeLong(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[size++] = (byte) (v >>> shift);
        }
        return this;
    }

    /**
     * Writes a string; a string already written to this output costs only its number.
     *
     * @param s the string, not null
     * @return this
     */
    public CacheOutput writeString(String s) {
        Integer ref = strings.get(s);
        if (ref != null) {
            return writeVarInt(ref + 1);
        }
        strings.put(s, strings.size());
        writeVarInt(0);
        int n = s.length();
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        writeVarInt(length);
        ensure(length);
        // Each char on its own (CESU-8): a lone surrogate, which UTF-8 would replace, reads back as itself.
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buf[size++] = (byte) c;
            } else if (c < 0x800) {
                buf[size++] = (byte) (0xC0 | (c >> 6));
                buf[size++] = (byte) (0x80 | (c & 0x3F));
            } else {
                buf[size++] = (byte) (0xE0 | (c >> 12));
                buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return this;
    }

    /**
     * Writes a length-prefixed block of bytes.
     *
     * @param bytes the bytes
     * @return this
     */
    public CacheOutput writeBytes(byte[] bytes) {
        writeVarInt(bytes.length);
        return writeRaw(bytes, 0, bytes.length);
    }

    /**
     * Writes an optional value: a presence byte, then the value.
     *
     * @param <T>    the value type
     * @param value  the optional
     * @param writer writes a present value
     * @return this
     */
    public <T> CacheOutput writeOptional(Optional<T> value, BiConsumer<CacheOutput, T> writer) {
        writeBoolean(value.isPresent());
        value.ifPresent(v -> writer.accept(this, v));
        return this;
    }

    /**
     * Writes an optional string.
     *
     * @param value the optional
     * @return this
     */
    public CacheOutput writeOptionalString(Optional<String> value) {
        return writeOptional(value, CacheOutput::writeString);
    }

    /**
     * Writes a list: its size, then each element.
     *
     * @param <T>    the element type
     * @param values the list
     * @param writer writes one element
     * @return this
     */
    public <T> CacheOutput writeList(List<T> values, BiConsumer<CacheOutput, T> writer) {
        writeVarInt(values.size());
        for (T v : values) {
            writer.accept(this, v);
        }
        return this;
    }

    /**
     * Writes a list of strings.
     *
     * @param values the list
     * @return this
     */
    public CacheOutput writeStrings(List<String> values) {
        return writeList(values, CacheOutput::writeString);
    }

    /** @return the number of bytes written */
    public int size() {
        return size;
    }

    /** Adds the bytes written so far to a checksum (without copying them). */
    void updateChecksum(Checksum checksum) {
        checksum.update(buf, 0, size);
    }

    /** Writes the bytes written so far to a stream (without copying them). */
    void writeTo(OutputStream out) throws IOException {
        for (int at = 0; at < size; at += WRITE_CHUNK) {
            out.write(buf, at, Math.min(WRITE_CHUNK, size - at));
        }
    }

    /** @return a copy of the bytes written */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private CacheOutput writeVarLong(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
        return this;
    }

    CacheOutput writeRaw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buf, size, length);
        size += length;
        return this;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
