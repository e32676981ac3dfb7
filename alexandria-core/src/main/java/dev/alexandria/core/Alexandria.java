package dev.alexandria.core;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import dev.alexandria.core.internal.discovery.SearchBackends;
import dev.alexandria.core.internal.catalog.LibraryRoots;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.spi.Provider;
import dev.alexandria.spi.search.SearchBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    private Alexandria() {
    }

    /**
     * Opens the library at a root with the default settings.
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
        return LibraryLoader.readSettings(root);
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
     *         .open();
     * }</pre>
     *
     * <p>Host options choose the providers of Alexandria's SPIs (today: the search backend): providers the host
     * created ({@link #providers(Provider...)}), whether to look for more on the class path
     * ({@link #providerDiscovery(boolean)}), the class loader to look in ({@link #classLoader(ClassLoader)}), and
     * the search backend to use by name ({@link #searchBackend(String)}).
     *
     * <pre>{@code
     * Library library = Alexandria.builder()
     *         .root(Path.of("components/terraform"))
     *         .providers(new MySearchBackend())
     *         .providerDiscovery(false)
     *         .open();
     * }</pre>
     *
     * <p>Mutable and meant for one thread; {@link #open()} leaves it unchanged.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private Path root;
        private final List<Provider> providers = new ArrayList<>();
        private boolean discovery = true;
        private ClassLoader classLoader;
        private String searchBackend;

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
         * Adds providers the host created, for whichever SPI each implements ({@link SearchBackend} today). A
         * registered provider replaces a discovered one of the same name. Defaults to none.
         *
         * @param providers the providers
         * @return this builder
         * @throws IllegalArgumentException if a provider implements no SPI Alexandria knows
         */
        public Builder providers(Provider... providers) {
            Objects.requireNonNull(providers, "providers");
            return providers(Arrays.asList(providers));
        }

        /**
         * Adds providers the host created, for whichever SPI each implements ({@link SearchBackend} today).
         * Defaults to none.
         *
         * @param providers the providers
         * @return this builder
         * @throws IllegalArgumentException if a provider implements no SPI Alexandria knows
         */
        public Builder providers(List<? extends Provider> providers) {
            Objects.requireNonNull(providers, "providers");
            for (Provider p : providers) {
                Objects.requireNonNull(p, "providers contains null");
                if (!(p instanceof SearchBackend)) {
                    throw new IllegalArgumentException("provider " + p.getClass().getName()
                            + " implements no SPI Alexandria knows; implement SearchBackend");
                }
                this.providers.add(p);
            }
            return this;
        }

        /**
         * Whether to look for providers on the class path ({@code META-INF/services}). With {@code false}, only
         * the providers given to {@link #providers(Provider...)} and the built-in defaults are used. Defaults to
         * {@code true}.
         *
         * @param enabled whether to discover providers
         * @return this builder
         */
        public Builder providerDiscovery(boolean enabled) {
            this.discovery = enabled;
            return this;
        }

        /**
         * The class loader to discover providers in. Defaults to the thread's context class loader.
         *
         * @param classLoader the class loader, e.g. a plug-in's
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * The search backend to use, by provider name ({@code alexandria-lucene}, {@code alexandria-in-memory} or a
         * host's). Defaults to the system property {@code alexandria.search.backend}, else the available backend of
         * highest priority. Asking for one that is not available makes the first search fail with a
         * {@link dev.alexandria.api.ProviderException} that lists the available ones.
         *
         * @param name a provider name
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder searchBackend(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("the search backend name must not be blank");
            }
            this.searchBackend = name.strip();
            return this;
        }

        /**
         * Opens the library.
         *
         * @return an immutable snapshot of the library
         * @throws IllegalStateException      if no root was set
         * @throws CatalogException           if the folder is not a library root
         * @throws CatalogValidationException if the library has errors
         */
        public Library open() {
            if (root == null) {
                throw new IllegalStateException("set root(Path) before open()");
            }
            List<SearchBackend> backends = new ArrayList<>();
            providers.forEach(p -> backends.add((SearchBackend) p));
            return LibraryLoader.open(root, new SearchBackends.Config(Optional.ofNullable(searchBackend), discovery,
                    Optional.ofNullable(classLoader), backends));
        }

        /** @return the options that were set, for example {@code Alexandria.Builder{root=lib}} */
        @Override
        public String toString() {
            List<String> set = new ArrayList<>();
            if (root != null) {
                set.add("root=" + root);
            }
            if (!providers.isEmpty()) {
                set.add("providers=" + providers.stream().map(p -> p.descriptor().name()).toList());
            }
            if (!discovery) {
                set.add("providerDiscovery=false");
            }
            if (classLoader != null) {
                set.add("classLoader=" + classLoader);
            }
            if (searchBackend != null) {
                set.add("searchBackend=" + searchBackend);
            }
            return "Alexandria.Builder{" + String.join(", ", set) + "}";
        }
    }
}
