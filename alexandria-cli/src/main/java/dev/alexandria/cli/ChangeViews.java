package dev.alexandria.cli;

import dev.alexandria.api.ChangePlan;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.ChangeResult;
import dev.alexandria.api.model.NotificationResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON/YAML trees and the text of {@code scaffold}, {@code register} and {@code publish}. */
final class ChangeViews {

    private ChangeViews() {
    }

    static Map<String, Object> plan(ChangePlan plan) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("module", plan.module().value());
        v.put("summary", plan.summary());
        plan.release().ifPresent(r -> v.put("release", LifecycleViews.release(r)));
        v.put("notes", plan.notes());
        v.put("files", plan.files().stream().map(LifecycleViews::file).toList());
        plan.commitMessage().ifPresent(m -> v.put("commit_message", m.strip()));
        plan.then().ifPresent(t -> v.put("then", t));
        return v;
    }

    static Map<String, Object> notification(NotificationResult n) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("notifier", n.notifier());
        v.put("target", n.target());
        v.put("delivered", n.delivered());
        v.put("detail", n.detail());
        return v;
    }

    static void applied(Map<String, Object> view, ChangeResult result) {
        view.put("applied", true);
        view.remove("then"); // done now: the notes say so
        view.put("written", result.files());
        result.release().ifPresent(r -> {
            view.put("commit", r.commit());
            view.put("tag", r.tag());
        });
        view.put("notes", result.notes());
        if (!result.notifications().isEmpty()) {
            view.put("notifications", result.notifications().stream().map(ChangeViews::notification).toList());
        }
    }

    static void printPlan(PrintWriter out, ChangePlan plan) {
        out.print(plan.render());
    }

    static void printResult(PrintWriter out, PrintWriter err, ChangePlan plan, ChangeResult result) {
        boolean nothing = result.release().isEmpty() && result.files().isEmpty() && plan.files().isEmpty();
        out.println(plan.summary() + (nothing ? "" : ": done") + result.release().map(r -> " (commit "
                + dev.alexandria.api.model.CommitIds.shorten(r.commit()) + ", tag " + r.tag() + ")").orElse(""));
        result.files().forEach(f -> out.println("  wrote " + f));
        for (String n : result.notes()) {
            (n.startsWith("warning:") ? err : out).println((n.startsWith("warning:") ? "" : "note: ") + n);
        }
        List<NotificationResult> failed = result.failedNotifications();
        for (NotificationResult n : result.notifications()) {
            (n.delivered() ? out : err).println((n.delivered() ? "notified " : "NOT notified ") + n.target() + " ("
                    + n.notifier() + "): " + n.detail());
        }
        if (!failed.isEmpty()) {
            err.println(failed.size() + " of " + Plurals.count(result.notifications().size(), "notification")
                    + " failed; the publication is recorded and publish does not send it again, so tell those "
                    + "targets yourself (docs/lifecycle.md shows the JSON a webhook gets)");
        }
    }
}
