package dev.alexandria.core.internal.migrate;

import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ResourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layer and category from a module's code, explained. Every managed resource votes for the category the
 * {@link ResourceTable} gives its type, with the table's weight, made larger when the resource is central and
 * smaller when it is a helper:
 * <ul>
 *   <li>referenced: each reference to it from the module's other blocks (resources, outputs, locals) adds
 *       {@value #REFERENCE_BONUS} of its weight, up to {@value #MAX_REFERENCES} references;</li>
 *   <li>conditional: a resource created only under a condition ({@code count = var.x ? 1 : 0}) counts
 *       {@value #CONDITIONAL_FACTOR} of its weight, unless most of the module's resources are conditional (a
 *       module-wide on/off switch says nothing about centrality);</li>
 *   <li>repeated: the second block of a type counts half, the third a third, and so on, so twenty helper
 *       records do not outvote one main resource.</li>
 * </ul>
 * Words of the module's name and README title vote too, as secondary evidence ({@value #WORD_FACTOR} of their
 * table weight). A module that creates (almost) nothing itself and calls other modules is a pattern; which one
 * follows from its words, else from the modules it calls.
 */
final class Placement {

    static final double REFERENCE_BONUS = 0.25;
    static final int MAX_REFERENCES = 4;
    static final double CONDITIONAL_FACTOR = 0.6;
    static final double WORD_FACTOR = 0.5;
    static final double CALL_WEIGHT = 4.0;

    /** Module calls that only compute names and tags, not part of what a module builds. */
    private static final Pattern LABEL_CALL = Pattern.compile(
            "(?i)(^|/)(null-?label|label|labels|context|tags?|naming)(/|$|//|\\?)|cloudposse/label/null");

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    /** The result: a category with confidence and evidence, or nothing. */
    record Result(Optional<Category> category, double confidence, double layerConfidence, String evidence,
                  boolean pattern, List<String> mainResources) {
    }

    private final ResourceTable table;

    Placement(ResourceTable table) {
        this.table = table;
    }

    /**
     * What the module is made of: its own resources and module calls, and those of the local folders it calls
     * ({@code ./modules/x}, {@code ./addons/y}): a module split into parts of its own is still one module, not
     * a pattern of other modules.
     */
    record Parts(List<ResourceRef> resources, List<ModuleCallRef> calls, String code, List<String> localParts) {
    }

