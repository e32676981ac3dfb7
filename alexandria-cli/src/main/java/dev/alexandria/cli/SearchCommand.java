package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.Search;
import dev.alexandria.api.model.Category;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.Taxonomy.CategoryDefinition;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.SearchResult.FacetCount;
import dev.alexandria.api.model.SearchResult.Facets;
import dev.alexandria.api.model.SearchResult.Hit;
import dev.alexandria.api.model.SearchResult.LeftOut;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.SearchSort;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code alexandria search "vpc multi-az"}: the modules that match words and filters, best first, each with why
 * it matched.
 *
 * @since 0.1.0
 */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Find modules by words and filters, best match first, each with the fields that matched.",
            "Words may be abbreviations (k8s, pg, lb), synonyms or misspelled; any text is taken as plain words."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  alexandria search \"vpc multi-az\"",
            "  alexandria search \"private database with automatic backups\" --maturity stable",
            "  alexandria search k8s --category compute --cost-max 500 --sort popularity",
            "  alexandria search backups --category data/databases,data/storage",
            "  alexandria search --tags networking --complexity basic --facets",
            "  alexandria search database --limit 5 --offset 5 --output json",
            "  alexandria search \"legacy vpc\" --include-archived --include-deprecated",
        })
final class SearchCommand extends LibraryCommand {

    @Parameters(paramLabel = "WORDS", arity = "0..*",
            description = "What to look for; several arguments are joined with spaces. None: every module.")
    private List<String> words = new ArrayList<>();

    @Option(names = "--category", paramLabel = "LAYER[/CATEGORY]", split = ",",
            description = "Only this layer (compute) or category (foundations/networking); a comma-separated list "
                    + "is any of them (compute,data/databases).")
    private List<String> category = new ArrayList<>();

    @Option(names = "--tags", paramLabel = "TAG", split = ",",
            description = "Only modules with all of these tags (a tag's synonyms and child tags of "
                    + "_catalog/tags.yaml count), comma-separated.")
    private List<String> tags = new ArrayList<>();

    @Option(names = "--maturity", paramLabel = "LEVEL", split = ",", converter = MaturitySelection.ActiveConverter.class,
            description = "Only modules this mature: experimental, alpha, beta, stable or mature. One level is "
                    + "that level or above (stable keeps stable and mature); a comma-separated list is exactly those "
                    + "levels (beta,mature); =LEVEL is that level only, LEVEL+ that level or above.")
    private List<MaturitySelection> maturity = new ArrayList<>();

    @Option(names = "--cost-max", paramLabel = "USD", converter = UsdConverter.class,
            description = "Only modules whose registered cost estimate is at most this many USD per month; "
                    + "modules without one are left out and counted. A usage-priced module ('+ usage') is "
                    + "compared by its fixed part: what it costs with use is not known.")
    private BigDecimal costMax;

    @Option(names = "--complexity", paramLabel = "TIER", split = ",", converter = TierConverter.class,
            completionCandidates = TierCandidates.class,
            description = "Only these complexity tiers, comma-separated: ${COMPLETION-CANDIDATES}.")
    private List<ComplexityTier> complexity = new ArrayList<>();

