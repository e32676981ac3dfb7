package dev.alexandria.core.internal.versioning;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a folder can be in a git work tree at all, answered without JGit. Loading JGit (a signed jar whose
 * signature the JVM checks on first use) costs a short command more than the rest of its work, so a library
 * that is not in git never loads it.
 */
public final class GitDiscovery {

    private GitDiscovery() {
    }

    /**
     * Whether the folder may be inside a git work tree: it or one of its parents holds a {@code .git} entry (a
     * folder, or the file of a linked work tree or submodule), or {@code GIT_DIR} names the repository. When
     * this is {@code false}, JGit's search for a repository ({@code FileRepositoryBuilder.findGitDir}) finds
     * none either.
     *
     * @param folder a folder, absolute or relative to the working directory
     * @return {@code false} only if no repository can hold the folder
     */
    public static boolean mayBeInWorkTree(Path folder) {
        String gitDir = System.getenv("GIT_DIR");
        if (gitDir != null && !gitDir.isEmpty()) {
            return true;
        }
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }
}
