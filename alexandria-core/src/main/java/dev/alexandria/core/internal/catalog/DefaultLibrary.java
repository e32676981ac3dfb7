package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.Browse;
import dev.alexandria.api.CostEstimate;
import dev.alexandria.api.DependencyGraph;
import dev.alexandria.api.Library;
import dev.alexandria.api.Search;
import dev.alexandria.api.Lifecycle;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.ValidationReport;
import dev.alexandria.core.internal.cost.CostProviders;
import dev.alexandria.core.internal.cost.CostingLibrary;
import dev.alexandria.core.internal.graph.GraphLocations;
import dev.alexandria.core.internal.graph.LibraryGraph;
import dev.alexandria.core.internal.lifecycle.DefaultLifecycle;
import dev.alexandria.core.internal.text.Suggestions;
import dev.alexandria.core.internal.validate.Validation;
import dev.alexandria.core.internal.validate.Validators;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.discovery.DefaultBrowse;
import dev.alexandria.core.internal.discovery.DefaultSearch;
import dev.alexandria.core.internal.discovery.SearchBackends;
import dev.alexandria.core.internal.discovery.SearchCatalog;
import dev.alexandria.core.internal.discovery.SearchService;
import java.time.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The built-in {@link Library}: an immutable snapshot of what was read when it was opened. All fields but the
 * lazily created search service are final and hold immutable values; what comes from the cache (the catalog,
 * modules' metadata), modules' HCL and the search service are created on first use under their own locks, so
 * it is safe to share between threads without locking.
 */
final class DefaultLibrary implements Library, dev.alexandria.core.internal.recommend.ModuleFacts.Keeper {

    /*
     * Written out rather than a Comparator.comparing chain, in the order it would give: comparing and thenComparing
     * return serializable lambdas, which JDK 17's start-up archive cannot hold, so every command that opens a library
     * generated their classes at run time; this plain lambda comes from the archive.
     */
    static final Comparator<LibraryModule> ORDER = (a, b) -> {
        int byLayer = Integer.compare(a.layer().rank(), b.layer().rank());
        if (byLayer != 0) {
            return byLayer;
        }
        int byCategory = a.category().compareTo(b.category());
        return byCategory != 0 ? byCategory : a.id().compareTo(b.id());
    };

    private final Path root;
    private final List<LibraryModule> modules;
    private final Map<String, CatalogModule> byIdOrPath;
    private final Supplier<Catalog> catalog;
    private final List<Finding> findings;
    /** The errors of the modules left out ({@link #unavailable()}), sorted. */
    private final List<Finding> unavailable;
    /** Those errors by the left-out module's id and by its path below {@code _library}. */
    private final Map<String, List<Finding>> unavailableByIdOrPath;
    /** The ids (folder names) of the modules left out, in the order of their paths ({@link #unavailableModules()}). */
    private final List<String> unavailableModules;
    private final Optional<Path> cacheDirectory;
    /** Built on first use: it needs the catalog, which an open from the cache reads only when asked. */
    private final Lazy<LibraryGraph> graph;

    private final SearchBackends.Config searchConfig;
    private final MigrationFactory migrations;
    /** The library's settings, read at opening: its versions need them and nothing else of the catalog. */
    private final dev.alexandria.api.model.CatalogSettings settings;
    /** Whether its versions read git as a process that only reads git and ends soon does. */
    private final boolean readOnlyGit;
    /** The catalog without its registry, which search reads (memoized by the loader). */
    private final Supplier<SearchCatalog> searchCatalog;
    /** Created on the first search: choosing the backend and opening its index cost nothing until then. */
    private volatile SearchService search;
    /** Writes the cache index of the open if a module's facts were attached to it since ({@link #keepOwnFacts()}). */
    private final Runnable flushIndex;
    /** Whether {@link #keepOwnFacts()} ran. */
    private volatile boolean ownFactsKept;

    DefaultLibrary(Path root, List<CatalogModule> modules, Supplier<Catalog> catalog,
                   Supplier<SearchCatalog> searchCatalog, List<Finding> findings,
                   Optional<Path> cacheDirectory, SearchBackends.Config searchConfig,
                   Supplier<Map<ModuleId, List<SourceLocation>>> requirementLocations, MigrationFactory migrations,
                   dev.alexandria.api.model.CatalogSettings settings, boolean readOnlyGit, Runnable flushIndex) {
        this(root, modules, catalog, searchCatalog, findings, Map.of(), cacheDirectory, searchConfig,
                requirementLocations, migrations, settings, readOnlyGit, flushIndex);
    }

    /**
     * A snapshot that left modules out: {@code unavailable} maps each one's path below {@code _library} and its
     * id (when its folder name is one) to its errors.
     */
    DefaultLibrary(Path root, List<CatalogModule> modules, Supplier<Catalog> catalog,
                   Supplier<SearchCatalog> searchCatalog, List<Finding> findings,
                   Map<String, List<Finding>> unavailable,
                   Optional<Path> cacheDirectory, SearchBackends.Config searchConfig,
                   Supplier<Map<ModuleId, List<SourceLocation>>> requirementLocations, MigrationFactory migrations,
                   dev.alexandria.api.model.CatalogSettings settings, boolean readOnlyGit, Runnable flushIndex) {
        this.unavailableByIdOrPath = Map.copyOf(unavailable);
        this.unavailable = unavailable.values().stream().flatMap(List::stream).distinct().sorted().toList();
        this.unavailableModules = unavailable.keySet().stream().filter(k -> k.contains("/")).sorted()
                .map(path -> path.substring(path.lastIndexOf('/') + 1)).distinct().toList();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.flushIndex = Objects.requireNonNull(flushIndex, "flushIndex");
        this.readOnlyGit = readOnlyGit;
        this.searchConfig = searchConfig;
        this.migrations = Objects.requireNonNull(migrations, "migrations");
        this.root = root;
        List<CatalogModule> sorted = new ArrayList<>(modules);
        sorted.sort(ORDER);
        this.modules = Collections.unmodifiableList(sorted);
        Map<String, CatalogModule> index = new HashMap<>(sorted.size() * 4);
        for (CatalogModule m : sorted) {
            index.putIfAbsent(m.id().value(), m);
            index.putIfAbsent(m.path(), m);
        }
        this.byIdOrPath = Collections.unmodifiableMap(index); // never changed after this, so safe to share
        this.catalog = catalog;
        this.searchCatalog = Objects.requireNonNull(searchCatalog, "searchCatalog");
        this.findings = List.copyOf(findings);
        this.cacheDirectory = cacheDirectory;
        // The graph reads each module's cached HCL summary, never its whole interface, so a graph check of
        // thousands of modules does not hold thousands of interfaces.
        this.graph = Lazy.of(() -> new LibraryGraph(this, graphLocations(requirementLocations.get()),
                Clock.systemUTC(), m -> m instanceof CatalogModule c ? c.summary().graph()
                        : dev.alexandria.core.internal.graph.GraphFacts.of(m.interfaceSpec())));
    }

    private GraphLocations graphLocations(Map<ModuleId, List<SourceLocation>> requirementLocations) {
        Map<ModuleId, List<SourceLocation>> at = Map.copyOf(requirementLocations);
        Map<ModuleId, SourceLocation> files = new HashMap<>();
        this.modules.forEach(m -> files.putIfAbsent(m.id(), SourceLocation.of(LibraryLoader.metadataPath(m))));
        return new GraphLocations() {
            @Override
            public SourceLocation requirement(ModuleId module, int index) {
                List<SourceLocation> list = at.getOrDefault(module, List.of());
                return index < list.size() ? list.get(index) : metadata(module);
            }

            @Override
            public SourceLocation metadata(ModuleId module) {
                return files.getOrDefault(module, SourceLocation.of("_library"));
            }
        };
    }

    @Override
    public DependencyGraph graph() {
        return graph.get();
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public List<LibraryModule> modules() {
        return modules;
    }

    @Override
    public Optional<LibraryModule> module(String idOrPath) {
        return Optional.ofNullable(find(idOrPath));
    }

    private CatalogModule find(String idOrPath) {
        Objects.requireNonNull(idOrPath, "idOrPath");
        return byIdOrPath.get(ModuleKey.of(root, idOrPath));
    }

    @Override
    public LibraryModule requireModule(String idOrPath) {
        return require(idOrPath);
    }

    /** How many ids a not-found message names at most. */
    private static final int MEANT = 5;

    /**
     * The ids a module argument that names none may mean, for every command that takes a module id: those that
     * begin with it ({@code rds} → the rds-* modules), then those with a word beginning with it ({@code aurora} →
     * {@code rds-aurora}; not {@code cloudwatch-dashboards} for {@code rds}), in id order, at most
     * {@value #MEANT}; when none does, the closest by spelling ({@code vpc-standrd} → {@code vpc-standard}). A
     * typed prefix is nearer by spelling to a short unrelated id ({@code rds} is one edit from {@code dns}) than
     * to the ids it begins, so spelling alone suggested the wrong module.
     */
    static List<String> meant(String query, List<String> ids) {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.length() >= 2) {
            List<String> sorted = ids.stream().sorted().toList();
            List<String> out = new java.util.ArrayList<>(sorted.stream().filter(id -> id.startsWith(q)).toList());
            sorted.stream().filter(id -> !id.startsWith(q) && id.contains("-" + q)).forEach(out::add);
            if (!out.isEmpty()) {
                return out.subList(0, Math.min(MEANT, out.size()));
            }
        }
        return Suggestions.closest(query, ids).map(List::of).orElse(List.of());
    }

    private CatalogModule require(String idOrPath) {
        Objects.requireNonNull(idOrPath, "idOrPath");
        CatalogModule m = find(idOrPath);
        if (m == null && !unavailableByIdOrPath.isEmpty()) {
            List<Finding> errors = unavailableByIdOrPath.get(ModuleKey.of(root, idOrPath));
            if (errors != null) {
                throw new dev.alexandria.api.ModuleUnavailableException(idOrPath, errors);
            }
        }
        if (m == null) {
            String key = ModuleKey.of(root, idOrPath);
            String query = key.substring(key.lastIndexOf('/') + 1);
            throw ModuleNotFoundException.withSuggestions(idOrPath, meant(query, modules.stream().map(x -> x.id().value())
                    .toList()));
        }
        return m;
    }

    @Override
    public ModuleVersions versions(String idOrPath) {
        // the settings, not catalog(): that would decode the whole registry and every catalog file for nothing
        // a release (the version command) must pass register's validation gate, with this library's validators
        return new DefaultModuleVersions(root, settings, requireModule(idOrPath),
                settings.versioning().riskyIsBreaking(), CatalogStore.of(root), cacheDirectory, readOnlyGit)
                .gatedBy(dev.alexandria.core.internal.lifecycle.Lifecycles.releaseGate(this));
    }

    @Override
    public Lifecycle lifecycle(String idOrPath) {
        return new DefaultLifecycle(this, requireModule(idOrPath), CatalogStore.of(root), LocalDate.now(),
                () -> LibraryLoader.open(root, real -> cacheDirectory, searchConfig, migrations, readOnlyGit),
                LibraryLoader::open);
    }

    @Override
    public dev.alexandria.api.ChangePlan scaffold(dev.alexandria.api.model.ScaffoldRequest request) {
        return dev.alexandria.core.internal.lifecycle.Lifecycles.scaffold(this, CatalogStore.of(root), request);
    }

    @Override
    public dev.alexandria.api.ModuleTest test(String idOrPath) {
        return dev.alexandria.core.internal.lifecycle.Lifecycles.test(this, requireModule(idOrPath),
                CatalogStore.of(root));
    }

    @Override
    public Catalog catalog() {
        return catalog.get();
    }

    @Override
    public Browse browse() {
        return new DefaultBrowse(modules, () -> catalog().tags(), this::keepOwnFacts);
    }

    /**
     * Learns what every module's own configuration files say that commands over every module read (its
     * complexity tier, resource types and module calls: {@link ModuleHcl.OwnFacts}), each from the cache index
     * while those files are unchanged, else from its HCL (then attached to the index), and writes the index once if
     * facts were attached, so the next open of the unchanged library knows them from a stat per file. Once per
     * snapshot.
     */
    @Override
    public void keepOwnFacts() {
        if (ownFactsKept) {
            return;
        }
        for (LibraryModule m : modules) {
            m.complexity();
        }
        flushIndex.run();
        ownFactsKept = true;
    }


    @Override
    public Search search(String text) {
        Objects.requireNonNull(text, "text");
        return new DefaultSearch(searchService(), text);
    }

    @Override
    public dev.alexandria.api.Recommend recommend() {
        return dev.alexandria.core.internal.recommend.Recommender.of(this);
    }

    private SearchService searchService() {
        SearchService s = search;
        if (s == null) {
            synchronized (this) {
                s = search;
                if (s == null) {
                    // The library's cache folder; without one (--no-cache, noCache()) the index is kept in
                    // memory and nothing is written.
                    // The service begins opening the backend's index folder at once; the catalog is read
                    // meanwhile, when the search first needs it.
                    s = new SearchService(modules, searchCatalog, SearchBackends.select(searchConfig),
                            cacheDirectory, root.resolve("_catalog").resolve(LibraryLoader.REGISTRY_FILE));
                    search = s;
                }
            }
        }
        return s;
    }

    @Override
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public List<Finding> unavailable() {
        return unavailable;
    }

    @Override
    public List<String> unavailableModules() {
        return unavailableModules;
    }

    @Override
    public List<Finding> findings(String idOrPath) {
        CatalogModule m = require(idOrPath);
        String folder = "_library/" + m.path() + "/";
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.module().map(m.id()::equals).orElse(false) || f.location().file().startsWith(folder)) {
                out.add(f);
            }
        }
        out.addAll(m.hclFindings());
        out.sort(null);
        return List.copyOf(out);
    }

    @Override
    public List<Finding> allFindings() {
        List<Finding> out = new ArrayList<>(findings);
        out.addAll(unavailable);
        // the price store is a file of the library too: validate lists its errors, so every finding does
        out.addAll(dev.alexandria.core.internal.cost.PriceStore.problems(root));
        for (LibraryModule m : modules) {
            out.addAll(((CatalogModule) m).hclFindings());
        }
        out.sort(null);
        return List.copyOf(out);
    }

    @Override
    public ValidationReport validate(List<String> idsOrPaths, Map<String, String> environment,
                                     dev.alexandria.api.model.ExternalTools externalTools) {
        return validate(idsOrPaths, environment, externalTools, Validators.discovered());
    }

    /**
     * Validates modules with the given validators (a host's, from {@code Alexandria.builder()}).
     *
     * @param idsOrPaths    the modules; empty for the whole library
     * @param environment   the environment external tools run in
     * @param externalTools whether the external tools run
     * @param validators    the validators
     * @return the report
     * @throws dev.alexandria.api.ModuleNotFoundException if a module is not in the library
     */
    public ValidationReport validate(List<String> idsOrPaths, Map<String, String> environment,
                                     dev.alexandria.api.model.ExternalTools externalTools, Validators validators) {
        return new Validation(this, validators, m -> {
            List<Finding> out = new ArrayList<>(findings(m.path()));
            out.addAll(require(m.path()).conventionFindings());
            return out;
        }, m -> graph.get().checkModule(m.path()), environment, externalTools, Clock.systemUTC()).run(idsOrPaths);
    }

    @Override
    public Optional<Path> cacheDirectory() {
        return cacheDirectory;
    }

    /** With the {@link MigrationFactory} the library was opened with ({@code Alexandria.open} gives it one). */
    @Override
    public dev.alexandria.api.Migration migrate(Path folder) {
        return migrations.start(Objects.requireNonNull(folder, "folder"), root);
    }

    /**
     * A cost estimate with the providers found on this class's class loader. {@code Alexandria.open} returns the
     * library wrapped with its chosen providers (and a shared engine), so this is reached only by code that holds
     * a bare snapshot.
     */
    @Override
    public CostEstimate cost(String idOrPath) {
        return new CostingLibrary(this, CostProviders.of(DefaultLibrary.class.getClassLoader(), List.of(), List.of(),
                List.of(), null)).cost(idOrPath);
    }

    @Override
    public String toString() {
        return "Library{root=" + root + ", modules=" + modules.size() + ", findings=" + findings.size() + "}";
    }
}
