package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.CostCategory;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.validate.MetadataRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads each kind of library file from a {@link YamlDocument} into api records, checking the rules that
 * concern one file. Problems become findings; a value that cannot be built is left out.
 */
final class CatalogReader {

    private CatalogReader() {
    }

    /** A registry and where each of its entries is. */
    record RegistryRead(ModuleRegistry registry, Map<ModuleId, SourceLocation> locations,
                        Map<ModuleId, Integer> indices, Map<ModuleId, Integer> archivedIndices) {

        RegistryRead(ModuleRegistry registry, Map<ModuleId, SourceLocation> locations,
                     Map<ModuleId, Integer> indices) {
            this(registry, locations, indices, Map.of());
        }
    }

    static RegistryRead registry(YamlDocument doc, List<Finding> findings) {
        YamlModel.RegistryYaml yaml = YamlBinder.bind(doc, YamlModel.RegistryYaml.class, findings);
        List<RegistryEntry> entries = new ArrayList<>();
        Map<ModuleId, SourceLocation> locations = new LinkedHashMap<>();
        Map<ModuleId, Integer> indices = new HashMap<>();
        if (yaml == null || yaml.modules() == null) {
            return new RegistryRead(ModuleRegistry.empty(), locations, indices);
        }
        Map<String, String> rawIds = new HashMap<>();
        for (int i = 0; i < yaml.modules().size(); i++) {
            YamlModel.RegistryEntryYaml e = yaml.modules().get(i);
            String at = "/modules/" + i;
            if (e == null) {
                continue;
            }
            if (e.id() != null && rawIds.putIfAbsent(e.id(), at) != null) {
                findings.add(Finding.error("duplicate-id", doc.locate(at + "/id"), "module '" + e.id()
                        + "' has a second registry entry (the first is at " + doc.locate(rawIds.get(e.id())) + ")",
                        "merge the two entries into one"));
                continue;
            }
            Optional<RegistryEntry> entry = registryEntry(new Converter(doc, findings), e, at);
            if (entry.isEmpty()) {
                continue;
            }
            ModuleId id = entry.get().id();
            locations.put(id, doc.locate(at));
            indices.put(id, i);
            entries.add(entry.get());
        }
        List<RegistryEntry> archived = new ArrayList<>();
        Map<ModuleId, Integer> archivedIndices = new HashMap<>();
        List<YamlModel.RegistryEntryYaml> as = yaml.archived() == null ? List.of() : yaml.archived();
        for (int i = 0; i < as.size(); i++) {
            YamlModel.RegistryEntryYaml e = as.get(i);
            String at = "/archived/" + i;
            if (e == null) {
                continue;
            }
            if (e.id() != null && rawIds.putIfAbsent(e.id(), at) != null) {
                findings.add(Finding.error("duplicate-id", doc.locate(at + "/id"), "module '" + e.id()
                        + "' has a second registry entry (the first is at " + doc.locate(rawIds.get(e.id())) + ")",
                        "keep one: an archived module's entry is under archived: only"));
                continue;
            }
            Optional<RegistryEntry> entry = registryEntry(new Converter(doc, findings), e, at);
            if (entry.isPresent()) {
                locations.put(entry.get().id(), doc.locate(at));
                archivedIndices.put(entry.get().id(), i);
                archived.add(entry.get());
            }
        }
        return new RegistryRead(new ModuleRegistry(entries, archived), locations, indices, archivedIndices);
    }

