package dev.alexandria.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Damages a file of the provider's own so that a count or length read from it says 2 GB, at every position. */
final class DamagedLengths {

    /** A VInt of 2^31 - 1. */
    private static final byte[] HUGE = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
    /** Lucene's footer: its checksum is what finds the damage. */
    private static final int FOOTER = 16;

    interface Check {
        void run(int at) throws IOException;
    }

    private DamagedLengths() {
    }

    /**
     * Writes the file damaged at each position before its footer in turn and runs the check on it.
     *
     * @param file  the file, as written whole
     * @param check what must hold of the damaged file (given the damaged position)
     */
    static void atEveryPosition(Path file, Check check) throws IOException {
        byte[] good = Files.readAllBytes(file);
        for (int at = 0; at + HUGE.length <= good.length - FOOTER; at++) {
            byte[] bytes = good.clone();
            System.arraycopy(HUGE, 0, bytes, at, HUGE.length);
            Files.write(file, bytes);
            check.run(at);
        }
    }
}
