package dev.alexandria.core.internal.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.CatalogValidationException;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.Finding;
import dev.alexandria.core.internal.catalog.YamlAccess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data behind layer and category inference: resource type → category with a weight (how strongly one such
 * resource says what the module is), prefixes for types the table does not list, and words of a module's name
 * or README title as secondary evidence. Shipped as {@code resource-categories.yaml} next to this class; a
 * library's {@code _catalog/migrate-categories.yaml}, in the same format, adds entries and replaces shipped ones
 * of the same key. Immutable.
 */
final class ResourceTable {

    static final String SHIPPED = "resource-categories.yaml";
    static final String OVERRIDE = "_catalog/migrate-categories.yaml";

    /** A category with a weight. */
    record Entry(Category category, double weight, String source) {
    }

    private final Map<String, Entry> types;
    private final List<Map.Entry<String, Entry>> prefixes;
    private final Map<String, Entry> words;

    private ResourceTable(Map<String, Entry> types, Map<String, Entry> prefixes, Map<String, Entry> words) {
        this.types = Map.copyOf(types);
        List<Map.Entry<String, Entry>> p = new ArrayList<>(prefixes.entrySet());
        p.sort(Comparator.comparingInt((Map.Entry<String, Entry> e) -> e.getKey().length()).reversed());
        this.prefixes = List.copyOf(p);
        this.words = Map.copyOf(words);
    }

    static ResourceTable load(Path into) {
        Map<String, Entry> types = new HashMap<>();
        Map<String, Entry> prefixes = new HashMap<>();
        Map<String, Entry> words = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        read(shipped(), types, prefixes, words, findings);
        Path override = into.resolve(OVERRIDE);
        if (Files.isRegularFile(override)) {
            read(YamlAccess.read(into, override, OVERRIDE), types, prefixes, words, findings);
        }
        if (!findings.isEmpty()) {
            throw new CatalogValidationException(findings);
        }
        return new ResourceTable(types, prefixes, words);
    }

    private static YamlAccess.Document shipped() {
        try (InputStream in = ResourceTable.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new AlexandriaException("core resource " + SHIPPED + " is missing from the class path");
            }
            return YamlAccess.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED);
        } catch (IOException e) {
            throw new AlexandriaException("cannot read core resource " + SHIPPED + ": " + e.getMessage(), e);
        }
    }

    private static void read(YamlAccess.Document doc, Map<String, Entry> types, Map<String, Entry> prefixes,
                             Map<String, Entry> words, List<Finding> findings) {
        for (Iterator<String> it = doc.root().fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!List.of("types", "prefixes", "words").contains(key)) {
                findings.add(Finding.error("unknown-key", doc.locate("/" + key), "unknown key '" + key + "'",
                        "use types, prefixes or words"));
            }
        }
        section(doc, "types", types, findings);
        section(doc, "prefixes", prefixes, findings);
        section(doc, "words", words, findings);
    }

    private static void section(YamlAccess.Document doc, String name, Map<String, Entry> into,
                                List<Finding> findings) {
        JsonNode node = doc.root().path(name);
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            findings.add(Finding.error("wrong-type", doc.locate("/" + name), name + ": expected a mapping",
                    "write " + name + ": {key: {category: layer/category, weight: 5}}"));
            return;
        }
        Map<String, Entry> read = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            String at = "/" + name + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode v = e.getValue();
            String cat = v.path("category").asText("");
            Optional<Category> category = parseCategory(cat);
            if (category.isEmpty()) {
                findings.add(Finding.error("invalid-value", doc.locate(at + "/category"), name + " '" + e.getKey()
                        + "': category '" + cat + "' is not <layer>/<category>", "write e.g. foundations/networking"));
                return;
            }
            JsonNode w = v.path("weight");
            if (!w.isNumber() || w.asDouble() <= 0 || w.asDouble() > 100) {
                findings.add(Finding.error("invalid-value", doc.locate(at + "/weight"), name + " '" + e.getKey()
                        + "': weight must be a number above 0 and at most 100", "write e.g. weight: 5"));
                return;
            }
            read.put(e.getKey(), new Entry(category.get(), w.asDouble(), doc.file()));
        });
        into.putAll(read);
    }

    private static Optional<Category> parseCategory(String text) {
        try {
            return Optional.of(Category.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The entry for a resource type: its own, else the longest matching prefix. */
    Optional<Entry> type(String type) {
        Entry e = types.get(type);
        if (e != null) {
            return Optional.of(e);
        }
        for (Map.Entry<String, Entry> p : prefixes) {
            if (type.startsWith(p.getKey())) {
                return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }

    /** Whether the type is listed by its full name (not only by prefix). */
    boolean listed(String type) {
        return types.containsKey(type);
    }

    /** The entry for a word of a name. */
    Optional<Entry> word(String word) {
        return Optional.ofNullable(words.get(word));
    }

    Map<String, Entry> words() {
        return words;
    }
}
