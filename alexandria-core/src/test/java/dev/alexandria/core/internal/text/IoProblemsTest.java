package dev.alexandria.core.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** I/O failures read as the path and the operating system's reason, never as a Java exception's class name. */
class IoProblemsTest {

    @Test
    void describe_namesThePathAndTheReasonInPlainWords() {
        assertEquals("/lib/_catalog/module-registry.yaml: permission denied",
                IoProblems.describe(new AccessDeniedException("/lib/_catalog/module-registry.yaml")));
        assertEquals("/lib/x.yaml: read-only file system",
                IoProblems.describe(new FileSystemException("/lib/x.yaml", null, "Read-only file system")));
        assertEquals("/lib/x.yaml: no such file or folder", IoProblems.describe(new NoSuchFileException("/lib/x.yaml")));
        assertEquals("I/O error", IoProblems.describe(new FileSystemException(null, null, "I/O error")));
        assertEquals("connection reset", IoProblems.describe(new IOException("connection reset")));
    }

    @Test
    void writeFix_followsTheReason() {
        assertEquals("check the folder's permissions", IoProblems.writeFix(new AccessDeniedException("/a")));
        assertEquals("the file system is mounted read-only; work on a writable copy of the library",
                IoProblems.writeFix(new FileSystemException("/a", null, "Read-only file system")));
        assertEquals("free some disk space and try again",
                IoProblems.writeFix(new FileSystemException("/a", null, "No space left on device")));
    }
}
