package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.CatalogException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for what a library root is - a folder holding {@code _library/} and {@code _catalog/} - and how
 * one is found: at a folder, the folder itself or its {@code components/terraform}; from a start folder, the
 * same for the folder and then each parent, as git finds {@code .git}. Public through
 * {@code Alexandria.isLibraryRoot}, {@code libraryRootAt} and {@code findLibraryRoot}, so every tool decides it
 * the same way.
 */
public final class LibraryRoots {

    /** The environment variable that names the library root. */
    public static final String ENV = "ALEXANDRIA_LIBRARY";

    private static final Path CONVENTIONAL = Path.of("components", "terraform");

    private LibraryRoots() {
    }

    /**
     * @param dir a folder
     * @return whether it holds {@code _library/} and {@code _catalog/}
     */
    public static boolean isRoot(Path dir) {
        return Files.isDirectory(dir.resolve("_library")) && Files.isDirectory(dir.resolve("_catalog"));
    }

    /**
     * The root at a folder, without walking up.
     *
     * @param dir a folder
     * @return the folder if it is a root, else its {@code components/terraform} if that is one
     */
    public static Optional<Path> at(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (isRoot(dir)) {
            return Optional.of(dir);
        }
        Path conventional = dir.resolve(CONVENTIONAL);
        return isRoot(conventional) ? Optional.of(conventional) : Optional.empty();
    }

    /**
     * Walks up from a start folder.
     *
     * @param start a folder (or a file inside the repository)
     * @return the nearest root, if any
     */
    public static Optional<Path> find(Path start) {
        Objects.requireNonNull(start, "start");
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        while (dir != null) {
            Optional<Path> root = at(dir);
            if (root.isPresent()) {
                return root;
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * Uses {@code ALEXANDRIA_LIBRARY} when it is set, else walks up from the start folder.
     *
     * @param start the folder to start from (also the base of a relative {@code ALEXANDRIA_LIBRARY})
     * @param env   the environment
     * @return the root, if any
     * @throws CatalogException if {@code ALEXANDRIA_LIBRARY} is set but names no library root
     */
    public static Optional<Path> find(Path start, Map<String, String> env) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(env, "env");
        String named = env.get(ENV);
        if (named == null || named.isBlank()) {
            return find(start);
        }
        Path dir = start.toAbsolutePath().resolve(named.strip()).normalize();
        Optional<Path> root = at(dir);
        if (root.isPresent()) {
            return root;
        }
        throw new CatalogException(null, ENV + "=" + named + " is not a library root: " + dir
                + " has no _library/ and _catalog/ folders (nor has " + dir.resolve(CONVENTIONAL)
                + "); point it at the folder that holds them, or unset it");
    }
}
