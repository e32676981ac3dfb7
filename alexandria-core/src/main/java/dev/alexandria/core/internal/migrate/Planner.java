package dev.alexandria.core.internal.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Inferred;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.ResourceRef;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.catalog.YamlAccess;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import dev.alexandria.core.internal.lifecycle.LevelNeeds;
import dev.alexandria.core.internal.validate.MaturityFilesValidator;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Infers a {@link MigrationPlan}: finds the modules ({@link ModuleFinder}), reads each one's code, README,
 * CODEOWNERS and git history, and proposes every field with its evidence; a field nothing supports is unknown.
 * Reads only; thread-confined.
 */
final class Planner {

    /** A file name shared by at least this many modules with the same content is boilerplate. */
    static final int BOILERPLATE_MIN_MODULES = 3;

    private final Path folder;
    private final Path into;
    private final TargetTaxonomy taxonomy;
    private final ResourceTable table;
    private final Placement placement;
    /** The target library's maturity model (its promotion criteria), the lifecycle's defaults when it has none. */
    private final MaturityModel levels;

    Planner(Path folder, Path into, TargetTaxonomy taxonomy, ResourceTable table) {
        this.folder = folder;
        this.into = into;
        this.taxonomy = taxonomy;
        this.table = table;
        this.placement = new Placement(table);
        this.levels = levels(into);
    }

    /** The library's _catalog/maturity-levels.yaml; the defaults when it is missing or does not read. */
    private static MaturityModel levels(Path into) {
        try {
            return dev.alexandria.core.internal.catalog.CatalogStore.of(into).readMaturityModel();
        } catch (dev.alexandria.api.AlexandriaException e) { // applying the plan and validate report the file
            return new MaturityModel(List.of(), List.of());
        }
    }

    /** Each folder's interface, read once: a nested module is also a local part of its parent. */
    private final Map<Path, ModuleInterface> inspected = new java.util.concurrent.ConcurrentHashMap<>();

    private ModuleInterface inspect(Path dir, InspectOptions options) {
        return inspected.computeIfAbsent(dir.toAbsolutePath().normalize(), p -> new ModuleInspector().inspect(p,
                options));
    }

    MigrationPlan plan() {
        ModuleFinder finder = ModuleFinder.scan(folder);
        List<ModuleFinder.Found> found = finder.modules();
        List<String> sources = found.stream().map(ModuleFinder.Found::source).toList();
        Map<String, String> boilerplate = boilerplate(found);
        GitFacts git = GitFacts.read(folder, sources);
        Owners owners = Owners.of(folder);
        InspectOptions options = new InspectOptions(boilerplate.keySet());
        Map<String, ModuleFinder.Found> bySource = new HashMap<>();
        found.forEach(f -> bySource.put(f.source(), f));
        List<PlannedModule.Builder> builders = found.parallelStream()
                .map(f -> infer(f, options, boilerplate, git, owners, bySource))
                .collect(Collectors.toList());
        disambiguate(builders);
        MigrationPlan.Builder plan = MigrationPlan.builder(folder, into).skipped(finder.skipped());
        builders.forEach(b -> plan.module(b.build()));
        return plan.build();
    }

    // ---------------------------------------------------------------- one module