    Result infer(Parts parts, List<String> nameWords) {
        Map<Category, Double> scores = new HashMap<>();
        Map<Category, List<String>> why = new HashMap<>();
        List<ResourceRef> resources = parts.resources();
        String code = parts.code();
        long conditional = resources.stream().filter(Placement::isConditional).count();
        boolean mostlyConditional = conditional * 2 > resources.size();
        Map<String, List<Double>> byType = new LinkedHashMap<>();
        Map<String, ResourceTable.Entry> entries = new HashMap<>();
        Map<String, Double> typeScores = new HashMap<>();
        Map<String, Integer> references = references(code);
        for (ResourceRef r : resources) {
            Optional<ResourceTable.Entry> e = table.type(r.type());
            if (e.isEmpty()) {
                continue;
            }
            entries.put(r.type(), e.get());
            double s = e.get().weight();
            int refs = Math.min(MAX_REFERENCES, references.getOrDefault(r.type() + "." + r.name(), 0));
            s *= 1 + REFERENCE_BONUS * refs;
            if (!mostlyConditional && isConditional(r)) {
                s *= CONDITIONAL_FACTOR;
            }
            byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(s);
        }
        double resourceTotal = 0;
        for (Map.Entry<String, List<Double>> t : byType.entrySet()) {
            List<Double> ss = t.getValue();
            ss.sort(Comparator.reverseOrder());
            double sum = 0;
            for (int i = 0; i < ss.size(); i++) {
                sum += ss.get(i) / (i + 1);
            }
            typeScores.put(t.getKey(), sum);
            resourceTotal += sum;
            Category c = entries.get(t.getKey()).category();
            scores.merge(c, sum, Double::sum);
            why.computeIfAbsent(c, k -> new ArrayList<>()).add(t.getKey() + (ss.size() > 1 ? " x" + ss.size() : ""));
        }
        List<String> main = typeScores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(3).toList();
        // calls to other modules, without label/naming helpers
        List<String> calls = new ArrayList<>();
        for (ModuleCallRef c : parts.calls()) {
            if (!LABEL_CALL.matcher(c.source()).find() && !LABEL_CALL.matcher(c.name()).find()
                    && !c.source().startsWith("./")) {
                String source = c.source().isEmpty() ? c.name() : c.source();
                if (!calls.contains(source)) {
                    calls.add(source); // a module called many times (one add-on per call) is one building block
                }
            }
        }
        boolean pattern = calls.size() >= 2 && calls.size() * CALL_WEIGHT > resourceTotal;
        String spread = spread(entries);
        // words of the name and README title
        Map<Category, Double> wordScores = new HashMap<>();
        Map<Category, List<String>> wordWhy = new HashMap<>();
        for (String w : nameWords) {
            table.word(w).ifPresent(e -> {
                wordScores.merge(e.category(), e.weight() * WORD_FACTOR, Double::sum);
                wordWhy.computeIfAbsent(e.category(), k -> new ArrayList<>()).add("'" + w + "'");
            });
        }
        if (pattern || spread != null) {
            String head = pattern ? "calls " + calls.size() + " modules (" + String.join(", ", calls.stream().limit(4)
                    .toList()) + (calls.size() > 4 ? ", …" : "") + ") and creates little itself (resource weight "
                    + round(resourceTotal) + ")" : spread;
            return patternResult(head, calls, wordScores, wordWhy, main);
        }
        wordScores.forEach((c, s) -> scores.merge(c, s, Double::sum));
        wordWhy.forEach((c, ws) -> why.computeIfAbsent(c, k -> new ArrayList<>()).add("name " + String.join(", ", ws)));
        // modules called: their names say something too (an EKS module calling an IAM role module)
        for (String call : calls) {
            for (String w : words(lastSegments(call))) {
                table.word(w).ifPresent(e -> {
                    scores.merge(e.category(), e.weight() * WORD_FACTOR * 0.5, Double::sum);
                    why.computeIfAbsent(e.category(), k -> new ArrayList<>()).add("calls " + call);
                });
            }
        }
        if (scores.isEmpty()) {
            return new Result(Optional.empty(), 0, 0, resources.isEmpty() && calls.isEmpty()
                    ? "the module creates no resources and calls no modules, and its name says nothing the table knows"
                    : "none of its resource types (" + String.join(", ", resources.stream().map(ResourceRef::type)
                    .distinct().limit(5).toList()) + ") nor the words of its name are in the table", false, main);
        }
        return result(scores, why, main);
    }

    /**
     * A module that creates main resources (table weight at least {@value #MAIN_WEIGHT}) of
     * {@value #SPREAD_LAYERS} layers or more itself builds a whole stack: a pattern, even without calling modules.
     *
     * @return the evidence, or {@code null} when it does not
     */
    private static String spread(Map<String, ResourceTable.Entry> entries) {
        Map<Layer, List<String>> mains = new EnumMap<>(Layer.class);
        entries.forEach((type, e) -> {
            if (e.weight() >= MAIN_WEIGHT) {
                mains.computeIfAbsent(e.category().layer(), k -> new ArrayList<>()).add(type);
            }
        });
        if (mains.size() < SPREAD_LAYERS) {
            return null;
        }
        return "it builds a whole stack itself, with main resources of " + mains.size() + " layers ("
                + mains.entrySet().stream().map(e -> e.getKey().id() + ": " + String.join(", ", e.getValue().stream()
                .sorted().limit(2).toList())).collect(java.util.stream.Collectors.joining("; ")) + ")";
    }

    static final double MAIN_WEIGHT = 9;
    static final int SPREAD_LAYERS = 3;

    private Result patternResult(String head, List<String> calls, Map<Category, Double> wordScores,
                                 Map<Category, List<String>> wordWhy, List<String> main) {
        Map<Category, Double> scores = new HashMap<>();
        Map<Category, List<String>> why = new HashMap<>();
        wordScores.forEach((c, s) -> {
            if (c.layer() == Layer.PATTERNS) {
                scores.merge(c, s, Double::sum);
                why.computeIfAbsent(c, k -> new ArrayList<>()).add("name " + String.join(", ", wordWhy.get(c)));
            }
        });
        for (String call : calls) {
            for (String w : words(lastSegments(call))) {
                table.word(w).filter(e -> e.category().layer() == Layer.PATTERNS).ifPresent(e -> {
                    scores.merge(e.category(), e.weight() * WORD_FACTOR * 0.5, Double::sum);
                    why.computeIfAbsent(e.category(), k -> new ArrayList<>()).add("calls " + call);
                });
            }
        }
        if (scores.isEmpty()) {
            Category platform = new Category(Layer.PATTERNS, "platform");
            return new Result(Optional.of(platform), 0.4, 0.8, head + "; no word names the kind of pattern,"
                    + " platform is the default", true, main);
        }
        Result r = result(scores, why, main);
        return new Result(r.category(), Math.min(0.9, 0.5 + r.confidence() / 2), 0.8, head + "; " + r.evidence(),
                true, main);
    }

