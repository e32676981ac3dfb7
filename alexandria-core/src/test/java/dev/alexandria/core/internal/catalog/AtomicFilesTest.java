package dev.alexandria.core.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.api.CatalogException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be written is named with the operating system's reason in plain words. */
class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void write_overAFolder_saysWhatTheFileSystemSaid() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("module-registry.yaml/inside"));
        CatalogException e = assertThrows(CatalogException.class,
                () -> AtomicFiles.write(target.getParent(), "x: 1\n", "_catalog/module-registry.yaml"));
        assertEquals("_catalog/module-registry.yaml: cannot be written: is a directory (in " + tmp + "); check the"
                + " folder's permissions and free space", e.getMessage());
    }

    @Test
    void write_belowAFile_saysTheFolderIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("vpc"), "not a folder");
        CatalogException e = assertThrows(CatalogException.class,
                () -> AtomicFiles.write(file.resolve(".alexandria.yaml"), "x: 1\n", "vpc/.alexandria.yaml"));
        assertEquals("vpc/.alexandria.yaml: cannot be written: " + file + " is a file, not a folder; move that file"
                + " away", e.getMessage());
    }
}
