package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.Search;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.SearchResult.LeftOut;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.SearchSort;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.core.internal.text.Suggestions;
import dev.alexandria.spi.search.Filter;
import dev.alexandria.spi.search.Sort;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The built-in {@link Search}. Mutable, single-threaded; {@link #run()} does not change it. */
public final class DefaultSearch implements Search {

    private final SearchService service;
    private final String text;
    /** The maturity levels kept, or null for every level. */
    private Set<MaturityLevel> maturities;
    /** Whether {@link #maturities} came from {@link #maturityAtLeast}, for {@link #toString()}. */
    private MaturityLevel maturityAtLeast;
    private BigDecimal maxMonthlyCost;
    private final Set<String> tags = new LinkedHashSet<>();
    private Layer layer;
    private Category category;
    /** The layers of {@link #anyOf}, or null. */
    private Set<Layer> anyLayers;
    /** The categories of {@link #anyOf}, or null. */
    private Set<Category> anyCategories;
    private Set<ComplexityTier> complexity;
    private SearchSort sort = SearchSort.RELEVANCE;
    private int limit = 10;
    private int offset;
    private boolean includeDeprecated;
    /** Hits and scores alone, see {@link #plain()}. */
    private boolean plain;
    /** Whether facets are counted, see {@link #withoutFacets()}. */
    private boolean facets = true;
    /** Whether a search finding nothing says what to try, see {@link #withoutSuggestions()}. */
    private boolean suggestions = true;
    private boolean includeArchived;

    /**
     * @param service the library's search service
     * @param text    the words to search for
     */
    public DefaultSearch(SearchService service, String text) {
        this.service = Objects.requireNonNull(service, "service");
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    public Search maturityAtLeast(MaturityLevel level) {
        Objects.requireNonNull(level, "level");
        if (!level.isActive()) {
            throw new IllegalArgumentException("maturityAtLeast needs an active level (experimental to mature), not "
                    + level + "; use includeDeprecated() to see deprecated modules");
        }
        this.maturityAtLeast = level;
        this.maturities = EnumSet.noneOf(MaturityLevel.class);
        Arrays.stream(MaturityLevel.values()).filter(l -> l.isAtLeast(level)).forEach(maturities::add);
        return this;
    }

    @Override
    public Search maturity(MaturityLevel... levels) {
        Objects.requireNonNull(levels, "levels");
        if (levels.length == 0) {
            throw new IllegalArgumentException("maturity needs at least one level");
        }
        for (MaturityLevel l : levels) {
            Objects.requireNonNull(l, "levels contains null");
            if (!l.isActive()) {
                throw new IllegalArgumentException("maturity needs active levels (experimental to mature), not " + l
                        + "; use includeDeprecated() to see deprecated modules");
            }
        }
        this.maturities = EnumSet.copyOf(Arrays.asList(levels));
        this.maturityAtLeast = null;
        return this;
    }

    @Override
    public Search maxMonthlyCost(double usdPerMonth) {
        if (!(usdPerMonth >= 0) || Double.isInfinite(usdPerMonth)) {
            throw new IllegalArgumentException("maxMonthlyCost must be a finite number of USD per month, at least 0: "
                    + usdPerMonth);
        }
        return maxMonthlyCost(BigDecimal.valueOf(usdPerMonth));
    }

    @Override
    public Search maxMonthlyCost(BigDecimal usdPerMonth) {
        Objects.requireNonNull(usdPerMonth, "usdPerMonth");
        if (usdPerMonth.signum() < 0) {
            throw new IllegalArgumentException("maxMonthlyCost must not be negative: " + usdPerMonth);
        }
        this.maxMonthlyCost = usdPerMonth;
        return this;
    }

    @Override
    public Search tags(String... tags) {
        Objects.requireNonNull(tags, "tags");
        return tags(Arrays.asList(tags));
    }

    @Override
    public Search tags(List<String> tags) {
        Objects.requireNonNull(tags, "tags");
        TagTaxonomy taxonomy = service.catalog().tags();
        List<String> resolved = new ArrayList<>();
        for (String t : tags) {
            Objects.requireNonNull(t, "tags contains null");
            resolved.add(taxonomy.resolve(t).orElseThrow(() -> new IllegalArgumentException(unknownTag(t, taxonomy))));
        }
        this.tags.addAll(resolved);
        return this;
    }

    static String unknownTag(String tag, TagTaxonomy taxonomy) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        Optional<String> near = taxonomy.tags().stream().map(TagTaxonomy.TagDefinition::name)
                .min(Comparator.comparingInt(n -> Suggestions.distance(n, t)))
                .filter(n -> Suggestions.distance(n, t) <= Math.max(2, t.length() / 3));
        // Else the declared tags the text begins, or that begin with it ("postgres" for postgresql): a tag far in
        // spelling is no suggestion (before, "nosuchtag" was offered caching, nosql and oauth).
        List<String> prefixed = taxonomy.tags().stream().map(TagTaxonomy.TagDefinition::name)
                .filter(n -> t.length() >= 3 && n.length() >= 3 && (n.startsWith(t) || t.startsWith(n)))
                .sorted().limit(3).toList();
        return "unknown tag '" + tag + "': it is not declared in _catalog/tags.yaml"
                + near.map(n -> "; did you mean '" + n + "'?").orElse(prefixed.isEmpty()
                ? "; see _catalog/tags.yaml for the tags"
                : "; did you mean " + prefixed.stream().map(n -> "'" + n + "'").collect(
                        java.util.stream.Collectors.joining(" or ")) + "?");
    }

    @Override
    public Search layer(Layer layer) {
        Objects.requireNonNull(layer, "layer");
        LayerFilter.checkLayer(layer, category);
        this.layer = layer;
        return this;
    }

    @Override
    public Search category(Category category) {
        Objects.requireNonNull(category, "category");
        LayerFilter.checkCategory(category, layer);
        if (!service.catalog().taxonomy().isDeclared(category)) {
            throw new IllegalArgumentException("category '" + category + "' is not declared in "
                    + "_catalog/categories.yaml; run 'alexandria browse' to see the categories");
        }
        this.category = category;
        return this;
    }

    @Override
    public Search anyOf(Collection<Layer> layers, Collection<Category> categories) {
        if (layers.isEmpty() && categories.isEmpty()) {
            throw new IllegalArgumentException("no layer or category given; give at least one");
        }
        for (Category c : categories) {
            if (!service.catalog().taxonomy().isDeclared(c)) {
                throw new IllegalArgumentException("category '" + c + "' is not declared in "
                        + "_catalog/categories.yaml; run 'alexandria browse' to see the categories");
            }
        }
        this.anyLayers = Set.copyOf(layers);
        this.anyCategories = Set.copyOf(categories);
        return this;
    }

    @Override
    public Search complexity(ComplexityTier... tiers) {
        Objects.requireNonNull(tiers, "tiers");
        if (tiers.length == 0) {
            throw new IllegalArgumentException("complexity needs at least one tier");
        }
        Arrays.stream(tiers).forEach(t -> Objects.requireNonNull(t, "tiers contains null"));
        this.complexity = EnumSet.copyOf(Arrays.asList(tiers));
        return this;
    }

    @Override
    public Search sort(SearchSort sort) {
        this.sort = Objects.requireNonNull(sort, "sort");
        return this;
    }

    @Override
    public Search limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
        return this;
    }

    @Override
    public Search offset(int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        this.offset = offset;
        return this;
    }

    @Override
    public Search includeDeprecated() {
        this.includeDeprecated = true;
        return this;
    }

    /**
     * Asks for hits and scores alone: no highlights, no facet counts (the result's facets are empty). Not part of
     * the API: for recommendations, which make many searches per request and show neither.
     *
     * @return this search
     */
    public DefaultSearch plain() {
        this.plain = true;
        return this;
    }

    /**
     * Asks for no suggestions when nothing is found: the result's did-you-mean and unmatched words are empty, and
     * the searches that would find them are not made. Not part of the API: for recommendations, which read neither.
     *
     * @return this search
     */
    public DefaultSearch withoutSuggestions() {
        this.suggestions = false;
        return this;
    }

    @Override
    public Search withoutFacets() {
        this.facets = false;
        return this;
    }

    @Override
    public Search includeArchived() {
        this.includeArchived = true;
        return this;
    }

    @Override
    public SearchResult run() {
        // In the order SearchResult.leftOut lists them. Deprecated and archived modules are two filters, so that
        // what leaving deprecated ones out hid is counted apart from archived ones, which are never mentioned.
        List<SearchService.Condition> conditions = new ArrayList<>();
        if (!includeDeprecated) {
            conditions.add(SearchService.Condition.shown(Filter.noneOf(SearchFields.STATUS, SearchFields.DEPRECATED),
                    LeftOut.Condition.DEPRECATED, ""));
        }
        if (!includeArchived) {
            conditions.add(SearchService.Condition.hidden(Filter.noneOf(SearchFields.STATUS, SearchFields.ARCHIVED)));
        }
        if (maturities != null) {
            List<String> levels = new ArrayList<>(maturities.stream().map(MaturityLevel::id).toList());
            // The levels kept, as SearchResult.LeftOut documents (an at-least level is its range: stable,mature).
            String value = String.join(",", levels);
            // Deprecated and archived are states past the levels: asking for them is asking for their level, so a
            // maturity filter never hides what includeDeprecated() or includeArchived() asks for.
            if (includeDeprecated) {
                levels.add(MaturityLevel.DEPRECATED.id());
            }
            if (includeArchived) {
                levels.add(MaturityLevel.ARCHIVED.id());
            }
            conditions.add(SearchService.Condition.shown(Filter.anyOf(SearchFields.MATURITY, levels),
                    LeftOut.Condition.MATURITY, value));
        }
        if (layer != null) {
            conditions.add(SearchService.Condition.shown(Filter.anyOf(SearchFields.LAYER, layer.id()),
                    LeftOut.Condition.LAYER, layer.id()));
        }
        if (category != null) {
            conditions.add(SearchService.Condition.shown(Filter.anyOf(SearchFields.CATEGORY_ID, category.id()),
                    LeftOut.Condition.CATEGORY, category.id()));
        }
        if (anyLayers != null) {
            conditions.add(anyOfCondition());
        }
        if (complexity != null) {
            List<String> tiers = complexity.stream().map(ComplexityTier::id).toList();
            conditions.add(SearchService.Condition.shown(Filter.anyOf(SearchFields.COMPLEXITY, tiers),
                    LeftOut.Condition.COMPLEXITY, String.join(",", tiers)));
        }
        TagTaxonomy taxonomy = service.catalog().tags();
        for (String tag : tags) {
            conditions.add(SearchService.Condition.shown(Filter.anyOf(SearchFields.TAG, withDescendants(tag, taxonomy)),
                    LeftOut.Condition.TAG, tag));
        }
        if (maxMonthlyCost != null) {
            // A bound beyond a double's range (--cost-max 1e400) is no bound on any real cost.
            Filter cost = Filter.atMost(SearchFields.COST, Math.min(maxMonthlyCost.doubleValue(), Double.MAX_VALUE));
            conditions.add(SearchService.Condition.shown(cost, LeftOut.Condition.COST,
                    maxMonthlyCost.stripTrailingZeros().toPlainString()));
        }
        return service.search(new SearchService.Request(text, conditions, backendSort(sort), offset, limit), !plain,
                facets && !plain, suggestions);
    }

    /** A tag and every tag below it in tags.yaml's parent hierarchy. */
    static Set<String> withDescendants(String tag, TagTaxonomy taxonomy) {
        Set<String> out = new LinkedHashSet<>();
        out.add(tag);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TagTaxonomy.TagDefinition t : taxonomy.tags()) {
                if (t.parent().isPresent() && out.contains(t.parent().get()) && out.add(t.name())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    private static Sort backendSort(SearchSort sort) {
        switch (sort) {
            case POPULARITY:
                return Sort.descending(SearchFields.DOWNLOADS);
            case RATING:
                return Sort.descending(SearchFields.RATING);
            case UPDATED:
                return Sort.descending(SearchFields.LAST_UPDATED);
            default:
                return Sort.relevance();
        }
    }

    /**
     * The condition of {@link #anyOf}: on the layer field for layers alone, on the category field for categories
     * alone, and for both on the category field with every category the library's modules of those layers have.
     * Its value, what a left-out line names, is what was given, in order (layers first).
     */
    private SearchService.Condition anyOfCondition() {
        List<String> given = new ArrayList<>();
        anyLayers.stream().sorted().map(Layer::id).forEach(given::add);
        anyCategories.stream().map(Category::id).sorted().forEach(given::add);
        String value = String.join(",", given);
        if (anyCategories.isEmpty()) {
            return SearchService.Condition.shown(Filter.anyOf(SearchFields.LAYER,
                    anyLayers.stream().map(Layer::id).toList()), LeftOut.Condition.LAYER, value);
        }
        Set<String> ids = new TreeSet<>();
        anyCategories.forEach(c -> ids.add(c.id()));
        ids.addAll(service.categoriesOf(anyLayers));
        return SearchService.Condition.shown(Filter.anyOf(SearchFields.CATEGORY_ID, ids), LeftOut.Condition.CATEGORY,
                value);
    }

    @Override
    public String toString() {
        List<String> set = new ArrayList<>();
        set.add("\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"");
        if (maturityAtLeast != null) {
            set.add("maturityAtLeast=" + maturityAtLeast);
        } else if (maturities != null) {
            set.add("maturity=" + maturities.stream().map(MaturityLevel::id).collect(Collectors.joining(",")));
        }
        if (maxMonthlyCost != null) {
            set.add("maxMonthlyCost=" + maxMonthlyCost.toPlainString());
        }
        if (!tags.isEmpty()) {
            set.add("tags=" + String.join(",", tags));
        }
        if (layer != null) {
            set.add("layer=" + layer);
        }
        if (category != null) {
            set.add("category=" + category);
        }
        if (anyLayers != null) {
            set.add("anyOf=" + anyOfCondition().value());
        }
        if (complexity != null) {
            set.add("complexity=" + complexity.stream().map(ComplexityTier::id).collect(Collectors.joining(",")));
        }
        if (sort != SearchSort.RELEVANCE) {
            set.add("sort=" + sort);
        }
        if (offset != 0) {
            set.add("offset=" + offset);
        }
        if (limit != 10) {
            set.add("limit=" + limit);
        }
        if (includeDeprecated) {
            set.add("includeDeprecated");
        }
        if (includeArchived) {
            set.add("includeArchived");
        }
        if (!facets) {
            set.add("withoutFacets");
        }
        if (!suggestions) {
            set.add("withoutSuggestions");
        }
        return "Search{" + String.join(", ", set) + "}";
    }
}
