package dev.alexandria.core;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import dev.alexandria.core.internal.catalog.LibraryRoots;
import dev.alexandria.core.internal.inspect.InspectJson;
import dev.alexandria.core.internal.inspect.InspectMarkdown;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.versioning.InterfaceDiffer;
import dev.alexandria.core.internal.versioning.ModuleSnapshot;
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
     * Whether a folder is a library root: it holds the folders {@code _library/} and {@code _catalog/}. The one
     * rule every tool uses (the CLI, the JShell startup script, {@link #findLibraryRoot(Path)}).
     *
     * @param folder a folder; one that does not exist is not a root
     * @return whether it is a library root
     */
    public static boolean isLibraryRoot(Path folder) {
        return LibraryRoots.isRoot(Objects.requireNonNull(folder, "folder"));
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
     * Renders a module's interface as the JSON of {@code terraform-config-inspect --json}: the same keys in the
     * same order, fields left out when empty as that tool does, printed like Go's {@code json.MarshalIndent}
     * with a two-space indent.
     *
     * <pre>{@code
     * String json = Alexandria.inspectJson(Alexandria.inspect(Path.of("modules/vpc")));
     * }</pre>
     *
     * @param moduleInterface a module's interface, from {@link #inspect(Path)} or {@link Library#inspect(String)}
     * @return pretty-printed JSON, without a trailing line break
     * @see <a href="https://github.com/hashicorp/terraform-config-inspect">terraform-config-inspect</a>
     */
    public static String inspectJson(ModuleInterface moduleInterface) {
        return InspectJson.render(Objects.requireNonNull(moduleInterface, "moduleInterface"));
    }

    /**
     * Renders a module's interface as README Markdown in the style of terraform-docs' {@code markdown table}
     * format: Requirements, Providers, Modules, Resources, Inputs and Outputs tables, rows sorted by name, empty
     * sections left out.
     *
     * @param moduleInterface a module's interface, from {@link #inspect(Path)} or {@link Library#inspect(String)}
     * @return the Markdown, ending in a line break
     * @see <a href="https://terraform-docs.io/reference/markdown-table/">terraform-docs markdown table</a>
     */
    public static String inspectMarkdown(ModuleInterface moduleInterface) {
        return InspectMarkdown.render(Objects.requireNonNull(moduleInterface, "moduleInterface"));
    }

    /**
     * Compares the interfaces of two module folders, inside a library or not, and says which bump the changes
     * require: the same comparison as {@code Library.versions(id).diff(from, to)}, for two folders on disk
     * (such as two checkouts of a module). Risky changes require a minor bump.
     *
     * <pre>{@code
     * InterfaceDiff diff = Alexandria.diff(Path.of("old/vpc"), Path.of("new/vpc"));
     * Bump bump = diff.requiredBump();
     * }</pre>
     *
     * @param oldFolder the old version's folder
     * @param newFolder the new version's folder
     * @return the changes, with the folders as given as their locations' files
     * @throws IllegalArgumentException if a path is not a folder
     * @since 0.2.0
     */
    public static InterfaceDiff diff(Path oldFolder, Path newFolder) {
        return diff(oldFolder, newFolder, false);
    }

    /**
     * Like {@link #diff(Path, Path)}, optionally treating risky changes as breaking.
     *
     * @param oldFolder the old version's folder
     * @param newFolder the new version's folder
     * @param strict    whether risky changes require a major bump
     * @return the changes and the bump they require
     * @throws IllegalArgumentException if a path is not a folder
     * @since 0.2.0
     */
    public static InterfaceDiff diff(Path oldFolder, Path newFolder, boolean strict) {
        Objects.requireNonNull(oldFolder, "oldFolder");
        Objects.requireNonNull(newFolder, "newFolder");
        for (Path p : List.of(oldFolder, newFolder)) {
            if (!java.nio.file.Files.isDirectory(p)) {
                throw new IllegalArgumentException(p + " is not a folder; name two module folders to compare");
            }
        }
        InspectOptions options = InspectOptions.defaults();
        return InterfaceDiffer.diff(ModuleSnapshot.read(oldFolder.toString(), oldFolder, oldFolder.toString(),
                options), ModuleSnapshot.read(newFolder.toString(), newFolder, newFolder.toString(), options), strict);
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
     * <p>Host options (explicit providers, provider discovery, the class loader to discover in) join the
     * library root here when the provider SPIs arrive.
     *
     * <p>Mutable and meant for one thread; {@link #open()} leaves it unchanged.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private Path root;

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
            return LibraryLoader.open(root);
        }

        /** @return the options that were set, for example {@code Alexandria.Builder{root=lib}} */
        @Override
        public String toString() {
            List<String> set = new ArrayList<>();
            if (root != null) {
                set.add("root=" + root);
            }
            return "Alexandria.Builder{" + String.join(", ", set) + "}";
        }
    }
}
