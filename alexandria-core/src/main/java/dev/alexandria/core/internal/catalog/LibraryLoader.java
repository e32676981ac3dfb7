package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.core.internal.discovery.SearchBackends;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a library: reads the six catalog files, scans {@code _library/<layer>/<category>/<id>/}, reads every
 * {@code .alexandria.yaml}, inspects every module's HCL (in parallel; the result does not depend on the
 * order), checks the rules across files and builds the immutable snapshot. Collects every finding; errors end
 * in one {@link CatalogValidationException}. Problems in a module's HCL are warnings, never errors: a registry
 * must still list a module with a typo in its HCL.
 */
public final class LibraryLoader {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryLoader.class);

    static final String METADATA_FILE = ".alexandria.yaml";

    static final String SETTINGS_FILE = "settings.yaml";

    /**
     * A module folder whose metadata was read and whose HCL is still to be inspected; {@code inspectable} is
     * false when one of its HCL files is a link that leaves the library root (reported as an error).
     */
    private record Pending(ModuleId id, String path, Path dir, ModuleMetadata metadata,
                           Optional<RegistryEntry> registryEntry, boolean inspectable) {

        LibraryModule toModule(ModuleInterface spec) {
            return LibraryModule.of(id, path, dir, metadata, registryEntry, spec);
        }
    }

    /** What a scan learns besides the modules: documents for locations, folder names, registry positions. */
    private static final class Context {
        final List<Finding> findings = new ArrayList<>();
        final Map<ModuleId, YamlDocument> docs = new HashMap<>();
        final java.util.Set<String> folders = new java.util.HashSet<>();
        Map<ModuleId, SourceLocation> registryLocations = Map.of();

        SourceLocation at(LibraryModule m, String pointer) {
            YamlDocument d = docs.get(m.id());
            return d == null ? SourceLocation.of(metadataPath(m)) : d.locate(pointer);
        }

        SourceLocation registryAt(ModuleId id) {
            return registryLocations.getOrDefault(id, SourceLocation.of("_catalog/module-registry.yaml"));
        }
    }

    private LibraryLoader() {
    }

    /**
     * Opens the library at a root.
     *
     * @param root the library root
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the library has errors
     */
    public static Library open(Path root) {
        return open(root, SearchBackends.Config.defaults());
    }

    /**
     * Opens the library at a root, with the host's choice of search backend.
     *
     * @param root   the library root
     * @param search how to find and choose the search backend (used on the first search)
     * @return the snapshot
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the library has errors
     */
    public static Library open(Path root, SearchBackends.Config search) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(search, "search");
        Path real = realRoot(root);
        Context ctx = new Context();
        List<Finding> findings = ctx.findings;
        Catalog catalog = readCatalog(real, ctx);
        List<LibraryModule> modules = scan(real, catalog, ctx);
        checkAcrossModules(real, modules, catalog, ctx);
        List<Finding> errors = findings.stream().filter(Finding::isError).sorted().toList();
        List<Finding> others = findings.stream().filter(f -> !f.isError()).sorted().toList();
        if (!errors.isEmpty()) {
            List<Finding> all = new ArrayList<>(errors);
            all.addAll(others);
            throw new CatalogValidationException(all);
        }
        LOG.debug("opened library {} with {} modules and {} findings", real, modules.size(), others.size());
        return new DefaultLibrary(real, modules, catalog, others, search, requirementLocations(modules, ctx));
    }

    /**
     * Reads only {@code _catalog/settings.yaml} of a library (the defaults when there is none).
     *
     * @param root the library root
     * @return the settings
     * @throws CatalogException           if the root is not a library
     * @throws CatalogValidationException if the settings file has errors
     */
    public static CatalogSettings readSettings(Path root) {
        Path real = realRoot(root);
        List<Finding> findings = new ArrayList<>();
        CatalogSettings settings = readOptional(real, SETTINGS_FILE, findings,
                d -> CatalogReader.settings(d, findings), CatalogSettings.defaults());
        if (findings.stream().anyMatch(Finding::isError)) {
            throw new CatalogValidationException(findings.stream().sorted().toList());
        }
        return settings;
    }

    static Path realRoot(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.exists(abs)) {
            throw new CatalogException(null, abs + " does not exist; pass the folder that holds _library/ and"
                    + " _catalog/ (usually components/terraform)");
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

    static Catalog readCatalog(Path root, List<Finding> findings) {
        Context ctx = new Context();
        Catalog catalog = readCatalog(root, ctx);
        findings.addAll(ctx.findings);
        return catalog;
    }

    private static Catalog readCatalog(Path root, Context ctx) {
        List<Finding> findings = ctx.findings;
        ModuleRegistry registry = readOptional(root, "module-registry.yaml", findings, d -> {
            CatalogReader.RegistryRead read = CatalogReader.registry(d, findings);
            ctx.registryLocations = read.locations();
            return read.registry();
        }, ModuleRegistry.empty());
        Taxonomy taxonomy = readRequired(root, "categories.yaml", findings, d -> CatalogReader.taxonomy(d, findings),
                new Taxonomy(DependencyPolicy.DEFAULT, List.of()));
        TagTaxonomy tags = readOptional(root, "tags.yaml", findings, d -> CatalogReader.tags(d, findings),
                TagTaxonomy.empty());
        MaturityModel maturity = readOptional(root, "maturity-levels.yaml", findings,
                d -> CatalogReader.maturityModel(d, findings), new MaturityModel(List.of(), List.of()));
        SearchIndexConfig search = readOptional(root, "search-index.yaml", findings,
                d -> CatalogReader.searchIndex(d, findings), SearchIndexConfig.empty());
        CatalogSettings settings = readOptional(root, SETTINGS_FILE, findings,
                d -> CatalogReader.settings(d, findings), CatalogSettings.defaults());
        return new Catalog(registry, taxonomy, tags, maturity, search, settings);
    }

    /** Reads a registry together with where its entries are; used by the registry writer. */
    static CatalogReader.RegistryRead readRegistry(Path root, List<Finding> findings) {
        Path file = root.resolve("_catalog").resolve("module-registry.yaml");
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new CatalogReader.RegistryRead(ModuleRegistry.empty(), Map.of(), Map.of());
        }
        try {
            return CatalogReader.registry(YamlFiles.read(root, file, "_catalog/module-registry.yaml"), findings);
        } catch (FindingException e) {
            findings.add(e.finding());
            return new CatalogReader.RegistryRead(ModuleRegistry.empty(), Map.of(), Map.of());
        }
    }

    private static <T> T readOptional(Path root, String name, List<Finding> findings,
                                      Function<YamlDocument, T> reader, T absent) {
        Path file = root.resolve("_catalog").resolve(name);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return absent;
        }
        return readRequired(root, name, findings, reader, absent);
    }

    private static <T> T readRequired(Path root, String name, List<Finding> findings,
                                      Function<YamlDocument, T> reader, T fallback) {
        Path file = root.resolve("_catalog").resolve(name);
        try {
            return reader.apply(YamlFiles.read(root, file, "_catalog/" + name));
        } catch (FindingException e) {
            findings.add(e.finding());
            return fallback;
        }
    }

    static String display(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /** Lists the entries of a folder that are folders, refusing links that leave the root. */
    private static List<Path> folders(Path root, Path dir, List<Finding> findings) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isSymbolicLink(p)) {
                    if (!insideRoot(root, p, findings)) {
                        continue;
                    }
                }
                if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            findings.add(Finding.error("file-unreadable", SourceLocation.of(display(root, dir)),
                    "cannot be listed: " + e, "check the folder's permissions"));
        }
        out.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return out;
    }

    static boolean insideRoot(Path root, Path link, List<Finding> findings) {
        try {
            Path target = Files.readSymbolicLink(link);
            Path real;
            try {
                real = link.toRealPath();
            } catch (IOException e) {
                findings.add(Finding.error("symlink-broken", SourceLocation.of(display(root, link)),
                        "is a symbolic link to " + target + ", which does not exist", "fix or remove the link"));
                return false;
            }
            if (!real.startsWith(root)) {
                findings.add(Finding.error("symlink-outside-root", SourceLocation.of(display(root, link)),
                        "is a symbolic link to " + target + ", which is outside the library root " + root,
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

    private static List<LibraryModule> scan(Path root, Catalog catalog, Context ctx) {
        List<Finding> findings = ctx.findings;
        Path library = root.resolve("_library");
        List<Pending> pending = new ArrayList<>();
        for (Path layerDir : folders(root, library, findings)) {
            String layerName = layerDir.getFileName().toString();
            Optional<Layer> layer = Layer.fromId(layerName);
            if (layer.isEmpty()) {
                findings.add(Finding.error("unknown-layer", SourceLocation.of(display(root, layerDir)),
                        "folder '" + layerName + "' is not a layer", "use one of foundations, compute, data, "
                                + "integration, observability, security, patterns"));
                continue;
            }
            for (Path categoryDir : folders(root, layerDir, findings)) {
                String sub = categoryDir.getFileName().toString();
                Category category;
                try {
                    category = new Category(layer.get(), sub);
                } catch (IllegalArgumentException e) {
                    findings.add(Finding.error("invalid-category", SourceLocation.of(display(root, categoryDir)),
                            e.getMessage(), "rename the folder to lower-case kebab-case"));
                    continue;
                }
                if (!catalog.taxonomy().isDeclared(category)) {
                    findings.add(Finding.error("category-undeclared", SourceLocation.of(display(root, categoryDir)),
                            "category '" + category + "' is not declared in _catalog/categories.yaml",
                            "declare it under layer " + layer.get() + " or move the modules to a declared category"));
                }
                for (Path moduleDir : folders(root, categoryDir, findings)) {
                    ctx.folders.add(moduleDir.getFileName().toString());
                    readModule(root, moduleDir, layer.get(), category, catalog, ctx).ifPresent(pending::add);
                }
            }
        }
        List<LibraryModule> modules = new ArrayList<>(inspectAll(pending, catalog.settings()));
        modules.sort(DefaultLibrary.ORDER);
        return modules;
    }

    /**
     * Reads the HCL of every module in parallel. The inspector is stateless and each module's result depends
     * only on its own files; {@code toList()} keeps the encounter order, so the result is deterministic.
     */
    private static List<LibraryModule> inspectAll(List<Pending> pending, CatalogSettings settings) {
        InspectOptions options = new InspectOptions(Set.copyOf(settings.inspect().boilerplateFiles()));
        ModuleInspector inspector = new ModuleInspector();
        return pending.parallelStream().map(p -> p.toModule(p.inspectable()
                ? inspect(inspector, p.dir(), options)
                : ModuleInterface.empty(p.dir().toString()))).toList();
    }

    /**
     * Inspects one folder. The inspector turns bad input into diagnostics; an exception here is a bug in the
     * reader, which must not hide the module from the registry, so it becomes an error diagnostic (logged with
     * its stack trace) on an otherwise empty interface.
     */
    private static ModuleInterface inspect(ModuleInspector inspector, Path dir, InspectOptions options) {
        try {
            return inspector.inspect(dir, options);
        } catch (RuntimeException e) {
            LOG.warn("inspecting {} failed", dir, e);
            return new ModuleInterface(dir.toString(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(Diagnostic.error("Internal error",
                            "The module's configuration could not be read: " + e
                                    + ". Please report this as a bug of Alexandria.",
                            SourceLocation.of(dir.toString()))), Set.of());
        }
    }

    private static Optional<Pending> readModule(Path root, Path dir, Layer layer, Category category,
                                                Catalog catalog, Context ctx) {
        List<Finding> findings = ctx.findings;
        String name = dir.getFileName().toString();
        String shown = display(root, dir);
        Path metadataFile = dir.resolve(METADATA_FILE);
        boolean hasMetadata = Files.exists(metadataFile, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (!hasMetadata && !hasTerraform(dir)) {
            findings.add(Finding.warning("not-a-module", SourceLocation.of(shown),
                    "is neither a module (no .alexandria.yaml, no *.tf) nor a known folder",
                    "remove it or add the module's files"));
            return Optional.empty();
        }
        if (!ModuleId.isValid(name)) {
            String problem;
            try {
                ModuleId.of(name);
                problem = "invalid module id '" + name + "'";
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
            findings.add(Finding.error("invalid-module-id", SourceLocation.of(shown), problem,
                    "rename the folder to a valid id such as vpc-standard"));
            return Optional.empty();
        }
        if (!hasMetadata) {
            findings.add(Finding.error("metadata-missing", SourceLocation.of(shown + "/" + METADATA_FILE),
                    "is missing", "add the module's metadata (see docs/library-format.md)"));
            return Optional.empty();
        }
        Optional<ModuleMetadata> metadata;
        YamlDocument doc;
        try {
            doc = YamlFiles.read(root, metadataFile, shown + "/" + METADATA_FILE);
            metadata = CatalogReader.metadata(doc, findings, name, layer, category);
        } catch (FindingException e) {
            findings.add(e.finding());
            return Optional.empty();
        }
        if (metadata.isEmpty()) {
            return Optional.empty();
        }
        ModuleId id = metadata.get().id();
        ctx.docs.putIfAbsent(id, doc);
        String path = root.resolve("_library").relativize(dir).toString().replace('\\', '/');
        boolean inspectable = hclLinksStayInside(root, dir, findings);
        return Optional.of(new Pending(id, path, dir, metadata.get(), catalog.registry().entry(id).or(() -> catalog.registry().archivedEntry(id)),
                inspectable));
    }

    /**
     * The HCL reader follows links; as for every file of the library, a {@code *.tf}/{@code *.tf.json} link
     * must stay inside the root. Reports every link that leaves it.
     */
    private static boolean hclLinksStayInside(Path root, Path dir, List<Finding> findings) {
        boolean inside = true;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{tf,tf.json}")) {
            for (Path f : files) {
                if (!Files.isSymbolicLink(f)) {
                    continue;
                }
                String target;
                Path real;
                try {
                    target = Files.readSymbolicLink(f).toString();
                    real = f.toRealPath();
                } catch (IOException e) {
                    continue; // a broken link: the reader reports the file as unreadable
                }
                if (!real.startsWith(root)) {
                    findings.add(Finding.error("symlink-outside-root", SourceLocation.of(display(root, f)),
                            "is a symbolic link to " + target + ", which is outside the library root " + root,
                            "replace the link with a copy of the file inside the library"));
                    inside = false;
                }
            }
        } catch (IOException e) {
            return true; // the reader reports the folder as unreadable
        }
        return inside;
    }

    private static boolean hasTerraform(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.{tf,tf.json}")) {
            return files.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkAcrossModules(Path root, List<LibraryModule> modules, Catalog catalog, Context ctx) {
        List<Finding> findings = ctx.findings;
        Map<ModuleId, LibraryModule> byId = new LinkedHashMap<>();
        for (LibraryModule m : modules) {
            LibraryModule first = byId.putIfAbsent(m.id(), m);
            if (first != null) {
                findings.add(Finding.error("duplicate-id", SourceLocation.of(metadataPath(m), 1, 1), "module id '" + m.id()
                        + "' is used twice: _library/" + first.path() + " and _library/" + m.path(),
                        "rename one of the modules; ids are unique across the library"));
            }
        }
        for (LibraryModule m : modules) {
            ModuleMetadata md = m.metadata();
            for (int i = 0; i < md.requires().size(); i++) {
                ModuleRequirement r = md.requires().get(i);
                SourceLocation at = ctx.at(m, "/requires/" + i + "/module");
                LibraryModule target = byId.get(r.module());
                if (target == null && ctx.folders.contains(r.module().value())) {
                    continue; // the module is there but could not be read; that is reported already
                }
                if (target == null) {
                    String suggestion = Suggestions.closest(r.module().value(),
                            byId.keySet().stream().map(ModuleId::value).toList()).map(s -> "did you mean '" + s + "'?")
                            .orElse("remove the requirement or add the module");
                    findings.add(Finding.error("requires-missing", at, "requires '" + r.module()
                            + "', which is not a module of the library", suggestion));
                }
            }
            for (int i = 0; i < md.tags().size(); i++) {
                String tag = md.tags().get(i);
                SourceLocation tagAt = ctx.at(m, "/tags/" + i);
                if (!catalog.tags().isDeclared(tag)) {
                    String hint = catalog.tags().resolve(tag).map(t -> "use '" + t + "', of which it is a synonym")
                            .orElse("declare it in _catalog/tags.yaml or use a declared tag");
                    findings.add(Finding.warning("tag-undeclared", tagAt, "tag '" + tag
                            + "' is not declared in _catalog/tags.yaml", hint));
                }
            }
            md.deprecation().flatMap(d -> d.replacement()).ifPresent(rep -> {
                if (!byId.containsKey(rep)) {
                    findings.add(Finding.warning("requires-missing", ctx.at(m, "/deprecation/replacement"),
                            "deprecation replacement '" + rep + "' is not a module of the library",
                            "name an existing module"));
                }
            });
            for (String example : md.examples()) {
                if (!Files.isDirectory(m.directory().resolve("examples").resolve(example))) {
                    findings.add(Finding.warning("example-missing", ctx.at(m, "/examples"), "example '"
                            + example + "' has no folder examples/" + example, "add the folder or remove the name"));
                }
            }
            m.registryEntry().ifPresent(e -> checkRegistryAgrees(m, e, ctx.registryAt(m.id()), findings));
            checkInterface(root, m, ctx);
        }
        for (RegistryEntry e : catalog.registry().entries()) {
            if (!byId.containsKey(e.id())) {
                if (ctx.folders.contains(e.id().value())) {
                    continue;
                }
                findings.add(Finding.warning("registry-orphan", ctx.registryAt(e.id()),
                        "registry entry '" + e.id() + "' has no module folder under _library",
                        "remove the entry or restore the module"));
            }
        }
        LOG.debug("checked {} modules under {}", modules.size(), root);
    }

    /**
     * The module's HCL diagnostics become findings (errors as warnings: the library still opens), and a
     * declared complexity tier is checked against the one derived from the HCL - unless the HCL has errors,
     * when the count would be incomplete.
     */
    private static void checkInterface(Path root, LibraryModule m, Context ctx) {
        ModuleInterface spec = m.interfaceSpec();
        for (Diagnostic d : spec.diagnostics()) {
            ctx.findings.add(finding(root, d));
        }
        Optional<ComplexityTier> declared = m.metadata().complexity();
        ComplexityTier derived = m.complexity();
        if (declared.isEmpty() || declared.get() == derived || spec.hasErrors()) {
            return;
        }
        int own = spec.ownVariableCount();
        Set<String> leftOut = new TreeSet<>();
        for (InputVariable v : spec.variables()) {
            String file = fileName(v.location().file());
            if (spec.boilerplateFiles().contains(file)) {
                leftOut.add(file);
            }
        }
        String count = own + " input variable" + (own == 1 ? "" : "s")
                + (leftOut.isEmpty() ? "" : " of its own (" + String.join(", ", leftOut)
                + " left out as boilerplate)");
        ctx.findings.add(Finding.warning("complexity-tier", ctx.at(m, "/complexity"), "declares complexity '"
                + declared.get().id() + "' but has " + count + " (" + derived.id() + ": " + derived.range() + ")",
                "set complexity to " + derived.id() + " or remove it"));
    }

    /** An inspection diagnostic as a finding, with its file relative to the library root. */
    static Finding finding(Path root, Diagnostic d) {
        String file = d.location().file();
        try {
            Path p = Path.of(file);
            if (p.isAbsolute() && p.startsWith(root)) {
                file = p.equals(root) ? "." : display(root, p);
            }
        } catch (java.nio.file.InvalidPathException e) {
            // not a path of this file system; keep the text as the inspector reported it
        }
        SourceLocation at = new SourceLocation(file, d.location().line(), d.location().column());
        String detail = d.detail().strip();
        while (detail.endsWith(".")) {
            detail = detail.substring(0, detail.length() - 1);
        }
        String message = d.summary() + (detail.isEmpty() ? "" : ": " + detail);
        if (d.isError()) {
            return Finding.warning("inspect", at, message, "fix the file; until then the module's inputs, outputs "
                    + "and complexity tier are read without the part in error");
        }
        return new Finding(Finding.Severity.INFO, "inspect", at, message, Optional.empty());
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static void checkRegistryAgrees(LibraryModule m, RegistryEntry e, SourceLocation at, List<Finding> findings) {
        ModuleMetadata md = m.metadata();
        List<String> diffs = new ArrayList<>();
        if (!e.name().equals(md.name())) {
            diffs.add("name '" + e.name() + "' vs '" + md.name() + "'");
        }
        if (!e.category().equals(md.category())) {
            diffs.add("category '" + e.category() + "' vs '" + md.category() + "'");
        }
        if (e.maturity() != md.maturity()) {
            diffs.add("maturity '" + e.maturity() + "' vs '" + md.maturity() + "'");
        }
        if (!e.version().equals(md.version()) && e.registeredVersion(md.version()).isEmpty()
                && !isNewer(md.version(), e.version())) {
            diffs.add("version '" + e.version() + "' vs '" + md.version() + "'");
        }
        for (String d : diffs) {
            findings.add(Finding.warning("registry-mismatch", at, "registry entry '" + m.id()
                    + "' disagrees with " + metadataPath(m) + ": " + d,
                    "register the module again so the registry matches its .alexandria.yaml"));
        }
    }

    /** An unreleased working version ahead of the registry is normal; only an older one is suspicious. */
    private static boolean isNewer(Version a, Version b) {
        return a.isNewerThan(b);
    }

    /**
     * Where each module's {@code requires} entries are, for the graph's findings (the layer rule, cycles and
     * version conflicts are checked by the graph, which does not read files).
     */
    private static Map<ModuleId, List<SourceLocation>> requirementLocations(List<LibraryModule> modules, Context ctx) {
        Map<ModuleId, List<SourceLocation>> out = new HashMap<>();
        for (LibraryModule m : modules) {
            int n = m.metadata().requires().size();
            if (n == 0) {
                continue;
            }
            List<SourceLocation> at = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                at.add(ctx.at(m, "/requires/" + i + "/module"));
            }
            out.putIfAbsent(m.id(), List.copyOf(at));
        }
        return out;
    }

    static String metadataPath(LibraryModule m) {
        return "_library/" + m.path() + "/" + METADATA_FILE;
    }
}
