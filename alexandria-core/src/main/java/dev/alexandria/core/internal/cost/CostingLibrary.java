package dev.alexandria.core.internal.cost;

import dev.alexandria.api.Browse;
import dev.alexandria.api.CostEstimate;
import dev.alexandria.api.DependencyGraph;
import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleVersions;
import dev.alexandria.api.Search;
import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleInterface;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link Library} with the cost providers a host chose ({@code Alexandria.builder()}): every method is the
 * library's, {@link #cost(String)} uses this engine (its providers, its price store and its cache of read
 * modules, shared by every estimate of the snapshot). Immutable and thread-safe.
 */
public final class CostingLibrary implements Library {

    private final Library library;
    private final Supplier<CostProviders> providers;
    /** Finds the host's evidence sources; null: the lifecycle finds them with ServiceLoader itself. */
    private final Supplier<dev.alexandria.core.internal.lifecycle.EvidenceSources> evidence;
    private volatile dev.alexandria.core.internal.lifecycle.EvidenceSources evidenceFound;
    private volatile CostEngine engine;
    private final Validate validation;

    /**
     * @param library   the library
     * @param providers the cost providers
     */
    public CostingLibrary(Library library, CostProviders providers) {
        this(library, constant(Objects.requireNonNull(providers, "providers")));
    }

    /**
     * A library whose cost providers are found on the first {@link #cost(String)} or {@link #engine()}: commands
     * that estimate nothing do not pay for discovering them, nor for reading the library's price store
     * ({@code _catalog/prices/}): a malformed one is a data error of the first estimate.
     *
     * @param library   the library
     * @param providers finds the cost providers; called at most once (again only if it threw)
     */
    public CostingLibrary(Library library, Supplier<CostProviders> providers) {
        this(library, providers, null);
    }

    /**
     * A library whose cost providers and evidence sources are the host's ({@code Alexandria.builder()}), each
     * found on first use.
     *
     * @param library   the library
     * @param providers finds the cost providers; called at most once (again only if it threw)
     * @param evidence  finds the evidence sources of {@link #lifecycle(String)}; null for those ServiceLoader finds
     */
    public CostingLibrary(Library library, Supplier<CostProviders> providers,
                          Supplier<dev.alexandria.core.internal.lifecycle.EvidenceSources> evidence) {
        this(library, providers, evidence, Library::validate);
    }

    /**
     * As {@link #CostingLibrary(Library, Supplier, Supplier)}, validating the caller's way (with the validators a
     * host registered).
     *
     * @param library    the library
     * @param providers  finds the cost providers; called at most once (again only if it threw)
     * @param evidence   finds the evidence sources of {@link #lifecycle(String)}; null for those ServiceLoader finds
     * @param validation validates modules of this library, and of the copies its lifecycle opens (publish's
     *                   release as its tag holds it), with the same validators
     */
    public CostingLibrary(Library library, Supplier<CostProviders> providers,
                          Supplier<dev.alexandria.core.internal.lifecycle.EvidenceSources> evidence,
                          Validate validation) {
        this.validation = Objects.requireNonNull(validation, "validation");
        this.library = Objects.requireNonNull(library, "library");
        this.providers = Objects.requireNonNull(providers, "providers");
        this.evidence = evidence;
    }

    private static Supplier<CostProviders> constant(CostProviders providers) {
        return () -> providers;
    }

    /**
     * The engine, made on first use: the cost providers are found and the library's price store is read then.
     *
     * @return the engine, for tools that price many modules
     * @throws dev.alexandria.api.CatalogException if the library's price store cannot be read
     */
    public CostEngine engine() {
        CostEngine e = engine;
        if (e == null) {
            synchronized (this) {
                e = engine;
                if (e == null) {
                    e = new CostEngine(providers.get(), PriceStore.read(library.root()));
                    engine = e;
                }
            }
        }
        return e;
    }

    @Override
    public CostEstimate cost(String idOrPath) {
        LibraryModule m = library.requireModule(idOrPath);
        return new DefaultCostEstimate(engine(), m.id().value(), library.root().resolve("_library").resolve(m.path()),
                Optional.of(library.root()));
    }

    @Override
    public Path root() {
        return library.root();
    }

    @Override
    public List<LibraryModule> modules() {
        return library.modules();
    }