    private PlannedModule.Builder infer(ModuleFinder.Found f, InspectOptions options, Map<String, String> boilerplate,
                                        GitFacts repoGit, Owners repoOwners, Map<String, ModuleFinder.Found> bySource) {
        ModuleInterface mi = inspect(f.dir(), options);
        Readme readme = Readme.of(f.dir());
        String code = code(f.dir());
        PlannedModule.Builder b = PlannedModule.builder(f.source());
        String folderName = f.dir().getFileName().toString();
        b.id(id(f, bySource));
        List<String> nameWords = new ArrayList<>(Placement.words(folderName));
        readme.title().ifPresent(t -> nameWords.addAll(Placement.words(t)));
        nameWords.removeAll(Placement.noise());
        List<String> distinctWords = List.copyOf(new LinkedHashSet<>(nameWords));

        // layer and category
        Placement.Result place = placement.infer(parts(f.dir(), mi, code, options), distinctWords);
        if (place.category().isEmpty()) {
            b.layer(Inferred.unknown(place.evidence()));
            b.category(Inferred.unknown(place.evidence()));
            b.addReview("layer and category unknown: " + place.evidence());
        } else {
            Category c = place.category().get();
            b.layer(Inferred.of(c.layer(), place.layerConfidence(), place.evidence()));
            Category fitted = fit(c);
            if (fitted != c) {
                b.category(Inferred.of(fitted.subcategory(), Placement.round(place.confidence() * 0.8),
                        place.evidence() + "; " + c.id() + " is not in " + taxonomy.categoriesSource() + ", "
                                + fitted.subcategory() + " is the closest there"));
                b.addReview("category " + c.id() + " does not exist in " + taxonomy.categoriesSource()
                        + "; mapped to " + fitted.id());
            } else if (!taxonomy.hasCategory(c.layer(), c.subcategory())) {
                b.category(Inferred.of(c.subcategory(), place.confidence(), place.evidence()));
                b.newCategory(true);
                b.addReview("new category " + c.id() + ": none in " + taxonomy.categoriesSource() + " fits");
            } else {
                b.category(Inferred.of(c.subcategory(), place.confidence(), place.evidence()));
            }
            if (place.confidence() < 0.35) {
                b.addReview("category confidence " + place.confidence() + " is low: " + place.evidence());
            } else if (place.layerConfidence() < 0.5) {
                b.addReview("layer confidence " + place.layerConfidence() + " is low: " + place.evidence());
            }
        }

        // name and description
        b.name(readme.title().map(t -> Inferred.of(t, 0.8, "title of " + readme.file()))
                .orElseGet(() -> Inferred.of(titleCase(folderName), 0.4, "folder name (no README title)")));
        if (readme.firstParagraph().isPresent()) {
            b.description(Inferred.of(readme.firstParagraph().get(), 0.7, "first paragraph of " + readme.file()));
        } else if (!place.mainResources().isEmpty()) {
            String main = place.mainResources().get(0);
            int others = (int) mi.managedResources().stream().filter(r -> !r.type().equals(main)).count();
            b.description(Inferred.of("Manages " + main + (others == 0 ? "" : " and " + others + " related resource"
                    + (others == 1 ? "" : "s")) + ".", 0.3, "main resource " + main + " (no README paragraph)"));
        } else {
            b.description(Inferred.unknown("no README paragraph and no resource the table knows"));
        }

        // tier, as the catalog derives it
        int own = mi.ownVariableCount();
        Set<String> variableFiles = mi.variables().stream().map(v -> fileName(v.location().file()))
                .collect(Collectors.toSet());
        List<String> left = variableFiles.stream().filter(boilerplate::containsKey).sorted().toList();
        b.tier(Inferred.of(ComplexityTier.forVariableCount(own), 1.0, own + " input variable" + (own == 1 ? "" : "s")
                + " of its own" + (left.isEmpty() ? "" : " (" + left.stream().map(n -> n + " " + boilerplate.get(n))
                .collect(Collectors.joining(", ")) + ", left out)")));

        // tags through tags.yaml
        b.tags(tags(mi, place, distinctWords));

        // version and maturity
        boolean ownRepo = Files.exists(f.dir().resolve(".git"));
        GitFacts git = ownRepo ? GitFacts.read(f.dir(), List.of(".")) : repoGit;
        String gitSource = ownRepo ? "." : f.source();
        List<String> tagNames = List.of(folderName, f.source());
        Optional<Map.Entry<Version, String>> tag = git.latestTag(gitSource, tagNames);
        Inferred<Version> version;
        if (tag.isPresent()) {
            version = Inferred.of(tag.get().getKey(), 0.9, "latest git tag " + tag.get().getValue());
        } else {
            Optional<Version> cl = Readme.changelogVersion(f.dir()).flatMap(Version::tryParse);
            version = cl.map(v -> Inferred.of(v, 0.7, "newest version in CHANGELOG.md"))
                    .orElseGet(() -> Inferred.unknown("no version tag naming the module and no CHANGELOG.md"));
        }
        b.version(version);
        b.maturity(maturity(version, f.dir(), levels, b::addReview));

        // maintainer
        Optional<Map.Entry<Codeowners, Codeowners.Rule>> rule = repoOwners.ruleFor(f);
        if (rule.isPresent()) {
            b.maintainer(Inferred.of(String.join(" ", rule.get().getValue().owners()), 0.9, rule.get().getKey().file()
                    + " rule '" + rule.get().getValue().text() + "'"));
        } else {
            Optional<GitFacts.Author> a = git.topAuthor(gitSource);
            b.maintainer(a.map(x -> Inferred.of(x.name(), 0.5, "most frequent git author (" + x.commits() + " of "
                    + x.total() + " commits)")).orElseGet(() -> Inferred.unknown("no CODEOWNERS rule and no git history")));
        }
        return b;
    }

