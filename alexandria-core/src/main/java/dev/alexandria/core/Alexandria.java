package dev.alexandria.core;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.cache.CacheLocation;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import dev.alexandria.core.internal.catalog.LibraryRoots;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way into Alexandria: open a library of Terraform modules and get an immutable {@link Library}.
 *
 * <pre>{@code
 * Path root = Alexandria.findLibraryRoot(Path.of("")).orElseThrow();
 * Library library = Alexandria.open(root);
 * List<String> lines = library.modules().stream().map(m -> m.path() + " " + m.version()).toList();
 * BrowseResult compute = library.browse().layer(Layer.COMPUTE).run();
 * }</pre>
 *
 * <p>Static methods are thread-safe. A {@link Builder} is mutable and meant for one thread.
 *
 * @since 0.1.0
 */
public final class Alexandria {

    /** The environment variable that names the library root: {@value}. */
    public static final String LIBRARY_ENV = LibraryRoots.ENV;

    /** The environment variable that names the folder for Alexandria's caches: {@value}. */
    public static final String CACHE_ENV = CacheLocation.ENV;

    private Alexandria() {
    }

    /**
     * Opens the library at a root with the default settings, using the library's cache
     * ({@link #cacheDirectory(Path)}).
     *
     * @param root the folder that holds {@code _library/} and {@code _catalog/}
     * @return an immutable snapshot of the library
     * @throws CatalogException           if the folder is not a library root
     * @throws CatalogValidationException if the library has errors; it lists every one with file:line:column
     */
    public static Library open(Path root) {
        Objects.requireNonNull(root, "root");
        return builder().root(root).open();
    }

    /**
     * The one rule for what a library root is: a folder that holds a {@code _library/} and a {@code _catalog/}
     * folder.
     *
     * @param dir a folder
     * @return whether it is a library root
     */
    public static boolean isLibraryRoot(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return LibraryRoots.isRoot(dir.toAbsolutePath().normalize());
    }

    /**
     * The library root at a folder, without looking at its parents: the folder itself if it is a root (see
     * {@link #isLibraryRoot(Path)}), else its {@code components/terraform} if that is one.
     *
     * @param dir a folder, e.g. a repository named with {@code --library}
     * @return the root, if the folder is or holds one there
     */
    public static Optional<Path> libraryRootAt(Path dir) {
        Objects.requireNonNull(dir, "dir");
        return LibraryRoots.at(dir.toAbsolutePath().normalize());
    }

    /**
     * Finds the library root from a start folder: the folder itself if it holds {@code _library/} and
     * {@code _catalog/}, else its {@code components/terraform}, then the same for each parent folder.
     *
     * @param start where to start, usually the working directory
     * @return the root, if one was found
     */
    public static Optional<Path> findLibraryRoot(Path start) {
        return LibraryRoots.find(start);
    }

    /**
     * Like {@link #findLibraryRoot(Path)}, but {@code ALEXANDRIA_LIBRARY} in {@code env}, when set, wins; a
     * relative value is resolved against {@code start}.
     *
     * @param start where to start, usually the working directory
     * @param env   the environment, usually {@link System#getenv()}
     * @return the root, if one was found
     * @throws CatalogException if {@code ALEXANDRIA_LIBRARY} is set but names no library root
     */
    public static Optional<Path> findLibraryRoot(Path start, Map<String, String> env) {
        return LibraryRoots.find(start, env);
    }

    /**
     * Reads the interface of one module folder, inside a library or not: its input variables, outputs,
     * required Terraform and provider versions, provider configurations, resources and module calls, each with
     * its file and line. Never throws for bad input: syntax and value errors, and a folder or file that
     * cannot be read, are {@code diagnostics()} of the result, and the files that could be read are still read.
     *
     * <pre>{@code
     * ModuleInterface mi = Alexandria.inspect(Path.of("modules/vpc"));
     * List<String> inputs = mi.variables().stream().map(InputVariable::name).toList();
     * }</pre>
     *
     * @param moduleFolder the module's folder (the one with its {@code *.tf} files)
     * @return the module's interface; thread-safe and immutable
     * @see Library#inspect(String) for modules of an open library
     */
    public static ModuleInterface inspect(Path moduleFolder) {
        return inspect(moduleFolder, List.of());
    }

    /**
     * Like {@link #inspect(Path)}, leaving the variables of shared boilerplate files (such as a
     * {@code context.tf} copied into every module) out of {@link ModuleInterface#ownVariableCount()}, as a
     * library's {@code _catalog/settings.yaml} does.
     *
     * @param moduleFolder     the module's folder
     * @param boilerplateFiles plain file names, e.g. {@code context.tf}; may be empty
     * @return the module's interface
     * @throws IllegalArgumentException if a name is blank or contains a path separator
     */
    public static ModuleInterface inspect(Path moduleFolder, Collection<String> boilerplateFiles) {
        Objects.requireNonNull(moduleFolder, "moduleFolder");
        Objects.requireNonNull(boilerplateFiles, "boilerplateFiles");
        return new ModuleInspector().inspect(moduleFolder, new InspectOptions(new HashSet<>(boilerplateFiles)));
    }

