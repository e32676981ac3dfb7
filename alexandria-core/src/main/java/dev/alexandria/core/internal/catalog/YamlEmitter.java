package dev.alexandria.core.internal.catalog;

import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.MaturityChange;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.core.internal.yaml.YamlScalars;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Writes the library's YAML files in the layout of docs/library-format.md: keys in documented order, block
 * style, flow style for short lists of scalars, one scalar per line. Every scalar, keys included, is written
 * by {@link YamlScalars}, which lets SnakeYAML decide between plain and double-quoted; nothing here quotes by
 * itself. Reading what this writes gives equal objects (property tests check it for every field of every
 * file).
 */
final class YamlEmitter {

    /**
     * The metadata lists this writes in the data model's order rather than the file's: {@code
     * evidence.critical_bug_dates} ({@code Evidence} keeps them oldest first). A rewrite keeps their text when only
     * the order differs.
     */
    static final java.util.Set<String> UNORDERED_METADATA_LISTS = java.util.Set.of("/evidence/critical_bug_dates");

    private YamlEmitter() {
    }

    // ---------------------------------------------------------------- scalars and flow collections

    /** A string as it stands as a block mapping value. */
    static String scalar(String s) {
        return YamlScalars.string(s, YamlScalars.Place.BLOCK_VALUE);
    }

    static String number(BigDecimal value) {
        return YamlScalars.number(value);
    }

    static String number(double value) {
        return YamlScalars.number(value);
    }

