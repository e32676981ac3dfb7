package dev.alexandria.cli;

import dev.alexandria.api.model.Diagnostic;
import dev.alexandria.api.model.IgnoredTag;
import dev.alexandria.api.model.InterfaceChange;
import dev.alexandria.api.model.InterfaceDiff;
import dev.alexandria.api.model.VersionCheck;
import dev.alexandria.api.model.VersionInfo;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioning results as plain trees for {@code --output json|yaml}, and as text for people.
 *
 * @since 0.2.0
 */
final class VersioningViews {

    private VersioningViews() {
    }

    /**
     * @param module the module id, or null for two folders
     * @param diff   the diff
     * @return {@code module}, {@code from}, {@code to}, {@code required_bump}, {@code risky_is_breaking},
     *     {@code changes} (each {@code impact}, {@code rule}, {@code subject}, {@code message}, {@code before},
     *     {@code after}, each side a {@code file}, {@code line}, {@code column} object; a side the subject is not on
     *     is left out, as every unknown value is)
     */
    /** Drops the entries without a value: unknown values are left out of the CLI's JSON and YAML. */
    private static Map<String, Object> present(Map<String, Object> view) {
        view.values().removeIf(java.util.Objects::isNull);
        return view;
    }

    static Map<String, Object> diff(String module, InterfaceDiff diff) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (module != null) {
            view.put("module", module);
        }
        view.put("from", diff.from());
        view.put("to", diff.to());
        view.put("required_bump", diff.requiredBump().id());
        view.put("risky_is_breaking", diff.riskyIsBreaking());
        view.put("changes", diff.changes().stream().map(VersioningViews::change).toList());
        view.put("complete", diff.isComplete());
        view.put("errors", diff.diagnostics().stream().filter(Diagnostic::isError).map(VersioningViews::error)
                .toList());
        view.put("not_compared", diff.notCompared().stream().map(VersioningViews::notCompared).toList());
        return view;
    }

    /**
     * A declaration hidden by an HCL error: {@code subject}, {@code version}, {@code file}, {@code line},
     * {@code message}.
     */
    private static Map<String, Object> notCompared(InterfaceDiff.NotCompared x) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("subject", x.subject());
        view.put("version", x.version());
        view.put("file", x.location().file());
        view.put("line", x.location().line() > 0 ? x.location().line() : null);
        view.put("message", x.message());
        return present(view);
    }

    /** An error met reading a version: {@code file}, {@code line}, {@code column}, {@code summary}, {@code detail}. */
    private static Map<String, Object> error(Diagnostic d) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("file", d.location().file());
        view.put("line", d.location().line() > 0 ? d.location().line() : null);
        view.put("column", d.location().column() > 0 ? d.location().column() : null);
        view.put("summary", d.summary());
        view.put("detail", d.detail().isEmpty() ? null : d.detail());
        return present(view);
    }

    /**
     * Prints the errors that make a diff incomplete on stderr, one {@code error: file:line:column: message}
     * line each (long values shortened, as in every finding line: {@link Messages#shorten}), then what they mean and
     * how to fix them.
     *
     * @param err  where to print
     * @param diff the diff
     * @return whether there were any (the caller then exits {@link ExitCode#FINDINGS})
     */
    static boolean printErrors(PrintWriter err, InterfaceDiff diff) {
        if (diff.isComplete()) {
            return false;
        }
        List<Diagnostic> errors = diff.diagnostics().stream().filter(Diagnostic::isError).toList();
        for (Diagnostic d : errors) {
            err.println(Messages.shorten("error: " + d.location() + ": " + d.message()));
        }
        err.println(ErrorHandler.PREFIX + "the diff is incomplete: " + errors.size() + (errors.size() == 1
                ? " error hides" : " errors hide") + " declarations, and a hidden one can be a breaking change");
        err.println("  fix: correct the HCL at the lines above, then run the diff again");
        err.flush();
        return true;
    }

    private static Map<String, Object> change(InterfaceChange c) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("impact", c.impact().id());
        view.put("rule", c.rule());
        view.put("subject", c.subject());
        view.put("message", c.message());
        view.put("before", c.before().map(VersioningViews::location).orElse(null));
        view.put("after", c.after().map(VersioningViews::location).orElse(null));
        return present(view);
    }

    /**
     * A location as {@code graph --check} and {@code validate} JSON give one: {@code file}, {@code line} and
     * {@code column}, each number left out when unknown.
     */
    private static Map<String, Object> location(dev.alexandria.api.model.SourceLocation l) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("file", l.file());
        view.put("line", l.line() > 0 ? l.line() : null);
        view.put("column", l.column() > 0 ? l.column() : null);
        return present(view);
    }

    /**
     * @param check the CI gate's verdict
     * @return {@code passes}, {@code message}, {@code last_registered}, {@code current}
     */
    static Map<String, Object> check(VersionCheck check) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("passes", check.passes());
        view.put("message", check.message());
        view.put("last_registered", check.lastRegistered().map(Object::toString).orElse(null));
        view.put("current", check.current().toString());
        return present(view);
    }

    /**
     * @param v a version
     * @return {@code version}, {@code released}, {@code maturity}, {@code tag}, {@code commit} (the full id, 40
     *     hexadecimal digits, as the other commands' JSON gives commits; the table shows it abbreviated),
     *     {@code registered}, {@code published} (the day, ISO 8601, as {@code _catalog/module-registry.yaml}
     *     writes it; left out when not published), {@code changelog} (left out when there is none: a version only
     *     tagged in git)
     */
    static Map<String, Object> version(VersionInfo v) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", v.version().toString());
        view.put("released", v.released().map(Object::toString).orElse(null));
        view.put("maturity", v.maturity().map(m -> m.id()).orElse(null));
        view.put("tag", v.tag().orElse(null));
        view.put("commit", v.commitId().or(v::commit).orElse(null));
        view.put("registered", v.registered());
        view.put("published", v.published().map(Object::toString).orElse(null));
        view.put("changelog", v.changelog().isEmpty() ? null : v.changelog());
        return present(view);
    }

    /**
     * Prints a diff for people: a summary line, then per change its impact, subject and message, and under it
     * the rule and where the subject is on each side.
     *
     * @param out   where to print
     * @param title what was compared, such as {@code vpc-standard 1.2.0 → working-tree}
     * @param diff  the diff
     */
    static void printDiff(PrintWriter out, String title, InterfaceDiff diff) {
        int n = diff.changes().size();
        if (!diff.isComplete()) {
            title = title + " (incomplete: HCL errors hide declarations, see the errors)";
        }
        if (n == 0) {
            // Nothing a caller sees changed, so the interface asks for no bump; the JSON's required_bump stays the
            // API's PATCH, the least bump a release makes, which is what a release of other changes would be.
            out.println(title + ": no interface changes" + (diff.notCompared().isEmpty() ? "" : " among what was "
                    + "compared") + ", no bump required (a release of other changes would be a patch)");
            printNotCompared(out, diff);
            return;
        }
        // On 0.x anything may change (SemVer §4), and our rule asks a minor bump of breaking changes there: the
        // header says the bump the version number needs, not a major one it does not (docs/versioning.md).
        boolean zero = diff.requiredBump() == dev.alexandria.api.model.Bump.MAJOR && dev.alexandria.api.model.Version
                .tryParse(diff.from()).filter(v -> v.major() == 0).isPresent();
        out.println(title + ": " + (zero ? "MINOR" : diff.requiredBump().name()) + " bump required (" + n
                + (n == 1 ? " change" : " changes") + (diff.riskyIsBreaking() ? ", risky changes count as "
                        + "breaking" : "") + (zero ? "; breaking, which on 0.x needs a minor bump" : "") + ")");
        int subjectWidth = Math.min(40, diff.changes().stream().mapToInt(c -> c.subject().length()).max().orElse(0));
        out.println();
        for (InterfaceChange c : diff.changes()) {
            String subject = c.subject().length() > subjectWidth ? c.subject()
                    : c.subject() + " ".repeat(subjectWidth - c.subject().length());
            out.println(Messages.shorten(pad(c.impact().name(), 6) + subject + "  "
                    + TableRenderer.clean(c.message())));
            out.println(" ".repeat(6) + c.rule() + "  " + c.locations());
        }
        printNotCompared(out, diff);
    }

    /**
     * Lists the declarations an HCL error hides, one {@code NOT   var.name  not compared: file:line does not parse
     * (in version)} line each: they are there, so they are not reported as removed or added.
     */
    private static void printNotCompared(PrintWriter out, InterfaceDiff diff) {
        if (diff.notCompared().isEmpty()) {
            return;
        }
        out.println();
        int width = Math.min(40, diff.notCompared().stream().mapToInt(x -> x.subject().length()).max().orElse(0));
        for (InterfaceDiff.NotCompared x : diff.notCompared()) {
            String subject = x.subject().length() >= width ? x.subject()
                    : x.subject() + " ".repeat(width - x.subject().length());
            String message = x.message();
            int colon = message.indexOf(": ");
            out.println(Messages.shorten(pad("NOT", 6) + subject + "  " + (x.subject().equals("*") ? message
                    : "not compared" + message.substring(colon))));
        }
    }

    /**
     * @param rows    the versions
     * @param ignored the tags listed as ignored: a registered version whose tag is one of them (a tag of a tree)
     *                shows "(ignored, see warning)", not "(no tag)": the warning on stderr says why
     * @param out     where to print
     * @param table   a renderer with the headers VERSION RELEASED MATURITY TAG COMMIT CHANGELOG
     */
    static void printVersions(PrintWriter out, List<VersionInfo> rows, List<IgnoredTag> ignored, TableRenderer table) {
        List<List<String>> cells = rows.stream().map(v -> List.of(v.version().toString(),
                v.released().map(Object::toString).orElse(""),
                v.maturity().map(m -> m.id()).orElse(v.registered() ? "" : "(not registered)"),
                v.published().map(Object::toString).orElse(v.registered() ? "no" : ""),
                v.tag().orElse(!v.registered() ? "" : ignored.stream().anyMatch(t -> t.tag().endsWith("/v"
                        + v.version())) ? "(ignored, see warning)" : "(no tag)"), v.commit().orElse(""),
                TableRenderer.clean(v.changelog()))).toList();
        out.print(table.render(cells));
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
