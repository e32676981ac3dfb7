package dev.alexandria.cli;

import dev.alexandria.api.Browse;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.BrowseResult;
import dev.alexandria.api.model.BrowseResult.CategoryGroup;
import dev.alexandria.api.model.BrowseResult.LayerGroup;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Finding;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.SearchResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code alexandria browse}: the modules grouped by layer, then category, with counts.
 *
 * @since 0.1.0
 */
@Command(name = "browse", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"List the modules grouped by layer, then category, with counts.",
            "With --findings, list the library's findings (problems in its files and its modules' HCL) instead."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  alexandria browse",
            "  alexandria browse --layer compute",
            "  alexandria browse --maturity stable",
            "  alexandria browse --maturity alpha,beta",
            "  alexandria browse --tags networking --complexity basic,standard",
            "  alexandria browse --category foundations/networking --output json",
            "  alexandria browse --category data/databases,data/storage",
            "  alexandria browse --facets",
            "  alexandria browse --findings",
            "",
            "Exit codes: 0 ok; 1 with --findings when one of them is an error;",
            "2 usage error; 3 data error.",
        })
final class BrowseCommand extends LibraryCommand {

    /** Below this, a description goes on its own line. */
    private static final int MIN_DESCRIPTION_WIDTH = 30;
    /** The narrowest the ID column gets before long ids move to their own line. */
    private static final int MIN_ID_WIDTH = 12;
    private static final int SEPARATOR = 2;
    private static final String INDENT = "    ";
    private static final String STACKED_INDENT = "      ";

    @Option(names = "--layer", paramLabel = "LAYER", converter = LayerConverter.class,
            completionCandidates = LayerCandidates.class,
            description = "Only this layer: ${COMPLETION-CANDIDATES}.")
    private Layer layer;

    @Option(names = "--category", paramLabel = "LAYER[/CATEGORY]", split = ",",
            description = "Only this category, as <layer>/<subcategory> (e.g. foundations/networking), or layer, as "
                    + "in search; a comma-separated list is any of them (compute,data/databases).")
    private List<String> category = new ArrayList<>();

    @Option(names = "--maturity", paramLabel = "LEVEL", split = ",", converter = MaturitySelection.Converter.class,
            completionCandidates = MaturitySelection.Candidates.class,
            description = "Only modules this mature, as in search: one level is that level or above (stable keeps"
                    + " stable and mature); a comma-separated list is exactly those levels (alpha,beta); =LEVEL is"
                    + " that level only, LEVEL+ that level or above; deprecated and archived name themselves: "
                    + "${COMPLETION-CANDIDATES}.")
    private List<MaturitySelection> maturity = new ArrayList<>();

