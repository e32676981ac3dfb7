package dev.alexandria.core.internal.catalog;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.CostCategory;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.Version;
import dev.alexandria.api.model.VersionConstraint;
import dev.alexandria.core.internal.versioning.Constraints;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for every catalog file, filling every string-typed field with text meant to break
 * a YAML writer: YAML 1.1 booleans in every casing, nulls, numbers in every YAML 1.1 form (octal, hex, binary,
 * sexagesimal, {@code .inf}), dates and timestamps, every indicator character first, leading and trailing
 * spaces, tabs, line breaks of every kind, control characters, non-BMP and format characters, document
 * markers. Fields the library constrains (module ids, kebab-case names, versions, constraints, file names)
 * get the nasty values that satisfy their constraint ({@code on}, {@code no}, {@code 1.5}, {@code 0x1F}),
 * so the generated data is always valid and must read back equal.
 */
final class CatalogGen {

    private CatalogGen() {
    }

    // ------------------------------------------------------------------ the nasty corpus

    /** Every casing of each YAML 1.1 boolean word ({@code yes}, {@code yEs}, {@code YES} …). */
    static final List<String> BOOLEANS = Arrays.stream(new String[] {"y", "n", "yes", "no", "on", "off", "true",
            "false"}).flatMap(w -> casings(w).stream()).collect(Collectors.toList());

    /** Values that a careless writer gets wrong. */
    static final List<String> NASTY = List.copyOf(new LinkedHashSet<>(concat(BOOLEANS, List.of(
            // null
            "null", "Null", "NULL", "nULL", "~", "", " ",
            // numbers in YAML 1.1 forms
            "0", "1", "-1", "+1", "1.0", "1.", ".5", "-.5", "1e3", "1E+3", "1_000", "0x1F", "0X1f", "0o17", "017",
            "0777", "0b101", "08", "09.5", "190:20:30", "1:20", "-1:20:30.5", ".inf", "-.Inf", "+.INF", ".nan",
            ".NaN", "1.4.2",
            // dates and timestamps
            "2026-03-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2002-12-14",
            "1999-1-1",
            // indicators first, alone and before a word
            "*", "&", "!", "%", "@", "|", ">", "-", "?", ":", "#", "'", "\"", "[", "]", "{", "}", ",", "`",
            "*alias", "&anchor", "!tag", "!!str", "%YAML 1.1", "@at", "|literal", ">folded", "-dash", "- item",
            "?q", "? q", ":x", ": x", "#comment", "'single'", "\"double\"", "[a, b]", "]x", "{a: b}", "}x", ",x",
            "`tick",
            // indicators inside
            "a: b", "a:b", "x #y", "x#y", "a,b", "a, b", "a[0]", "a{b}", "a - b", "a ? b", "<<", "=", "back\\slash",
            "don't", "say \"hi\"", "C:\\path", "http://x.y/z?a=1&b=2#f", "#platform-networking", ">= 1.0.0, < 2.0.0",
            // spaces, tabs, line breaks, control characters
            " lead", "trail ", " both ", "  ", "\t", "tab\there", "\ttab", "tab\t", "line\nbreak", "\n", "trail\n",
            "\nlead", "a\n\nb", "cr\rx", "\r", "crlf\r\nx", "a \nb", "a\n b", "\u0000", "nul\u0000x", "bell\u0007",
            "esc\u001b", "del\u007f", "\u0080c1", "\u009fc1",
            // unicode
            "Caf\u00e9", "\u03bb", "\u65e5\u672c\u8a9e", "\u05e2\u05d1\u05e8\u05d9\u05ea", "\ud83d\ude00 emoji",
            "\ud83d\ude00", "\ud801\udc37", "\u0085nel", "nel\u0085", "\u2028ls", "ls\u2028", "\u2029ps",
            "\ufeffbom", "bom\ufeff", "\u00a0nbsp", "nbsp\u00a0", "\u200bzero-width", "\u3000ideographic",
            "\ufffd", "\uffff", "\ufffe", "\ue000private",
            // document markers
            "---", "...", "--- x", "... x", "---x", "a\n---\nb", "a\n...\nb", "--", "..",
            // long
            "x".repeat(300), "long words ".repeat(30).strip()))));

