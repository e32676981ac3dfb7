package dev.alexandria.cli;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.Library;
import dev.alexandria.api.Migration;
import dev.alexandria.api.MigrationApply;
import dev.alexandria.api.RefusedException;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Inferred;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.MigrationResult;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.SkippedFolder;
import dev.alexandria.api.model.SourceChange;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.LibraryLocation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria migrate <folder> [--into <root>] [--write-plan plan.yaml]}: infers the plan that turns a
 * folder of flat Terraform modules into a library (each module's id, layer, category, target path, tier,
 * description, tags, version, maturity and maintainer, with confidence and evidence) and prints it; changes
 * nothing. {@code --write-plan} saves the plan as YAML for review; {@code --output json} prints it as JSON and
 * {@code --output yaml} as the plan file's YAML.
 *
 * <p>{@code --plan plan.yaml [--dry-run] [--accept-defaults] [--rewrite-sources]} applies a (reviewed) plan:
 * moves, metadata, registry, catalog, legacy symlinks; progress on stderr, the summary on stdout ({@code
 * --output json}: the result). {@code --check} reports the legacy symlinks of a migrated library.
 *
 * <p>Not a {@link LibraryCommand}: the folder need not be a library yet.
 *
 * @since 0.4.0
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Plan the migration of a folder of flat Terraform modules into a library.",
            "Infers each module's layer, category and metadata from its code, with the evidence, and prints the"
                    + " plan; changes nothing."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  the plan was printed (or written), applied, or --check found nothing to fix",
            "  1  --check found legacy links to fix (dangling, past their removal date,",
            "     still called); or applying the plan is refused as the tree is now",
            "     (git's index is locked), with --dry-run too, which then prints the plan",
            "     and the reasons",
            "  2  usage error (unknown option, bad value, options that do not go together)",
            "  3  the folder does not exist, the library does not open (--check), a file",
            "     cannot be read or written, or the plan cannot be applied (unknown",
            "     required fields, a target that exists, a symlink loop; each named at",
            "     plan file:line); a failed apply leaves the tree and the git index as",
            "     they were",
            "",
            "Examples:",
            "  alexandria migrate components/terraform",
            "  alexandria migrate legacy/modules --into components/terraform \\",
            "      --write-plan plan.yaml",
            "  alexandria migrate components/terraform --output json",
            "  alexandria migrate components/terraform --plan plan.yaml --dry-run",
            "  alexandria migrate components/terraform --plan plan.yaml",
            "  alexandria migrate --check",
        })
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions ownOptions;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "The folder whose sub-folders are Terraform"
            + " modules. With --check: the library root (default: the library found from the working directory).")
    private Path folder;

    @Option(names = "--into", paramLabel = "ROOT",
            description = "The library root the modules move into (default: FOLDER itself). Its"
                    + " _catalog/categories.yaml and tags.yaml are used when it has them.")
    private Path into;

    @Option(names = "--write-plan", paramLabel = "FILE",
            description = "Write the plan to FILE as YAML, to review and edit.")
    private Path writePlan;

    @Option(names = "--plan", paramLabel = "FILE",
            description = "Apply the (reviewed) plan FILE: move each module into _library/<layer>/<category>/<id>/"
                    + " (git mv, history follows), write its .alexandria.yaml, register it, extend the catalog and"
                    + " leave a relative symlink at every legacy path. Applying a plan twice changes nothing.")
    private Path applyPlan;

    @Option(names = "--dry-run", description = "With --plan: show the moves, links, rewritten sources and file"
            + " changes (as a unified diff) without changing anything.")
    private boolean dryRun;

    @Option(names = "--accept-defaults", description = "With --plan: give required fields the plan leaves unknown"
            + " their defaults (version 0.1.0, maturity experimental, maintainer unassigned ...) instead of"
            + " refusing the plan.")
    private boolean acceptDefaults;

    @Option(names = "--rewrite-sources", description = "With --plan: also rewrite the source of module calls"
            + " outside FOLDER that use a legacy path (by default they keep working through the symlinks and are"
            + " listed).")
    private boolean rewriteSources;

    @Option(names = "--check", description = "Check the legacy symlinks a migration left in the library: dangling,"
            + " past their removal date (migrate.legacy_link_months of _catalog/settings.yaml, 12 by default), or"
            + " still called by code.")
    private boolean check;

    @Override
    public Integer call() {
        CliEnvironment env = LibraryCommand.environment(spec);
        checkOptions();
        if (check) {
            return check(env);
        }
        Path dir = env.workingDirectory().resolve(folder).normalize();
        if (!Files.isDirectory(dir)) {
            throw new AlexandriaException(dir + ": " + (Files.exists(dir) ? "is a file, not a folder"
                    : "no such folder") + "; name the folder that holds the modules");
        }
        Migration migration = Alexandria.migrate(dir);
        if (into != null) {
            migration.into(env.workingDirectory().resolve(into).normalize());
        }
        if (applyPlan != null) {
            return apply(migration, env);
        }
        return plan(migration, env);
    }

    /** Options that do not go together are refused by name, before anything is read. */
    private void checkOptions() {
        String only = applyPlan == null ? (dryRun ? "--dry-run" : acceptDefaults ? "--accept-defaults"
                : rewriteSources ? "--rewrite-sources" : null) : null;
        if (only != null && !check) {
            throw new ParameterException(spec.commandLine(), only + " goes with --plan FILE; add --plan, or"
                    + " leave " + only + " out to print the plan");
        }
        if (check && (applyPlan != null || writePlan != null || dryRun || acceptDefaults || rewriteSources)) {
            String other = applyPlan != null ? "--plan" : writePlan != null ? "--write-plan" : dryRun ? "--dry-run"
                    : acceptDefaults ? "--accept-defaults" : "--rewrite-sources";
            throw new ParameterException(spec.commandLine(), "--check and " + other + " do not go together"
                    + " (--check only reads the library); leave out one of them");
        }
        if (applyPlan != null && writePlan != null) {
            throw new ParameterException(spec.commandLine(), "--plan and --write-plan do not go together: write"
                    + " the plan first, review it, then apply it with --plan");
        }
        if (!check && folder == null) {
            throw new ParameterException(spec.commandLine(), "missing FOLDER: name the folder whose sub-folders"
                    + " are Terraform modules, e.g. alexandria migrate components/terraform");
        }
    }

    private int apply(Migration migration, CliEnvironment env) {
        Path file = env.workingDirectory().resolve(applyPlan).normalize();
        MigrationPlan plan = migration.readPlan(file);
        // The plan is the contract: a FOLDER or --into that names other places than the plan would be ignored.
        if (!samePlace(migration.folder(), plan.folder())) {
            throw new ParameterException(spec.commandLine(), applyPlan + " migrates " + plan.folder() + " (its folder:),"
                    + " not " + migration.folder() + "; name the plan's folder, or write a plan for this folder with"
                    + " --write-plan");
        }
        if (into != null && !samePlace(env.workingDirectory().resolve(into).normalize(), plan.into())) {
            throw new ParameterException(spec.commandLine(), applyPlan + " migrates into " + plan.into() + " (its into:),"
                    + " not --into " + into + "; change into: in the plan, or leave out --into");
        }
        PrintWriter progress = spec.commandLine().getErr();
        MigrationApply apply = migration.apply(plan).acceptDefaults(acceptDefaults).rewriteSources(rewriteSources);
        if (!dryRun) {
            apply.progress(step -> {
                progress.println("alexandria: " + step);
                progress.flush();
            });
        }
        PrintWriter out = spec.commandLine().getOut();
        MigrationResult result;
        try {
            result = dryRun ? apply.dryRun() : apply.run();
        } catch (RefusedException e) {
            LibraryCommand.printRefusal(out, options().output(), e);
            throw e; // the error handler prints the reasons on stderr and exits 1
        }
        Map<String, Object> view = tree(result);
        RefusedException refusal = result.refusals().isEmpty() ? null : new RefusedException("applying this plan"
                + " would be refused (" + result.summary() + "):", result.refusals());
        if (refusal != null) { // a dry run refuses as applying would: the plan, then the reasons, exit 1
            view.putAll(LibraryCommand.refusalView(refusal.getMessage().lines().findFirst().orElse(""),
                    refusal.reasons()));
        }
        if (options().output() == OutputFormat.TABLE) {
            result(result, out);
        } else {
            StructuredOutput.write(out, options().output(), view);
        }
        out.flush();
        if (refusal != null) {
            PrintWriter err = spec.commandLine().getErr();
            ErrorHandler.printAlexandriaException(err, refusal);
            err.flush();
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }

    private static boolean samePlace(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static void result(MigrationResult r, PrintWriter out) {
        String verb = r.dryRun() ? "Would move" : "Moved";
        if (!r.moved().isEmpty()) {
            out.println(verb + " " + r.moved().size() + " module" + (r.moved().size() == 1 ? "" : "s") + ":");
            r.moved().forEach(m -> out.println("  " + m.from() + " -> " + m.to()));
        }
        if (!r.alreadyInPlace().isEmpty()) {
            out.println("Already in place: " + String.join(", ", r.alreadyInPlace()));
        }
        if (!r.keptInPlace().isEmpty()) {
            out.println("Kept in place (action: keep): " + String.join(", ", r.keptInPlace()));
        }
        if (!r.rewritten().isEmpty()) {
            out.println();
            out.println((r.dryRun() ? "Sources to rewrite" : "Sources rewritten") + " (" + r.rewritten().size()
                    + "):");
            r.rewritten().forEach(c -> out.println("  " + source(c)));
        }
        if (!r.legacyCallers().isEmpty()) {
            out.println();
            out.println("Callers outside the folder on legacy paths (" + r.legacyCallers().size() + "); they keep"
                    + " working through the symlinks, and --rewrite-sources rewrites them:");
            r.legacyCallers().forEach(c -> out.println("  " + source(c)));
        }
        if (!r.needsReview().isEmpty()) {
            out.println();
            out.println("Needs review:");
            r.needsReview().forEach(s -> out.println("  " + s));
        }
        if (r.dryRun() && !r.diff().isEmpty()) {
            out.println();
            out.print(r.diff());
        }
        out.println();
        out.println(r.summary() + "; " + r.links().size() + " legacy link" + (r.links().size() == 1 ? "" : "s")
                + " (_catalog/legacy-links.yaml)." + (r.dryRun() ? " Nothing was changed."
                : !r.changed() ? " Nothing to change: the plan is applied."
                : r.staged() ? " The changes are staged in git; review them (git status) and commit."
                : " The library is not in a git repository, so nothing was staged."));
        if (r.changed()) {
            out.println("Callers of the moved modules were looked for in " + String.join(" and ", r.callerScope()
                    .stream().map(p -> p.equals(".") ? "the library root" : p).toList())
                    + (r.inGit() ? " (the git work tree)." : " (outside git there is no repository to search up to)."));
        }
    }

    private static String source(SourceChange c) {
        return c.location() + ": module \"" + c.call() + "\" " + c.from() + " -> " + c.to();
    }

    static Map<String, Object> tree(MigrationResult r) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("dry_run", r.dryRun());
        t.put("changed", r.changed());
        List<Object> moved = new ArrayList<>();
        for (MigrationResult.Move m : r.moved()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("source", m.source());
            o.put("id", m.id().value());
            o.put("from", m.from());
            o.put("to", m.to());
            moved.add(o);
        }
        t.put("moved", moved);
        t.put("already_in_place", r.alreadyInPlace());
        t.put("kept_in_place", r.keptInPlace());
        t.put("needs_review", r.needsReview());
        t.put("rewritten", r.rewritten().stream().map(MigrateCommand::change).toList());
        t.put("legacy_callers", r.legacyCallers().stream().map(MigrateCommand::change).toList());
        t.put("links", r.links());
        t.put("files", r.files().stream().map(LifecycleViews::file).toList());
        t.put("in_git", r.inGit());
        t.put("staged", r.staged());
        t.put("caller_scope", r.callerScope());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("moved", r.moved().size());
        summary.put("already_in_place", r.alreadyInPlace().size());
        summary.put("kept_in_place", r.keptInPlace().size());
        summary.put("needs_review", r.needsReview().size());
        t.put("summary", summary);
        return t;
    }

    private static Map<String, Object> change(SourceChange c) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("file", c.location().file());
        o.put("line", c.location().line());
        o.put("call", c.call());
        o.put("from", c.from());
        o.put("to", c.to());
        return o;
    }

    private int check(CliEnvironment env) {
        LibraryLocation where = folder != null ? LibraryCommand.locate(spec, Optional.of(folder))
                : LibraryCommand.locate(spec, options().library());
        if (where.isBundledSample()) {
            throw new ParameterException(spec.commandLine(), "no library found in " + env.workingDirectory()
                    + "; run --check in a migrated library, or name its root: alexandria migrate --check ROOT");
        }
        Path root = where.path().toAbsolutePath().normalize(); // ROOT, or its components/terraform as --library
        if (!Files.isDirectory(root)) {
            throw new AlexandriaException(root + ": no such folder; name the root of the migrated library");
        }
        if (!Files.isDirectory(root.resolve("_library")) || !Files.isDirectory(root.resolve("_catalog"))) {
            // Not "no legacy links": a folder that is no library is a data error, as in every other command.
            throw new AlexandriaException(root + " is not a library root: it needs a _library/ and a _catalog/"
                    + " folder; name the root of the migrated library");
        }
        // Opened as every command opens it: a library that does not open is exit 3 with its errors, not a check
        // of its legacy links alone.
        Library library = LibraryCommand.openLibrary(spec, where);
        List<Finding> findings = library.migrate(root).check();
        PrintWriter out = spec.commandLine().getOut();
        if (options().output() != OutputFormat.TABLE) {
            StructuredOutput.write(out, options().output(), Views.findings(findings));
            out.flush();
            return findings.stream().anyMatch(f -> f.severity() != Finding.Severity.INFO) ? ExitCode.FINDINGS
                    : ExitCode.OK;
        }
        for (Finding f : findings) {
            LibraryCommand.printFinding(out, f, true);
        }
        long problems = findings.stream().filter(f -> f.severity() != Finding.Severity.INFO).count();
        long links = findings.stream().filter(f -> f.severity() == Finding.Severity.INFO).count();
        out.println((findings.isEmpty() ? "no legacy links" : problems + " problem" + (problems == 1 ? "" : "s")
                + " with legacy links, " + links + " link" + (links == 1 ? "" : "s") + " fine") + " in " + root);
        out.flush();
        return problems > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private int plan(Migration migration, CliEnvironment env) {
        MigrationPlan plan = migration.plan();
        PrintWriter out = spec.commandLine().getOut();
        if (writePlan != null) {
            Path file = env.workingDirectory().resolve(writePlan).normalize();
            migration.writePlan(plan, file);
            PrintWriter err = spec.commandLine().getErr();
            err.println("alexandria: wrote the plan to " + file + "; review it, then apply it with"
                    + " 'alexandria migrate " + folder + " --plan " + writePlan + "'");
            err.flush();
        }
        switch (options().output()) {
            case JSON:
                StructuredOutput.write(out, OutputFormat.JSON, tree(plan));
                break;
            case YAML:
                out.print(migration.planYaml(plan, env.workingDirectory().resolve("plan.yaml")));
                break;
            default:
                table(plan, env, out);
                break;
        }
        out.flush();
        return ExitCode.OK;
    }

    private void table(MigrationPlan plan, CliEnvironment env, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        for (PlannedModule m : plan.modules()) {
            rows.add(List.of(m.source(), m.target().orElse("(unknown)"), value(m.tier()), value(m.version()),
                    value(m.maturity()), confidence(m), m.needsReview() ? "yes" : ""));
        }
        TableRenderer t = LibraryCommand.table(env, "SOURCE", "TARGET", "TIER", "VERSION", "MATURITY", "CONFIDENCE",
                "REVIEW");
        out.print(t.render(rows));
        List<PlannedModule> review = plan.needsReview();
        if (!review.isEmpty()) {
            out.println();
            out.println("Needs review:");
            for (PlannedModule m : review) {
                for (String r : m.review()) {
                    out.println("  " + m.source() + ": " + r);
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        for (PlannedModule m : plan.modules()) {
            if (!m.unknownRequired().isEmpty()) {
                unknown.add("  " + m.source() + ": " + String.join(", ", m.unknownRequired()));
            }
        }
        if (!unknown.isEmpty()) {
            out.println();
            out.println("Unknown (fill them in the plan, or apply with --accept-defaults):");
            unknown.forEach(out::println);
        }
        if (!plan.skipped().isEmpty()) {
            out.println();
            out.println("Skipped:");
            for (SkippedFolder s : plan.skipped()) {
                out.println("  " + s.path() + ": " + s.reason());
            }
        }
        out.println();
        out.println(plan.modules().size() + " module" + (plan.modules().size() == 1 ? "" : "s") + " planned, "
                + review.size() + " to review, " + plan.skipped().size() + " folder"
                + (plan.skipped().size() == 1 ? "" : "s") + " skipped; nothing was changed."
                + (writePlan == null ? " Write the plan for review with --write-plan plan.yaml." : ""));
    }

    private static String value(Inferred<?> f) {
        return f.value().map(Object::toString).orElse("?");
    }

    private static String confidence(PlannedModule m) {
        return m.category().isKnown() ? Decimals.fixed(m.category().confidence(), 2)
                : "-";
    }

    /** The plan as maps and lists, for JSON: every field with its confidence and evidence. */
    static Map<String, Object> tree(MigrationPlan plan) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("folder", plan.folder().toString());
        t.put("into", plan.into().toString());
        List<Object> modules = new ArrayList<>();
        for (PlannedModule m : plan.modules()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("source", m.source());
            o.put("action", m.action().id());
            o.put("target", m.target().orElse(null));
            o.put("needs_review", m.needsReview());
            o.put("review", m.review());
            o.put("unknown_required", m.unknownRequired());
            o.put("id", field(m.id(), id -> id.value()));
            o.put("name", field(m.name(), s -> s));
            o.put("layer", field(m.layer(), l -> l.id()));
            o.put("category", field(m.category(), s -> s));
            o.put("new_category", m.newCategory());
            o.put("tier", field(m.tier(), x -> x.id()));
            o.put("description", field(m.description(), s -> s));
            o.put("tags", field(m.tags(), s -> s));
            o.put("maturity", field(m.maturity(), x -> x.id()));
            o.put("version", field(m.version(), v -> v.toString()));
            o.put("maintainer", field(m.maintainer(), s -> s));
            modules.add(o);
        }
        t.put("modules", modules);
        List<Object> skipped = new ArrayList<>();
        for (SkippedFolder s : plan.skipped()) {
            Map<String, Object> one = new LinkedHashMap<>(); // path first, then why: keys in a stable order
            one.put("path", s.path());
            one.put("reason", s.reason());
            skipped.add(one);
        }
        t.put("skipped", skipped);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("modules", plan.modules().size());
        summary.put("needs_review", plan.needsReview().size());
        summary.put("skipped", plan.skipped().size());
        t.put("summary", summary);
        return t;
    }

    private static <T> Map<String, Object> field(Inferred<T> f, Function<T, Object> value) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (f.isKnown()) {
            o.put("value", value.apply(f.get()));
            o.put("confidence", f.confidence());
            o.put("evidence", f.evidence());
        } else {
            o.put("value", null);
            o.put("unknown", f.evidence());
        }
        return o;
    }

    private GlobalOptions options() {
        Object root = spec.root().userObject();
        return root instanceof AlexandriaCli ? ownOptions.orElse(((AlexandriaCli) root).options()) : ownOptions;
    }
}
