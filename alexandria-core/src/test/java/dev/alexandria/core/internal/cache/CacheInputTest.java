package dev.alexandria.core.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The cache's binary primitives read back what was written, and refuse what is truncated or malformed. */
class CacheInputTest {

    @Test
    void everyPrimitive_readsBackWhatWasWritten() {
        CacheOutput out = CacheOutput.create()
                .writeByte(200).writeBoolean(true).writeVarInt(0).writeVarInt(300).writeVarInt(Integer.MAX_VALUE)
                .writeSignedVarLong(-1).writeSignedVarLong(Long.MIN_VALUE).writeLong(0x0123456789ABCDEFL)
                .writeString("").writeString("naïve ☃ 𝄞").writeBytes(new byte[] {1, 2, 3})
                .writeOptionalString(Optional.empty()).writeOptionalString(Optional.of("x"))
                .writeStrings(List.of("a", "b"));
        CacheInput in = CacheInput.of(out.toByteArray());
        assertEquals(200, in.readByte());
        assertTrue(in.readBoolean());
        assertEquals(0, in.readVarInt());
        assertEquals(300, in.readVarInt());
        assertEquals(Integer.MAX_VALUE, in.readVarInt());
        assertEquals(-1, in.readSignedVarLong());
        assertEquals(Long.MIN_VALUE, in.readSignedVarLong());
        assertEquals(0x0123456789ABCDEFL, in.readLong());
        assertEquals("", in.readString());
        assertEquals("naïve ☃ 𝄞", in.readString());
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), boxed(in.readBytes()));
        assertEquals(Optional.empty(), in.readOptionalString());
        assertEquals(Optional.of("x"), in.readOptionalString());
        assertEquals(List.of("a", "b"), in.readStrings());
        assertTrue(in.atEnd());
    }

    @Test
    void aRepeatedString_isWrittenOnceAndReadAsTheSameObject() {
        String tag = "kubernetes-and-more";
        CacheOutput once = CacheOutput.create().writeString(tag);
        CacheOutput twice = CacheOutput.create().writeString(tag).writeString(new String(tag));
        assertEquals(once.size() + 1, twice.size());
        CacheInput in = CacheInput.of(twice.toByteArray());
        assertSame(in.readString(), in.readString());
    }

    @Test
    void strings_roundTripForAnyText() {
        Gen<String> text = SourceDSL.strings().allPossible().ofLengthBetween(0, 40);
        qt().forAll(text, text).checkAssert((a, b) -> {
            CacheInput in = CacheInput.of(CacheOutput.create().writeString(a).writeString(b).writeString(a)
                    .toByteArray());
            assertEquals(a, in.readString());
            assertEquals(b, in.readString());
            assertEquals(a, in.readString());
        });
    }

    @Test
    void truncatedData_isAFormatErrorAtEveryLength() {
        byte[] full = CacheOutput.create().writeString("some text").writeLong(7).writeStrings(List.of("a", "bc"))
                .toByteArray();
        for (int length = 0; length < full.length; length++) {
            CacheInput in = CacheInput.of(Arrays.copyOf(full, length));
            assertThrows(CacheFormatException.class, () -> {
                in.readString();
                in.readLong();
                in.readStrings();
            }, "length " + length);
        }
    }

    @Test
    void malformedData_isAFormatErrorNotAWrongValue() {
        assertEquals("string reference 5 of 0", assertThrows(CacheFormatException.class,
                () -> CacheInput.of(new byte[] {5}).readString()).getMessage());
        assertEquals("not a boolean: 7", assertThrows(CacheFormatException.class,
                () -> CacheInput.of(new byte[] {7}).readBoolean()).getMessage());
        byte[] endless = new byte[11];
        Arrays.fill(endless, (byte) 0xFF);
        assertEquals("variable-length number too long", assertThrows(CacheFormatException.class,
                () -> CacheInput.of(endless).readVarInt()).getMessage());
        byte[] hugeCount = CacheOutput.create().writeVarInt(Integer.MAX_VALUE).toByteArray();
        assertThrows(CacheFormatException.class, () -> CacheInput.of(hugeCount).readStrings());
        byte[] unknownEnum = CacheOutput.create().writeString("NOT_A_LAYER").toByteArray();
        assertEquals("no Layer named NOT_A_LAYER", assertThrows(CacheFormatException.class,
                () -> CacheInput.of(unknownEnum).readEnum(dev.alexandria.api.model.Layer.class)).getMessage());
        assertThrows(CacheFormatException.class, () -> CacheInput.of(new byte[4], 2, 3));
    }

    private static List<Byte> boxed(byte[] bytes) {
        Byte[] out = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i];
        }
        return List.of(out);
    }
}