    @Override
    public Optional<LibraryModule> module(String idOrPath) {
        return library.module(idOrPath);
    }

    @Override
    public LibraryModule requireModule(String idOrPath) {
        return library.requireModule(idOrPath);
    }

    @Override
    public ModuleInterface inspect(String idOrPath) {
        return library.inspect(idOrPath);
    }

    /**
     * The wrapped library's versions, whose release ({@code version}) passes the validation gate with this library's
     * validators, as {@link #lifecycle(String)}'s {@code register} does.
     */
    @Override
    public ModuleVersions versions(String idOrPath) {
        ModuleVersions versions = library.versions(idOrPath);
        return versions instanceof dev.alexandria.core.internal.versioning.DefaultModuleVersions d
                ? d.gatedBy(dev.alexandria.core.internal.lifecycle.Lifecycles.releaseGate(this)) : versions;
    }

    @Override
    public DependencyGraph graph() {
        return library.graph();
    }

    /**
     * The wrapped library's lifecycle, working on this library: its validation gates ({@code register},
     * {@code publish}, on the working folder and on the copy of a release) validate with this library's
     * validators, and its status and promotions ask this library's evidence sources.
     */
    @Override
    public dev.alexandria.api.Lifecycle lifecycle(String idOrPath) {
        dev.alexandria.api.Lifecycle lifecycle = library.lifecycle(idOrPath);
        if (!(lifecycle instanceof dev.alexandria.core.internal.lifecycle.DefaultLifecycle d)) {
            return lifecycle;
        }
        java.util.function.Function<Path, Library> bareCopy = d.openCopy();
        java.util.function.Function<Path, Library> copy = folder -> new CostingLibrary(bareCopy.apply(folder),
                providers, evidence, validation);
        d = d.within(this, copy);
        if (evidence == null) {
            return d;
        }
        dev.alexandria.core.internal.lifecycle.EvidenceSources sources = evidenceFound;
        if (sources == null) {
            sources = evidence.get();
            evidenceFound = sources;
        }
        return d.withEvidence(sources);
    }

    @Override
    public dev.alexandria.api.ChangePlan scaffold(dev.alexandria.api.model.ScaffoldRequest request) {
        return library.scaffold(request);
    }

    @Override
    public dev.alexandria.api.ModuleTest test(String idOrPath) {
        return library.test(idOrPath);
    }

    @Override
    public Catalog catalog() {
        return library.catalog();
    }

    @Override
    public Search search(String text) {
        return library.search(text);
    }

    @Override
    public dev.alexandria.api.Recommend recommend() {
        return library.recommend();
    }

    @Override
    public Browse browse() {
        return library.browse();
    }

    @Override
    public List<Finding> findings() {
        return library.findings();
    }

    @Override
    public List<Finding> unavailable() {
        return library.unavailable();
    }

    @Override
    public List<String> unavailableModules() {
        return library.unavailableModules();
    }

    @Override
    public List<Finding> findings(String idOrPath) {
        return library.findings(idOrPath);
    }

    @Override
    public List<Finding> allFindings() {
        return library.allFindings();
    }

    @Override
    public dev.alexandria.api.model.ValidationReport validate(List<String> idsOrPaths,
                                                              java.util.Map<String, String> environment,
                                                              dev.alexandria.api.model.ExternalTools externalTools) {
        return validation.validate(library, idsOrPaths, environment, externalTools);
    }

    /** How a library validates: the wrapped library's way, or with a host's validators. */
    @FunctionalInterface
    public interface Validate {

        /**
         * @param library       the wrapped library
         * @param idsOrPaths    the modules; empty for the whole library
         * @param environment   the environment external tools run in
         * @param externalTools whether the external tools run
         * @return the report
         */
        dev.alexandria.api.model.ValidationReport validate(Library library, List<String> idsOrPaths,
                                                           java.util.Map<String, String> environment,
                                                           dev.alexandria.api.model.ExternalTools externalTools);
    }

    @Override
    public Optional<Path> cacheDirectory() {
        return library.cacheDirectory();
    }

    @Override
    public dev.alexandria.api.Migration migrate(Path folder) {
        return library.migrate(folder);
    }

    @Override
    public String toString() {
        return library.toString();
    }
}