    static Optional<RegistryEntry> registryEntry(Converter c, YamlModel.RegistryEntryYaml e, String at) {
        int before = c.errors();
        Optional<ModuleId> id = c.moduleId(e.id(), at + "/id");
        Optional<Version> version = c.version(e.version(), at + "/version");
        Optional<Category> category = c.category(e.category(), at + "/category");
        Optional<MaturityLevel> maturity = c.maturity(e.maturity(), at + "/maturity");
        List<RegisteredVersion> versions = new ArrayList<>();
        Set<Version> seen = new HashSet<>();
        List<YamlModel.VersionYaml> vs = e.versions() == null ? List.of() : e.versions();
        for (int j = 0; j < vs.size(); j++) {
            YamlModel.VersionYaml v = vs.get(j);
            if (v == null) {
                continue;
            }
            String vat = at + "/versions/" + j;
            Optional<Version> vv = c.version(v.version(), vat + "/version");
            Optional<LocalDate> released = c.date(v.released(), vat + "/released");
            Optional<MaturityLevel> vm = c.maturity(v.maturity(), vat + "/maturity");
            if (vv.isPresent() && !seen.add(vv.get())) {
                c.error("duplicate-version", vat + "/version", "version " + vv.get() + " is registered twice",
                        "remove one of the two; published versions never change");
                continue;
            }
            Optional<LocalDate> published = v.published() == null ? Optional.empty()
                    : c.date(v.published(), vat + "/published");
            boolean treeOk = v.tree() == null || RegisteredVersion.isTreeHash(v.tree());
            if (!treeOk) {
                c.error("invalid-value", vat + "/tree", "tree '" + v.tree() + "' is not a git tree hash (40 "
                        + "lower-case hex digits)", "restore the tree hash register recorded (git rev-parse "
                        + "<tag>:<module folder>)");
            }
            if (vv.isPresent() && released.isPresent() && vm.isPresent() && treeOk
                    && (v.published() == null || published.isPresent())) {
                versions.add(new RegisteredVersion(vv.get(), released.get(), vm.get(),
                        v.changelog() == null ? "" : v.changelog(), Optional.ofNullable(v.gitTag()),
                        Optional.ofNullable(v.tree()), Optional.ofNullable(v.fingerprint()), published));
            }
        }
        RegistryEntry.Metrics metrics = RegistryEntry.Metrics.none();
        if (e.metrics() != null) {
            Optional<LocalDate> updated = c.date(e.metrics().lastUpdated(), at + "/metrics/last_updated");
            // An absent count is unknown, not zero (a negative one is reported by the binder).
            OptionalLong downloads = e.metrics().downloads() == null || e.metrics().downloads().signum() < 0
                    ? OptionalLong.empty()
                    : OptionalLong.of(c.count(e.metrics().downloads(), at + "/metrics/downloads", Long.MAX_VALUE));
            Double rating = e.metrics().rating();
            if (rating == null || (rating >= 0 && rating <= 5)) {
                metrics = new RegistryEntry.Metrics(downloads, Optional.ofNullable(rating), updated);
            }
        }
        Optional<RegistryEntry.CostInfo> cost = Optional.empty();
        if (e.cost() != null && e.cost().estimatedCost() != null && e.cost().estimatedCost().signum() >= 0) {
            CostCategory derived = CostCategory.forMonthlyCost(e.cost().estimatedCost());
            CostCategory category1 = derived;
            if (e.cost().costCategory() != null) {
                Optional<CostCategory> declared = CostCategory.fromId(e.cost().costCategory());
                if (declared.isEmpty()) {
                    c.error("invalid-value", at + "/cost/cost_category", "unknown cost_category '"
                            + e.cost().costCategory() + "'", "use one of low, medium, high, very-high");
                } else {
                    category1 = declared.get();
                    if (declared.get() != derived) {
                        c.warning("cost-category", at + "/cost/cost_category", "cost_category '"
                                + declared.get().id() + "' does not match estimated_cost "
                                + e.cost().estimatedCost().toPlainString() + " (" + derived.id() + ")",
                                "set cost_category to " + derived.id());
                    }
                }
            }
            cost = Optional.of(new RegistryEntry.CostInfo(e.cost().estimatedCost(), category1,
                    Boolean.TRUE.equals(e.cost().partial()), Boolean.TRUE.equals(e.cost().usagePriced())));
        }
        List<String> tags = Converter.list(e.tags());
        if (new HashSet<>(tags).size() != tags.size()) {
            c.error("duplicate-tag", at + "/tags", "tags lists a tag twice", "remove the duplicate");
        }
        var requires = c.requirements(e.requires(), at + "/requires");
        var compatible = c.compatibleWith(e.compatibleWith(), at + "/compatible_with");
        List<MaturityChange> history = c.history(e.maturityHistory(), at + "/maturity_history");
        Optional<Deprecation> deprecation = deprecation(c, e.deprecation(), at + "/deprecation");
        if (c.errors() > before || id.isEmpty() || version.isEmpty() || category.isEmpty() || maturity.isEmpty()
                || e.support() == null || e.support().maintainer() == null || e.name() == null
                || e.description() == null) {
            return Optional.empty();
        }
        if (!versions.isEmpty()) {
            Version highest = versions.stream().map(RegisteredVersion::version).max(Version::compareTo).orElseThrow();
            if (!highest.equals(version.get())) {
                c.warning("registry-version", at + "/version", "version " + version.get()
                        + " is not the highest registered version " + highest, "set version to " + highest);
            }
        }
        return Optional.of(new RegistryEntry(id.get(), e.name(), version.get(), category.get(), tags,
                maturity.get(), e.description(), Optional.ofNullable(e.readmeUrl()), Converter.list(e.examples()),
                requires, compatible, metrics, cost,
                new RegistryEntry.Support(e.support().maintainer(), Optional.ofNullable(e.support().supportChannel())),
                versions, history, deprecation));
    }

