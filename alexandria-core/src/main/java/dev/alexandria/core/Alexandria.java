package dev.alexandria.core;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.CostEstimate;
import dev.alexandria.api.Library;
import dev.alexandria.api.Migration;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Evaluation;
import dev.alexandria.api.model.HclScope;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.internal.cache.CacheLocation;
import dev.alexandria.api.model.PriceImport;
import dev.alexandria.core.internal.catalog.CatalogWrites;
import dev.alexandria.core.internal.catalog.LibraryLoader;
import dev.alexandria.core.internal.discovery.SearchBackends;
import dev.alexandria.core.internal.catalog.LibraryRoots;
import dev.alexandria.core.internal.cost.CostEngine;
import dev.alexandria.core.internal.cost.CostProviders;
import dev.alexandria.core.internal.cost.CostingLibrary;
import dev.alexandria.core.internal.cost.DefaultCostEstimate;
import dev.alexandria.core.internal.cost.PriceImports;
import dev.alexandria.core.internal.cost.PriceStore;
import dev.alexandria.core.internal.inspect.DiagnosticTexts;
import dev.alexandria.core.internal.inspect.Evaluations;
import dev.alexandria.core.internal.lifecycle.EvidenceSources;
import dev.alexandria.core.internal.inspect.InspectJson;
import dev.alexandria.core.internal.inspect.InspectMarkdown;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.migrate.DefaultMigration;
import dev.alexandria.core.internal.versioning.InterfaceDiffer;
import dev.alexandria.core.internal.versioning.ModuleSnapshot;
import dev.alexandria.spi.cost.PriceListImporter;
import dev.alexandria.spi.evidence.EvidenceSource;
import dev.alexandria.spi.cost.PricingSource;
import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.Provider;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.validate.ModuleValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
     * What is wrong with a name for a new module, whatever the library holds: {@code scaffold} refuses such a
     * name, and the CLI says so as a bad {@code --name} before opening anything. In the scaffolder's words: the
     * problem, then after {@code "; "} the fix, which names the kebab-case form of the name when there is one
     * ({@code "is not kebab-case: a module name is 2 to 64 lower-case letters, digits and single hyphens, starting
     * with a letter; name it bad-name"}).
     *
     * @param name the name given
     * @return the problem and its fix, or empty when the name can be a module id
     */
    public static Optional<String> moduleNameProblem(String name) {
        return Optional.ofNullable(dev.alexandria.core.internal.lifecycle.Scaffolder.nameProblem(
                Objects.requireNonNull(name, "name")));
    }

    /**
     * Whether a folder is a library root: it holds the folders {@code _library/} and {@code _catalog/}. The one
     * rule every tool uses (the CLI, the JShell startup script, {@link #findLibraryRoot(Path)}).
     *
     * @param folder a folder; one that does not exist is not a root
     * @return whether it is a library root
     */
    public static boolean isLibraryRoot(Path folder) {
        return LibraryRoots.isRoot(Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize());
    }

    /**
     * Whether a folder holds a Terraform module's configuration: at least one regular file Terraform reads as
     * configuration ({@code .tf} or {@code .tf.json}, not hidden, not an editor backup), as Terraform decides for a
     * module directory. The one rule the commands that take a module folder use.
     *
     * @param folder a folder
     * @return whether it holds configuration files
     * @throws dev.alexandria.api.AlexandriaException if the folder cannot be listed (its message names the folder and why)
     */
    public static boolean isModuleFolder(Path folder) {
        return dev.alexandria.core.internal.inspect.ModuleInspector.isModuleFolder(folder);
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
     * Starts a migration of a folder of flat Terraform modules (root modules and nested {@code modules/*}) into a
     * library. The folder need not be a library yet; the modules move into the folder itself unless
     * {@link Migration#into(Path)} names another library root. Planning reads only.
     *
     * <pre>{@code
     * MigrationPlan plan = Alexandria.migrate(Path.of("components/terraform")).plan();
     * List<PlannedModule> toReview = plan.needsReview();
     * }</pre>
     *
     * @param folder the folder whose sub-folders are Terraform modules
     * @return a new migration, into the folder itself
     * @since 0.4.0
     */
    public static Migration migrate(Path folder) {
        return migration(Objects.requireNonNull(folder, "folder"), null);
    }

    /**
     * A migration whose {@link Migration#check()} opens the library it checks first, as every command that reads
     * a library does, unless that library is the one at {@code openRoot} (already open).
     */
    private static Migration migration(Path folder, Path openRoot) {
        Path open = openRoot == null ? null : openRoot.toAbsolutePath().normalize();
        return new DefaultMigration(folder, root -> {
            if (!root.equals(open)) {
                open(root);
            }
        });
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
     * Like {@link #inspect(Path, Collection)}, with every path below {@code namesFrom} that the diagnostics' texts
     * name ("already declared at .../variables.tf:12,1", "The configuration file \"...\" is not a regular file")
     * made relative to it, as a library names its files from its root, so that messages do not carry one
     * machine's absolute paths. Locations keep the path each file was read at.
     *
     * @param moduleFolder     the module's folder
     * @param boilerplateFiles plain file names, e.g. {@code context.tf}; may be empty
     * @param namesFrom        the folder to name files from, such as the root of the library holding the module
     *                         or the working directory; made absolute against the working directory
     * @return the module's interface
     * @throws IllegalArgumentException if a name is blank or contains a path separator
     * @since 0.4.0
     */
    public static ModuleInterface inspect(Path moduleFolder, Collection<String> boilerplateFiles, Path namesFrom) {
        Objects.requireNonNull(namesFrom, "namesFrom");
        ModuleInterface mi = inspect(moduleFolder, boilerplateFiles);
        Path given = namesFrom.toAbsolutePath().normalize();
        Path real;
        try {
            real = given.toRealPath();
        } catch (IOException e) {
            real = given; // a folder that cannot be resolved is named as given
        }
        return DiagnosticTexts.namedFrom(real, given, mi);
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
     * The lines a planned write changes, as a unified diff: {@code --- a/path} ({@code --- /dev/null} for a file
     * the plan creates), {@code +++ b/path}, and hunks with three lines of context — what a dry run prints for
     * the file, and what the CLI's JSON/YAML views of a plan show instead of the whole new text.
     *
     * @param file a file of a write plan
     * @return the diff, empty when the plan leaves the file as it is
     * @since 0.4.0
     */
    public static String unifiedDiff(dev.alexandria.api.model.PlannedFile file) {
        Objects.requireNonNull(file, "file");
        return dev.alexandria.core.internal.versioning.UnifiedDiff.of(file.path(), file.before().orElse(null),
                file.after());
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

    /**
     * Evaluates an expression of the Terraform language (HCL native syntax) the way Terraform v1.15 does: operators,
     * conditionals, index and attribute access, splats, {@code for} expressions, templates and Terraform's
     * built-in functions (see {@code docs/inspect.md} for the ones evaluated), over the values in {@code scope}.
     * What is only known after apply (resource attributes, {@code data.*}, {@code module.*}) is
     * {@linkplain HclValue.UnknownValue unknown}, and so is whatever depends on it, as in a Terraform plan. With
     * {@link HclScope#none()}, as for a variable's default, references and function calls are errors.
     *
     * <p>A host computing a module's instances from its inputs:
     *
     * <pre>{@code
     * HclScope scope = Alexandria.moduleScope(Path.of("modules/web"), Map.of("instance_count", HclValue.of(3)));
     * ModuleInterface mi = Alexandria.inspect(Path.of("modules/web"));
     * for (ResourceRef r : mi.managedResources()) {
     *     Evaluation count = Alexandria.evaluate(r.count().orElse("1"), scope);
     *     if (count.isWhollyKnown()) {
     *         BigDecimal instances = count.value().asNumber().orElseThrow();
     *         HclScope first = scope.toBuilder().countIndex(0).build();   // count.index of instance 0
     *     }
     * }
     * }</pre>
     *
     * @param expression the expression, for example {@code var.instance_count * 2}
     * @param scope      what it may refer to: {@link HclScope#none()}, a {@link HclScope#builder()}, or
     *                   {@link #moduleScope(Path, Map)}
     * @return the value and the problems met (syntax errors included, named after the file
     *         {@code <expression>}); thread-safe and immutable
     * @since 0.2.0
     */
    public static Evaluation evaluate(String expression, HclScope scope) {
        return Evaluations.evaluate(expression, scope);
    }

    /**
     * Builds the scope of a module for {@link #evaluate(String, HclScope)}: {@code var.*} from the given inputs,
     * else each variable's default, converted to the variable's type with the defaults of {@code optional()}
     * attributes applied; {@code local.*} evaluated in dependency order; {@code path.module} = {@code "."}.
     * Problems (a required variable without a value, a value of the wrong type, a cycle between local values, a
     * syntax error) are the scope's {@link HclScope#diagnostics()}, and the values concerned are unknown.
     *
     * @param moduleFolder the module's folder
     * @param inputs       values for its input variables, by name
     * @return the scope; derive per-instance scopes with {@code toBuilder().countIndex(i)} or {@code each(k, v)}
     * @since 0.2.0
     */
    public static HclScope moduleScope(Path moduleFolder, Map<String, HclValue> inputs) {
        return moduleScope(moduleFolder, inputs, List.of());
    }

    /**
     * Like {@link #moduleScope(Path, Map)}, with values also read from {@code .tfvars} (or {@code .tfvars.json})
     * files, each evaluated with nothing in scope as Terraform does. Later files win over earlier ones, and
     * {@code inputs} win over the files.
     *
     * @param moduleFolder the module's folder
     * @param inputs       values for its input variables, by name; may be empty
     * @param varFiles     variable definitions files, in order; may be empty
     * @return the scope
     * @since 0.2.0
     */
    public static HclScope moduleScope(Path moduleFolder, Map<String, HclValue> inputs, List<Path> varFiles) {
        return Evaluations.moduleScope(moduleFolder, inputs, varFiles);
    }

    /** @return a builder for hosts that need more than {@link #open(Path)} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a cost estimate of a module folder that is not (necessarily) in a library, with the cost providers
     * found on Alexandria's class path. Module calls by relative path are followed; there is no library price
     * store.
     *
     * <pre>{@code
     * ModuleCost cost = Alexandria.cost(Path.of("modules/web")).region("eu-west-1").estimate();
     * }</pre>
     *
     * @param moduleFolder the module's folder
     * @return a new estimate
     * @since 0.1.0
     */
    public static CostEstimate cost(Path moduleFolder) {
        Objects.requireNonNull(moduleFolder, "moduleFolder");
        return builder().cost(moduleFolder);
    }

    /**
     * Imports a cloud's price file (an AWS Price List offer file, JSON or CSV) into a library's price store,
     * {@code _catalog/prices/}, where its prices take precedence over the bundled ones in every estimate. The file
     * is streamed; the store files are written under the catalog lock, each atomically, and only if the whole file
     * was read.
     *
     * @param root      the library root
     * @param offerFile the price file
     * @return what was imported and the store files written
     * @throws dev.alexandria.spi.cost.PriceImportException if no importer reads the file, or it is malformed or
     *                                                      refused (prices in another currency than USD)
     * @throws CatalogException                             if the file does not exist, or a store file cannot be
     *                                                      written
     * @since 0.1.0
     */
    public static PriceImport importPrices(Path root, Path offerFile) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(offerFile, "offerFile");
        return builder().root(root).importPrices(offerFile);
    }

    /**
     * Configures how a library is opened, and the providers it uses.
     *
     * <pre>{@code
     * Library library = Alexandria.builder()
     *         .root(Path.of("components/terraform"))
     *         .cacheDirectory(Path.of("/var/cache/my-tool/library"))
     *         .pricingSource(new NegotiatedPrices())          // a host's own prices, asked first
     *         .open();
     * }</pre>
     *
     * <p>Providers of every SPI (search backends, pricing sources, resource cost models, price list importers,
     * evidence sources) are found with {@link java.util.ServiceLoader} on the class loader (defaults to Alexandria's own) unless
     * discovery is switched off, and those registered here ({@link #providers(Provider...)} or the methods of one
     * SPI) join them. Where several compete, the configured name wins ({@link #searchBackend(String)} or the system
     * property {@code alexandria.search.backend}; {@link #usePricingSource(String)} or
     * {@code alexandria.cost.pricing-source}), otherwise the highest priority, ties broken by name.
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
        private Path cacheDirectory;
        private boolean noCache;
        private boolean readOnlyGit;
        private boolean skipBrokenModules;
        private boolean discovery = true;
        private ClassLoader classLoader;
        private String pricingSourceName;
        private final List<PricingSource> pricingSources = new ArrayList<>();
        private final List<ResourceCostModel> costModels = new ArrayList<>();
        private final List<PriceListImporter> importers = new ArrayList<>();
        private CostEngine folderEngine;
        private final List<SearchBackend> searchBackends = new ArrayList<>();
        private String searchBackend;
        private final List<EvidenceSource> evidenceSources = new ArrayList<>();
        private final List<ModuleValidator> moduleValidators = new ArrayList<>();

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
         * Adds providers the host created, for whichever SPI each implements ({@link SearchBackend},
         * {@link PricingSource}, {@link ResourceCostModel}, {@link PriceListImporter}, {@link ModuleValidator};
         * one object may implement
         * several). A registered search backend replaces a discovered one of the same name; for the cost SPIs, a
         * registered provider and a discovered one of another class with the same name are an error. Defaults to
         * none.
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
         * Adds providers the host created, for whichever SPI each implements; see {@link #providers(Provider...)}.
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
                if (!(p instanceof SearchBackend || p instanceof PricingSource || p instanceof ResourceCostModel
                        || p instanceof PriceListImporter || p instanceof ModuleValidator)) {
                    throw new IllegalArgumentException("provider " + p.getClass().getName() + " implements no SPI "
                            + "Alexandria knows; implement SearchBackend, PricingSource, ResourceCostModel, "
                            + "PriceListImporter or ModuleValidator");
                }
            }
            for (Provider p : providers) {
                if (p instanceof SearchBackend b) {
                    searchBackends.add(b);
                }
                if (p instanceof PricingSource ps) {
                    pricingSources.add(ps);
                }
                if (p instanceof ResourceCostModel m) {
                    costModels.add(m);
                }
                if (p instanceof PriceListImporter imp) {
                    importers.add(imp);
                }
                if (p instanceof ModuleValidator v) {
                    moduleValidators.add(v);
                }
            }
            folderEngine = null;
            return this;
        }

        /**
         * Registers a pricing source, in addition to those discovered.
         *
         * @param source the source
         * @return this builder
         */
        public Builder pricingSource(PricingSource source) {
            pricingSources.add(Objects.requireNonNull(source, "source"));
            folderEngine = null;
            return this;
        }

        /**
         * Registers an evidence source (promotion evidence, such as a host's issue tracker), in addition to those
         * discovered with {@link java.util.ServiceLoader} (none when {@link #providerDiscovery(boolean) discovery}
         * is off). It is asked by {@link Library#lifecycle(String)}'s status and promotions, among the others by
         * its descriptor's priority; it replaces a discovered source of the same class, and a discovered source of
         * another class with the same name is an error (a {@link dev.alexandria.spi.ProviderException} from the
         * first status or promotion). Defaults to none.
         *
         * @param source the source
         * @return this builder
         */
        public Builder evidenceSource(EvidenceSource source) {
            evidenceSources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Registers a module validator, run by {@link Library#validate(List)} (and so by the lifecycle's validation
         * gates) with the built-in validators and those discovered with {@link java.util.ServiceLoader} (none when
         * {@link #providerDiscovery(boolean) discovery} is off). It replaces a discovered validator of the same
         * class; a discovered one of another class with the same name is an error (a
         * {@link dev.alexandria.spi.ProviderException} from the first {@code validate}). Defaults to none.
         *
         * @param validator the validator
         * @return this builder
         */
        public Builder moduleValidator(ModuleValidator validator) {
            moduleValidators.add(Objects.requireNonNull(validator, "validator"));
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
         * Says that this process only reads git and ends soon, as a command-line {@code diff} or {@code versions}
         * does. The library's versions ({@link Library#versions(String)}) then read git without JGit's process-wide
         * set-up for writers: JGit registers no shutdown hook (registering it loads about a thousand messages) and
         * does not measure the file system's timestamp resolution (on first use it writes probe files for up to
         * seconds and saves the result in the user's {@code ~/.config/jgit/config}); nothing is written. Both are
         * global to the JVM, so the first library of the process that opens git decides: do not use this in a
         * process that writes git (releases) or runs for long. Releasing still opens git as a writer does. Defaults
         * to off.
         *
         * @return this builder
         */
        public Builder readOnlyGit() {
            this.readOnlyGit = true;
            return this;
        }

        /**
         * Opens the library without the modules whose own files have errors, rather than failing: a module whose
         * {@code .alexandria.yaml} does not parse, has a value of the wrong type or breaks a rule about that one
         * module is left out, and {@link Library#unavailable()} gives its errors (file, line, what is wrong and
         * its fix); asking for it throws {@link dev.alexandria.api.ModuleUnavailableException}. An error of the
         * whole library (a catalog file, a layer or category folder) still fails the open. For a process that
         * only reads, as the command line's read commands: one broken module does not hide the others. A process
         * that writes the catalog should not use it, since it would write next to the broken files. Defaults to
         * off.
         *
         * @return this builder
         * @since 0.4.0
         */
        public Builder skipBrokenModules() {
            this.skipBrokenModules = true;
            return this;
        }

        /**
         * Registers a resource cost model, in addition to those discovered.
         *
         * @param model the model
         * @return this builder
         */
        public Builder resourceCostModel(ResourceCostModel model) {
            costModels.add(Objects.requireNonNull(model, "model"));
            folderEngine = null;
            return this;
        }

        /**
         * Registers a price list importer, in addition to those discovered.
         *
         * @param importer the importer
         * @return this builder
         */
        public Builder priceListImporter(PriceListImporter importer) {
            importers.add(Objects.requireNonNull(importer, "importer"));
            folderEngine = null;
            return this;
        }

        /**
         * The search backend to use, by provider name ({@code alexandria-lucene}, {@code alexandria-in-memory} or a
         * host's). Defaults to the system property {@code alexandria.search.backend}, else the available backend of
         * highest priority. Asking for one that is not available makes the first search fail with a
         * {@link dev.alexandria.spi.ProviderException} that lists the available ones.
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
         * Uses only the pricing source of this name (after the library's price store). Defaults to every source,
         * by priority.
         *
         * @param name the source's descriptor name
         * @return this builder
         * @throws IllegalArgumentException if the name is blank
         */
        public Builder usePricingSource(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("pricing source name must not be blank: '" + name + "'");
            }
            this.pricingSourceName = name;
            folderEngine = null;
            return this;
        }

        /**
         * Whether providers are discovered with {@link java.util.ServiceLoader}. Defaults to true.
         *
         * @param on whether to discover
         * @return this builder
         */
        public Builder providerDiscovery(boolean on) {
            this.discovery = on;
            folderEngine = null;
            return this;
        }

        /**
         * The class loader providers are discovered on (for hosts and JShell). Defaults to Alexandria's own.
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            folderEngine = null;
            return this;
        }

        /**
         * Opens the library. The cost providers (this builder's and those discovered) are found, and the library's
         * price store ({@code _catalog/prices/}) is read, on its first {@code cost(...)}, so a library that
         * estimates nothing does not pay for them; a {@link dev.alexandria.spi.ProviderException} (two providers
         * that share a name, a named pricing source that is not there) or a {@link CatalogException} for a price
         * file that cannot be read comes from that call.
         *
         * @return an immutable snapshot of the library
         * @throws IllegalStateException      if no root was set, or both {@code cacheDirectory} and
         *                                    {@code noCache} were
         * @throws CatalogException           if the folder is not a library root
         * @throws CatalogValidationException if the library has errors
         */
        public Library open() {
            return open(null);
        }

        /**
         * Opens only what a command about one module needs, as the command line's {@code diff} and
         * {@code versions} do: the catalog files that say how to read it ({@code categories.yaml},
         * {@code settings.yaml}, {@code module-registry.yaml}), the module's folder and its
         * {@code .alexandria.yaml}; no other module folder is listed or read, and the rules across modules are not
         * checked. The snapshot's {@link Library#modules()} holds that one module and its
         * {@link Library#findings()} those of the files read; everything about the module (its versions,
         * interface, findings) is what {@link #open()} gives. A file read that has errors is thrown as
         * {@link #open()} throws it; errors of other modules do not stop it. When the id does not name exactly
         * one module folder (an unknown id, a duplicate), the whole library is opened, as {@link #open()} does, so
         * the answer is the same.
         *
         * @param idOrPath the module: its id ({@code vpc-standard}) or its path below {@code _library}
         * @return an immutable snapshot holding that module
         * @throws IllegalStateException      if no root was set, or both {@code cacheDirectory} and
         *                                    {@code noCache} were
         * @throws CatalogException           if the folder is not a library root
         * @throws CatalogValidationException if a file read has errors
         * @throws dev.alexandria.api.ModuleNotFoundException if the library has no such module (from
         *                                    {@code requireModule}: the snapshot itself is opened without it)
         */
        public Library openModule(String idOrPath) {
            return open(Objects.requireNonNull(idOrPath, "idOrPath"));
        }

        /** Opens the whole library, or only what one module needs when {@code module} is not null. */
        private Library open(String module) {
            if (root == null) {
                throw new IllegalStateException("set root(Path) before open()");
            }
            if (noCache && cacheDirectory != null) {
                throw new IllegalStateException("cacheDirectory(" + cacheDirectory + ") conflicts with noCache();"
                        + " choose one");
            }
            Path explicit = cacheDirectory;
            boolean off = noCache;
            ClassLoader loader = classLoader != null ? classLoader : Alexandria.class.getClassLoader();
            java.util.function.Function<Path, Optional<Path>> cache = real -> off ? Optional.empty()
                    : Optional.of(explicit != null ? explicit.toAbsolutePath().normalize()
                            : CacheLocation.forLibrary(real, System.getenv(), System.getProperty("user.home")));
            SearchBackends.Config search = new SearchBackends.Config(Optional.ofNullable(searchBackend), discovery,
                    Optional.of(loader), searchBackends);
            dev.alexandria.core.internal.catalog.MigrationFactory migrations = (folder, libraryRoot) ->
                    migration(folder, libraryRoot).into(libraryRoot);
            Library opened = module == null
                    ? LibraryLoader.open(root, cache, search, migrations, readOnlyGit, skipBrokenModules)
                    : LibraryLoader.openModule(root, cache, search, migrations, readOnlyGit, module,
                            skipBrokenModules);
            java.util.function.Supplier<dev.alexandria.core.internal.validate.Validators> validators =
                    validatorsOnFirstUse();
            CostingLibrary.Validate validate = validators == null ? Library::validate
                    : (lib, ids, env, tools) -> LibraryLoader.validate(lib, ids, env, tools, validators.get());
            return new CostingLibrary(opened, providersOnFirstUse(), evidenceOnFirstUse(), validate);
        }

        /**
         * Imports a price file into the library's price store, with this builder's providers.
         *
         * @param offerFile the price file
         * @return what was imported and written
         * @throws IllegalStateException if no root was set
         * @see Alexandria#importPrices(Path, Path)
         */
        public PriceImport importPrices(Path offerFile) {
            Objects.requireNonNull(offerFile, "offerFile");
            if (root == null) {
                throw new IllegalStateException("set root(Path) before importPrices(Path)");
            }
            Path libraryRoot = LibraryRoots.find(root).orElseThrow(() -> new CatalogException(
                    dev.alexandria.api.model.SourceLocation.of(root.toString()), "is not a library root (no _library/ "
                            + "and _catalog/ folders); give the folder of the library the prices are for"));
            PriceImports.Prepared prepared = PriceImports.prepare(libraryRoot, offerFile, costProviders());
            CatalogWrites.writeLocked(libraryRoot.toAbsolutePath(), prepared.files());
            return prepared.result();
        }

        /**
         * Starts a cost estimate of a module folder with this builder's providers (no library price store). The
         * estimates of one builder share its providers and its cache of the modules they read, until a provider
         * option changes; their {@code estimate()} may run on several threads at once.
         *
         * @param moduleFolder the module's folder
         * @return a new estimate
         * @see Alexandria#cost(Path)
         */
        public CostEstimate cost(Path moduleFolder) {
            Objects.requireNonNull(moduleFolder, "moduleFolder");
            if (folderEngine == null) {
                folderEngine = new CostEngine(costProviders(), PriceStore.empty());
            }
            return new DefaultCostEstimate(folderEngine, moduleFolder.toString(), moduleFolder, Optional.empty());
        }

        /**
         * The module validators as this builder now has them (the built-in ones, those discovered and those
         * registered), found on the first {@code validate}; null when they are simply the ones ServiceLoader finds
         * on Alexandria's class loader (found once per process).
         */
        private java.util.function.Supplier<dev.alexandria.core.internal.validate.Validators> validatorsOnFirstUse() {
            if (moduleValidators.isEmpty() && discovery && classLoader == null) {
                return null;
            }
            Optional<ClassLoader> loader = discovery ? Optional.of(classLoader != null ? classLoader
                    : Alexandria.class.getClassLoader()) : Optional.empty();
            List<ModuleValidator> registered = List.copyOf(moduleValidators);
            return new java.util.function.Supplier<>() {
                private volatile dev.alexandria.core.internal.validate.Validators found;

                @Override
                public dev.alexandria.core.internal.validate.Validators get() {
                    dev.alexandria.core.internal.validate.Validators v = found;
                    if (v == null) {
                        List<ModuleValidator> all = new ArrayList<>(
                                dev.alexandria.core.internal.validate.Validators.builtIn());
                        Set<Class<?>> mine = new HashSet<>();
                        registered.forEach(r -> mine.add(r.getClass()));
                        loader.ifPresent(l -> dev.alexandria.core.internal.validate.Validators.discover(l).stream()
                                .filter(d -> !mine.contains(d.getClass())).forEach(all::add));
                        all.addAll(registered);
                        v = new dev.alexandria.core.internal.validate.Validators(all);
                        found = v;
                    }
                    return v;
                }
            };
        }

        /** The providers as this builder now has them, found on the library's first cost estimate. */
        private java.util.function.Supplier<CostProviders> providersOnFirstUse() {
            boolean discover = discovery;
            ClassLoader loader = classLoader;
            String name = pricingSourceName;
            List<PricingSource> sources = List.copyOf(pricingSources);
            List<ResourceCostModel> models = List.copyOf(costModels);
            List<PriceListImporter> imports = List.copyOf(importers);
            return () -> CostProviders.of(discover ? (loader != null ? loader : Alexandria.class.getClassLoader())
                    : null, sources, models, imports, name);
        }

        /**
         * The evidence sources as this builder now has them, found on the first status or promotion; null when
         * they are simply the ones ServiceLoader finds on Alexandria's class loader (found once per process).
         */
        private java.util.function.Supplier<EvidenceSources> evidenceOnFirstUse() {
            if (evidenceSources.isEmpty() && discovery && classLoader == null) {
                return null;
            }
            Optional<ClassLoader> loader = discovery ? Optional.of(classLoader != null ? classLoader
                    : Alexandria.class.getClassLoader()) : Optional.empty();
            List<EvidenceSource> registered = List.copyOf(evidenceSources);
            return () -> EvidenceSources.of(loader, registered);
        }

        private CostProviders costProviders() {
            ClassLoader loader = discovery ? (classLoader != null ? classLoader : Alexandria.class.getClassLoader())
                    : null;
            return CostProviders.of(loader, pricingSources, costModels, importers, pricingSourceName);
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
            if (readOnlyGit) {
                set.add("readOnlyGit");
            }
            if (!searchBackends.isEmpty()) {
                set.add("searchBackends=" + searchBackends.stream().map(p -> p.descriptor().name()).toList());
            }
            if (!evidenceSources.isEmpty()) {
                set.add("evidenceSources=" + evidenceSources.stream().map(e -> e.descriptor().name()).toList());
            }
            if (!pricingSources.isEmpty()) {
                set.add("pricingSources=" + pricingSources.size());
            }
            if (!costModels.isEmpty()) {
                set.add("resourceCostModels=" + costModels.size());
            }
            if (!importers.isEmpty()) {
                set.add("priceListImporters=" + importers.size());
            }
            if (pricingSourceName != null) {
                set.add("usePricingSource=" + pricingSourceName);
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
