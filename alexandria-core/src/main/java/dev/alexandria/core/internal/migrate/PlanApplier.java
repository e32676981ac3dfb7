package dev.alexandria.core.internal.migrate;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.CatalogException;
import dev.alexandria.api.MigrationPlanException;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MigrationAction;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.MigrationResult;
import dev.alexandria.api.model.MigrationStep;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.PlannedFile;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.ProviderRequirement;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SourceChange;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import dev.alexandria.core.internal.catalog.CatalogStore;
import dev.alexandria.core.internal.graph.GraphRules;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.text.IoProblems;
import dev.alexandria.core.internal.text.PathsInText;
import dev.alexandria.core.internal.versioning.CatalogCommit;
import dev.alexandria.core.internal.versioning.DefaultModuleVersions;
import dev.alexandria.core.internal.versioning.UnifiedDiff;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a migration plan: moves each module folder into {@code _library/<layer>/<category>/<id>/} (with
 * {@code git mv} semantics when the folder is in a git work tree), rewrites the relative module sources that the
 * move would break, writes each module's {@code .alexandria.yaml}, registers it, creates or extends
 * {@code categories.yaml} and {@code tags.yaml}, and leaves a relative symlink at every legacy path, recorded in
 * {@code _catalog/legacy-links.yaml}. All or nothing: every change is journaled and undone if a later step fails.
 *
 * <p>Single use; not thread-safe.
 */
public final class PlanApplier {

    private static final Logger LOG = LoggerFactory.getLogger(PlanApplier.class);

    /** What marks a review line of {@link #callChecks} (see {@link #isCallCheck}). */
    private static final String LAYER_RULE_MARK = GraphRules.LAYER_RULE + ": an error once migrated";
    private static final String UNDECLARED_CALL_MARK = "undeclared-call: a warning once migrated";

