package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code alexandria info <module>}: everything known about one module, its metadata and its registry entry
 * with the version history.
 *
 * @since 0.1.0
 */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show a module: its metadata, its registry entry with the version history, a summary of its "
                + "interface, its dependencies both ways and the checklist of its next maturity level.",
            "The module's findings go to stderr, with a count of the library's others."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  alexandria info vpc-standard",
            "  alexandria info foundations/networking/vpc-standard --output yaml",
            "",
            "Exit codes:",
            "  0  shown",
            "  1  shown, and the module's HCL has errors: the interface shown leaves out the",
            "     part in error (each error is listed on stderr at its line, with its fix)",
            "  2  usage error (unknown module or option)",
            "  3  data error (bad library file)",
        })
final class InfoCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODULE",
            description = ModuleArguments.MODULE_HELP)
    private String module;

    @Override
    protected int run(Library library) {
        LibraryModule m = requireModule(spec(), library, module);
        if (options().output() == OutputFormat.TABLE) {
            // The table computes what it shows itself: building the structured view too would evaluate the
            // interface, the dependencies and the next level's criteria twice.
            table(m);
            extras(library, m);
        } else {
            Map<String, Object> view = Views.module(m);
            view.put("interface", ModuleFacts.interfaceSummary(m));
            view.put("dependencies", ModuleFacts.dependencies(library, m));
            ModuleFacts.nextLevel(library, m).ifPresent(next -> view.put("next_level", next));
            print(view, () -> { });
        }
        return reportModuleFindings(library, List.of(m));
    }

    private void table(LibraryModule m) {
        PrintWriter out = out();
        out.println(m.id() + "  " + m.version() + "  " + m.maturity().id() + "  " + m.complexity().id() + "  "
                + m.metadata().name());
        out.println("  " + TableRenderer.clean(m.metadata().description()));
        out.println();
        out.println("Metadata (_library/" + m.path() + "/.alexandria.yaml)");
        Map<String, Object> metadata = Views.metadata(m.metadata());
        metadata.remove("description");
        m.metadata().estimatedMonthlyCost().ifPresent(cost -> metadata.put("cost", declaredCost(m)));
        out.print(fields(metadata));
        out.println();
        if (m.registryEntry().isEmpty()) {
            out.println("Registry: not registered (alexandria register " + m.id() + " --version " + m.version()
                    + " validates it and adds its entry)");
            return;
        }
        RegistryEntry entry = m.registryEntry().get();
        out.println("Registry (_catalog/module-registry.yaml)");
        Map<String, Object> registry = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : Views.registry(entry).entrySet()) {
            if (field.getKey().equals("cost") || field.getKey().equals("support")) {
                registry.putIfAbsent("metrics", "unknown"); // not recorded: say so rather than show nothing (or 0)
            }
            if (field.getKey().equals("metrics") && entry.metrics().downloads().isEmpty()) {
                // Some metrics recorded but not the download count: say it is unknown (JSON leaves it out).
                Map<Object, Object> metrics = new LinkedHashMap<>();
                metrics.put("downloads", "unknown");
                metrics.putAll((Map<?, ?>) field.getValue());
                registry.put("metrics", metrics);
                continue;
            }
            registry.put(field.getKey(), field.getValue());
        }
        for (String shown : List.of("id", "description", "versions")) {
            registry.remove(shown);
        }
        entry.cost().ifPresent(cost -> registry.put("cost", estimatedCost(m, cost)));
        out.print(fields(registry));
        out.println();
        out.println("Versions (oldest first)");
        List<List<String>> rows = new ArrayList<>();
        for (RegisteredVersion v : entry.versions()) {
            rows.add(List.of(v.version().toString(), v.released().toString(), v.maturity().id(),
                    v.published().map(Object::toString).orElse("no"), v.changelog()));
        }
        if (rows.isEmpty()) {
            out.println("  none");
        } else {
            TableRenderer versions = table("VERSION", "RELEASED", "MATURITY", "PUBLISHED", "CHANGELOG");
            out.print(versions.render(rows, versions.widths(rows), "  "));
        }
    }

    /** The interface summary, the dependencies and the next level's checklist. */
    private void extras(Library library, LibraryModule m) {
        PrintWriter out = out();
        out.println();
        out.println("Interface (from its HCL)");
        out.print(fields(ModuleFacts.interfaceSummary(m)));
        out.println();
        out.println("Dependencies");
        Map<String, Object> deps = ModuleFacts.dependencies(library, m);
        for (Map.Entry<String, Object> e : deps.entrySet()) {
            List<?> values = (List<?>) e.getValue();
            deps.put(e.getKey(), values.isEmpty() ? "none" : values);
        }
        out.print(fields(deps));
        Optional<Map<String, Object>> next = ModuleFacts.nextLevel(library, m);
        if (next.isPresent()) {
            out.println();
            List<?> checklist = (List<?>) next.get().get("checklist");
            out.println("Next level: " + next.get().get("from") + " -> " + next.get().get("to") + " ("
                    + next.get().get("criteria_met") + " of " + Plurals.count(checklist.size(), "criterion", "criteria")
                    + " met; 'alexandria status "
                    + m.id() + "' shows the evidence)");
            if (checklist.isEmpty()) {
                out.println("  no criteria recorded in _catalog/maturity-levels.yaml");
            }
            for (Object c : checklist) {
                Map<?, ?> check = (Map<?, ?>) c;
                out.println("  [" + (Boolean.TRUE.equals(check.get("met")) ? "x" : " ") + "] "
                        + TableRenderer.clean(String.valueOf(check.get("description"))));
            }
        }
    }

    /**
     * The metadata's cost in the table, saying where it comes from: the module's author declares it, and nothing
     * checks it against the prices but a warning of {@code validate} (rule {@code cost-declared}) when it is more
     * than 20% off. It is not the registry's estimate, which is shown next to it and usually differs.
     */
    private static Map<String, Object> declaredCost(LibraryModule m) {
        Map<String, Object> c = new LinkedHashMap<>();
        m.metadata().estimatedMonthlyCost().ifPresent(cost -> c.put("estimated_monthly_usd", CostViews.usd(cost)
                + " a month, declared by the module's author"));
        m.metadata().costCategory().ifPresent(category -> c.put("cost_category", category.id()
                + " (from the declared cost)"));
        return c;
    }

    /**
     * The registry's cost in the table, saying what it is: the estimate {@code register} computes from AWS list
     * prices and records, of the fixed lines only when usage-priced lines (requests, GB stored) add to it with use.
     */
    private static Map<String, Object> estimatedCost(LibraryModule m, RegistryEntry.CostInfo cost) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("estimated_cost", (cost.partial() ? "at least " : "") + CostViews.usd(cost.estimatedCost())
                + " a month, estimated by register from AWS list prices" + (cost.usagePriced()
                        ? " (fixed lines only; usage-priced lines add to it with use)" : "") + "; 'alexandria cost "
                + m.id() + "' shows the lines");
        c.put("cost_category", cost.costCategory().id() + (cost.partial() ? " or higher" : "")
                + " (from the estimate)");
        return c;
    }

    /** Key/value lines; nested maps become dotted keys, lists are joined with commas. */
    private static String fields(Map<String, Object> tree) {
        List<String[]> lines = new ArrayList<>();
        flatten("", tree, lines);
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            out.append("  ").append(line[0]).append(" ".repeat(width - line[0].length() + 2))
                    .append(line[1]).append('\n');
        }
        return out.toString();
    }

    private static void flatten(String prefix, Map<?, ?> tree, List<String[]> lines) {
        for (Map.Entry<?, ?> e : tree.entrySet()) {
            String key = prefix + e.getKey();
            Object value = e.getValue();
            if (value instanceof Map) {
                flatten(key + ".", (Map<?, ?>) value, lines);
            } else {
                String text = text(value);
                if (!text.isEmpty()) {
                    lines.add(new String[] {key, text});
                }
            }
        }
    }

    private static String text(Object value) {
        if (value instanceof List) {
            List<String> parts = new ArrayList<>();
            for (Object item : (List<?>) value) {
                parts.add(item instanceof Map
                        ? String.join(" ", ((Map<?, ?>) item).values().stream().map(InfoCommand::text).toList())
                        : text(item));
            }
            return String.join(", ", parts);
        }
        return value == null ? "" : TableRenderer.clean(value.toString());
    }

    /** Its answer is about modules that opened, so the modules left out are only counted. */
    @Override
    protected boolean answerReadsUnavailable(Library library) {
        return false;
    }
}
