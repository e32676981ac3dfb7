package dev.alexandria.examples;

import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a tool should find its module library, and why: the one resolution order that the CLI, the
 * JShell startup script and the examples share.
 *
 * <ol>
 *   <li>an explicit path ({@code --library PATH});</li>
 *   <li>the environment variable {@value #ENVIRONMENT_VARIABLE};</li>
 *   <li>the working directory: a library root itself, or one with {@code components/terraform} below
 *       it, walking up to the file-system root;</li>
 *   <li>the bundled {@linkplain SampleLibrary sample library}.</li>
 * </ol>
 *
 * <p>An explicit or environment path is taken as given (or its {@code components/terraform} when that is a
 * root), even if it is not a library: opening it then fails with a message that names it, which is more
 * useful than silently falling back. A relative environment value is resolved against the working
 * directory. Whether a folder is a library root, and where the upward search finds one, is core's one rule:
 * {@link Alexandria#isLibraryRoot(Path)} and {@link Alexandria#findLibraryRoot(Path)}.
 *
 * <pre>{@code
 * LibraryLocation where = LibraryLocation.resolve();
 * Library lib = Alexandria.open(where.path());
 * }</pre>
 *
 * <p>Immutable and thread-safe. Never prints.
 *
 * @param path   the library root to open
 * @param source which step of the order found it
 * @since 0.1.0
 */
public record LibraryLocation(Path path, Source source) {

    /** The environment variable that names the library root. */
    public static final String ENVIRONMENT_VARIABLE = "ALEXANDRIA_LIBRARY";

    /** Which step of the resolution order produced a location. */
    public enum Source {
        /** An explicit path, such as {@code --library}. */
        OPTION,
        /** The environment variable {@value LibraryLocation#ENVIRONMENT_VARIABLE}. */
        ENVIRONMENT,
        /** The working directory or one of its parents. */
        WORKING_DIRECTORY,
        /** Nothing else matched: the bundled sample library. */
        BUNDLED_SAMPLE
    }

    /**
     * Validates the components.
     *
     * @throws NullPointerException if a component is null
     */
    public LibraryLocation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
    }

    /** A system property that plays the part of {@code --library} (JShell passes it to its remote VM). */
    public static final String SYSTEM_PROPERTY = "alexandria.library";

    /**
     * Resolves from the process: the system property {@value #SYSTEM_PROPERTY} as the explicit path, the
     * environment and the working directory.
     *
     * @return the location; never fails, because the bundled sample library is the last resort
     */
    public static LibraryLocation resolve() {
        String property = System.getProperty(SYSTEM_PROPERTY, "");
        Path explicit = property.isBlank() ? null : Path.of(property);
        return resolve(explicit, System.getenv(), Path.of("").toAbsolutePath());
    }

    /**
     * Resolves in the documented order.
     *
     * @param explicit         an explicit path, or {@code null} when none was given
     * @param env              the environment to read {@value #ENVIRONMENT_VARIABLE} from
     * @param workingDirectory the folder to start the upward search from
     * @return the location
     */
    public static LibraryLocation resolve(Path explicit, Map<String, String> env, Path workingDirectory) {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if (explicit != null) {
            return new LibraryLocation(preferNested(explicit), Source.OPTION);
        }
        String fromEnv = env.getOrDefault(ENVIRONMENT_VARIABLE, "");
        if (!fromEnv.isBlank()) {
            Path named = workingDirectory.toAbsolutePath().resolve(fromEnv.strip()).normalize();
            return new LibraryLocation(preferNested(named), Source.ENVIRONMENT);
        }
        return findRoot(workingDirectory)
                .map(root -> new LibraryLocation(root, Source.WORKING_DIRECTORY))
                .orElseGet(() -> new LibraryLocation(SampleLibrary.path(), Source.BUNDLED_SAMPLE));
    }

    /**
     * Searches {@code start} and its parents for a library root, as {@link Alexandria#findLibraryRoot(Path)}.
     *
     * @param start the folder to start from
     * @return the first folder that is a root, or has a root at {@code components/terraform}
     */
    public static Optional<Path> findRoot(Path start) {
        return Alexandria.findLibraryRoot(start);
    }

    /**
     * @param dir a folder
     * @return whether it holds {@code _library/} and {@code _catalog/}, as {@link Alexandria#isLibraryRoot(Path)}
     */
    public static boolean isRoot(Path dir) {
        return Alexandria.isLibraryRoot(dir);
    }

    /** @return whether this is the bundled sample library (callers usually tell the user so) */
    public boolean isBundledSample() {
        return source == Source.BUNDLED_SAMPLE;
    }

    /**
     * Whether the location is the bundled sample library's source in a checkout of Alexandria itself
     * ({@code alexandria-examples/sample-library/components/terraform} under a folder whose {@code pom.xml} is
     * Alexandria's parent POM), named explicitly: a write there would commit into Alexandria's own repository.
     *
     * @return whether the location is the sample's source folder
     */
    public boolean isBundledSampleSource() {
        Path real;
        try {
            real = path.toRealPath();
        } catch (java.io.IOException e) {
            return false;
        }
        if (!real.endsWith(Path.of("alexandria-examples", "sample-library", "components", "terraform"))
                || real.getNameCount() < 5) {
            return false;
        }
        Path checkout = real.getParent().getParent().getParent().getParent();
        try {
            return java.nio.file.Files.readString(checkout.resolve("pom.xml"))
                    .contains("<artifactId>alexandria-parent</artifactId>");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The given folder, or the root core finds inside it (its {@code components/terraform}); never a parent. */
    private static Path preferNested(Path given) {
        if (isRoot(given)) {
            return given;
        }
        Path folder = given.toAbsolutePath().normalize();
        return findRoot(folder).filter(root -> root.startsWith(folder)).orElse(given);
    }
}
