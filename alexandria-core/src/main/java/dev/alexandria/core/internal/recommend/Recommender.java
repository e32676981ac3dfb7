package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.Search;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.api.model.Recommendation.ScorePart;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.SearchResult.Hit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The built-in {@link Recommend}.
 *
 * <p>For a use case: the library's search (with its synonyms and typo tolerance) gives each module a text
 * relevance, its score over the best hit's. A pattern whose relevance is at least {@value #PATTERN_RELEVANCE}
 * comes first (the best-scored one), then the modules it composes, then the other hits. Without one, the
 * best-scored module of each category whose relevance is at least {@value #CATEGORY_RELEVANCE} comes first,
 * across layers, then the rest.
 *
 * <p>For a module: every other module with usage evidence (raw amounts: a dependency 3, a dependent 2, each
 * pattern using both 1.5, each other module using both 1, each example using both 1, an alternative in the same
 * category 1), with the evidence part {@code 1 - 0.5^(raw/2)}.
 */
public final class Recommender implements Recommend {

    /** How many search hits a use case considers. */
    static final int SEARCH_DEPTH = 60;
    /** The least relevance of a pattern to be put first. */
    static final double PATTERN_RELEVANCE = 0.5;
    /** The least relevance of a module to stand for its category in the first round. */
    static final double CATEGORY_RELEVANCE = 0.2;
    /** How many search hits each need of a use case considers. */
    static final int NEED_DEPTH = 2;
    /** The relevance of the best module for one need of a use case of several. */
    static final double NEED_RELEVANCE = 0.8;

    private final Library library;
    private String useCase;
    private LibraryModule basedOn;
    private ComplexityTier level;
    private int limit = 8;
    private boolean includeDeprecated;

    private Recommender(Library library) {
        this.library = library;
    }

    /**
     * @param library the library to recommend from
     * @return a new recommendation over it
     */
    public static Recommend of(Library library) {
        return new Recommender(Objects.requireNonNull(library, "library"));
    }

    @Override
    public Recommend forUseCase(String useCase) {
        Objects.requireNonNull(useCase, "useCase");
        if (useCase.isBlank()) {
            throw new IllegalArgumentException("the use case is empty: describe what is to be built, e.g. "
                    + "\"web application with a database\"");
        }
        this.useCase = useCase.strip();
        this.basedOn = null;
        return this;
    }

    @Override
    public Recommend basedOn(String idOrPath) {
        Objects.requireNonNull(idOrPath, "idOrPath");
        this.basedOn = library.requireModule(idOrPath);
        this.useCase = null;
        return this;
    }

    @Override
    public Recommend level(ComplexityTier tier) {
        this.level = Objects.requireNonNull(tier, "tier");
        return this;
    }

    @Override
    public Recommend limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
        return this;
    }

    @Override
    public Recommend includeDeprecated() {
        this.includeDeprecated = true;
        return this;
    }

    @Override
    public List<Recommendation> run() {
        if (useCase == null && basedOn == null) {
            throw new IllegalStateException("nothing to recommend for: call forUseCase(text) or basedOn(id) first");
        }
        Weights weights = Weights.read(library.root());
        long maxDownloads = library.modules().stream().flatMap(m -> m.registryEntry().stream())
                .mapToLong(e -> e.metrics().downloads().orElse(0)).max().orElse(0);
        Parts parts = new Parts(weights, Optional.ofNullable(level), maxDownloads);
        List<Recommendation> all = useCase != null ? forUseCase(weights, parts) : basedOn(weights, parts);
        return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
    }

    private boolean allowed(LibraryModule m) {
        MaturityLevel level = m.maturity();
        boolean deprecated = level == MaturityLevel.DEPRECATED || m.metadata().deprecation().isPresent()
                || m.registryEntry().flatMap(RegistryEntry::deprecation).isPresent();
        return level != MaturityLevel.ARCHIVED && (includeDeprecated || !deprecated);
    }

    // ---------------------------------------------------------------- for a use case

    private List<Recommendation> forUseCase(Weights weights, Parts parts) {
        Search search = library.search(useCase).limit(SEARCH_DEPTH);
        if (includeDeprecated) {
            search.includeDeprecated();
        }
        SearchResult result = search.run();
        List<Hit> hits = result.hits().stream().filter(h -> allowed(h.module())).toList();
        if (hits.isEmpty()) {
            return List.of();
        }
        double best = hits.stream().mapToDouble(Hit::score).max().orElse(0);
        Map<String, Double> relevance = new LinkedHashMap<>();
        Map<String, Recommendation> scored = new LinkedHashMap<>();
        for (Hit h : hits) {
            double rel = best <= 0 ? 0 : Math.min(1, h.score() / best);
            relevance.put(h.module().id().value(), rel);
            String fields = h.highlights().stream().map(SearchResult.Highlight::field).distinct()
                    .collect(Collectors.joining(", "));
            String reason = String.format(Locale.ROOT, "search score %.2f of the best %.2f", h.score(), best)
                    + (fields.isEmpty() ? "" : "; matched " + fields);
            scored.put(h.module().id().value(), recommendation(h.module(), new ScorePart("relevance", rel,
                    weights.relevance(), reason), parts, List.of(), List.of()));
        }
        Map<String, Double> wholeText = Map.copyOf(relevance);
        // Each need of a use case of several ("…, with X and Y"): the best modules for it alone count as relevant.
        List<String> needs = needs(useCase);
        if (needs.size() > 1) {
            for (String need : needs) {
                Search s = library.search(need).limit(NEED_DEPTH);
                if (includeDeprecated) {
                    s.includeDeprecated();
                }
                List<Hit> needHits = s.run().hits().stream().filter(h -> allowed(h.module())).toList();
                double needBest = needHits.stream().mapToDouble(Hit::score).max().orElse(0);
                for (Hit h : needHits) {
                    String id = h.module().id().value();
                    double rel = needBest <= 0 ? 0 : NEED_RELEVANCE * h.score() / needBest;
                    if (rel > relevance.getOrDefault(id, 0.0)) {
                        relevance.put(id, rel);
                        scored.put(id, recommendation(h.module(), new ScorePart("relevance", rel,
                                weights.relevance(), String.format(Locale.ROOT, "search score %.2f of the best "
                                        + "%.2f for '%s'", h.score(), needBest, need)), parts, List.of(),
                                List.of()));
                    }
                }
            }
        }
        List<Recommendation> ranked = Ranking.sorted(List.copyOf(scored.values()));
        Optional<Recommendation> pattern = ranked.stream()
                .filter(r -> r.module().layer() == Layer.PATTERNS)
                .filter(r -> wholeText.getOrDefault(r.module().id().value(), 0.0) >= PATTERN_RELEVANCE)
                .findFirst();
        List<Recommendation> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Relations relations = Relations.of(library);
        if (pattern.isPresent()) {
            LibraryModule p = pattern.get().module();
            List<LibraryModule> composed = relations.dependencies(p.id().value()).stream()
                    .map(library::module).flatMap(Optional::stream).filter(this::allowed).toList();
            List<ModuleId> composes = composed.stream().map(LibraryModule::id).toList();
            Recommendation head = pattern.get();
            out.add(new Recommendation(p, head.score(), head.parts(), List.of("pattern matching the use case"
                    + (composes.isEmpty() ? "" : "; composes " + composes.size() + " modules: "
                    + composes.stream().map(ModuleId::value).collect(Collectors.joining(", ")))), composes));
            taken.add(p.id().value());
            List<Recommendation> parts2 = new ArrayList<>();
            for (LibraryModule c : composed) {
                Recommendation r = scored.get(c.id().value());
                ScorePart rel = r != null ? r.parts().get(0)
                        : new ScorePart("relevance", 0, weights.relevance(), "not among the search hits");
                parts2.add(recommendation(c, rel, parts, List.of("composed by pattern " + p.id()), List.of()));
            }
            for (Recommendation r : Ranking.sorted(parts2)) {
                out.add(r);
                taken.add(r.module().id().value());
            }
        }
        // Across layers: the best module of each category the use case touches, then the rest.
        Set<String> categories = new HashSet<>();
        for (Recommendation r : ranked) {
            String id = r.module().id().value();
            if (!taken.contains(id) && relevance.get(id) >= CATEGORY_RELEVANCE
                    && categories.add(r.module().category().id())) {
                out.add(r);
                taken.add(id);
            }
        }
        // What those modules need: their dependencies, in the layers below them.
        List<Recommendation> needed = new ArrayList<>();
        for (Recommendation r : List.copyOf(out)) {
            for (String dep : relations.dependencies(r.module().id().value())) {
                Optional<LibraryModule> d = library.module(dep).filter(this::allowed);
                if (d.isPresent() && taken.add(dep)) {
                    Recommendation hit = scored.get(dep);
                    ScorePart rel = hit != null ? hit.parts().get(0)
                            : new ScorePart("relevance", 0, weights.relevance(), "not among the search hits");
                    needed.add(recommendation(d.get(), rel, parts, List.of("used by " + r.module().id()),
                            List.of()));
                }
            }
        }
        out.addAll(Ranking.sorted(needed));
        for (Recommendation r : ranked) {
            if (taken.add(r.module().id().value())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The needs of a use case: its parts between commas, semicolons and the words and, with, plus, behind, for.
     *
     * @return the parts with at least one word, in order
     */
    static List<String> needs(String useCase) {
        return java.util.Arrays.stream(useCase.split("\\s*(?:[,;]|\\b(?:and|with|plus|behind|for)\\b)\\s*"))
                .map(String::strip).filter(n -> n.chars().anyMatch(Character::isLetterOrDigit)).toList();
    }

    private static Recommendation recommendation(LibraryModule m, ScorePart first, Parts parts,
                                                 List<String> evidence, List<ModuleId> composes) {
        List<ScorePart> all = new ArrayList<>(5);
        all.add(first);
        all.addAll(parts.of(m));
        return new Recommendation(m, Ranking.score(all), all, evidence, composes);
    }

    // ---------------------------------------------------------------- based on a module

    private List<Recommendation> basedOn(Weights weights, Parts parts) {
        String target = basedOn.id().value();
        Relations relations = Relations.of(library);
        Map<String, Set<String>> examples = Examples.of(library);
        Set<String> targetDependents = relations.dependents(target);
        List<Recommendation> out = new ArrayList<>();
        for (LibraryModule m : library.modules()) {
            String id = m.id().value();
            if (id.equals(target) || !allowed(m)) {
                continue;
            }
            double raw = 0;
            List<String> evidence = new ArrayList<>();
            if (relations.dependencies(target).contains(id)) {
                raw += 3;
                evidence.add("a dependency: " + target + " uses it");
            }
            if (targetDependents.contains(id)) {
                raw += 2;
                evidence.add((m.layer() == Layer.PATTERNS ? "a pattern that composes " : "uses ") + target);
            }
            Set<String> together = new TreeSet<>(relations.dependents(id));
            together.retainAll(targetDependents);
            List<String> patterns = together.stream().filter(d -> library.module(d)
                    .map(x -> x.layer() == Layer.PATTERNS).orElse(false)).toList();
            List<String> others = together.stream().filter(d -> !patterns.contains(d)).toList();
            if (!patterns.isEmpty()) {
                raw += 1.5 * patterns.size();
                evidence.add("used together in " + count(patterns.size(), "pattern") + ": "
                        + String.join(", ", patterns));
            }
            if (!others.isEmpty()) {
                raw += others.size();
                evidence.add("used together by " + count(others.size(), "module") + ": " + String.join(", ", others));
            }
            List<String> inExamples = examples.entrySet().stream()
                    .filter(e -> e.getValue().contains(id) && e.getValue().contains(target))
                    .map(Map.Entry::getKey).toList();
            if (!inExamples.isEmpty()) {
                raw += inExamples.size();
                evidence.add("used together in " + count(inExamples.size(), "example") + ": "
                        + String.join(", ", inExamples));
            }
            if (m.category().equals(basedOn.category())) {
                raw += 1;
                evidence.add("an alternative in " + m.category().id() + " (" + tier(m) + "; " + target + " is "
                        + tier(basedOn) + ")");
            }
            if (raw == 0) {
                continue;
            }
            ScorePart ev = new ScorePart("evidence", Ranking.evidenceValue(raw), weights.evidence(),
                    String.format(Locale.ROOT, "usage evidence %.1f", raw));
            out.add(recommendation(m, ev, parts, evidence, List.of()));
        }
        return Ranking.sorted(out);
    }

    private static String tier(LibraryModule m) {
        return m.metadata().complexity().orElseGet(m::complexity).id();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return "Recommend[" + (useCase != null ? "for '" + useCase + "'" : basedOn != null ? "based on "
                + basedOn.id() : "unset") + ", limit " + limit + (level == null ? "" : ", level " + level.id())
                + (includeDeprecated ? ", with deprecated" : "") + "]";
    }
}