    @Option(names = "--tags", paramLabel = "TAG", split = ",",
            description = "Only modules with all of these tags (a tag's synonyms and child tags of "
                    + "_catalog/tags.yaml count), comma-separated.")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--complexity", paramLabel = "TIER", split = ",", converter = SearchCommand.TierConverter.class,
            completionCandidates = SearchCommand.TierCandidates.class,
            description = "Only these complexity tiers, comma-separated: ${COMPLETION-CANDIDATES}.")
    private List<ComplexityTier> complexity = new ArrayList<>();

    @Option(names = "--facets",
            description = "Also print how many of the listed modules each layer, category, maturity, complexity "
                    + "tier, cost category and tag has (always in --output json and yaml).")
    private boolean facets;

    @Option(names = "--include-archived", description = "Also list archived modules (left out by default, unless"
            + " --maturity names archived).")
    private boolean includeArchived;

    @Option(names = "--findings",
            description = "List every finding of reading the library (its catalog files, every module's metadata"
                    + " and HCL; reads every module) instead of the modules; with --layer, --category, --maturity,"
                    + " --tags or --complexity, the findings of those modules. The rules between modules"
                    + " (dependencies, layers) and external tools are validate's.")
    private boolean findings;

    /**
     * The usage error of a {@code --category} the library does not declare, one wording for every command that
     * takes one (browse, scaffold): the declared category nearest to what was typed, then the layer's categories
     * to pick from ({@code --category foundations/netwrking is not declared in _catalog/categories.yaml; did you
     * mean foundations/networking? Or use one of the categories of layer foundations: …}).
     */
    static String undeclaredCategory(Library library, String given) {
        String layer = given.contains("/") ? given.substring(0, given.indexOf('/')) : given;
        List<String> all = library.catalog().taxonomy().categories().stream().map(d -> d.category().id()).toList();
        List<String> ofLayer = all.stream().filter(id -> id.startsWith(layer + "/")).toList();
        List<String> near = ErrorHandler.closest(given, all);
        return "--category " + given + " is not declared in _catalog/categories.yaml; " + (near.isEmpty() ? ""
                : "did you mean " + String.join(" or ", near) + "? Or ") + (ofLayer.isEmpty()
                ? "use one of the declared categories: " + (all.isEmpty() ? "none" : String.join(", ", all))
                : "use one of the categories of layer " + layer + ": " + String.join(", ", ofLayer))
                + ", or declare it there first";
    }

    @Override
    protected int run(Library library) {
        SearchCommand.refuseEmpty(spec().commandLine(), "--category", category, "foundations/networking");
        SearchCommand.refuseEmpty(spec().commandLine(), "--tags", tags, "networking");
        List<Layer> layers = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        for (String given : category) {
            String c = given.strip().toLowerCase(Locale.ROOT);
            if (c.isEmpty()) {
                continue;
            }
            Optional<Layer> named = Layer.fromId(c);
            if (named.isPresent()) {
                if (layer != null && named.get() != layer) {
                    throw new ParameterException(spec().commandLine(), "--category " + named.get()
                            + " is not --layer " + layer + "; leave out --layer, or give a category of layer " + layer);
                }
                layers.add(named.get());
                continue;
            }
            Category parsed;
            try {
                parsed = Category.parse(c);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec().commandLine(), SearchCommand.unknownLayerOrCategory(library,
                        given));
            }
            if (!library.catalog().taxonomy().isDeclared(parsed)) {
                throw new ParameterException(spec().commandLine(), undeclaredCategory(library, parsed.id()));
            }
            if (layer != null && parsed.layer() != layer) {
                throw new ParameterException(spec().commandLine(), "--category " + parsed
                        + " is not in --layer " + layer + "; leave out --layer, or give a category of layer " + layer);
            }
            categories.add(parsed);
        }
        Browse browse = library.browse();
        if (layer != null) {
            browse = browse.layer(layer);
        }
        if (layers.size() + categories.size() == 1 && !categories.isEmpty()) {
            browse = browse.category(categories.get(0));
        } else if (layers.size() + categories.size() == 1 && layer == null) {
            browse = browse.layer(layers.get(0));
        } else if (!layers.isEmpty() || !categories.isEmpty()) {
            browse = browse.anyOf(layers, categories); // any of them
        }
        if (MaturitySelection.atLeastOne(maturity)) {
            browse = browse.maturityAtLeast(maturity.get(0).level());
        } else if (!maturity.isEmpty()) {
            browse = browse.maturity(MaturitySelection.levels(maturity));
        }
        if (!complexity.isEmpty()) {
            browse = browse.complexity(complexity.toArray(ComplexityTier[]::new));
        }
        if (!tags.isEmpty()) {
            try {
                browse = browse.tags(tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
            } catch (IllegalArgumentException e) {
                // An unknown tag: the API names it and the closest declared one.
                throw new ParameterException(spec().commandLine(), e.getMessage());
            }
        }
        browse = browse.includeArchived(includeArchived);
        BrowseResult result = browse.run();
        if (findings) {
            return listFindings(library, result);
        }
        SearchResult.Facets counts = browse.facets();
        print(() -> {
            Map<String, Object> view = Views.browse(result);
            view.put("facets", SearchCommand.facetsView(counts));
            view.put("unavailable", Views.unavailable(library));
            return view;
        }, () -> {
            table(result);
            if (facets) {
                SearchCommand.printFacets(out(), counts);
            }
        });
        reportFindings(library, List.of());
        return ExitCode.OK;
    }

    /** {@code --findings} of the whole library lists the errors of the modules left out with the others. */
    @Override
    protected boolean listedUnavailable() {
        return findings && unfiltered();
    }

    private boolean unfiltered() {
        return layer == null && category.isEmpty() && maturity.isEmpty() && tags.isEmpty() && complexity.isEmpty();
    }

    /** {@code --findings}: every finding, or those of the selected modules, on stdout. */
    private int listFindings(Library library, BrowseResult result) {
        List<Finding> listed;
        if (unfiltered()) {
            listed = library.allFindings();
        } else {
            SortedSet<Finding> selected = new TreeSet<>();
            for (LayerGroup l : result.layers()) {
                for (CategoryGroup c : l.categories()) {
                    for (LibraryModule m : c.modules()) {
                        selected.addAll(library.findings(m.id().value()));
                    }
                }
            }
            listed = List.copyOf(selected);
        }
        print(Views.findings(listed), () -> {
            PrintWriter out = out();
            for (Finding f : listed) {
                printFinding(out, f, true);
            }
            out.println(summary(listed) + filters());
        });
        return listed.stream().anyMatch(Finding::isError) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** {@code 2 warnings, 1 info} or {@code no findings}. */
    static String summary(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "no findings";
        }
        List<String> parts = new ArrayList<>();
        for (Finding.Severity severity : Finding.Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                String name = severity.name().toLowerCase(Locale.ROOT);
                parts.add(n + " " + name + (n == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts);
    }

    /**
     * The modules, one table per category, with shared column widths sized to the terminal
     * ({@link CliEnvironment#terminalWidth()}). An id is never cut, and a description is cut to what is left of
     * the line. When that would be less than {@value #MIN_DESCRIPTION_WIDTH} columns, a single long id (or one in
     * ten) goes on its own line with the rest of its row below it; with more long ids, every description goes
     * on its own line below its module instead.
     */
    private void table(BrowseResult result) {
        PrintWriter out = out();
        if (result.total() == 0) {
            out.println("no modules" + filters());
            return;
        }
        List<List<String>> all = new ArrayList<>();
        for (LayerGroup l : result.layers()) {
            for (CategoryGroup c : l.categories()) {
                all.addAll(rows(c));
            }
        }
        int terminal = environment().terminalWidth();
        TableRenderer columns = table("ID", "VERSION", "MATURITY", "TIER", "DESCRIPTION");
        int[] natural = columns.widths(all);
        int rest = natural[1] + SEPARATOR + natural[2] + SEPARATOR + natural[3]; // VERSION  MATURITY  TIER
        int room = terminal - INDENT.length() - SEPARATOR - rest; // for ID (and DESCRIPTION, with a separator)
        int idWidth = natural[0];
        boolean inline = true;
        int idInline = room - SEPARATOR - Math.min(MIN_DESCRIPTION_WIDTH, natural[4]);
        if (idWidth > idInline) {
            // A few long ids (one in ten, or a single one) go on their own line rather than squeeze every
            // description; with more, each description goes on its own line instead.
            long longer = all.stream().filter(row -> TableRenderer.length(row.get(0)) > idInline).count();
            if (idInline >= MIN_ID_WIDTH && (longer == 1 || longer * 10 <= all.size())) {
                idWidth = Math.max("ID".length(), all.stream().mapToInt(row -> TableRenderer.length(row.get(0)))
                        .filter(length -> length <= idInline).max().orElse(MIN_ID_WIDTH));
            } else {
                inline = false;
                idWidth = Math.min(idWidth, Math.max(MIN_ID_WIDTH, room));
            }
        }
        int inlineRoom = room - idWidth - SEPARATOR;
        TableRenderer table = inline ? columns : table("ID", "VERSION", "MATURITY", "TIER");
        int[] widths = inline
                ? new int[] {idWidth, natural[1], natural[2], natural[3], Math.min(natural[4], inlineRoom)}
                : new int[] {idWidth, natural[1], natural[2], natural[3]};
        int stackedWidth = Math.max(MIN_DESCRIPTION_WIDTH, terminal - STACKED_INDENT.length());
        for (LayerGroup l : result.layers()) {
            out.println(l.layer().id() + " (layer " + l.layer().rank() + "): " + count(l.moduleCount()));
            for (CategoryGroup c : l.categories()) {
                out.println("  " + c.category().id() + ": " + count(c.moduleCount()));
                out.println(INDENT + table.header(widths));
                for (List<String> row : rows(c)) {
                    List<String> cells = inline ? row : row.subList(0, 4);
                    String id = row.get(0);
                    if (TableRenderer.length(id) > idWidth) {
                        out.println(INDENT + id);
                        List<String> below = new ArrayList<>(cells);
                        below.set(0, "");
                        out.println(INDENT + table.row(below, widths));
                    } else {
                        out.println(INDENT + table.row(cells, widths));
                    }
                    String description = row.get(4);
                    if (!inline && !TableRenderer.clean(description).isEmpty()) {
                        out.println(STACKED_INDENT + TableRenderer.cut(description, stackedWidth));
                    }
                }
            }
        }
        out.println(count(result.total()) + " in " + result.layers().size()
                + (result.layers().size() == 1 ? " layer" : " layers") + filters());
    }

    private static List<List<String>> rows(CategoryGroup group) {
        List<List<String>> rows = new ArrayList<>();
        for (LibraryModule m : group.modules()) {
            // A deprecated module is listed with its replacement, as search lists it with --include-deprecated.
            String deprecated = m.metadata().deprecation().map(d -> "[deprecated" + d.replacement()
                    .map(r -> ": use " + r.value() + " instead").orElse("") + "] ").orElse("");
            rows.add(List.of(m.id().value(), m.version().toString(), m.maturity().id(),
                    m.complexity().id(), deprecated + m.metadata().description()));
        }
        return rows;
    }

    private String filters() {
        List<String> parts = new ArrayList<>();
        if (layer != null) {
            parts.add("layer " + layer.id());
        }
        if (!category.isEmpty()) {
            parts.add("category " + category.stream().map(c -> c.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
        if (!maturity.isEmpty()) {
            parts.add("maturity " + MaturitySelection.describe(maturity));
        }
        if (!tags.isEmpty()) {
            parts.add("tags " + String.join(", ", tags));
        }
        if (!complexity.isEmpty()) {
            parts.add("complexity " + complexity.stream().map(ComplexityTier::id).collect(Collectors.joining(", ")));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /**
     * Why browse does not take an option of search's, for the error of one given to it: browse lists the whole
     * library, deprecated modules included (each with its replacement), so search's option to show them has
     * nothing to add, and leaving them out by default would change what every browse lists and counts.
     *
     * @param option an option name browse does not know
     * @return the error's text (what is wrong; the fix), or empty when it is not search's
     */
    static Optional<String> notTaken(String option) {
        return option.equals("--include-deprecated") ? Optional.of("browse lists deprecated modules "
                + "already, each with its replacement, so it has no --include-deprecated (search's option: a search "
                + "leaves them out unless asked); leave the option out, or give --maturity deprecated to list only "
                + "the modules at maturity deprecated") : Optional.empty();
    }

    static String count(int n) {
        return n + (n == 1 ? " module" : " modules");
    }

    static final class LayerConverter implements ITypeConverter<Layer> {
        @Override
        public Layer convert(String value) {
            return Layer.fromId(value.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException(EnumChoice.unknownValue("layer", value,
                            Arrays.stream(Layer.values()).map(Layer::id).toList(), "")));
        }
    }

    static final class LayerCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Layer.values()).map(Layer::id).iterator();
        }
    }
}