    /** Folders never searched for configuration. */
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".terraform", "node_modules", ".terragrunt-cache");

    /**
     * How to apply.
     *
     * @param rewriteSources whether callers outside the migrated folder are rewritten too
     * @param acceptDefaults whether unknown required fields get defaults instead of a refusal
     * @param dryRun         whether to write nothing
     * @param progress       receives a step after each module
     * @param clock          dates the migration
     */
    public record Options(boolean rewriteSources, boolean acceptDefaults, boolean dryRun,
                          Consumer<MigrationStep> progress, Clock clock) {
        /**
         * Validates.
         *
         * @param rewriteSources whether callers outside the migrated folder are rewritten too
         * @param acceptDefaults whether unknown required fields get defaults
         * @param dryRun         whether to write nothing
         * @param progress       receives a step after each module
         * @param clock          dates the migration
         */
        public Options {
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(clock, "clock");
        }
    }

    /** One module of the plan that moves into (or already is in) the library. */
    private record Item(PlannedModule planned, ModuleMetadata metadata, Path legacy, Path current, Path target) {
        boolean inPlace() {
            return current.equals(target);
        }

        String modulePath() {
            return metadata.layer().id() + "/" + metadata.category().subcategory() + "/" + metadata.id().value();
        }
    }

    private final MigrationPlan plan;
    private final Options options;
    private final Path folder;
    private final Path root;
    private final Path library;
    private final LocalDate today;

    /** Whether only the call checks are wanted: modules are placed without reading their interface. */
    private final boolean reviewOnly;

    private PlanApplier(MigrationPlan plan, Options options, boolean reviewOnly) {
        this.plan = plan;
        this.options = options;
        this.reviewOnly = reviewOnly;
        this.folder = real(plan.folder());
        // a plan may go into a library root that does not exist yet (applying it refuses that)
        this.root = reviewOnly && !Files.isDirectory(plan.into()) ? plan.into() : real(plan.into());
        this.library = root.resolve("_library");
        this.today = LocalDate.now(options.clock());
    }

    /**
     * Applies a plan (or, with {@link Options#dryRun()}, shows what applying it would do).
     *
     * @param plan    the plan
     * @param options how
     * @return what was (or would be) done
     * @throws MigrationPlanException if the plan cannot be applied as it is; every problem is listed
     * @throws AlexandriaException    if a step fails; everything is put back as it was
     */
    public static MigrationResult apply(MigrationPlan plan, Options options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        return new PlanApplier(plan, options, false).run();
    }

    /**
     * The call checks of a plan as it stands (see {@link #callChecks}), by the source of the calling module: what
     * applying the plan and its dry run list under needs review, said when the plan is made so that it can be
     * corrected before it is written. Modules that cannot be placed yet (an unknown id, layer or category, a
     * missing folder) are left out; applying refuses them with the reason.
     *
     * @param plan the plan
     * @return the review lines of each calling module, by its source; modules without any are absent
     * @throws AlexandriaException if a module's configuration cannot be read
     */
    public static Map<String, List<String>> callReview(MigrationPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return new PlanApplier(plan, new Options(false, true, true, step -> { }, Clock.systemUTC()), true)
                .callReview();
    }

    /**
     * Whether a review line of a plan is one of the call checks, which are worked out again from the plan as it
     * is applied (the plan may have been edited since they were written into it).
     *
     * @param reviewLine a review reason of a planned module
     * @return whether {@link #callChecks} wrote it
     */
    public static boolean isCallCheck(String reviewLine) {
        return reviewLine.contains(LAYER_RULE_MARK) || reviewLine.contains(UNDECLARED_CALL_MARK);
    }

    private Map<String, List<String>> callReview() {
        List<Finding> problems = new ArrayList<>();
        List<Item> items = items(problems, new ArrayList<>(), new ArrayList<>());
        PathMap moves = new PathMap();
        PathMap links = new PathMap();
        maps(items, moves, links);
        Taxonomy defaults = defaultTaxonomy();
        // a root that does not exist yet has no categories (and no store to read them from)
        Taxonomy current = Files.isDirectory(root) ? currentTaxonomy(CatalogStore.forNewLibrary(root), defaults)
                : new Taxonomy(defaults.policy(), List.of());
        Taxonomy taxonomy = taxonomyAfter(current, defaults, items);
        Map<Path, Item> byTarget = byTarget(items);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Item i : items) {
            List<String> lines = new ArrayList<>();
            for (SourceRewriter.LocalSource s : SourceRewriter.localSources(i.current(), new ArrayList<>())) {
                lines.addAll(callChecks(i, s, byTarget, moves, links, taxonomy));
            }
            if (!lines.isEmpty()) {
                out.put(i.planned().source(), List.copyOf(lines));
            }
        }
        return out;
    }

    /** The modules of the plan that can be placed; {@code problems} receives why the others cannot. */
    private List<Item> items(List<Finding> problems, List<String> kept, List<String> review) {
        List<Item> items = new ArrayList<>();
        for (PlannedModule m : plan.modules()) {
            if (m.action() == MigrationAction.KEEP) {
                kept.add(m.source());
                continue;
            }
            Optional<ModuleMetadata> md = metadata(m, problems);
            if (md.isEmpty()) {
                continue;
            }
            place(m, md.get(), problems).ifPresent(items::add);
            m.review().stream().filter(r -> !isCallCheck(r)).forEach(r -> review.add(m.source() + ": " + r));
        }
        return items;
    }

    /** Where each module's folder moves ({@code moves}) and where its legacy path leads ({@code links}). */
    private static void maps(List<Item> items, PathMap moves, PathMap links) {
        for (Item i : items) {
            links.put(i.legacy(), i.target());
            if (!i.inPlace()) {
                moves.put(i.current(), i.target());
            }
        }
    }

    private static Map<Path, Item> byTarget(List<Item> items) {
        Map<Path, Item> byTarget = new HashMap<>();
        items.forEach(i -> byTarget.put(i.target(), i));
        return byTarget;
    }

    private MigrationResult run() {
        List<Finding> problems = new ArrayList<>();
        List<String> review = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<Item> items = items(problems, kept, review);
        checkTargets(items, problems);
        if (problems.stream().anyMatch(Finding::isError)) {
            throw new MigrationPlanException(problems);
        }
        CatalogStore store = CatalogStore.forNewLibrary(root);
        PathMap moves = new PathMap();
        PathMap links = new PathMap();
        maps(items, moves, links);
        Optional<GitIndex> git = openGit();
        List<Path> callerScope;
        try {
            callerScope = callerScope(git);
        } catch (RuntimeException e) {
            git.ifPresent(GitIndex::close);
            throw e;
        }
        try {
            // Sources: inside the migrated modules always, outside callers as asked.
            List<SourceRewriter.Rewrite> rewrites = new ArrayList<>();
            List<SourceChange> rewritten = new ArrayList<>();
            List<SourceChange> legacyCallers = new ArrayList<>();
            Set<Path> itemTrees = new LinkedHashSet<>();
            items.forEach(i -> itemTrees.add(i.current()));
            Map<Path, Item> byTarget = byTarget(items);
            Taxonomy defaults = defaultTaxonomy();
            Taxonomy taxonomy = taxonomyAfter(currentTaxonomy(store, defaults), defaults, items);
            for (Item i : items) {
                for (Path dir : configDirs(i.current(), itemTrees)) {
                    for (SourceRewriter.LocalSource s : SourceRewriter.localSources(dir, review)) {
                        Path t = dir.resolve(s.source()).normalize();
                        Path finalTarget = finalPlace(t, moves, links);
                        if (dir.equals(i.current())) {
                            callChecks(i, s, byTarget, moves, links, taxonomy)
                                    .forEach(r -> review.add(i.planned().source() + ": " + r));
                        }
                        Path newDir = moves.map(dir);
                        if (!newDir.resolve(s.source()).normalize().equals(finalTarget)) {
                            SourceRewriter.Rewrite r = new SourceRewriter.Rewrite(s,
                                    SourceRewriter.relative(newDir, finalTarget));
                            rewrites.add(r);
                            rewritten.add(change(moves.map(s.file()), r));
                        }
                        if (!Files.isDirectory(t)) {
                            review.add(display(s.file()) + ":" + s.line() + ": module \"" + s.call() + "\" calls "
                                    + s.source() + ", which is not a folder; check the source");
                        }
                    }
                }
            }
            Set<Path> legacyPaths = new LinkedHashSet<>();
            items.forEach(i -> legacyPaths.add(i.legacy()));
            for (Path dir : outsideConfigDirs(callerScope, itemTrees)) {
                for (SourceRewriter.LocalSource s : SourceRewriter.localSources(dir, review)) {
                    Path t = dir.resolve(s.source()).normalize();
                    boolean viaLegacy = legacyPaths.stream().anyMatch(t::startsWith);
                    Path finalTarget = finalPlace(t, moves, links);
                    if (finalTarget.equals(t)) {
                        continue;
                    }
                    SourceRewriter.Rewrite r = new SourceRewriter.Rewrite(s, SourceRewriter.relative(dir,
                            finalTarget));
                    if (viaLegacy && !options.rewriteSources()) {
                        legacyCallers.add(change(s.file(), r));
                    } else {
                        rewrites.add(r);
                        rewritten.add(change(s.file(), r));
                    }
                }
            }
            // Files: rewritten configuration, metadata, catalog.
            Map<Path, String> writes = new LinkedHashMap<>();
            List<PlannedFile> files = new ArrayList<>();
            Map<Path, List<SourceRewriter.Rewrite>> byFile = new TreeMap<>();
            rewrites.forEach(r -> byFile.computeIfAbsent(r.at().file(), f -> new ArrayList<>()).add(r));
            for (Map.Entry<Path, List<SourceRewriter.Rewrite>> e : byFile.entrySet()) {
                String before = SourceRewriter.read(e.getKey());
                String after = SourceRewriter.edit(before, e.getValue());
                Path finalFile = moves.map(e.getKey());
                writes.put(finalFile, after);
                files.add(new PlannedFile(display(finalFile), Optional.of(before), after));
            }
            List<RegistryEntry> entries = new ArrayList<>();
            Map<ModuleId, ModuleId> renamed = new HashMap<>();
            for (Item i : items) {
                Path metadataFile = i.target().resolve(".alexandria.yaml");
                Optional<ModuleMetadata> existing = existingMetadata(store, i);
                ModuleMetadata md = existing.map(old -> old.toBuilder().id(i.metadata().id())
                        .layer(i.metadata().layer()).category(i.metadata().category()).build())
                        .orElse(i.metadata());
                existing.filter(old -> !old.id().equals(md.id())).ifPresent(old -> renamed.put(old.id(), md.id()));
                if (i.inPlace() && existing.isPresent()) {
                    entries.add(registryEntry(i, existing.get()));
                    continue;
                }
                String text = store.previewMetadata(i.modulePath(), md);
                Path currentFile = i.current().resolve(".alexandria.yaml");
                Optional<String> before = Files.isRegularFile(currentFile, LinkOption.NOFOLLOW_LINKS)
                        ? Optional.of(Files.readString(currentFile, StandardCharsets.UTF_8)) : Optional.empty();
                if (before.isEmpty() || !before.get().equals(text)) {
                    writes.put(metadataFile, text);
                    files.add(new PlannedFile(display(metadataFile), before, text));
                }
                entries.add(registryEntry(i, md));
            }
            if (!items.isEmpty()) { // a plan that keeps every module in place writes nothing
                catalogFiles(store, items, entries, renamed, writes, files);
            }
            List<MigrationResult.Move> moved = new ArrayList<>();
            List<String> inPlace = new ArrayList<>();
            List<String> linkPaths = new ArrayList<>();
            for (Item i : items) {
                if (i.inPlace()) {
                    inPlace.add(i.planned().source());
                } else {
                    moved.add(new MigrationResult.Move(i.planned().source(), display(i.current()),
                            display(i.target()), i.metadata().id()));
                }
                linkPaths.add(display(i.legacy()));
            }
            boolean linksChanged = items.stream().anyMatch(i -> !linkIsRight(i, moves));
            boolean changes = !moved.isEmpty() || !writes.isEmpty() || linksChanged;
            // what applying refuses before its first write, said by the dry run too (a plan applied already
            // writes nothing, so nothing refuses it)
            List<String> refusals = changes ? refusals(git) : List.of();
            if (!options.dryRun() && changes) {
                if (!refusals.isEmpty()) {
                    throw refused(refusals);
                }
                execute(store, git, items, moves, writes);
            }
            if (git.isPresent() && !moved.isEmpty()) {
                review.add(releaseTags(items));
            }
            StringBuilder diff = new StringBuilder();
            for (PlannedFile f : files) {
                diff.append(UnifiedDiff.of(f.path(), f.before().orElse(null), f.after()));
            }
            return MigrationResult.builder(options.dryRun()).moved(moved).alreadyInPlace(inPlace).keptInPlace(kept)
                    .needsReview(named(review)).rewritten(rewritten).legacyCallers(legacyCallers).links(linkPaths)
                    .files(files).diff(diff.toString()).inGit(git.isPresent())
                    .callerScope(callerScope.stream().map(this::display).toList()).refusals(refusals).build();
        } catch (IOException e) {
            throw new AlexandriaException("migration of " + folder + " failed: " + e
                    + "; nothing was changed", e);
        } finally {
            git.ifPresent(GitIndex::close);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Checks before anything is written

    /** The metadata a planned module gets, or a finding for each required field that is still unknown. */
    private Optional<ModuleMetadata> metadata(PlannedModule m, List<Finding> problems) {
        List<String> unknown = m.unknownRequired();
        boolean placeable = m.id().isKnown() && m.layer().isKnown() && m.category().isKnown();
        if (!unknown.isEmpty() && (!options.acceptDefaults() || !placeable)) {
            for (String field : unknown) {
                boolean place = field.equals("id") || field.equals("layer") || field.equals("category");
                problems.add(Finding.error("unknown-required", location(m.source(), field), "module '"
                        + m.source() + "': " + field + " is unknown", place || !options.acceptDefaults()
                        ? "write its " + field + " into the plan" + (place ? " (--accept-defaults cannot guess "
                        + "where a module belongs)" : ", or apply with --accept-defaults")
                        : "write it into the plan"));
            }
            return Optional.empty();
        }
        ModuleId id = m.id().get();
        Layer layer = m.layer().get();
        String name = m.name().value().orElse(titleCase(id.value()));
        Optional<Version> version = m.version().value();
        Optional<MaturityLevel> maturity = m.maturity().value();
        Version v = version.orElseGet(() -> defaultVersion(maturity.orElse(MaturityLevel.EXPERIMENTAL)));
        MaturityLevel level = maturity.orElseGet(() -> defaultMaturity(v));
        try {
            ModuleMetadata.Builder b = ModuleMetadata.builder().id(id).name(name)
                    .description(m.description().value().orElse(name + " (migrated from " + m.source() + ")."))
                    .version(v).layer(layer).category(new Category(layer, m.category().get())).maturity(level)
                    .tags(m.tags().value().orElse(List.of()))
                    .maintainer(m.maintainer().value().orElse("unassigned"));
            m.tier().value().ifPresent(b::complexity);
            return Optional.of(b.build());
        } catch (IllegalArgumentException e) {
            problems.add(Finding.error("invalid-value", location(m.source(), "id"), "module '" + m.source()
                    + "': " + e.getMessage(), "correct the plan"));
            return Optional.empty();
        }
    }

    /** Where the module's folder is now and where it goes, or findings when it cannot be placed. */
    private Optional<Item> place(PlannedModule m, ModuleMetadata md, List<Finding> problems) {
        SourceLocation at = location(m.source(), "source");
        if (m.source().equals(".")) {
            problems.add(Finding.error("cannot-place", at, "module '.': the migrated folder itself cannot move into "
                    + "its own _library", "migrate its parent folder, or set action: keep"));
            return Optional.empty();
        }
        Path legacy = folder.resolve(m.source()).normalize();
        Path target = library.resolve(md.layer().id()).resolve(md.category().subcategory()).resolve(md.id().value());
        Path current;
        try {
            if (Files.isSymbolicLink(legacy)) {
                Path real = legacy.toRealPath();
                if (!real.startsWith(library)) {
                    problems.add(Finding.error("cannot-place", at, "module '" + m.source() + "': " + display(legacy)
                            + " is a symlink to " + real + ", outside _library", "plan the folder it points to "
                            + "instead, or set action: keep"));
                    return Optional.empty();
                }
                current = real; // migrated before: the module is where its link points
            } else if (Files.isDirectory(legacy, LinkOption.NOFOLLOW_LINKS)) {
                current = legacy;
            } else {
                problems.add(Finding.error("cannot-place", at, "module '" + m.source() + "': folder "
                        + display(legacy) + " does not exist", "remove the module from the plan or correct its "
                        + "source"));
                return Optional.empty();
            }
        } catch (FileSystemLoopException e) {
            problems.add(loop(m, at, legacy));
            return Optional.empty();
        } catch (NoSuchFileException e) {
            problems.add(Finding.error("cannot-place", at, "module '" + m.source() + "': " + display(legacy)
                    + " is a symlink to a folder that does not exist", "restore the folder or remove the link"));
            return Optional.empty();
        } catch (FileSystemException e) {
            if (String.valueOf(e.getReason()).toLowerCase(Locale.ROOT).contains("symbolic links")) {
                problems.add(loop(m, at, legacy));
            } else {
                problems.add(Finding.error("cannot-place", at, "module '" + m.source() + "': cannot read "
                        + display(legacy) + ": " + IoProblems.reason(e), "check the folder's permissions"));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!hasConfiguration(current)) {
            problems.add(Finding.error("cannot-place", at, "module '" + m.source() + "': " + display(current)
                    + " has no .tf files", "remove it from the plan or set action: keep"));
            return Optional.empty();
        }
        if (!current.equals(target) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(Finding.error("target-exists", location(m.source(), "id"), "module '" + m.source()
                    + "': its target " + display(target) + " already exists", "give the module another id or "
                    + "category, or move the existing folder away"));
            return Optional.empty();
        }
        if (reviewOnly) {
            return Optional.of(new Item(m, md, legacy, current, target));
        }
        ModuleMetadata full = md.toBuilder().compatibleWith(compatibleWith(new ModuleInspector().inspect(current)))
                .examples(examples(current)).build();
        return Optional.of(new Item(m, full, legacy, current, target));
    }

    private Finding loop(PlannedModule m, SourceLocation at, Path legacy) {
        return Finding.error("symlink-loop", at, "module '" + m.source() + "': " + display(legacy)
                + " is a symlink loop", "remove the link (rm " + display(legacy) + ") or point it at a folder");
    }

    /** Two modules must not share a target, and an id must not be another module's already. */
    private void checkTargets(List<Item> items, List<Finding> problems) {
        Map<Path, Item> byTarget = new HashMap<>();
        Map<String, Item> byId = new HashMap<>();
        for (Item i : items) {
            Item other = byTarget.putIfAbsent(i.target(), i);
            if (other != null) {
                problems.add(Finding.error("target-exists", location(i.planned().source(), "id"), "modules '"
                        + other.planned().source() + "' and '" + i.planned().source() + "' both go to "
                        + display(i.target()), "give one of them another id"));
            }
            Item sameId = byId.putIfAbsent(i.metadata().id().value(), i);
            if (sameId != null && other == null) {
                problems.add(Finding.error("duplicate-id", location(i.planned().source(), "id"), "modules '"
                        + sameId.planned().source() + "' and '" + i.planned().source() + "' both have id '"
                        + i.metadata().id() + "'", "ids are unique across the library; give one of them another"));
            }
        }
        if (!Files.isDirectory(library)) {
            return;
        }
        Set<Path> currents = new LinkedHashSet<>();
        items.forEach(i -> currents.add(i.current()));
        try (Stream<Path> layers = Files.list(library)) {
            for (Path layer : layers.filter(Files::isDirectory).toList()) {
                try (Stream<Path> cats = Files.list(layer)) {
                    for (Path cat : cats.filter(Files::isDirectory).toList()) {
                        for (Item i : items) {
                            Path same = cat.resolve(i.metadata().id().value());
                            if (Files.isDirectory(same) && !same.equals(i.target()) && !currents.contains(same)) {
                                problems.add(Finding.error("duplicate-id", location(i.planned().source(), "id"),
                                        "module '" + i.planned().source() + "': id '" + i.metadata().id()
                                                + "' is already used by " + display(same),
                                        "ids are unique across the library; give the module another id"));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SourceLocation location(String source, String field) {
        return plan.location(source, field)
                .or(() -> plan.location(source, "source"))
                .orElse(SourceLocation.of(plan.file().map(Path::toString).orElse("migration plan")));
    }

    // ------------------------------------------------------------------------------------------------------
    // What the catalog becomes

    /** The {@code _catalog/.gitignore} of a catalog a migration creates. */
    static final String GITIGNORE = "# the write lock every alexandria command that writes takes; not part of the catalog\n"
            + ".alexandria.lock\n";

    private void catalogFiles(CatalogStore store, List<Item> items, List<RegistryEntry> entries,
                              Map<ModuleId, ModuleId> renamed, Map<Path, String> writes, List<PlannedFile> files)
            throws IOException {
        Path catalog = root.resolve("_catalog");
        // categories.yaml: the layers and categories the plan uses, described as the design describes them
        Path categoriesFile = catalog.resolve("categories.yaml");
        Taxonomy defaults = defaultTaxonomy();
        Taxonomy current = currentTaxonomy(store, defaults);
        Taxonomy taxonomy = taxonomyAfter(current, defaults, items);
        planFile(categoriesFile, Files.isRegularFile(categoriesFile) && taxonomy.equals(current) ? null
                : store.previewTaxonomy(taxonomy), writes, files);
        // tags.yaml: every tag used, with the design's description and synonyms where it has the tag
        Path tagsFile = catalog.resolve("tags.yaml");
        TagTaxonomy defaultTags = CatalogStore.parseTags(resource("default-tags.yaml"), "default-tags.yaml");
        TagTaxonomy tags = store.readTags();
        TagTaxonomy extended = tags;
        for (Item i : items) {
            for (String tag : i.metadata().tags()) {
                extended = withTag(extended, tag, defaultTags);
            }
        }
        planFile(tagsFile, extended.equals(tags) && (Files.isRegularFile(tagsFile) || extended.tags().isEmpty())
                ? null : store.previewTags(extended), writes, files);
        // module-registry.yaml
        ModuleRegistry registry = store.readRegistry();
        ModuleRegistry next = registry;
        for (Map.Entry<ModuleId, ModuleId> r : renamed.entrySet()) {
            next = next.without(r.getKey());
        }
        for (RegistryEntry e : entries) {
            Optional<RegistryEntry> old = next.entries().stream().filter(x -> x.id().equals(e.id())).findFirst();
            if (old.isPresent()) {
                RegistryEntry.Builder moved = old.get().toBuilder().category(e.category());
                e.readmeUrl().ifPresent(moved::readmeUrl); // else the old one, if any (a module may have no README)
                next = next.with(moved.build());
            } else {
                next = next.with(e);
            }
        }
        Path registryFile = catalog.resolve("module-registry.yaml");
        planFile(registryFile, next.equals(registry) && Files.isRegularFile(registryFile) ? null
                : store.previewRegistry(next), writes, files);
        // .gitignore: a catalog this migration creates ignores the lock file every write takes
        Path gitignore = catalog.resolve(".gitignore");
        if (!Files.isDirectory(catalog) && !Files.exists(gitignore, LinkOption.NOFOLLOW_LINKS)) {
            planFile(gitignore, GITIGNORE, writes, files);
        }
        // legacy-links.yaml
        List<LegacyLinks.Link> recorded = LegacyLinks.read(root);
        List<LegacyLinks.Link> fresh = new ArrayList<>();
        for (Item i : items) {
            fresh.add(new LegacyLinks.Link(display(i.legacy()), i.metadata().id().value(), display(i.target()),
                    today, 0));
        }
        List<LegacyLinks.Link> merged = LegacyLinks.merge(recorded, fresh);
        planFile(root.resolve(LegacyLinks.FILE), LegacyLinks.same(merged, recorded) && !recorded.isEmpty() ? null
                : LegacyLinks.render(merged), writes, files);
    }

    private void planFile(Path file, String text, Map<Path, String> writes, List<PlannedFile> files)
            throws IOException {
        if (text == null) {
            return;
        }
        Optional<String> before = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        if (before.isPresent() && before.get().equals(text)) {
            return;
        }
        writes.put(file, text);
        files.add(new PlannedFile(display(file), before, text));
    }

    private static Taxonomy withCategory(Taxonomy t, Category category, Taxonomy defaults) {
        if (t.isDeclared(category)) {
            return t;
        }
        Taxonomy.CategoryDefinition def = defaults.category(category).orElse(new Taxonomy.CategoryDefinition(
                category, "Proposed by a migration: " + category.subcategory().replace('-', ' ')
                + " modules of the " + category.layer().id() + " layer; describe it."));
        List<Taxonomy.LayerDefinition> layers = new ArrayList<>(t.layers());
        Optional<Taxonomy.LayerDefinition> layer = t.layer(category.layer());
        if (layer.isPresent()) {
            List<Taxonomy.CategoryDefinition> cats = new ArrayList<>(layer.get().categories());
            cats.add(def);
            layers.set(layers.indexOf(layer.get()), new Taxonomy.LayerDefinition(category.layer(),
                    layer.get().description(), cats));
        } else {
            String description = defaults.layer(category.layer()).map(Taxonomy.LayerDefinition::description)
                    .orElse("The " + category.layer().id() + " layer.");
            layers.add(new Taxonomy.LayerDefinition(category.layer(), description, List.of(def)));
            layers.sort(Comparator.comparing(Taxonomy.LayerDefinition::layer));
        }
        return new Taxonomy(t.policy(), layers);
    }

    private static TagTaxonomy withTag(TagTaxonomy t, String tag, TagTaxonomy defaults) {
        if (t.isDeclared(tag)) {
            return t;
        }
        Optional<TagTaxonomy.TagDefinition> known = defaults.tag(tag);
        TagTaxonomy out = t;
        Optional<String> parent = known.flatMap(TagTaxonomy.TagDefinition::parent);
        if (parent.isPresent() && !parent.get().equals(tag)) {
            out = withTag(out, parent.get(), defaults);
        }
        TagTaxonomy.TagDefinition def = known.orElse(new TagTaxonomy.TagDefinition(tag,
                "Proposed by a migration: " + tag.replace('-', ' ') + "; describe it.", List.of(), Optional.empty()));
        List<String> synonyms = new ArrayList<>();
        for (String s : def.synonyms()) {
            if (!out.isDeclared(s) && out.resolve(s).isEmpty()) {
                synonyms.add(s);
            }
        }
        List<TagTaxonomy.TagDefinition> list = new ArrayList<>(out.tags());
        list.add(new TagTaxonomy.TagDefinition(tag, def.description(), synonyms, def.parent()));
        list.sort(Comparator.comparing(TagTaxonomy.TagDefinition::name));
        return new TagTaxonomy(list);
    }

    private RegistryEntry registryEntry(Item i, ModuleMetadata md) {
        RegistryEntry.Builder b = RegistryEntry.builder().id(md.id()).name(md.name()).version(md.version())
                .category(md.category()).tags(md.tags()).maturity(md.maturity()).description(md.description())
                .examples(md.examples()).compatibleWith(md.compatibleWith())
                .support(md.supportChannel().map(c -> RegistryEntry.Support.of(md.maintainer(), c))
                        .orElse(RegistryEntry.Support.of(md.maintainer())))
                .versions(new RegisteredVersion(md.version(), today, md.maturity(), "Migrated from "
                        + display(i.legacy()) + "."));
        if (Files.isRegularFile(i.current().resolve("README.md"))) {
            b.readmeUrl(display(i.target().resolve("README.md")));
        }
        return b.build();
    }

    private Optional<ModuleMetadata> existingMetadata(CatalogStore store, Item i) {
        if (!i.current().startsWith(library) || library.relativize(i.current()).getNameCount() != 3) {
            return Optional.empty();
        }
        return store.readMetadata(library.relativize(i.current()).toString().replace('\\', '/'));
    }

    /**
     * Why applying would be refused as the tree is now, before anything is written: git's index locked by another
     * (or a crashed) git process, since the moves are staged in it and a failure is undone with it.
     */
    private static List<String> refusals(Optional<GitIndex> git) {
        return git.map(g -> CatalogCommit.indexLocked(g.workTree()).stream().toList()).orElse(List.of());
    }

    private RefusedException refused(List<String> reasons) {
        return new RefusedException("refusing to migrate " + folder + ":", reasons);
    }

    // ------------------------------------------------------------------------------------------------------
    // Writing, all or nothing

    private void execute(CatalogStore store, Optional<GitIndex> git, List<Item> items, PathMap moves,
                         Map<Path, String> writes) throws IOException {
        Journal journal = new Journal();
        byte[] index = null;
        if (git.isPresent()) {
            List<String> refusals = refusals(git);
            if (!refusals.isEmpty()) { // locked since the plan was made
                throw refused(refusals);
            }
            git.get().checkUnlocked();
            Path indexFile = git.get().indexFile();
            index = Files.isRegularFile(indexFile) ? Files.readAllBytes(indexFile) : null;
        }
        Path catalog = root.resolve("_catalog");
        try {
            journal.createDirectories(catalog);
            journal.beforeWrite(store.lockFile());
            store.withLock(() -> {
                try {
                    writeAll(store, git, items, moves, writes, journal);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        } catch (RuntimeException | IOException | Error e) {
            List<String> failed = journal.rollback();
            if (git.isPresent()) {
                try {
                    Path indexFile = git.get().indexFile();
                    if (index != null) {
                        Files.write(indexFile, index);
                    } else {
                        Files.deleteIfExists(indexFile);
                    }
                } catch (IOException restore) {
                    failed.add("restore the git index: " + restore);
                }
            }
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (!failed.isEmpty()) {
                LOG.error("rolling back the migration of {} left {} undone: {}", folder, Plurals.count(failed.size(), "step"),
                        failed);
                throw new AlexandriaException("migration of " + folder + " failed: " + cause + "; putting the tree "
                        + "back failed too, so fix these by hand: " + String.join("; ", failed), e);
            }
            if (e instanceof AlexandriaException a && !(e instanceof MigrationPlanException)) {
                throw new AlexandriaException("migration of " + folder + " failed: " + a.getMessage()
                        + "; the tree and the git index are as they were", e);
            }
            throw new AlexandriaException("migration of " + folder + " failed: " + cause
                    + "; the tree and the git index are as they were", e);
        }
    }

    private void writeAll(CatalogStore store, Optional<GitIndex> git, List<Item> items, PathMap moves,
                          Map<Path, String> writes, Journal journal) throws IOException {
        List<Item> moving = items.stream().filter(i -> !i.inPlace())
                .sorted(Comparator.comparingInt((Item i) -> i.current().getNameCount()).reversed()
                        .thenComparing(i -> i.planned().source()))
                .toList();
        Map<Path, Path> moved = new LinkedHashMap<>();
        List<Path> staged = new ArrayList<>();
        int done = 0;
        for (Item i : moving) {
            if (Files.isSymbolicLink(i.legacy()) && !i.legacy().equals(i.current())) {
                journal.deleteSymlink(i.legacy()); // an edited plan moves the module again: the link follows
                staged.add(i.legacy());
            }
            journal.createDirectories(i.target().getParent());
            journal.move(i.current(), i.target());
            moved.put(i.current(), i.target());
            removeEmptyParents(i.current().getParent(), journal, staged);
            done++;
            options.progress().accept(new MigrationStep(done, moving.size(), i.planned().source(), "moved "
                    + display(i.current()) + " to " + display(i.target())));
        }
        for (Map.Entry<Path, String> w : writes.entrySet()) {
            journal.createDirectories(w.getKey().getParent());
            journal.beforeWrite(w.getKey());
            store.replaceFile(w.getKey(), w.getValue(), display(w.getKey()));
            staged.add(w.getKey());
        }
        for (Item i : items) {
            if (linkIsRight(i, moves)) {
                continue;
            }
            Path place = linkPlace(i, moves);
            if (Files.isSymbolicLink(place)) {
                journal.deleteSymlink(place);
            }
            journal.createDirectories(place.getParent());
            journal.symlink(place, LegacyLinks.relativeTarget(place, i.target()));
            staged.add(place);
        }
        if (git.isPresent()) {
            Map<Path, Path> trackedMoves = new LinkedHashMap<>();
            moved.forEach((from, to) -> trackedMoves.put(from, to));
            git.get().update(trackedMoves, staged);
        }
        options.progress().accept(new MigrationStep(moving.size(), moving.size(), "", "wrote "
                + Plurals.count(writes.size(), "file") + " and the legacy links of "
                + Plurals.count(items.size(), "module")));
    }

    /** An edited plan empties the old category folder of a module moved again: remove what is left empty. */
    private void removeEmptyParents(Path dir, Journal journal, List<Path> staged) throws IOException {
        Path d = dir;
        while (d != null && d.startsWith(library) && !d.equals(library) && isEmptyDirectory(d)) {
            journal.deleteEmptyDirectory(d);
            d = d.getParent();
        }
    }

    private static boolean isEmptyDirectory(Path d) throws IOException {
        if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.findAny().isEmpty();
        }
    }

    /**
     * Where the legacy link of a module goes: its legacy path, inside wherever its parent folders moved — or,
     * when a parent moved in an earlier run and its legacy path is now a link itself ({@code monitoring} for
     * {@code monitoring/modules/alarm}), inside the folder that link reaches: the link lives in the real folder,
     * never under a path that goes through another link.
     */
    private static Path linkPlace(Item i, PathMap moves) {
        Path parent = moves.map(i.legacy().getParent());
        if (Files.isDirectory(parent)) {
            try {
                parent = parent.toRealPath();
            } catch (IOException e) {
                // unreadable: left as it is, and the link step reports it
            }
        }
        return parent.resolve(i.legacy().getFileName());
    }

    private static boolean linkIsRight(Item i, PathMap moves) {
        Path place = linkPlace(i, moves);
        if (!Files.isSymbolicLink(place)) {
            return false;
        }
        try {
            return Files.readSymbolicLink(place).equals(LegacyLinks.relativeTarget(place, i.target()));
        } catch (IOException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Finding configuration

    /** Where a path ends up: moved with its folder, or (a legacy path) to where its link points. */
    private static Path finalPlace(Path p, PathMap moves, PathMap links) {
        Path moved = moves.map(p);
        return moved.equals(p) ? links.map(p) : moved;
    }

    /** The library's categories as they are before the migration (none when it has no categories.yaml yet). */
    private Taxonomy currentTaxonomy(CatalogStore store, Taxonomy defaults) {
        return Files.isRegularFile(root.resolve("_catalog/categories.yaml")) ? store.readTaxonomy()
                : new Taxonomy(defaults.policy(), List.of());
    }

    /** The library's categories once the plan's are added to {@code current}, as {@link #catalogFiles} writes them. */
    private Taxonomy taxonomyAfter(Taxonomy current, Taxonomy defaults, List<Item> items) {
        Taxonomy taxonomy = current;
        for (Item i : items) {
            taxonomy = withCategory(taxonomy, i.metadata().category(), defaults);
        }
        return taxonomy;
    }

    /** The design's categories, which the plan's new categories are described from. */
    private static Taxonomy defaultTaxonomy() {
        return CatalogStore.parseTaxonomy(resource("default-categories.yaml"), "default-categories.yaml");
    }

    /**
     * What the library's checks will say about one module calling another once both are in place, said now so
     * the plan can be corrected first: a call to a module of a higher layer breaks the layer rule
     * ({@code layer-rule}, an error of {@code validate} and {@code graph --check}), and a call that
     * {@code requires} does not list is an {@code undeclared-call} warning. Each names the call's file and the
     * line of its {@code module} block (where {@code validate} reports the same call), the two modules' places
     * and the fix. The one place these checks are made: the plan, its dry run and its application list them.
     *
     * @param caller   the calling module
     * @param s        a local source of its own configuration (its folder, not sub-folders)
     * @param byTarget the placed modules by target folder
     * @return the review lines; empty when the source calls no other placed module or the call is fine
     */
    private List<String> callChecks(Item caller, SourceRewriter.LocalSource s, Map<Path, Item> byTarget,
                                    PathMap moves, PathMap links, Taxonomy taxonomy) {
        Item callee = byTarget.get(finalPlace(caller.current().resolve(s.source()).normalize(), moves, links));
        if (callee == null || callee == caller) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        ModuleMetadata from = caller.metadata();
        ModuleMetadata to = callee.metadata();
        String at = display(s.file()) + ":" + s.line() + ": module \"" + s.call() + "\" calls " + to.id()
                + " (" + display(callee.target()) + ")";
        Optional<ModuleRequirement> declared = from.requires().stream().filter(r -> r.module().equals(to.id()))
                .findFirst();
        if (!GraphRules.layerAllows(from.layer(), to.layer(), to.category(), taxonomy)
                && declared.flatMap(ModuleRequirement::exemption).isEmpty()) {
            String why = to.layer() == from.layer() ? "of the same layer " + from.layer() + ", which the strict "
                    + "dependency policy forbids" : "of the higher layer " + to.layer() + ", and " + from.layer()
                    + " modules may only call modules of their own or lower layers";
            out.add(at + ", a module " + why + " (" + LAYER_RULE_MARK + "); place " + from.id()
                    + " in layer " + to.layer() + " or higher, or " + to.id() + " in layer " + from.layer()
                    + " or lower, in the plan; if the call must stay, declare requires[].exemption with a reason");
        }
        if (declared.isEmpty()) {
            out.add(at + ", which its requires does not list (" + UNDECLARED_CALL_MARK + "); after "
                    + "the migration add '- module: " + to.id() + "' under requires: in " + display(caller.target()
                    .resolve(".alexandria.yaml")));
        }
        return out;
    }

    /** The folders with configuration in a module's tree, without those of other planned modules. */
    private static List<Path> configDirs(Path tree, Set<Path> otherTrees) throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(tree) && (otherTrees.contains(dir) || SKIPPED_DIRS.contains(name(dir)))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (hasConfiguration(dir)) {
                    out.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    /** The folders with configuration in the caller scope, outside the planned modules. */
    private static List<Path> outsideConfigDirs(List<Path> scope, Set<Path> itemTrees) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path top : scope) {
            configDirs(top, itemTrees).stream().filter(d -> itemTrees.stream().noneMatch(d::startsWith))
                    .forEach(out::add);
        }
        return List.copyOf(out);
    }

    /**
     * Where callers of the migrated modules are looked for. In git: the work tree that holds both the migrated
     * folder and the library root — a migration between two repositories, or between git and a folder outside
     * git, is refused, because a moved module's history could not follow it and the legacy links left behind
     * would point out of their repository, working only on a machine with both checkouts side by side. Outside
     * git there is no project boundary to search up to: the library root, and the migrated folder's parent
     * when the folder is not inside the library root.
     */
    private List<Path> callerScope(Optional<GitIndex> git) {
        Optional<Path> folderTree = workTreeOf(folder);
        Optional<Path> rootTree = git.map(GitIndex::workTree);
        if (!folderTree.equals(rootTree)) {
            throw new CatalogException(null, "cannot migrate " + folder + " into " + root + ": "
                    + where(folder, folderTree) + ", but " + where(root, rootTree) + "; a module moved between "
                    + "repositories loses its history, and its legacy link would point out of its repository; "
                    + (folderTree.isPresent()
                            ? "plan it again into a library root inside " + folderTree.get() + " (--into "
                                    + folderTree.get() + ", or no --into), or copy the folder into the library's"
                                    + " repository first and migrate it there"
                            : "copy the folder into the library's repository first and migrate it there (no"
                                    + " --into), or plan it again into a folder outside git"));
        }
        if (rootTree.isPresent()) {
            return List.of(rootTree.get());
        }
        Path parent = folder.getParent();
        return folder.startsWith(root) || parent == null ? List.of(root) : List.of(root, parent);
    }

    private static String where(Path p, Optional<Path> tree) {
        return tree.map(t -> p + " is in the git repository at " + t).orElse(p + " is not in a git repository");
    }

    private static Optional<Path> workTreeOf(Path p) {
        try {
            Optional<GitIndex> g = GitIndex.open(p);
            g.ifPresent(GitIndex::close);
            return g.map(GitIndex::workTree);
        } catch (IOException e) {
            throw new AlexandriaException("cannot read the git repository that holds " + p + ": " + e.getMessage()
                    + "; repair it (git status) or migrate outside git", e);
        }
    }

    private static String name(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString();
    }

    private static boolean hasConfiguration(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> ModuleInspector.isConfigFile(name(f)) && Files.isRegularFile(f));
        } catch (IOException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // Small helpers

    private Optional<GitIndex> openGit() {
        try {
            return GitIndex.open(root);
        } catch (IOException e) {
            throw new AlexandriaException("cannot read the git repository that holds " + root + ": " + e.getMessage()
                    + "; repair it (git status) or migrate outside git", e);
        }
    }

    private SourceChange change(Path file, SourceRewriter.Rewrite r) {
        return new SourceChange(SourceLocation.of(display(file), r.at().line(), 0), r.at().call(), r.at().source(),
                r.newSource());
    }

    /** A path as messages name it: relative to the library root, with {@code /}. */
    /** Review lines with the paths of the library they name (a file that cannot be read) relative to its root. */
    private List<String> named(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(PathsInText.relative(root, line));
        }
        return out;
    }

    private String display(Path p) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            throw new CatalogException(null, "folder " + abs + " does not exist or cannot be read (" + e.getMessage()
                    + "); create the library root first (mkdir -p " + abs + ") or leave out --into", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = PlanApplier.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AlexandriaException("core resource " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AlexandriaException("cannot read core resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static String titleCase(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0)))
                        .append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /**
     * The review line that says how to tag the moved modules' releases. Migrate makes no tag: it stages and never
     * commits, a tag must name the commit that holds the module at its new place (publish reads the release from
     * there), and a tag of that name may exist already on an older commit, which must not be moved unasked.
     */
    private static String releaseTags(List<Item> items) {
        StringBuilder commands = new StringBuilder();
        for (Item i : items) {
            if (!i.inPlace()) {
                String tag = DefaultModuleVersions.tagName(i.metadata().id(), i.metadata().version());
                commands.append(commands.length() == 0 ? "" : " && ").append("git tag -a ").append(tag)
                        .append(" -m \"").append(i.metadata().id().value()).append(' ')
                        .append(i.metadata().version()).append('"');
            }
        }
        return "release tags: migrate commits nothing, so it makes no tags; once the migration is committed, tag "
                + "that commit for each moved module's version, so version, register and publish have a release to "
                + "start from (a tag of that name from before the migration holds the old layout: move it with "
                + "git tag -f -a): " + commands;
    }

    private static Version defaultVersion(MaturityLevel level) {
        for (String v : List.of("0.1.0", "1.0.0-beta.1", "1.0.0")) {
            if (level.allowsVersion(v)) {
                return Version.parse(v);
            }
        }
        return Version.parse("0.1.0");
    }

    private static MaturityLevel defaultMaturity(Version v) {
        for (MaturityLevel l : List.of(MaturityLevel.EXPERIMENTAL, MaturityLevel.BETA, MaturityLevel.STABLE)) {
            if (l.allowsVersion(v)) {
                return l;
            }
        }
        return MaturityLevel.EXPERIMENTAL;
    }

    private static List<String> examples(Path module) {
        Path dir = module.resolve("examples");
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).map(PlanApplier::name).sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static CompatibleWith compatibleWith(ModuleInterface spec) {
        Optional<VersionConstraint> terraform = spec.requiredCore().isEmpty() ? Optional.empty()
                : VersionConstraint.tryParse(String.join(", ", spec.requiredCore()));
        Map<String, VersionConstraint> providers = new TreeMap<>();
        for (ProviderRequirement p : spec.requiredProviders()) {
            if (!p.versionConstraints().isEmpty()) {
                VersionConstraint.tryParse(String.join(", ", p.versionConstraints()))
                        .ifPresent(c -> providers.put(p.localName(), c));
            }
        }
        return new CompatibleWith(terraform, providers);
    }

}
