package dev.alexandria.core.internal.versioning;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.internal.util.CleanupService;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JGit's process-wide set-up, for a host that only reads git and exits soon, such as a {@code diff} or
 * {@code versions} command of the command line. The host says so when it opens the library
 * ({@code Alexandria.builder().readOnlyGit()}); the first repository the process opens decides, since both
 * changes below are global to the JVM (a host that writes git, or opens libraries for long, leaves JGit as it is).
 *
 * <ul>
 *   <li><b>No shutdown hook.</b> JGit registers a JVM shutdown hook that stops its background threads and deletes
 *   the lock files of writes still under way. Registering it loads JGit's message bundle (about a thousand texts,
 *   set field by field through reflection): about 40 ms of CPU of a cold start, and the hook runs a thread pool at
 *   exit. A process that never writes git has no lock file to delete, and its only background task is the one
 *   avoided next. JGit's {@link CleanupService} has a mode in which it keeps the clean-up for its container to
 *   run instead of registering the hook; this process is that container and has nothing to clean up.</li>
 *   <li><b>No measuring of the file system.</b> On first use JGit measures each file system's timestamp
 *   resolution by writing probe files next to the repository (for about 3 s when the resolution is fine) and saves
 *   the result in the user's {@code ~/.config/jgit/config}. Here the JGit configuration is read as usual, and
 *   each file system it does not describe is given JGit's own fallback of
 *   {@link FS.FileStoreAttributes#FALLBACK_TIMESTAMP_RESOLUTION} (2 s), the value JGit uses for read-only
 *   folders; nothing is written. A coarse resolution is always safe: a file changed within it of being read is
 *   taken as possibly changed and read again, never as unchanged. (It would make writes of packed refs wait out
 *   the resolution, which a read-only process never does.)</li>
 * </ul>
 *
 * <p>Thread-safe; applied at most once per JVM.
 */
final class JGitProcess {

    private static final Logger LOG = LoggerFactory.getLogger(JGitProcess.class);

    private static boolean applied;

    private JGitProcess() {
    }

    /**
     * Sets JGit up for a read-only process if the host asked for it (see the class comment); does nothing after
     * the first call, whatever it is asked. Called before JGit opens a repository, so that its shutdown hook is not
     * yet registered.
     *
     * @param readOnlyProcess whether the process only reads git and ends soon
     * @return whether this call decided (the first one does)
     */
    static synchronized boolean setUp(boolean readOnlyProcess) {
        if (applied) {
            return false;
        }
        applied = true;
        if (!readOnlyProcess) {
            return true;
        }
        try {
            new CleanupService(); // the container's mode: JGit's ShutdownHook hands its clean-up to it, no JVM hook
            SystemReader.setInstance(new NoMeasuring(SystemReader.getInstance()));
        } catch (LinkageError | RuntimeException e) {
            // another JGit than the one this was written for: JGit's own defaults are slower, not wrong
            LOG.debug("JGit keeps its defaults: {}", e.toString());
        }
        return true;
    }

    /** The system's reader, with a JGit configuration that describes every file system and is never saved. */
    private static final class NoMeasuring extends SystemReader.Delegate {

        NoMeasuring(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openJGitConfig(Config parent, FS fs) {
            return new Described(parent, super.openJGitConfig(parent, fs), fs);
        }
    }

    /** The user's JGit configuration file as read, plus a timestamp resolution for each file system it lacks. */
    static final class Described extends FileBasedConfig {

        /** The key JGit looks a file system up by on Linux and macOS: {@code <java.vendor>|<java.version>|<name>}. */
        static final String PREFIX = System.getProperty("java.vendor") + '|'
                + System.getProperty("java.version") + '|';

        Described(Config parent, FileBasedConfig file, FS fs) {
            super(parent, file.getFile(), fs);
        }

        @Override
        public void load() throws IOException, ConfigInvalidException {
            super.load();
            String fallback = FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION.toMillis() + " milliseconds";
            try {
                for (FileStore store : FileSystems.getDefault().getFileStores()) {
                    String key = PREFIX + store.name();
                    if (getString(ConfigConstants.CONFIG_FILESYSTEM_SECTION, key,
                            ConfigConstants.CONFIG_KEY_TIMESTAMP_RESOLUTION) == null) {
                        setString(ConfigConstants.CONFIG_FILESYSTEM_SECTION, key,
                                ConfigConstants.CONFIG_KEY_TIMESTAMP_RESOLUTION, fallback);
                    }
                }
            } catch (RuntimeException e) {
                // the mounts cannot be listed: JGit measures the file systems it meets, as it always did
                LOG.debug("cannot list the file systems: {}", e.toString());
            }
        }

        /** Never writes the user's home: nothing here is measured, so nothing is worth keeping. */
        @Override
        public void save() {
            LOG.debug("not saving JGit's configuration {}", getFile());
        }
    }
}
