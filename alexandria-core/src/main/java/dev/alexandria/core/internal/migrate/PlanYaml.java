package dev.alexandria.core.internal.migrate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alexandria.api.MigrationPlanException;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Inferred;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MigrationAction;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.SkippedFolder;
import dev.alexandria.api.model.Version;
import dev.alexandria.core.internal.catalog.YamlAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The plan file: written in block style through the catalog's writer (quoting is SnakeYAML's), read back
 * through the catalog's parser and binder, then every value checked with its file:line:column. Writing then
 * reading gives an equal plan (a property test checks it with hostile strings).
 *
 * <p>Each field of a module is a mapping: {@code value}, {@code confidence} and {@code evidence}, or
 * {@code unknown: <reason>} for a value nothing supports. A value a person adds without a confidence gets
 * confidence 1 and the evidence "set in the plan".
 */
final class PlanYaml {

    static final String SET_IN_PLAN = "set in the plan";

    private static final String HEADER = """
            # Migration plan written by `alexandria migrate`. Review it and edit any value, then apply it with
            # `alexandria migrate <folder> --plan <this file>`. Each field is `value` + `confidence` (0 to 1) +
            # `evidence`, or `unknown: <reason>`; replace an unknown with `value: ...`. A category that is not in
            # the library's categories.yaml needs `new_category: true`. `action: keep` leaves a module in place.
            # The target of each module follows from its layer, category and id.
            """;

    private PlanYaml() {
    }

    // ---------------------------------------------------------------- writing

    static String write(MigrationPlan plan, Path planFile) {
        Path base = planFile.toAbsolutePath().normalize().getParent();
        YamlAccess.Lines out = YamlAccess.lines();
        out.text(0, "folder", relative(base, plan.folder()));
        out.text(0, "into", relative(base, plan.into()));
        if (plan.modules().isEmpty()) {
            out.kv(0, "modules", "[]");
        } else {
            out.key(0, "modules");
        }
        StringBuilder sb = new StringBuilder(HEADER).append(out);
        for (PlannedModule m : plan.modules()) {
            sb.append(module(m));
        }
        if (!plan.skipped().isEmpty()) {
            YamlAccess.Lines s = YamlAccess.lines().key(0, "skipped");
            for (SkippedFolder f : plan.skipped()) {
                s.item(2).text(4, "path", f.path()).text(4, "reason", f.reason());
            }
            sb.append(s);
        }
        return sb.toString();
    }

    private static String module(PlannedModule m) {
        YamlAccess.Lines out = YamlAccess.lines();
        out.item(2).text(4, "source", m.source());
        out.text(4, "action", m.action().id());
        StringBuilder sb = new StringBuilder(out.toString());
        m.target().ifPresent(t -> sb.append("    # target: ").append(t).append('\n'));
        out = YamlAccess.lines();
        if (m.needsReview()) {
            out.kv(4, "review", YamlAccess.flowList(m.review()));
        }
        field(out, "id", m.id(), id -> YamlAccess.scalar(id.value()));
        field(out, "name", m.name(), YamlAccess::scalar);
        field(out, "layer", m.layer(), l -> YamlAccess.scalar(l.id()));
        field(out, "category", m.category(), YamlAccess::scalar);
        if (m.newCategory()) {
            out.kv(4, "new_category", "true");
        }
        field(out, "tier", m.tier(), t -> YamlAccess.scalar(t.id()));
        field(out, "description", m.description(), YamlAccess::scalar);
        field(out, "tags", m.tags(), YamlAccess::flowList);
        field(out, "maturity", m.maturity(), l -> YamlAccess.scalar(l.id()));
        field(out, "version", m.version(), v -> YamlAccess.scalar(v.toString()));
        field(out, "maintainer", m.maintainer(), YamlAccess::scalar);
        return sb.append(out).toString();
    }

    private static <T> void field(YamlAccess.Lines out, String key, Inferred<T> f, Function<T, String> write) {
        out.key(4, key);
        if (f.isKnown()) {
            out.kv(6, "value", write.apply(f.get()));
            out.kv(6, "confidence", YamlAccess.number(f.confidence()));
            out.text(6, "evidence", f.evidence());
        } else {
            out.text(6, "unknown", f.evidence());
        }
    }

    private static String relative(Path base, Path p) {
        if (base == null) {
            return p.toString();
        }
        try {
            String r = base.relativize(p).toString().replace('\\', '/');
            return r.isEmpty() ? "." : r;
        } catch (IllegalArgumentException e) {
            return p.toString(); // another root (Windows drive): keep it absolute
        }
    }

    // ---------------------------------------------------------------- reading