    static String flowList(List<String> values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(YamlScalars.string(values.get(i), YamlScalars.Place.FLOW_VALUE));
        }
        return sb.append(']').toString();
    }

    /** A flow mapping; the values are already written scalars. */
    private static String flowMap(Map<String, String> written) {
        StringBuilder sb = new StringBuilder("{");
        int i = 0;
        for (Map.Entry<String, String> e : written.entrySet()) {
            sb.append(i++ == 0 ? "" : ", ").append(YamlScalars.string(e.getKey(), YamlScalars.Place.FLOW_KEY))
                    .append(": ").append(e.getValue());
        }
        return sb.append('}').toString();
    }

    private static String flowMapOfStrings(Map<String, String> values) {
        Map<String, String> written = new LinkedHashMap<>();
        values.forEach((k, v) -> written.put(k, YamlScalars.string(v, YamlScalars.Place.FLOW_VALUE)));
        return flowMap(written);
    }

    private static String flowMapOfNumbers(Map<String, Double> values) {
        Map<String, String> written = new LinkedHashMap<>();
        values.forEach((k, v) -> written.put(k, YamlScalars.number(v)));
        return flowMap(written);
    }

    // ---------------------------------------------------------------- lines

    /**
     * Accumulates lines; {@code item} starts a list item with "- ". Keys are written through
     * {@link YamlScalars} too; {@link #text} writes a string value, {@link #kv} a value already written by
     * {@link YamlScalars} (a number, a date, a flow collection of written scalars).
     */
    static final class Out {
        private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

        private final StringBuilder sb = new StringBuilder();
        private boolean pendingDash;
        private int dashIndent;

        Out item(int indent) {
            pendingDash = true;
            dashIndent = indent;
            return this;
        }

        /** A key with a string value on the same line; indent is the column of keys of this mapping. */
        Out text(int indent, String key, String value) {
            return kv(indent, key, scalar(value));
        }

        /** A key with a written value on the same line; indent is the column of keys of this mapping. */
        Out kv(int indent, String key, String written) {
            prefix(indent);
            sb.append(key(key)).append(": ").append(written).append('\n');
            return this;
        }

        /** A key whose value follows on the next lines. */
        Out key(int indent, String key) {
            prefix(indent);
            sb.append(key(key)).append(":\n");
            return this;
        }

        private static String key(String key) {
            return KEYS.computeIfAbsent(key, k -> YamlScalars.string(k, YamlScalars.Place.BLOCK_KEY));
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
        String text = list(new Out(), "modules", registry.entries(), YamlEmitter::registryEntry);
        return registry.archived().isEmpty() ? text : text + archived(registry.archived());
    }

    /** The {@code archived:} list of the registry, as a top-level key with its block list. */
    static String archived(List<RegistryEntry> archived) {
        return list(new Out(), "archived", archived, YamlEmitter::archivedEntry);
    }

    /**
     * A top-level key with a block list of entries, each written by {@code entry} with its dash at column 2;
     * an empty list is written {@code []}.
     */
    private static <T> String list(Out out, String key, List<T> entries, BiFunction<T, Integer, String> entry) {
        if (entries.isEmpty()) {
            return out.kv(0, key, "[]").toString();
        }
        out.key(0, key);
        return out + entries.stream().map(e -> entry.apply(e, 2)).collect(Collectors.joining());
    }

    /** One entry as a list item whose dash is at column {@code dash} (0-based). */
    static String registryEntry(RegistryEntry e, int dash) {
        return registryEntry(e, dash, false);
    }

    /**
     * An entry of {@code archived:}: every list of the registry's schema is written, an empty one as {@code []},
     * so an entry moved there keeps the {@code examples: []} and {@code requires: []} it had under
     * {@code modules:} (the model does not tell an absent list from an empty one).
     */
    static String archivedEntry(RegistryEntry e, int dash) {
        return registryEntry(e, dash, true);
    }

    private static String registryEntry(RegistryEntry e, int dash, boolean complete) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.text(k, "id", e.id().value());
        out.text(k, "name", e.name());
        out.text(k, "version", e.version().toString());
        out.text(k, "category", e.category().id());
        if (complete || !e.tags().isEmpty()) {
            out.kv(k, "tags", flowList(e.tags()));
        }
        out.text(k, "maturity", e.maturity().id());
        deprecation(out, k, e.deprecation());
        out.text(k, "description", e.description());
        e.readmeUrl().ifPresent(u -> out.text(k, "readme_url", u));
        if (complete || !e.examples().isEmpty()) {
            out.kv(k, "examples", flowList(e.examples()));
        }
        if (complete && e.requires().isEmpty()) {
            out.kv(k, "requires", "[]");
        }
        requires(out, k, e.requires());
        compatibleWith(out, k, e.compatibleWith());
        if (!e.metrics().isEmpty()) {
            out.key(k, "metrics");
            e.metrics().downloads().ifPresent(d -> out.kv(k + 2, "downloads", YamlScalars.number(d)));
            e.metrics().rating().ifPresent(r -> out.kv(k + 2, "rating", number(r)));
            e.metrics().lastUpdated().ifPresent(d -> out.kv(k + 2, "last_updated", YamlScalars.date(d)));
        }
        e.cost().ifPresent(c -> {
            out.key(k, "cost");
            out.kv(k + 2, "estimated_cost", number(c.estimatedCost()));
            out.text(k + 2, "cost_category", c.costCategory().id());
            if (c.partial()) {
                out.kv(k + 2, "partial", "true");
            }
            if (c.usagePriced()) {
                out.kv(k + 2, "usage_priced", "true");
            }
        });
        out.key(k, "support");
        out.text(k + 2, "maintainer", e.support().maintainer());
        e.support().supportChannel().ifPresent(s -> out.text(k + 2, "support_channel", s));
        if (!e.versions().isEmpty()) {
            out.key(k, "versions");
            for (RegisteredVersion v : e.versions()) {
                out.item(k + 2);
                out.text(k + 4, "version", v.version().toString());
                out.kv(k + 4, "released", YamlScalars.date(v.released()));
                out.text(k + 4, "maturity", v.maturity().id());
                if (!v.changelog().isEmpty()) {
                    out.text(k + 4, "changelog", v.changelog());
                }
                v.tag().ifPresent(t -> out.text(k + 4, "git_tag", t));
                v.tree().ifPresent(t -> out.text(k + 4, "tree", t));
                v.fingerprint().ifPresent(f -> out.text(k + 4, "fingerprint", f));
                v.published().ifPresent(d -> out.kv(k + 4, "published", YamlScalars.date(d)));
            }
        }
        history(out, k, e.maturityHistory());
        return out.toString();
    }

    private static void requires(Out out, int k, List<ModuleRequirement> requires) {
        if (requires.isEmpty()) {
            return;
        }
        out.key(k, "requires");
        for (ModuleRequirement r : requires) {
            out.item(k + 2);
            out.text(k + 4, "module", r.module().value());
            if (!r.constraint().isAny()) {
                out.text(k + 4, "version", r.constraint().text());
            }
            r.exemption().ifPresent(e -> {
                out.key(k + 4, "exemption");
                out.text(k + 6, "reason", e.reason());
            });
        }
    }

    private static void compatibleWith(Out out, int k, CompatibleWith c) {
        if (c.isEmpty()) {
            return;
        }
        out.key(k, "compatible_with");
        c.terraform().ifPresent(t -> out.text(k + 2, "terraform", t.text()));
        if (!c.providers().isEmpty()) {
            Map<String, String> providers = new LinkedHashMap<>();
            c.providers().forEach((name, constraint) -> providers.put(name, constraint.text()));
            out.kv(k + 2, "providers", flowMapOfStrings(providers));
        }
    }

    // ---------------------------------------------------------------- .alexandria.yaml

    static String metadata(ModuleMetadata m) {
        Out out = new Out();
        out.text(0, "id", m.id().value());
        out.text(0, "name", m.name());
        out.text(0, "description", m.description());
        out.text(0, "version", m.version().toString());
        out.text(0, "layer", m.layer().id());
        out.text(0, "category", m.category().id());
        out.text(0, "maturity", m.maturity().id());
        m.complexity().ifPresent(c -> out.text(0, "complexity", c.id()));
        if (!m.tags().isEmpty()) {
            out.kv(0, "tags", flowList(m.tags()));
        }
        out.text(0, "maintainer", m.maintainer());
        m.supportChannel().ifPresent(s -> out.text(0, "support_channel", s));
        requires(out, 0, m.requires());
        compatibleWith(out, 0, m.compatibleWith());
        m.estimatedMonthlyCost().ifPresent(c -> {
            out.key(0, "cost");
            out.kv(2, "estimated_monthly_usd", number(c));
        });
        if (!m.examples().isEmpty()) {
            out.kv(0, "examples", flowList(m.examples()));
        }
        deprecation(out, 0, m.deprecation());
        if (!m.evidence().isEmpty()) {
            var e = m.evidence();
            out.key(0, "evidence");
            e.productionTeams().ifPresent(v -> out.kv(2, "production_teams", YamlScalars.number(v)));
            e.criticalBugs().ifPresent(v -> out.kv(2, "critical_bugs", YamlScalars.number(v)));
            e.criticalBugs90d().ifPresent(v -> out.kv(2, "critical_bugs_90d", YamlScalars.number(v)));
            e.caseStudies().ifPresent(v -> out.kv(2, "case_studies", YamlScalars.number(v)));
            if (!e.criticalBugDates().isEmpty()) {
                out.kv(2, "critical_bug_dates", "[" + String.join(", ", e.criticalBugDates().stream()
                        .map(YamlScalars::date).toList()) + "]");
            }
            e.benchmarks().ifPresent(v -> out.kv(2, "benchmarks", YamlScalars.bool(v)));
            e.documentation().ifPresent(v -> out.kv(2, "documentation", YamlScalars.bool(v)));
            e.apiComplete().ifPresent(v -> out.kv(2, "api_complete", YamlScalars.bool(v)));
            e.communityUsage().ifPresent(v -> out.kv(2, "community_usage", YamlScalars.bool(v)));
        }
        history(out, 0, m.maturityHistory());
        return out.toString();
    }

    private static void deprecation(Out out, int k, java.util.Optional<Deprecation> deprecation) {
        deprecation.ifPresent(d -> {
            out.key(k, "deprecation");
            out.text(k + 2, "reason", d.reason());
            d.replacement().ifPresent(r -> out.text(k + 2, "replacement", r.value()));
            d.removalDate().ifPresent(r -> out.kv(k + 2, "removal_date", YamlScalars.date(r)));
        });
    }

    private static void history(Out out, int k, List<MaturityChange> history) {
        if (history.isEmpty()) {
            return;
        }
        out.key(k, "maturity_history");
        for (MaturityChange h : history) {
            out.item(k + 2);
            out.text(k + 4, "level", h.level().id());
            out.kv(k + 4, "date", YamlScalars.date(h.date()));
        }
    }

    // ---------------------------------------------------------------- the other catalog files

    static String taxonomy(Taxonomy t) {
        Out out = new Out().text(0, "dependency_policy", t.policy().id());
        return list(out, "layers", t.layers(), YamlEmitter::layer);
    }

    static String layer(Taxonomy.LayerDefinition l, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.text(k, "name", l.layer().id());
        out.kv(k, "rank", YamlScalars.number(l.layer().rank()));
        out.text(k, "description", l.description());
        if (!l.categories().isEmpty()) {
            out.key(k, "categories");
            for (Taxonomy.CategoryDefinition c : l.categories()) {
                out.item(k + 2);
                out.text(k + 4, "name", c.category().subcategory());
                out.text(k + 4, "description", c.description());
                if (c.crossCutting()) {
                    out.kv(k + 4, "cross_cutting", "true");
                }
            }
        }
        return out.toString();
    }

    static String tags(TagTaxonomy t) {
        return list(new Out(), "tags", t.tags(), YamlEmitter::tag);
    }

    static String tag(TagTaxonomy.TagDefinition d, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.text(k, "name", d.name());
        out.text(k, "description", d.description());
        if (!d.synonyms().isEmpty()) {
            out.kv(k, "synonyms", flowList(d.synonyms()));
        }
        d.parent().ifPresent(p -> out.text(k, "parent", p));
        return out.toString();
    }

    static String maturityModel(MaturityModel m) {
        return list(new Out(), "levels", m.levels(), YamlEmitter::level)
                + list(new Out(), "promotions", m.promotions(), YamlEmitter::promotion);
    }

    static String level(MaturityModel.LevelDefinition l, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.text(k, "name", l.level().id());
        out.text(k, "description", l.description());
        out.kv(k, "requirements", flowList(l.requirements()));
        l.sla().ifPresent(s -> out.text(k, "sla", s));
        return out.toString();
    }

    static String promotion(MaturityModel.Promotion p, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.text(k, "from", p.from().id());
        out.text(k, "to", p.to().id());
        if (p.criteria().isEmpty()) {
            return out.kv(k, "criteria", "[]").toString();
        }
        out.key(k, "criteria");
        for (MaturityModel.Criterion c : p.criteria()) {
            out.item(k + 2);
            out.text(k + 4, "id", c.id());
            out.text(k + 4, "description", c.description());
            c.threshold().ifPresent(th -> out.kv(k + 4, "threshold", number(th)));
        }
        return out.toString();
    }

    static String searchIndex(SearchIndexConfig c) {
        return list(new Out(), "indices", c.indices(), YamlEmitter::index);
    }

    static String index(SearchIndexConfig.SearchIndex i, int dash) {
        int k = dash + 2;
        Out out = new Out().item(dash);
        out.text(k, "name", i.name());
        out.kv(k, "fields", flowList(i.fields()));
        if (!i.boosts().isEmpty()) {
            out.kv(k, "boosts", flowMapOfNumbers(i.boosts()));
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- settings.yaml

    static String settings(CatalogSettings s) {
        Out out = new Out().key(0, "inspect")
                .kv(2, "boilerplate_files", flowList(s.inspect().boilerplateFiles()));
        if (!s.versioning().equals(CatalogSettings.Versioning.defaults())) {
            out.key(0, "versioning").kv(2, "risky_changes", s.versioning().riskyIsBreaking() ? "breaking" : "minor");
        }
        if (!s.graph().registrySources().isEmpty()) {
            out.key(0, "graph").kv(2, "registry_sources", flowList(s.graph().registrySources()));
        }
        if (!s.migrate().equals(CatalogSettings.Migrate.defaults())) {
            out.key(0, "migrate").kv(2, "legacy_link_months", Integer.toString(s.migrate().legacyLinkMonths()));
        }
        if (!s.notifications().webhooks().isEmpty()) {
            out.key(0, "notify").kv(2, "webhooks", flowList(s.notifications().webhooks()));
        }
        return out.toString();
    }
}