    /** Every casing of a word. */
    static List<String> casings(String word) {
        List<String> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << word.length(); mask++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                sb.append((mask & 1 << i) != 0 ? Character.toUpperCase(c) : c);
            }
            out.add(sb.toString());
        }
        return out.stream().distinct().collect(Collectors.toList());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ------------------------------------------------------------------ strings

    /** A code point of valid Unicode text (no lone surrogates), biased towards the troublesome ones. */
    static Gen<Integer> codePoint() {
        Gen<Integer> any = integers().between(0, 0x10FFFF - 0x800).map(c -> c < 0xD800 ? c : c + 0x800);
        Gen<Integer> ascii = integers().between(0, 0x7F);
        Gen<Integer> special = arbitrary().pick(" #:-?,[]{}&*!|>'\"%@`~\t\n\r\\".codePoints().boxed()
                .collect(Collectors.toList()));
        Gen<Integer> breaks = arbitrary().pick(0x85, 0x2028, 0x2029, 0xFEFF, 0xA0, 0x0, 0x7, 0x1B, 0x7F, 0x9F,
                0x1F600, 0xFFFD, 0xFFFE);
        return ascii.mix(special, 30).mix(breaks, 15).mix(any, 20);
    }

    static Gen<String> randomText(int maxCodePoints) {
        return lists().of(codePoint()).ofSizeBetween(0, maxCodePoints).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    /** Any text: a nasty value, two or three of them joined, or random text. */
    static Gen<String> text() {
        Gen<String> nasty = arbitrary().pick(NASTY);
        Gen<String> joined = lists().of(nasty).ofSizeBetween(2, 3).zip(arbitrary().pick("", " ", "\n", "-", ": ",
                ", ", " #"), (parts, sep) -> String.join(sep, parts));
        return nasty.mix(joined, 30).mix(randomText(16), 35);
    }

    /** Text that is not blank, as the library understands it ({@link String#isBlank()}). */
    static Gen<String> nonBlank() {
        return text().map(s -> s.isBlank() ? s + "x" : s);
    }

    /** Picks a nasty value that satisfies the rule, else a generated one that does. */
    static Gen<String> constrained(Predicate<String> rule, Gen<String> fallback) {
        List<String> valid = NASTY.stream().filter(rule).collect(Collectors.toList());
        return valid.isEmpty() ? fallback : arbitrary().pick(valid).mix(fallback, 50);
    }

    /** Lower-case kebab-case: tag names, subcategories; nasty ones are {@code on}, {@code no}, {@code null}. */
    static Gen<String> kebab() {
        Gen<String> word = lists().of(integers().between(0, 35).map(i -> i < 26 ? (char) ('a' + i)
                : (char) ('0' + i - 26))).ofSizeBetween(1, 6)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
        Gen<String> random = lists().of(word).ofSizeBetween(1, 3).zip(integers().between(0, 25),
                (parts, first) -> (char) ('a' + first) + String.join("-", parts));
        return constrained(s -> s.matches(YamlModel.KEBAB) && s.length() <= 64, random);
    }

    static Gen<ModuleId> moduleId() {
        return kebab().map(s -> ModuleId.isValid(s) ? s : s + "-m").map(ModuleId::of);
    }

    /** Folder names of examples in {@code .alexandria.yaml}: {@code 1.0}, {@code 0x1F}, {@code Yes} are valid. */
    static Gen<String> folderName() {
        Gen<String> random = kebab().zip(arbitrary().pick("", ".1", "_x", ".tf", "-0"), String::concat);
        return constrained(s -> s.matches(YamlModel.FOLDER), random);
    }

    static Gen<String> semver() {
        Gen<Integer> n = integers().between(0, 20);
        Gen<String> pre = arbitrary().pick("", "-beta.1", "-rc.2", "-alpha", "+build.7", "-0.3.7", "-x.7.z.92",
                "+20130313144700", "-beta+exp.sha.5114f85");
        return n.zip(n, n, pre, (a, b, c, p) -> a + "." + b + "." + c + p);
    }

    /** Versions that agree with a maturity level (docs/library-format.md, "Maturity and version"). */
    static Gen<String> version(MaturityLevel level) {
        Gen<Integer> n = integers().between(0, 30);
        Gen<Integer> major = integers().between(1, 9);
        switch (level) {
            case EXPERIMENTAL:
            case ALPHA:
                return n.zip(n, arbitrary().pick("", "-rc.1"), (a, b, p) -> "0." + a + "." + b + p);
            case BETA:
                return major.zip(n, (a, b) -> a + ".0.0-beta." + b);
            case STABLE:
            case MATURE:
                return major.zip(n, n, (a, b, c) -> a + "." + b + "." + c);
            default:
                return semver();
        }
    }

    /** Terraform-style constraints, including the forms that look like YAML numbers ({@code 1}, {@code 1.5}). */
    static Gen<String> constraint() {
        Gen<String> term = arbitrary().pick("", "=", "!=", ">", ">=", "<", "<=", "~>", "= ", ">= ", " ~> ")
                .zip(arbitrary().pick("1", "1.5", "0.2", "1.0.0", "2.0.0-beta.3", "v1.2.3", "10", "0", "1.2.3+b"),
                        arbitrary().pick("", " ", "  "), (op, v, pad) -> op + v + pad);
        Gen<String> random = lists().of(term).ofSizeBetween(1, 3).map(ts -> String.join(",", ts));
        return constrained(s -> !s.isEmpty() && Constraints.isValid(s), random);
    }

    static Gen<LocalDate> date() {
        return integers().between(0, 4000).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
    }

    static Gen<Category> category() {
        return arbitrary().enumValues(Layer.class).zip(kebab(), Category::new);
    }

    static <T> Gen<List<T>> listOf(Gen<T> values, int max) {
        return lists().of(values).ofSizeBetween(0, max);
    }

    /** A list without duplicates (by a key), keeping the first of each. */
    static <T, K> Gen<List<T>> uniqueListOf(Gen<T> values, int max, Function<T, K> key) {
        return listOf(values, max).map(list -> {
            Map<K, T> seen = new LinkedHashMap<>();
            list.forEach(v -> seen.putIfAbsent(key.apply(v), v));
            return new ArrayList<>(seen.values());
        });
    }

    static <T> Gen<Optional<T>> optional(Gen<T> values) {
        return values.toOptionals(30);
    }

    // ------------------------------------------------------------------ shared parts

    static Gen<List<ModuleRequirement>> requires() {
        return listOf(moduleId().zip(constraint().mix(arbitrary().constant(""), 30).map(VersionConstraint::parse),
                optional(text().map(t -> t.isBlank() ? "needs its key" : t)), (id, constraint, reason) ->
                        reason.map(r -> new ModuleRequirement(id, constraint).exempt(r))
                                .orElseGet(() -> new ModuleRequirement(id, constraint))), 3);
    }

    static Gen<CompatibleWith> compatibleWith() {
        Gen<Map<String, VersionConstraint>> providers = uniqueListOf(text().zip(constraint()
                .map(VersionConstraint::parse), Map::entry), 3, Map.Entry::getKey)
                .map(es -> {
                    Map<String, VersionConstraint> m = new LinkedHashMap<>();
                    es.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                });
        return optional(constraint().map(VersionConstraint::parse)).zip(providers, CompatibleWith::new);
    }

    // ------------------------------------------------------------------ module-registry.yaml

    static Gen<RegistryEntry> entry() {
        Gen<RegistryEntry.Metrics> metrics = longs().between(0, 10_000_000).zip(
                optional(integers().between(0, 50).map(i -> i / 10.0)), optional(date()), RegistryEntry.Metrics::new);
        Gen<Optional<RegistryEntry.CostInfo>> cost = optional(integers().between(0, 500_000)
                .map(c -> BigDecimal.valueOf(c, 2)).zip(arbitrary().enumValues(CostCategory.class),
                        booleans().all(), booleans().all(), RegistryEntry.CostInfo::new));
        Gen<RegistryEntry.Support> support = nonBlank().zip(optional(text()), RegistryEntry.Support::new);
        Gen<RegisteredVersion> registered = semver().map(Version::parse).zip(date(),
                arbitrary().enumValues(MaturityLevel.class), text(), RegisteredVersion::new);
        Gen<RegistryEntry.Builder> identity = moduleId().zip(nonBlank(), semver(), category(),
                (id, name, version, category) -> RegistryEntry.builder().id(id).name(name).version(version)
                        .category(category));
        Gen<RegistryEntry.Builder> documented = identity.zip(uniqueListOf(kebab(), 4, t -> t),
                arbitrary().enumValues(MaturityLevel.class), text(), optional(text()),
                (b, tags, maturity, description, readme) -> {
                    readme.ifPresent(b::readmeUrl);
                    return b.tags(tags).maturity(maturity).description(description);
                });
        Gen<RegistryEntry.Builder> related = documented.zip(listOf(nonBlank(), 3), requires(), compatibleWith(),
                (b, examples, requires, compatible) -> b.examples(examples).requires(requires)
                        .compatibleWith(compatible));
        Gen<RegistryEntry.Builder> versioned = related.zip(metrics, cost, support,
                uniqueListOf(registered, 4, RegisteredVersion::version), (b, m, c, s, versions) -> {
                    c.ifPresent(b::cost);
                    return b.metrics(m).support(s).versions(versions);
                });
        return versioned.zip(history(), optional(deprecation()), (b, history, dep) -> {
            dep.ifPresent(b::deprecation);
            return b.maturityHistory(history).build();
        });
    }

    /** A maturity history in date order (the same day may repeat). */
    static Gen<List<MaturityChange>> history() {
        return listOf(arbitrary().enumValues(MaturityLevel.class).zip(integers().between(0, 400),
                (level, days) -> Map.entry(level, days)), 4).map(steps -> {
                    List<MaturityChange> out = new ArrayList<>();
                    LocalDate day = LocalDate.of(2024, 1, 1);
                    for (Map.Entry<MaturityLevel, Integer> step : steps) {
                        day = day.plusDays(step.getValue());
                        out.add(new MaturityChange(step.getKey(), day));
                    }
                    return out;
                });
    }

    static Gen<ModuleRegistry> registry() {
        return uniqueListOf(entry(), 7, RegistryEntry::id).zip(integers().between(0, 3), (list, archived) -> {
            List<RegistryEntry> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(RegistryEntry::id));
            int split = Math.max(Math.min(1, sorted.size()), sorted.size() - archived);
            return new ModuleRegistry(sorted.subList(0, split), sorted.subList(split, sorted.size()));
        });
    }

    // ------------------------------------------------------------------ .alexandria.yaml

    static Gen<Evidence> evidence() {
        Gen<OptionalInt> count = optional(integers().between(0, Integer.MAX_VALUE))
                .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
        Gen<Optional<Boolean>> flag = optional(booleans().all());
        Gen<Evidence.Builder> counts = count.zip(count, count, count, (a, b, c, d) -> {
            Evidence.Builder e = Evidence.builder();
            a.ifPresent(e::productionTeams);
            b.ifPresent(e::criticalBugs);
            c.ifPresent(e::criticalBugs90d);
            d.ifPresent(e::caseStudies);
            return e;
        });
        Gen<Evidence.Builder> flagged = counts.zip(flag, flag, flag, flag, (e, a, b, c, d) -> {
            a.ifPresent(e::benchmarks);
            b.ifPresent(e::documentation);
            c.ifPresent(e::apiComplete);
            d.ifPresent(e::communityUsage);
            return e;
        });
        return flagged.zip(listOf(date(), 3), (e, dates) -> e.criticalBugDates(dates).build());
    }

    static Gen<Deprecation> deprecation() {
        return nonBlank().zip(optional(moduleId()), optional(date()), Deprecation::new);
    }

    static Gen<ModuleMetadata> metadata() {
        Gen<ModuleMetadata.Builder> identity = moduleId().zip(nonBlank(), nonBlank(), category(),
                (id, name, description, category) -> ModuleMetadata.builder().id(id).name(name)
                        .description(description).category(category));
        Gen<ModuleMetadata.Builder> classified = identity.zip(arbitrary().enumValues(MaturityLevel.class)
                        .flatMap(level -> version(level).map(v -> Map.entry(level, v))),
                optional(arbitrary().enumValues(ComplexityTier.class)), uniqueListOf(kebab(), 3, t -> t),
                (b, levelAndVersion, complexity, tags) -> {
                    complexity.ifPresent(b::complexity);
                    return b.maturity(levelAndVersion.getKey()).version(levelAndVersion.getValue()).tags(tags);
                });
        Gen<ModuleMetadata.Builder> supported = classified.zip(nonBlank(), optional(text()), requires(),
                compatibleWith(), (b, maintainer, channel, requires, compatible) -> {
                    channel.ifPresent(b::supportChannel);
                    return b.maintainer(maintainer).requires(requires).compatibleWith(compatible);
                });
        Gen<Optional<BigDecimal>> cost = optional(integers().between(0, 99_999).map(c -> BigDecimal.valueOf(c, 1)));
        Gen<ModuleMetadata.Builder> historied = supported.zip(history(), (b, history) -> b.maturityHistory(history));
        return historied.zip(cost, listOf(folderName(), 3), optional(deprecation()), evidence(),
                (b, c, examples, dep, ev) -> {
                    c.ifPresent(b::estimatedMonthlyCost);
                    ModuleMetadata draft = b.examples(examples).evidence(ev).build();
                    Optional<Deprecation> d = draft.maturity().isActive() ? dep
                            : Optional.of(dep.orElse(new Deprecation("Replaced.", Optional.empty(), Optional.empty())));
                    d.ifPresent(b::deprecation);
                    return b.build();
                });
    }

    // ------------------------------------------------------------------ the other catalog files

    static Gen<Taxonomy> taxonomy() {
        Gen<Taxonomy.CategoryDefinition> category = arbitrary().enumValues(Layer.class).zip(kebab(), text(),
                arbitrary().pick(false, true), (layer, name, description, crossCutting) ->
                        new Taxonomy.CategoryDefinition(new Category(layer, name), description, crossCutting));
        Gen<Taxonomy.LayerDefinition> layer = arbitrary().enumValues(Layer.class).zip(text(),
                uniqueListOf(category, 3, c -> c.category().subcategory()), (l, description, categories) ->
                        new Taxonomy.LayerDefinition(l, description, categories.stream()
                                .map(c -> new Taxonomy.CategoryDefinition(new Category(l, c.category().subcategory()),
                                        c.description(), c.crossCutting()))
                                .collect(Collectors.toList())));
        return arbitrary().enumValues(DependencyPolicy.class).zip(uniqueListOf(layer, 7,
                Taxonomy.LayerDefinition::layer), (policy, layers) -> {
                    List<Taxonomy.LayerDefinition> sorted = new ArrayList<>(layers);
                    sorted.sort(Comparator.comparing(l -> l.layer().rank()));
                    return new Taxonomy(policy, sorted);
                });
    }

    static Gen<TagTaxonomy> tags() {
        Gen<TagTaxonomy.TagDefinition> tag = kebab().zip(text(), listOf(nonBlank(), 3),
                (name, description, synonyms) -> new TagTaxonomy.TagDefinition(name, description, synonyms,
                        Optional.empty()));
        return uniqueListOf(tag, 5, TagTaxonomy.TagDefinition::name).zip(lists().of(integers().between(-1, 4))
                .ofSize(5), (defs, parents) -> {
                    // synonyms and names share one namespace; parents must name a declared tag, one declared
                    // before it, so that no chain of parents comes back to a tag (a parent-loop error)
                    List<String> names = defs.stream().map(TagTaxonomy.TagDefinition::name)
                            .collect(Collectors.toList());
                    Set<String> words = new HashSet<>(names);
                    List<TagTaxonomy.TagDefinition> out = new ArrayList<>();
                    for (int i = 0; i < defs.size(); i++) {
                        TagTaxonomy.TagDefinition d = defs.get(i);
                        List<String> synonyms = d.synonyms().stream().filter(words::add).collect(Collectors.toList());
                        int p = parents.get(i);
                        Optional<String> parent = p < 0 || p >= i ? Optional.empty()
                                : Optional.of(names.get(p));
                        out.add(new TagTaxonomy.TagDefinition(d.name(), d.description(), synonyms, parent));
                    }
                    return new TagTaxonomy(out);
                });
    }

    static Gen<MaturityModel> maturityModel() {
        Gen<MaturityModel.LevelDefinition> level = arbitrary().enumValues(MaturityLevel.class).zip(text(),
                listOf(text(), 3), optional(text()), MaturityModel.LevelDefinition::new);
        // a threshold only where the criterion counts something, and then a whole number: the others are errors
        Gen<MaturityModel.Criterion> criterion = arbitrary().pick(List.copyOf(MaturityModel.Criterion.KNOWN_IDS))
                .zip(text(), optional(integers().between(0, 10_000).map((Integer i) -> BigDecimal.valueOf(i))),
                        (id, description, threshold) -> new MaturityModel.Criterion(id, description,
                                MaturityModel.Criterion.COUNTED_IDS.contains(id) ? threshold : Optional.empty()));
        List<MaturityModel.Promotion> allowed = new ArrayList<>();
        for (MaturityLevel from : MaturityLevel.values()) {
            for (MaturityLevel to : MaturityLevel.values()) {
                if (from.next().filter(n -> n == to).isPresent()) { // maturity-levels.yaml declares step-ups only
                    allowed.add(new MaturityModel.Promotion(from, to, List.of()));
                }
            }
        }
        Gen<MaturityModel.Promotion> promotion = arbitrary().pick(allowed).zip(listOf(criterion, 3),
                (p, criteria) -> new MaturityModel.Promotion(p.from(), p.to(), criteria));
        return uniqueListOf(level, 4, MaturityModel.LevelDefinition::level).zip(uniqueListOf(promotion, 4,
                p -> p.from() + "->" + p.to()), MaturityModel::new);
    }

    static Gen<SearchIndexConfig> searchIndex() {
        Gen<Map<String, Double>> boosts = uniqueListOf(text().zip(integers().between(0, 100).map(i -> i / 4.0),
                Map::entry), 3, Map.Entry::getKey).map(es -> {
                    Map<String, Double> m = new LinkedHashMap<>();
                    es.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                });
        Gen<SearchIndexConfig.SearchIndex> index = nonBlank().zip(listOf(nonBlank(), 4), boosts,
                SearchIndexConfig.SearchIndex::new);
        return uniqueListOf(index, 4, SearchIndexConfig.SearchIndex::name).map(SearchIndexConfig::new);
    }

    static Gen<CatalogSettings> settings() {
        Gen<String> base = text().map(s -> s.strip().replace("/", "").replace("\\", ""))
                .map(s -> s.isEmpty() || s.startsWith(".") ? "x" + s : s);
        Gen<String> name = base.zip(arbitrary().pick(".tf", ".tf.json"), String::concat)
                .map(s -> CatalogSettings.Inspect.isBoilerplateFileName(s) ? s : "context.tf");
        Gen<String> pattern = kebab().zip(kebab(), arbitrary().pick("app.terraform.io/", "registry.example.com/", ""),
                (org, provider, host) -> host + org + "/{id}/" + provider);
        return uniqueListOf(name, 6, s -> s).zip(booleans().all(), uniqueListOf(pattern, 3, s -> s),
                (files, risky, patterns) -> new CatalogSettings(new CatalogSettings.Inspect(files),
                        new CatalogSettings.Versioning(risky), new CatalogSettings.Graph(patterns)));
    }
}