    private static Result result(Map<Category, Double> scores, Map<Category, List<String>> why, List<String> main) {
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Map.Entry<Category, Double>> ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<Category, Double>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().id()));
        Category top = ranked.get(0).getKey();
        double share = ranked.get(0).getValue() / total;
        double strength = Math.min(1, total / 10);
        Map<Layer, Double> layers = new EnumMap<>(Layer.class);
        scores.forEach((c, s) -> layers.merge(c.layer(), s, Double::sum));
        double layerShare = layers.get(top.layer()) / total;
        StringBuilder ev = new StringBuilder();
        for (int i = 0; i < Math.min(3, ranked.size()); i++) {
            Map.Entry<Category, Double> e = ranked.get(i);
            ev.append(i == 0 ? "" : "; ").append(e.getKey().id()).append(' ').append(round(e.getValue()))
                    .append(" (").append(String.join(", ", why.get(e.getKey()).stream().limit(4).toList()))
                    .append(')');
        }
        return new Result(Optional.of(top), round(share * strength), round(layerShare * strength), ev.toString(),
                false, main);
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    static boolean isConditional(ResourceRef r) {
        return r.count().filter(c -> c.contains("?") || c.contains("enabled") || c.contains("create")).isPresent();
    }

    /**
     * How often each {@code type.name} is referred to in the module's code, counted in one pass over it (the
     * declarations, {@code resource "type" "name"}, are not references). A reference is a type (a lower-case
     * word with an underscore after its first character and something after that underscore:
     * {@code [a-z][a-z0-9]*_[a-z0-9_]+}) that no name character or dot precedes, a dot, and a name
     * ({@code [A-Za-z_][A-Za-z0-9_-]*}) that ends where the name characters end. A hand-written scan rather than
     * a regular expression: planning runs it over every module's code, and it was the planner's hot spot.
     */
    static Map<String, Integer> references(String code) {
        Map<String, Integer> out = new HashMap<>();
        char[] cs = code.toCharArray(); // charAt checks bounds on every call, and code with non-Latin-1 text is UTF-16
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (c < 'a' || c > 'z' || (i > 0 && isBeforeType(cs[i - 1]))) {
                i++;
                continue;
            }
            int end = i + 1;
            int underscore = -1;
            while (end < n && isTypeChar(cs[end])) {
                if (underscore < 0 && cs[end] == '_') {
                    underscore = end;
                }
                end++;
            }
            if (underscore < 0 || underscore == end - 1 || end + 1 >= n || cs[end] != '.'
                    || !isNameStart(cs[end + 1])) {
                i = end;
                continue;
            }
            int nameEnd = end + 2;
            while (nameEnd < n && isNameChar(cs[nameEnd])) {
                nameEnd++;
            }
            out.merge(new String(cs, i, nameEnd - i), 1, Integer::sum);
            i = nameEnd;
        }
        return out;
    }

    /** A character that, just before a type, makes it part of a longer name or a path: {@code [A-Za-z0-9_.-]}. */
    private static boolean isBeforeType(char c) {
        return isNameChar(c) || c == '.';
    }

    private static boolean isTypeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '-';
    }

    /** How often {@code type.name} is referred to in the code. */
    static int references(String code, String type, String name) {
        return references(code).getOrDefault(type + "." + name, 0);
    }

    static String lastSegments(String source) {
        String s = source.replaceAll("\\?.*$", "").replaceAll("//.*$", "");
        s = s.replaceAll("^(git::|github\\.com/|https?://)", "");
        String[] parts = s.split("/");
        // registry sources are <namespace>/<name>/<provider>: the name is what it is
        if (parts.length == 3 && !source.startsWith(".") && parts[2].matches("[a-z0-9]+")) {
            return parts[1];
        }
        return parts.length == 0 ? s : parts[parts.length - 1];
    }

    /** Lower-case words of a name: {@code terraform-aws-eks_cluster} → terraform, aws, eks, cluster. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Set<String> noise() {
        return Set.of("terraform", "aws", "module", "modules", "tf");
    }
}
