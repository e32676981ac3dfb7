package dev.alexandria.core.internal.versioning;

import java.nio.file.Path;

/**
 * Opens a library's git repository ahead of its use by a read-only process (see {@link GitRepo#preopen}), for
 * {@code Alexandria.preopenGit}. A class of its own so that calling it links JGit only when it is called.
 */
public final class GitPreopen {

    private GitPreopen() {
    }

    /**
     * Opens, on the calling thread, the repository holding a library root for the next read of a module's versions
     * in this process to take (see {@link GitRepo#preopen}).
     *
     * @param root   the library root's real path
     * @param module the module id whose release tags are read ahead, or empty for none
     */
    public static void run(Path root, String module) {
        if (GitDiscovery.mayBeInWorkTree(root)) {
            GitRepo.preopen(root, module.isEmpty() ? "" : module + "/v");
        }
    }
}