    /**
     * Reads only a library's {@code _catalog/settings.yaml}, without opening the library: for tools that need
     * the settings (such as the boilerplate files of {@code inspect}) but not the modules.
     *
     * @param root the folder that holds {@code _library/} and {@code _catalog/}
     * @return the settings; the defaults when the library has no settings file
     * @throws CatalogException           if the folder is not a library root
     * @throws CatalogValidationException if the settings file has errors; it lists every one with file:line:column
     */
    public static CatalogSettings readSettings(Path root) {
        Objects.requireNonNull(root, "root");
        return LibraryLoader.readSettings(root, real -> Optional.of(CacheLocation.forLibrary(real, System.getenv(),
                System.getProperty("user.home"))));
    }

    /**
     * The folder for all of Alexandria's caches: {@code $ALEXANDRIA_CACHE_DIR}, else
     * {@code $XDG_CACHE_HOME/alexandria}, else {@code ~/.cache/alexandria}. Tools put caches that are not about one
     * library here (such as a class data sharing archive of the command line).
     *
     * @return the base cache folder; it may not exist yet
     */
    public static Path cacheDirectory() {
        return CacheLocation.base(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * The folder where a library's cache is kept by default: a folder of {@link #cacheDirectory()} named by a
     * hash of the library's real path, so it is never inside the library and each checkout has its own.
     * The same as {@code Library.cacheDirectory()} of a library opened with the defaults.
     *
     * @param root the library root
     * @return the library's cache folder; it may not exist yet
     * @throws CatalogException if the folder is not a library root
     */
    public static Path cacheDirectory(Path root) {
        Objects.requireNonNull(root, "root");
        return CacheLocation.forLibrary(LibraryLoader.realRoot(root), System.getenv(),
                System.getProperty("user.home"));
    }

    /** @return a builder for hosts that need more than {@link #open(Path)} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Configures how a library is opened.
     *
     * <pre>{@code
     * Library library = Alexandria.builder()
     *         .root(Path.of("components/terraform"))
     *         .cacheDirectory(Path.of("/var/cache/my-tool/library"))
     *         .open();
     * }</pre>
     *
     * <p>Host options (explicit providers, provider discovery, the class loader to discover in) join the
     * library root here when the provider SPIs arrive.
     *
     * <p>Mutable and meant for one thread; {@link #open()} leaves it unchanged.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private Path root;
        private Path cacheDirectory;
        private boolean noCache;

        private Builder() {
        }

        /**
         * The library root. Required.
         *
         * @param root the folder that holds {@code _library/} and {@code _catalog/}
         * @return this builder
         */
        public Builder root(Path root) {
            this.root = Objects.requireNonNull(root, "root");
            return this;
        }

        /**
         * The folder to keep this library's cache in, instead of {@link Alexandria#cacheDirectory(Path)}. It is
         * created when something is first stored; it must not be shared with another library. Defaults to
         * {@link Alexandria#cacheDirectory(Path)}.
         *
         * @param cacheDirectory the library's cache folder
         * @return this builder
         */
        public Builder cacheDirectory(Path cacheDirectory) {
            this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
            return this;
        }

        /**
         * Opens without the cache: every file is read, and nothing is stored. Defaults to using the cache.
         *
         * @return this builder
         */
        public Builder noCache() {
            this.noCache = true;
            return this;
        }

        /**
         * Opens the library.
         *
         * @return an immutable snapshot of the library
         * @throws IllegalStateException      if no root was set, or both {@code cacheDirectory} and
         *                                    {@code noCache} were
         * @throws CatalogException           if the folder is not a library root
         * @throws CatalogValidationException if the library has errors
         */
        public Library open() {
            if (root == null) {
                throw new IllegalStateException("set root(Path) before open()");
            }
            if (noCache && cacheDirectory != null) {
                throw new IllegalStateException("cacheDirectory(" + cacheDirectory + ") conflicts with noCache();"
                        + " choose one");
            }
            Path explicit = cacheDirectory;
            boolean off = noCache;
            return LibraryLoader.open(root, real -> off ? Optional.empty()
                    : Optional.of(explicit != null ? explicit.toAbsolutePath().normalize()
                            : CacheLocation.forLibrary(real, System.getenv(), System.getProperty("user.home"))));
        }

        /** @return the options that were set, for example {@code Alexandria.Builder{root=lib, noCache}} */
        @Override
        public String toString() {
            List<String> set = new ArrayList<>();
            if (root != null) {
                set.add("root=" + root);
            }
            if (cacheDirectory != null) {
                set.add("cacheDirectory=" + cacheDirectory);
            }
            if (noCache) {
                set.add("noCache");
            }
            return "Alexandria.Builder{" + String.join(", ", set) + "}";
        }
    }
}
