package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ModuleDocumentsTest {

    private static final Gen<byte[]> BYTES = lists().of(integers().between(0, 255)).ofSizeBetween(0, 80)
            .map(ModuleDocumentsTest::bytes);
    private static final Gen<String> TEXT = strings().allPossible().ofLengthBetween(0, 40);

    private static byte[] bytes(List<Integer> values) {
        byte[] out = new byte[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) values.get(i).intValue();
        }
        return out;
    }

    @Test
    void law_digestIsAFunctionOfBytesAndText_andTellsDifferentInputsApart() {
        qt().withExamples(3000).forAll(BYTES, TEXT, BYTES, TEXT).checkAssert((b1, t1, b2, t2) -> {
            String d1 = ModuleDocuments.digest(b1, t1);
            assertEquals(d1, ModuleDocuments.digest(b1.clone(), new String(t1.toCharArray())));
            assertTrue(d1.matches("[0-9a-f]{64}"), d1);
            if (!Arrays.equals(b1, b2) || !t1.equals(t2)) {
                assertNotEquals(d1, ModuleDocuments.digest(b2, t2));
            }
        });
    }

    @Test
    void digest_keepsTheBoundaryBetweenBytesAndText() {
        assertNotEquals(ModuleDocuments.digest("ab".getBytes(StandardCharsets.UTF_8), "c"),
                ModuleDocuments.digest("a".getBytes(StandardCharsets.UTF_8), "bc"));
        assertNotEquals(ModuleDocuments.digest(new byte[0], ""), ModuleDocuments.digest(new byte[] {0}, ""));
    }

    @Test
    void digest_changesWithOneBitOfTheBytes() {
        byte[] bytes = "metadata of vpc-standard".getBytes(StandardCharsets.UTF_8);
        String before = ModuleDocuments.digest(bytes, "README.md 1024@1700000000000000000/(dev=1,ino=2)");
        for (int i = 0; i < bytes.length * 8; i++) {
            byte[] flipped = bytes.clone();
            flipped[i / 8] ^= (byte) (1 << (i % 8));
            assertNotEquals(before, ModuleDocuments.digest(flipped, "README.md 1024@1700000000000000000/(dev=1,ino=2)"),
                    "bit " + i);
        }
    }
}