    /** A field as written: a value with its confidence and evidence, or unknown with the reason. */
    record FieldYaml(JsonNode value, Double confidence, String evidence, String unknown) {
    }

    record ModuleYaml(@NotBlank String source, String action, List<@NotNull String> review, Boolean newCategory,
                      @Valid FieldYaml id, @Valid FieldYaml name, @Valid FieldYaml layer,
                      @Valid FieldYaml category, @Valid FieldYaml tier, @Valid FieldYaml description,
                      @Valid FieldYaml tags, @Valid FieldYaml maturity, @Valid FieldYaml version,
                      @Valid FieldYaml maintainer) {
    }

    record SkippedYaml(@NotBlank String path, @NotBlank String reason) {
    }

    record FileYaml(@NotBlank String folder, @NotBlank String into, List<@NotNull @Valid ModuleYaml> modules,
                    List<@NotNull @Valid SkippedYaml> skipped) {
    }

    /**
     * Reads a plan.
     *
     * @param taxonomy the categories of each layer in the target library, or empty to accept any category
     */
    static MigrationPlan read(String text, Path planFile, String displayPath,
                              Function<Path, Map<Layer, Set<String>>> taxonomy) {
        YamlAccess.Document doc = YamlAccess.parse(text, displayPath);
        List<Finding> findings = new ArrayList<>();
        Optional<FileYaml> bound = doc.bind(FileYaml.class, findings);
        // An unknown key is skipped while binding, so the values can still be checked and every error listed
        // at once; any other binding error leaves nothing sound to check.
        if (bound.isEmpty() || findings.stream().anyMatch(f -> f.isError() && !f.ruleId().equals("unknown-key"))) {
            throw new MigrationPlanException(findings.isEmpty() ? List.of(Finding.error("yaml-binding",
                    doc.locate(""), "cannot be read as a migration plan", "see docs/migrate.md")) : findings);
        }
        FileYaml y = bound.get();
        Path base = planFile.toAbsolutePath().normalize().getParent();
        Path folder = resolve(base, y.folder());
        Path into = resolve(base, y.into());
        Map<Layer, Set<String>> categories = taxonomy.apply(into);
        MigrationPlan.Builder plan = MigrationPlan.builder(folder, into).file(planFile);
        Reader r = new Reader(doc, findings, categories);
        List<ModuleYaml> modules = y.modules() == null ? List.of() : y.modules();
        Map<String, String> sources = new HashMap<>();
        Map<ModuleId, String> ids = new HashMap<>();
        for (int i = 0; i < modules.size(); i++) {
            String at = "/modules/" + i;
            PlannedModule m = r.module(modules.get(i), at, plan);
            if (m == null) {
                continue;
            }
            String prior = sources.putIfAbsent(m.source(), at);
            if (prior != null) {
                findings.add(Finding.error("duplicate-source", doc.locate(at + "/source"), "module source '"
                        + m.source() + "' is planned twice (also at line " + doc.locate(prior + "/source").line()
                        + ")", "keep one entry per module folder"));
                continue;
            }
            if (m.action() == MigrationAction.MOVE && m.id().isKnown()) {
                String other = ids.putIfAbsent(m.id().get(), at);
                if (other != null) {
                    findings.add(Finding.error("duplicate-id", doc.locate(at + "/id/value"), "id '" + m.id().get()
                            + "' is planned twice (also for source '" + modules.get(Integer.parseInt(
                            other.substring("/modules/".length()))).source() + "')",
                            "give each module its own id, e.g. " + m.id().get() + "-2"));
                    continue;
                }
            }
            plan.module(m);
        }
        List<SkippedYaml> skipped = y.skipped() == null ? List.of() : y.skipped();
        for (SkippedYaml s : skipped) {
            plan.skipped(List.of(new SkippedFolder(s.path(), s.reason())));
        }
        if (findings.stream().anyMatch(Finding::isError)) {
            findings.sort(null);
            throw new MigrationPlanException(findings);
        }
        return plan.build();
    }

    private static Path resolve(Path base, String p) {
        Path path = Path.of(p);
        return (base == null ? path : base.resolve(path)).toAbsolutePath().normalize();
    }

    /** Converts the bound records, one finding per bad value. */
    private static final class Reader {
        private final YamlAccess.Document doc;
        private final List<Finding> findings;
        private final Map<Layer, Set<String>> categories;

        Reader(YamlAccess.Document doc, List<Finding> findings, Map<Layer, Set<String>> categories) {
            this.doc = doc;
            this.findings = findings;
            this.categories = categories;
        }

