package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.core.internal.discovery.SearchBackends;
import dev.alexandria.core.internal.discovery.SearchCatalog;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.core.internal.cache.CacheIndex;
import dev.alexandria.core.internal.cache.CacheInput;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.core.internal.cache.FileStamp;
import dev.alexandria.core.internal.cache.FileStat;
import dev.alexandria.core.internal.cache.LibraryCache;
import dev.alexandria.core.internal.cache.ModelCodec;
import dev.alexandria.core.internal.cache.RegistryTable;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.recommend.RecommendConfigCheck;
import dev.alexandria.core.internal.text.PathsInText;
import dev.alexandria.core.internal.text.Suggestions;
import dev.alexandria.core.internal.text.SymbolicLinks;
import dev.alexandria.core.internal.validate.CatalogValidator;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a library: reads the six catalog files, scans {@code _library/<layer>/<category>/<id>/}, reads every
 * {@code .alexandria.yaml} (in parallel; the result does not depend on the order), checks the rules across
 * files and builds the immutable snapshot. A module's HCL is not read here: it is read on first use of the
 * module's interface, complexity tier or HCL findings ({@link CatalogModule}), so looking up one module never
 * parses the others. Collects every finding; errors end in one {@link CatalogValidationException}.
 *
 * <p>With a {@link LibraryCache}, what was read from each catalog file and each {@code .alexandria.yaml} is
 * taken from the cache while the file is unchanged, and stored there when it was read.
 *
 * <p>When a catalog file cannot be read or has errors, the rules that depend on it are skipped: its own
 * errors say what to fix, and a rule checked against a half-read file would report every module.
 */