    /**
     * The CODEOWNERS files a module's maintainer is looked up in, nearest first: the module's own folder (its
     * paths relative to the module), the migrated folder (relative to it), the root of the git work tree above
     * it (relative to that root, as GitHub reads it). The first file with a rule for the module decides.
     */
    private record Owners(Optional<Codeowners> folder, Optional<Codeowners> repository, String folderInRepository) {

        static Owners of(Path folder) {
            Optional<Path> root = Codeowners.repositoryRootAbove(folder);
            Optional<Codeowners> repository = root.flatMap(r -> Codeowners.find(r,
                    folder.relativize(r).toString().replace('\\', '/') + "/"));
            String inRepository = root.map(r -> r.relativize(folder).toString().replace('\\', '/')).orElse("");
            return new Owners(Codeowners.find(folder), repository, inRepository);
        }

        Optional<Map.Entry<Codeowners, Codeowners.Rule>> ruleFor(ModuleFinder.Found f) {
            Optional<Codeowners> own = Codeowners.find(f.dir());
            Optional<Map.Entry<Codeowners, Codeowners.Rule>> rule = own.flatMap(o -> o.ownersOf("")
                    .map(r -> Map.entry(o, r)));
            if (rule.isEmpty()) {
                rule = folder.flatMap(o -> o.ownersOf(f.source()).map(r -> Map.entry(o, r)));
            }
            if (rule.isEmpty()) {
                String path = folderInRepository.isEmpty() ? f.source() : f.source().equals(".")
                        ? folderInRepository : folderInRepository + "/" + f.source();
                rule = repository.flatMap(o -> o.ownersOf(path).map(r -> Map.entry(o, r)));
            }
            return rule;
        }
    }

    /** Depth of local module folders ({@code ./modules/x} calling {@code ./y}) looked into. */
    static final int MAX_LOCAL_DEPTH = 2;

    /** The module's own resources and calls, and those of the local folders inside it that it calls. */
    private Placement.Parts parts(Path dir, ModuleInterface mi, String code, InspectOptions options) {
        List<ResourceRef> resources = new ArrayList<>(mi.managedResources());
        List<dev.alexandria.api.model.ModuleCallRef> calls = new ArrayList<>(mi.moduleCalls());
        StringBuilder allCode = new StringBuilder(code);
        List<String> local = new ArrayList<>();
        Set<Path> seen = new java.util.HashSet<>();
        seen.add(dir.toAbsolutePath().normalize());
        collectLocal(dir, mi, options, resources, calls, allCode, local, seen, 1);
        return new Placement.Parts(resources, calls, allCode.toString(), local);
    }

