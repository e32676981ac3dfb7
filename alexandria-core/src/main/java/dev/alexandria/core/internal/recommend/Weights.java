package dev.alexandria.core.internal.recommend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The weights of the score's parts, from {@code _catalog/recommend.yaml}:
 * <pre>
 * weights:
 *   relevance: 0.55   # text relevance of a use case (search score over the best hit's)
 *   evidence: 0.55    # usage evidence of a module that goes with another
 *   maturity: 0.15
 *   popularity: 0.10
 *   cost: 0.05
 *   complexity: 0.15
 * </pre>
 * A name left out keeps its default; no file means every default.
 */
record Weights(double relevance, double evidence, double maturity, double popularity, double cost,
               double complexity) {

    static final String FILE = "_catalog/recommend.yaml";
    static final Weights DEFAULTS = new Weights(0.55, 0.55, 0.15, 0.10, 0.05, 0.15);

    static Weights read(Path libraryRoot) {
        Path file = libraryRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return DEFAULTS;
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new CatalogException(line > 0 ? SourceLocation.of(FILE, line, 1) : SourceLocation.of(FILE),
                    "is not valid YAML: " + e.getOriginalMessage() + "; fix the syntax");
        } catch (IOException e) {
            throw new CatalogException(SourceLocation.of(FILE), "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return DEFAULTS;
        }
        if (!root.isObject()) {
            throw new CatalogException(SourceLocation.of(FILE), "must be a mapping with the key 'weights'");
        }
        Map<String, Double> w = new LinkedHashMap<>(DEFAULTS.asMap());
        for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("weights")) {
                throw new CatalogException(SourceLocation.of(FILE), "unknown key '" + key
                        + "'; the only key is 'weights'");
            }
        }
        JsonNode weights = root.path("weights");
        if (!weights.isMissingNode() && !weights.isNull()) {
            if (!weights.isObject()) {
                throw new CatalogException(SourceLocation.of(FILE), "'weights' must be a mapping of "
                        + String.join(", ", DEFAULTS.asMap().keySet()) + " to numbers");
            }
            for (Map.Entry<String, JsonNode> e : weights.properties()) {
                String name = e.getKey().toLowerCase(Locale.ROOT);
                if (!w.containsKey(name)) {
                    throw new CatalogException(SourceLocation.of(FILE), "unknown weight '" + e.getKey()
                            + "'; use " + String.join(", ", DEFAULTS.asMap().keySet()));
                }
                JsonNode v = e.getValue();
                if (!v.isNumber() || !(v.asDouble() >= 0) || Double.isInfinite(v.asDouble())) {
                    throw new CatalogException(SourceLocation.of(FILE), "weight '" + e.getKey()
                            + "' must be a number of 0 or more, not '" + v.asText() + "'");
                }
                w.put(name, v.asDouble());
            }
        }
        return new Weights(w.get("relevance"), w.get("evidence"), w.get("maturity"), w.get("popularity"),
                w.get("cost"), w.get("complexity"));
    }

    Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("relevance", relevance);
        m.put("evidence", evidence);
        m.put("maturity", maturity);
        m.put("popularity", popularity);
        m.put("cost", cost);
        m.put("complexity", complexity);
        return m;
    }
}
