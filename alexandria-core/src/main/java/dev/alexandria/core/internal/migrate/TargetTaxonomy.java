package dev.alexandria.core.internal.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.model.Layer;
import dev.alexandria.core.internal.catalog.YamlAccess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The categories and tags of the library a migration goes into: its {@code _catalog/categories.yaml} and
 * {@code _catalog/tags.yaml} when it has them, else the design's taxonomy shipped with core (the same files as
 * the sample library's). Only names, descriptions and synonyms are read here; the library's own reader checks
 * those files in full when the library is opened. Immutable.
 */
final class TargetTaxonomy {

    private final Map<Layer, Map<String, String>> categories;
    private final Map<String, String> tagBySynonym;
    private final Set<String> tags;
    private final String categoriesSource;

    private TargetTaxonomy(Map<Layer, Map<String, String>> categories, Set<String> tags,
                           Map<String, String> tagBySynonym, String categoriesSource) {
        this.categories = categories;
        this.tags = tags;
        this.tagBySynonym = tagBySynonym;
        this.categoriesSource = categoriesSource;
    }

    static TargetTaxonomy of(Path into) {
        Path catalog = into.resolve("_catalog");
        Path cats = catalog.resolve("categories.yaml");
        Path tagFile = catalog.resolve("tags.yaml");
        YamlAccess.Document c = Files.isRegularFile(cats) ? YamlAccess.read(into, cats, "_catalog/categories.yaml")
                : resource("default-categories.yaml");
        YamlAccess.Document t = Files.isRegularFile(tagFile) ? YamlAccess.read(into, tagFile, "_catalog/tags.yaml")
                : resource("default-tags.yaml");
        Map<Layer, Map<String, String>> categories = new EnumMap<>(Layer.class);
        for (Layer l : Layer.values()) {
            categories.put(l, new LinkedHashMap<>());
        }
        for (JsonNode layer : c.root().path("layers")) {
            Optional<Layer> l = Layer.fromId(layer.path("name").asText(""));
            if (l.isEmpty()) {
                continue;
            }
            for (JsonNode cat : layer.path("categories")) {
                String name = cat.path("name").asText("");
                if (!name.isEmpty()) {
                    categories.get(l.get()).put(name, cat.path("description").asText(""));
                }
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        Map<String, String> bySynonym = new HashMap<>();
        for (JsonNode tag : t.root().path("tags")) {
            String name = tag.path("name").asText("");
            if (name.isEmpty()) {
                continue;
            }
            tags.add(name);
            bySynonym.put(name, name);
            for (JsonNode s : tag.path("synonyms")) {
                bySynonym.putIfAbsent(s.asText(""), name);
            }
        }
        return new TargetTaxonomy(categories, Collections.unmodifiableSet(tags), bySynonym,
                Files.isRegularFile(cats) ? "_catalog/categories.yaml" : "the design's taxonomy");
    }

    private static YamlAccess.Document resource(String name) {
        try (InputStream in = TargetTaxonomy.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AlexandriaException("core resource " + name + " is missing from the class path");
            }
            return YamlAccess.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new AlexandriaException("cannot read core resource " + name + ": " + e.getMessage(), e);
        }
    }

    /** @return the category names of each layer, in file order */
    Map<Layer, Set<String>> categoryNames() {
        Map<Layer, Set<String>> out = new EnumMap<>(Layer.class);
        categories.forEach((l, cs) -> out.put(l, Collections.unmodifiableSet(new LinkedHashSet<>(cs.keySet()))));
        return out;
    }

    boolean hasCategory(Layer layer, String category) {
        return categories.get(layer).containsKey(category);
    }

    /** @return where the categories came from, for evidence */
    String categoriesSource() {
        return categoriesSource;
    }

    /** @return the declared tag a word means (the tag itself or a synonym of it) */
    Optional<String> tag(String word) {
        return Optional.ofNullable(tagBySynonym.get(word));
    }

    Set<String> tags() {
        return tags;
    }
}