    private void collectLocal(Path dir, ModuleInterface mi, InspectOptions options, List<ResourceRef> resources,
                                     List<dev.alexandria.api.model.ModuleCallRef> calls, StringBuilder code,
                                     List<String> local, Set<Path> seen, int depth) {
        if (depth > MAX_LOCAL_DEPTH) {
            return;
        }
        for (dev.alexandria.api.model.ModuleCallRef c : mi.moduleCalls()) {
            if (!c.source().startsWith("./")) {
                continue;
            }
            Path part = dir.resolve(c.source()).toAbsolutePath().normalize();
            if (!part.startsWith(dir.toAbsolutePath().normalize()) || !seen.add(part) || !Files.isDirectory(part)) {
                continue;
            }
            ModuleInterface pmi = inspected.computeIfAbsent(part, p -> new ModuleInspector().inspect(p, options));
            resources.addAll(pmi.managedResources());
            calls.addAll(pmi.moduleCalls());
            code.append(code(part));
            local.add(c.source());
            collectLocal(part, pmi, options, resources, calls, code, local, seen, depth + 1);
        }
    }

    /**
     * The maturity a version and the module's files support: a level its version allows (SemVer: 0.x is not
     * stable, a release of 1.0.0 or later is) whose file criteria (README, examples, tests, as validate judges
     * them) the module meets. A 0.x module without alpha's files is experimental. A version of 1.0.0 or later
     * allows only one active level below mature (beta for a pre-release, else stable); when the module lacks that
     * level's files the level stays and a review line says what validate will report and the ways out.
     *
     * @param version the inferred version
     * @param dir     the module folder
     * @param model   the target library's maturity model
     * @param review  receives the review line
     * @return the inferred level, unknown with the version
     */
    static Inferred<MaturityLevel> maturity(Inferred<Version> version, Path dir, MaturityModel model,
                                            java.util.function.Consumer<String> review) {
        if (!version.isKnown()) {
            return Inferred.unknown("follows the version, which is unknown");
        }
        Version v = version.get();
        if (v.major() == 0) {
            List<String> lacks = MaturityFilesValidator.unmet(dir, LevelNeeds.of(model, MaturityLevel.ALPHA));
            return lacks.isEmpty()
                    ? Inferred.of(MaturityLevel.ALPHA, 0.5, "version " + v + " is 0.x: not stable yet; the module has "
                            + "the files alpha needs")
                    : Inferred.of(MaturityLevel.EXPERIMENTAL, 0.5, "version " + v + " is 0.x: not stable yet; alpha "
                            + "needs " + String.join(", ", lacks) + ", which the module lacks");
        }
        MaturityLevel level = v.isPreRelease() ? MaturityLevel.BETA : MaturityLevel.STABLE;
        String why = v.isPreRelease() ? "version " + v + " is a pre-release of " + v.major() + ".x"
                : "version " + v + " is a release >= 1.0.0";
        List<String> lacks = MaturityFilesValidator.unmet(dir, LevelNeeds.of(model, level));
        if (lacks.isEmpty()) {
            return Inferred.of(level, 0.5, why);
        }
        String needs = String.join(", ", lacks);
        Set<String> rules = new LinkedHashSet<>();
        for (String lack : lacks) {
            rules.add(lack.startsWith("a README") ? dev.alexandria.core.internal.validate.ReadmeValidator.MISSING
                    : lack.startsWith("tests in") ? MaturityFilesValidator.TESTS : MaturityFilesValidator.EXAMPLES);
        }
        review.accept("maturity " + level + " follows from version " + v + " (the only level below mature that "
                + "allows it), but " + level + " needs " + needs + ", which the module lacks: validate reports "
                + (lacks.size() == 1 ? "it" : "each") + " (" + String.join(", ", rules) + ") until "
                + (lacks.size() == 1 ? "it is" : "they are") + " added; add " + (lacks.size() == 1 ? "it" : "them")
                + " after the migration, or set version 0.1.0 and maturity experimental in the plan");
        return Inferred.of(level, 0.3, why + "; lacks " + needs + " that " + level + " needs");
    }

