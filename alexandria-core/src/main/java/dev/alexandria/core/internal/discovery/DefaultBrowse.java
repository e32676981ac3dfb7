package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.Browse;
import dev.alexandria.api.model.BrowseResult;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The built-in {@link Browse}. Mutable, single-threaded; {@link #run()} does not change it. */
public final class DefaultBrowse implements Browse {

    private final List<LibraryModule> modules;
    private Layer layer;
    private Category category;
    private Set<MaturityLevel> maturities;
    private boolean includeArchived;

    /** @param modules the library's modules */
    public DefaultBrowse(List<LibraryModule> modules) {
        this.modules = modules;
    }

    @Override
    public Browse layer(Layer layer) {
        Objects.requireNonNull(layer, "layer");
        if (category != null && category.layer() != layer) {
            throw new IllegalArgumentException("layer " + layer + " conflicts with category " + category
                    + ", which is in layer " + category.layer() + "; choose one or the other");
        }
        this.layer = layer;
        return this;
    }

    @Override
    public Browse category(Category category) {
        Objects.requireNonNull(category, "category");
        if (layer != null && category.layer() != layer) {
            throw new IllegalArgumentException("category " + category + " conflicts with layer " + layer
                    + ": the category is in layer " + category.layer() + "; choose one or the other");
        }
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
        return this;
    }

    private boolean selects(LibraryModule m) {
        return (layer == null || m.layer() == layer) && (category == null || m.category().equals(category))
                && (maturities == null || maturities.contains(m.maturity()))
                && (m.maturity() != MaturityLevel.ARCHIVED || includeArchived
                    || (maturities != null && maturities.contains(MaturityLevel.ARCHIVED)));
    }

    @Override
    public SearchResult.Facets facets() {
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

    private static List<SearchResult.FacetCount> sorted(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new SearchResult.FacetCount(e.getKey(), e.getValue())).toList();
    }

    @Override
    public Browse includeArchived(boolean include) {
        this.includeArchived = include;
        return this;
    }

    @Override
    public BrowseResult run() {
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
        if (maturities != null) {
            set.add("maturity=" + maturities.stream().map(MaturityLevel::id).collect(Collectors.joining(",")));
        }
        if (includeArchived) {
            set.add("includeArchived=true");
        }
        return "Browse{" + String.join(", ", set) + "}";
    }
}
