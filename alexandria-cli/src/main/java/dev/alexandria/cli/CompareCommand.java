package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.RegistryEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code alexandria compare a b c}: modules side by side, one column each.
 *
 * @since 0.1.0
 */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compare modules side by side: layer and category, version, maturity, complexity tier, "
                + "variable count, resources, tags, dependencies, registered cost and popularity.",
            "For a priced estimate of each, see 'alexandria cost-compare'."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  alexandria compare vpc-basic vpc-standard vpc-advanced",
            "  alexandria compare rds-postgres rds-aurora --output json",
        })
final class CompareCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODULE", arity = "2..*", description = "Two or more module ids or paths.")
    private List<String> modules = new ArrayList<>();

    @Override
    protected int run(Library library) {
        List<LibraryModule> ms = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String name : modules) {
            LibraryModule m = library.requireModule(name);
            if (!seen.add(m.id().value())) {
                throw new ParameterException(spec().commandLine(), "module " + m.id() + " is given twice; "
                        + "compare different modules");
            }
            ms.add(m);
        }
        List<Object> tree = new ArrayList<>();
        for (LibraryModule m : ms) {
            tree.add(view(library, m));
        }
        print(tree, () -> table(library, ms));
        reportFindings(library, List.of());
        return ExitCode.OK;
    }

    /** One module's column as a tree: the compared facts, unknowns left out. */
    private static Map<String, Object> view(Library library, LibraryModule m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", m.id().value());
        v.put("name", m.metadata().name());
        v.put("category", m.category().id());
        v.put("version", m.version().toString());
        v.put("maturity", m.maturity().id());
        v.put("complexity", m.complexity().id());
        Map<String, Object> summary = ModuleFacts.interfaceSummary(m);
        v.put("own_variables", summary.get("own_variables"));
        v.put("required_variables", summary.get("required_variables"));
        v.put("outputs", summary.get("outputs"));
        v.put("resources", summary.get("resources"));
        v.put("resource_types", summary.get("resource_types"));
        v.put("tags", m.metadata().tags());
        v.put("requires", m.metadata().requires().stream().map(ModuleFacts::requirement).toList());
        ModuleFacts.cost(m).ifPresent(c -> {
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("estimated_monthly_usd", c.estimatedCost());
            cost.put("cost_category", c.costCategory().id());
            v.put("cost", cost);
        });
        ModuleFacts.metrics(m).ifPresent(x -> {
            Map<String, Object> metrics = new LinkedHashMap<>();
            x.downloads().ifPresent(d -> metrics.put("downloads", d));
            x.rating().ifPresent(r -> metrics.put("rating", r));
            x.lastUpdated().ifPresent(d -> metrics.put("last_updated", d.toString()));
            v.put("metrics", metrics);
        });
        m.metadata().deprecation().ifPresent(d -> v.put("deprecated", d.replacement()
                .map(r -> "use " + r.value()).orElse(d.reason())));
        return v;
    }

    private void table(Library library, List<LibraryModule> ms) {
        List<String> headers = new ArrayList<>();
        headers.add("");
        ms.forEach(m -> headers.add(m.id().value()));
        List<List<String>> rows = new ArrayList<>();
        row(rows, "category", ms, m -> m.category().id());
        row(rows, "version", ms, m -> m.version().toString());
        row(rows, "maturity", ms, m -> m.maturity().id());
        row(rows, "tier", ms, m -> m.complexity().id());
        row(rows, "variables", ms, m -> {
            Map<String, Object> s = ModuleFacts.interfaceSummary(m);
            return s.get("own_variables") + " (" + s.get("required_variables") + " required)";
        });
        row(rows, "outputs", ms, m -> String.valueOf(m.interfaceSpec().outputs().size()));
        row(rows, "resources", ms, m -> String.valueOf(m.interfaceSpec().managedResources().size()));
        // One row per resource type any of them creates: where they differ is what to compare.
        LinkedHashSet<String> types = new LinkedHashSet<>();
        ms.forEach(m -> types.addAll(stringList(ModuleFacts.interfaceSummary(m).get("resource_types"))));
        for (String type : types.stream().sorted().toList()) {
            row(rows, type, ms, m -> m.interfaceSpec().managedResources().stream()
                    .anyMatch(r -> r.type().equals(type)) ? "yes" : "-");
        }
        row(rows, "tags", ms, m -> m.metadata().tags().isEmpty() ? "-" : String.join(", ", m.metadata().tags()));
        row(rows, "requires", ms, m -> m.metadata().requires().isEmpty() ? "-"
                : String.join(", ", m.metadata().requires().stream().map(ModuleFacts::requirement).toList()));
        row(rows, "cost/month", ms, m -> ModuleFacts.cost(m)
                .map(c -> SearchCommand.usd(c.estimatedCost()) + " (" + c.costCategory().id() + ")")
                .orElse("unknown"));
        row(rows, "downloads", ms, m -> ModuleFacts.metrics(m).flatMap(x -> x.downloads().isPresent()
                ? Optional.of(String.valueOf(x.downloads().getAsLong())) : Optional.<String>empty()).orElse("unknown"));
        row(rows, "rating", ms, m -> ModuleFacts.metrics(m).flatMap(RegistryEntry.Metrics::rating)
                .map(String::valueOf).orElse("unknown"));
        row(rows, "updated", ms, m -> ModuleFacts.metrics(m).flatMap(RegistryEntry.Metrics::lastUpdated)
                .map(Object::toString).orElse("unknown"));
        if (ms.stream().anyMatch(m -> m.metadata().deprecation().isPresent())) {
            row(rows, "deprecated", ms, m -> m.metadata().deprecation()
                    .map(d -> d.replacement().map(r -> "use " + r.value()).orElse("yes")).orElse("-"));
        }
        TableRenderer t = table(headers.toArray(String[]::new));
        PrintWriter out = out();
        out.print(t.render(rows));
    }

    private static void row(List<List<String>> rows, String label, List<LibraryModule> ms,
                            Function<LibraryModule, String> cell) {
        List<String> row = new ArrayList<>();
        row.add(label);
        ms.forEach(m -> row.add(Optional.ofNullable(cell.apply(m)).orElse("-")));
        rows.add(row);
    }

    private static List<String> stringList(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }
}