        private void error(String rule, String pointer, String message, String hint) {
            findings.add(Finding.error(rule, doc.locate(pointer), message, hint));
        }

        PlannedModule module(ModuleYaml y, String at, MigrationPlan.Builder plan) {
            int before = errorCount();
            String source = y.source();
            String sourceProblem = sourceProblem(source);
            if (sourceProblem != null) {
                error("invalid-value", at + "/source", "module source '" + source + "' " + sourceProblem,
                        "write the module's folder relative to the migrated folder, e.g. vpc");
                return null;
            }
            plan.location(source, "source", doc.locate(at + "/source"));
            PlannedModule.Builder b = PlannedModule.builder(source);
            if (y.action() != null) {
                Optional<MigrationAction> action = MigrationAction.fromId(y.action());
                if (action.isEmpty()) {
                    error("invalid-value", at + "/action", "unknown action '" + y.action() + "'",
                            "use move or keep");
                } else {
                    b.action(action.get());
                }
            }
            if (y.review() != null) {
                b.review(y.review().stream().filter(s -> !s.isBlank()).toList());
            }
            b.id(field(y.id(), at, "id", plan, source, "id", (text, p) -> {
                if (!ModuleId.isValid(text)) {
                    error("invalid-id", p, "invalid module id '" + text + "': " + idProblem(text),
                            "use lower-case letters, digits and single hyphens, e.g. vpc-standard");
                    return null;
                }
                return ModuleId.of(text);
            }));
            b.name(field(y.name(), at, "name", plan, source, "name", this::text));
            Inferred<Layer> layer = field(y.layer(), at, "layer", plan, source, "layer", (text, p) -> {
                Optional<Layer> l = Layer.fromId(text);
                if (l.isEmpty()) {
                    error("unknown-layer", p, "unknown layer '" + text + "'", "use one of " + Layers.ALL);
                }
                return l.orElse(null);
            });
            b.layer(layer);
            boolean newCategory = Boolean.TRUE.equals(y.newCategory());
            b.newCategory(newCategory);
            b.category(field(y.category(), at, "category", plan, source, "category", (text, p) -> {
                if (!Layers.KEBAB.matcher(text).matches() || text.length() > 64) {
                    error("invalid-value", p, "invalid category '" + text + "'",
                            "use lower-case letters, digits and single hyphens, e.g. networking");
                    return null;
                }
                if (!newCategory && layer.isKnown() && categories.containsKey(layer.get())
                        && !categories.get(layer.get()).contains(text)) {
                    error("unknown-category", p, "unknown category '" + text + "' in layer " + layer.get()
                            + Layers.suggestion(text, categories.get(layer.get())),
                            "use one of " + String.join(", ", categories.get(layer.get()).stream().sorted()
                                    .toList()) + ", or add new_category: true to create it");
                }
                return text;
            }));
            b.tier(field(y.tier(), at, "tier", plan, source, "tier", (text, p) -> {
                Optional<ComplexityTier> t = ComplexityTier.fromId(text);
                if (t.isEmpty()) {
                    error("invalid-value", p, "unknown complexity tier '" + text + "'",
                            "use basic, standard or advanced");
                }
                return t.orElse(null);
            }));
            b.description(field(y.description(), at, "description", plan, source, "description", this::text));
            b.tags(listField(y.tags(), at + "/tags", plan, source));
            Inferred<MaturityLevel> maturity = field(y.maturity(), at, "maturity", plan, source, "maturity",
                    (text, p) -> {
                        Optional<MaturityLevel> l = MaturityLevel.fromId(text);
                        if (l.isEmpty()) {
                            error("invalid-value", p, "unknown maturity level '" + text + "'",
                                    "use experimental, alpha, beta, stable, mature, deprecated or archived");
                        }
                        return l.orElse(null);
                    });
            b.maturity(maturity);
            Inferred<Version> version = field(y.version(), at, "version", plan, source, "version", (text, p) -> {
                Optional<Version> v = Version.tryParse(text);
                if (v.isEmpty()) {
                    error("invalid-value", p, "version '" + text + "' is not SemVer",
                            "write major.minor.patch, e.g. 1.2.0");
                }
                return v.orElse(null);
            });
            b.version(version);
            if (maturity.isKnown() && version.isKnown() && !maturity.get().allowsVersion(version.get())) {
                error("maturity-version", at + "/maturity/value", "maturity '" + maturity.get() + "' needs "
                        + maturity.get().versionRule() + ", found " + version.get(),
                        version.get().major() == 0 ? "set maturity to alpha or experimental, or the version to 1.0.0"
                                : "set a maturity that allows " + version.get());
            }
            b.maintainer(field(y.maintainer(), at, "maintainer", plan, source, "maintainer", this::text));
            if (errorCount() > before) {
                return null;
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                error("invalid-value", at, e.getMessage(), "correct the value");
                return null;
            }
        }

