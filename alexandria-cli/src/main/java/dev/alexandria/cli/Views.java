package dev.alexandria.cli;

import dev.alexandria.api.model.BrowseResult;
import dev.alexandria.api.model.CompatibleWith;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Evidence;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.VersionConstraint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The model as plain trees (ordered maps, lists, strings, numbers, booleans) whose keys are the snake_case
 * keys of {@code docs/library-format.md}: what {@code --output json|yaml} prints. Absent optional values are
 * left out; an absent registry entry is {@code null}, so a machine can tell "not registered".
 *
 * @since 0.1.0
 */
public final class Views {

    private Views() {
    }

    /**
     * @param result a browse result
     * @return {@code total} and {@code layers}, each with its categories and their modules in full
     */
    public static Map<String, Object> browse(BrowseResult result) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", result.total());
        view.put("layers", result.layers().stream().map(layer -> {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("layer", layer.layer().id());
            l.put("rank", layer.layer().rank());
            l.put("module_count", layer.moduleCount());
            l.put("categories", layer.categories().stream().map(category -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("category", category.category().id());
                c.put("module_count", category.moduleCount());
                c.put("modules", category.modules().stream().map(Views::module).toList());
                return c;
            }).toList());
            return l;
        }).toList());
        return view;
    }

    /**
     * @param module a module
     * @return {@code id}, {@code path}, {@code directory}, {@code complexity} (the tier derived from the HCL),
     *     {@code metadata} (the keys of {@code .alexandria.yaml})
     *     and {@code registry} (the keys of its {@code module-registry.yaml} entry, or {@code null})
     */
    public static Map<String, Object> module(LibraryModule module) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", module.id().value());
        view.put("path", module.path());
        view.put("directory", module.directory().toString());
        view.put("complexity", module.complexity().id()); // derived from the HCL; metadata.complexity is declared
        view.put("metadata", metadata(module.metadata()));
        view.put("registry", module.registryEntry().map(Views::registry).orElse(null));
        return view;
    }

    /**
     * @param m module metadata
     * @return the keys of {@code .alexandria.yaml}, plus the derived {@code cost.cost_category}
     */
    public static Map<String, Object> metadata(ModuleMetadata m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", m.id().value());
        view.put("name", m.name());
        view.put("description", m.description());
        view.put("version", m.version().toString());
        view.put("layer", m.layer().id());
        view.put("category", m.category().id());
        view.put("maturity", m.maturity().id());
        put(view, "complexity", m.complexity().map(c -> c.id()));
        view.put("tags", m.tags());
        view.put("maintainer", m.maintainer());
        put(view, "support_channel", m.supportChannel());
        view.put("requires", requires(m.requires()));
        put(view, "compatible_with", compatibleWith(m.compatibleWith()));
        m.estimatedMonthlyCost().ifPresent(cost -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("estimated_monthly_usd", cost);
            m.costCategory().ifPresent(category -> c.put("cost_category", category.id()));
            view.put("cost", c);
        });
        view.put("examples", m.examples());
        put(view, "deprecation", m.deprecation().map(Views::deprecation));
        put(view, "evidence", evidence(m.evidence()));
        return view;
    }

    /**
     * @param e a registry entry
     * @return the keys of a {@code module-registry.yaml} entry, versions oldest first; {@code metrics} only when
     *     the entry records them (unknown is absent, not zero)
     */
    public static Map<String, Object> registry(RegistryEntry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", e.id().value());
        view.put("name", e.name());
        view.put("version", e.version().toString());
        view.put("category", e.category().id());
        view.put("tags", e.tags());
        view.put("maturity", e.maturity().id());
        view.put("description", e.description());
        put(view, "readme_url", e.readmeUrl());
        view.put("examples", e.examples());
        view.put("requires", requires(e.requires()));
        put(view, "compatible_with", compatibleWith(e.compatibleWith()));
        // Unknown is left out, never shown as 0 downloads; an entry without metrics: has no metrics object.
        if (!e.metrics().isEmpty()) {
            Map<String, Object> metrics = new LinkedHashMap<>();
            e.metrics().downloads().ifPresent(d -> metrics.put("downloads", d));
            put(metrics, "rating", e.metrics().rating());
            put(metrics, "last_updated", e.metrics().lastUpdated().map(Object::toString));
            view.put("metrics", metrics);
        }
        e.cost().ifPresent(cost -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("estimated_cost", cost.estimatedCost());
            c.put("cost_category", cost.costCategory().id());
            if (cost.partial()) { // as in the registry: some lines not priced, the cost is a lower bound
                c.put("partial", true);
            }
            // always present: estimated_cost is only the fixed part when usage adds to it ($0.00 is not "free")
            c.put("usage_priced", cost.usagePriced());
            view.put("cost", c);
        });
        Map<String, Object> support = new LinkedHashMap<>();
        support.put("maintainer", e.support().maintainer());
        put(support, "support_channel", e.support().supportChannel());
        view.put("support", support);
        view.put("versions", e.versions().stream().map(Views::version).toList());
        return view;
    }

    /**
     * @param findings findings, in the order to show them
     * @return {@code total}, the count per severity ({@code errors}, {@code warnings}, {@code infos}) and
     *     {@code findings}, each with {@code severity}, {@code rule}, {@code file}, {@code line} and
     *     {@code column} (left out when unknown), {@code message} and {@code hint} (left out when none)
     */
    public static Map<String, Object> findings(List<Finding> findings) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("total", findings.size());
        for (Finding.Severity severity : Finding.Severity.values()) {
            view.put(severity.name().toLowerCase(Locale.ROOT) + "s",
                    findings.stream().filter(f -> f.severity() == severity).count());
        }
        view.put("findings", findings.stream().map(Views::finding).toList());
        return view;
    }

    /**
     * @param f a finding
     * @return its {@code severity}, {@code rule}, {@code file}, {@code line} and {@code column} (left out when
     *     unknown), {@code message} and {@code hint} (left out when none)
     */
    static Map<String, Object> finding(Finding f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
        v.put("rule", f.ruleId());
        v.put("file", f.location().file());
        if (f.location().line() > 0) {
            v.put("line", f.location().line());
        }
        if (f.location().column() > 0) {
            v.put("column", f.location().column());
        }
        v.put("message", f.message());
        put(v, "hint", f.hint());
        return v;
    }

    /**
     * The modules a library-wide answer ({@code browse}, {@code search}, {@code recommend}) is without because their
     * own files have errors ({@link dev.alexandria.api.Library#unavailable()}): what the table's line on stderr
     * says, for a script.
     *
     * @param library the library
     * @return per module left out, its {@code module} id and its {@code errors} (each as in {@link #findings});
     *     empty when none was left out
     */
    static List<Map<String, Object>> unavailable(dev.alexandria.api.Library library) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (String id : library.unavailableModules()) {
            List<Finding> errors;
            try {
                errors = library.findings(id);
            } catch (dev.alexandria.api.ModuleUnavailableException e) {
                errors = e.findings();
            }
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("module", id);
            v.put("errors", errors.stream().filter(Finding::isError).map(Views::finding).toList());
            out.add(v);
        }
        return out;
    }

    static Map<String, Object> version(RegisteredVersion v) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", v.version().toString());
        view.put("released", v.released().toString());
        view.put("maturity", v.maturity().id());
        view.put("changelog", v.changelog());
        v.tag().ifPresent(t -> view.put("git_tag", t));
        v.tree().ifPresent(t -> view.put("tree", t));
        v.fingerprint().ifPresent(f -> view.put("fingerprint", f));
        v.published().ifPresent(d -> view.put("published", d.toString()));
        return view;
    }

    private static List<Map<String, Object>> requires(List<ModuleRequirement> requires) {
        return requires.stream().map(r -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("module", r.module().value());
            if (!r.constraint().isAny()) {
                view.put("version", r.constraint().text());
            }
            return view;
        }).toList();
    }

    private static Optional<Map<String, Object>> compatibleWith(CompatibleWith c) {
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> view = new LinkedHashMap<>();
        put(view, "terraform", c.terraform().map(VersionConstraint::text));
        if (!c.providers().isEmpty()) {
            Map<String, String> providers = new TreeMap<>();
            c.providers().forEach((name, constraint) -> providers.put(name, constraint.text()));
            view.put("providers", providers);
        }
        return Optional.of(view);
    }

    private static Map<String, Object> deprecation(Deprecation d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reason", d.reason());
        put(view, "replacement", d.replacement().map(id -> id.value()));
        put(view, "removal_date", d.removalDate().map(Object::toString));
        return view;
    }

    private static Optional<Map<String, Object>> evidence(Evidence e) {
        if (e.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> view = new LinkedHashMap<>();
        put(view, "production_teams", e.productionTeams());
        put(view, "critical_bugs", e.criticalBugs());
        put(view, "critical_bugs_90d", e.criticalBugs90d());
        put(view, "case_studies", e.caseStudies());
        put(view, "benchmarks", e.benchmarks());
        put(view, "documentation", e.documentation());
        put(view, "api_complete", e.apiComplete());
        put(view, "community_usage", e.communityUsage());
        return Optional.of(view);
    }

    private static void put(Map<String, Object> view, String key, Optional<?> value) {
        value.ifPresent(v -> view.put(key, v));
    }

    private static void put(Map<String, Object> view, String key, OptionalInt value) {
        value.ifPresent(v -> view.put(key, v));
    }
}