    private Inferred<List<String>> tags(ModuleInterface mi, Placement.Result place, List<String> nameWords) {
        Map<String, String> found = new LinkedHashMap<>();
        List<String> types = new ArrayList<>(place.mainResources());
        for (String type : types) {
            String stem = type.replaceFirst("^[a-z0-9]+_", "");
            List<String> parts = Arrays.asList(stem.split("_"));
            List<String> candidates = new ArrayList<>();
            candidates.add(String.join("-", parts));
            for (int n = parts.size() - 1; n >= 1; n--) {
                candidates.add(String.join("-", parts.subList(0, n)));
            }
            candidates.add(String.join("", parts));
            for (String c : candidates) {
                Optional<String> t = taxonomy.tag(c);
                if (t.isPresent()) {
                    found.putIfAbsent(t.get(), "resource " + type);
                    break;
                }
            }
            if (found.size() >= 6) {
                break;
            }
        }
        for (String w : nameWords) {
            if (found.size() >= 8) {
                break;
            }
            taxonomy.tag(w).ifPresent(t -> found.putIfAbsent(t, "name '" + w + "'"));
        }
        if (found.isEmpty()) {
            return Inferred.unknown("no resource type or name word matches a tag or synonym of tags.yaml");
        }
        String evidence = found.entrySet().stream().map(e -> e.getKey() + " from " + e.getValue())
                .collect(Collectors.joining("; ")) + " (through tags.yaml)";
        return Inferred.of(List.copyOf(found.keySet()), 0.6, evidence);
    }

    /** The category itself when the target has it; else one of its layer whose name or description fits. */
    private Category fit(Category c) {
        if (taxonomy.hasCategory(c.layer(), c.subcategory())) {
            return c;
        }
        Set<String> words = new TreeSet<>(Placement.words(c.subcategory()));
        String best = null;
        for (String name : taxonomy.categoryNames().get(c.layer())) {
            if (Placement.words(name).stream().anyMatch(words::contains)) {
                best = name;
                break;
            }
        }
        return best == null ? c : new Category(c.layer(), best);
    }