public final class LibraryLoader {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryLoader.class);

    static final String METADATA_FILE = ".alexandria.yaml";

    static final String SETTINGS_FILE = "settings.yaml";

    static final String REGISTRY_FILE = "module-registry.yaml";

    static final String CATEGORIES_FILE = "categories.yaml";

    static final String TAGS_FILE = "tags.yaml";

    /** From this many module folders on, they are read in parallel. */
    static final int PARALLEL_FROM = 128;

    /** The locations a metadata file's rules across modules need, by JSON pointer. */
    record MetadataRead(Optional<ModuleMetadata> metadata, List<Finding> findings,
                        Map<String, SourceLocation> locations, String file) {

        SourceLocation at(String pointer) {
            SourceLocation at = locations.get(pointer);
            return at != null ? at : SourceLocation.of(file, 1, 1);
        }

        /** Findings first, then whether there is metadata: {@link #readHead} reads only those. */
        void write(CacheOutput out) {
            ModelCodec.writeFindings(out, findings);
            out.writeOptional(metadata, ModelCodec::write);
            out.writeVarInt(locations.size());
            locations.forEach((k, v) -> {
                out.writeString(k);
                ModelCodec.write(out, v);
            });
        }

        static MetadataRead read(CacheInput in, String file) {
            List<Finding> findings = ModelCodec.readFindings(in);
            Optional<ModuleMetadata> metadata = in.readOptional(ModelCodec::readMetadata);
            int n = in.readCount();
            Map<String, SourceLocation> locations = new HashMap<>();
            for (int i = 0; i < n; i++) {
                locations.put(in.readString(), ModelCodec.readLocation(in));
            }
            return new MetadataRead(metadata, findings, locations, file);
        }

        /** The findings, and whether the file gave metadata, without reading the metadata. */
        static Head readHead(CacheInput in) {
            return new Head(ModelCodec.readFindings(in), in.readBoolean());
        }
    }

    /** What a metadata entry says without its metadata being read. */
    private record Head(List<Finding> findings, boolean present) {
    }

    /**
     * A module folder whose metadata could be read: read already, or to be read from the cache on first use
     * ({@code cached}).
     */
    private record Seed(ModuleId id, String path, Path dir, Layer layer, Category category, Lazy<MetadataRead> read,
                        boolean cached, boolean inspectable, Optional<FileStat> folderStat,
                        Optional<CacheIndex.Payload> folderEntry) {
    }

    /**
     * Whether a module's {@code *.tf} links stay inside the root, and the payload of its folder's entry in the
     * cache index when the entry was valid.
     */
    private record Links(boolean inside, Optional<CacheIndex.Payload> folderEntry) {
    }

    /**
     * What reading one module folder gave: the folder's path below {@code _library}, its findings, in order, and
     * the module if it could be read.
     */
    private record FolderRead(String path, List<Finding> findings, Optional<Seed> seed) {
    }

    /**
     * A module folder found by the scan: its path below {@code _library} (forward slashes), and its stat when it
     * is a plain folder.
     */
    private record ModuleFolder(Path dir, String path, Optional<FileStat> stat, Layer layer, Category category) {
    }

    /** What one open learns besides the modules. */
    private static final class Context {
        final Path root;
        final CacheIndex index;
        final List<Finding> findings = new ArrayList<>();
        final Map<ModuleId, MetadataRead> reads = new HashMap<>();
        final Set<String> folders = new HashSet<>();
        final Set<String> untrusted = new HashSet<>();
        /** Whether a catalog or metadata file was read rather than taken from the cache. */
        volatile boolean readFiles;
        /** Each example folder the rules looked for, and whether it is there. */
        final Map<String, Boolean> examples = new LinkedHashMap<>();
        Map<ModuleId, SourceLocation> registryLocations = Map.of();

        Context(Path root, CacheIndex index) {
            this.root = root;
            this.index = index;
        }

        SourceLocation at(LibraryModule m, String pointer) {
            MetadataRead r = reads.get(m.id());
            return r == null ? SourceLocation.of(metadataPath(m)) : r.at(pointer);
        }

        SourceLocation registryAt(ModuleId id) {
            return registryLocations.getOrDefault(id, SourceLocation.of("_catalog/" + REGISTRY_FILE));
        }

        boolean trusts(String catalogFile) {
            return !untrusted.contains(catalogFile);
        }
    }

    private LibraryLoader() {
    }

    /**
     * Validates modules of a library this class opened with the given validators (a host's, from
     * {@code Alexandria.builder()}); any other library validates its own way.
     *
     * @param library       the library
     * @param idsOrPaths    the modules; empty for the whole library
     * @param environment   the environment external tools run in
     * @param externalTools whether the external tools run
     * @param validators    the validators
     * @return the report
     * @throws dev.alexandria.api.ModuleNotFoundException if a module is not in the library
     */
    public static dev.alexandria.api.model.ValidationReport validate(Library library, List<String> idsOrPaths,
            java.util.Map<String, String> environment, dev.alexandria.api.model.ExternalTools externalTools,
            dev.alexandria.core.internal.validate.Validators validators) {
        return library instanceof DefaultLibrary d ? d.validate(idsOrPaths, environment, externalTools, validators)
                : library.validate(idsOrPaths, environment, externalTools);
    }

    /**
     * Opens the library at a root without a cache.
     *
     * @param root the library root
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the library has errors
     */
    public static Library open(Path root) {
        return open(root, real -> Optional.empty(), SearchBackends.Config.defaults());
    }

    /**
     * Opens the library at a root without a cache, with the host's choice of search backend.
     *
     * @param root   the library root
     * @param search how to find and choose the search backend (used on the first search)
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the library has errors
     */
    public static Library open(Path root, SearchBackends.Config search) {
        return open(root, real -> Optional.empty(), search);
    }

    /**
     * Opens the library at a root, with the default search backend.
     *
     * @param root           the library root
     * @param cacheDirectory the cache folder for the library's real root, or empty for no cache
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the library has errors
     */
    public static Library open(Path root, Function<Path, Optional<Path>> cacheDirectory) {
        return open(root, cacheDirectory, SearchBackends.Config.defaults());
    }

    /**
     * Opens the library at a root.
     *
     * @param root           the library root
     * @param cacheDirectory the cache folder for the library's real root, or empty for no cache
     * @param searchConfig   how to find and choose the search backend (used on the first search)
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the library has errors
     */
    public static Library open(Path root, Function<Path, Optional<Path>> cacheDirectory,
                               SearchBackends.Config searchConfig) {
        return open(root, cacheDirectory, searchConfig, MigrationFactory.NONE);
    }

    /**
     * Opens the library at a root, able to migrate folders of flat modules into itself.
     *
     * @param root           the library root
     * @param cacheDirectory the cache folder for the library's real root, or empty for no cache
     * @param searchConfig   how to find and choose the search backend (used on the first search)
     * @param migrations     starts the library's {@link Library#migrate(Path)}
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the library has errors
     */
    public static Library open(Path root, Function<Path, Optional<Path>> cacheDirectory,
                               SearchBackends.Config searchConfig, MigrationFactory migrations) {
        return open(root, cacheDirectory, searchConfig, migrations, false);
    }

    /**
     * Opens the library at a root, able to migrate folders of flat modules into itself, for a process that reads
     * git only and ends soon, or not.
     *
     * @param root           the library root
     * @param cacheDirectory the cache folder for the library's real root, or empty for no cache
     * @param searchConfig   how to find and choose the search backend (used on the first search)
     * @param migrations     starts the library's {@link Library#migrate(Path)}
     * @param readOnlyGit    whether the library's versions read git as a process that only reads git and ends soon
     *                       does ({@code Alexandria.Builder.readOnlyGit()})
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the library has errors
     */
    public static Library open(Path root, Function<Path, Optional<Path>> cacheDirectory,
                               SearchBackends.Config searchConfig, MigrationFactory migrations, boolean readOnlyGit) {
        return open(root, cacheDirectory, searchConfig, migrations, readOnlyGit, false);
    }

    /**
     * Opens the library at a root; with {@code skipBroken}, a module whose own files have errors is left out
     * rather than failing the open ({@link #partition}).
     *
     * @param root           the library root
     * @param cacheDirectory the cache folder for the library's real root, or empty for no cache
     * @param searchConfig   how to find and choose the search backend (used on the first search)
     * @param migrations     starts the library's {@link Library#migrate(Path)}
     * @param readOnlyGit    whether the library's versions read git as a process that only reads git and ends soon
     *                       does ({@code Alexandria.Builder.readOnlyGit()})
     * @param skipBroken     whether a module whose own files have errors is left out ({@link Library#unavailable()})
     *                       rather than failing the open
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the library has errors (with {@code skipBroken}: an error that is not
     *                                    of one module's own files), with every finding
     */
    public static Library open(Path root, Function<Path, Optional<Path>> cacheDirectory,
                               SearchBackends.Config searchConfig, MigrationFactory migrations, boolean readOnlyGit,
                               boolean skipBroken) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(searchConfig, "searchConfig");
        Path real = realRoot(root);
        LibraryCache cache = cacheDirectory.apply(real).map(dir -> LibraryCache.in(dir, real))
                .orElse(LibraryCache.disabled());
        long start = System.nanoTime();
        Context ctx = new Context(real, cache.index());
        long indexed = System.nanoTime();
        Taxonomy taxonomy = add(ctx, CATEGORIES_FILE, catalogFile(ctx, CATEGORIES, true)).get();
        TagTaxonomy tags = add(ctx, TAGS_FILE, catalogFile(ctx, TAGS, false)).get();
        MaturityModel maturity = add(ctx, LEVELS_FILE, catalogFile(ctx, LEVELS, false)).get();
        SearchIndexConfig search = add(ctx, SEARCH_FILE, catalogFile(ctx, SEARCH, false)).get();
        CatalogSettings settings = add(ctx, SETTINGS_FILE, catalogFile(ctx, SETTINGS, false)).get();
        // Not added to the open's findings: only recommend reads the file, so its errors fail recommend alone.
        List<Finding> recommendFindings = recommendFile(ctx).findings();
        // The registry is the largest file: taken from the cache, it is read on first use; else it is read
        // while the module folders are.
        CompletableFuture<FileRead<Lazy<Registered>>> registering = cachedCatalogFile(ctx, REGISTRY, false)
                .map(CompletableFuture::completedFuture)
                .orElseGet(() -> registryIsLarge(ctx)
                        ? CompletableFuture.supplyAsync(() -> readCatalogFile(ctx, REGISTRY, false))
                        : CompletableFuture.completedFuture(readCatalogFile(ctx, REGISTRY, false)));
        long cataloged = System.nanoTime();
        List<FolderRead> folders = scanFolders(ctx, taxonomy);
        Lazy<Registered> registered = add(ctx, REGISTRY_FILE, join(registering));
        List<Seed> seeds = new ArrayList<>(folders.size());
        for (FolderRead read : folders) {
            ctx.findings.addAll(read.findings());
            read.seed().ifPresent(seeds::add);
        }
        Lazy<Catalog> catalog = Lazy.of(() -> new Catalog(registered.get().registry(), taxonomy, tags, maturity,
                search, settings));
        Lazy<SearchCatalog> searchCatalog = Lazy.of(() -> new SearchCatalog(taxonomy, tags, search, settings));
        List<CatalogModule> modules = modules(seeds, registered, settings, cache, real, ctx.index);
        long scanned = System.nanoTime();
        Optional<List<Finding>> unchanged = unchangedRules(ctx, seeds);
        if (unchanged.isPresent()) {
            ctx.findings.addAll(unchanged.get());
        } else {
            // Something changed: every module's metadata is read, and the rules across files are checked.
            for (Seed s : seeds) {
                ctx.reads.putIfAbsent(s.id(), s.read().get());
            }
            ctx.registryLocations = registered.get().locations();
            List<Finding> rules = checkAcrossModules(ctx, modules, catalog.get());
            ctx.findings.addAll(rules);
            storeRules(ctx, seeds, rules);
        }
        long checked = System.nanoTime();
        ctx.index.flush();
        if (LOG.isDebugEnabled()) {
            LOG.debug("opening {} took {} ms: cache index {} ms, small catalog files {} ms, modules and registry {} "
                    + "ms, rules {} ms ({}), cache write {} ms", real, ms(System.nanoTime() - start),
                    ms(indexed - start), ms(cataloged - indexed), ms(scanned - cataloged), ms(checked - scanned),
                    unchanged.isPresent() ? "unchanged" : "checked", ms(System.nanoTime() - checked));
        }
        Map<String, List<Finding>> broken = skipBroken ? partition(folders, modules, ctx.findings) : Map.of();
        Set<Finding> left = new HashSet<>();
        broken.values().forEach(left::addAll);
        List<Finding> others = warningsOrThrow(relativePaths(real, root, ctx.findings.stream()
                .filter(f -> !left.contains(f)).toList()), relativePaths(real, root, recommendFindings));
        Map<String, List<Finding>> unavailable = new HashMap<>();
        broken.forEach((path, errors) -> {
            List<Finding> shown = relativePaths(real, root, errors).stream().sorted().toList();
            unavailable.put(path, shown);
            String name = path.substring(path.lastIndexOf('/') + 1); // two folders of one name: both's errors
            unavailable.merge(name, shown, (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).sorted()
                    .toList());
        });
        List<CatalogModule> kept = broken.isEmpty() ? modules
                : modules.stream().filter(m -> !broken.containsKey(m.path())).toList();
        if (!broken.isEmpty()) {
            LOG.debug("left out {} module folders with errors: {}", broken.size(), broken.keySet());
        }
        LOG.debug("opened library {} with {} modules and {} findings ({})", real, kept.size(), others.size(), cache);
        Lazy<Map<ModuleId, List<SourceLocation>>> requirements = Lazy.of(() -> requirementLocations(kept, seeds));
        CacheIndex index = ctx.index;
        return new DefaultLibrary(real, kept, catalog, searchCatalog, others, unavailable, cache.directory(),
                searchConfig, requirements, migrations, settings, readOnlyGit, index::flush);
    }

    /**
     * The errors that concern one module folder alone, by the folder's path below {@code _library}, when every
     * error of the open is one: then the library opens without those modules, as a package manager skips one
     * package whose manifest does not parse. An error belongs to a folder when reading that folder gave it (its
     * {@code .alexandria.yaml} does not parse, has a value of the wrong type or breaks a rule of one file, is
     * missing, the folder name is no id, a {@code *.tf} links outside the root), or when a rule across files
     * reported it about one module ({@link Finding#module()}: a requirement of a module that does not exist, an id
     * used twice, a registry entry that disagrees), at a file in that module's folder or else about its id. Any
     * other error (a catalog file, a layer or category folder) is the whole library's: then nothing is left out
     * and the open fails as without {@code skipBroken}, listing every error.
     *
     * <p>The rules across files ran over every module that could be read, as without {@code skipBroken}, so the
     * findings (and those kept in the cache) are the same either way; only the snapshot leaves the modules out.
     */
    private static Map<String, List<Finding>> partition(List<FolderRead> folders, List<CatalogModule> modules,
                                                        List<Finding> findings) {
        Map<String, List<Finding>> byFolder = new LinkedHashMap<>();
        Set<Finding> placed = new HashSet<>();
        for (FolderRead read : folders) {
            for (Finding f : read.findings()) {
                if (f.isError()) {
                    byFolder.computeIfAbsent(read.path(), k -> new ArrayList<>()).add(f);
                    placed.add(f);
                }
            }
        }
        Map<ModuleId, String> pathOf = new HashMap<>();
        modules.forEach(m -> pathOf.putIfAbsent(m.id(), m.path()));
        boolean wide = false;
        for (Finding f : findings) {
            if (!f.isError() || placed.contains(f)) {
                continue;
            }
            Optional<String> folder = f.module().flatMap(id -> modules.stream()
                    .filter(m -> f.location().file().startsWith("_library/" + m.path() + "/"))
                    .map(CatalogModule::path).findFirst().or(() -> Optional.ofNullable(pathOf.get(id))));
            if (folder.isEmpty()) {
                wide = true;
                break;
            }
            byFolder.computeIfAbsent(folder.get(), k -> new ArrayList<>()).add(f);
        }
        return wide ? Map.of() : byFolder;
    }

    /**
     * The findings of the open, sorted: those that are not errors, and every one of {@code notFatal} (the errors of
     * {@code _catalog/recommend.yaml}, which fail only {@code recommend}, are listed with the library's findings).
     *
     * @throws CatalogValidationException with every finding of both, errors first, if {@code findings} has an error
     */
    private static List<Finding> warningsOrThrow(List<Finding> findings, List<Finding> notFatal) {
        List<Finding> every = new ArrayList<>(findings);
        every.addAll(notFatal);
        List<Finding> errors = every.stream().filter(Finding::isError).sorted().toList();
        List<Finding> others = every.stream().filter(f -> !f.isError()).sorted().toList();
        if (findings.stream().anyMatch(Finding::isError)) {
            List<Finding> all = new ArrayList<>(errors);
            all.addAll(others);
            throw new CatalogValidationException(all);
        }
        return every.stream().sorted().toList();
    }

    /**
     * Opens only what a command about one module needs: the catalog files that say how to read it
     * ({@code categories.yaml}, {@code settings.yaml}, {@code module-registry.yaml}, each from the cache while it
     * is unchanged, the registry decoded on first use), that module's folder and its {@code .alexandria.yaml}.
     * No other module folder is listed or read, and the rules across modules are not checked. The snapshot's
     * {@link Library#modules()} holds that one module and its {@link Library#findings()} those of the files read;
     * the other catalog files are read on the first {@link Library#catalog()}. An error in one of the files read
     * is thrown as {@link #open} throws it (file and line); errors of other modules do not stop it.
     *
     * <p>When the module is not the only folder of its name directly under a category folder (it does not exist,
     * its id is taken twice, or a layer or category folder is a link, which only a full scan judges), the whole
     * library is opened as {@link #open} does, so the answer (not found with the closest id, a duplicate id) is
     * the same.
     *
     * <p>What it read rather than took from the cache is stored there, the other entries kept
     * ({@link CacheIndex#flushKeepingOthers}); the results of the rules across files are then dropped, to be
     * checked again by the next full open.
     *
     * @param root           the library root
     * @param cacheDirectory the cache folder for the library's real root, or empty for no cache
     * @param searchConfig   how to find and choose the search backend (used on the first search)
     * @param migrations     starts the library's {@link Library#migrate(Path)}
     * @param readOnlyGit    whether the library's versions read git as a process that only reads git and ends soon
     *                       does
     * @param idOrPath       the module: its id, or its path below {@code _library}
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if a file read has errors
     */
    public static Library openModule(Path root, Function<Path, Optional<Path>> cacheDirectory,
                                     SearchBackends.Config searchConfig, MigrationFactory migrations,
                                     boolean readOnlyGit, String idOrPath) {
        return openModule(root, cacheDirectory, searchConfig, migrations, readOnlyGit, idOrPath, false);
    }

    /**
     * Opens only what a command about one module needs ({@link #openModule(Path, Function, SearchBackends.Config,
     * MigrationFactory, boolean, String)}); with {@code skipBroken}, errors of the module's own files are thrown as
     * a {@link dev.alexandria.api.ModuleUnavailableException}, as the whole library opened with it does on asking
     * for that module; when the module's folder is not found alone, the whole library is opened with it.
     *
     * @param root           the library root
     * @param cacheDirectory the cache folder for the library's real root, or empty for no cache
     * @param searchConfig   how to find and choose the search backend (used on the first search)
     * @param migrations     starts the library's {@link Library#migrate(Path)}
     * @param readOnlyGit    whether the library's versions read git as a process that only reads git and ends soon
     *                       does
     * @param idOrPath       the module: its id, or its path below {@code _library}
     * @param skipBroken     whether broken modules are left out ({@link #open(Path, Function, SearchBackends.Config,
     *                       MigrationFactory, boolean, boolean)})
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if a file read has errors
     * @throws dev.alexandria.api.ModuleUnavailableException with {@code skipBroken}, if only the module's own
     *                                    files have errors
     */
    public static Library openModule(Path root, Function<Path, Optional<Path>> cacheDirectory,
                                     SearchBackends.Config searchConfig, MigrationFactory migrations,
                                     boolean readOnlyGit, String idOrPath, boolean skipBroken) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Objects.requireNonNull(searchConfig, "searchConfig");
        Objects.requireNonNull(idOrPath, "idOrPath");
        Path real = realRoot(root);
        Optional<ModuleFolder> only = onlyFolder(real, idOrPath);
        if (only.isEmpty()) {
            return open(root, cacheDirectory, searchConfig, migrations, readOnlyGit, skipBroken);
        }
        LibraryCache cache = cacheDirectory.apply(real).map(dir -> LibraryCache.in(dir, real))
                .orElse(LibraryCache.disabled());
        Context ctx = new Context(real, cache.index());
        Taxonomy taxonomy = add(ctx, CATEGORIES_FILE, catalogFile(ctx, CATEGORIES, true)).get();
        CatalogSettings settings = add(ctx, SETTINGS_FILE, catalogFile(ctx, SETTINGS, false)).get();
        Lazy<Registered> registered = add(ctx, REGISTRY_FILE, catalogFile(ctx, REGISTRY, false));
        ModuleFolder folder = only.get();
        if (ctx.trusts(CATEGORIES_FILE) && !taxonomy.isDeclared(folder.category())) {
            Path categoryDir = folder.dir().getParent();
            ctx.findings.add(Finding.error("category-undeclared", anchor(real, categoryDir),
                    "category '" + folder.category() + "' is not declared in _catalog/categories.yaml",
                    "declare it under layer " + folder.layer() + " or move the modules to a declared category"));
        }
        ctx.folders.add(folder.dir().getFileName().toString());
        FolderRead read = readModule(ctx, folder);
        ctx.findings.addAll(read.findings());
        List<Seed> seeds = read.seed().map(List::of).orElse(List.of());
        // the catalog files this command does not need are read (values only) if the snapshot's catalog is asked
        Lazy<SearchCatalog> searchCatalog = Lazy.of(() -> {
            Context rest = new Context(real, cache.index());
            return new SearchCatalog(taxonomy, catalogFile(rest, TAGS, false).value().get(),
                    catalogFile(rest, SEARCH, false).value().get(), settings);
        });
        Lazy<Catalog> catalog = Lazy.of(() -> {
            SearchCatalog c = searchCatalog.get();
            return new Catalog(registered.get().registry(), taxonomy, c.tags(),
                    catalogFile(new Context(real, cache.index()), LEVELS, false).value().get(), c.searchIndex(),
                    settings);
        });
        // The tiers learnt from this module's HCL are not kept: the index was written keeping the others' entries.
        List<CatalogModule> modules = modules(seeds, registered, settings, cache, real,
                LibraryCache.disabled().index());
        ctx.index.flushKeepingOthers(Set.of(RULES));
        List<Finding> own = read.findings().stream().filter(Finding::isError).toList();
        if (skipBroken && !own.isEmpty() && ctx.findings.stream().filter(Finding::isError).count() == own.size()) {
            throw new dev.alexandria.api.ModuleUnavailableException(idOrPath, relativePaths(real, root, own).stream()
                    .sorted().toList());
        }
        List<Finding> others = warningsOrThrow(relativePaths(real, root, ctx.findings), List.of());
        LOG.debug("opened module {} of library {} ({} findings, {})", folder.path(), real, others.size(), cache);
        Lazy<Map<ModuleId, List<SourceLocation>>> requirements = Lazy.of(() -> requirementLocations(modules, seeds));
        return new DefaultLibrary(real, modules, catalog, searchCatalog, others, cache.directory(), searchConfig,
                requirements, migrations, settings, readOnlyGit, () -> { });

    }

    /**
     * The one folder of a module, {@code _library/<layer>/<category>/<id>}, when exactly one category folder of a
     * known layer holds a plain folder of that name and no layer or category folder is a link; else empty.
     */
    private static Optional<ModuleFolder> onlyFolder(Path real, String idOrPath) {
        String key = ModuleKey.of(real, idOrPath);
        String name = key.substring(key.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.startsWith(".") || (key.contains("/") && key.split("/", -1).length != 3)) {
            return Optional.empty();
        }
        ModuleFolder found = null;
        try (DirectoryStream<Path> layers = Files.newDirectoryStream(real.resolve("_library"))) {
            for (Path layerDir : layers) {
                String layerName = layerDir.getFileName().toString();
                if (layerName.startsWith(".") || Files.isSymbolicLink(layerDir)) {
                    if (Files.isSymbolicLink(layerDir)) {
                        return Optional.empty();
                    }
                    continue;
                }
                Optional<Layer> layer = Layer.fromId(layerName);
                if (layer.isEmpty() || !Files.isDirectory(layerDir, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (DirectoryStream<Path> categories = Files.newDirectoryStream(layerDir)) {
                    for (Path categoryDir : categories) {
                        String sub = categoryDir.getFileName().toString();
                        if (Files.isSymbolicLink(categoryDir)) {
                            return Optional.empty();
                        }
                        Path dir = categoryDir.resolve(name);
                        if (sub.startsWith(".") || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                            continue;
                        }
                        BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class,
                                LinkOption.NOFOLLOW_LINKS);
                        if (found != null || !a.isDirectory()) {
                            return Optional.empty(); // a second folder of that name, or a link: a full scan judges
                        }
                        Category category;
                        try {
                            category = new Category(layer.get(), sub);
                        } catch (IllegalArgumentException e) {
                            return Optional.empty();
                        }
                        found = new ModuleFolder(dir, layerName + "/" + sub + "/" + name,
                                Optional.of(FileStat.of(dir, a)),
                                layer.get(), category);
                    }
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            return Optional.empty(); // the full open reports what cannot be listed
        }
        if (found == null || (key.contains("/") && !found.path().equals(key))) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /**
     * Reads only {@code _catalog/settings.yaml} of a library (the defaults when there is none), without a cache.
     *
     * @param root the library root
     * @return the settings
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the settings file has errors
     */
    public static CatalogSettings readSettings(Path root) {
        return readSettings(root, real -> Optional.empty());
    }

    /**
     * Reads only {@code _catalog/settings.yaml} of a library (the defaults when there is none), from the
     * library's cache while the file is unchanged. Never writes the cache: that is for a full open.
     *
     * @param root           the library root
     * @param cacheDirectory the cache folder for the library's real root, or empty for no cache
     * @return the settings
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the settings file has errors
     */
    public static CatalogSettings readSettings(Path root, Function<Path, Optional<Path>> cacheDirectory) {
        Path real = realRoot(root);
        LibraryCache cache = cacheDirectory.apply(real).map(dir -> LibraryCache.in(dir, real))
                .orElse(LibraryCache.disabled());
        Context ctx = new Context(real, cache.index());
        CatalogSettings settings = add(ctx, SETTINGS_FILE, catalogFile(ctx, SETTINGS, false)).get();
        if (ctx.findings.stream().anyMatch(Finding::isError)) {
            throw new CatalogValidationException(relativePaths(real, root, ctx.findings).stream().sorted().toList());
        }
        return settings;
    }

    /**
     * The real path of a library root, after checking that it is one.
     *
     * @param root a folder
     * @return its real path
     * @throws CatalogException if it does not exist or is not a library root
     */
    public static Path realRoot(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new CatalogException(null, abs + " does not exist; pass the folder that holds _library/ and"
                    + " _catalog/ (usually components/terraform)");
        }
        if (!Files.isDirectory(abs)) { // /dev/null, a file: "it needs a _library/ folder" would read oddly
            throw new CatalogException(null, abs + " is not a folder; pass the library's root folder, the one that "
                    + "holds _library/ and _catalog/ (usually components/terraform)");
        }
        if (!LibraryRoots.isRoot(abs)) {
            throw new CatalogException(null, abs + " is not a library root: it needs a _library/ and a _catalog/"
                    + " folder; pass the folder that holds them (usually components/terraform)");
        }
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            throw new CatalogException(null, abs + " cannot be resolved: " + e.getMessage(), e);
        }
    }

    /** What a catalog file gave, and the findings about it. */
    private record FileRead<T>(T value, List<Finding> findings) {
    }

    /**
     * A registry and where each of its entries is. Taken from the cache, its entries are decoded on demand: one
     * module's entry alone ({@link RegistryTable}), or all of them on the first {@link #registry()}.
     */
    private static final class Registered {
        private final Lazy<ModuleRegistry> registry;
        private final RegistryTable table;
        private final Map<ModuleId, SourceLocation> locations;
        private final Lazy<Map<ModuleId, RegistryEntry>> byId;

        /** A registry read from its file. */
        Registered(ModuleRegistry registry, Map<ModuleId, SourceLocation> locations) {
            this.registry = Lazy.done(registry);
            this.table = null;
            this.locations = locations;
            this.byId = Lazy.of(() -> {
                Map<ModuleId, RegistryEntry> map = new HashMap<>(); // ModuleRegistry.entry is a linear search
                registry.entries().forEach(e -> map.putIfAbsent(e.id(), e));
                registry.archived().forEach(e -> map.putIfAbsent(e.id(), e)); // an archived module
                return map;
            });
        }

        /** A registry from the cache, none of its entries decoded yet. */
        Registered(RegistryTable table, Map<ModuleId, SourceLocation> locations) {
            this.registry = Lazy.of(table::registry);
            this.table = table;
            this.locations = locations;
            this.byId = null;
        }

        ModuleRegistry registry() {
            return registry.get();
        }

        Map<ModuleId, SourceLocation> locations() {
            return locations;
        }

        /** A module's entry (else its archived entry), decoded alone when it comes from the cache. */
        Optional<RegistryEntry> entry(ModuleId id) {
            return table != null ? table.entry(id) : Optional.ofNullable(byId.get().get(id));
        }
    }

    /** How to read, write and default one catalog file. */
    private record CatalogFile<T>(String name, Class<?> model, BiFunction<YamlDocument, List<Finding>, T> parse,
                                  BiConsumer<CacheOutput, T> write, Function<CacheInput, T> read, T absent) {
    }

    static final String LEVELS_FILE = "maturity-levels.yaml";

    static final String SEARCH_FILE = "search-index.yaml";

    private static final CatalogFile<Taxonomy> CATEGORIES = new CatalogFile<>(CATEGORIES_FILE,
            YamlModel.CategoriesYaml.class,
            CatalogReader::taxonomy, ModelCodec::write, ModelCodec::readTaxonomy,
            new Taxonomy(DependencyPolicy.DEFAULT, List.of()));

    private static final CatalogFile<TagTaxonomy> TAGS = new CatalogFile<>(TAGS_FILE,
            YamlModel.TagsYaml.class, CatalogReader::tags,
            ModelCodec::write, ModelCodec::readTags, TagTaxonomy.empty());

    private static final CatalogFile<MaturityModel> LEVELS = new CatalogFile<>(LEVELS_FILE,
            YamlModel.MaturityLevelsYaml.class,
            CatalogReader::maturityModel, ModelCodec::write, ModelCodec::readMaturityModel,
            new MaturityModel(List.of(), List.of()));

    private static final CatalogFile<SearchIndexConfig> SEARCH = new CatalogFile<>(SEARCH_FILE,
            YamlModel.SearchIndexYaml.class,
            CatalogReader::searchIndex, ModelCodec::write, ModelCodec::readSearchIndex, SearchIndexConfig.empty());

    private static final CatalogFile<CatalogSettings> SETTINGS = new CatalogFile<>(SETTINGS_FILE,
            YamlModel.SettingsYaml.class,
            CatalogReader::settings, ModelCodec::write, ModelCodec::readSettings, CatalogSettings.defaults());

    private static final CatalogFile<Registered> REGISTRY = new CatalogFile<>(REGISTRY_FILE,
            YamlModel.RegistryYaml.class, (d, f) -> {
        CatalogReader.RegistryRead read = CatalogReader.registry(d, f);
        return new Registered(read.registry(), read.locations());
    }, (out, r) -> {
        ModelCodec.write(out, r.registry());
        out.writeVarInt(r.locations().size());
        r.locations().forEach((id, at) -> {
            out.writeString(id.value());
            ModelCodec.write(out, at);
        });
    }, in -> {
        RegistryTable r = ModelCodec.readRegistryTable(in);
        int n = in.readCount();
        Map<ModuleId, SourceLocation> locations = new HashMap<>();
        for (int i = 0; i < n; i++) {
            locations.put(ModuleId.of(in.readString()), ModelCodec.readLocation(in));
        }
        return new Registered(r, locations);
    }, new Registered(ModuleRegistry.empty(), Map.of()));

    /** Whether the registry is large enough to be worth reading on another thread (over 256 KB). */
    private static boolean registryIsLarge(Context ctx) {
        return FileStat.of(ctx.root.resolve("_catalog").resolve(REGISTRY_FILE)).map(s -> s.size() > 256 * 1024)
                .orElse(false);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * Reads one catalog file, from the cache while it is unchanged (its value then read on first use). A file
     * that is absent gives the file's default (an error first when it is required).
     */
    private static <T> FileRead<Lazy<T>> catalogFile(Context ctx, CatalogFile<T> spec, boolean required) {
        return cachedCatalogFile(ctx, spec, required).orElseGet(() -> readCatalogFile(ctx, spec, required));
    }

    /** A catalog file from the cache, if it is unchanged there (or absent and not required). */
    private static <T> Optional<FileRead<Lazy<T>>> cachedCatalogFile(Context ctx, CatalogFile<T> spec,
                                                                     boolean required) {
        Path file = ctx.root.resolve("_catalog").resolve(spec.name());
        String shown = "_catalog/" + spec.name();
        if (!required && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new FileRead<>(Lazy.done(spec.absent()), List.of()));
        }
        Optional<CacheIndex.Payload> hit = ctx.index.lookupPayload(shown, new LibraryCache.NamedFile(shown, file));
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        try {
            List<Finding> findings = ModelCodec.readFindings(hit.get().open());
            Path root = ctx.root;
            CacheIndex index = ctx.index;
            return Optional.of(new FileRead<>(Lazy.of(() -> {
                try {
                    CacheInput in = hit.get().open();
                    ModelCodec.readFindings(in);
                    return spec.read().apply(in);
                } catch (RuntimeException e) {
                    // The file was whole when the index was read (its checksum matched), so the entry's layout is
                    // wrong (such as a registry's table of entries): the file itself is the truth, and what it gives
                    // replaces the entry, so the next open reads a sound one.
                    LOG.warn("cannot read the cache entry of {}; reading the file", shown, e);
                    T value = readCatalogFile(new Context(root, index), spec, required).value().get();
                    index.flushKeepingOthers(Set.of());
                    return value;
                }
            }), findings));
        } catch (RuntimeException e) {
            LOG.debug("ignoring the cache entry of {}", shown, e);
            return Optional.empty();
        }
    }

    /** Reads and parses a catalog file, storing what it gave in the cache. Thread-safe. */
    private static <T> FileRead<Lazy<T>> readCatalogFile(Context ctx, CatalogFile<T> spec, boolean required) {
        Path file = ctx.root.resolve("_catalog").resolve(spec.name());
        String shown = "_catalog/" + spec.name();
        ctx.readFiles = true;
        if (!required && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new FileRead<>(Lazy.done(spec.absent()), List.of());
        }
        Optional<FileStat> stat = FileStat.of(file);
        byte[] bytes;
        try {
            bytes = YamlFiles.readBytes(ctx.root, file, shown);
        } catch (FindingException e) {
            return new FileRead<>(Lazy.done(spec.absent()), List.of(e.finding()));
        }
        List<Finding> findings = new ArrayList<>();
        T value;
        try {
            value = spec.parse().apply(YamlFiles.parse(YamlFiles.decodeUtf8(bytes, shown), shown, spec.model()), findings);
        } catch (FindingException e) {
            findings.add(e.finding());
            value = spec.absent();
        }
        findings = FindingCap.cap(findings);
        if (stat.isPresent() && ctx.index.enabled()) {
            CacheOutput out = CacheOutput.create();
            ModelCodec.writeFindings(out, findings);
            spec.write().accept(out, value);
            ctx.index.store(shown, FileStamp.of(shown, stat.get(), bytes), out);
        }
        return new FileRead<>(Lazy.done(value), List.copyOf(findings));
    }

    static final String RECOMMEND_FILE = "recommend.yaml";

    /**
     * The findings of {@code _catalog/recommend.yaml}, which only {@code recommend} reads for its values (with a
     * cache of its own), but which is checked at opening like the other catalog files: its errors are among the
     * library's findings, so that {@code validate} and {@code browse --findings} report them, while only
     * {@code recommend}, which reads the file, stops on them with exit 3 (docs/recommend.md, "Configuration");
     * a command that does not use it runs. Read as every catalog file is
     * (size limit, symbolic links, UTF-8, YAML syntax, with the same messages), then checked as {@code recommend}
     * reads it ({@link RecommendConfigCheck}). The findings are kept in the cache while the file is unchanged; a
     * file with only comments is no error (every default applies).
     */
    private static FileRead<Void> recommendFile(Context ctx) {
        Path file = ctx.root.resolve("_catalog").resolve(RECOMMEND_FILE);
        String shown = "_catalog/" + RECOMMEND_FILE;
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new FileRead<>(null, List.of());
        }
        Optional<CacheIndex.Payload> hit = ctx.index.lookupPayload(shown, new LibraryCache.NamedFile(shown, file));
        if (hit.isPresent()) {
            try {
                return new FileRead<>(null, ModelCodec.readFindings(hit.get().open()));
            } catch (RuntimeException e) {
                LOG.debug("ignoring the cache entry of {}", shown, e);
            }
        }
        ctx.readFiles = true;
        Optional<FileStat> stat = FileStat.of(file);
        byte[] bytes;
        try {
            bytes = YamlFiles.readBytes(ctx.root, file, shown);
        } catch (FindingException e) {
            return new FileRead<>(null, List.of(e.finding()));
        }
        List<Finding> findings;
        try {
            String text = YamlFiles.decodeUtf8(bytes, shown);
            YamlFiles.parse(text, shown); // the syntax errors every catalog file reports, in the same words
            findings = RecommendConfigCheck.check(text);
        } catch (FindingException e) {
            findings = e.finding().ruleId().equals("file-empty") ? List.of() : List.of(e.finding());
        }
        if (stat.isPresent() && ctx.index.enabled()) {
            CacheOutput out = CacheOutput.create();
            ModelCodec.writeFindings(out, findings);
            ctx.index.store(shown, FileStamp.of(shown, stat.get(), bytes), out);
        }
        return new FileRead<>(null, findings);
    }

    /** Adds a catalog file's findings; a file with errors is untrusted, so rules that depend on it are skipped. */
    private static <T> T add(Context ctx, String name, FileRead<T> read) {
        ctx.findings.addAll(read.findings());
        if (read.findings().stream().anyMatch(Finding::isError)) {
            ctx.untrusted.add(name);
        }
        return read.value();
    }

    /** The key of the cache entry that holds the results of the rules across files. */
    private static final String RULES = "@rules";

    /**
     * The findings of the rules across files as they were last checked, if nothing they depend on changed:
     * every catalog and metadata file is unchanged (so none was read), the folders under the categories and
     * the modules are the same, and every example folder the rules looked for is still there, or still not.
     */
    private static Optional<List<Finding>> unchangedRules(Context ctx, List<Seed> seeds) {
        if (!ctx.index.enabled() || ctx.readFiles || seeds.stream().anyMatch(s -> !s.cached())) {
            return Optional.empty();
        }
        Optional<CacheInput> entry = ctx.index.lookupDerived(RULES);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try {
            CacheInput in = entry.get();
            if (in.readLong() != folderSetHash(ctx.folders) || in.readLong() != seedPathsHash(seeds)) {
                return Optional.empty();
            }
            int n = in.readCount();
            for (int i = 0; i < n; i++) {
                String example = in.readString();
                if (in.readBoolean() != Files.isDirectory(ctx.root.resolve(example))) {
                    return Optional.empty();
                }
            }
            return Optional.of(ModelCodec.readFindings(in));
        } catch (RuntimeException e) {
            LOG.debug("ignoring the cached results of the rules", e);
            return Optional.empty();
        }
    }

    /**
     * A 64-bit hash of the names of the module folders, whatever their order: an unchanged open compares it
     * instead of decoding and comparing 10,000 names (a sixth of its time).
     */
    private static long folderSetHash(Set<String> folders) {
        long sum = 0;
        for (String f : folders) {
            sum += mix(fnv(f));
        }
        return mix(sum ^ folders.size());
    }

    /** A 64-bit hash of the modules' paths in order. */
    private static long seedPathsHash(List<Seed> seeds) {
        long h = seeds.size();
        for (Seed s : seeds) {
            h = mix(h ^ fnv(s.path()));
        }
        return h;
    }

    /** FNV-1a over a string's characters, 64 bits. */
    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** A 64-bit finaliser (SplitMix64's), so that sums and chains of hashes do not cancel out. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static void storeRules(Context ctx, List<Seed> seeds, List<Finding> rules) {
        if (!ctx.index.enabled()) {
            return;
        }
        CacheOutput out = CacheOutput.create();
        out.writeLong(folderSetHash(ctx.folders));
        out.writeLong(seedPathsHash(seeds));
        out.writeVarInt(ctx.examples.size());
        ctx.examples.forEach((example, exists) -> out.writeString(example).writeBoolean(exists));
        ModelCodec.writeFindings(out, rules);
        ctx.index.storeDerived(RULES, out);
    }

    /** Reads a registry together with where its entries are; used by the registry writer. */
    static CatalogReader.RegistryRead readRegistry(Path root, List<Finding> findings) {
        Path file = root.resolve("_catalog").resolve(REGISTRY_FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new CatalogReader.RegistryRead(ModuleRegistry.empty(), Map.of(), Map.of());
        }
        try {
            return CatalogReader.registry(YamlFiles.read(root, file, "_catalog/" + REGISTRY_FILE), findings);
        } catch (FindingException e) {
            findings.add(e.finding());
            return new CatalogReader.RegistryRead(ModuleRegistry.empty(), Map.of(), Map.of());
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    static String display(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * The findings with every path below the library root named relative to it, in their files, messages and
     * hints, whichever check wrote them (an I/O exception's text names the absolute path, for one).
     *
     * @param real  the library's real root
     * @param given the root as it was given, which may differ from the real one through a link
     */
    static List<Finding> relativePaths(Path real, Path given, List<Finding> findings) {
        Path other = given.toAbsolutePath().normalize();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            out.add(relativePaths(real, other, f));
        }
        return out;
    }

    private static Finding relativePaths(Path real, Path given, Finding f) {
        String file = PathsInText.relative(real, given, f.location().file());
        String message = PathsInText.relative(real, given, f.message());
        Optional<String> hint = f.hint().map(h -> PathsInText.relative(real, given, h));
        if (file.equals(f.location().file()) && message.equals(f.message()) && hint.equals(f.hint())) {
            return f;
        }
        SourceLocation at = new SourceLocation(file, f.location().line(), f.location().column());
        return new Finding(f.severity(), f.ruleId(), at, message, hint, f.module());
    }

    /**
     * A path as finding messages name it: relative to the library root, even when it is outside the root
     * ({@code ../outside/file.tf}); {@code .} for the root itself.
     */
    static String fromRoot(Path root, Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        if (!absolute.getRoot().equals(root.getRoot())) {
            return absolute.toString(); // another drive: no relative path leads there
        }
        String shown = display(root, absolute);
        return shown.isEmpty() ? "." : shown;
    }

    /**
     * A folder found by {@link #folders}: its stat when it is a plain folder (not reached through a link), for
     * facts cached by the folder's modification time.
     */
    private record Folder(Path path, String name, Optional<FileStat> stat) {
    }

    /**
     * Lists the entries of a folder that are folders, refusing links that leave the root. Folders whose name
     * starts with '.' are skipped; with {@code warnHidden}, one that holds a module (or module folders) is
     * reported, because a module there would otherwise vanish without a word.
     */
    private static List<Folder> folders(Path root, Path dir, List<Finding> findings, boolean warnHidden) {
        List<Folder> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    continue; // gone since it was listed
                }
                Optional<FileStat> stat = Optional.of(FileStat.of(p, a));
                if (a.isSymbolicLink()) {
                    if (!insideRoot(root, p, findings)) {
                        continue;
                    }
                    if (!Files.isDirectory(p)) {
                        warnIfStrayFile(root, p, findings, warnHidden);
                        continue;
                    }
                    stat = Optional.empty();
                } else if (!a.isDirectory()) {
                    warnIfStrayFile(root, p, findings, warnHidden);
                    continue;
                }
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    if (warnHidden) {
                        warnIfHiddenModule(root, p, findings);
                    }
                    continue;
                }
                out.add(new Folder(p, name, stat));
            }
        } catch (IOException e) {
            findings.add(Finding.error("file-unreadable", SourceLocation.of(display(root, dir)),
                    "cannot be listed: " + e, "check the folder's permissions"));
        }
        // Not Comparator.comparing: a serializable lambda, made at run time (see DefaultLibrary.ORDER).
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    /** A hidden folder that holds a module, or folders that do, is skipped, but not without a word. */
    private static List<Path> paths(List<Folder> folders) {
        return folders.stream().map(Folder::path).toList();
    }

    private static void warnIfHiddenModule(Path root, Path hidden, List<Finding> findings) {
        String what = null;
        if (looksLikeModule(hidden)) {
            what = "holds a module";
        } else {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(hidden)) {
                for (Path p : entries) {
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && looksLikeModule(p)) {
                        what = "holds module folders";
                        break;
                    }
                }
            } catch (IOException e) {
                return; // nothing to say about a folder that cannot be read and is skipped anyway
            }
        }
        if (what != null) {
            String name = hidden.getFileName().toString();
            findings.add(Finding.warning("hidden-folder", anchor(root, hidden), "folder " + display(root, hidden)
                    + " " + what + ", but its name starts with '.', so Alexandria skips it",
                    "rename it to " + name.replaceFirst("^\\.+", "") + " to include it, or move it out of _library"));
        }
    }

    /**
     * A file in a layer or category folder (where only folders count) is skipped, but not without a word: it was
     * probably meant to be a module folder, or to be inside one. Hidden files ({@code .gitkeep}) and READMEs are
     * expected there and pass quietly.
     */
    private static void warnIfStrayFile(Path root, Path file, List<Finding> findings, boolean inLayerOrCategory) {
        String name = file.getFileName().toString();
        if (!inLayerOrCategory || name.startsWith(".") || name.toLowerCase(Locale.ROOT).startsWith("readme")) {
            return;
        }
        String shown = display(root, file);
        String where = file.getParent().getParent().equals(root.resolve("_library")) ? "layer" : "category";
        findings.add(Finding.warning("stray-file", SourceLocation.of(shown), "file " + shown + " is in a " + where
                        + " folder, which holds only folders, so Alexandria skips it",
                "move it into the module folder it belongs to, or out of _library"));
    }

    private static boolean looksLikeModule(Path dir) {
        return Files.exists(dir.resolve(METADATA_FILE), LinkOption.NOFOLLOW_LINKS) || hasTerraform(dir);
    }

    static boolean insideRoot(Path root, Path link, List<Finding> findings) {
        try {
            Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
            Path real;
            try {
                real = link.toRealPath();
            } catch (IOException e) {
                Optional<List<Path>> loop = SymbolicLinks.loop(link);
                if (loop.isPresent()) {
                    findings.add(Finding.error("symlink-loop", SourceLocation.of(display(root, link)),
                            "is a symbolic link that loops and never reaches a file or folder: "
                                    + SymbolicLinks.describe(root, loop.get()),
                            "point the link at the folder or file it stands for, or remove it"));
                    return false;
                }
                findings.add(Finding.error("symlink-broken", SourceLocation.of(display(root, link)),
                        "is a symbolic link to " + fromRoot(root, target) + ", which does not exist",
                        "fix or remove the link"));
                return false;
            }
            if (!real.startsWith(root)) {
                findings.add(Finding.error("symlink-outside-root", SourceLocation.of(display(root, link)),
                        "is a symbolic link to " + fromRoot(root, real) + ", which is outside the library root",
                        "replace the link with the folder or file itself"));
                return false;
            }
            return true;
        } catch (IOException e) {
            findings.add(Finding.error("file-unreadable", SourceLocation.of(display(root, link)),
                    "cannot be read: " + e, "check the link"));
            return false;
        }
    }

    /** Finds the module folders and reads each one's metadata, in parallel. */
    private static List<FolderRead> scanFolders(Context ctx, Taxonomy taxonomy) {
        Path root = ctx.root;
        List<Finding> findings = ctx.findings;
        Path library = root.resolve("_library");
        List<ModuleFolder> moduleFolders = new ArrayList<>();
        boolean categoriesTrusted = ctx.trusts(CATEGORIES_FILE);
        for (Path layerDir : paths(folders(root, library, findings, false))) {
            String layerName = layerDir.getFileName().toString();
            Optional<Layer> layer = Layer.fromId(layerName);
            if (layer.isEmpty()) {
                findings.add(Finding.error("unknown-layer", anchor(root, layerDir),
                        "folder '" + layerName + "' is not a layer", "use one of foundations, compute, data, "
                                + "integration, observability, security, patterns"));
                continue;
            }
            for (Path categoryDir : paths(folders(root, layerDir, findings, true))) {
                String sub = categoryDir.getFileName().toString();
                Category category;
                try {
                    category = new Category(layer.get(), sub);
                } catch (IllegalArgumentException e) {
                    findings.add(Finding.error("invalid-category", anchor(root, categoryDir),
                            e.getMessage(), "rename the folder to lower-case kebab-case"));
                    continue;
                }
                if (categoriesTrusted && !taxonomy.isDeclared(category)) {
                    findings.add(Finding.error("category-undeclared", anchor(root, categoryDir),
                            "category '" + category + "' is not declared in _catalog/categories.yaml",
                            "declare it under layer " + layer.get() + " or move the modules to a declared category"));
                }
                for (Folder moduleDir : folders(root, categoryDir, findings, true)) {
                    String name = moduleDir.name();
                    ctx.folders.add(name);
                    moduleFolders.add(new ModuleFolder(moduleDir.path(), layerName + "/" + sub + "/" + name,
                            moduleDir.stat(), layer.get(), category));
                }
            }
        }
        // Each folder's result depends only on its own files; toList() keeps the order, so it is deterministic.
        // A small library is read on this thread: starting the parallel workers would cost more than it saves.
        return (moduleFolders.size() >= PARALLEL_FROM ? moduleFolders.parallelStream() : moduleFolders.stream())
                .map(f -> readModule(ctx, f)).toList();
    }

    /**
     * The modules of the folders that could be read. Their metadata and registry entries are read on first use
     * when they come from the cache; layer, category and id come from the path (which the metadata must agree
     * with).
     */
    private static List<CatalogModule> modules(List<Seed> seeds, Lazy<Registered> registered,
                                               CatalogSettings settings, LibraryCache cache, Path root,
                                               CacheIndex index) {
        ModuleHcl hcl = new ModuleHcl(root, Set.copyOf(settings.inspect().boilerplateFiles()), cache, index);
        List<CatalogModule> modules = new ArrayList<>(seeds.size());
        for (Seed s : seeds) {
            modules.add(new CatalogModule(s.id(), s.path(), s.dir(), s.layer(), s.category(),
                    Lazy.of(() -> s.read().get().metadata().orElseThrow()),
                    Lazy.of(() -> registered.get().entry(s.id())),
                    Lazy.of(() -> s.read().get().at("/complexity")), s.inspectable(), hcl, s.folderStat(),
                    s.folderEntry()));
        }
        modules.sort(DefaultLibrary.ORDER); // the rules report in this order, e.g. where a cycle starts
        return modules;
    }

    private static FolderRead readModule(Context ctx, ModuleFolder folder) {
        Path dir = folder.dir();
        List<Finding> findings = new ArrayList<>();
        String name = dir.getFileName().toString();
        String shown = "_library/" + folder.path();
        Path metadataFile = dir.resolve(METADATA_FILE);
        Optional<FileStat> metadataStat = FileStat.of(metadataFile);
        boolean hasMetadata = metadataStat.isPresent() || Files.exists(metadataFile, LinkOption.NOFOLLOW_LINKS);
        if (!hasMetadata && !hasTerraform(dir)) {
            findings.add(Finding.warning("not-a-module", anchor(ctx.root, dir), "folder " + shown
                    + " is neither a module (no .alexandria.yaml, no *.tf) nor a known folder",
                    "remove it or add the module's files"));
            return new FolderRead(folder.path(), findings, Optional.empty());
        }
        ModuleId id;
        try {
            id = ModuleId.of(name);
        } catch (IllegalArgumentException e) {
            findings.add(Finding.error("invalid-module-id", anchor(ctx.root, dir), e.getMessage(),
                    "rename the folder to a valid id" + kebabCase(name).filter(k -> !ctx.folders.contains(k))
                            .map(k -> " such as " + k).orElse(" (lower-case letters, digits and single hyphens)")));
            return new FolderRead(folder.path(), findings, Optional.empty());
        }
        String file = shown + "/" + METADATA_FILE;
        if (!hasMetadata) {
            findings.add(Finding.error("metadata-missing", SourceLocation.of(file),
                    "is missing", "add the module's metadata (see docs/library-format.md)"));
            return new FolderRead(folder.path(), findings, Optional.empty());
        }
        Optional<CacheIndex.Payload> hit = ctx.index.lookupPayload(file, new LibraryCache.NamedFile(file,
                metadataFile, metadataStat));
        if (hit.isPresent()) {
            try {
                Head head = MetadataRead.readHead(hit.get().open());
                findings.addAll(head.findings());
                if (!head.present()) {
                    return new FolderRead(folder.path(), findings, Optional.empty());
                }
                Path root = ctx.root;
                Lazy<MetadataRead> read = Lazy.of(() -> {
                    try {
                        return MetadataRead.read(hit.get().open(), file);
                    } catch (RuntimeException e) {
                        // The index was whole when it was read, so this is a bug; the file itself is the truth.
                        LOG.warn("cannot read the cache entry of {}; reading the file", file, e);
                        return readMetadata(new Context(root, LibraryCache.disabled().index()), metadataFile, file,
                                name, folder, new ArrayList<>()).filter(r -> r.metadata().isPresent())
                                .orElseThrow(() -> new CatalogException(SourceLocation.of(file), "changed while "
                                        + "the library was open and cannot be read now; open the library again"));
                    }
                });
                Links links = hclLinksStayInside(ctx, folder, findings);
                return new FolderRead(folder.path(), findings, Optional.of(new Seed(id, folder.path(), dir,
                        folder.layer(), folder.category(), read, true, links.inside(), folder.stat(),
                        links.folderEntry())));
            } catch (RuntimeException e) {
                LOG.debug("ignoring the cache entry of {}", file, e);
            }
        }
        Optional<MetadataRead> read = readMetadata(ctx, metadataFile, file, name, folder, findings);
        if (read.isEmpty()) {
            return new FolderRead(folder.path(), findings, Optional.empty());
        }
        findings.addAll(read.get().findings());
        if (read.get().metadata().isEmpty()) {
            return new FolderRead(folder.path(), findings, Optional.empty());
        }
        ModuleMetadata metadata = read.get().metadata().get();
        Links links = hclLinksStayInside(ctx, folder, findings);
        return new FolderRead(folder.path(), findings, Optional.of(new Seed(metadata.id(), folder.path(), dir, folder.layer(),
                folder.category(), Lazy.done(read.get()), false, links.inside(), folder.stat(), links.folderEntry())));
    }

    /** Reads a module's metadata file and stores what it gave in the cache; empty if it cannot be read. */
    private static Optional<MetadataRead> readMetadata(Context ctx, Path metadataFile, String file, String name,
                                                       ModuleFolder folder, List<Finding> findings) {
        ctx.readFiles = true;
        Optional<FileStat> stat = FileStat.of(metadataFile);
        byte[] bytes;
        try {
            bytes = YamlFiles.readBytes(ctx.root, metadataFile, file);
        } catch (FindingException e) {
            findings.add(e.finding());
            return Optional.empty();
        }
        List<Finding> own = new ArrayList<>();
        Optional<ModuleMetadata> metadata = Optional.empty();
        Map<String, SourceLocation> locations = new HashMap<>();
        try {
            YamlDocument doc = YamlFiles.parse(YamlFiles.decodeUtf8(bytes, file), file, YamlModel.MetadataYaml.class);
            metadata = CatalogReader.metadata(doc, own, name, folder.layer(), folder.category());
            metadata.ifPresent(md -> locations.putAll(ruleLocations(doc, md)));
        } catch (FindingException e) {
            own.add(e.finding());
        }
        MetadataRead read = new MetadataRead(metadata, List.copyOf(FindingCap.cap(own)), locations, file);
        if (stat.isPresent() && ctx.index.enabled()) {
            CacheOutput out = CacheOutput.create();
            read.write(out);
            ctx.index.store(file, FileStamp.of(file, stat.get(), bytes), out);
        }
        return Optional.of(read);
    }

    /** Where the values that rules across modules check are, so they can be reported from the cache too. */
    private static Map<String, SourceLocation> ruleLocations(YamlDocument doc, ModuleMetadata md) {
        Map<String, SourceLocation> at = new HashMap<>();
        for (String p : List.of("/requires", "/deprecation/replacement", "/examples", "/complexity")) {
            at.put(p, doc.locate(p));
        }
        for (int i = 0; i < md.requires().size(); i++) {
            at.put("/requires/" + i + "/module", doc.locate("/requires/" + i + "/module"));
        }
        for (int i = 0; i < md.tags().size(); i++) {
            at.put("/tags/" + i, doc.locate("/tags/" + i));
        }
        return at;
    }

    /**
     * The HCL reader follows links; as for every file of the library, a {@code *.tf}/{@code *.tf.json} link
     * must stay inside the root. Reports every link that leaves it. A folder found without any such link is
     * remembered by its stat, which changes whenever an entry is added, removed or replaced, so an unchanged
     * folder is not listed again; the payload of that entry is returned with the answer.
     */
    private static Links hclLinksStayInside(Context ctx, ModuleFolder folder, List<Finding> findings) {
        Path root = ctx.root;
        Path dir = folder.dir();
        String key = folderKey(folder.path());
        if (folder.stat().isPresent()) {
            Optional<CacheIndex.Payload> entry = ctx.index.lookupFolder(key, folder.stat().get());
            if (entry.isPresent()) {
                return new Links(true, entry);
            }
        }
        boolean inside = true;
        boolean links = false;
        // A filter on the name, not a glob: a glob compiles a regular expression on every call, once per module.
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, LibraryLoader::isHclFileName)) {
            for (Path f : files) {
                if (!Files.isSymbolicLink(f)) {
                    continue;
                }
                links = true;
                Path real;
                try {
                    real = f.toRealPath();
                } catch (IOException e) {
                    continue; // a broken link: the reader reports the file as unreadable
                }
                if (!real.startsWith(root)) {
                    findings.add(Finding.error("symlink-outside-root", SourceLocation.of(display(root, f)),
                            "is a symbolic link to " + fromRoot(root, real) + ", which is outside the library root",
                            "replace the link with a copy of the file inside the library"));
                    inside = false;
                }
            }
        } catch (IOException e) {
            return new Links(true, Optional.empty()); // the reader reports the folder as unreadable
        }
        if (!links && folder.stat().isPresent() && ctx.index.enabled()) {
            ctx.index.storeFolder(key, folder.stat().get());
        }
        return new Links(inside, Optional.empty());
    }

    /** The key of a module folder's entry in the cache index, from its path below {@code _library}. */
    static String folderKey(String path) {
        return "_library/" + path + "/";
    }

    /** Whether a folder entry is named like an HCL file of a module ({@code *.tf} or {@code *.tf.json}). */
    private static boolean isHclFileName(Path entry) {
        String name = entry.getFileName().toString();
        return name.endsWith(".tf") || name.endsWith(".tf.json");
    }

    /**
     * Where a finding about a folder is anchored, since a finding names a file and a line (code-scanning upload
     * refuses a result without one): line 1 of the folder's first {@code .alexandria.yaml} (its own, else the first
     * of a module folder inside it), else of its first Terraform file, else of its first file, in path order,
     * three levels deep at most; the folder itself only when it holds no file at all.
     */
    static SourceLocation anchor(Path root, Path dir) {
        List<Path> files;
        try (var walk = Files.walk(dir, 3)) {
            files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing((Path p) -> p.getNameCount()).thenComparing(Path::toString)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return SourceLocation.of(display(root, dir));
        }
        Optional<Path> chosen = files.stream().filter(p -> p.getFileName().toString().equals(METADATA_FILE))
                .findFirst()
                .or(() -> files.stream().filter(p -> ModuleInspector.isConfigFile(p.getFileName().toString()))
                        .findFirst())
                .or(() -> files.stream().findFirst());
        return chosen.map(p -> SourceLocation.of(display(root, p), 1, 1))
                .orElseGet(() -> SourceLocation.of(display(root, dir)));
    }

    /** A folder name in kebab-case ({@code Efs_Copy} → {@code efs-copy}), if that is a valid module id. */
    static Optional<String> kebabCase(String name) {
        String k = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        try {
            return Optional.of(ModuleId.of(k).value());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean hasTerraform(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (ModuleInspector.isConfigFile(f.getFileName().toString())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs the rules across the metadata and catalog files ({@link CatalogValidator}); returns what they found.
     * Records each example folder they looked for, so a cached open knows when to check again.
     */
    private static List<Finding> checkAcrossModules(Context ctx, List<CatalogModule> modules, Catalog catalog) {
        boolean tagsTrusted = ctx.trusts(TAGS_FILE);
        List<String> ids = modules.stream().map(m -> m.id().value()).distinct().toList();
        List<Finding> findings = CatalogValidator.checkLibrary(modules, catalog, new CatalogValidator.Opened() {
            @Override
            public SourceLocation at(LibraryModule module, String pointer) {
                return ctx.at(module, pointer);
            }

            @Override
            public SourceLocation registryAt(ModuleId id) {
                return ctx.registryAt(id);
            }

            @Override
            public boolean folderExists(ModuleId id) {
                return ctx.folders.contains(id.value());
            }

            @Override
            public boolean tagsTrusted() {
                return tagsTrusted;
            }

            @Override
            public boolean exampleExists(LibraryModule module, String example) {
                boolean exists = Files.isDirectory(module.directory().resolve("examples").resolve(example));
                ctx.examples.put("_library/" + module.path() + "/examples/" + example, exists);
                return exists;
            }

            @Override
            public Optional<String> closestModule(String id) {
                return Suggestions.closest(id, ids);
            }
        });
        LOG.debug("checked {} modules under {}", modules.size(), ctx.root);
        return findings;
    }

    /**
     * Where each module's {@code requires} entries are, for the graph's findings (the layer rule, cycles and
     * version conflicts are checked by the graph, which does not read files). Computed on the graph's first
     * use: an open from the cache has not read the metadata files whose lines these are.
     */
    private static Map<ModuleId, List<SourceLocation>> requirementLocations(List<? extends LibraryModule> modules,
                                                                           List<Seed> seeds) {
        Map<ModuleId, Seed> seedOf = new HashMap<>();
        seeds.forEach(s -> seedOf.putIfAbsent(s.id(), s));
        Map<ModuleId, List<SourceLocation>> out = new HashMap<>();
        for (LibraryModule m : modules) {
            int n = m.metadata().requires().size();
            if (n == 0 || out.containsKey(m.id())) {
                continue;
            }
            Seed seed = seedOf.get(m.id());
            MetadataRead read = seed == null ? null : seed.read().get();
            List<SourceLocation> at = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                at.add(read == null ? SourceLocation.of(metadataPath(m)) : read.at("/requires/" + i + "/module"));
            }
            out.put(m.id(), List.copyOf(at));
        }
        return out;
    }

    static String metadataPath(LibraryModule m) {
        return "_library/" + m.path() + "/" + METADATA_FILE;
    }
}