        private int errorCount() {
            return (int) findings.stream().filter(Finding::isError).count();
        }

        private String text(String text, String pointer) {
            if (text.isBlank()) {
                error("invalid-value", pointer, "must not be blank", "write a value or replace it with unknown");
                return null;
            }
            return text;
        }

        private interface Convert<T> {
            T apply(String text, String pointer);
        }

        private <T> Inferred<T> field(FieldYaml f, String at, String key, MigrationPlan.Builder plan,
                                      String source, String name, Convert<T> convert) {
            String p = at + "/" + key;
            if (f == null) {
                return Inferred.unknown("not in the plan");
            }
            plan.location(source, name, doc.locate(p));
            if (f.value() == null || f.value().isNull()) {
                return unknown(f, p);
            }
            if (f.unknown() != null) {
                error("invalid-value", p + "/unknown", key + " has both a value and unknown",
                        "delete the unknown line once the value is set");
                return Inferred.unknown("");
            }
            if (!f.value().isValueNode()) {
                error("wrong-type", p + "/value", key + ": expected a single value, found a "
                        + (f.value().isArray() ? "list" : "mapping"), "write one value");
                return Inferred.unknown("");
            }
            T value = convert.apply(f.value().asText(), p + "/value");
            return value == null ? Inferred.unknown("") : known(value, f, p);
        }

        private Inferred<List<String>> listField(FieldYaml f, String p, MigrationPlan.Builder plan, String source) {
            if (f == null) {
                return Inferred.unknown("not in the plan");
            }
            plan.location(source, "tags", doc.locate(p));
            if (f.value() == null || f.value().isNull()) {
                return unknown(f, p);
            }
            if (f.unknown() != null) {
                error("invalid-value", p + "/unknown", "tags has both a value and unknown",
                        "delete the unknown line once the value is set");
                return Inferred.unknown("");
            }
            if (!f.value().isArray()) {
                error("wrong-type", p + "/value", "tags: expected a list, found " + f.value().getNodeType()
                        .toString().toLowerCase(java.util.Locale.ROOT), "write a list such as [vpc, networking]");
                return Inferred.unknown("");
            }
            List<String> tags = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < f.value().size(); i++) {
                JsonNode n = f.value().get(i);
                String t = n.isValueNode() && !n.isNull() ? n.asText() : null;
                if (t == null || !Layers.KEBAB.matcher(t).matches()) {
                    error("invalid-value", p + "/value/" + i, "invalid tag '" + (t == null ? n.toString() : t)
                            + "'", "use lower-case letters, digits and single hyphens, e.g. multi-az");
                    ok = false;
                } else {
                    tags.add(t);
                }
            }
            return ok ? known(List.copyOf(tags), f, p) : Inferred.unknown("");
        }

        private <T> Inferred<T> unknown(FieldYaml f, String p) {
            if (f.confidence() != null && f.confidence() != 0) {
                error("invalid-value", p + "/confidence", "an unknown value has confidence 0, found "
                        + f.confidence(), "set a value or delete the confidence");
            }
            return Inferred.unknown(f.unknown() != null ? f.unknown() : f.evidence() != null ? f.evidence() : "");
        }

        private <T> Inferred<T> known(T value, FieldYaml f, String p) {
            double confidence = f.confidence() == null ? 1.0 : f.confidence();
            if (!(confidence >= 0 && confidence <= 1)) {
                error("invalid-value", p + "/confidence", "confidence must be between 0 and 1, found "
                        + f.confidence(), "write a number such as 0.8");
                confidence = 1.0;
            }
            String evidence = f.evidence() != null ? f.evidence() : f.confidence() == null ? SET_IN_PLAN : "";
            return Inferred.of(value, confidence, evidence);
        }
    }

    static String sourceProblem(String source) {
        if (source.equals(".")) {
            return null;
        }
        if (source.startsWith("/") || source.contains("\\") || source.endsWith("/") || source.contains("//")) {
            return "must be a folder relative to the migrated folder, with / between names";
        }
        for (String part : source.split("/")) {
            if (part.equals("..") || part.equals(".")) {
                return "must not contain '.' or '..'";
            }
        }
        return null;
    }

    static String idProblem(String text) {
        try {
            ModuleId.of(text);
            return "";
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            int colon = m.indexOf("': ");
            return colon < 0 ? m : m.substring(colon + 3);
        }
    }
}
