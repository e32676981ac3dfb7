package dev.alexandria.core.internal.recommend;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alexandria.api.CatalogException;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.yaml.YamlLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parse of {@code recommend.yaml} and the bundled defaults into a {@link RecommendConfig}, with every error
 * naming its file, line and column ({@link RecommendConfig.Problem}). Apart from {@link RecommendConfig} so that a
 * configuration read from the cache ({@link ConfigCache}) loads no Jackson class: linking a class whose code passes
 * Jackson's types around loads them, whether or not that code runs.
 */
final class RecommendYaml {

    private static final List<String> TOP_KEYS = List.of("weights", "implies");
    private static final List<String> RULE_KEYS = List.of("words", "needs");

    /**
     * The YAML parser, loaded only when a text is parsed: a configuration from the cache needs none. Typed as
     * {@link JsonFactory} so that verifying this class does not load the YAML classes either.
     */
    private static final class Yaml {
        static final JsonFactory FACTORY = YamlLimits.factory();
    }

    private RecommendYaml() {
    }

    /** {@link RecommendConfig#parse} without counting. */
    static RecommendConfig parse(String text, String file, RecommendConfig base) {
        JsonNode root;
        Map<String, SourceLocation> at = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        try (JsonParser p = Yaml.FACTORY.createParser(text)) {
            root = p.nextToken() == null ? null : tree(p, "", at, raw, file);
        } catch (JsonProcessingException e) {
            // worded as every other YAML file of the library is (file:line:col, what is wrong, how to fix it)
            throw new RecommendConfig.Problem(dev.alexandria.core.internal.yaml.YamlErrors.of(e, file, text));
        } catch (IOException e) {
            throw new CatalogException(SourceLocation.of(file), "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return base != null ? base : new RecommendConfig(Weights.DEFAULTS, List.of());
        }
        if (!root.isObject()) {
            throw new RecommendConfig.Problem(where(at, file, ""), "wrong-type", "must be a mapping with the keys "
                    + String.join(" and ", TOP_KEYS), "write e.g. 'weights:' then '  relevance: 0.55' on the next line");
        }
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!TOP_KEYS.contains(e.getKey())) {
                throw new RecommendConfig.Problem(where(at, file, "/" + e.getKey() + "#key"), "unknown-key", "unknown key '"
                        + e.getKey() + "'", "use " + String.join(" or ", TOP_KEYS) + closest(e.getKey(), TOP_KEYS));
            }
        }
        Weights weights = weights(root.path("weights"), at, raw, file,
                base != null ? base.weights() : Weights.DEFAULTS);
        List<Implied.Rule> rules = root.has("implies") && !root.get("implies").isNull()
                ? rules(root.get("implies"), at, file)
                : base != null ? base.implies() : List.of();
        return new RecommendConfig(weights, rules);
    }

    private static Weights weights(JsonNode node, Map<String, SourceLocation> at, Map<String, String> raw,
                                   String file, Weights base) {
        if (node.isMissingNode() || node.isNull()) {
            return base;
        }
        Map<String, Double> w = new LinkedHashMap<>(base.asMap());
        String names = String.join(", ", w.keySet());
        if (!node.isObject()) {
            throw new RecommendConfig.Problem(where(at, file, "/weights"), "wrong-type", "'weights' must be a mapping of " + names
                    + " to numbers", "write e.g. '  relevance: 0.55' on the line after 'weights:'");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            if (!w.containsKey(name)) {
                throw new RecommendConfig.Problem(where(at, file, "/weights/" + e.getKey() + "#key"), "unknown-key", "unknown weight '"
                        + e.getKey() + "'", "use " + names + closest(e.getKey(), List.copyOf(w.keySet())));
            }
            JsonNode v = e.getValue();
            String pointer = "/weights/" + e.getKey();
            Optional<String> wrong = badWeight(v, raw.get(pointer));
            if (wrong.isPresent()) {
                throw new RecommendConfig.Problem(where(at, file, pointer), "invalid-value", "weight '" + e.getKey() + "' "
                        + wrong.get() + "; a weight is a finite number of 0 or more", "set it to such a number, e.g. '"
                        + e.getKey() + ": " + Decimals.fixed(base.asMap().get(name), 2) + "' (its default)");
            }
            w.put(name, v.asDouble());
        }
        return new Weights(w.get("relevance"), w.get("evidence"), w.get("maturity"), w.get("popularity"),
                w.get("cost"), w.get("complexity"));
    }

    private static List<Implied.Rule> rules(JsonNode node, Map<String, SourceLocation> at, String file) {
        if (!node.isArray()) {
            throw new RecommendConfig.Problem(where(at, file, "/implies"), "wrong-type", "'implies' must be a list of rules",
                    "write each rule as '- words: [sign-in, login]' with 'needs: [user pool]' under it");
        }
        List<Implied.Rule> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String p = "/implies/" + i;
            JsonNode r = node.get(i);
            if (!r.isObject()) {
                throw new RecommendConfig.Problem(where(at, file, p), "wrong-type", "rule " + (i + 1) + " of 'implies' must be a "
                        + "mapping with 'words' and 'needs'", "write e.g. '- words: [sign-in, login]' and "
                        + "'needs: [user pool]' under it");
            }
            for (Map.Entry<String, JsonNode> e : r.properties()) {
                if (!RULE_KEYS.contains(e.getKey())) {
                    throw new RecommendConfig.Problem(where(at, file, p + "/" + e.getKey() + "#key"), "unknown-key", "unknown key '"
                            + e.getKey() + "' in rule " + (i + 1) + " of 'implies'", "use words and needs"
                            + closest(e.getKey(), RULE_KEYS));
                }
            }
            List<String> words = strings(r, "words", i, p, at, file);
            List<String> needs = strings(r, "needs", i, p, at, file);
            out.add(Implied.rule(words, needs));
        }
        return out;
    }

    private static List<String> strings(JsonNode rule, String key, int i, String p, Map<String, SourceLocation> at,
                                        String file) {
        JsonNode list = rule.get(key);
        String example = key.equals("words") ? "[sign-in, login]" : "[user pool]";
        if (list == null || list.isNull()) {
            throw new RecommendConfig.Problem(where(at, file, p), "required", "rule " + (i + 1) + " of 'implies' has no '" + key
                    + "'", "add e.g. '" + key + ": " + example + "'");
        }
        if (!list.isArray() || list.isEmpty()) {
            throw new RecommendConfig.Problem(where(at, file, p + "/" + key), "wrong-type", "'" + key + "' of rule " + (i + 1)
                    + " of 'implies' must be a list of one or more words", "write e.g. '" + key + ": " + example + "'");
        }
        List<String> out = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            JsonNode w = list.get(j);
            String s = w.isTextual() || w.isNumber() ? w.asText().strip().toLowerCase(Locale.ROOT) : "";
            if (s.isEmpty() || !s.chars().anyMatch(Character::isLetterOrDigit)) {
                throw new RecommendConfig.Problem(where(at, file, p + "/" + key + "/" + j), "invalid-value", "'" + key
                        + "' of rule " + (i + 1) + " of 'implies' has an entry that is not a word ('" + w.asText()
                        + "')", "write words and phrases such as " + example);
            }
            out.add(s.replaceAll("\\s+", " "));
        }
        return out;
    }

    private static String closest(String name, List<String> names) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> n.startsWith(lower.substring(0, Math.min(3, lower.length()))))
                .findFirst().map(n -> " (did you mean '" + n + "'?)").orElse("");
    }

    private static SourceLocation where(Map<String, SourceLocation> at, String file, String pointer) {
        SourceLocation l = at.get(pointer);
        if (l == null && pointer.endsWith("#key")) {
            l = at.get(pointer.substring(0, pointer.length() - 4));
        }
        return l != null ? l : SourceLocation.of(file);
    }

    /**
     * Reads the value at the parser's current token into a tree, recording where each value (by JSON pointer) and
     * each key ({@code pointer#key}) starts, and each scalar's text as written. A number is kept as the parser read
     * it; one the parser cannot convert ({@code .inf}, {@code .nan}, which YAML 1.1 calls floats) is kept as its
     * text, so that the weight it gives is refused as a value quoted from the file rather than as invalid YAML.
     */
    private static JsonNode tree(JsonParser p, String pointer, Map<String, SourceLocation> at, Map<String, String> raw,
                                 String file) throws IOException {
        at.put(pointer, at(p, file));
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = pointer + "/" + name;
                    at.put(child + "#key", at(p, file));
                    p.nextToken();
                    object.set(name, tree(p, child, at, raw, file));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(p, pointer + "/" + i++, at, raw, file));
                }
                return array;
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String text = p.getText();
                raw.put(pointer, text);
                try {
                    return nodes.numberNode(p.getDoubleValue());
                } catch (JsonProcessingException | NumberFormatException e) {
                    return nodes.textNode(text);
                }
            }
            case VALUE_TRUE:
            case VALUE_FALSE:
                raw.put(pointer, p.getText());
                return nodes.booleanNode(t == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                raw.put(pointer, p.getText());
                return nodes.nullNode();
            default:
                raw.put(pointer, p.getText());
                return nodes.textNode(p.getText());
        }
    }

    /**
     * What is wrong with a weight's value, said of its text as written in the file ({@code is 'high', which is not
     * a number}), or empty for a finite number of 0 or more.
     */
    static Optional<String> badWeight(JsonNode v, String written) {
        String quoted = written == null ? null : "'" + written + "'";
        if (v.isObject()) {
            return Optional.of("is a mapping, not a number");
        }
        if (v.isArray()) {
            return Optional.of("is a list, not a number");
        }
        if (v.isNull() || v.isTextual() && v.asText().isBlank()) { // 'relevance:' reads as an empty text
            return Optional.of("has no value");
        }
        if (v.isNumber()) {
            double d = v.asDouble();
            if (Double.isInfinite(d) || Double.isNaN(d)) {
                return Optional.of("is " + quoted + ", which is too large to be a number (it would be infinite)");
            }
            return d < 0 ? Optional.of("is " + quoted + ", which is below 0") : Optional.empty();
        }
        String lower = String.valueOf(written).toLowerCase(Locale.ROOT);
        if (lower.matches("[-+]?\\.inf")) {
            return Optional.of("is " + quoted + ", which YAML reads as infinity, not a finite number");
        }
        if (lower.equals(".nan")) {
            return Optional.of("is " + quoted + ", which YAML reads as not-a-number");
        }
        if (v.isTextual()) {
            try {
                Double.parseDouble(v.asText().strip());
                return Optional.of("is " + quoted + " in quotes, which makes it text, not a number");
            } catch (NumberFormatException e) {
                // not a number in quotes: said below
            }
        }
        return Optional.of("is " + quoted + ", which is not a number");
    }

    private static SourceLocation at(JsonParser p, String file) {
        JsonLocation l = p.currentTokenLocation();
        return l.getLineNr() < 1 ? SourceLocation.of(file) : SourceLocation.of(file, l.getLineNr(),
                Math.max(1, l.getColumnNr()));
    }
}
