package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.Browse;
import dev.alexandria.api.model.BrowseResult;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.TagTaxonomy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The built-in {@link Browse}. Mutable, single-threaded; {@link #run()} does not change it. */
public final class DefaultBrowse implements Browse {

    private final List<LibraryModule> modules;
    private final Supplier<TagTaxonomy> tagTaxonomy;
    /** Run before the modules' tiers are read, so that they are learnt at once (see the constructor). */
    private final Runnable beforeTiers;
    private Layer layer;
    private Category category;
    /** The layers of {@link #anyOf}, or null. */
    private Set<Layer> anyLayers;
    /** The categories of {@link #anyOf}, or null. */
    private Set<Category> anyCategories;
    private Set<MaturityLevel> maturities;
    /** Whether {@link #maturities} came from {@link #maturityAtLeast}, for {@link #toString()}. */
    private MaturityLevel maturityAtLeast;
    /** Each tag asked for, with the tags that count for it (its child tags); a module needs one of each. */
    private final Map<String, Set<String>> tags = new LinkedHashMap<>();
    private Set<ComplexityTier> complexity;
    private boolean includeArchived;

    /**
     * @param modules     the library's modules
     * @param tagTaxonomy the library's {@code tags.yaml}, read when a tag filter is set
     * @param beforeTiers run before {@link #facets()} and {@link #run()} read the modules' complexity tiers (which
     *                    every browse shows): the library learns them all at once and keeps them in its cache
     */
    public DefaultBrowse(List<LibraryModule> modules, Supplier<TagTaxonomy> tagTaxonomy, Runnable beforeTiers) {
        this.modules = modules;
        this.tagTaxonomy = Objects.requireNonNull(tagTaxonomy, "tagTaxonomy");
        this.beforeTiers = Objects.requireNonNull(beforeTiers, "beforeTiers");
    }

    @Override
    public Browse layer(Layer layer) {
        Objects.requireNonNull(layer, "layer");
        LayerFilter.checkLayer(layer, category);
        this.layer = layer;
        return this;
    }

    @Override
    public Browse category(Category category) {
        Objects.requireNonNull(category, "category");
        LayerFilter.checkCategory(category, layer);
        this.category = category;
        return this;
    }

    @Override
    public Browse maturity(MaturityLevel... levels) {
        Objects.requireNonNull(levels, "levels");
        return maturity(Arrays.asList(levels));
    }

    @Override
    public Browse maturity(List<MaturityLevel> levels) {
        Objects.requireNonNull(levels, "levels");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("maturity needs at least one level");
        }
        levels.forEach(l -> Objects.requireNonNull(l, "levels contains null"));
        this.maturities = EnumSet.copyOf(levels);
        this.maturityAtLeast = null;
        return this;
    }

    @Override
    public Browse maturityAtLeast(MaturityLevel level) {
        Objects.requireNonNull(level, "level");
        if (!level.isActive()) {
            throw new IllegalArgumentException("maturityAtLeast needs an active level (experimental to mature), not "
                    + level + "; use maturity(" + level + ") for " + level + " modules");
        }
        this.maturities = EnumSet.noneOf(MaturityLevel.class);
        Arrays.stream(MaturityLevel.values()).filter(l -> l.isAtLeast(level)).forEach(maturities::add);
        this.maturityAtLeast = level;
        return this;
    }

    @Override
    public Browse tags(String... tags) {
        Objects.requireNonNull(tags, "tags");
        return tags(Arrays.asList(tags));
    }

    @Override
    public Browse tags(List<String> tags) {
        Objects.requireNonNull(tags, "tags");
        TagTaxonomy taxonomy = tagTaxonomy.get();
        Map<String, Set<String>> resolved = new LinkedHashMap<>();
        for (String t : tags) {
            Objects.requireNonNull(t, "tags contains null");
            String tag = taxonomy.resolve(t).orElseThrow(
                    () -> new IllegalArgumentException(DefaultSearch.unknownTag(t, taxonomy)));
            resolved.put(tag, DefaultSearch.withDescendants(tag, taxonomy));
        }
        this.tags.putAll(resolved);
        return this;
    }

    @Override
    public Browse complexity(ComplexityTier... tiers) {
        Objects.requireNonNull(tiers, "tiers");
        if (tiers.length == 0) {
            throw new IllegalArgumentException("complexity needs at least one tier");
        }
        Arrays.stream(tiers).forEach(t -> Objects.requireNonNull(t, "tiers contains null"));
        this.complexity = EnumSet.copyOf(Arrays.asList(tiers));
        return this;
    }

    /** Whether the module has, for each tag asked for, that tag or one below it (as search's tag filter). */
    private boolean hasTags(LibraryModule m) {
        if (tags.isEmpty()) {
            return true;
        }
        Set<String> own = new HashSet<>(m.metadata().tags());
        for (Set<String> wanted : tags.values()) {
            if (wanted.stream().noneMatch(own::contains)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Browse anyOf(Collection<Layer> layers, Collection<Category> categories) {
        if (layers.isEmpty() && categories.isEmpty()) {
            throw new IllegalArgumentException("no layer or category given; give at least one");
        }
        this.anyLayers = Set.copyOf(layers);
        this.anyCategories = Set.copyOf(categories);
        return this;
    }

    private boolean selects(LibraryModule m) {
        return (layer == null || m.layer() == layer) && (category == null || m.category().equals(category))
                && (anyLayers == null || anyLayers.contains(m.layer()) || anyCategories.contains(m.category()))
                && (maturities == null || maturities.contains(m.maturity()))
                && (complexity == null || complexity.contains(m.complexity()))
                && hasTags(m)
                && (m.maturity() != MaturityLevel.ARCHIVED || includeArchived
                    || (maturities != null && maturities.contains(MaturityLevel.ARCHIVED)));
    }

    @Override
    public SearchResult.Facets facets() {
        beforeTiers.run();
        List<Map<String, Long>> counts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            counts.add(new HashMap<>());
        }
        for (LibraryModule m : modules) {
            if (!selects(m)) {
                continue;
            }
            counts.get(0).merge(m.layer().id(), 1L, Long::sum);
            counts.get(1).merge(m.category().id(), 1L, Long::sum);
            counts.get(2).merge(m.maturity().id(), 1L, Long::sum);
            counts.get(3).merge(m.complexity().id(), 1L, Long::sum);
            m.registryEntry().flatMap(RegistryEntry::cost).map(c -> c.costCategory())
                    .or(() -> m.metadata().costCategory())
                    .ifPresent(c -> counts.get(4).merge(c.id(), 1L, Long::sum));
            for (String tag : new TreeSet<>(m.metadata().tags())) {
                counts.get(5).merge(tag, 1L, Long::sum);
            }
        }
        return new SearchResult.Facets(sorted(counts.get(0)), sorted(counts.get(1)), sorted(counts.get(2)),
                sorted(counts.get(3)), sorted(counts.get(4)), sorted(counts.get(5)));
    }

    /**
     * The most modules first, then by value: written out rather than a Comparator.comparing chain (the same order),
     * whose serializable lambdas JDK 17's start-up archive cannot hold, so every browse generated them at run time.
     */
    private static final Comparator<Map.Entry<String, Long>> BY_COUNT_THEN_VALUE = (a, b) -> {
        int byCount = Long.compare(-a.getValue(), -b.getValue());
        return byCount != 0 ? byCount : a.getKey().compareTo(b.getKey());
    };

    private static List<SearchResult.FacetCount> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(BY_COUNT_THEN_VALUE)
                .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue())).toList();
    }

    @Override
    public Browse includeArchived(boolean include) {
        this.includeArchived = include;
        return this;
    }

    @Override
    public BrowseResult run() {
        beforeTiers.run();
        Map<Layer, Map<Category, List<LibraryModule>>> groups = new TreeMap<>();

        for (LibraryModule m : modules) {
            if (!selects(m)) {
                continue;
            }
            groups.computeIfAbsent(m.layer(), k -> new TreeMap<>())
                    .computeIfAbsent(m.category(), k -> new ArrayList<>()).add(m);
        }
        List<BrowseResult.LayerGroup> layers = new ArrayList<>();
        int total = 0;
        for (var layerEntry : groups.entrySet()) {
            List<BrowseResult.CategoryGroup> categories = new ArrayList<>();
            int count = 0;
            for (var catEntry : layerEntry.getValue().entrySet()) {
                List<LibraryModule> ms = catEntry.getValue();
                ms.sort((a, b) -> a.id().compareTo(b.id()));
                categories.add(new BrowseResult.CategoryGroup(catEntry.getKey(), ms.size(), ms));
                count += ms.size();
            }
            layers.add(new BrowseResult.LayerGroup(layerEntry.getKey(), count, categories));
            total += count;
        }
        return new BrowseResult(layers, total);
    }

    @Override
    public String toString() {
        List<String> set = new ArrayList<>();
        if (layer != null) {
            set.add("layer=" + layer);
        }
        if (category != null) {
            set.add("category=" + category);
        }
        if (anyLayers != null) {
            set.add("anyOf=" + Stream.concat(anyLayers.stream().sorted().map(Layer::id),
                    anyCategories.stream().map(Category::id).sorted()).collect(Collectors.joining(",")));
        }
        if (maturityAtLeast != null) {
            set.add("maturityAtLeast=" + maturityAtLeast);
        } else if (maturities != null) {
            set.add("maturity=" + maturities.stream().map(MaturityLevel::id).collect(Collectors.joining(",")));
        }
        if (!tags.isEmpty()) {
            set.add("tags=" + String.join(",", tags.keySet()));
        }
        if (complexity != null) {
            set.add("complexity=" + complexity.stream().map(ComplexityTier::id).collect(Collectors.joining(",")));
        }
        if (includeArchived) {
            set.add("includeArchived=true");
        }
        return "Browse{" + String.join(", ", set) + "}";
    }
}
