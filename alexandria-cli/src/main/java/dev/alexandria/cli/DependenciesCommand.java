package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.ModuleDependencies;
import dev.alexandria.api.model.DependencyEdge;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Resolution;
import dev.alexandria.examples.LibraryLocation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code alexandria dependencies <module>}: what a module depends on (or, with {@code --reverse}, what depends
 * on it), as a tree, JSON, YAML, Graphviz DOT or Mermaid, with its resolution and deploy order.
 *
 * <p>Not {@link LibraryCommand}: its {@code --output} also takes {@code tree}, {@code dot} and {@code mermaid}
 * ({@code --format} is an alias).
 *
 * @since 0.2.0
 */
@Command(name = "dependencies", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show what a module depends on, through declared requires and module calls in its HCL: a"
                + " tree with each edge's version constraint, then the versions chosen for its declared dependencies"
                + " (Terraform's selection: the highest registered version every constraint allows), any conflict"
                + " as the chains that disagree, and the deploy order. With --reverse, what depends on the module."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  shown (conflicts and cycles are listed, not failed on; use",
            "     'alexandria graph --check' as a gate)",
            "  2  usage error (unknown module, unknown option, bad value)",
            "  3  data error (bad library file)",
            "",
            "Examples:",
            "  alexandria dependencies web-app-ecs",
            "  alexandria dependencies vpc-standard --reverse --depth 1",
            "  alexandria dependencies web-app-ecs --output dot | dot -Tsvg > web-app-ecs.svg",
            "  alexandria dependencies web-app-ecs --output mermaid",
        })
