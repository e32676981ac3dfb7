package dev.alexandria.core.internal.versioning;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tags of a plain git repository, read straight from its files ({@code .git/refs/tags/...} and
 * {@code .git/packed-refs}) without JGit: which object each tag names, nothing more. Together with what was read
 * of those objects before ({@link GitReads}), a command that lists or compares released versions needs no
 * repository at all: opening one with JGit costs a short command about a tenth of a second of CPU (its process
 * set-up, its configuration files and the first use of its classes).
 *
 * <p>Only a repository whose refs are exactly these files is read this way: a {@code .git} folder (not the file of
 * a linked work tree or a submodule) with no {@code commondir}, no {@code reftable} folder, a configuration that
 * names no other work tree, no other ref storage, no other object format and no bare repository, and no
 * {@code GIT_DIR}, {@code GIT_COMMON_DIR}, {@code GIT_WORK_TREE} or {@code GIT_CEILING_DIRECTORIES} in the
 * environment. Anything else, and any ref file that is not a plain object id, is "cannot tell", and the caller
 * asks JGit. Loose refs are read before {@code packed-refs}: {@code git pack-refs} writes the packed file before
 * it deletes the loose ones, so a tag being packed is seen in one or the other.
 *
 * <p>Immutable and thread-safe; every call reads the files again.
 */
final class RefFiles {

    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern BARE = Pattern.compile("(?m)^\\s*bare\\s*=\\s*true\\s*$");
    private static final List<String> ENVIRONMENT = List.of("GIT_DIR", "GIT_COMMON_DIR", "GIT_WORK_TREE",
            "GIT_CEILING_DIRECTORIES");
    private static final String TAGS = "refs/tags/";

    private final Path workTree;
    private final Path gitDir;

    private RefFiles(Path workTree, Path gitDir) {
        this.workTree = workTree;
        this.gitDir = gitDir;
    }

    /**
     * The plain repository a folder is in, found as git finds it (the nearest {@code .git} above the folder).
     *
     * @param folder a folder of the work tree
     * @param env    the environment (git reads variables that move the repository)
     * @return the repository's files, or empty when the folder is in no repository or in one these files do not
     *         describe alone (see the class comment)
     */
    static Optional<RefFiles> at(Path folder, Map<String, String> env) {
        for (String name : ENVIRONMENT) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return Optional.empty();
            }
        }
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            Path git = p.resolve(".git");
            if (!Files.exists(git, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isDirectory(git, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(git.resolve("HEAD"))
                    || Files.exists(git.resolve("commondir")) || Files.exists(git.resolve("reftable"))) {
                return Optional.empty();
            }
            try {
                String config = Files.readString(git.resolve("config"), StandardCharsets.UTF_8)
                        .toLowerCase(Locale.ROOT);
                if (config.contains("worktree") || config.contains("refstorage") || config.contains("objectformat")
                        || BARE.matcher(config).find()) {
                    return Optional.empty();
                }
            } catch (NoSuchFileException e) {
                // no configuration: git's defaults
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
            return Optional.of(new RefFiles(p, git));
        }
        return Optional.empty();
    }

    /** @return the work tree's folder: the one that holds {@code .git} */
    Path workTree() {
        return workTree;
    }

    /**
     * The tags whose names start with a prefix, and the object each names (a tag object for an annotated tag, a
     * commit for a lightweight one).
     *
     * @param prefix the start of the tag names, such as {@code vpc-standard/v}
     * @return tag name (without {@code refs/tags/}) to object id, sorted by name; empty when the files cannot tell
     */
    Optional<Map<String, String>> tags(String prefix) {
        TreeMap<String, String> found = new TreeMap<>();
        int slash = prefix.lastIndexOf('/');
        Path tags = gitDir.resolve("refs").resolve("tags");
        Path folder = slash < 0 ? tags : tags.resolve(prefix.substring(0, slash));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = tags.relativize(file).toString().replace('\\', '/');
                    if (!name.startsWith(prefix) || name.endsWith(".lock") || !Files.isRegularFile(file)) {
                        continue;
                    }
                    String id = Files.readString(file, StandardCharsets.US_ASCII).strip();
                    if (!OBJECT_ID.matcher(id).matches()) {
                        return Optional.empty(); // a symbolic ref, or a file being written: JGit's to read
                    }
                    found.put(name, id);
                }
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        Path packed = gitDir.resolve("packed-refs");
        List<String> lines;
        try {
            lines = Files.readAllLines(packed, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.of(found);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '^') {
                continue; // the header, or the peeled object of the line before
            }
            int space = line.indexOf(' ');
            if (space != 40 || !OBJECT_ID.matcher(line.substring(0, space)).matches()) {
                return Optional.empty();
            }
            String ref = line.substring(space + 1);
            if (ref.startsWith(TAGS) && ref.startsWith(prefix, TAGS.length())) {
                found.putIfAbsent(ref.substring(TAGS.length()), line.substring(0, space)); // a loose ref wins
            }
        }
        return Optional.of(found);
    }

    /**
     * The object one tag names.
     *
     * @param name the tag's name, such as {@code vpc-standard/v1.2.0}
     * @return empty when the files cannot tell; else the object id, or empty when there is no such tag
     */
    Optional<Optional<String>> tag(String name) {
        return tags(name).map(all -> Optional.ofNullable(all.get(name)));
    }

    @Override
    public String toString() {
        return "RefFiles{" + gitDir + "}";
    }
}