    static Taxonomy taxonomy(YamlDocument doc, List<Finding> findings) {
        YamlModel.CategoriesYaml yaml = YamlBinder.bind(doc, YamlModel.CategoriesYaml.class, findings);
        Converter c = new Converter(doc, findings);
        DependencyPolicy policy = DependencyPolicy.DEFAULT;
        if (yaml == null) {
            return new Taxonomy(policy, List.of());
        }
        if (yaml.dependencyPolicy() != null) {
            Optional<DependencyPolicy> p = DependencyPolicy.fromId(yaml.dependencyPolicy());
            if (p.isEmpty()) {
                c.error("invalid-value", "/dependency_policy", "unknown dependency_policy '"
                        + yaml.dependencyPolicy() + "'", "use default or strict");
            } else {
                policy = p.get();
            }
        }
        List<Taxonomy.LayerDefinition> layers = new ArrayList<>();
        Set<Layer> seenLayers = new HashSet<>();
        List<YamlModel.LayerYaml> ls = Converter.list(yaml.layers());
        for (int i = 0; i < ls.size(); i++) {
            YamlModel.LayerYaml l = ls.get(i);
            String at = "/layers/" + i;
            Optional<Layer> layer = c.layer(l.name(), at + "/name");
            if (layer.isEmpty()) {
                continue;
            }
            if (!seenLayers.add(layer.get())) {
                c.error("duplicate-id", at + "/name", "layer '" + layer.get() + "' is declared twice",
                        "merge the two declarations");
                continue;
            }
            if (l.rank() != null && l.rank() != layer.get().rank()) {
                c.error("invalid-value", at + "/rank", "layer '" + layer.get() + "' has rank " + layer.get().rank()
                        + ", found " + l.rank(), "set rank to " + layer.get().rank());
            }
            List<Taxonomy.CategoryDefinition> categories = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<YamlModel.CategoryYaml> cs = Converter.list(l.categories());
            for (int j = 0; j < cs.size(); j++) {
                YamlModel.CategoryYaml cy = cs.get(j);
                if (cy.name() == null || !cy.name().matches(YamlModel.KEBAB)) {
                    continue; // reported by the binder
                }
                if (!seen.add(cy.name())) {
                    c.error("duplicate-id", at + "/categories/" + j + "/name", "category '" + layer.get() + "/"
                            + cy.name() + "' is declared twice", "remove one of the two");
                    continue;
                }
                categories.add(new Taxonomy.CategoryDefinition(new Category(layer.get(), cy.name()),
                        cy.description() == null ? "" : cy.description(), Boolean.TRUE.equals(cy.crossCutting())));
            }
            layers.add(new Taxonomy.LayerDefinition(layer.get(), l.description() == null ? "" : l.description(),
                    categories));
        }
        layers.sort((a, b) -> Integer.compare(a.layer().rank(), b.layer().rank()));
        return new Taxonomy(policy, layers);
    }

