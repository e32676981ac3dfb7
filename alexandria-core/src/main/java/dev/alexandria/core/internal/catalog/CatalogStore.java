package dev.alexandria.core.internal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.LockException;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.core.internal.versioning.CatalogWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the catalog files of one library. Every write takes the catalog lock, re-reads the file,
 * applies the change and replaces the file atomically, so concurrent writers, in threads or processes, never
 * lose each other's updates. The registry is written with a minimal diff: untouched entries keep their text.
 *
 * <pre>{@code
 * CatalogStore store = CatalogStore.of(root);
 * store.update(registry -> registry.with(entry.withVersion(v)));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CatalogStore implements CatalogWriter {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogStore.class);

    /** How long a writer waits for the lock by default. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(30);

    static final String REGISTRY = "_catalog/module-registry.yaml";

    private final Path root;
    private final Duration lockTimeout;

    private CatalogStore(Path root, Duration lockTimeout) {
        this.root = root;
        this.lockTimeout = lockTimeout;
    }

    /**
     * A store for the library at a root, waiting {@link #DEFAULT_LOCK_TIMEOUT} for the lock.
     *
     * @param root the library root
     * @return the store
     */
    public static CatalogStore of(Path root) {
        return of(root, DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * A store for the library at a root.
     *
     * @param root        the library root
     * @param lockTimeout how long a writer waits for the lock
     * @return the store
     */
    public static CatalogStore of(Path root, Duration lockTimeout) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
        }
        return new CatalogStore(LibraryLoader.realRoot(root), lockTimeout);
    }

    /**
     * A store for a folder that may not be a library yet (no {@code _library/} or {@code _catalog/}), for a
     * migration that creates one: reads find no catalog files, previews render new files, and writes need the
     * caller to create {@code _catalog/} first.
     *
     * @param root the folder that is or will be the library root; it must exist
     * @return the store, waiting {@link #DEFAULT_LOCK_TIMEOUT} for the lock
     * @throws dev.alexandria.api.CatalogException if the folder does not exist
     */
    public static CatalogStore forNewLibrary(Path root) {
        Objects.requireNonNull(root, "root");
        Path abs = root.toAbsolutePath().normalize();
        try {
            return new CatalogStore(abs.toRealPath(), DEFAULT_LOCK_TIMEOUT);
        } catch (java.io.IOException e) {
            throw new dev.alexandria.api.CatalogException(null, abs + " does not exist or cannot be read: "
                    + e.getMessage(), e);
        }
    }

    /** @return the library root */
    public Path root() {
        return root;
    }

    /** @return the lock file */
    public Path lockFile() {
        return root.resolve("_catalog").resolve(CatalogLock.FILE_NAME);
    }

    /**
     * Reads the registry.
     *
     * @return the registry; empty when the file does not exist
     * @throws CatalogValidationException if the file has errors
     */
    @Override
    public ModuleRegistry readRegistry() {
        return loadRegistry().registry();
    }

    /**
     * Applies a change to the registry under the lock: lock, re-read, apply, write (only if it changed).
     *
     * @param change the change; gets the current registry, returns the new one
     * @return the registry as written
     * @throws LockException              if the lock is not free within the timeout
     * @throws CatalogValidationException if the registry on disk has errors
     */
    public ModuleRegistry update(UnaryOperator<ModuleRegistry> change) {
        Objects.requireNonNull(change, "change");
        return locked(() -> {
            Loaded current = loadRegistry();
            ModuleRegistry next = Objects.requireNonNull(change.apply(current.registry()), "change returned null");
            if (!next.equals(current.registry())) {
                String text = renderChecked(current, next);
                AtomicFiles.write(registryFile(), text, REGISTRY);
                LOG.debug("wrote {} with {} entries", REGISTRY, next.entries().size());
            }
            return next;
        });
    }

    /**
     * Writes a whole registry under the lock (with a minimal diff against the file on disk).
     *
     * @param registry the registry to write
     */
    public void writeRegistry(ModuleRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        update(current -> registry);
    }

    /**
     * Renders a registry the way {@link #update} would write it over the current file; for dry runs.
     *
     * @param registry the registry to write
     * @return the file's new text
     */
    public String preview(ModuleRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return render(loadRegistry(), registry);
    }

    /**
     * Renders a module's {@code .alexandria.yaml} the way {@link #writeMetadata} would write it, checked to
     * read back as the metadata given; for plans that write several files at once.
     *
     * @param modulePath the module's path below {@code _library}
     * @param metadata   the metadata
     * @return the file's new text
     */
    @Override
    public String previewMetadata(String modulePath, ModuleMetadata metadata) {
        Objects.requireNonNull(modulePath, "modulePath");
        Objects.requireNonNull(metadata, "metadata");
        Path dir = moduleDir(modulePath);
        String display = "_library/" + modulePath + "/" + LibraryLoader.METADATA_FILE;
        return metadataText(dir.resolve(LibraryLoader.METADATA_FILE), display, metadata);
    }

    /**
     * Renders the registry as {@link #update} would write it over the current file, checked to read back as
     * the registry given; for plans that write several files at once.
     *
     * @param registry the registry to write
     * @return the file's new text
     */
    @Override
    public String previewRegistry(ModuleRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return renderChecked(loadRegistry(), registry);
    }

    /**
     * The registry's new text, checked to read back as {@code next}: the minimal-diff splice, else — should the
     * splice not read back (a layout it cannot keep) — the whole file, keeping the leading comment lines.
     */
    private static String renderChecked(Loaded current, ModuleRegistry next) {
        BiFunction<YamlDocument, List<Finding>, ModuleRegistry> reader = (doc, findings) ->
                CatalogReader.registry(doc, findings).registry();
        String text = render(current, next);
        try {
            checkReadsBack(REGISTRY, text, next, reader);
            return text;
        } catch (IllegalStateException e) {
            if (current.doc().isEmpty()) {
                throw e;
            }
            LOG.debug("{}: the spliced rewrite does not read back ({}); writing the whole file", REGISTRY,
                    e.getMessage());
        }
        String whole = leadingComments(current.doc().get().text()) + YamlEmitter.registry(next);
        checkReadsBack(REGISTRY, whole, next, reader);
        return whole;
    }

    /**
     * Runs work under the catalog lock, for a change of several files that must not interleave with another
     * writer's. The work must not call this store's writing methods, which take the lock themselves; it writes
     * with {@link #replaceFile}.
     *
     * @param work the work
     * @param <T>  its result
     * @return what the work returned
     * @throws LockException if the lock is not free within the timeout
     */
    @Override
    public <T> T withLock(java.util.function.Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return locked(work);
    }

    /**
     * Replaces a file atomically: a temporary file in the same folder, flushed to disk and renamed over it.
     *
     * @param file    the file
     * @param text    its new text
     * @param display the file as messages name it
     * @throws dev.alexandria.api.CatalogException if it cannot be written; the message names the file
     */
    @Override
    public void replaceFile(Path file, String text, String display) {
        AtomicFiles.write(file, text, display);
    }

    /**
     * Writes a module's {@code .alexandria.yaml} atomically under the lock. The comment lines at the top of
     * the old file are kept; other comments are not.
     *
     * @param modulePath the module's path below {@code _library}
     * @param metadata   the metadata
     */
    public void writeMetadata(String modulePath, ModuleMetadata metadata) {
        Objects.requireNonNull(modulePath, "modulePath");
        Objects.requireNonNull(metadata, "metadata");
        Path dir = moduleDir(modulePath);
        String display = "_library/" + modulePath + "/" + LibraryLoader.METADATA_FILE;
        locked(() -> {
            Path file = dir.resolve(LibraryLoader.METADATA_FILE);
            AtomicFiles.write(file, metadataText(file, display, metadata), display);
            return null;
        });
    }

    /**
     * Reads a module's {@code .alexandria.yaml}, checked against the module's path as when the library is opened.
     *
     * @param modulePath the module's path below {@code _library} ({@code <layer>/<category>/<id>})
     * @return the metadata; empty when the module has no metadata file
     * @throws CatalogValidationException if the file has errors; they name the file and line
     * @throws IllegalArgumentException   if the path is not {@code <layer>/<category>/<id>} of a known layer
     */
    public Optional<ModuleMetadata> readMetadata(String modulePath) {
        Objects.requireNonNull(modulePath, "modulePath");
        String[] parts = modulePath.split("/");
        if (parts.length != 3 || dev.alexandria.api.model.Layer.fromId(parts[0]).isEmpty()) {
            throw new IllegalArgumentException("module path must be <layer>/<category>/<id>: " + modulePath);
        }
        dev.alexandria.api.model.Layer layer = dev.alexandria.api.model.Layer.fromId(parts[0]).orElseThrow();
        Path file = moduleDir(modulePath).resolve(LibraryLoader.METADATA_FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String display = "_library/" + modulePath + "/" + LibraryLoader.METADATA_FILE;
        List<Finding> findings = new ArrayList<>();
        Optional<ModuleMetadata> read;
        try {
            read = CatalogReader.metadata(YamlFiles.read(root, file, display), findings, parts[2], layer,
                    new dev.alexandria.api.model.Category(layer, parts[1]));
        } catch (FindingException e) {
            throw new CatalogValidationException(List.of(e.finding()));
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new CatalogValidationException(findings.stream().filter(Finding::isError).sorted().toList());
        }
        return read;
    }

    private Path moduleDir(String modulePath) {
        Path dir = root.resolve("_library").resolve(modulePath).normalize();
        if (!dir.startsWith(root.resolve("_library"))) {
            throw new IllegalArgumentException("module path leaves the library: " + modulePath);
        }
        return dir;
    }

    /**
     * The text of a metadata file, checked to read back: the old file with only the keys whose value changed
     * written fresh ({@link KeySplicer}: every other key keeps its text, style and comments), else — no old
     * file, or one whose layout cannot be spliced — the old file's leading comment lines, then the metadata.
     */
    private String metadataText(Path file, String display, ModuleMetadata metadata) {
        String old = null;
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                old = YamlFiles.readText(root, file, display);
            } catch (FindingException e) {
                old = null; // an unreadable old file is replaced; its comments cannot be kept
            }
        }
        return metadataText(Optional.ofNullable(old), display, metadata);
    }

    /**
     * The text of a metadata file over its old text, checked to read back.
     *
     * @param old      the old file's text, if there is one that can be read
     * @param display  the file as messages name it
     * @param metadata the metadata to write
     * @return the new text
     */
    static String metadataText(Optional<String> old, String display, ModuleMetadata metadata) {
        String whole = old.map(CatalogStore::leadingComments).orElse("") + YamlEmitter.metadata(metadata);
        BiFunction<YamlDocument, List<Finding>, Optional<ModuleMetadata>> reader = (doc, findings) ->
                CatalogReader.metadata(doc, findings, metadata.id().value(), metadata.layer(), metadata.category());
        if (old.isPresent()) {
            Optional<String> spliced = KeySplicer.merge(old.get(), whole, display,
                    YamlEmitter.UNORDERED_METADATA_LISTS);
            if (spliced.isPresent()) {
                try {
                    checkReadsBack(display, spliced.get(), Optional.of(metadata), reader);
                    return spliced.get();
                } catch (IllegalArgumentException | IllegalStateException e) {
                    LOG.debug("{}: the key-by-key rewrite does not read back ({}); writing the whole file", display,
                            e.getMessage());
                }
            }
        }
        checkReadsBack(display, whole, Optional.of(metadata), reader);
        return whole;
    }

    /**
     * Reads the text of a {@code categories.yaml} that is not (yet) a library's, such as a default taxonomy
     * shipped as a resource.
     *
     * @param text    the YAML text
     * @param display the file as messages name it
     * @return the taxonomy, checked
     * @throws CatalogValidationException if the text has errors
     */
    public static Taxonomy parseTaxonomy(String text, String display) {
        return parse(text, display, CatalogReader::taxonomy);
    }

    /**
     * Reads the text of a {@code tags.yaml} that is not (yet) a library's; see {@link #parseTaxonomy}.
     *
     * @param text    the YAML text
     * @param display the file as messages name it
     * @return the tags, checked
     * @throws CatalogValidationException if the text has errors
     */
    public static TagTaxonomy parseTags(String text, String display) {
        return parse(text, display, CatalogReader::tags);
    }

    private static <T> T parse(String text, String display, BiFunction<YamlDocument, List<Finding>, T> reader) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(display, "display");
        List<Finding> findings = new ArrayList<>();
        T value;
        try {
            value = reader.apply(YamlFiles.parse(text, display), findings);
        } catch (FindingException e) {
            throw new CatalogValidationException(List.of(e.finding()));
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new CatalogValidationException(findings.stream().filter(Finding::isError).sorted().toList());
        }
        return value;
    }

    /** @return {@code categories.yaml}, read and checked */
    public Taxonomy readTaxonomy() {
        return readCatalogFile(CATEGORIES, CatalogReader::taxonomy, null).value();
    }

    /** @return {@code tags.yaml}, read and checked; empty when there is no file */
    public TagTaxonomy readTags() {
        return readCatalogFile(TAGS, CatalogReader::tags, TagTaxonomy.empty()).value();
    }

    /** @return {@code maturity-levels.yaml}, read and checked; empty when there is no file */
    public MaturityModel readMaturityModel() {
        return readCatalogFile(LEVELS, CatalogReader::maturityModel,
                new MaturityModel(List.of(), List.of())).value();
    }

    /** @return {@code search-index.yaml}, read and checked; empty when there is no file */
    public SearchIndexConfig readSearchIndex() {
        return readCatalogFile(SEARCH, CatalogReader::searchIndex,
                SearchIndexConfig.empty()).value();
    }

    /** @return {@code settings.yaml}, read and checked; {@link CatalogSettings#defaults()} when there is no file */
    public CatalogSettings readSettings() {
        return readCatalogFile(SETTINGS, CatalogReader::settings, CatalogSettings.defaults()).value();
    }

    /**
     * Changes {@code settings.yaml} under the lock. The file is small and has no lists of entries, so a change
     * rewrites it whole (keeping its leading comment lines); an unchanged file is left untouched.
     *
     * @param change gets the current settings, returns the new ones
     * @return the settings as written
     */
    public CatalogSettings updateSettings(UnaryOperator<CatalogSettings> change) {
        Objects.requireNonNull(change, "change");
        return locked(() -> {
            Read<CatalogSettings> current = readCatalogFile(SETTINGS, CatalogReader::settings,
                    CatalogSettings.defaults());
            CatalogSettings next = Objects.requireNonNull(change.apply(current.value()), "change returned null");
            write(SETTINGS, current, next, YamlEmitter.settings(next), true, List.of(), CatalogReader::settings);
            return next;
        });
    }

    /**
     * Writes {@code settings.yaml}; see {@link #updateSettings}.
     *
     * @param settings the settings to write
     */
    public void writeSettings(CatalogSettings settings) {
        Objects.requireNonNull(settings, "settings");
        updateSettings(s -> settings);
    }

    /**
     * Changes {@code categories.yaml} under the lock with a minimal diff (untouched layers keep their text).
     *
     * @param change gets the current taxonomy, returns the new one
     * @return the taxonomy as written
     */
    public Taxonomy updateTaxonomy(UnaryOperator<Taxonomy> change) {
        Objects.requireNonNull(change, "change");
        return locked(() -> {
            Read<Taxonomy> current = readCatalogFile(CATEGORIES, CatalogReader::taxonomy,
                    null);
            Taxonomy next = Objects.requireNonNull(change.apply(current.value()), "change returned null");
            boolean scalarsChanged = current.value() == null || next.policy() != current.value().policy();
            write(CATEGORIES, current, next, YamlEmitter.taxonomy(next), scalarsChanged,
                    List.of(layersSection(current, next)), CatalogReader::taxonomy);
            return next;
        });
    }

    private static Section<Taxonomy.LayerDefinition> layersSection(Read<Taxonomy> current, Taxonomy next) {
        return new Section<>("layers", current.value() == null ? List.of() : current.value().layers(),
                next.layers(), Taxonomy.LayerDefinition::layer,
                n -> dev.alexandria.api.model.Layer.fromId(n.path("name").asText()).orElse(null),
                YamlEmitter::layer);
    }

    /**
     * Renders {@code categories.yaml} as {@link #updateTaxonomy} would write it over the current file (or as a
     * new file when there is none), checked to read back as the taxonomy given; for plans that write several
     * files at once (a migration creates or extends the catalog).
     *
     * @param next the taxonomy to write
     * @return the file's new text
     * @throws CatalogValidationException if the current file has errors
     */
    public String previewTaxonomy(Taxonomy next) {
        Objects.requireNonNull(next, "next");
        Read<Taxonomy> current = Files.exists(root.resolve("_catalog").resolve(CATEGORIES), LinkOption.NOFOLLOW_LINKS)
                ? readCatalogFile(CATEGORIES, CatalogReader::taxonomy, null) : new Read<>(null, Optional.empty());
        String text = current.doc().isPresent() && next.equals(current.value()) ? current.doc().get().text()
                : render(current.doc(), YamlEmitter.taxonomy(next), current.value() == null
                        || next.policy() != current.value().policy(), List.of(layersSection(current, next)),
                        CATEGORIES);
        checkReadsBack("_catalog/" + CATEGORIES, text, next, CatalogReader::taxonomy);
        return text;
    }

    /**
     * Renders {@code tags.yaml} as {@link #updateTags} would write it over the current file (or as a new file),
     * checked to read back as the tags given; for plans that write several files at once.
     *
     * @param next the tags to write
     * @return the file's new text
     * @throws CatalogValidationException if the current file has errors
     */
    public String previewTags(TagTaxonomy next) {
        Objects.requireNonNull(next, "next");
        Read<TagTaxonomy> current = readCatalogFile(TAGS, CatalogReader::tags, TagTaxonomy.empty());
        String text = current.doc().isPresent() && next.equals(current.value()) ? current.doc().get().text()
                : render(current.doc(), YamlEmitter.tags(next), false, List.of(tagsSection(current, next)), TAGS);
        checkReadsBack("_catalog/" + TAGS, text, next, CatalogReader::tags);
        return text;
    }

    private static Section<TagTaxonomy.TagDefinition> tagsSection(Read<TagTaxonomy> current, TagTaxonomy next) {
        return new Section<>("tags", current.value().tags(), next.tags(), TagTaxonomy.TagDefinition::name,
                n -> n.path("name").asText(), YamlEmitter::tag);
    }

    /**
     * Changes {@code tags.yaml} under the lock with a minimal diff (untouched tags keep their text).
     *
     * @param change gets the current tags, returns the new ones
     * @return the tags as written
     */
    public TagTaxonomy updateTags(UnaryOperator<TagTaxonomy> change) {
        Objects.requireNonNull(change, "change");
        return locked(() -> {
            Read<TagTaxonomy> current = readCatalogFile(TAGS, CatalogReader::tags,
                    TagTaxonomy.empty());
            TagTaxonomy next = Objects.requireNonNull(change.apply(current.value()), "change returned null");
            write(TAGS, current, next, YamlEmitter.tags(next), false, List.of(tagsSection(current, next)),
                    CatalogReader::tags);
            return next;
        });
    }

    /**
     * Changes {@code maturity-levels.yaml} under the lock with a minimal diff.
     *
     * @param change gets the current model, returns the new one
     * @return the model as written
     */
    public MaturityModel updateMaturityModel(UnaryOperator<MaturityModel> change) {
        Objects.requireNonNull(change, "change");
        return locked(() -> {
            Read<MaturityModel> current = readCatalogFile(LEVELS,
                    CatalogReader::maturityModel, new MaturityModel(List.of(), List.of()));
            MaturityModel next = Objects.requireNonNull(change.apply(current.value()), "change returned null");
            write(LEVELS, current, next, YamlEmitter.maturityModel(next), false, List.of(
                    new Section<>("levels", current.value().levels(), next.levels(),
                            MaturityModel.LevelDefinition::level,
                            n -> dev.alexandria.api.model.MaturityLevel.fromId(n.path("name").asText()).orElse(null),
                            YamlEmitter::level),
                    new Section<>("promotions", current.value().promotions(), next.promotions(),
                            p -> p.from().id() + "->" + p.to().id(),
                            n -> n.path("from").asText() + "->" + n.path("to").asText(), YamlEmitter::promotion)),
                    CatalogReader::maturityModel);
            return next;
        });
    }

    /**
     * Changes {@code search-index.yaml} under the lock with a minimal diff.
     *
     * @param change gets the current configuration, returns the new one
     * @return the configuration as written
     */
    public SearchIndexConfig updateSearchIndex(UnaryOperator<SearchIndexConfig> change) {
        Objects.requireNonNull(change, "change");
        return locked(() -> {
            Read<SearchIndexConfig> current = readCatalogFile(SEARCH,
                    CatalogReader::searchIndex, SearchIndexConfig.empty());
            SearchIndexConfig next = Objects.requireNonNull(change.apply(current.value()), "change returned null");
            write(SEARCH, current, next, YamlEmitter.searchIndex(next), false, List.of(new Section<>("indices",
                    current.value().indices(), next.indices(), SearchIndexConfig.SearchIndex::name,
                    n -> n.path("name").asText(), YamlEmitter::index)), CatalogReader::searchIndex);
            return next;
        });
    }

    /**
     * Writes {@code categories.yaml}; see {@link #updateTaxonomy}.
     *
     * @param taxonomy the taxonomy to write
     */
    public void writeTaxonomy(Taxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        updateTaxonomy(t -> taxonomy);
    }

    /**
     * Writes {@code tags.yaml}; see {@link #updateTags}.
     *
     * @param tags the tags to write
     */
    public void writeTags(TagTaxonomy tags) {
        Objects.requireNonNull(tags, "tags");
        updateTags(t -> tags);
    }

    /**
     * Writes {@code maturity-levels.yaml}; see {@link #updateMaturityModel}.
     *
     * @param model the model to write
     */
    public void writeMaturityModel(MaturityModel model) {
        Objects.requireNonNull(model, "model");
        updateMaturityModel(m -> model);
    }

    /**
     * Writes {@code search-index.yaml}; see {@link #updateSearchIndex}.
     *
     * @param config the configuration to write
     */
    public void writeSearchIndex(SearchIndexConfig config) {
        Objects.requireNonNull(config, "config");
        updateSearchIndex(c -> config);
    }

    private static final String CATEGORIES = "categories.yaml";
    private static final String TAGS = "tags.yaml";
    private static final String LEVELS = "maturity-levels.yaml";
    private static final String SEARCH = "search-index.yaml";
    private static final String SETTINGS = LibraryLoader.SETTINGS_FILE;

    /** A catalog file's value and its document, if the file exists. */
    private record Read<T>(T value, Optional<YamlDocument> doc) {
    }

    /** One top-level sequence of a file, for splicing. */
    private record Section<E>(String key, List<E> oldEntries, List<E> newEntries, Function<E, Object> identity,
                              Function<JsonNode, Object> nodeIdentity, BiFunction<E, Integer, String> emit) {

        /** The old entries in the order of the sequence's items, or empty if they cannot be matched. */
        Optional<List<E>> byIndex(YamlDocument doc) {
            JsonNode seq = doc.root().path(key);
            if (!seq.isArray()) {
                return Optional.empty();
            }
            List<E> out = new ArrayList<>();
            for (JsonNode item : seq) {
                Object id = nodeIdentity.apply(item);
                Optional<E> match = oldEntries.stream().filter(e -> identity.apply(e).equals(id)).findFirst();
                if (match.isEmpty()) {
                    return Optional.empty();
                }
                out.add(match.get());
            }
            return Optional.of(out);
        }
    }

    private <T> Read<T> readCatalogFile(String name, BiFunction<YamlDocument, List<Finding>, T> reader, T absent) {
        Path file = root.resolve("_catalog").resolve(name);
        String display = "_catalog/" + name;
        if (absent != null && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Read<>(absent, Optional.empty());
        }
        YamlDocument doc;
        try {
            doc = YamlFiles.read(root, file, display);
        } catch (FindingException e) {
            throw new CatalogValidationException(List.of(e.finding()));
        }
        List<Finding> findings = new ArrayList<>();
        T value = reader.apply(doc, findings);
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new CatalogValidationException(findings.stream().sorted().toList());
        }
        return new Read<>(value, Optional.of(doc));
    }

    private <T> void write(String name, Read<T> current, T next, String whole, boolean scalarsChanged,
                           List<Section<?>> sections, BiFunction<YamlDocument, List<Finding>, T> reader) {
        if (next.equals(current.value()) && current.doc().isPresent()) {
            return;
        }
        String text = render(current.doc(), whole, scalarsChanged, sections, name);
        checkReadsBack("_catalog/" + name, text, next, reader);
        AtomicFiles.write(root.resolve("_catalog").resolve(name), text, "_catalog/" + name);
    }

    /**
     * Reads the text about to be written and refuses to write it unless it reads back as the value, so that no
     * write changes data silently or leaves a file the library then refuses to open: a value the reader's
     * checks reject (a tag that is not kebab-case, a constraint that is not one) is an error of the caller, a
     * value that reads back different would be a bug of the writer.
     *
     * @throws IllegalArgumentException if the text would not pass the reader's checks
     * @throws IllegalStateException    if it would read back as different data
     */
    static <T> void checkReadsBack(String display, String text, T expected,
                                   BiFunction<YamlDocument, List<Finding>, T> reader) {
        List<Finding> findings = new ArrayList<>();
        T read = null;
        try {
            read = reader.apply(YamlFiles.parse(text, display), findings);
        } catch (FindingException e) {
            findings.add(e.finding());
        }
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(display + " was not written: the new content would not pass the "
                    + "checks made when it is read: " + errors.get(0).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
                    + "; correct the value and write again");
        }
        if (!expected.equals(read)) {
            throw new IllegalStateException(display + " was not written: the new content would read back as "
                    + "different data. This is a bug in Alexandria's YAML writer; please report it with the value "
                    + "you wrote: " + expected);
        }
    }

    /** Splices each section in turn; falls back to the whole file (keeping leading comments) when it cannot. */
    static String render(Optional<YamlDocument> doc, String whole, boolean scalarsChanged, List<Section<?>> sections,
                         String name) {
        if (doc.isEmpty()) {
            return whole;
        }
        if (!scalarsChanged) {
            String text = doc.get().text();
            boolean ok = true;
            for (Section<?> section : sections) {
                Optional<String> spliced = spliceSection(YamlFiles.parse(text, "_catalog/" + name), section);
                if (spliced.isEmpty()) {
                    ok = false;
                    break;
                }
                text = spliced.get();
            }
            if (ok) {
                return text;
            }
        }
        return leadingComments(doc.get().text()) + whole;
    }

    private static <E> Optional<String> spliceSection(YamlDocument doc, Section<E> section) {
        if (section.oldEntries().equals(section.newEntries())) {
            return Optional.of(doc.text());
        }
        return section.byIndex(doc).flatMap(byIndex -> SplicingWriter.splice(doc, section.key(), byIndex,
                section.newEntries(), section.identity(), section.emit()));
    }

    private static String leadingComments(String text) {
        StringBuilder header = new StringBuilder();
        for (String line : SplicingWriter.lines(text)) {
            if (!line.strip().startsWith("#")) {
                break;
            }
            header.append(line);
        }
        return header.toString();
    }

    private <T> T locked(java.util.function.Supplier<T> work) {
        CatalogLock lock = CatalogLock.acquire(lockFile(), lockTimeout, "_catalog/" + CatalogLock.FILE_NAME);
        try {
            return work.get();
        } finally {
            lock.close();
        }
    }

    private Path registryFile() {
        return root.resolve(REGISTRY);
    }

    /** The registry with its document, when there is a file. */
    private record Loaded(ModuleRegistry registry, Optional<YamlDocument> doc, List<RegistryEntry> byIndex) {
    }

    private Loaded loadRegistry() {
        Path file = registryFile();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Loaded(ModuleRegistry.empty(), Optional.empty(), List.of());
        }
        List<Finding> findings = new ArrayList<>();
        YamlDocument doc;
        try {
            doc = YamlFiles.read(root, file, REGISTRY);
        } catch (FindingException e) {
            throw new CatalogValidationException(List.of(e.finding()));
        }
        CatalogReader.RegistryRead read = CatalogReader.registry(doc, findings);
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new CatalogValidationException(findings.stream().sorted().toList());
        }
        int size = doc.root().path("modules").size();
        List<RegistryEntry> byIndex = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            byIndex.add(null);
        }
        for (RegistryEntry e : read.registry().entries()) {
            byIndex.set(read.indices().get(e.id()), e);
        }
        return new Loaded(read.registry(), Optional.of(doc), byIndex);
    }

    private static String render(Loaded current, ModuleRegistry next) {
        return render(current.doc(), current.byIndex(), current.registry(), next);
    }

    /**
     * The text to write: the original text when nothing changed, else a splice of the changed entries, else
     * (flow style, empty list, no file) the whole file, keeping the original's leading comment lines.
     */
    static String render(Optional<YamlDocument> doc, List<RegistryEntry> byIndex, ModuleRegistry old,
                         ModuleRegistry next) {
        if (doc.isEmpty()) {
            return YamlEmitter.registry(next);
        }
        if (next.equals(old)) {
            return doc.get().text();
        }
        String whole = leadingComments(doc.get().text()) + YamlEmitter.registry(next);
        String text = doc.get().text();
        if (!next.entries().equals(old.entries())) {
            Optional<String> spliced = SplicingWriter.splice(doc.get(), "modules", byIndex, next.entries(),
                    RegistryEntry::id, YamlEmitter::registryEntry);
            if (spliced.isEmpty()) {
                return whole;
            }
            text = spliced.get();
        }
        if (!next.archived().equals(old.archived())) {
            Optional<String> archived = spliceArchived(YamlFiles.parse(text, REGISTRY), old.archived(),
                    next.archived());
            if (archived.isEmpty()) {
                return whole;
            }
            text = archived.get();
        }
        return text;
    }

    /**
     * The {@code archived:} list changed: splice it when the file has one that matches the old entries, append
     * it when the file has none yet.
     */
    private static Optional<String> spliceArchived(YamlDocument doc, List<RegistryEntry> old,
                                                   List<RegistryEntry> next) {
        JsonNode seq = doc.root().path("archived");
        if (seq.isMissingNode() && old.isEmpty()) {
            String text = doc.text();
            return Optional.of(text + (text.endsWith("\n") ? "" : "\n") + YamlEmitter.archived(next));
        }
        if (!seq.isArray() || seq.size() != old.size()) {
            return Optional.empty();
        }
        List<RegistryEntry> byIndex = new ArrayList<>();
        for (JsonNode item : seq) {
            String id = item.path("id").asText();
            Optional<RegistryEntry> match = old.stream().filter(e -> e.id().value().equals(id)).findFirst();
            if (match.isEmpty()) {
                return Optional.empty();
            }
            byIndex.add(match.get());
        }
        return SplicingWriter.splice(doc, "archived", byIndex, next, RegistryEntry::id, YamlEmitter::archivedEntry);
    }

    @Override
    public String toString() {
        return "CatalogStore{root=" + root + "}";
    }
}