    @Option(names = "--sort", paramLabel = "ORDER", converter = SortConverter.class,
            completionCandidates = SortCandidates.class, defaultValue = "relevance",
            description = "relevance (default), popularity, rating or updated; unknown values sort last.")
    private SearchSort sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", converter = WholeNumber.AtLeastOne.class,
            description = "At most this many modules (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", converter = WholeNumber.AtLeastZero.class,
            description = "Skip this many modules first, to page (default: ${DEFAULT-VALUE}).")
    private int offset;

    @Option(names = "--include-deprecated",
            description = "Show deprecated modules too, each with its replacement.")
    private boolean includeDeprecated;

    @Option(names = "--include-archived",
            description = "Show archived modules too (kept for reference, not for new use), whatever --maturity "
                    + "says.")
    private boolean includeArchived;

    @Option(names = "--facets",
            description = "Also print how many matching modules each layer, category, maturity, complexity tier, "
                    + "cost category and tag has (always in --output json and yaml).")
    private boolean facets;

    @Override
    protected int run(Library library) {
        SearchResult found = search(library).run();
        String text = String.join(" ", words);
        // Text whose every word is left out (one letter, or as common as "a", "the", "how") would list every
        // module as if it matched; as a match query of a Lucene-based search engine does by default, it matches
        // nothing, and says why.
        boolean nothingSearched = nothingSearched(text, found);
        SearchResult result = nothingSearched ? new SearchResult(found.query(), List.of(), 0, Facets.none(), 0,
                found.corrections(), found.backend()) : found;
        if (nothingSearched) {
            print(() -> {
                Map<String, Object> view = view(result, sort);
                view.put("note", noWordsNote(text));
                view.put("unavailable", Views.unavailable(library));
                return view;
            }, () -> {
                out().println("no modules match: " + noWordsNote(text));
                out().println("  fix: search for what the module does or is called (vpc, postgres, k8s), or list "
                        + "modules with 'alexandria browse'");
            });
            reportFindings(library, List.of());
            return ExitCode.OK;
        }
        Optional<String> sortNote = sortNote(result, library);
        print(() -> {
            Map<String, Object> view = view(result, sort);
            sortNote.ifPresent(n -> view.put("sort_note", n));
            view.put("unavailable", Views.unavailable(library));
            return view;
        }, () -> table(result, sortNote, () -> serviceWords(library), text, library));
        // A hit whose HCL does not parse: the answer stands, its errors are named with their fix, and the exit code
        // says the answer is incomplete, as info and status do for such a module (issue 11).
        List<LibraryModule> broken = result.hits().stream().filter(Hit::hclErrors).map(Hit::module).toList();
        if (!broken.isEmpty()) {
            return reportModuleFindings(library, broken);
        }
        reportFindings(library, List.of());
        return ExitCode.OK;
    }

    /**
     * Whether the text is not blank but nothing of it was searched for (stop words, punctuation or symbols only):
     * the backend scores every module 0 when no word of the query is left after analysis (the same as an empty
     * query, which lists every module).
     */
    static boolean nothingSearched(String text, SearchResult found) {
        return !text.isBlank() && !found.hits().isEmpty() && found.hits().stream().allMatch(h -> h.score() == 0);
    }

    /**
     * @param text words of which none is searched for
     * @return why nothing matches, with the text echoed (shortened when long)
     */
    static String noWordsNote(String text) {
        String why = text.codePoints().anyMatch(Character::isLetterOrDigit)
                ? "words as common as 'a', 'the', 'how' or 'with' are left out of every query"
                : "it has no letter or digit, and punctuation and symbols are left out of every query";
        return Messages.shorten("'" + text.strip() + "'") + " has no word to search for (" + why + ")";
    }

    /** The search, with every option applied; a bad option value is a usage error that says why. */
    private Search search(Library library) {
        if (costMax != null && costMax.signum() < 0) {
            throw usage("--cost-max must be 0 or more, not " + costMax.toPlainString() + "; give 0 or more USD per month");
        }
        Search s = library.search(String.join(" ", words));
        refuseEmpty(spec().commandLine(), "--category", category, "foundations/networking");
        refuseEmpty(spec().commandLine(), "--tags", tags, "networking");
        try {
            List<Layer> layers = new ArrayList<>();
            List<Category> categories = new ArrayList<>();
            for (String given : category) {
                String c = given.strip().toLowerCase(Locale.ROOT);
                Optional<Layer> layer = Layer.fromId(c);
                Optional<Category> declared = c.contains("/") ? library.catalog().taxonomy().categories().stream()
                        .map(CategoryDefinition::category).filter(d -> d.id().equals(c)).findFirst()
                        : Optional.empty();
                if (layer.isPresent()) {
                    layers.add(layer.get());
                } else if (declared.isPresent()) {
                    categories.add(declared.get());
                } else if (!c.isEmpty()) {
                    throw usage(unknownLayerOrCategory(library, given));
                }
            }
            if (layers.size() + categories.size() == 1) {
                layers.forEach(s::layer);
                categories.forEach(s::category);
            } else if (!layers.isEmpty() || !categories.isEmpty()) {
                s.anyOf(layers, categories); // any of them
            }
            if (!tags.isEmpty()) {
                s.tags(tags.stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
            }
            if (MaturitySelection.atLeastOne(maturity)) {
                s.maturityAtLeast(maturity.get(0).level());
            } else if (!maturity.isEmpty()) {
                s.maturity(MaturitySelection.levels(maturity).toArray(MaturityLevel[]::new));
            }
            if (costMax != null) {
                s.maxMonthlyCost(costMax);
            }
            if (!complexity.isEmpty()) {
                s.complexity(complexity.toArray(ComplexityTier[]::new));
            }
        } catch (IllegalArgumentException | TypeConversionException e) {
            // Unknown tags, undeclared categories, a level that is not active: the API says why.
            throw usage(e.getMessage());
        }
        s.sort(sort).limit(limit).offset(offset);
        if (includeDeprecated) {
            s.includeDeprecated();
        }
        if (includeArchived) {
            s.includeArchived();
        }
        if (!facets && options().output() == OutputFormat.TABLE) {
            s.withoutFacets(); // the table prints them only with --facets; json and yaml always have them
        }
        return s;
    }

    /**
     * Refuses an empty value of a filter option ({@code --category ''}, {@code --tags networking,,security}), as
     * {@code --maturity ''} is refused: before, an empty --category or tag was silently ignored, so the filter
     * asked for was not applied and nothing said so (issue 11).
     *
     * @throws ParameterException naming the option and the fix
     */
    static void refuseEmpty(picocli.CommandLine commandLine, String option, List<String> values, String example) {
        if (values.stream().anyMatch(String::isBlank)) {
            throw new picocli.CommandLine.ParameterException(commandLine, option + " has an empty value; give one, "
                    + "e.g. " + option + " " + example + ", or leave " + option + " out");
        }
    }

    /**
     * The error of a {@code --category} that is neither a layer nor a category the library declares: the layers,
     * and the declared categories (of the layer named, when it names one), to pick from.
     */
    static String unknownLayerOrCategory(Library library, String given) {
        String c = given.strip().toLowerCase(Locale.ROOT);
        Optional<Layer> layer = c.contains("/") ? Layer.fromId(c.substring(0, c.indexOf('/'))) : Optional.empty();
        List<String> categories = library.catalog().taxonomy().categories().stream()
                .map(d -> d.category().id())
                .filter(id -> layer.isEmpty() || id.startsWith(layer.get().id() + "/"))
                .toList();
        String layers = Arrays.stream(Layer.values()).map(Layer::id).collect(Collectors.joining(", "));
        List<String> known = new ArrayList<>(Arrays.stream(Layer.values()).map(Layer::id).toList());
        library.catalog().taxonomy().categories().forEach(d -> known.add(d.category().id()));
        // a category named by its last part ("databases" for data/databases), else a typo of a layer or category,
        // else a typo of a category's last part
        List<String> lastParts = library.catalog().taxonomy().categories().stream().map(d -> d.category().id())
                .filter(id -> !c.contains("/")).toList();
        List<String> near = lastParts.stream().filter(id -> id.endsWith("/" + c)).toList();
        if (near.isEmpty()) {
            near = EnumChoice.likelyTypos(c, known);
        }
        if (near.isEmpty()) {
            near = lastParts.stream()
                    .filter(id -> !EnumChoice.likelyTypos(c, List.of(id.substring(id.indexOf('/') + 1))).isEmpty())
                    .toList();
        }
        return "--category '" + given + "' is no layer or category of the library; " + (near.isEmpty() ? ""
                : "did you mean " + near.stream().map(n -> "'" + n + "'").collect(Collectors.joining(" or "))
                        + "? Or ") + "use a layer (" + layers
                + ") or a category declared in _catalog/categories.yaml" + (layer.isPresent() ? " (those of layer "
                + layer.get().id() + ": " : " (") + (categories.isEmpty() ? "none" : String.join(", ", categories))
                + ")";
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec().commandLine(), message);
    }

    /**
     * The note of a {@code --sort} that no matching module has a value for: said once, rather than "downloads
     * unknown" on every hit, with the order it falls back to. Unknown values sort last, so when the first of all
     * the hits has none, no matching module has one; on a later page ({@code --offset}) that is told by the
     * library's modules: when none has a value, the sort had nothing to order by.
     */
    private Optional<String> sortNote(SearchResult r, Library library) {
        if (sort == SearchSort.RELEVANCE || r.hits().isEmpty() || known(r.hits().get(0).module())
                || (offset > 0 && library.modules().stream().anyMatch(this::known))) {
            return Optional.empty();
        }
        String data = switch (sort) {
            case POPULARITY -> "a download count";
            case RATING -> "a rating";
            default -> "a last-update date";
        };
        return Optional.of("no matching module has " + data + " (metrics of _catalog/module-registry.yaml), so --sort "
                + sort.id() + " falls back to relevance");
    }

    /** Whether a module has the value the hits are sorted by. */
    private boolean known(LibraryModule m) {
        return sortKey(m).filter(k -> !k.endsWith(" unknown")).isPresent();
    }

    /** At most this many words of the library's module ids are given as examples of what to search. */
    static final int EXAMPLES = 3;

    /**
     * The first words of the library's module ids that most modules share, most first (then alphabetically): the
     * service a module is for, by the naming convention ({@code rds-postgres}, {@code vpc-basic}), which a search
     * finds modules by, to suggest when none of the words typed is known.
     */
    static List<String> serviceWords(Library library) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        library.modules().forEach(m -> {
            String first = m.id().value().split("[^\\p{L}\\p{N}]+")[0];
            if (first.length() >= 2) {
                counts.merge(first, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(EXAMPLES).map(Map.Entry::getKey).toList();
    }

    /**
     * What a search none of whose words any module mentions says: which words, and what to search for instead.
     *
     * @param unmatched the words ({@link SearchResult#unmatched()}), not empty
     * @param examples  words the library's modules are found by, possibly none
     * @return the problem and its fix, for "no modules match: PROBLEM" and "  fix: FIX"
     */
    static List<String> unmatchedNote(List<String> unmatched, List<String> examples) {
        List<String> quoted = unmatched.stream().map(w -> Messages.shorten("'" + w + "'")).toList();
        String words = quoted.size() == 1 ? quoted.get(0) : String.join(", ", quoted.subList(0, quoted.size() - 1))
                + " or " + quoted.get(quoted.size() - 1);
        String fix = "search for what the module does or the service it is for"
                + (examples.isEmpty() ? "" : ", such as " + examples.stream().map(e -> "'" + e + "'")
                        .collect(Collectors.joining(", ")))
                + ", or list the modules with 'alexandria browse'";
        return List.of("no module mentions " + words, fix);
    }

    /** Words and signs that are operators in other search syntaxes ({@code (eks OR ecs) AND NOT fargate}). */
    private static final java.util.regex.Pattern OPERATOR = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:AND|OR|NOT)(?![\\p{L}\\p{N}])|&&|\\|\\||[()]|(?:^|\\s)[-+!]\\p{L}");

    /**
     * The note of a text that uses the operators of another search syntax: search has none, so AND, OR, NOT, signs
     * and parentheses were read as words, and a word after NOT or a minus is looked for like any other.
     *
     * @param text the words searched for
     * @return the note; empty when the text has no such operator
     */
    static Optional<String> operatorNote(String text) {
        if (!OPERATOR.matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of("note: search has no operators: AND, OR, NOT, + and - and parentheses were read as words,"
                + " so every word counts towards a match and none leaves modules out (use --category, --tags and the"
                + " other options to leave modules out)");
    }

    private void table(SearchResult r, Optional<String> sortNote,
                       java.util.function.Supplier<List<String>> examples, String text, Library library) {
        PrintWriter out = out();
        operatorNote(text).ifPresent(out::println);
        if (!r.corrections().isEmpty()) {
            out.println("searched for " + r.corrections().entrySet().stream()
                    .map(e -> "'" + e.getValue() + "' (for '" + e.getKey() + "')")
                    .collect(Collectors.joining(", ")));
        }
        sortNote.ifPresent(out::println);
        if (r.hits().isEmpty()) {
            // every word unknown: say which, and (when no spelling is near) what to search for instead
            List<String> note = r.total() == 0 && !r.unmatched().isEmpty()
                    ? unmatchedNote(r.unmatched(), r.didYouMean().isPresent() ? List.of() : examples.get()) : List.of();
            out.println((text.isBlank() && r.total() == 0 && !r.leftOut().isEmpty() ? "no module passes the filters"
                    : "no modules match") + (r.total() > 0 ? " on this page (" + r.total() + " in all)" : "")
                    + costNote(r) + (note.isEmpty() ? "" : ": " + note.get(0)));
            r.didYouMean().ifPresent(d -> out.println("did you mean '" + d + "'?"));
            if (!note.isEmpty() && r.didYouMean().isEmpty()) {
                out.println("  fix: " + note.get(1));
            }
            printLeftOut(out, r, text, library);
            printFacetsIfAsked(out, r.facets());
            return;
        }
        int rank = offset;
        for (Hit h : r.hits()) {
            rank++;
            LibraryModule m = h.module();
            StringBuilder line = new StringBuilder();
            line.append(rank).append(". ").append(m.id()).append("  ").append(m.version()).append("  ")
                    .append(m.maturity().id()).append("  ").append(m.complexity().id()).append("  ")
                    .append(m.category().id());
            // a partial registry cost is a lower bound, as compare and info say
            m.registryEntry().flatMap(e -> e.cost()).ifPresent(c -> line.append(c.partial() ? "  at least " : "  ")
                    .append(CostViews.usd(c.estimatedCost())).append("/month")
                    .append(c.usagePriced() ? " + usage" : ""));
            if (sortNote.isEmpty()) { // else every hit's value is unknown, which the note says once
                sortKey(m).ifPresent(k -> line.append("  ").append(k));
            }
            out.println(line);
            int width = Math.max(40, environment().terminalWidth() - 3);
            out.println("   " + TableRenderer.cut(m.metadata().description(), width));
            if (h.hclErrors()) {
                out.println("   error: its HCL does not parse, so what is known of its interface is incomplete "
                        + "(see below)");
            }
            if (h.deprecated() || m.maturity() == MaturityLevel.ARCHIVED) {
                out.println("   " + (h.deprecated() ? "deprecated" : "archived")
                        + h.replacement().map(id -> ": use " + id + " instead").orElse(""));
            }
            for (SearchResult.Highlight hl : h.highlights()) {
                out.println("   " + TableRenderer.cut(hl.field() + ": " + hl.marked("[", "]"), width));
            }
        }
        String more = offset + r.hits().size() < r.total()
                ? "; --offset " + (offset + r.hits().size()) + " for more" : "";
        out.println((offset + 1) + "-" + (offset + r.hits().size()) + " of " + BrowseCommand.count((int) r.total())
                + more + costNote(r));
        printLeftOut(out, r, text, library);
        printFacetsIfAsked(out, r.facets());
    }

    /**
     * A line per condition that left out modules matching the words, naming the best of them and the option that
     * shows them: a user who asks for "mysql" learns that the deprecated rds-mysql-legacy matches too, and what
     * replaces it, rather than believing there is none (issue 11). Modules with no cost keep the
     * summary line's note ({@link #costNote}); this line names those above the maximum.
     */
    private static void printLeftOut(PrintWriter out, SearchResult r, String text, Library library) {
        if (!text.isBlank()) {
            for (LeftOut l : r.leftOut()) {
                leftOutLine(l).ifPresent(line -> out.println(line));
            }
            return;
        }
        // No words: every module "matches", so the modules a filter leaves out are simply the rest of the library;
        // they are named only when the filters leave nothing, said as what the filter found none of.
        if (!r.hits().isEmpty() || r.total() > 0) {
            return;
        }
        boolean tagged = library.modules().stream().anyMatch(m -> !m.metadata().tags().isEmpty());
        boolean others = r.leftOut().stream().filter(l -> l.count() > 0).count() > 1;
        for (LeftOut l : r.leftOut()) {
            filterOnlyLine(l, tagged, others).ifPresent(line -> out.println(line));
        }
    }

    /**
     * The line of a filter that left out modules of a search without words: what it found none of, and how many
     * modules the search shows without it.
     *
     * @param l      what the filter left out
     * @param tagged whether any module of the library carries a tag
     * @param others whether other filters left out modules too (then the modules it found none of are those the
     *               other filters keep)
     */
    static Optional<String> filterOnlyLine(LeftOut l, boolean tagged, boolean others) {
        if (l.count() <= 0 || l.condition() == LeftOut.Condition.COST) {
            return leftOutLine(l);
        }
        String no = others ? "of the " + BrowseCommand.count((int) l.count()) + " the other filters keep, none"
                : "no module";
        String none = switch (l.condition()) {
            case DEPRECATED -> "every module the other filters keep is deprecated";
            case MATURITY -> no + " is " + or(l.value());
            case LAYER, CATEGORY -> no + " is in " + or(l.value());
            case COMPLEXITY -> no + " is " + or(l.value());
            case TAG -> no + " is tagged " + l.value()
                    + (tagged ? "" : "; the library's modules carry no tags (the tags of their .alexandria.yaml)");
            case COST -> "";
        };
        String option = switch (l.condition()) {
            case DEPRECATED -> "with --include-deprecated";
            case MATURITY -> "with another --maturity";
            case LAYER, CATEGORY -> "without --category";
            case COMPLEXITY -> "without --complexity";
            case TAG -> "without " + l.value() + " in --tags";
            case COST -> "";
        };
        return Optional.of(none + "; " + option + " the search shows " + (others ? "them"
                : BrowseCommand.count((int) l.count())));
    }

    static Optional<String> leftOutLine(LeftOut l) {
        long count = l.count();
        List<LibraryModule> named = l.best();
        if (l.condition() == LeftOut.Condition.COST) {
            count -= l.withoutValue(); // said by costNote
            named = named.stream().filter(m -> m.registryEntry().flatMap(e -> e.cost()).isPresent()).toList();
        }
        if (count <= 0) {
            return Optional.empty();
        }
        boolean one = count == 1;
        String them = one ? "it" : "them";
        String is = one ? "is" : "are";
        String names = named.stream().map(m -> describe(m, l.condition())).collect(Collectors.joining(", "))
                + (named.size() < count ? (named.isEmpty() ? "…" : ", …") : "");
        String but = switch (l.condition()) {
            case DEPRECATED -> is + " deprecated";
            case MATURITY -> topRange(l.value()) && l.value().contains(",")
                    ? is + " less mature than " + l.value().substring(0, l.value().indexOf(','))
                    : is + " not " + or(l.value());
            case LAYER, CATEGORY -> is + " outside " + or(l.value());
            case COMPLEXITY -> is + " not " + or(l.value());
            case TAG -> is + " not tagged " + l.value();
            case COST -> (one ? "costs" : "cost") + " more than " + CostViews.usd(new BigDecimal(l.value())) + "/month";
        };
        String shows = switch (l.condition()) {
            case DEPRECATED -> "--include-deprecated shows " + them;
            case MATURITY -> (topRange(l.value()) ? "a lower --maturity"
                    : "adding " + (one ? "its level" : "their levels") + " to --maturity") + " shows " + them;
            case LAYER, CATEGORY -> "without --category the search shows " + them;
            case COMPLEXITY -> "without --complexity the search shows " + them;
            case TAG -> "without " + l.value() + " in --tags the search shows " + them;
            case COST -> "a higher --cost-max shows " + them;
        };
        String what = count + (one ? " module matches" : " modules match") + " but " + but + ": " + names + "; "
                + shows;
        return Optional.of(what);
    }

    /**
     * Whether maturity levels (ids, comma-separated, least mature first) are every active level from one up: what
     * {@code --maturity stable} keeps, so that what it leaves out is "less mature than stable".
     */
    private static boolean topRange(String levels) {
        List<String> active = Arrays.stream(MaturityLevel.values()).filter(MaturityLevel::isActive)
                .map(MaturityLevel::id).toList();
        List<String> kept = List.of(levels.split(","));
        return active.subList(active.size() - Math.min(kept.size(), active.size()), active.size()).equals(kept);
    }

    /** Comma-separated values as read aloud: "beta or mature", "basic, standard or advanced". */
    private static String or(String values) {
        List<String> v = List.of(values.split(","));
        return v.size() == 1 ? v.get(0)
                : String.join(", ", v.subList(0, v.size() - 1)) + " or " + v.get(v.size() - 1);
    }

    /** A left-out module as named on its line: with what tells it apart for that condition. */
    private static String describe(LibraryModule m, LeftOut.Condition c) {
        String id = m.id().value();
        return switch (c) {
            case DEPRECATED -> id + m.metadata().deprecation().flatMap(Deprecation::replacement)
                    .map(r -> " (replaced by " + r.value() + ")").orElse("");
            case MATURITY -> id + " (" + m.maturity().id() + ")";
            case LAYER, CATEGORY -> id + " (" + m.category().id() + ")";
            case COMPLEXITY -> id + " (" + m.complexity().id() + ")";
            case TAG -> id;
            case COST -> id + m.registryEntry().flatMap(e -> e.cost())
                    .map(x -> " (" + CostViews.usd(x.estimatedCost()) + (x.usagePriced() ? " + usage" : "") + ")")
                    .orElse("");
        };
    }

    /**
     * What the hits are ordered by, when it is not relevance: the downloads, rating or last update the order was
     * made on, or that it is unknown (such modules sort last), so that the order can be read from the table.
     */
    private Optional<String> sortKey(LibraryModule m) {
        Optional<RegistryEntry.Metrics> x = ModuleFacts.metrics(m);
        return switch (sort) {
            case RELEVANCE -> Optional.empty();
            case POPULARITY -> Optional.of(x.filter(v -> v.downloads().isPresent())
                    .map(v -> String.format(Locale.ROOT, "%,d downloads", v.downloads().getAsLong()))
                    .orElse("downloads unknown"));
            case RATING -> Optional.of(x.flatMap(RegistryEntry.Metrics::rating).map(r -> "rating " + r)
                    .orElse("rating unknown"));
            case UPDATED -> Optional.of(x.flatMap(RegistryEntry.Metrics::lastUpdated).map(d -> "updated " + d)
                    .orElse("update unknown"));
        };
    }

    private String costNote(SearchResult r) {
        if (costMax == null) {
            return "";
        }
        String note = r.withoutCost() == 0 ? ""
                : "; " + BrowseCommand.count((int) r.withoutCost()) + " without a cost estimate left out by --cost-max";
        boolean usage = r.hits().stream().anyMatch(h -> h.module().registryEntry().flatMap(RegistryEntry::cost)
                .filter(RegistryEntry.CostInfo::usagePriced).isPresent());
        return note + (usage ? "; --cost-max compares a '+ usage' module by its fixed part" : "");
    }

    private void printFacetsIfAsked(PrintWriter out, Facets f) {
        if (facets) {
            printFacets(out, f);
        }
    }

    /** Prints the facet counts, a line per facet. */
    static void printFacets(PrintWriter out, Facets f) {
        out.println();
        out.println("Facets (modules per value)");
        facetLine(out, "layer", f.layers());
        facetLine(out, "category", f.categories());
        facetLine(out, "maturity", f.maturity());
        facetLine(out, "complexity", f.complexity());
        facetLine(out, "cost", f.costCategories());
        facetLine(out, "tags", f.tags());
    }

    private static void facetLine(PrintWriter out, String name, List<FacetCount> counts) {
        String values = counts.isEmpty() ? "none"
                : counts.stream().map(c -> c.value() + " " + c.count()).collect(Collectors.joining(", "));
        out.println("  " + String.format(Locale.ROOT, "%-11s", name) + values);
    }


    /**
     * @param r    a search result
     * @param sort the order the hits are in
     * @return the JSON/YAML tree: the query, backend, sort, total, hits with their modules and highlights, facets,
     *         corrections
     */
    static Map<String, Object> view(SearchResult r, SearchSort sort) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("query", r.query());
        view.put("backend", r.backend());
        view.put("sort", sort.id()); // the order of the hits; score is relevance whatever the sort
        view.put("total", r.total());
        view.put("without_cost", r.withoutCost());
        Map<String, Object> corrections = new LinkedHashMap<>(r.corrections());
        view.put("corrections", corrections);
        view.put("hits", r.hits().stream().map(h -> {
            Map<String, Object> hit = new LinkedHashMap<>();
            hit.put("id", h.module().id().value());
            hit.put("score", RecommendCommand.rounded(h.score())); // digits beyond are float noise; the order is exact
            hit.put("deprecated", h.deprecated());
            hit.put("archived", h.module().maturity() == MaturityLevel.ARCHIVED);
            h.replacement().ifPresent(id -> hit.put("replacement", id.value()));
            hit.put("hcl_errors", h.hclErrors());
            hit.put("highlights", h.highlights().stream().map(hl -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("field", hl.field());
                m.put("fragment", hl.fragment());
                m.put("spans", hl.spans().stream().map(sp -> List.of(sp.start(), sp.end())).toList());
                return m;
            }).toList());
            hit.put("module", Views.module(h.module()));
            return hit;
        }).toList());
        view.put("facets", facetsView(r.facets()));
        view.put("left_out", leftOutView(r.leftOut()));
        view.put("did_you_mean", r.didYouMean().orElse(null));
        view.put("unmatched", r.unmatched());
        return view;
    }

    /**
     * @param leftOut what conditions of a search left out ({@link SearchResult#leftOut()})
     * @return the JSON/YAML tree of each: condition, value, count, without_value, the best (id, maturity,
     *         replacement) and the hint line of the text
     */
    static List<Map<String, Object>> leftOutView(List<LeftOut> leftOut) {
        return leftOut.stream().map(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("condition", l.condition().name().toLowerCase(Locale.ROOT));
            m.put("value", l.value());
            m.put("count", l.count());
            m.put("without_value", l.withoutValue());
            m.put("best", l.best().stream().map(b -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", b.id().value());
                x.put("maturity", b.maturity().id());
                b.metadata().deprecation().flatMap(Deprecation::replacement)
                        .ifPresent(id -> x.put("replacement", id.value()));
                return x;
            }).toList());
            m.put("hint", leftOutLine(l).orElse(null));
            return m;
        }).toList();
    }

    /**
     * @param f facet counts
     * @return each facet as a map of value to count, most first
     */
    static Map<String, Object> facetsView(Facets f) {
        Map<String, Object> facets = new LinkedHashMap<>();
        facets.put("layer", counts(f.layers()));
        facets.put("category", counts(f.categories()));
        facets.put("maturity", counts(f.maturity()));
        facets.put("complexity", counts(f.complexity()));
        facets.put("cost_category", counts(f.costCategories()));
        facets.put("tags", counts(f.tags()));
        return facets;
    }

    static Map<String, Object> counts(List<FacetCount> counts) {
        Map<String, Object> out = new LinkedHashMap<>();
        counts.forEach(c -> out.put(c.value(), c.count()));
        return out;
    }

    static final class UsdConverter implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            try {
                return new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a number of USD per month; give one such as "
                        + "100 or 99.50");
            }
        }
    }

    static final class TierConverter implements ITypeConverter<ComplexityTier> {
        @Override
        public ComplexityTier convert(String value) {
            return ComplexityTier.fromId(value.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException(EnumChoice.unknownValue("complexity", value,
                            Arrays.stream(ComplexityTier.values()).map(ComplexityTier::id).toList(), "")));
        }
    }

    static final class TierCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ComplexityTier.values()).map(ComplexityTier::id).iterator();
        }
    }

    static final class SortConverter implements ITypeConverter<SearchSort> {
        @Override
        public SearchSort convert(String value) {
            return SearchSort.fromId(value.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException(EnumChoice.unknownValue("sort", value,
                            Arrays.stream(SearchSort.values()).map(SearchSort::id).toList(), "")));
        }
    }

    static final class SortCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SearchSort.values()).map(SearchSort::id).iterator();
        }
    }
}
