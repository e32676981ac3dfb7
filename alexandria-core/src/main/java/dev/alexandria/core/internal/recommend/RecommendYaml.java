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
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.core.internal.text.Suggestions;
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
            throw new RecommendConfig.Problem(List.of(dev.alexandria.core.internal.yaml.YamlErrors.of(e, file, text)));
        } catch (IOException e) {
            throw new CatalogException(SourceLocation.of(file), "cannot be read: " + e.getMessage(), e);
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return base != null ? base : new RecommendConfig(Weights.DEFAULTS, List.of());
        }
        if (!root.isObject()) {
            throw new RecommendConfig.Problem(List.of(Finding.error("wrong-type", where(at, file, ""), "must be a "
                    + "mapping with the keys " + String.join(" and ", TOP_KEYS), "write e.g. 'weights:' then '  "
                    + "relevance: 0.55' on the next line")));
        }
        // Every bad entry is reported at once (in the file's order), not only the first.
        List<Finding> problems = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!TOP_KEYS.contains(e.getKey())) {
                problems.add(Finding.error("unknown-key", where(at, file, "/" + e.getKey() + "#key"), "unknown key '"
                        + e.getKey() + "'", "use " + String.join(" or ", TOP_KEYS) + closest(e.getKey(), TOP_KEYS)));
            }
        }
        Weights weights = weights(root.path("weights"), at, raw, file,
                base != null ? base.weights() : Weights.DEFAULTS, problems);
        List<Implied.Rule> rules = root.has("implies") && !root.get("implies").isNull()
                ? rules(root.get("implies"), at, file, problems)
                : base != null ? base.implies() : List.of();
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new RecommendConfig.Problem(problems);
        }
        return new RecommendConfig(weights, rules);
    }

    private static Weights weights(JsonNode node, Map<String, SourceLocation> at, Map<String, String> raw,
                                   String file, Weights base, List<Finding> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return base;
        }
        Map<String, Double> w = new LinkedHashMap<>(base.asMap());
        String names = String.join(", ", w.keySet());
        if (!node.isObject()) {
            problems.add(Finding.error("wrong-type", where(at, file, "/weights"), "'weights' must be a mapping of "
                    + names + " to numbers", "write e.g. '  relevance: 0.55' on the line after 'weights:'"));
            return base;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            if (!w.containsKey(name)) {
                problems.add(Finding.error("unknown-key", where(at, file, "/weights/" + e.getKey() + "#key"),
                        "unknown weight '" + e.getKey() + "'", "use " + names + closest(e.getKey(),
                                List.copyOf(w.keySet()))));
                continue;
            }
            JsonNode v = e.getValue();
            String pointer = "/weights/" + e.getKey();
            Optional<String> wrong = badWeight(v, raw.get(pointer));
            if (wrong.isPresent()) {
                problems.add(Finding.error("invalid-value", where(at, file, pointer), "weight '" + e.getKey() + "' "
                        + wrong.get() + "; a weight is a finite number of 0 or more", "set it to such a number, e.g. '"
                        + e.getKey() + ": " + Decimals.fixed(base.asMap().get(name), 2) + "' (its default)"));
                continue;
            }
            w.put(name, v.asDouble());
        }
        // Each weight alone may be 0 (that part of the score is switched off); all of them 0 make every score 0,
        // so recommendations would come in no order that means anything: the file is wrong, not the library.
        if (w.values().stream().allMatch(x -> x == 0)) {
            problems.add(Finding.error("invalid-value", where(at, file, "/weights#key"), "every weight is 0, so every "
                    + "module's score would be 0 and recommendations would be in no useful order", "give at least one "
                    + "weight above 0 (e.g. '  relevance: 0.55'), or remove 'weights:' to use the defaults"));
        }
        return new Weights(w.get("relevance"), w.get("evidence"), w.get("maturity"), w.get("popularity"),
                w.get("cost"), w.get("complexity"));
    }

    private static List<Implied.Rule> rules(JsonNode node, Map<String, SourceLocation> at, String file,
                                            List<Finding> problems) {
        if (!node.isArray()) {
            problems.add(Finding.error("wrong-type", where(at, file, "/implies"), "'implies' must be a list of rules",
                    "write each rule as '- words: [sign-in, login]' with 'needs: [user pool]' under it"));
            return List.of();
        }
        List<Implied.Rule> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String p = "/implies/" + i;
            JsonNode r = node.get(i);
            if (!r.isObject()) {
                problems.add(Finding.error("wrong-type", where(at, file, p), "rule " + (i + 1) + " of 'implies' must "
                        + "be a mapping with 'words' and 'needs'", "write e.g. '- words: [sign-in, login]' and "
                        + "'needs: [user pool]' under it"));
                continue;
            }
            for (Map.Entry<String, JsonNode> e : r.properties()) {
                if (!RULE_KEYS.contains(e.getKey())) {
                    problems.add(Finding.error("unknown-key", where(at, file, p + "/" + e.getKey() + "#key"),
                            "unknown key '" + e.getKey() + "' in rule " + (i + 1) + " of 'implies'",
                            "use words and needs" + closest(e.getKey(), RULE_KEYS)));
                }
            }
            List<String> words = strings(r, "words", i, p, at, file, problems);
            List<String> needs = strings(r, "needs", i, p, at, file, problems);
            if (words != null && needs != null) {
                out.add(Implied.rule(words, needs));
            }
        }
        return out;
    }

    /** The rule's list under {@code key}; null (with its problems added) when it is missing or bad. */
    private static List<String> strings(JsonNode rule, String key, int i, String p, Map<String, SourceLocation> at,
                                        String file, List<Finding> problems) {
        JsonNode list = rule.get(key);
        String example = key.equals("words") ? "[sign-in, login]" : "[user pool]";
        if (list == null || list.isNull()) {
            problems.add(Finding.error("required", where(at, file, p), "rule " + (i + 1) + " of 'implies' has no '"
                    + key + "'", "add e.g. '" + key + ": " + example + "'"));
            return null;
        }
        if (!list.isArray() || list.isEmpty()) {
            problems.add(Finding.error("wrong-type", where(at, file, p + "/" + key), "'" + key + "' of rule " + (i + 1)
                    + " of 'implies' must be a list of one or more words", "write e.g. '" + key + ": " + example
                    + "'"));
            return null;
        }
        boolean bad = false;
        List<String> out = new ArrayList<>();
        for (int j = 0; j < list.size(); j++) {
            JsonNode w = list.get(j);
            String s = w.isTextual() || w.isNumber() ? w.asText().strip().toLowerCase(Locale.ROOT) : "";
            if (s.isEmpty() || !s.chars().anyMatch(Character::isLetterOrDigit)) {
                problems.add(Finding.error("invalid-value", where(at, file, p + "/" + key + "/" + j), "'" + key
                        + "' of rule " + (i + 1) + " of 'implies' has an entry that is not a word ('" + w.asText()
                        + "')", "write words and phrases such as " + example));
                bad = true;
                continue;
            }
            out.add(s.replaceAll("\\s+", " "));
        }
        return bad ? null : out;
    }

    /** The known name closest by edit distance ({@link Suggestions#closest}), as a "did you mean". */
    private static String closest(String name, List<String> names) {
        return Suggestions.closest(name, names).map(n -> " (did you mean '" + n + "'?)").orElse("");
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