    static TagTaxonomy tags(YamlDocument doc, List<Finding> findings) {
        YamlModel.TagsYaml yaml = YamlBinder.bind(doc, YamlModel.TagsYaml.class, findings);
        Converter c = new Converter(doc, findings);
        if (yaml == null) {
            return TagTaxonomy.empty();
        }
        List<TagTaxonomy.TagDefinition> tags = new ArrayList<>();
        Map<String, String> words = new HashMap<>();
        List<YamlModel.TagYaml> ts = Converter.list(yaml.tags());
        for (int i = 0; i < ts.size(); i++) {
            YamlModel.TagYaml t = ts.get(i);
            String at = "/tags/" + i;
            if (t.name() == null || !t.name().matches(YamlModel.KEBAB)) {
                continue;
            }
            if (words.containsKey(t.name())) {
                c.error("duplicate-id", at + "/name", "tag '" + t.name() + "' is already declared as "
                        + words.get(t.name()), "remove one of the two");
                continue;
            }
            words.put(t.name(), "a tag");
            List<String> synonyms = Converter.list(t.synonyms());
            for (int j = 0; j < synonyms.size(); j++) {
                String s = synonyms.get(j);
                if (words.containsKey(s)) {
                    c.error("duplicate-id", at + "/synonyms/" + j, "synonym '" + s + "' is already declared as "
                            + words.get(s), "keep each word in one place");
                }
                words.put(s, "a synonym of '" + t.name() + "'");
            }
            tags.add(new TagTaxonomy.TagDefinition(t.name(), t.description() == null ? "" : t.description(),
                    synonyms, Optional.ofNullable(t.parent())));
        }
        for (int i = 0; i < ts.size(); i++) {
            YamlModel.TagYaml t = ts.get(i);
            if (t.parent() != null && tags.stream().noneMatch(d -> d.name().equals(t.parent()))) {
                c.error("unknown-reference", "/tags/" + i + "/parent", "parent '" + t.parent()
                        + "' is not a declared tag", "declare it or remove the parent");
            }
        }
        parentLoops(ts, c);
        return new TagTaxonomy(tags);
    }

