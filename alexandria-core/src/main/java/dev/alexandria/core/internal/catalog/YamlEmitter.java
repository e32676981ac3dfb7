package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the library's YAML files in the layout of docs/library-format.md: keys in documented order, block
 * style, flow style for short lists of scalars, plain scalars where they read back the same and double quotes
 * otherwise. Reading what this writes gives equal objects (a jqwik property checks it).
 */
final class YamlEmitter {

    private static final Pattern PLAIN_FIRST = Pattern.compile("[A-Za-z0-9_/(]");
    private static final Pattern PLAIN_BLOCK = Pattern.compile("[A-Za-z0-9_/(][A-Za-z0-9 _./()+,'=<>!$%^;-]*");
    private static final Pattern PLAIN_FLOW = Pattern.compile("[A-Za-z0-9_/(][A-Za-z0-9 _./()+'=<>!$%^;-]*");
    private static final Pattern NUMBERISH = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+|[-+]?\\.[iI][nN][fF]"
                    + "|\\.[nN][aA][nN]|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "null", "y",
            "n", "~");

    private YamlEmitter() {
    }

    // ---------------------------------------------------------------- scalars

    /** A string as a YAML scalar that reads back as the same string, in block context. */
    static String scalar(String s) {
        return scalar(s, false);
    }

    static String scalar(String s, boolean flow) {
        if (isPlainSafe(s, flow)) {
            return s;
        }
        return quoted(s);
    }

    private static boolean isPlainSafe(String s, boolean flow) {
        if (s.isEmpty() || s.endsWith(" ") || s.length() > 200) {
            return false;
        }
        if (!(flow ? PLAIN_FLOW : PLAIN_BLOCK).matcher(s).matches()) {
            return false;
        }
        if (!PLAIN_FIRST.matcher(s.substring(0, 1)).matches()) {
            return false;
        }
        return !RESERVED.contains(s.toLowerCase(Locale.ROOT)) && !NUMBERISH.matcher(s).matches();
    }

    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                            || c == '\uFFFE' || c == '\uFFFF'
                            || (Character.isSurrogate(c) && !validSurrogate(s, i))) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                        if (Character.isHighSurrogate(c)) {
                            sb.append(s.charAt(++i));
                        }
                    }
            }
        }
        return sb.append('"').toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    static String number(BigDecimal value) {
        return value.toPlainString();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).toPlainString();
    }

    static String flowList(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(scalar(values.get(i), true));
        }
        return sb.append(']').toString();
    }

    static String flowMap(Map<String, String> values) {
        StringBuilder sb = new StringBuilder("{");
        int i = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            sb.append(i++ == 0 ? "" : ", ").append(scalar(e.getKey(), true)).append(": ")
                    .append(scalar(e.getValue(), true));
        }
        return sb.append('}').toString();
    }

    // ---------------------------------------------------------------- lines

    /** Accumulates lines; {@code item} starts a list item with "- ". */
    static final class Out {
        private final StringBuilder sb = new StringBuilder();
        private boolean pendingDash;
        private int dashIndent;

        Out item(int indent) {
            pendingDash = true;
            dashIndent = indent;
            return this;
        }

        /** A key with a value on the same line; indent is the column of keys of this mapping. */
        Out kv(int indent, String key, String value) {
            prefix(indent);
            sb.append(key).append(": ").append(value).append('\n');
            return this;
        }

        /** A key whose value follows on the next lines. */
        Out key(int indent, String key) {
            prefix(indent);
            sb.append(key).append(":\n");
            return this;
        }

        private void prefix(int indent) {
            if (pendingDash) {
                sb.append(" ".repeat(dashIndent)).append("- ");
                pendingDash = false;
            } else {
                sb.append(" ".repeat(indent));
            }
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------- module-registry.yaml

    static String registry(ModuleRegistry registry) {
        if (registry.entries().isEmpty()) {
            return "modules: []\n";
        }
        StringBuilder sb = new StringBuilder("modules:\n");
        for (RegistryEntry e : registry.entries()) {
            sb.append(registryEntry(e, 2));
        }
        return sb.toString();
    }

    /** One entry as a list item whose dash is at column {@code dash} (0-based). */
    static String registryEntry(RegistryEntry e, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.kv(k, "id", scalar(e.id().value()));
        out.kv(k, "name", scalar(e.name()));
        out.kv(k, "version", scalar(e.version()));
        out.kv(k, "category", scalar(e.category().id()));
        if (!e.tags().isEmpty()) {
            out.kv(k, "tags", flowList(e.tags()));
        }
        out.kv(k, "maturity", e.maturity().id());
        out.kv(k, "description", scalar(e.description()));
        e.readmeUrl().ifPresent(u -> out.kv(k, "readme_url", scalar(u)));
        if (!e.examples().isEmpty()) {
            out.kv(k, "examples", flowList(e.examples()));
        }
        requires(out, k, e.requires());
        compatibleWith(out, k, e.compatibleWith());
        if (!e.metrics().isEmpty()) {
            out.key(k, "metrics");
            e.metrics().downloads().ifPresent(d -> out.kv(k + 2, "downloads", Long.toString(d)));
            e.metrics().rating().ifPresent(r -> out.kv(k + 2, "rating", number(r)));
            e.metrics().lastUpdated().ifPresent(d -> out.kv(k + 2, "last_updated", d.toString()));
        }
        e.cost().ifPresent(c -> {
            out.key(k, "cost");
            out.kv(k + 2, "estimated_cost", number(c.estimatedCost()));
            out.kv(k + 2, "cost_category", c.costCategory().id());
        });
        out.key(k, "support");
        out.kv(k + 2, "maintainer", scalar(e.support().maintainer()));
        e.support().supportChannel().ifPresent(s -> out.kv(k + 2, "support_channel", scalar(s)));
        if (!e.versions().isEmpty()) {
            out.key(k, "versions");
            for (RegisteredVersion v : e.versions()) {
                out.item(k + 2);
                out.kv(k + 4, "version", scalar(v.version()));
                out.kv(k + 4, "released", v.released().toString());
                out.kv(k + 4, "maturity", v.maturity().id());
                if (!v.changelog().isEmpty()) {
                    out.kv(k + 4, "changelog", scalar(v.changelog()));
                }
            }
        }
        return out.toString();
    }

    private static void requires(Out out, int k, List<ModuleRequirement> requires) {
        if (requires.isEmpty()) {
            return;
        }
        out.key(k, "requires");
        for (ModuleRequirement r : requires) {
            out.item(k + 2);
            out.kv(k + 4, "module", scalar(r.module().value()));
            if (!r.constraint().isEmpty()) {
                out.kv(k + 4, "version", scalar(r.constraint()));
            }
        }
    }

    private static void compatibleWith(Out out, int k, CompatibleWith c) {
        if (c.isEmpty()) {
            return;
        }
        out.key(k, "compatible_with");
        c.terraform().ifPresent(t -> out.kv(k + 2, "terraform", scalar(t)));
        if (!c.providers().isEmpty()) {
            out.kv(k + 2, "providers", flowMap(c.providers()));
        }
    }

    // ---------------------------------------------------------------- .alexandria.yaml

    static String metadata(ModuleMetadata m) {
        Out out = new Out();
        out.kv(0, "id", scalar(m.id().value()));
        out.kv(0, "name", scalar(m.name()));
        out.kv(0, "description", scalar(m.description()));
        out.kv(0, "version", scalar(m.version()));
        out.kv(0, "layer", m.layer().id());
        out.kv(0, "category", m.category().id());
        out.kv(0, "maturity", m.maturity().id());
        m.complexity().ifPresent(c -> out.kv(0, "complexity", c.id()));
        if (!m.tags().isEmpty()) {
            out.kv(0, "tags", flowList(m.tags()));
        }
        out.kv(0, "maintainer", scalar(m.maintainer()));
        m.supportChannel().ifPresent(s -> out.kv(0, "support_channel", scalar(s)));
        requires(out, 0, m.requires());
        compatibleWith(out, 0, m.compatibleWith());
        m.estimatedMonthlyCost().ifPresent(c -> {
            out.key(0, "cost");
            out.kv(2, "estimated_monthly_usd", number(c));
        });
        if (!m.examples().isEmpty()) {
            out.kv(0, "examples", flowList(m.examples()));
        }
        m.deprecation().ifPresent(d -> {
            out.key(0, "deprecation");
            out.kv(2, "reason", scalar(d.reason()));
            d.replacement().ifPresent(r -> out.kv(2, "replacement", r.value()));
            d.removalDate().ifPresent(r -> out.kv(2, "removal_date", r.toString()));
        });
        if (!m.evidence().isEmpty()) {
            var e = m.evidence();
            out.key(0, "evidence");
            e.productionTeams().ifPresent(v -> out.kv(2, "production_teams", Integer.toString(v)));
            e.criticalBugs().ifPresent(v -> out.kv(2, "critical_bugs", Integer.toString(v)));
            e.criticalBugs90d().ifPresent(v -> out.kv(2, "critical_bugs_90d", Integer.toString(v)));
            e.caseStudies().ifPresent(v -> out.kv(2, "case_studies", Integer.toString(v)));
            e.benchmarks().ifPresent(v -> out.kv(2, "benchmarks", v.toString()));
            e.documentation().ifPresent(v -> out.kv(2, "documentation", v.toString()));
            e.apiComplete().ifPresent(v -> out.kv(2, "api_complete", v.toString()));
            e.communityUsage().ifPresent(v -> out.kv(2, "community_usage", v.toString()));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- the other catalog files

    static String taxonomy(Taxonomy t) {
        StringBuilder sb = new StringBuilder("dependency_policy: " + t.policy().id() + "\n");
        if (t.layers().isEmpty()) {
            return sb.append("layers: []\n").toString();
        }
        sb.append("layers:\n");
        t.layers().forEach(l -> sb.append(layer(l, 2)));
        return sb.toString();
    }

    static String layer(Taxonomy.LayerDefinition l, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.kv(k, "name", l.layer().id());
        out.kv(k, "rank", Integer.toString(l.layer().rank()));
        out.kv(k, "description", scalar(l.description()));
        if (!l.categories().isEmpty()) {
            out.key(k, "categories");
            for (Taxonomy.CategoryDefinition c : l.categories()) {
                out.item(k + 2);
                out.kv(k + 4, "name", c.category().subcategory());
                out.kv(k + 4, "description", scalar(c.description()));
            }
        }
        return out.toString();
    }

    static String tags(TagTaxonomy t) {
        if (t.tags().isEmpty()) {
            return "tags: []\n";
        }
        StringBuilder sb = new StringBuilder("tags:\n");
        t.tags().forEach(d -> sb.append(tag(d, 2)));
        return sb.toString();
    }

    static String tag(TagTaxonomy.TagDefinition d, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.kv(k, "name", scalar(d.name()));
        out.kv(k, "description", scalar(d.description()));
        if (!d.synonyms().isEmpty()) {
            out.kv(k, "synonyms", flowList(d.synonyms()));
        }
        d.parent().ifPresent(p -> out.kv(k, "parent", scalar(p)));
        return out.toString();
    }

    static String maturityModel(MaturityModel m) {
        StringBuilder sb = new StringBuilder();
        if (m.levels().isEmpty()) {
            sb.append("levels: []\n");
        } else {
            sb.append("levels:\n");
            m.levels().forEach(l -> sb.append(level(l, 2)));
        }
        if (m.promotions().isEmpty()) {
            sb.append("promotions: []\n");
        } else {
            sb.append("promotions:\n");
            m.promotions().forEach(p -> sb.append(promotion(p, 2)));
        }
        return sb.toString();
    }

    static String level(MaturityModel.LevelDefinition l, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.kv(k, "name", l.level().id());
        out.kv(k, "description", scalar(l.description()));
        out.kv(k, "requirements", flowList(l.requirements()));
        l.sla().ifPresent(s -> out.kv(k, "sla", scalar(s)));
        return out.toString();
    }

    static String promotion(MaturityModel.Promotion p, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.kv(k, "from", p.from().id());
        out.kv(k, "to", p.to().id());
        if (p.criteria().isEmpty()) {
            return out.kv(k, "criteria", "[]").toString();
        }
        out.key(k, "criteria");
        for (MaturityModel.Criterion c : p.criteria()) {
            out.item(k + 2);
            out.kv(k + 4, "id", c.id());
            out.kv(k + 4, "description", scalar(c.description()));
            c.threshold().ifPresent(th -> out.kv(k + 4, "threshold", number(th)));
        }
        return out.toString();
    }

    static String searchIndex(SearchIndexConfig c) {
        if (c.indices().isEmpty()) {
            return "indices: []\n";
        }
        StringBuilder sb = new StringBuilder("indices:\n");
        c.indices().forEach(i -> sb.append(index(i, 2)));
        return sb.toString();
    }

    static String index(SearchIndexConfig.SearchIndex i, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.kv(k, "name", scalar(i.name()));
        out.kv(k, "fields", flowList(i.fields()));
        if (!i.boosts().isEmpty()) {
            StringBuilder sb = new StringBuilder("{");
            int n = 0;
            for (Map.Entry<String, Double> e : i.boosts().entrySet()) {
                sb.append(n++ == 0 ? "" : ", ").append(scalar(e.getKey(), true)).append(": ")
                        .append(number(e.getValue()));
            }
            out.kv(k, "boosts", sb.append('}').toString());
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- settings.yaml

    static String settings(CatalogSettings s) {
        return new Out().key(0, "inspect")
                .kv(2, "boilerplate_files", flowList(s.inspect().boilerplateFiles()))
                .toString();
    }
}
