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
            "",
            "Exit codes:",
            "  0  compared",
            "  1  compared, and a module's HCL has errors: its column leaves out the part in",
            "     error (each error is listed on stderr at its line, with its fix); or a",
            "     module asked for is unavailable (its own files have errors): the others",
            "     are compared and its errors listed",
            "  2  usage error (unknown module or option, a module given twice)",
            "  3  data error (bad library file)",
        })
final class CompareCommand extends LibraryCommand {

    @Parameters(paramLabel = "MODULE", arity = "2..*", description = ModuleArguments.MODULES_HELP)
    private List<String> modules = new ArrayList<>();

    @Override
    protected int run(Library library) {
        List<LibraryModule> ms = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        // An unavailable module asked for does not hide the others: they are compared, and it is named with its
        // errors after the answer (exit 1), as a library-wide answer names the modules it is without.
        List<dev.alexandria.api.ModuleUnavailableException> unavailable = new ArrayList<>();
        // every unknown id is named at once, before anything else is said
        List<Optional<LibraryModule>> found = eachModule(spec(), modules, name -> {
            try {
                return Optional.of(requireModule(spec(), library, name));
            } catch (dev.alexandria.api.ModuleUnavailableException e) {
                unavailable.add(e);
                return Optional.<LibraryModule>empty();
            }
        });
        for (LibraryModule m : found.stream().flatMap(Optional::stream).toList()) {
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
        if (ms.isEmpty()) {
            throw unavailable.get(0);
        }
        print(tree, () -> table(library, ms));
        // the resources, variables and tier compared are read from each module's HCL: a module whose HCL has
        // errors is compared without the part in error, which its errors and the exit code say
        return reportAskedUnavailable(unavailable, reportModuleFindings(library, ms));
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
            if (c.partial()) {
                cost.put("partial", true);
            }
            cost.put("usage_priced", c.usagePriced());
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

    /** The narrowest a column gets. */
    private static final int MIN_COLUMN = 12;
    /** The narrowest the label column gets. */
    private static final int MIN_LABEL = 8;
    private static final int SEPARATOR = 2;

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
                .map(c -> (c.partial() ? "at least " : "") + CostViews.usd(c.estimatedCost())
                        + (c.usagePriced() ? " + usage" : "") + " ("
                        + c.costCategory().id() + (c.partial() ? ", partial" : "") + ")")
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
        int[] widths = widths(t.widths(rows), headers, environment().terminalWidth());
        PrintWriter out = out();
        out.println(t.header(widths));
        boolean labelsCut = false;
        for (List<String> row : rows) {
            List<List<String>> lines = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < row.size(); i++) {
                String text = TableRenderer.clean(row.get(i));
                if (i == 0) {
                    // A label never wraps: its second line would read as a row of its own with no values
                    // ("aws_s3_bucket_server_side_encryption_" then "configuration"). It is shortened, and given in
                    // full in --output json.
                    String label = cutEnd(text, widths[0]);
                    labelsCut |= !label.equals(text);
                    lines.add(List.of(label));
                    continue;
                }
                List<String> wrapped = wrap(text, widths[i]);
                lines.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            for (int k = 0; k < height; k++) {
                List<String> cells = new ArrayList<>();
                for (List<String> cell : lines) {
                    cells.add(k < cell.size() ? cell.get(k) : "");
                }
                out.println(t.row(cells, widths));
            }
        }
        if (labelsCut) {
            out.println("(names cut with " + ELLIPSIS + " are in full in --output json)");
        }
    }

    private static final String ELLIPSIS = "…";

    /**
     * A text of at most {@code width} code points: as it is when it fits, else its start and {@value #ELLIPSIS}
     * ({@code aws_s3_bucket_server_side…}). The start, as resource types share their ends ({@code _configuration})
     * more than their starts.
     */
    static String cutEnd(String text, int width) {
        if (TableRenderer.length(text) <= width) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(0, width - 1))) + ELLIPSIS;
    }

    /**
     * Column widths that fit the terminal: the label column as wide as its longest label (at most a third of the
     * line, and what the modules' narrowest columns leave), the modules' columns sharing the rest, a narrow column keeping what it needs and the wider ones
     * sharing what is left, never narrower than {@value #MIN_COLUMN} columns or a module's id (headers are never
     * cut). Cells wider than their column wrap onto more lines.
     */
    static int[] widths(int[] natural, List<String> headers, int terminal) {
        int[] w = natural.clone();
        int n = w.length;
        int modulesAtLeast = 0;
        for (int i = 1; i < n; i++) {
            modulesAtLeast += Math.max(MIN_COLUMN, TableRenderer.length(headers.get(i)));
        }
        w[0] = Math.min(w[0], Math.max(MIN_LABEL, Math.min(terminal / 3,
                terminal - SEPARATOR * (n - 1) - modulesAtLeast)));
        int budget = terminal - w[0] - SEPARATOR * (n - 1);
        Integer[] order = new Integer[n - 1];
        for (int i = 1; i < n; i++) {
            order[i - 1] = i;
        }
        // Not Comparator.comparingInt: a serializable lambda, which JDK 17's start-up archive cannot hold.
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(natural[a], natural[b]));
        int left = n - 1;
        for (int i : order) {
            int share = Math.max(budget / left, 0);
            w[i] = Math.max(Math.max(MIN_COLUMN, TableRenderer.length(headers.get(i))), Math.min(natural[i], share));
            budget -= w[i];
            left--;
        }
        return w;
    }

    /**
     * A cell's text in lines of at most {@code width} code points, broken at spaces. A word wider than the column
     * (a resource type such as {@code aws_vpc_security_group_ingress_rule}) is broken after an underscore, hyphen,
     * slash or dot, so that every piece reads as part of a name ({@code aws_vpc_security_}, {@code group_ingress_},
     * {@code rule}); a piece with no such place to break runs on past the column rather than being cut mid-word.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (TableRenderer.length(word) > width) {
                int cut = breakAt(word, width);
                if (cut < 0) {
                    break; // no boundary within the column: the word runs on
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            if (line.length() > 0 && TableRenderer.length(line.toString()) + 1 + TableRenderer.length(word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The index just after the last {@code _ - / .} within the first {@code width} code points, or -1. */
    private static int breakAt(String word, int width) {
        int end = word.offsetByCodePoints(0, width);
        for (int i = end - 1; i > 0; i--) {
            if ("_-/.".indexOf(word.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return -1;
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

    /** Its answer is about modules that opened, so the modules left out are only counted. */
    @Override
    protected boolean answerReadsUnavailable(Library library) {
        return false;
    }
}
