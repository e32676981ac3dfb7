package dev.alexandria.cli;

import dev.alexandria.api.DependencyGraph;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.GraphCheck;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code alexandria graph}: the library's deploy order with each module's direct dependencies; with
 * {@code --check}, every cycle, layer-rule violation, deprecated dependency and unresolvable constraint of the
 * whole library, and the layer-rule exemptions, exiting 1 if there is an error.
 *
 * @since 0.2.0
 */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show the library's dependency graph in deploy order (every module after its dependencies;"
                + " lower layers first among modules ready together). With --check, check the whole graph: cycles,"
                + " the layer rule (cross_cutting categories and requires[].exemption allow an edge), deprecated"
                + " dependencies, declared constraints no registered version satisfies, relative calls the declared"
                + " constraint refuses, and provider constraints of a call tree that do not intersect."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  shown; with --check, no errors (warnings and information are printed)",
            "  1  --check found errors",
            "  2  usage error",
            "  3  data error (bad library file)",
            "",
            "Examples:",
            "  alexandria graph",
            "  alexandria graph --check",
            "  alexandria graph --check --output json",
        })
final class GraphCommand extends LibraryCommand {

    @Option(names = "--check", description = "Check the whole graph and exit 1 if there is an error.")
    private boolean check;

    @Override
    protected int run(Library library) {
        DependencyGraph graph = library.graph();
        return check ? check(graph) : show(library, graph);
    }

    private int show(Library library, DependencyGraph graph) {
        List<ModuleId> order = graph.deployOrder();
        List<List<ModuleId>> cycles = GraphViews.cyclesAmong(library, null);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("module_count", order.size());
        view.put("edge_count", graph.edges().size());
        // With a cycle there is no deploy order: JSON says so rather than give an order that is not one.
        view.put("deploy_order", cycles.isEmpty() ? order.stream().map(ModuleId::value).toList() : null);
        view.put("cycles", cycles.stream().map(g -> g.stream().map(ModuleId::value).toList()).toList());
        if (!cycles.isEmpty()) {
            view.put("order_with_cycles_grouped", order.stream().map(ModuleId::value).toList());
            view.put("warnings", List.of(GraphViews.cycleWarning(cycles)));
            err().println("warning: " + GraphViews.cycleWarning(cycles));
            err().flush();
        }
        view.put("edges", graph.edges().stream().map(GraphViews::edge).toList());
        print(view, () -> {
            TableRenderer t = table("#", "MODULE", "LAYER", "DEPENDS ON");
            List<List<String>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                ModuleId id = order.get(i);
                LibraryModule m = library.requireModule(id.value());
                List<DependencyEdge> direct = library.dependencies(id.value()).direct();
                String on = direct.stream().map(DependencyEdge::to).distinct()
                        .map(to -> to.value() + (direct.stream().anyMatch(e -> e.to().equals(to)
                                && e.kind() == DependencyEdge.Kind.REQUIRES) ? "" : " (call, undeclared)"))
                        .collect(Collectors.joining(", "));
                boolean inCycle = cycles.stream().anyMatch(g -> g.contains(id));
                rows.add(List.of(inCycle ? "cycle" : String.valueOf(i + 1), id.value(), m.layer().id(), on));
            }
            out().print(t.render(rows));
            out().println();
            out().println(order.size() + " modules, " + graph.edges().size() + " edges; 'alexandria graph --check'"
                    + " checks them");
        });
        reportFindings(library, List.of());
        return ExitCode.OK;
    }

    private int check(DependencyGraph graph) {
        GraphCheck result = graph.check();
        // Declared dependencies without a call are normal and many (50,000 in a library of 10,000 modules): a
        // count and the command that lists them, unless --verbose asks for the list.
        List<Finding> shown = options().verbose() ? result.findingsWithNotes() : result.findings();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("module_count", result.modules());
        view.put("edge_count", result.edges());
        view.putAll(Views.findings(result.findings()));
        Map<String, Object> uncalled = new LinkedHashMap<>();
        uncalled.put("count", result.uncalledRequirements().size());
        if (options().verbose()) {
            uncalled.put("edges", result.uncalledRequirements().stream().map(GraphViews::edge).toList());
        } else {
            uncalled.put("listed_by", "alexandria graph --check --verbose");
        }
        view.put("uncalled_requirements", uncalled);
        view.put("exemptions", result.exemptions().stream().map(GraphViews::edge).toList());
        print(view, () -> {
            for (Finding f : shown) {
                printFinding(out(), f, true);
            }
            if (!result.exemptions().isEmpty()) {
                out().println("Layer-rule exemptions (requires[].exemption):");
                for (DependencyEdge e : result.exemptions()) {
                    out().println("  " + e.from() + " -> " + e.to() + ": " + e.exemption().orElseThrow().reason()
                            + " (" + e.location() + ")");
                }
            }
            long errors = result.findings().stream().filter(Finding::isError).count();
            long warnings = result.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
            long infos = result.uncalledRequirements().size();
            long otherNotes = result.findings().size() - errors - warnings;
            out().println("Checked " + result.modules() + " modules and " + result.edges() + " edges: " + errors
                    + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning, " : " warnings, ")
                    + result.exemptions().size() + (result.exemptions().size() == 1 ? " exemption" : " exemptions")
                    + (otherNotes == 0 ? "" : ", " + otherNotes + (otherNotes == 1 ? " note" : " notes"))
                    + (infos == 0 || options().verbose() ? "" : "; " + infos + " declared "
                    + (infos == 1 ? "dependency" : "dependencies") + " without a module call (normal for modules "
                    + "deployed separately; 'alexandria graph --check --verbose' lists them)"));
        });
        return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