    /**
     * Reports each loop of {@code parent:} links once, at the parent line of the loop's first tag in the file: a
     * tag whose parent chain comes back to itself has no root, so a search that widens a tag to its parents would
     * never end and the hierarchy the file means cannot be told. The message spells the loop out
     * ({@code a → b → c → a}); the fix is to end it at a tag without a parent.
     */
    private static void parentLoops(List<YamlModel.TagYaml> ts, Converter c) {
        Map<String, String> parentOf = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ts.size(); i++) {
            YamlModel.TagYaml t = ts.get(i);
            if (t.name() != null && !index.containsKey(t.name())) {
                index.put(t.name(), i);
                if (t.parent() != null) {
                    parentOf.put(t.name(), t.parent());
                }
            }
        }
        java.util.Set<String> done = new java.util.HashSet<>();
        for (int i = 0; i < ts.size(); i++) {
            String start = ts.get(i).name();
            if (start == null || done.contains(start)) {
                continue;
            }
            // Follow the chain from this tag; the first tag met twice closes a loop, unless the chain ran into a
            // tag already followed (whose loop, if any, was reported from there).
            List<String> chain = new ArrayList<>();
            String t = start;
            while (t != null && !done.contains(t) && !chain.contains(t)) {
                chain.add(t);
                t = parentOf.get(t);
            }
            if (t != null && chain.contains(t)) {
                List<String> loop = new ArrayList<>(chain.subList(chain.indexOf(t), chain.size()));
                String first = loop.stream().min(java.util.Comparator.comparingInt(index::get)).orElseThrow();
                java.util.Collections.rotate(loop, -loop.indexOf(first));
                loop.add(first);
                c.error("parent-loop", "/tags/" + index.get(first) + "/parent", "the parents of tag '" + first
                        + "' lead back to it: " + String.join(" → ", loop) + "; a tag cannot be its own ancestor",
                        loop.size() == 2 ? "remove the parent of " + first + " (a top tag has no parent)"
                                : "remove the parent of one of " + String.join(", ", new java.util.TreeSet<>(loop))
                                + " (a top tag has no parent)");
            }
            done.addAll(chain);
        }
    }

    /** What the state machine allows, for a maturity-levels.yaml that tries to change it. */
    static final String FIXED_MACHINE = "declare criteria only for experimental → alpha, alpha → beta, beta → stable "
            + "or stable → mature, and remove the rest; the other moves are fixed: demotion below stable and from "
            + "mature back to stable (no criteria), any level → deprecated → archived (see docs/maturity.md)";

    private static String notAStepUp(MaturityLevel from, MaturityLevel to) {
        if (from == to) {
            return "does not change the level";
        }
        if (!to.isActive()) {
            return "is not a promotion (deprecate and archive take no criteria)";
        }
        if (!from.isActive()) {
            return "leaves " + from + ", which nothing does but " + from + " → archived";
        }
        if (to.ordinal() < from.ordinal()) {
            return "is a demotion" + (from.canTransitionTo(to) ? " (allowed, but demotions take no criteria)"
                    : " the state machine forbids (once stable, a module only goes back from mature to stable)");
        }
        return "skips a level (promotion is one level at a time)";
    }

    static MaturityModel maturityModel(YamlDocument doc, List<Finding> findings) {
        int before = findings.size();
        YamlModel.MaturityLevelsYaml yaml = YamlBinder.bind(doc, YamlModel.MaturityLevelsYaml.class, findings);
        // a key that would configure the transitions (transitions:, demotions:, …) is not just unknown: the
        // state machine cannot be configured, so say that and what it allows
        for (int i = before; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String key = f.ruleId().equals("unknown-key") ? f.message().replaceFirst("^unknown key '([^']*)'.*$", "$1")
                    : "";
            String lower = key.toLowerCase(java.util.Locale.ROOT);
            if (doc.root() != null && doc.root().has(key) && (lower.contains("transition")
                    || lower.contains("demot") || lower.contains("state"))) {
                findings.set(i, Finding.error("invalid-transition", f.location(), key + ": would configure the "
                        + "maturity transitions, but the state machine is fixed: experimental → alpha → beta → "
                        + "stable → mature, one level at a time; this file only sets the criteria of each step up",
                        "remove " + key + ":; " + FIXED_MACHINE));
            }
        }
        Converter c = new Converter(doc, findings);
        if (yaml == null) {
            return new MaturityModel(List.of(), List.of());
        }
        List<MaturityModel.LevelDefinition> levels = new ArrayList<>();
        List<YamlModel.LevelYaml> ls = Converter.list(yaml.levels());
        for (int i = 0; i < ls.size(); i++) {
            YamlModel.LevelYaml l = ls.get(i);
            c.maturity(l.name(), "/levels/" + i + "/name").ifPresent(level -> levels.add(
                    new MaturityModel.LevelDefinition(level, l.description() == null ? "" : l.description(),
                            Converter.list(l.requirements()), Optional.ofNullable(l.sla()))));
        }
        List<MaturityModel.Promotion> promotions = new ArrayList<>();
        List<YamlModel.PromotionYaml> ps = Converter.list(yaml.promotions());
        for (int i = 0; i < ps.size(); i++) {
            YamlModel.PromotionYaml p = ps.get(i);
            String at = "/promotions/" + i;
            Optional<MaturityLevel> from = c.maturity(p.from(), at + "/from");
            Optional<MaturityLevel> to = c.maturity(p.to(), at + "/to");
            List<MaturityModel.Criterion> criteria = new ArrayList<>();
            List<YamlModel.CriterionYaml> cs = Converter.list(p.criteria());
            for (int j = 0; j < cs.size(); j++) {
                YamlModel.CriterionYaml cr = cs.get(j);
                if (cr.id() == null) {
                    continue;
                }
                if (!MaturityModel.Criterion.KNOWN_IDS.contains(cr.id())) {
                    c.error("invalid-value", at + "/criteria/" + j + "/id", "unknown criterion id '" + cr.id()
                            + "'", "use one of " + String.join(", ", MaturityModel.Criterion.KNOWN_IDS));
                    continue;
                }
                String thresholdAt = at + "/criteria/" + j + "/threshold";
                if (cr.threshold() != null && !MaturityModel.Criterion.COUNTED_IDS.contains(cr.id())) {
                    c.error("invalid-value", thresholdAt, YamlBinder.describe(thresholdAt) + ": criterion '"
                            + cr.id() + "' is met or not, so it takes no threshold", "remove the threshold (criteria that count something: "
                            + String.join(", ", MaturityModel.Criterion.COUNTED_IDS) + ")");
                    continue;
                }
                if (cr.threshold() != null && (cr.threshold().signum() < 0
                        || cr.threshold().stripTrailingZeros().scale() > 0)) {
                    c.error("invalid-value", thresholdAt, YamlBinder.describe(thresholdAt) + " "
                            + cr.threshold().toPlainString() + " of '"
                            + cr.id() + "' is not a whole number of 0 or more", "write how many are needed, "
                            + "e.g. threshold: 2");
                    continue;
                }
                criteria.add(new MaturityModel.Criterion(cr.id(), cr.description() == null ? "" : cr.description(),
                        Optional.ofNullable(cr.threshold())));
            }
            if (from.isPresent() && to.isPresent()) {
                if (from.get().next().filter(n -> n == to.get()).isEmpty()) {
                    c.error("invalid-transition", at, "promotions declares " + from.get() + " → " + to.get()
                            + ", which " + notAStepUp(from.get(), to.get()) + "; the state machine is fixed, and "
                            + "this file only sets the criteria of each step up", FIXED_MACHINE);
                    continue;
                }
                Optional<MaturityModel.Promotion> twice = promotions.stream()
                        .filter(q -> q.from() == from.get() && q.to() == to.get()).findFirst();
                if (twice.isPresent()) {
                    c.error("duplicate-id", at, "the promotion from " + from.get() + " to " + to.get()
                            + " is declared twice", "merge the criteria of both entries into one");
                    continue;
                }
                promotions.add(new MaturityModel.Promotion(from.get(), to.get(), criteria));
            }
        }
        return new MaturityModel(levels, promotions);
    }

    static SearchIndexConfig searchIndex(YamlDocument doc, List<Finding> findings) {
        YamlModel.SearchIndexYaml yaml = YamlBinder.bind(doc, YamlModel.SearchIndexYaml.class, findings);
        if (yaml == null) {
            return SearchIndexConfig.empty();
        }
        List<SearchIndexConfig.SearchIndex> indices = new ArrayList<>();
        for (YamlModel.IndexYaml i : Converter.list(yaml.indices())) {
            if (i.name() == null || i.name().isBlank()) {
                continue;
            }
            Map<String, Double> boosts = new LinkedHashMap<>();
            if (i.boosts() != null) {
                i.boosts().forEach((k, v) -> {
                    if (v != null) {
                        boosts.put(k, v);
                    }
                });
            }
            indices.add(new SearchIndexConfig.SearchIndex(i.name(), Converter.list(i.fields()), boosts));
        }
        return new SearchIndexConfig(indices);
    }

    static CatalogSettings settings(YamlDocument doc, List<Finding> findings) {
        YamlModel.SettingsYaml yaml = YamlBinder.bind(doc, YamlModel.SettingsYaml.class, findings);
        if (yaml == null) {
            return CatalogSettings.defaults();
        }
        Converter c = new Converter(doc, findings);
        CatalogSettings.Versioning versioning = CatalogSettings.Versioning.defaults();
        if (yaml.versioning() != null && yaml.versioning().riskyChanges() != null) {
            String risky = yaml.versioning().riskyChanges();
            if (risky.equals("breaking") || risky.equals("minor")) {
                versioning = new CatalogSettings.Versioning(risky.equals("breaking"));
            } else {
                c.error("invalid-value", "/versioning/risky_changes", "risky_changes must be minor or breaking, found '"
                        + risky + "'", "write minor (risky changes require a minor bump, the default) or breaking "
                        + "(they require a major bump, as with --strict)");
            }
        }
        CatalogSettings.Inspect inspect = yaml.inspect() == null ? CatalogSettings.Inspect.defaults()
                : new CatalogSettings.Inspect(boilerplateFiles(c, yaml.inspect()));
        CatalogSettings.Graph graph = yaml.graph() == null ? CatalogSettings.Graph.defaults()
                : new CatalogSettings.Graph(registrySources(c, yaml.graph()));
        CatalogSettings.Migrate migrate = CatalogSettings.Migrate.defaults();
        if (yaml.migrate() != null && yaml.migrate().legacyLinkMonths() != null) {
            int months = yaml.migrate().legacyLinkMonths();
            if (months < 0 || months > CatalogSettings.Migrate.MAX_LEGACY_LINK_MONTHS) {
                c.error("invalid-value", "/migrate/legacy_link_months", "legacy_link_months must be between 0 and "
                        + CatalogSettings.Migrate.MAX_LEGACY_LINK_MONTHS + ", found " + months,
                        "write how many months after a migration its legacy symlinks may be removed (12 by default)");
            } else {
                migrate = new CatalogSettings.Migrate(months);
            }
        }
        CatalogSettings.Notify notify = yaml.notifications() == null ? CatalogSettings.Notify.defaults()
                : new CatalogSettings.Notify(webhooks(c, yaml.notifications()));
        return new CatalogSettings(inspect, versioning, graph, migrate, notify);
    }

    private static List<String> webhooks(Converter c, YamlModel.NotifySettingsYaml notify) {
        List<String> urls = new ArrayList<>();
        List<String> raw = notify.webhooks() == null ? List.of() : notify.webhooks();
        for (int i = 0; i < raw.size(); i++) {
            String url = raw.get(i);
            String at = "/notify/webhooks/" + i;
            if (url == null || url.isBlank()) {
                continue; // reported by the binder
            }
            Optional<String> problem = CatalogSettings.Notify.problem(url);
            if (problem.isPresent()) {
                c.error("invalid-value", at, "webhook '" + url + "' " + problem.get(),
                        "write the URL the notification is posted to, such as https://hooks.example.com/alexandria");
                continue;
            }
            if (urls.contains(url)) {
                c.error("duplicate-id", at, "webhook '" + url + "' is listed twice", "remove the duplicate");
                continue;
            }
            urls.add(url);
        }
        return urls;
    }

    private static List<String> boilerplateFiles(Converter c, YamlModel.InspectSettingsYaml inspect) {
        List<String> files = new ArrayList<>();
        List<String> raw = inspect.boilerplateFiles() == null ? List.of() : inspect.boilerplateFiles();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i);
            String at = "/inspect/boilerplate_files/" + i;
            if (name == null || name.isBlank()) {
                continue; // reported by the binder
            }
            if (!CatalogSettings.Inspect.isBoilerplateFileName(name)) {
                String base = name.replace('\\', '/');
                base = base.substring(base.lastIndexOf('/') + 1).strip();
                String hint = !base.equals(name) && CatalogSettings.Inspect.isBoilerplateFileName(base)
                        ? "write the file name only: " + base
                        : "name a file such as context.tf; boilerplate files are matched by name in every module";
                c.error("invalid-value", at, "boilerplate file '" + name
                        + "' is not a file name ending in .tf or .tf.json", hint);
                continue;
            }
            if (files.contains(name)) {
                c.error("duplicate-id", at, "boilerplate file '" + name + "' is listed twice",
                        "remove the duplicate");
                continue;
            }
            files.add(name);
        }
        return files;
    }

    private static List<String> registrySources(Converter c, YamlModel.GraphSettingsYaml graph) {
        List<String> patterns = new ArrayList<>();
        List<String> raw = graph.registrySources() == null ? List.of() : graph.registrySources();
        for (int i = 0; i < raw.size(); i++) {
            String pattern = raw.get(i);
            String at = "/graph/registry_sources/" + i;
            if (pattern == null || pattern.isBlank()) {
                continue; // reported by the binder
            }
            Optional<String> problem = CatalogSettings.Graph.problem(pattern);
            if (problem.isPresent()) {
                c.error("invalid-value", at, "registry source '" + pattern + "' " + problem.get(),
                        "write a registry address with {id} where the module id stands, such as "
                                + "app.terraform.io/acme/{id}/aws");
                continue;
            }
            if (patterns.contains(pattern)) {
                c.error("duplicate-id", at, "registry source '" + pattern + "' is listed twice",
                        "remove the duplicate");
                continue;
            }
            patterns.add(pattern);
        }
        return patterns;
    }

    /**
     * Reads a module's {@code .alexandria.yaml} and checks it against its path.
     *
     * @param folderId       the folder name
     * @param pathLayer      the layer from the path
     * @param pathCategory   the category from the path
     */
    static Optional<ModuleMetadata> metadata(YamlDocument doc, List<Finding> findings, String folderId,
                                             Layer pathLayer, Category pathCategory) {
        YamlModel.MetadataYaml m = YamlBinder.bind(doc, YamlModel.MetadataYaml.class, findings);
        if (m == null) {
            return Optional.empty();
        }
        Converter c = new Converter(doc, findings);
        long errorsBefore = findings.stream().filter(Finding::isError).count();
        Optional<ModuleId> id = c.moduleId(m.id(), "/id");
        Optional<Layer> layer = c.layer(m.layer(), "/layer");
        Optional<Category> category = c.category(m.category(), "/category");
        for (MetadataRules.Problem p : MetadataRules.pathAgreement(id, folderId, layer, pathLayer, category,
                pathCategory)) {
            c.error(p.ruleId(), p.pointer(), p.message(), p.hint());
        }
        Optional<MaturityLevel> maturity = c.maturity(m.maturity(), "/maturity");
        Optional<Version> version = c.version(m.version(), "/version");
        if (maturity.isPresent() && version.isPresent()) {
            MetadataRules.versionMaturity(maturity.get(), version.get())
                    .ifPresent(p -> c.error(p.ruleId(), p.pointer(), p.message(), p.hint()));
        }
        Optional<ComplexityTier> complexity = Optional.empty();
        if (m.complexity() != null) {
            complexity = ComplexityTier.fromId(m.complexity());
            if (complexity.isEmpty()) {
                c.error("invalid-value", "/complexity", "unknown complexity '" + m.complexity() + "'",
                        "use basic, standard or advanced");
            }
        }
        List<String> tags = Converter.list(m.tags());
        Set<String> seenTags = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            if (!seenTags.add(tags.get(i))) {
                c.error("duplicate-tag", "/tags/" + i, "tag '" + tags.get(i) + "' is listed twice",
                        "remove the duplicate");
            }
        }
        var requires = c.requirements(m.requires(), "/requires");
        Optional<Deprecation> deprecation = deprecation(c, m.deprecation(), "/deprecation");
        List<MaturityChange> history = c.history(m.maturityHistory(), "/maturity_history");
        if (maturity.isPresent() && !maturity.get().isActive() && m.deprecation() == null) {
            c.error("deprecation-missing", "/maturity", "maturity '" + maturity.get()
                    + "' needs a deprecation block", "add deprecation: with a reason (and a replacement if any)");
        }
        Optional<BigDecimal> cost = Optional.ofNullable(m.cost()).map(YamlModel.CostYaml::estimatedMonthlyUsd)
                .filter(v -> v.signum() >= 0);
        Evidence evidence = Evidence.none();
        if (m.evidence() != null) {
            YamlModel.EvidenceYaml e = m.evidence();
            evidence = new Evidence(optInt(c, e.productionTeams(), "/evidence/production_teams"),
                    optInt(c, e.criticalBugs(), "/evidence/critical_bugs"),
                    optInt(c, e.criticalBugs90d(), "/evidence/critical_bugs_90d"),
                    optInt(c, e.caseStudies(), "/evidence/case_studies"), Optional.ofNullable(e.benchmarks()),
                    Optional.ofNullable(e.documentation()), Optional.ofNullable(e.apiComplete()),
                    Optional.ofNullable(e.communityUsage()), c.dates(e.criticalBugDates(),
                            "/evidence/critical_bug_dates"));
        }
        var compatible = c.compatibleWith(m.compatibleWith(), "/compatible_with");
        long errorsAfter = findings.stream().filter(Finding::isError).count();
        if (errorsAfter > errorsBefore || id.isEmpty() || layer.isEmpty() || category.isEmpty()
                || maturity.isEmpty() || version.isEmpty() || m.name() == null || m.description() == null
                || m.maintainer() == null || m.name().isBlank() || m.description().isBlank()
                || m.maintainer().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ModuleMetadata(id.get(), m.name(), m.description(), version.get(), layer.get(),
                category.get(), maturity.get(), complexity, tags, m.maintainer(),
                Optional.ofNullable(m.supportChannel()), requires, compatible, cost,
                Converter.list(m.examples()), deprecation, evidence, history));
    }

    private static Optional<Deprecation> deprecation(Converter c, YamlModel.DeprecationYaml d, String at) {
        if (d == null || d.reason() == null || d.reason().isBlank()) {
            return Optional.empty();
        }
        Optional<ModuleId> replacement = c.moduleId(d.replacement(), at + "/replacement");
        Optional<LocalDate> removal = c.date(d.removalDate(), at + "/removal_date");
        return Optional.of(new Deprecation(d.reason(), replacement, removal));
    }

    private static OptionalInt optInt(Converter c, java.math.BigInteger value, String pointer) {
        if (value == null || value.signum() < 0) {
            return OptionalInt.empty(); // negative: reported by the binder
        }
        return OptionalInt.of((int) c.count(value, pointer, Integer.MAX_VALUE));
    }
}