    /**
     * The folder name, made kebab-case; a nested module's is prefixed with each enclosing module's, outermost first
     * ({@code x/modules/y/modules/z} → {@code x-y-z}), so two nested modules of the same name in different parents
     * (or depths) do not get the same id.
     */
    private Inferred<ModuleId> id(ModuleFinder.Found f, Map<String, ModuleFinder.Found> bySource) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ModuleFinder.Found m = f; m != null && seen.add(m.source());
             m = m.parent() == null ? null : bySource.get(m.parent())) {
            chain.add(0, m.source().substring(m.source().lastIndexOf('/') + 1));
        }
        boolean nested = chain.size() > 1;
        String raw = nested ? chain.stream().map(Planner::kebab).collect(Collectors.joining("-")) : chain.get(0);
        String id = kebab(raw);
        if (ModuleId.isValid(raw)) {
            return Inferred.of(ModuleId.of(id), nested ? 0.7 : 0.9, nested ? "parent module's folder name and its"
                    + " own" : "folder name");
        }
        if (!ModuleId.isValid(id)) {
            return Inferred.unknown("folder name '" + f.dir().getFileName() + "' gives no valid id");
        }
        return Inferred.of(ModuleId.of(id), 0.7, (nested ? "parent module's folder name and its own" : "folder name '"
                + raw + "'") + ", made lower-case kebab-case");
    }

    static String kebab(String s) {
        String k = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (!k.isEmpty() && !Character.isLetter(k.charAt(0))) {
            k = "m-" + k;
        }
        if (k.length() > ModuleId.MAX_LENGTH) {
            k = k.substring(0, ModuleId.MAX_LENGTH).replaceAll("-+$", "");
        }
        return k.length() < ModuleId.MIN_LENGTH ? k + "-module" : k;
    }

    /** Two modules with the same proposed id: both kept, the later ones renamed, all flagged. */
    private static void disambiguate(List<PlannedModule.Builder> builders) {
        Map<ModuleId, List<PlannedModule.Builder>> byId = new LinkedHashMap<>();
        Set<ModuleId> taken = new LinkedHashSet<>();
        // the module nearest the top keeps the id: vpc before groups/a/vpc
        List<PlannedModule.Builder> ordered = new ArrayList<>(builders);
        ordered.sort(java.util.Comparator.comparingInt((PlannedModule.Builder b) -> b.build().source().split("/").length)
                .thenComparing(b -> b.build().source()));
        for (PlannedModule.Builder b : ordered) {
            PlannedModule m = b.build();
            m.id().value().ifPresent(id -> {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(b);
                taken.add(id);
            });
        }
        for (Map.Entry<ModuleId, List<PlannedModule.Builder>> e : byId.entrySet()) {
            List<PlannedModule.Builder> same = e.getValue();
            if (same.size() < 2) {
                continue;
            }
            List<String> sources = same.stream().map(b -> b.build().source()).toList();
            for (int i = 0; i < same.size(); i++) {
                PlannedModule m = same.get(i).build();
                String others = sources.stream().filter(s -> !s.equals(m.source())).collect(Collectors.joining(", "));
                if (i == 0) {
                    same.get(i).addReview("id " + e.getKey() + " is proposed for " + others + " too; kept here");
                    continue;
                }
                String base = e.getKey().value();
                int n = i + 1;
                String candidate = suffixed(base, n);
                while (taken.contains(ModuleId.of(candidate))) {
                    candidate = suffixed(base, ++n);
                }
                taken.add(ModuleId.of(candidate));
                same.get(i).id(Inferred.of(ModuleId.of(candidate), 0.3, m.id().evidence() + ", with -" + n
                        + " added: " + base + " is proposed for " + sources.get(0) + " too"));
                same.get(i).addReview("id " + base + " is proposed for " + others + " too; renamed to " + candidate);
            }
        }
    }

    private static String suffixed(String base, int n) {
        String suffix = "-" + n;
        String b = base.length() + suffix.length() > ModuleId.MAX_LENGTH
                ? base.substring(0, ModuleId.MAX_LENGTH - suffix.length()).replaceAll("-+$", "") : base;
        return b + suffix;
    }

    // ---------------------------------------------------------------- boilerplate files

    /**
     * The boilerplate files whose variables are left out of the tier: those {@code _catalog/settings.yaml} of
     * the target library names, and any file name that at least {@value #BOILERPLATE_MIN_MODULES} modules hold
     * with the same content (a {@code context.tf} copied into every module). Name → why.
     */
    private Map<String, String> boilerplate(List<ModuleFinder.Found> found) {
        Map<String, String> out = new LinkedHashMap<>();
        Path settings = into.resolve("_catalog/settings.yaml");
        if (Files.isRegularFile(settings)) {
            try {
                JsonNode files = YamlAccess.read(into, settings, "_catalog/settings.yaml").root()
                        .path("inspect").path("boilerplate_files");
                for (JsonNode n : files) {
                    out.put(n.asText(), "named in _catalog/settings.yaml");
                }
            } catch (RuntimeException e) {
                // the library's reader reports a broken settings.yaml; shared files are still found below
            }
        }
        Map<String, Map<Integer, Integer>> byNameAndHash = new HashMap<>();
        for (ModuleFinder.Found f : found) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(f.dir(), "*.tf")) {
                for (Path p : s) {
                    String name = p.getFileName().toString();
                    if (name.equals("main.tf") || name.equals("variables.tf") || name.equals("outputs.tf")
                            || name.equals("versions.tf")) {
                        continue;
                    }
                    int hash = Arrays.hashCode(Files.readAllBytes(p));
                    byNameAndHash.computeIfAbsent(name, k -> new HashMap<>()).merge(hash, 1, Integer::sum);
                }
            } catch (IOException e) {
                // unreadable files are the inspector's diagnostics
            }
        }
        byNameAndHash.forEach((name, hashes) -> hashes.values().stream().max(Integer::compare)
                .filter(n -> n >= BOILERPLATE_MIN_MODULES)
                .ifPresent(n -> out.putIfAbsent(name, "shared by " + n + " modules")));
        return out;
    }

    private static String code(Path dir) {
        StringBuilder sb = new StringBuilder();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.{tf,tf.json}")) {
            for (Path p : s) {
                sb.append(Readme.read(p)).append('\n');
            }
        } catch (IOException e) {
            // the inspector reports unreadable files
        }
        return sb.toString();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    static String titleCase(String folderName) {
        return Arrays.stream(folderName.split("[-_ ]+")).filter(w -> !w.isEmpty())
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
    }
}