final class DependenciesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MODULE",
            description = ModuleArguments.MODULE_HELP)
    private String module;

    @Option(names = "--reverse", description = "Show the modules that depend on MODULE (who uses it), transitively.")
    private boolean reverse;

    @Option(names = "--depth", paramLabel = "N", converter = WholeNumber.AtLeastOne.class, description = "Show N levels only (default: all).")
    private Integer depth;

    // The global options, declared here because this command's --output differs (tree, dot, mermaid).
    @Option(names = "--library", paramLabel = "PATH",
            description = "The library root. Default: $ALEXANDRIA_LIBRARY, else the current directory or a parent,"
                    + " else the bundled sample library.")
    private Path library;

    @Option(names = {"--output", "--format"}, paramLabel = "FORMAT", converter = Format.Choice.class,
            completionCandidates = Format.Choice.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: tree; table means tree). "
                    + "--format is an alias.")
    private Format output;

    @Option(names = {"-v", "--verbose"}, description = GlobalOptions.VERBOSE_HELP)
    private boolean verbose;

    @Option(names = "--no-cache", description = GlobalOptions.NO_CACHE_HELP)
    private boolean noCache;

    /** @return whether {@code --no-cache} was given to this command */
    boolean noCache() {
        return noCache;
    }

    /** The formats of this command. */
    enum Format {
        /** An indented tree. */
        TREE,
        /** The same as {@code tree}, so the global {@code --output table} works. */
        TABLE,
        /** JSON. */
        JSON,
        /** YAML. */
        YAML,
        /** A Graphviz digraph. */
        DOT,
        /** A Mermaid flowchart. */
        MERMAID;

        static final class Choice extends EnumChoice<Format> {
            Choice() {
                super(Format.class);
            }
        }
    }

    @Override
    public Integer call() {
        Format format = format();
        CliEnvironment env = LibraryCommand.environment(spec);
        LibraryLocation where = LibraryCommand.locate(env, library());
        Library lib = LibraryCommand.openLibrary(spec, where);
        // an id, a path below _library or a module's folder, as every command reads a module argument
        ModuleDependencies deps = lib.dependencies(ModuleArguments.require(spec, lib, where.isBundledSample(), module)
                .id().value());
        ModuleId root = deps.module();
        GraphViews.Walk walk = new GraphViews.Walk(lib, reverse, depth == null ? 0 : depth);
        PrintWriter out = spec.commandLine().getOut();
        Set<ModuleId> shown = new LinkedHashSet<>(reverse ? deps.dependents() : deps.transitive());
        shown.add(root);
        List<List<ModuleId>> cycles = GraphViews.cyclesAmong(lib, shown);
        if (!cycles.isEmpty()) {
            spec.commandLine().getErr().println("warning: " + GraphViews.cycleWarning(cycles));
            spec.commandLine().getErr().flush();
        }
        switch (format) {
            case DOT:
            case MERMAID: {
                List<DependencyEdge> edges = GraphViews.reachableEdges(walk, root);
                Set<ModuleId> nodes = new LinkedHashSet<>();
                nodes.add(root);
                edges.forEach(e -> {
                    nodes.add(e.from());
                    nodes.add(e.to());
                });
                out.print(format == Format.DOT ? GraphViews.dot(root.value(), new ArrayList<>(nodes), edges)
                        : GraphViews.mermaid(new ArrayList<>(nodes), edges));
                break;
            }
            case JSON:
            case YAML: {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("module", root.value());
                view.put("reverse", reverse);
                if (depth != null) {
                    view.put("depth", depth);
                }
                view.put(reverse ? "dependents" : "dependencies", GraphViews.jsonTree(walk, root, 1,
                        new ArrayList<>(List.of(root))));
                if (reverse) {
                    view.put("all_dependents", deps.dependents().stream().map(ModuleId::value).toList());
                } else {
                    view.put("resolution", GraphViews.resolution(deps.resolve()));
                }
                view.put("cycles", cycles.stream().map(g -> g.stream().map(ModuleId::value).toList()).toList());
                if (!cycles.isEmpty()) {
                    view.put("warnings", List.of(GraphViews.cycleWarning(cycles)));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> res = (Map<String, Object>) view.get("resolution");
                    if (res != null) {
                        res.put("order_with_cycles_grouped", res.get("deploy_order"));
                        res.put("deploy_order", null);
                    }
                }
                StructuredOutput.write(out, format == Format.JSON ? OutputFormat.JSON : OutputFormat.YAML, view);
                break;
            }
            default:
                StringBuilder sb = new StringBuilder();
                GraphViews.tree(sb, walk, root);
                out.print(sb);
                if (!reverse) {
                    summary(out, deps.resolve(), !cycles.isEmpty());
                } else {
                    out.println();
                    out.println(deps.dependents().size() + (deps.dependents().size() == 1 ? " module depends"
                            : " modules depend") + " on " + root + (deps.dependents().isEmpty() ? "" : ", directly or"
                            + " not: " + String.join(", ", deps.dependents().stream().map(ModuleId::value).toList())));
                }
                break;
        }
        out.flush();
        return LibraryCommand.reportUnavailable(spec.commandLine().getErr(), lib, ExitCode.OK,
                reverse || reachesUnavailable(lib, shown));
    }

    /**
     * Whether a module of the walk requires one left out because its own files have errors: the tree above then
     * stops short of it, so the answer is without it. (A reverse walk asks every module whether it depends on this
     * one, the modules left out too, so its answer is always without them.)
     */
    private static boolean reachesUnavailable(Library lib, Set<ModuleId> walked) {
        List<String> unavailable = lib.unavailableModules();
        return !unavailable.isEmpty() && walked.stream().flatMap(id -> lib.module(id.value()).stream())
                .flatMap(m -> m.metadata().requires().stream())
                .anyMatch(r -> unavailable.contains(r.module().value()));
    }

    private static void summary(PrintWriter out, Resolution r, boolean cycle) {
        out.println();
        if (!r.selected().isEmpty()) {
            out.println("Versions chosen for the declared dependencies:");
            r.selected().forEach((id, v) -> out.println("  " + id + " " + v));
        }
        r.conflicts().forEach(c -> out.println("conflict: " + c.explanation()));
        r.providerConflicts().forEach(c -> out.println("conflict: " + c.explanation()));
        out.println((cycle ? "No deploy order (a dependency cycle); modules, each cycle's together: " : "Deploy order: ")
                + String.join(", ", r.deployOrder().stream().map(ModuleId::value).toList()));
    }

    /** {@code --output} here, else before the command. */
    private Format format() {
        if (output != null) {
            return output;
        }
        OutputFormat outer = root().map(GlobalOptions::output).orElse(OutputFormat.TABLE);
        switch (outer) {
            case JSON:
                return Format.JSON;
            case YAML:
                return Format.YAML;
            default:
                return Format.TREE;
        }
    }

    private Optional<GlobalOptions> root() {
        Object root = spec.root().userObject();
        return root instanceof AlexandriaCli ? Optional.of(((AlexandriaCli) root).options()) : Optional.empty();
    }

    private Optional<Path> library() {
        return library != null ? Optional.of(library) : root().flatMap(GlobalOptions::library);
    }
}
