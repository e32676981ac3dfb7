package dev.alexandria.cli;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Recommendation;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code alexandria recommend --for "…"} and {@code alexandria recommend --based-on <id>}: ranked modules, each
 * with the parts of its score and the evidence behind it.
 *
 * @since 0.1.0
 */
@Command(name = "recommend", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Recommend modules for a use case, or the modules that go with a module.",
            "For a use case a matching pattern comes first with the modules it composes; else the best module of "
                    + "each category the use case touches. Scores and weights: docs/recommend.md."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  alexandria recommend --for \"microservices architecture\"",
            "  alexandria recommend --for \"web application with a database\" \\",
            "      --level beginner --limit 5",
            "  alexandria recommend --based-on eks-standard",
            "  alexandria recommend --based-on vpc-standard --output json",
        })
final class RecommendCommand extends LibraryCommand {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Subject subject;

    static final class Subject {
        @Option(names = "--for", paramLabel = "USE_CASE", required = true,
                description = "What is to be built, in words, e.g. \"microservices architecture\".")
        String useCase;

        @Option(names = "--based-on", paramLabel = "MODULE", required = true,
                description = "A module (an id, its path below _library, or its folder): recommend the modules"
                        + " that go with it.")
        String basedOn;
    }

    @Option(names = "--level", paramLabel = "LEVEL", converter = LevelConverter.class,
            completionCandidates = LevelCandidates.class,
            description = "Prefer the complexity tier that fits: beginner (basic), intermediate (standard) or "
                    + "advanced (advanced).")
    private ComplexityTier level;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "8", converter = WholeNumber.AtLeastOne.class,
            description = "At most this many modules (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--include-deprecated",
            description = "Allow deprecated modules (archived ones need --include-archived).")
    private boolean includeDeprecated;

    @Option(names = "--include-archived",
            description = "Allow archived modules (maturity archived); left out by default.")
    private boolean includeArchived;

    @Override
    protected int run(Library library) {
        Recommend r = library.recommend();
        if (subject.useCase != null) {
            // as the SDK reads it: a control character separates words (Recommend#forUseCase), and none is echoed
            subject.useCase = subject.useCase.replaceAll("\\p{Cc}", " ");
            try {
                r.forUseCase(subject.useCase);
            } catch (IllegalArgumentException e) {
                throw usage("--for: " + e.getMessage());
            }
        } else {
            // an id, a path below _library or a module's folder (./x, as info and inspect take it); said by its id
            subject.basedOn = requireModule(spec(), library, subject.basedOn).id().value();
            r.basedOn(subject.basedOn);
        }
        if (level != null) {
            r.level(level);
        }
        // All of it, cut here: the text says how many --limit left out (before: it cut the plan silently).
        // The plan is made whole whatever the limit (the SDK only cuts its end), so asking for all costs nothing.
        r.limit(Integer.MAX_VALUE);
        if (includeDeprecated) {
            r.includeDeprecated();
        }
        if (includeArchived) {
            r.includeArchived();
        }
        List<Recommendation> all = r.run();
        List<Recommendation> result = all.size() <= limit ? all : all.subList(0, limit);
        int leftOut = all.size() - result.size();
        pastLimit = pastLimit(r.answeredNeeds(), all);
        List<String> uncovered = r.uncovered();
        uncoveredUnavailable = r.uncoveredUnavailable();
        uncoveredWords = r.uncoveredWords();
        uncoveredEntries = uncoveredEntries(r);
        Map<String, String> corrections = r.corrections();
        deprecatedLeftOut = r.leftOut();
        // A use case of only words every search leaves out ("a the") gets nothing, and says why, as search does.
        boolean noWords = subject.useCase != null && all.isEmpty() && uncovered.isEmpty()
                && SearchCommand.nothingSearched(subject.useCase, library.search(subject.useCase).limit(1).run());
        Map<String, Object> view = view(result, corrections, leftOut);
        if (!deprecatedLeftOut.isEmpty()) {
            view.put("left_out", SearchCommand.leftOutView(deprecatedLeftOut));
        }
        if (noWords) {
            view.put("note", SearchCommand.noWordsNote(subject.useCase));
        }
        // Nothing to recommend for words the library has: say which words match nothing and which only modules made
        // for something else, with search's did-you-mean and what to try (before, only the uncovered need).
        Optional<Nothing> nothing = subject.useCase != null && all.isEmpty() && !noWords
                ? Optional.of(nothing(library, subject.useCase)) : Optional.empty();
        nothing.ifPresent(n -> {
            view.put("note", n.note());
            view.put("did_you_mean", n.didYouMean().orElse(null));
        });
        view.put("unavailable", Views.unavailable(library));
        print(view, () -> {
            table(library, result, corrections, leftOut);
            if (noWords) {
                out().println("  " + SearchCommand.noWordsNote(subject.useCase));
                out().println("  fix: describe what is to be built by what it does or uses, e.g. \"web application "
                        + "with a database\"");
            }
            nothing.ifPresent(n -> {
                out().println("  " + n.note());
                n.didYouMean().ifPresent(d -> out().println("  did you mean '" + d + "'?"));
                out().println("  " + NOTHING_FIX);
            });
        });
        reportFindings(library, List.of());
        return ExitCode.OK;
    }

    /** Why a use case gets nothing: its note, and the text search would offer instead when it offers one. */
    record Nothing(String note, Optional<String> didYouMean) {
    }

    /**
     * The needs of the use case whose module the limit leaves out, one object each: {@code need}, {@code id} (the
     * module answering it) and {@code rank} (its place in the whole plan, 1-based), in the use case's order.
     *
     * @param answered each need the plan answers with its module's id ({@link Recommend#answeredNeeds()})
     * @param all      the whole plan
     */
    private List<Map<String, Object>> pastLimit(Map<String, String> answered, List<Recommendation> all) {
        List<String> ids = all.stream().map(x -> x.module().id().value()).toList();
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        answered.forEach((need, id) -> {
            int rank = ids.indexOf(id) + 1;
            if (rank > limit) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("need", need);
                e.put("id", id);
                e.put("rank", rank);
                out.add(e);
            }
        });
        return List.copyOf(out);
    }

    /** What to try when nothing is recommended for a use case whose words the search reads. */
    static final String NOTHING_FIX = "fix: describe it by the services or resources it uses, e.g. \"web application "
            + "with a database\", or look for one word with 'alexandria search WORD'";

    /** How many words of a use case are looked up one by one to say which match nothing. */
    static final int WORDS_LOOKED_UP = 12;

    /**
     * Why nothing is recommended for a use case whose words the search reads: each of its first
     * {@value #WORDS_LOOKED_UP} words searched alone (each once; words every search leaves out, such as "a", are
     * skipped) either matches no module ("no module of the library matches 'zzzz' or 'qqqq'") or only modules made
     * for something else ("'batch' matches only modules made for something else"), and search's did-you-mean for the
     * whole text, as {@code search} gives it.
     */
    private static Nothing nothing(Library library, String useCase) {
        List<String> none = new java.util.ArrayList<>();
        List<String> other = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String w : useCase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || !seen.add(w) || seen.size() > WORDS_LOOKED_UP) {
                continue;
            }
            var found = library.search(w).limit(1).withoutFacets().run();
            if (found.hits().isEmpty()) {
                none.add(w);
            } else if (!SearchCommand.nothingSearched(w, found)) {
                other.add(w);
            }
        }
        List<String> parts = new java.util.ArrayList<>();
        if (!none.isEmpty()) {
            parts.add("no module of the library matches " + quotedOr(none));
        }
        if (!other.isEmpty()) {
            parts.add(quotedWords(other) + (other.size() == 1 ? " matches" : " match")
                    + " only modules made for something else");
        }
        String note = parts.isEmpty() ? "no module of the library is made for what it names" : String.join("; ", parts);
        return new Nothing(Messages.shorten(note), library.search(useCase).limit(1).withoutFacets().run()
                .didYouMean());
    }

    /** Words quoted and joined with "or": {@code 'zzzz' or 'qqqq'}, {@code 'a', 'b' or 'c'}. */
    private static String quotedOr(List<String> words) {
        String all = quotedWords(words);
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec().commandLine(), message);
    }

    /** @param leftOut how many recommendations --limit left out */
    private void table(Library library, List<Recommendation> result,
                       Map<String, String> corrections, int leftOut) {
        PrintWriter out = out();
        if (!corrections.isEmpty()) { // as search says it
            out.println(Messages.shorten("searched for " + corrections.entrySet().stream()
                    .map(e -> "'" + e.getValue() + "' (for '" + e.getKey() + "')").collect(Collectors.joining(", "))));
        }
        String subjectText = subject.useCase != null ? "for '" + subject.useCase.strip() + "'"
                : "based on " + subject.basedOn;
        if (result.isEmpty()) {
            out.println(Messages.shorten("no modules to recommend " + subjectText));
            uncovered(out);
            return;
        }
        // A use case's list is a plan (docs/recommend.md): its steps keep their order and, within a step, the order
        // the modules were chosen in (the needs', the consumers' whose inputs they fill, and the evidence's "no
        // module above"), so a later module may score higher. Each row ends with its step ("step need"), so the
        // order reads as the plan it is; the header says so, as the rows are not sorted by score.
        // The use case echoed as the other commands echo user text: a long one shortened (json keeps it whole).
        out.println(Messages.shorten("Recommended " + subjectText + (subject.useCase != null ? " (in plan order: step by "
                + "step, as chosen; not by score)" : " (by score)")));
        if (subject.basedOn != null) {
            // The base's own state first: new work should not build on a deprecated module, and its declared
            // replacement heads the list (issue 12: nothing said so).
            LibraryModule base = library.requireModule(subject.basedOn);
            deprecation(base).ifPresent(d -> out.println(base.id() + " is " + d));
        }
        int width = Math.max(40, environment().terminalWidth() - 3);
        int rank = 0;
        for (Recommendation rec : result) {
            rank++;
            LibraryModule m = rec.module();
            out.println(rank + ". " + m.id() + "  " + Decimals.fixed(rec.score(), 3) + "  "
                    + m.maturity().id() + "  " + m.metadata().complexity().orElseGet(m::complexity).id() + "  "
                    + m.category().id() + (subject.useCase != null && !rec.step().isEmpty() ? "  step "
                    + rec.step() : ""));
            out.println("   " + TableRenderer.cut(m.metadata().description(), width));
            deprecation(m).ifPresent(d -> out.println("   " + TableRenderer.cut(d, width)));
            for (String e : rec.evidence()) {
                out.println("   " + TableRenderer.cut(e, width));
            }
            out.println("   " + TableRenderer.cut(scoreLine(rec), width));
        }
        if (leftOut > 0) {
            out.println(leftOut + " more not shown (--limit " + limit + "); --limit " + (limit + leftOut)
                    + " shows all");
            // A need the user typed is never dropped without a word (issue 12: the database of
            // "web application with a database" was ninth on the real-module library, and nothing said so).
            for (Map<String, Object> p : pastLimit) {
                out.println(Messages.shorten("'" + p.get("need") + "' is answered by " + p.get("id") + " at rank "
                        + p.get("rank") + ", past --limit " + limit + " (--limit " + p.get("rank") + " shows it)"));
            }
        } else if (subject.basedOn != null && result.size() < limit) {
            // A module is listed only with evidence of going with the base; none is added to fill the list (before,
            // modules sharing only its category were, as "neither an alternative nor a companion").
            out.println(Messages.shorten("only " + result.size() + " module" + (result.size() == 1 ? " has" : "s have")
                    + " evidence of going with " + subject.basedOn + " or of standing in for it; the others are not"
                    + " listed"));
        }
        uncovered(out);
    }

    /**
     * The line a deprecated or archived module gets under its description, as {@code search} prints it: "deprecated:
     * use rds-postgres instead", else "deprecated: " and the reason, or "archived". With --include-deprecated such a
     * module may rank first; before, nothing said it was deprecated nor what replaces it.
     */
    static java.util.Optional<String> deprecation(LibraryModule m) {
        java.util.Optional<dev.alexandria.api.model.Deprecation> d = m.metadata().deprecation()
                .or(() -> m.registryEntry().flatMap(dev.alexandria.api.model.RegistryEntry::deprecation));
        if (d.isPresent()) {
            return java.util.Optional.of("deprecated: " + d.get().replacement().map(r -> "use " + r.value()
                    + " instead").orElse(d.get().reason()));
        }
        if (m.maturity() == dev.alexandria.api.model.MaturityLevel.ARCHIVED) {
            return java.util.Optional.of("archived");
        }
        if (m.maturity() == dev.alexandria.api.model.MaturityLevel.DEPRECATED) {
            return java.util.Optional.of("deprecated");
        }
        return java.util.Optional.empty();
    }

    /** How many parts the score line names before it sums the rest. */
    static final int PARTS_SHOWN = 3;

    /**
     * The score and what it is made of, largest first: {@code score 0.815: evidence 0.386, maturity 0.150,
     * complexity 0.150, 2 more 0.129}. Each part is its contribution (value × weight), so the named parts and the
     * rest add up to the score (to the rounding of the last place); parts that add nothing are left out, and the
     * parts after the {@value #PARTS_SHOWN} largest are summed, unless only one would be. Equal contributions keep
     * the parts' order. The values, weights and reasons are in {@code --output json|yaml}.
     */
    static String scoreLine(Recommendation rec) {
        List<Recommendation.ScorePart> parts = rec.parts().stream().filter(p -> p.contribution() > 0)
                .sorted(Comparator.comparingDouble(Recommendation.ScorePart::contribution).reversed()).toList();
        int shown = parts.size() <= PARTS_SHOWN + 1 ? parts.size() : PARTS_SHOWN;
        StringBuilder line = new StringBuilder("score ").append(Decimals.fixed(rec.score(), 3));
        for (int i = 0; i < shown; i++) {
            line.append(i == 0 ? ": " : ", ").append(parts.get(i).name()).append(' ')
                    .append(Decimals.fixed(parts.get(i).contribution(), 3));
        }
        if (shown < parts.size()) {
            double rest = parts.subList(shown, parts.size()).stream()
                    .mapToDouble(Recommendation.ScorePart::contribution).sum();
            line.append(", ").append(parts.size() - shown).append(" more ").append(Decimals.fixed(rest, 3));
        }
        return line.toString();
    }

    /** What leaving deprecated modules out hid from the use case's search ({@link Recommend#leftOut()}). */
    private List<dev.alexandria.api.model.SearchResult.LeftOut> deprecatedLeftOut = List.of();

    /**
     * "left out for their replacement: rds-mysql-legacy (deprecated, replaced by rds-aurora)": deprecated modules
     * that matched together with their replacement, which new work builds on ({@link Recommend#leftOut()}).
     */
    private static String replacedLine(dev.alexandria.api.model.SearchResult.LeftOut l) {
        String names = l.best().stream().map(m -> m.id().value() + " (deprecated" + m.metadata().deprecation()
                        .or(() -> m.registryEntry().flatMap(e -> e.deprecation()))
                        .flatMap(d -> d.replacement()).map(r -> ", replaced by " + r.value()).orElse("") + ")")
                .collect(Collectors.joining(", ")) + (l.best().size() < l.count() ? ", …" : "");
        return Messages.shorten("left out for " + (l.count() == 1 ? "its replacement" : "their replacements")
                + ", which matches too: " + names);
    }

    /** The uncovered needs an unavailable module is named for, with its id ({@link Recommend#uncoveredUnavailable}). */
    private Map<String, String> uncoveredUnavailable = Map.of();

    /**
     * The implied needs no module of the library makes, after the list; when an unavailable module is named for
     * one, correcting its files is the fix, not another module.
     */
    private void uncovered(PrintWriter out) {
        // As search says it: "1 module matches but is deprecated: rds-mysql-legacy (replaced by rds-aurora); …".
        // With deprecated modules included, those left out are the ones whose replacement matched as well.
        deprecatedLeftOut.forEach(l -> (includeDeprecated ? Optional.of(replacedLine(l))
                : SearchCommand.leftOutLine(l)).ifPresent(out::println));
        for (Map<String, Object> entry : uncoveredEntries) {
            if (entry.get("kind").equals("need")) {
                Object by = entry.get("implied_by");
                out.println(Messages.shorten("uncovered: " + Messages.shortenValue((String) entry.get("name"))
                        + (by == null ? "" : " (implied by '" + Messages.shortenValue((String) by) + "')") + ": "
                        + entry.get("reason")));
            }
        }
        // The words of the use case no listed module answers: never dropped without a word (before,
        // "eks with karpenter and argocd" said nothing of karpenter and argocd). Those no module mentions on one line.
        List<String> unknown = uncoveredWords.entrySet().stream().filter(e -> e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        if (!unknown.isEmpty()) {
            out.println(Messages.shorten("uncovered: " + quotedWords(unknown) + " — no module in the library mentions "
                    + (unknown.size() == 1 ? "it" : "them")));
        }
        uncoveredWords.forEach((word, modules) -> {
            if (!modules.isEmpty()) {
                out.println(Messages.shorten("uncovered: " + quotedWords(List.of(word)) + " — no module listed is "
                        + "made for it; mentioned by " + String.join(", ", modules)));
            }
        });
    }

    /** Words quoted and joined: {@code 'karpenter', 'argocd'}, each shortened when long. */
    private static String quotedWords(List<String> words) {
        return words.stream().map(w -> "'" + Messages.shortenValue(w) + "'").collect(Collectors.joining(", "));
    }

    /** The words of the use case no listed module answers ({@link Recommend#uncoveredWords}). */
    private Map<String, List<String>> uncoveredWords = Map.of();

    /** The gaps of the plan, as {@link #uncoveredEntries(Recommend)} gives them. */
    private List<Map<String, Object>> uncoveredEntries = List.of();
    /** The needs of the last run whose module --limit left out ({@link #pastLimit}). */
    private List<Map<String, Object>> pastLimit = List.of();

    /**
     * Each gap of the plan once, as the table names it and {@code --output json|yaml} gives it: {@code name} (the
     * need or the word), {@code kind} ({@code need}: a need no module of the library makes; {@code word}: a word of
     * the use case no listed module answers), {@code reason} (the table's text after the name),
     * {@code implied_by} (a need's implying words, when the use case does not name it itself),
     * {@code unavailable_module} (the unavailable module named for a need, whose files are the fix) and
     * {@code mentioned_by} (a word's modules that mention it, up to three; {@code []}: none), so scripts need not
     * parse the reasons out of the table.
     */
    private List<Map<String, Object>> uncoveredEntries(Recommend r) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        r.uncoveredNeeds().forEach((need, because) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", need);
            e.put("kind", "need");
            String text = because.isEmpty() ? need : need + " (implied by '" + because + "')";
            String module = uncoveredUnavailable.get(text);
            e.put("reason", module == null ? "no module of the library makes it"
                    : module + ", which is named for it, is unavailable (errors in its files); run "
                            + Messages.withLibrary("'alexandria validate " + module + "'")
                            + " to list them with their fixes");
            if (!because.isEmpty()) {
                e.put("implied_by", because);
            }
            if (module != null) {
                e.put("unavailable_module", module);
            }
            out.add(e);
        });
        uncoveredWords.forEach((word, modules) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", word);
            e.put("kind", "word");
            e.put("reason", modules.isEmpty() ? "no module in the library mentions it"
                    : "no module listed is made for it; mentioned by " + String.join(", ", modules));
            e.put("mentioned_by", modules);
            out.add(e);
        });
        return List.copyOf(out);
    }

    /**
     * @param result recommendations
     * @param corrections the use case's corrected words ({@link Recommend#corrections()})
     * @param leftOut how many recommendations --limit left out
     * @return the JSON/YAML tree: each module's id, rank, score, score parts, evidence, composed modules; the
     *         uncovered needs and the corrections, when there are any; {@code not_shown}, how many --limit left out,
     *         when that is more than 0 (the table's "N more not shown"; before, JSON lost it)
     */
    private Map<String, Object> view(List<Recommendation> result, Map<String, String> corrections, int leftOut) {
        Map<String, Object> view = new LinkedHashMap<>();
        if (subject.useCase != null) {
            view.put("for", subject.useCase.strip());
        } else {
            view.put("based_on", subject.basedOn);
        }
        if (level != null) {
            view.put("level", level.id());
        }
        int[] rank = {0};
        view.put("recommendations", result.stream().map(rec -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", ++rank[0]);
            m.put("id", rec.module().id().value());
            m.put("score", rounded(rec.score()));
            if (!rec.step().isEmpty()) {
                m.put("step", rec.step()); // the plan step that added it (a use case's list is in plan order)
            }
            m.put("score_parts", rec.parts().stream().map(p -> {
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("name", p.name());
                part.put("value", rounded(p.value()));
                part.put("weight", rounded(p.weight()));
                part.put("contribution", rounded(p.contribution()));
                part.put("reason", p.reason());
                return part;
            }).toList());
            m.put("evidence", rec.evidence());
            if (!rec.composes().isEmpty()) {
                m.put("composes", rec.composes().stream().map(ModuleId::value).toList());
            }
            m.put("explanation", rec.explanation());
            m.put("module", Views.module(rec.module()));
            return m;
        }).toList());
        if (leftOut > 0) {
            view.put("not_shown", leftOut);
        }
        if (!pastLimit.isEmpty()) {
            view.put("past_limit", pastLimit); // a need the user typed whose module --limit left out
        }
        if (!corrections.isEmpty()) {
            view.put("corrections", new LinkedHashMap<>(corrections));
        }
        if (!uncoveredEntries.isEmpty()) {
            view.put("uncovered", uncoveredEntries); // one object per gap (uncoveredEntries)
        }
        return view;
    }

    /** The decimal places of the scores, values, weights and contributions of {@code --output json|yaml}. */
    static final int PLACES = 4;

    /**
     * A number of the structured output rounded half up to {@value #PLACES} places, as its shortest decimal text
     * ({@code 0.7651651620112992} → {@code 0.7652}, {@code 0.30000000000000004} → {@code 0.3}): the digits beyond
     * it are floating-point noise, not information. Only the output is rounded; the order was made on the exact
     * values (ties by id), so rounding never reorders.
     */
    static double rounded(double value) {
        return BigDecimal.valueOf(value).setScale(PLACES, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * beginner, intermediate, advanced → basic, standard, advanced; the tiers' own names (basic, standard), which
     * the help gives next to each level and {@code search --complexity} takes, are accepted too.
     */
    static final class LevelConverter implements ITypeConverter<ComplexityTier> {
        @Override
        public ComplexityTier convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "beginner", "basic" -> ComplexityTier.BASIC;
                case "intermediate", "standard" -> ComplexityTier.STANDARD;
                case "advanced" -> ComplexityTier.ADVANCED;
                default -> throw new TypeConversionException("unknown level '" + value
                        + "'; use one of beginner, intermediate, advanced (or the tiers basic, standard)");
            };
        }
    }

    static final class LevelCandidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.asList("beginner", "intermediate", "advanced").iterator();
        }
    }
}
