package dev.alexandria.cli;

import dev.alexandria.api.LifecyclePlan;
import dev.alexandria.api.PromotionResult;
import dev.alexandria.api.model.CriterionCheck;
import dev.alexandria.api.model.LifecycleResult;
import dev.alexandria.api.model.MaturityStatus;
import dev.alexandria.api.model.PlannedFile;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON/YAML trees and the text of the lifecycle commands (promote, status, deprecate, archive). Values that
 * are not known (no date entered, no note) are left out of the trees, as everywhere in the CLI's output.
 */
final class LifecycleViews {

    private LifecycleViews() {
    }

    /** Drops the entries without a value. */
    private static Map<String, Object> present(Map<String, Object> view) {
        view.values().removeIf(java.util.Objects::isNull);
        return view;
    }

    static Map<String, Object> check(CriterionCheck c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", c.id());
        v.put("description", c.description());
        v.put("met", c.met());
        v.put("found", c.found());
        v.put("to_meet", c.met() ? null : c.toMeet());
        v.put("source", c.source());
        v.put("note", c.note().orElse(null));
        return present(v);
    }

    static Map<String, Object> status(MaturityStatus s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("module", s.module().value());
        v.put("maturity", s.level().id());
        v.put("version", s.version().toString());
        v.put("since", s.since().map(Object::toString).orElse(null));
        v.put("days_in_level", s.daysInLevel().isPresent() ? s.daysInLevel().getAsLong() : null);
        v.put("as_of", s.asOf().toString());
        v.put("history_source", s.historySource());
        v.put("history", s.history().stream().map(LifecycleViews::historyEntry).toList());
        v.put("next", s.next().map(l -> l.id()).orElse(null));
        v.put("checklist", s.checklist().stream().map(LifecycleViews::check).toList());
        s.deprecation().ifPresent(d -> {
            Map<String, Object> dep = new LinkedHashMap<>();
            dep.put("reason", d.reason());
            dep.put("replacement", d.replacement().map(Object::toString).orElse(null));
            dep.put("removal_date", d.removalDate().map(Object::toString).orElse(null));
            v.put("deprecation", present(dep));
        });
        v.put("problems", s.problems().stream().map(p -> {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
            f.put("rule", p.ruleId());
            f.put("location", p.location().toString());
            f.put("message", p.message());
            f.put("hint", p.hint().orElse(null));
            return present(f);
        }).toList());
        return present(v);
    }

    /** A history entry, its keys in the order of {@code maturity_history} in {@code .alexandria.yaml}. */
    static Map<String, Object> historyEntry(dev.alexandria.api.model.MaturityChange change) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("level", change.level().id());
        v.put("date", change.date().toString());
        return v;
    }

    static Map<String, Object> plan(LifecyclePlan plan) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("module", plan.module().value());
        v.put("from", plan.from().id());
        v.put("to", plan.to().id());
        v.put("summary", plan.summary());
        plan.release().ifPresent(r -> v.put("release", release(r)));
        v.put("notes", plan.notes());
        v.put("files", plan.files().stream().map(LifecycleViews::file).toList());
        plan.commitMessage().ifPresent(m -> v.put("commit_message", m.strip()));
        return v;
    }

    /** The release a plan makes: versions, tag and commit message. */
    static Map<String, Object> release(dev.alexandria.api.ReleasePlan r) {
        Map<String, Object> rel = new LinkedHashMap<>();
        rel.put("current", r.current().toString());
        rel.put("next", r.next().toString());
        rel.put("tag", r.tag());
        rel.put("commit_message", r.commitMessage());
        return rel;
    }

    /**
     * A file of a write plan: its path, whether the plan creates it, and the lines it changes as a unified diff
     * (the whole new text only for a file it creates, as additions) — the same for every write command.
     */
    static Map<String, Object> file(PlannedFile f) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("path", f.path());
        v.put("created", f.before().isEmpty());
        v.put("diff", dev.alexandria.core.Alexandria.unifiedDiff(f));
        return v;
    }

    static Map<String, Object> promotion(PromotionResult r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("module", r.module().value());
        v.put("from", r.from().id());
        v.put("to", r.to().id());
        v.put("ready", r.isReady());
        v.put("reasons", r.reasons());
        v.put("checklist", r.checklist().stream().map(LifecycleViews::check).toList());
        r.plan().ifPresent(p -> v.put("plan", plan(p)));
        return v;
    }

    static void applied(Map<String, Object> view, LifecycleResult result) {
        view.put("applied", true);
        view.put("written", result.files());
        result.commit().ifPresent(c -> view.put("commit", c));
    }

    static void printChecklist(PrintWriter out, List<CriterionCheck> checklist) {
        for (CriterionCheck c : checklist) {
            out.println("  " + (c.met() ? "[x] " : "[ ] ") + c.id() + " — " + c.description());
            out.println("      found: " + c.found() + " (" + c.source() + ")");
            if (!c.met()) {
                out.println("      to meet it: " + c.toMeet());
            }
            c.note().ifPresent(n -> out.println("      note: " + n));
        }
    }

    static void printResult(PrintWriter out, LifecycleResult result) {
        out.println(result.module() + " is now " + result.level() + result.release().map(r -> " (released "
                + r.version() + ": commit " + dev.alexandria.api.model.CommitIds.shorten(r.commit()) + ", tag " + r.tag() + ")").orElse(result
                .commit().map(c -> " (commit " + dev.alexandria.api.model.CommitIds.shorten(c) + ")").orElse("")));
        result.files().forEach(f -> out.println("  " + f));
    }
}
