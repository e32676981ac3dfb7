package dev.alexandria.cli;

import dev.alexandria.api.AlexandriaException;
import dev.alexandria.api.Migration;
import dev.alexandria.api.model.Inferred;
import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.api.model.PlannedModule;
import dev.alexandria.api.model.SkippedFolder;
import dev.alexandria.core.Alexandria;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria migrate <folder> [--into <root>] [--write-plan plan.yaml]}: infers the plan that turns a
 * folder of flat Terraform modules into a library (each module's id, layer, category, target path, tier,
 * description, tags, version, maturity and maintainer, with confidence and evidence) and prints it; changes
 * nothing. {@code --write-plan} saves the plan as YAML for review; {@code --output json} prints it as JSON and
 * {@code --output yaml} as the plan file's YAML.
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
            "  0  the plan was printed (or written)",
            "  2  usage error (unknown option, bad value)",
            "  3  the folder does not exist, or a file cannot be read or written",
            "",
            "Examples:",
            "  alexandria migrate components/terraform",
            "  alexandria migrate legacy/modules --into components/terraform --write-plan plan.yaml",
            "  alexandria migrate components/terraform --output json",
        })
final class MigrateCommand implements Callable<Integer> {

    @Mixin
    private GlobalOptions ownOptions;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FOLDER", description = "The folder whose sub-folders are Terraform modules.")
    private Path folder;

    @Option(names = "--into", paramLabel = "ROOT",
            description = "The library root the modules move into (default: FOLDER itself). Its"
                    + " _catalog/categories.yaml and tags.yaml are used when it has them.")
    private Path into;

    @Option(names = "--write-plan", paramLabel = "FILE",
            description = "Write the plan to FILE as YAML, to review and edit.")
    private Path writePlan;

    @Override
    public Integer call() {
        CliEnvironment env = LibraryCommand.environment(spec);
        Path dir = env.workingDirectory().resolve(folder).normalize();
        if (!Files.isDirectory(dir)) {
            throw new AlexandriaException(dir + ": " + (Files.exists(dir) ? "is a file, not a folder"
                    : "no such folder") + "; name the folder that holds the modules");
        }
        Migration migration = Alexandria.migrate(dir);
        if (into != null) {
            migration.into(env.workingDirectory().resolve(into).normalize());
        }
        return plan(migration, env);
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
        return m.category().isKnown() ? String.format(java.util.Locale.ROOT, "%.2f", m.category().confidence())
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
            skipped.add(Map.of("path", s.path(), "reason", s.reason()));
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
