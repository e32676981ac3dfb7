package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.Browse;
import dev.alexandria.api.CostEstimate;
import dev.alexandria.api.Library;
import dev.alexandria.api.Search;
import dev.alexandria.api.Lifecycle;
import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.internal.cost.CostProviders;
import dev.alexandria.core.internal.cost.CostingLibrary;
import dev.alexandria.core.internal.lifecycle.DefaultLifecycle;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.discovery.DefaultBrowse;
import dev.alexandria.core.internal.discovery.DefaultSearch;
import dev.alexandria.core.internal.discovery.SearchBackends;
import dev.alexandria.core.internal.discovery.SearchCacheFolder;
import dev.alexandria.core.internal.discovery.SearchService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in {@link Library}: an immutable snapshot. All fields but the lazily created search service are
 * final and hold immutable values, and that one is created once under a lock, so it is safe to share between
 * threads.
 */
final class DefaultLibrary implements Library {

    static final Comparator<LibraryModule> ORDER = Comparator.comparing((LibraryModule m) -> m.layer().rank())
            .thenComparing(LibraryModule::category)
            .thenComparing(LibraryModule::id);

    private final Path root;
    private final List<LibraryModule> modules;
    private final Map<String, LibraryModule> byIdOrPath;
    private final Catalog catalog;
    private final List<Finding> findings;

    private final SearchBackends.Config searchConfig;
    /** Created on the first search: choosing the backend and opening its index cost nothing until then. */
    private volatile SearchService search;

    DefaultLibrary(Path root, List<LibraryModule> modules, Catalog catalog, List<Finding> findings,
                   SearchBackends.Config searchConfig) {
        this.searchConfig = searchConfig;
        this.root = root;
        this.modules = modules.stream().sorted(ORDER).toList();
        Map<String, LibraryModule> index = new HashMap<>();
        for (LibraryModule m : this.modules) {
            index.putIfAbsent(m.id().value(), m);
            index.putIfAbsent(m.path(), m);
        }
        this.byIdOrPath = Map.copyOf(index);
        this.catalog = catalog;
        this.findings = List.copyOf(findings);
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
        Objects.requireNonNull(idOrPath, "idOrPath");
        String key = idOrPath.strip();
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        if (key.startsWith("_library/")) {
            key = key.substring("_library/".length());
        }
        return Optional.ofNullable(byIdOrPath.get(key));
    }

    @Override
    public LibraryModule requireModule(String idOrPath) {
        Objects.requireNonNull(idOrPath, "idOrPath");
        return module(idOrPath).orElseThrow(() -> {
            String query = idOrPath.contains("/") ? idOrPath.substring(idOrPath.lastIndexOf('/') + 1) : idOrPath;
            String suggestion = Suggestions.closest(query, modules.stream().map(m -> m.id().value()).toList())
                    .orElse(null);
            return new ModuleNotFoundException(idOrPath, suggestion);
        });
    }

    @Override
    public ModuleVersions versions(String idOrPath) {
        return new DefaultModuleVersions(this, requireModule(idOrPath),
                catalog.settings().versioning().riskyIsBreaking(), CatalogStore.of(root));
    }

    @Override
    public Lifecycle lifecycle(String idOrPath) {
        return new DefaultLifecycle(this, requireModule(idOrPath), CatalogStore.of(root), LocalDate.now());
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Browse browse() {
        return new DefaultBrowse(modules);
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
                    s = new SearchService(modules, catalog, SearchBackends.select(searchConfig),
                            SearchCacheFolder.forLibrary(root, System.getenv(), System.getProperty("user.home")));
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
    public List<Finding> findings(String idOrPath) {
        String folder = "_library/" + requireModule(idOrPath).path() + "/";
        return findings.stream().filter(f -> f.location().file().startsWith(folder)).toList();
    }

    @Override
    public List<Finding> allFindings() {
        return findings;
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
