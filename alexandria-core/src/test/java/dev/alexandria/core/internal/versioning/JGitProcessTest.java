package dev.alexandria.core.internal.versioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JGit configuration a read-only process gets: the user's file as it is, a 2 s timestamp resolution for each
 * file system it does not describe (so JGit measures none), and nothing ever written. The process-wide switch
 * itself is not exercised here, as it would change JGit for every test in this JVM.
 */
class JGitProcessTest {

    @TempDir
    Path tmp;

    @Test
    void everyFileSystemIsDescribedTheUsersValuesAreKeptAndNothingIsWritten() throws Exception {
        List<String> stores = new ArrayList<>();
        for (FileStore s : FileSystems.getDefault().getFileStores()) {
            stores.add(s.name());
        }
        assertFalse(stores.isEmpty());
        String measured = JGitProcess.Described.PREFIX + stores.get(0);
        Path file = tmp.resolve("jgit-config");
        String text = "[filesystem \"" + measured + "\"]\n\ttimestampResolution = 4000 nanoseconds\n";
        Files.writeString(file, text);
        FileBasedConfig user = new FileBasedConfig(null, file.toFile(), FS.DETECTED);

        JGitProcess.Described config = new JGitProcess.Described(null, user, FS.DETECTED);
        config.load();

        assertEquals(4000, config.getTimeUnit("filesystem", measured, "timestampResolution", -1,
                TimeUnit.NANOSECONDS), "a measured value is kept");
        for (String store : stores) {
            if (!(JGitProcess.Described.PREFIX + store).equals(measured)) {
                assertEquals(FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION.toMillis(), config.getTimeUnit(
                        "filesystem", JGitProcess.Described.PREFIX + store, "timestampResolution", -1,
                        TimeUnit.MILLISECONDS), store);
            }
        }
        config.save();
        assertEquals(text, Files.readString(file), "the user's file is never written");
    }

    @Test
    void aMissingFileGivesTheFallbackForEveryFileSystemAndIsNotCreated() throws Exception {
        Path file = tmp.resolve("none/config");
        JGitProcess.Described config = new JGitProcess.Described(null,
                new FileBasedConfig(null, file.toFile(), FS.DETECTED), FS.DETECTED);
        config.load();
        FileStore store = Files.getFileStore(tmp);
        assertEquals(2000, config.getTimeUnit("filesystem", JGitProcess.Described.PREFIX + store.name(),
                "timestampResolution", -1, TimeUnit.MILLISECONDS));
        config.save();
        assertTrue(Files.notExists(file.getParent()));
    }
}
