package dev.alexandria.core.internal.versioning;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

    /** The variables through which git and JGit ({@code FileRepositoryBuilder.readEnvironment}) find a repository. */
    private static final List<String> ENVIRONMENT = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR",
            "GIT_CEILING_DIRECTORIES", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_INDEX_FILE");

    /**
     * The git folder of the work tree that holds a folder, when the repository has the plain layout whose tag refs
     * are two files: the nearest {@code .git} of the folder or its parents is a folder (not the file of a linked
     * work tree or a submodule), it has no {@code commondir} (refs kept elsewhere) and no {@code reftable} (refs
     * kept in another format), and no variable of the environment moves the repository. A tag {@code t} is then
     * read from {@code refs/tags/t}, else from {@code packed-refs} ({@link #tagRefFiles}), so a result read from
     * git may be kept by the stamps of those two files; with any other layout it must be read with JGit again.
     *
     * @param folder a folder, absolute or relative to the working directory
     * @return the git folder, absolute and normalized; empty for another layout or outside git
     */
    public static Optional<Path> plainGitDir(Path folder) {
        for (String variable : ENVIRONMENT) {
            String value = System.getenv(variable);
            if (value != null && !value.isEmpty()) {
                return Optional.empty();
            }
        }
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path git = p.resolve(".git");
            if (Files.exists(git, LinkOption.NOFOLLOW_LINKS)) {
                boolean plain = Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS)
                        && !Files.exists(git.resolve("commondir"), LinkOption.NOFOLLOW_LINKS)
                        && !Files.exists(git.resolve("reftable"), LinkOption.NOFOLLOW_LINKS);
                return plain ? Optional.of(git) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The files a tag's ref is read from in a repository of the plain layout ({@link #plainGitDir}): the loose ref,
     * then the packed refs.
     *
     * @param gitDir the git folder
     * @param tag    the tag's name, such as {@code vpc-standard/v1.2.0}
     * @return {@code refs/tags/<tag>} and {@code packed-refs} in the git folder, either of which may be missing
     */
    public static List<Path> tagRefFiles(Path gitDir, String tag) {
        return List.of(looseTag(gitDir, tag), gitDir.resolve("packed-refs"));
    }

    /**
     * The file (or, for a prefix such as a module id, the folder) of a loose tag in a repository of the plain layout.
     *
     * @param gitDir the git folder
     * @param name   a tag name, such as {@code vpc-standard/v1.2.0}, or the folder part of tag names, such as
     *               {@code vpc-standard}
     * @return {@code refs/tags/<name>} in the git folder, which may be missing
     */
    public static Path looseTag(Path gitDir, String name) {
        return gitDir.resolve("refs/tags/" + name);
    }
}
