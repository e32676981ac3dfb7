package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.Search;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.ModuleCallRef;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.api.model.Recommendation.ScorePart;
import dev.alexandria.api.model.RegisteredVersion;
import dev.alexandria.api.model.RegistryEntry;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.SearchResult.Hit;
import dev.alexandria.core.internal.discovery.DefaultSearch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The built-in {@link Recommend}.
 *
 * <p>For a use case (docs/recommend.md, "For a use case", says the same step by step): the library's search gives
 * each module a text relevance, its score over the best hit's; the use case is split into needs at
 * {@link #NEED_SEPARATORS}. The result is a plan, in steps: a pattern whose relevance is at least
 * {@value #PATTERN_RELEVANCE} and that answers the needs (it, what it composes or a stand-in among the first
 * {@value #WIRING_DEPTH} hits of at least half of them, or of one when it is the best hit of a use case of one or
 * two needs) and that the use case asks for (the best hit of the whole text, within {@value #CLOSE_MATCH} of the
 * first need's best, or composing the best answers of the first need and another), then what it composes and
 * stand-ins for its module calls outside the library; the best module of
 * each need not answered yet (a need is answered by a chosen module among its first hits scoring within
 * {@value #CLOSE_MATCH} of its best, only by one made for it when one of those is, {@link Makers#madeFor}; the best
 * module is chosen by score among those within it, among those made for it when there are; next to a pattern,
 * one not made for the need ({@link Makers}) comes after the next step); modules for the specific services the
 * pattern declares itself ({@link Services}); what the chosen modules need (dependencies, then a module for each required input that refers to
 * another module's resource, {@link Wiring}, also in a covered category when no chosen module makes it, then for
 * optional inputs, in categories not covered), with after the required inputs one add-on of each module asked
 * for ({@link #companions}); each need's
 * runner-up that makes and names a service no chosen module makes (at least {@value #RUNNER_UP} of its best);
 * the best module of each category not covered whose relevance is at least {@value #CATEGORY_RELEVANCE} and that
 * the search matched, in what it is and makes, on a word no module above was matched on ({@link #matchedWords});
 * then the rest of at least that relevance by score, an alternative of a chosen module named on it rather than
 * listed. A later need whose best hit is a candidate of an earlier one is a feature of it ({@link #refined}). Each text is searched once per run; only the use case's own search asks for highlights, and
 * only the dependencies of the modules looked at are read ({@link Relations#own}), not the whole graph.
 *
 * <p>For a module: every other module with usage evidence (raw amounts: a dependency 3, a dependent 2, each
 * pattern using both 1.5, each other module using both 1, the examples using both as {@link Examples#together}
 * weighs them, an alternative in the same category 1), with the evidence part {@code 1 - 0.5^(raw/2)}.
 */
public final class Recommender implements Recommend {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Recommender.class);

    /** How many search hits a use case considers. */
    static final int SEARCH_DEPTH = 60;
    /** The least relevance of a pattern to be put first. */
    static final double PATTERN_RELEVANCE = 0.5;
    /** The least relevance of a module to stand for its category in the first round. */
    static final double CATEGORY_RELEVANCE = 0.2;
    /** How many search hits each need of a use case considers. */
    static final int NEED_DEPTH = 2;
    /** The share of a need's best search score within which the other parts of the score choose. */
    static final double CLOSE_MATCH = 0.9;
    /** The words between the needs of a use case. */
    static final List<String> NEED_SEPARATORS = List.of("and", "with", "plus", "behind", "in front of", "for", "on",
            "to", "into", "across", "between", "without", "using", "via", "connecting", "where", "over", "by",
            "through", "from");
    /**
     * Where a use case splits into needs: commas, semicolons, colons and the {@link #NEED_SEPARATORS} words, in any
     * case. Before, only in lower case: "WEB APPLICATION WITH A DATABASE" was one need and got another plan (a
     * secrets manager besides the database that meets its credentials itself; issue 12).
     */
    private static final java.util.regex.Pattern NEED_SPLIT = java.util.regex.Pattern.compile("(?i)\\s*(?:[,;:]|(?<![\\w-])(?:"
            + String.join("|", NEED_SEPARATORS).replace(" ", "\\s+") + ")(?![\\w-]))\\s*");
    /**
     * A part of a use case that names no need: only a provider or an article ("on aws", "in the cloud"), or the
     * provider's accounts ("for aws accounts": where the other needs serve; searched as a need, it found X-Ray, whose
     * description mentions AWS accounts, for "sso for aws accounts").
     */
    private static final java.util.regex.Pattern GENERIC_NEED = java.util.regex.Pattern.compile(
            "(?i)(?:(?:a|an|the|in|aws|amazon|amazon web services|cloud)\\b\\W*)+"
            + "|(?:(?:the|all|our|my|your|their)\\s+)?(?:aws|amazon)\\s+accounts?");
    /**
     * Where the other needs of a use case apply, not a need: accounts, regions or availability zones with maybe how
     * many or which ("all accounts", "different accounts", "every region", "across accounts"), alone as a part or
     * after "in" at the end of one ("peer two vpcs in different accounts"). Searched as a need, "all accounts" found
     * an SSO account-assignment module, made for assigning sign-on to accounts.
     */
    private static final String SCOPE_WORDS = "(?:(?:all|every|each|several|multiple|many|different|other|another|separate"
            + "|both|two|three|the|our|my|your|their|member|child|linked|aws|amazon)\\s+)*(?:accounts?|regions?"
            + "|availability\\s+zones?|azs?)";
    private static final java.util.regex.Pattern SCOPE = java.util.regex.Pattern.compile("(?i)" + SCOPE_WORDS);
    /**
     * A word at either end of a part of a use case that restricts the thing named to itself ("private subnets
     * only", "only private subnets"): it names nothing, and searched with the need it found what mentions "only"
     * (a bucket "only" reachable privately) rather than what makes the thing.
     */
    private static final java.util.regex.Pattern RESTRICTING = java.util.regex.Pattern.compile(
            "(?i)^(?:only|solely|exclusively)\\s+|\\s+(?:only|alone|solely|exclusively)$");
    /**
     * A part of a use case that is one word acting on the provider's own services ("reach aws services", "call
     * amazon services"): what it does, not a thing to build; the other parts say how ("through endpoints").
     * Searched as a need, "reach aws services" found an ECS service module.
     */
    private static final java.util.regex.Pattern ON_PROVIDER_SERVICES = java.util.regex.Pattern.compile(
            "(?i)[a-z]+\\s+(?:(?:the|other|all)\\s+)?(?:aws|amazon)\\s+services?");
    /** A scope ({@link #SCOPE}) after "in" ending a part of a use case. */
    private static final java.util.regex.Pattern SCOPE_AT_END = java.util.regex.Pattern.compile(
            "(?i)\\s+in\\s+" + SCOPE_WORDS + "$");
    /**
     * A part of a use case that names the user's own system, not a need: a possessive and a general word for it
     * ("for my app", "to our services", "for your workload"). It says whom the other needs serve; searched as a need
     * it found whatever shares "app" (a whole web-application pattern for "store secrets for my app", a trial
     * finding of 2026-12-03).
     */
    private static final java.util.regex.Pattern OWN_SYSTEM = java.util.regex.Pattern.compile(
            "(?i)(?:my|our|your|their|his|her)\\s+(?:own\\s+)?(?:apps?|applications?|services?|systems?|workloads?"
            + "|projects?|products?|software|code|team|company|business|accounts?|environments?)");
    /**
     * A part of a use case that names the environment the rest is for, not a need: a stage and maybe a general word
     * for where it runs ("for a dev account", "in production", "for our staging environment"). Like the user's own
     * system it says where the other needs serve; searched as a need, "a dev account" found whatever mentions
     * accounts (a transit gateway's multi-account sharing, an event bus's cross-account producers) and made it the
     * network asked for (issue 12, 2026-12-03).
     */
    private static final java.util.regex.Pattern ENVIRONMENT = java.util.regex.Pattern.compile(
            "(?i)(?:(?:a|an|the|my|our|your|their)\\s+)?(?:dev|development|test|testing|staging|stage|qa|uat|prod"
            + "|production|sandbox|demo|personal|non-production|nonprod)(?:\\s+(?:aws\\s+)?(?:accounts?"
            + "|environments?|envs?|stages?|setups?|workloads?|apps?|applications?|services?|systems?))?");
    /**
     * A part of a use case about an action on what it names already, not a need: one word acting on a pronoun
     * ("deploys it", "that monitors them"); what the pronoun stands for is named elsewhere in the use case.
     */
    private static final java.util.regex.Pattern ACTION_ON_NAMED = java.util.regex.Pattern.compile(
            "(?i)(?:(?:that|which|then)\\s+)?[a-z]+\\s+(?:it|them|this|these|those|everything)");
    /**
     * A part of a use case headed by an action or operation on resources that exist ("backups", "monitoring",
     * "alarms", "encryption keys" …): what it names after "of", "for" or "on" is what the action covers, not a need
     * ({@link #withoutActedOn}). The head decides, not "of" alone: "a feed of sensor readings" and "seven days of
     * retention" keep their words.
     */
    private static final java.util.regex.Pattern ACTION_HEAD = java.util.regex.Pattern.compile(
            "(?i)(?:^|.*\\s)(?:back-?ups?|snapshots?|monitoring|logs?|logging|alarms?|alerting|alerts|dashboards?"
            + "|encryption(?:\\s+keys?)?|replication|audits?|auditing|scanning|scans|cost\\s+reports?|access)");
    /**
     * A part of a use case that names things there already ("our existing rds databases", "the pre-existing vpc"):
     * no need, wherever it stands ({@link #withoutActedOn}).
     */
    private static final java.util.regex.Pattern EXISTING = java.util.regex.Pattern.compile(
            "(?i)(?:(?:our|my|your|the|their|an?)\\s+)?(?:already[\\s-]+)?(?:pre-?)?existing\\s+\\S.*");
    /**
     * What an action acts on said to be made, not there already ("a new database"), or the whole scope it covers, not
     * a thing in it ("the organization", "every account"): read as before, not left out.
     */
    private static final java.util.regex.Pattern NEW_THING = java.util.regex.Pattern.compile(
            "(?i)(?:an?\\s+)?new\\b.*|(?:(?:the|our|my|your|their|all|every|each|whole|entire)\\s+)*(?:aws\\s+)?"
            + "(?:multi-account\\s+)?(?:organi[sz]ations?|accounts?|regions?)");
    /** The relevance of the best module for one need of a use case of several. */
    static final double NEED_RELEVANCE = 0.8;
    /** How many search hits are looked at for a module that provides an input or stands in for a module call. */
    static final int WIRING_DEPTH = 5;

    private final Library library;
    /** The library's rule of alternatives for {@code --based-on}, made when first asked. */
    private Alternatives alternatives;
    private String useCase;
    /** The use case with the search's spelling corrections, which the plan reads ({@link #corrected}). */
    private String planned;
    /** What the planned text implies by the configured rules ({@link Implied}), read once per request. */
    private List<Implied.Need> impliedNeeds = List.of();
    private LibraryModule basedOn;
    private ComplexityTier level;
    private int limit = 8;
    private boolean includeDeprecated;
    private boolean includeArchived;
    /** The implied needs' searches of the current run, with highlights ({@link #highlightedHits}), by text. */
    private final Map<String, List<Hit>> highlighted = new HashMap<>();
    /** The searches of the current run, by text, each {@value #WIRING_DEPTH} hits deep. */
    private final Map<String, List<Hit>> searched = new HashMap<>();
    /** How many modules the search finds for one word of a need alone, in the current run ({@link #mentioning}). */
    private final Map<String, Long> mentioning = new HashMap<>();
    /** The library's example folders, read once in the current run ({@link #exampleFolders}). */
    private Examples.Folders exampleFolders;
    /** Where outputs and inputs go ({@link #flowsInto}, {@link Links}), made once. */
    private Flows flows;
    /** What the library's modules' files say, read once ({@link #attachments}). */
    private Attachments attachments;
    /** The library's services, read once ({@link #libraryServices}). */
    private Services libraryServices;
    /** The implied needs of the last run that no module of the library makes, with the words implying each. */
    private final Map<String, String> uncovered = new LinkedHashMap<>();
    /** The word joining each need to the part before it ({@link #joins}), of the use case planned. */
    private Map<String, String> joined = Map.of();
    /** The module planned for each implied need ({@link #implied}). */
    private final Map<String, LibraryModule> impliedModules = new HashMap<>();
    /**
     * Needs whose words beyond those implying kinds name no kind of module, with those words: the purpose the
     * implied modules serve ("order processing" of "event-driven order processing").
     */
    private final Map<String, String> purposes = new HashMap<>();
    /**
     * Features that are a part their need's module makes ("autoscaling nodes"), and add-ons a module switches on
     * ("metrics server", {@link #switchedOn}): what they imply is met by it.
     */
    private final Set<String> partFeatures = new HashSet<>();
    /**
     * Needs an add-on answers by their first word or kind ({@link Makers#addOnSwitch}: "karpenter autoscaling"):
     * their other words say what the add-on does, no cloud service for a runner-up to make.
     */
    private final Set<String> addOnNeeds = new HashSet<>();
    /** The needs answered as a kind the use case implies, which their own hits do not answer ({@link #kindNamed}). */
    private final Set<String> asKind = new HashSet<>();
    /** The module chosen for each need the use case names (or the chosen module answering it), by need. */
    private final Map<String, LibraryModule> answeredBy = new LinkedHashMap<>();
    /** The modules of the last run's whole plan, in order, before the limit cut it (their ids). */
    private List<String> planIds = List.of();
    /** The needs of the last run a chosen module answers by making what their words imply ("logging": a log group). */
    private final Map<String, LibraryModule> metByMaker = new HashMap<>();
    /** The implied needs of the last run a chosen module meets itself ({@link #meetsItself}), with that module. */
    private final Map<String, LibraryModule> metItself = new HashMap<>();
    /** The modules switching each thing on ({@link Makers#switched}), by its key; built on first use. */
    private Map<String, List<LibraryModule>> switches;
    /** The modules of the last run not added for an implied need because a chosen module meets it itself. */
    private final Set<ModuleId> metInstead = new HashSet<>();
    /**
     * The words of the last run's use case that no listed module answers ({@link #uncoveredWords}), each with the
     * modules of the library that mention it (none when no module mentions it at all).
     */
    private final Map<String, List<String>> uncoveredWords = new LinkedHashMap<>();
    /** The corrections of the use case's own search in the current run. */
    private Map<String, String> corrections = Map.of();
    /** What leaving deprecated modules out hid from the use case's own search ({@link #leftOut()}). */
    private List<SearchResult.LeftOut> leftOut = List.of();

    /**
     * Deprecated modules a search found together with their declared replacement, and so left out for it
     * ({@link #withoutReplaced}), in the order first found.
     */
    private final Set<LibraryModule> replaced = new LinkedHashSet<>();
    /** The rules of implied needs of the current run ({@code implies} of {@code _catalog/recommend.yaml}). */
    private List<Implied.Rule> implies = List.of();

    private Recommender(Library library) {
        this.library = library;
    }

    /**
     * @param library the library to recommend from
     * @return a new recommendation over it
     */
    public static Recommend of(Library library) {
        return new Recommender(Objects.requireNonNull(library, "library"));
    }

    @Override
    public Recommend forUseCase(String useCase) {
        Objects.requireNonNull(useCase, "useCase");
        // A control character (a bell, an escape, a line break) is no part of a word: it separates words, as the
        // search's tokenizer reads it. Before, "db\u0007" was kept whole and echoed into reasons ("also for 'db\x07'").
        useCase = CONTROL.matcher(useCase).replaceAll(" ");
        if (useCase.isBlank()) {
            throw new IllegalArgumentException("the use case is empty: describe what is to be built, e.g. "
                    + "\"web application with a database\"");
        }
        this.useCase = useCase.strip();
        this.basedOn = null;
        return this;
    }

    /** The control characters of a use case ({@link #forUseCase}), each read as a space. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cc}");

    @Override
    public Recommend basedOn(String idOrPath) {
        Objects.requireNonNull(idOrPath, "idOrPath");
        this.basedOn = library.requireModule(idOrPath);
        this.useCase = null;
        return this;
    }

    @Override
    public Recommend level(ComplexityTier tier) {
        this.level = Objects.requireNonNull(tier, "tier");
        return this;
    }

    @Override
    public Recommend limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
        return this;
    }

    @Override
    public Recommend includeDeprecated() {
        this.includeDeprecated = true;
        return this;
    }

    @Override
    public Recommend includeArchived() {
        this.includeArchived = true;
        return this;
    }

    @Override
    public List<Recommendation> run() {
        if (useCase == null && basedOn == null) {
            throw new IllegalStateException("nothing to recommend for: call forUseCase(text) or basedOn(id) first");
        }
        searched.clear();
        highlighted.clear();
        mentioning.clear();
        exampleFolders = null;
        uncovered.clear();
        partFeatures.clear();
        addOnNeeds.clear();
        asKind.clear();
        impliedModules.clear();
        purposes.clear();
        answeredBy.clear();
        planIds = List.of();
        metByMaker.clear();
        metInstead.clear();
        metItself.clear();
        uncoveredWords.clear();
        corrections = Map.of();
        impliedNeeds = List.of();
        leftOut = List.of();
        replaced.clear();
        // What the plan reads whatever the search finds is read meanwhile on a second thread (Prefetch).
        Prefetch reads = Prefetch.start(library);
        // The configuration is checked before anything is searched: a broken recommend.yaml is reported at once,
        // not after the use case's search (the same error either way). Read from the cache it costs a few ms.
        RecommendConfig config = reads.config();
        this.implies = config.implies();
        List<Hit> useCaseHits = List.of();
        if (useCase != null) {
            // What the use case's actions act on ("backups of databases") is no need: the plan reads it without.
            String asked = withoutActedOn(useCase);
            SearchResult found = search(asked, SEARCH_DEPTH).run();
            corrections = found.corrections();
            // Said as search says it: before, a plan never named the deprecated module its words matched (a trial
            // finding of 2026-12-03: "mysql database" and rds-mysql-legacy).
            // A text of only common words searched no word ("the and of": every hit scores 0), so nothing matched.
            boolean noWord = !found.hits().isEmpty() && searchedWords(found.hits()).isEmpty();
            leftOut = noWord ? List.of() : found.leftOut().stream()
                    .filter(l -> l.condition() == SearchResult.LeftOut.Condition.DEPRECATED).toList();
            useCaseHits = withoutReplaced(found.hits().stream().filter(h -> allowed(h.module())).toList());
            // The hits answer a later search of the same text as a need only when that search would ask the same
            // words: a need's search leaves out count words and words for a whole (withoutWholeWords), so "connect
            // three vpcs together", one need, is searched as "connect vpcs".
            if (withoutWholeWords(asked).equals(asked)) {
                searched.put(asked, useCaseHits);
            }
            // The plan reads the use case as searched: its needs and what they imply are those of the corrected
            // words, so "kubernetis clustr" plans what "kubernetes cluster" does (before, no implies rule knew
            // "kubernetis", and the plan differed). Its whole text is not searched again.
            planned = corrected(asked, corrections);
            impliedNeeds = Implied.of(planned, implies);
            if (withoutWholeWords(planned).equals(planned)) {
                searched.put(planned, useCaseHits);
            }
        }
        // A use case whose own text finds no module is still planned from the needs it names or implies
        // ("microservices" implies a container registry); only when none of them finds a module either is there
        // nothing to score (the registry's download counts are then not read).
        if (useCase != null && useCaseHits.isEmpty() && !anyNeedFinds()) {
            impliedNeeds.forEach(n -> uncovered.putIfAbsent(n.need(), n.because()));
            if (uncovered.isEmpty()) { // "wordpress blog" implies nothing: its own needs are what nothing makes
                needs(planned).stream().filter(n -> !Makers.words(n).isEmpty())
                        .forEach(n -> uncovered.putIfAbsent(n, n));
            }
            return List.of();
        }
        // Found is not served: a use case whose needs find modules only by words the library uses for other things
        // gets no plan, and its needs are named uncovered (docs/recommend.md, "For a use case", step 1).
        if (useCase != null && !namedInWhatItIs(useCaseHits) && !anyNeedMadeFor()) {
            needs(planned).stream().filter(n -> !Makers.words(n).isEmpty()) // "of" of "the and of" asks nothing
                    .forEach(n -> uncovered.putIfAbsent(n, n));
            impliedNeeds.forEach(n -> uncovered.putIfAbsent(n.need(), n.because()));
            return List.of();
        }
        Weights weights = config.weights();
        long maxDownloads = library.modules().stream().flatMap(m -> m.registryEntry().stream())
                .mapToLong(e -> e.metrics().downloads().orElse(0)).max().orElse(0);
        Parts parts = new Parts(weights, Optional.ofNullable(level), maxDownloads);
        List<Recommendation> all = useCase != null ? forUseCase(useCaseHits, weights, parts) : basedOn(weights, parts);
        if (useCase != null && includeDeprecated) {
            leftOut = replacedLeftOut(all);
        }
        planIds = useCase != null ? all.stream().map(x -> x.module().id().value()).toList() : List.of();
        LOG.debug("{}: {} searches: {}", this, searched.size(), searched.keySet());
        return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
    }

    @Override
    public Map<String, String> corrections() {
        return corrections;
    }

    @Override
    public List<SearchResult.LeftOut> leftOut() {
        return leftOut;
    }

    @Override
    public List<String> uncovered() {
        List<String> out = new ArrayList<>(uncoveredNeeds().entrySet().stream().map(e -> e.getValue().isEmpty()
                ? e.getKey() : e.getKey() + " (implied by '" + e.getValue() + "')").toList());
        out.addAll(uncoveredWords.keySet());
        return List.copyOf(out);
    }

    /**
     * The uncovered needs, one entry per gap: a need the use case names itself ("a cdn") whose content words are
     * all words of an uncovered need it implies ("cloudfront cdn", implied by "static site") is that need, so it
     * is not named twice (before, "static site with a cdn" printed both lines, issue 12).
     * Only what is reported is merged; the plan reads {@link #uncovered} as it was found.
     */
    @Override
    public Map<String, String> uncoveredNeeds() {
        Map<String, String> out = new LinkedHashMap<>();
        uncovered.forEach((need, because) -> {
            boolean named = need.equals(because);
            Set<String> own = words(need).stream().filter(Recommender::contentWord)
                    .collect(java.util.stream.Collectors.toSet());
            boolean sameAsImplied = named && !own.isEmpty() && uncovered.entrySet().stream()
                    .anyMatch(o -> !o.getKey().equals(o.getValue()) && words(o.getKey()).containsAll(own));
            if (!sameAsImplied) {
                out.put(need, named ? "" : because);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public Map<String, List<String>> uncoveredWords() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        uncoveredWords.forEach((w, ms) -> out.put(w, List.copyOf(ms)));
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public Map<String, String> answeredNeeds() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String need : needs(planned == null ? "" : planned)) {
            LibraryModule m = answeredBy.get(need);
            if (m != null && planIds.contains(m.id().value())) {
                out.putIfAbsent(need, m.id().value());
            }
        }
        return out;
    }

    @Override
    public Map<String, Integer> needsPastLimit() {
        Map<String, Integer> out = new LinkedHashMap<>();
        answeredNeeds().forEach((need, id) -> {
            int rank = planIds.indexOf(id) + 1;
            if (rank > limit) {
                out.put(need, rank);
            }
        });
        return out;
    }

    @Override
    public Map<String, String> uncoveredUnavailable() {
        List<String> ids = library.unavailableModules();
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> needs = uncoveredNeeds();
        List<String> texts = uncovered().subList(0, needs.size());
        int i = 0;
        for (String need : needs.keySet()) {
            String text = texts.get(i++);
            ids.stream().filter(id -> Makers.namesFor(id, need)).findFirst().ifPresent(id -> out.put(text, id));
        }
        return out;
    }

    private boolean allowed(LibraryModule m) {
        MaturityLevel level = m.maturity();
        if (level == MaturityLevel.ARCHIVED) {
            // By maturity, whether or not the search indexes archived modules; an archived module's deprecation
            // notice (it was deprecated before) does not keep it out once archived ones are asked for.
            return includeArchived;
        }
        boolean deprecated = level == MaturityLevel.DEPRECATED || m.metadata().deprecation().isPresent()
                || m.registryEntry().flatMap(RegistryEntry::deprecation).isPresent();
        return includeDeprecated || !deprecated;
    }

    // ---------------------------------------------------------------- for a use case

    /**
     * Whether a need the use case names, or one that it or a named need implies ({@link Implied}), finds a module:
     * the texts the plan searches besides the whole use case (each is searched once per run, so the plan that
     * follows asks for none of them again). An implied need is searched with highlights, as the plan reads them
     * ({@link #implied}), so it is not searched a second time.
     */
    private boolean anyNeedFinds() {
        List<String> needs = needs(planned);
        for (String need : needs) {
            if (!hits(need, WIRING_DEPTH).isEmpty()) {
                return true;
            }
        }
        List<String> texts = new ArrayList<>();
        for (String need : needs) {
            Implied.of(need, implies, true).forEach(n -> texts.add(n.need()));
        }
        impliedNeeds.forEach(n -> texts.add(n.need()));
        for (String t : texts) {
            if (!highlightedHits(t).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the first {@value #WIRING_DEPTH} hits of the use case's own search was matched, in its name (with
     * its id) or the types of the resources it manages, on a significant word ({@link Makers#words}): the search's
     * own marks, so a synonym ("eks" for "kubernetes") or a corrected typo ("kubernets") counts like the word.
     */
    private static boolean namedInWhatItIs(List<Hit> hits) {
        for (Hit h : hits.subList(0, Math.min(WIRING_DEPTH, hits.size()))) {
            for (SearchResult.Highlight x : h.highlights()) {
                if (!x.field().equals("name") && !x.field().equals("resources")) {
                    continue;
                }
                for (SearchResult.Span span : x.spans()) {
                    if (span.start() >= 0 && span.end() <= x.fragment().length() && span.start() < span.end()
                            && !Makers.words(x.fragment().substring(span.start(), span.end())).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a module is made for something the use case asks: for a need it names or one that it or a named need
     * implies, one of the need's first {@value #WIRING_DEPTH} hits is made for one of its significant words
     * ({@link Makers#makesAWord}: in its id, name or resource types). The searches are those the plan makes anyway. Without any, every module the search
     * found only shares a word the library uses for something else: "a mainframe COBOL batch system" found a file
     * system and a pipeline's partial-batch failures, and got the streaming pipeline as its plan (issue 12,
     * 2026-12-03).
     */
    private boolean anyNeedMadeFor() {
        // (namedInWhatItIs is asked first: it reads the use case's own search, which is made already.)
        List<String> needs = needs(planned);
        for (String need : needs) {
            if (hits(need, WIRING_DEPTH).stream().anyMatch(h -> Makers.makesAWord(h.module(), need))) {
                return true;
            }
        }
        List<Implied.Need> implied = new ArrayList<>();
        for (String need : needs) {
            implied.addAll(Implied.of(need, implies, true));
        }
        implied.addAll(impliedNeeds);
        for (Implied.Need n : implied) {
            if (highlightedHits(n.need()).stream().anyMatch(h -> Makers.makesAWord(h.module(), n.need()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param hits the use case's own search hits (with highlights); none when only the needs it names or implies
     *             find modules
     */
    private List<Recommendation> forUseCase(List<Hit> hits, Weights weights, Parts parts) {
        double best = hits.stream().mapToDouble(Hit::score).max().orElse(0);
        Map<String, Double> relevance = new LinkedHashMap<>();
        Map<String, Recommendation> scored = new LinkedHashMap<>();
        for (Hit h : hits) {
            double rel = best <= 0 ? 0 : Math.min(1, h.score() / best);
            relevance.put(h.module().id().value(), rel);
            String fields = h.highlights().stream().map(SearchResult.Highlight::field).distinct()
                    .collect(Collectors.joining(", "));
            String reason = "search score " + Decimals.fixed(h.score(), 2) + " of the best " + Decimals.fixed(best, 2)
                    + (fields.isEmpty() ? "" : "; matched " + fields);
            scored.put(h.module().id().value(), recommendation(h.module(), new ScorePart("relevance", rel,
                    weights.relevance(), reason), parts, List.of(), List.of()));
        }
        Map<String, Double> wholeText = Map.copyOf(relevance);
        // Each need of a use case of several ("…, with X and Y"): the best modules for it alone count as relevant.
        List<String> needs = needs(planned);
        joined = joins(planned);
        if (needs.size() > 1) {
            for (String need : needs) {
                List<Hit> needHits = hits(need, NEED_DEPTH);
                double needBest = needHits.stream().mapToDouble(Hit::score).max().orElse(0);
                for (Hit h : needHits) {
                    String id = h.module().id().value();
                    double rel = needBest <= 0 ? 0 : NEED_RELEVANCE * h.score() / needBest;
                    if (rel > relevance.getOrDefault(id, 0.0)) {
                        relevance.put(id, rel);
                        scored.put(id, recommendation(h.module(), new ScorePart("relevance", rel,
                                weights.relevance(), searchScore(h.score(), needBest, need)), parts, List.of(),
                                List.of()));
                    }
                }
            }
        }
        List<Recommendation> ranked = Ranking.sorted(List.copyOf(scored.values()));
        // The first pattern near the top of the search that the use case asks for ({@link #askedFor}).
        Optional<Recommendation> pattern = Optional.empty();
        List<StandIn> patternStandIns = List.of();
        Relations relations = Relations.own(library);
        for (Recommendation r : ranked) {
            if (r.module().layer() != Layer.PATTERNS
                    || wholeText.getOrDefault(r.module().id().value(), 0.0) < PATTERN_RELEVANCE) {
                continue;
            }
            List<StandIn> standIns = standIns(r.module());
            Set<ModuleId> set = new HashSet<>();
            set.add(r.module().id());
            relations.dependencies(r.module().id().value()).forEach(d -> set.add(new ModuleId(d)));
            standIns.forEach(x -> set.add(x.module().id()));
            if (askedFor(r.module(), set, hits, wholeText, needs) && !servesOnlyPurpose(r.module(), needs)
                    && !overridesNamed(set, needs)) {
                pattern = Optional.of(r);
                patternStandIns = standIns;
                break;
            }
        }
        Plan plan = new Plan(weights, parts, scored);
        // 1. The pattern, what it composes, and stand-ins for the modules it calls that are not in the library.
        if (pattern.isPresent()) {
            LibraryModule p = pattern.get().module();
            List<LibraryModule> composed = relations.dependencies(p.id().value()).stream()
                    .map(library::module).flatMap(Optional::stream).filter(this::allowed).toList();
            List<ModuleId> composes = composed.stream().map(LibraryModule::id).toList();
            // a composed module left out because its own files have errors is still part of the pattern: say so,
            // not a pattern without its data store (trial: dynamodb unavailable, 'composes 3 modules')
            List<String> unavailable = relations.dependencies(p.id().value()).stream()
                    .filter(id -> library.module(id).isEmpty() && library.unavailableModules().contains(id))
                    .sorted().toList();
            Recommendation head = pattern.get();
            plan.add(new Recommendation(p, head.score(), head.parts(), List.of("pattern matching the use case"
                    + (composes.isEmpty() ? "" : "; composes " + count(composes.size(), "module") + ": "
                    + composes.stream().map(ModuleId::value).collect(Collectors.joining(", ")))
                    + (unavailable.isEmpty() ? "" : "; also composes " + String.join(", ", unavailable) + ", "
                    + (unavailable.size() == 1 ? "which is unavailable (errors in its files)"
                    : "which are unavailable (errors in their files)"))), composes),
                    Step.PATTERN);
            List<Recommendation> parts2 = new ArrayList<>();
            for (LibraryModule c : composed) {
                parts2.add(plan.of(c, "composed by pattern " + p.id()));
            }
            Ranking.sorted(parts2).forEach(r -> plan.add(r, Step.COMPOSED));
            // A stand-in of a kind already chosen (a second bucket module for a second bucket call) comes after
            // the stand-ins of kinds not chosen yet, so that the first places cover the most of the pattern.
            List<StandIn> repeats = new ArrayList<>();
            for (StandIn s : patternStandIns) {
                if (plan.redundant(s.module())) {
                    continue; // a near-identical alternative makes nothing new
                }
                if (!plan.has(s.module()) && repeatsKind(s.module(), plan.chosenModules())) {
                    repeats.add(s);
                    continue;
                }
                plan.addIfNew(s.module(), "stands in for " + s.call() + ", which pattern " + p.id()
                        + " builds without a module of the library", Step.STAND_IN);
            }
            for (StandIn s : repeats) {
                plan.addIfNew(s.module(), "stands in for " + s.call() + ", which pattern " + p.id()
                        + " builds without a module of the library", Step.STAND_IN);
            }
        }
        // 2. Each need the use case names: its best module, unless a module already chosen answers it.
        boolean withPattern = pattern.isPresent();
        // A use case of one need without a pattern is that need: its best module is chosen here like any named
        // need's, so that what it needs (its inputs, add-ons, companions) follows it.
        // A need that is a feature of an earlier one ("vpc with nat gateways") gets no module of its own: it
        // chooses among the earlier need's candidates (refined).
        Set<String> features = new HashSet<>();
        if (needs.size() > 1 || !withPattern) {
            for (int i = 0; i < needs.size(); i++) {
                String need = needs.get(i);
                List<Hit> needHits = hits(need, NEED_DEPTH);
                if (needHits.isEmpty() || features.contains(need)) {
                    continue;
                }
                if (i > 0 && purpose(need, needHits)) {
                    // "redis cache for sessions": what the thing before is used for, not a need of its own; the
                    // module chosen for that thing carries it. Searched as a need, "sessions" found an EC2
                    // instance's Session Manager access.
                    features.add(need);
                    Optional.ofNullable(answeredBy.get(needs.get(i - 1))).filter(plan::has)
                            .ifPresent(m -> plan.meets(m, "for '" + quoted(need) + "', what it is used for"));
                    continue;
                }
                List<String> later = withoutSiblings(needs, i, joined);
                // Answered by a chosen module among its first hits that the search scores close to its best, or
                // that makes a kind of resource the need's own words imply ("sign up" once a user pool is chosen
                // for "user login").
                double ownBest = needHits.get(0).score();
                List<Implied.Need> kinds = Implied.of(need, implies, true);
                // When one of its hits is made for the need (madeForHits), only such a module answers it: a chosen
                // cluster whose description mentions "argocd" is no answer to it while an add-ons module that
                // installs it is among the hits.
                List<Hit> ownAnswering = answering(need);
                List<Hit> answering = withoutAddOns(ownAnswering, need);
                // An add-on an add-ons module of a chosen module switches on ("cluster autoscaler" next to an EKS
                // cluster): that module makes it, though the search finds an ECS cluster's words first.
                Optional<LibraryModule> addOnMaker = switching(plan, need, needs, addOnMakers(plan, need));
                if (addOnMaker.isPresent()) {
                    switchedOn(plan, addOnMaker.get(), need);
                    continue;
                }
                // an add-on chosen already (composed by a pattern next to its cluster) still answers it
                Optional<Hit> chosenHit = java.util.stream.Stream.concat(answering.stream(), ownAnswering.stream())
                        .filter(h -> plan.has(h.module())).findFirst();
                if (chosenHit.isPresent()) {
                    answeredBy.put(need, chosenHit.get().module());
                    switchNote(plan, chosenHit.get().module(), need, "makes");
                    continue;
                }
                Optional<LibraryModule> maker = chosenMaker(plan, kinds);
                if (maker.isPresent()) {
                    // A chosen module makes what its words mean ("logging": a Lambda function with its own log
                    // group): what the need implies is met by it when it makes that resource itself (implied).
                    // Before, "serverless api with logging" added a log-group module.
                    metByMaker.put(need, maker.get());
                    continue;
                }
                String reason = "best match for '" + quoted(need) + "'";
                double kindBest = ownBest;
                if (answering.isEmpty() && kinds.isEmpty()) {
                    // The thing the need names is a kind the use case implies elsewhere, qualified: "a private
                    // registry" of "containerized microservices … with a private registry" is the container
                    // registry 'containerized' implies; its close hits only matched the qualifier (a private
                    // bucket). The kind's own hits answer it.
                    Optional<Implied.Need> kind = kindNamed(need);
                    if (kind.isPresent()) {
                        answering = answering(kind.get().need());
                        asKind.add(need);
                        kindBest = answering.isEmpty() ? ownBest : hits(kind.get().need(), NEED_DEPTH).get(0).score();
                        reason += ", " + article(kind.get().need()) + kind.get().need() + " as '"
                                + kind.get().because() + "' implies";
                    }
                }
                double needBest = kindBest;
                String why = reason;
                if (answering.isEmpty() && kinds.isEmpty()) {
                    Optional<LibraryModule> on = switching(plan, need, needs, switchedBy(need));
                    if (on.isPresent()) {
                        // An add-on the search scores low ("cert-manager" in an input's name only) is made by the
                        // module whose input switches it on; never "no module of the library makes it".
                        switchedOn(plan, on.get(), need);
                        continue;
                    }
                }
                if (answering.isEmpty()) {
                    // Found is not served: its close hits only mention its words (a WAF whose README names
                    // CloudFront for "a cdn"), so none is claimed as its best match; the need is uncovered, unless
                    // its words imply kinds of resource ("ddos" a WAF), which answer it or are named uncovered.
                    if (kinds.isEmpty() && orderedWords(need).stream().anyMatch(Recommender::contentWord)) {
                        uncovered.putIfAbsent(need, need); // not a need of general words only ("rebuilt")
                    }
                    continue;
                }
                // A module made for another service's own use (a bucket for CloudTrail logs) answers a need for
                // the thing it makes ("s3 bucket", "data lake") only when no other of its answering hits does.
                // First, a module only named after the need's thing, or of another service than the plan's of its
                // kind, loses to one that makes it in the plan's sense (ofTheThing).
                List<Hit> pool = ofTheThing(answering, need, plan);
                List<Hit> dedicated = pool.stream().filter(h -> h.module().layer() != Layer.PATTERNS)
                        .filter(h -> !forAnotherService(h.module(), need)).toList();
                // Of its first hits within CLOSE_MATCH of the best (or those made for it), the best-scored: the
                // need's relevance with the module's own parts, so that --level, maturity, popularity and cost
                // choose between close matches; ties by id.
                (dedicated.isEmpty() ? pool : dedicated).stream()
                        .filter(h -> h.module().layer() != Layer.PATTERNS)
                        .map(h -> recommendation(h.module(), new ScorePart("relevance",
                                needBest <= 0 ? 0 : Math.min(1, h.score() / needBest), weights.relevance(),
                                searchScore(h.score(), needBest, need)), parts,
                                List.of(why), List.of()))
                        .sorted(Ranking.ORDER).findFirst()
                        .map(r -> refined(plan, r, need, later, features, weights, parts))
                        .ifPresent(r -> {
                            answeredBy.put(need, r.module());
                            if (!plan.has(r.module()) && !plan.redundant(r.module())) {
                                // Next to a pattern, a module only found by the need's words, not made for it,
                                // waits until what the pattern declares itself is in.
                                if (withPattern && !Makers.makes(r.module(), need)) {
                                    plan.defer(r, Step.NEED);
                                } else {
                                    plan.add(r, Step.NEED);
                                }
                            }
                        });
            }
            // What a named need's own words imply, or the kind of resource it names, comes right after it
            // ("encrypted storage" → a kms key; "launch them in an autoscaling group" → a module made for it).
            // A feature's implied needs ("backups" → a backup plan) take only a module made for them: the module
            // chosen for the need has the feature, and one only matching its words (a DynamoDB table's
            // point-in-time recovery for "aws backup plan") is no second answer to it.
            for (String need : needs) {
                if (partFeatures.contains(need)) {
                    continue; // the module chosen with it makes the part the words qualify
                }
                List<Implied.Need> kinds = Implied.of(need, implies, true);
                for (Implied.Need n : kinds) {
                    implied(plan, n, weights, parts, withPattern, features.contains(need));
                }
                impliedPurpose(need, kinds).ifPresent(p -> {
                    // The rest of a need whose words imply kinds, naming no kind itself, is what the implied
                    // modules are for: before, "order processing" was neither answered nor uncovered.
                    purposes.put(need, p);
                    kinds.stream().map(n -> impliedModules.get(n.need())).filter(java.util.Objects::nonNull)
                            .filter(plan::has).filter(distinctModules())
                            .forEach(m -> plan.meets(m, "for '" + quoted(p) + "', what the use case is for"));
                });
            }
        }
        // 2b. What the pattern declares itself, for the specific services no module chosen so far makes. After the
        //     needs the use case names: a service is read from resource types of the pattern (a route, an Elastic
        //     IP), weaker evidence than the use case's own words ("with a cdn").
        if (pattern.isPresent()) {
            LibraryModule p = pattern.get().module();
            for (StandIn s : Services.of(library).standIns(p, plan.chosenModules())) {
                if (allowed(s.module())) {
                    plan.addIfNew(s.module(), "makes the " + s.call() + " resources pattern " + p.id()
                            + " declares itself", Step.PATTERN_SERVICE);
                }
            }
        }
        plan.undefer();
        // 3. What the chosen modules need: their declared dependencies and module calls, then a module for each
        //    required input that takes another module's resource (vpc_id, subnet_ids, ecs_cluster_arn …).
        for (Recommendation r : plan.chosen()) {
            for (String dep : relations.dependencies(r.module().id().value())) {
                library.module(dep).filter(this::allowed).filter(d -> !unaskedServers(plan, d))
                        .ifPresent(d -> plan.addIfNew(d, "used by " + r.module().id(), Step.DEPENDENCY));
            }
        }
        Set<String> nouns = new HashSet<>();
        List<Recommendation> beforeWiring = plan.chosen();
        // A module added for a required input needs its own required inputs too (a subnets module takes the
        // vpc_id of a VPC), until no module is added.
        List<Recommendation> consumers = beforeWiring;
        while (!consumers.isEmpty()) {
            int before = plan.chosen().size();
            wire(plan, consumers, nouns, true);
            List<Recommendation> now = plan.chosen();
            consumers = now.subList(before, now.size());
        }
        // 3a. Companions of the chosen modules, from the library's own usage: add-ons that take what one makes,
        //     more so when patterns use them together.
        companions(plan, beforeWiring, relations, weights, parts);
        // Then optional inputs of everything chosen so far, only for categories not covered yet (an encryption
        // key, a log group, an IP pool the chosen modules can take).
        // 3b. What the use case implies without naming it (Implied): a need not answered yet gets its best module.
        //     Implied needs name a kind of resource, so a hit that makes it (Makers: the library's own resource types,
        //     ids and names) is preferred to one that only mentions its words.
        for (Implied.Need n : impliedNeeds) {
            String because = n.because().toLowerCase(Locale.ROOT);
            if (partFeatures.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(because))) {
                continue; // implied by a part the module chosen with it makes ("autoscaling nodes")
            }
            implied(plan, n, weights, parts, false,
                    features.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(because)));
        }
        wire(plan, plan.chosen(), nouns, false);
        // 4. Each need's runner-up that makes a cloud service no chosen module makes and names it (a CDN next to
        //    a bucket for a website); a near-identical alternative makes nothing new, so it does not come.
        {
            for (String need : needs) {
                List<Hit> nh = hits(need, WIRING_DEPTH);
                if (nh.isEmpty() || features.contains(need) || uncovered.containsKey(need) || asKind.contains(need)
                        || addOnNeeds.contains(need)) {
                    continue; // a feature of an earlier need has no module of its own, nor a runner-up; nor has a
                              // need whose hits only mention it (uncovered, or answered as the kind it names)
                }
                if (madeByChosen(plan, Implied.of(need, implies, true))) {
                    continue; // a chosen module makes what its words mean ("sign up": the user pool chosen)
                }
                double nb = nh.get(0).score();
                Set<String> made = new HashSet<>();
                plan.chosenModules().forEach(m -> made.addAll(services(m)));
                nh.stream().filter(h -> h.module().layer() != Layer.PATTERNS && !plan.has(h.module()))
                        .filter(h -> !plan.namedAlternative(h.module()))
                        // nor the module a chosen one meets the need of itself (a secret store next to a database
                        // that keeps its own master secret: "postgres with read replicas" listed it here)
                        .filter(h -> !metInstead.contains(h.module().id()))
                        .filter(h -> h.score() >= RUNNER_UP * nb)
                        .filter(h -> !newServices(h.module(), made).isEmpty())
                        // nor an add-on without the base it attaches to (missingBase)
                        .filter(h -> missingBase(plan, h.module()).isEmpty())
                        .findFirst().ifPresent(h -> plan.addIfNew(h.module(), "also for '" + need + "': makes "
                                + String.join(", ", newServices(h.module(), made)) + ", which no module chosen makes",
                                Step.RUNNER_UP));
            }
        }
        // 5. Across layers: the best module of each category the use case touches not yet covered — only when the
        //    search matched it, in what it is and makes, on a word of the use case that no module above matches
        //    there (a GuardDuty detector mentioning S3 protection is no answer to "static website on s3" once a
        //    bucket is chosen, nor an Aurora cluster to "kubernetes cluster" next to an EKS cluster) — then the
        //    rest of at least that relevance by score under the same word rule, in any category, said to be no
        //    more than that (CloudTrail for "static website on s3" only mentions S3, which the bucket answers);
        //    neither an alternative of a chosen module (the other VPC tiers next to the chosen one), which is
        //    named on the chosen module instead. Before, the rest came down to the last hit, whatever its relevance (0.09).
        Map<String, Set<String>> matched = new HashMap<>();
        Map<String, Set<String>> mentioned = new HashMap<>();
        for (Hit h : hits) {
            matched.put(h.module().id().value(), matchedWords(h, true));
            mentioned.put(h.module().id().value(), matchedWords(h, false));
        }
        // What the chosen modules answer: every word the search matched in them, also where they only mention it
        // (a CDN's input for a TLS certificate answers "tls" of "https").
        Set<String> answered = new HashSet<>(unaskedWords(planned));
        // A feature's words are answered by the module chosen with it ("read replicas" by the database that has
        // them): a hit matched on them is another module for the feature, which the feature does not get.
        features.forEach(f -> answered.addAll(words(f)));
        // So are a need's words once a chosen module makes what they mean ("logging": a function that makes its own log
        // group): a hit matched on them (a cluster's control-plane logging) is another module for that need.
        metByMaker.keySet().forEach(need -> answered.addAll(words(need)));
        // And a need's own words once the module chosen as its best match is in: the search may have found it by a
        // synonym ("eventbridge" for "schedule"), which is not the need's word, and a hit matched on the word itself
        // (an Auto Scaling group's scheduled scaling) is another module for that need, not one for a word no module
        // above answers. Only the word itself: a hit matched on a narrower term of it names a service of its own
        // (CloudTrail for 'audit' next to a log module chosen for "central audit logging").
        Set<String> chosenSenses = new HashSet<>();
        answeredBy.forEach((need, m) -> {
            if (plan.has(m)) {
                words(need).forEach(w -> chosenSenses.add(sense(w)));
            }
        });
        // And a purpose the implied modules serve ("order processing"): a module matched on "processing" is none.
        purposes.values().forEach(p -> answered.addAll(words(p)));
        plan.chosenModules().forEach(m -> answered.addAll(mentioned.getOrDefault(m.id().value(), Set.of())));
        // A matched word counts only as a word the use case asks with (asked): the same word, not another sharing
        // its stem ("tiering" for "tier"), nor a qualifier ("encrypted", "centralized") a chosen module has.
        List<String> asking = askingWords(needs);
        java.util.function.Function<String, Set<String>> askedOf = id -> asked(matched.getOrDefault(id, Set.of()),
                asking).stream().filter(t -> !chosenSenses.contains(sense(t)))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        for (Recommendation r : ranked) {
            String id = r.module().id().value();
            if (relevance.get(id) >= CATEGORY_RELEVANCE && r.module().layer() != Layer.PATTERNS
                    && !plan.has(r.module()) && !plan.coversCategory(r.module())
                    && tellsANeed(r.module(), asked(matched.getOrDefault(id, Set.of()), asking), needs)) {
                addForNewWords(plan, r, askedOf.apply(id), mentioned.get(id),
                        answered, () -> !plan.asAlternative(r.module()) && missingBase(plan, r.module()).isEmpty(),
                        "best match in "
                                + r.module().category().id() + ", a category no module above covers", Step.CATEGORY,
                        needs, asking);
            }
        }
        for (Recommendation r : ranked) {
            String id = r.module().id().value();
            if (!plan.has(r.module()) && relevance.get(id) >= CATEGORY_RELEVANCE
                    && !plan.asAlternative(r.module())) {
                // an add-on without the base it attaches to is none (missingBase), as in the steps above
                addForNewWords(plan, r, askedOf.apply(id), mentioned.get(id), answered,
                        () -> missingBase(plan, r.module()).isEmpty(), "another match for the use case", Step.OTHER,
                        needs, asking);
            }
        }
        // 6. A module made for a need the use case names (its id, name, category or a resource type holds a word
        //    of it) comes before the pattern's parts that answer no need of it, so that a pattern of many parts
        //    does not push what the user asked for past the first places. Not when the need's own first hits hold
        //    the pattern or one of its parts: the pattern is found for it ("image builds" of a pattern building
        //    container images), and the named module only competes with what it has. A need naming a kind by its
        //    head ("a message queue": the sqs queue 'queue' implies) counts with the module made for that kind.
        if (withPattern) {
            Set<String> namedFirst = new HashSet<>();
            java.util.function.Predicate<String> notThePatterns = need -> hits(need, WIRING_DEPTH).stream()
                    .noneMatch(h -> plan.has(h.module())
                            && PATTERN_AND_PARTS.contains(plan.steps.get(h.module().id().value())));
            answeredBy.forEach((need, m) -> {
                if (plan.has(m) && plan.steps.get(m.id().value()) == Step.NEED && Makers.madeFor(m, need)
                        && notThePatterns.test(need)) {
                    namedFirst.add(m.id().value());
                }
            });
            for (String need : needs) {
                List<String> own = Makers.words(need);
                for (Implied.Need k : Implied.of(need, implies, true)) {
                    List<String> kw = Makers.words(k.need());
                    LibraryModule m = impliedModules.get(k.need());
                    if (m != null && !kw.isEmpty() && own.contains(kw.get(kw.size() - 1)) && plan.has(m)
                            && plan.steps.get(m.id().value()) == Step.IMPLIED
                            && (Makers.named(m, k.need()) || Makers.makes(m, k.need())) && notThePatterns.test(need)) {
                        namedFirst.add(m.id().value());
                    }
                }
            }
            plan.before(namedFirst, m -> answersANeed(plan, m, needs));
        }
        List<Recommendation> result = plan.result();
        findUncoveredWords(result, plan, hits, needs, features, withPattern);
        return result;
    }

    /**
     * Whether a chosen module answers a need of the use case: it is a named need's answer or among its answering
     * hits ({@link #answering}), meets a need itself, was chosen for an implied need, or is named for or makes a kind
     * the use case or one of its needs implies ({@link Makers#named}, {@link Makers#makes}).
     */
    private boolean answersANeed(Plan plan, LibraryModule m, List<String> needs) {
        ModuleId id = m.id();
        java.util.function.Predicate<Collection<LibraryModule>> holds = c -> c.stream()
                .anyMatch(x -> x.id().equals(id));
        if (holds.test(answeredBy.values()) || holds.test(metByMaker.values()) || holds.test(metItself.values())
                || holds.test(impliedModules.values()) || plan.meets.containsKey(id.value())) {
            return true;
        }
        List<Implied.Need> kinds = new ArrayList<>(impliedNeeds);
        for (String need : needs) {
            if (answering(need).stream().anyMatch(h -> h.module().id().equals(id))) {
                return true;
            }
            kinds.addAll(Implied.of(need, implies, true));
        }
        return kinds.stream().anyMatch(k -> Makers.named(m, k.need()) || Makers.makes(m, k.need()));
    }

    /**
     * Words of a use case that ask for nothing by themselves: function words (those the Lucene backend's analysis
     * drops, as the in-memory backend drops none) and general words for what is built, how or where
     * ("architecture", "setup", "production", "run", "host"), which no module answers or is made for. They are never
     * reported as uncovered ({@link #findUncoveredWords}).
     */
    static final Set<String> GENERAL_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no",
            "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to",
            "was", "will", "with", "me", "my", "we", "our", "you", "your", "want", "need", "how", "do", "does",
            "can", "from", "its", "which", "what", "when", "where", "who", "should", "would", "some", "any", "all",
            "so", "than", "too", "very", "just", "also", "get", "use", "using", "us", "them", "each", "every",
            "one", "two", "three", "several", "many", "few", "more", "most", "other", "own", "without", "over",
            "behind", "front", "across", "between", "via", "through", "plus", "like", "able", "make", "let",
            "architecture", "infrastructure", "setup", "set", "up", "production", "prod", "environment", "solution",
            "platform", "stack", "system", "thing", "things", "way", "new", "existing", "simple", "small", "large",
            "big", "good", "best", "easy", "cheap", "quick", "basic", "standard", "advanced", "run", "running",
            "host", "hosting", "hosted", "build", "building", "built", "rebuild", "rebuilt", "deploy", "deploying",
            "deployed", "create", "creating", "provide",
            "providing", "manage", "managing", "managed", "serve", "serving", "store", "storing", "keep", "put",
            "app", "apps", "application", "applications", "service", "services", "project", "team", "company",
            "aws", "amazon", "cloud", "terraform", "module", "modules", "resource", "resources");

    /**
     * Finds the words of the use case that the plan leaves unanswered, so that none is dropped silently (a trial
     * finding of 2026-12-04: "eks with karpenter and argocd" listed EKS modules and said nothing of the other two
     * words). A word of the use case (not a {@link #GENERAL_WORDS general word}, not one of a part that asks for
     * nothing, {@link #unaskedWords}) is answered when it is a word of a need the plan answers (a listed module is
     * among the need's close hits, as when the need was planned: {@link #answeredNeed}), of a feature of a need, of
     * the words implying an implied need (answered, or named uncovered on its own), or of a need already named
     * uncovered; or when the search matched it in what a listed module is and makes (its name, description or
     * managed resource types, {@link #matchedWords}; compared as {@link #sense}s and {@link #root}s), or a listed
     * module is made for it ({@link Makers#makes}). A module that only mentions a word (a WAF's README naming
     * CloudFront) does not answer it. Each word left is uncovered, with the modules of the
     * library that mention it, listed or not (the use case's own hits matched on it, else the hits of a search for the word alone):
     * none when no module mentions it at all.
     */
    private void findUncoveredWords(List<Recommendation> result, Plan plan, List<Hit> hits, List<String> needs,
                                    Set<String> features, boolean withPattern) {
        Set<ModuleId> listed = result.stream().map(r -> r.module().id()).collect(Collectors.toSet());
        List<LibraryModule> listedModules = result.stream().map(Recommendation::module).toList();
        Set<String> accounted = new HashSet<>(unaskedWords(planned));
        features.forEach(f -> accounted.addAll(words(f)));
        for (String need : needs) {
            if (answeredNeed(need, listed, listedModules, features, needs.size() == 1 && withPattern)) {
                accounted.addAll(words(need));
            }
            Implied.of(need, implies, true).forEach(n -> accounted.addAll(words(n.because())));
        }
        impliedNeeds.forEach(n -> accounted.addAll(words(n.because())));
        // every phrase of a rule that implies needs, not only the first found ("landing zone" of "multi-account
        // landing zone", both words of one rule)
        Implied.phrases(planned, implies).forEach(p -> accounted.addAll(words(p)));
        uncovered.forEach((need, because) -> {
            accounted.addAll(words(need));
            accounted.addAll(words(because));
        });
        Map<String, Set<String>> mentionedIn = new LinkedHashMap<>();
        for (Hit h : hits) {
            if (listed.contains(h.module().id())) {
                accounted.addAll(matchedWords(h, true)); // what it is and makes, not what it only mentions
            }
            mentionedIn.put(h.module().id().value(), matchedWords(h, false));
        }
        Set<String> accountedRoots = accounted.stream().map(Recommender::root).collect(Collectors.toSet());
        Set<String> accountedSenses = accounted.stream().map(Recommender::sense).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        java.util.function.Predicate<String> answered = w -> !contentWord(w) || accountedRoots.contains(root(w))
                || accountedSenses.contains(sense(w)) || broader(w).stream().anyMatch(accountedSenses::contains)
                || listedModules.stream().anyMatch(m -> Makers.makes(m, w));
        Map<String, String> joins = joins(planned);
        for (String need : needs) {
            List<String> ordered = orderedWords(withoutFixedPhrases(need));
            String verb = actionWord(need, ordered, joins.getOrDefault(need, ""), answered);
            List<String> left = new ArrayList<>();
            for (String w : ordered) {
                if (seen.add(w) && !answered.test(w) && !w.equals(verb)) {
                    left.add(w);
                }
            }
            for (int i = 0; i < left.size(); i++) {
                String w = left.get(i);
                // two words of one term ("dead-letter", "load balancer") are one uncovered term, not two words
                String term = i + 1 < left.size() ? oneTerm(need, w, left.get(i + 1)) : null;
                List<String> words = term == null ? List.of(w) : List.of(w, left.get(++i));
                List<String> mentioning = new ArrayList<>();
                mentionedIn.forEach((id, ws) -> {
                    if (words.stream().allMatch(t -> ws.stream().anyMatch(
                            x -> root(x).equals(root(t)) || sense(x).equals(sense(t))))) {
                        mentioning.add(id);
                    }
                });
                if (mentioning.isEmpty()) {
                    hits(term == null ? w : term, WIRING_DEPTH).forEach(h -> mentioning.add(h.module().id().value()));
                }
                uncoveredWords.put(term == null ? typed(w) : term,
                        mentioning.subList(0, Math.min(3, mentioning.size())));
            }
        }
    }

    /**
     * The word of a need that says what is done, not what is built: the first word of a need after "to" ("bastion
     * host to reach private databases") or of a relative clause ("a function that resizes images"), when the words
     * after it are all answered; such a verb names no service, so it is no gap of the plan ("'reach' — no module
     * listed is made for it"). Null when there is none.
     */
    static String actionWord(String need, List<String> ordered, String join,
                             java.util.function.Predicate<String> answered) {
        List<String> clause = join.equals("to") ? ordered : orderedWords(need.substring(subject(need).length())
                .replaceFirst("(?i)^\\s*(?:that|which|who|whose)\\s", ""));
        List<String> content = clause.stream().filter(Recommender::contentWord).toList();
        if (content.size() < 2 || !content.get(0).equals(clause.get(0))
                || !content.subList(1, content.size()).stream().allMatch(answered)) {
            return null;
        }
        return content.get(0);
    }

    /**
     * Two words of a need as the one term they are, as typed, when the need writes them joined by a hyphen
     * ("dead-letter") or as a term of the search vocabulary ("load balancer"); else null.
     */
    static String oneTerm(String need, String first, String second) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                + java.util.regex.Pattern.quote(first) + "s?([-\\s]+)" + java.util.regex.Pattern.quote(second)
                + "s?(?![\\p{L}\\p{N}])").matcher(need.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        return m.group(1).contains("-") || VOCABULARY_TERMS_OF_TWO.get().contains(first + " " + second)
                ? m.group() : null;
    }

    /** The terms of two words of the built-in search vocabulary, lower-case, singular ("load balancer"). */
    private static final java.util.function.Supplier<Set<String>> VOCABULARY_TERMS_OF_TWO = memoized(() -> {
        Set<String> out = new HashSet<>();
        var vocabulary = dev.alexandria.core.internal.discovery.SearchService.builtInVocabulary();
        java.util.stream.Stream.concat(vocabulary.synonyms().stream().flatMap(g -> g.terms().stream()),
                vocabulary.narrower().stream().flatMap(n -> java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(n.term()), n.narrower().stream()))).forEach(t -> {
                            List<String> ws = orderedWords(t);
                            if (ws.size() == 2) {
                                out.add(ws.get(0) + " " + ws.get(1));
                            }
                        });
        return Set.copyOf(out);
    });

    /**
     * A word of the use case as the user typed it, lower case: {@link #orderedWords} compares words in the singular
     * ("analytic" of "analytics"), which is no word to show.
     */
    private String typed(String word) {
        for (String t : planned.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (orderedWords(t).equals(List.of(word))) {
                return t;
            }
        }
        return word;
    }

    /**
     * Whether the plan answers a need the use case names: it is a feature of an earlier need, or the one need of a
     * use case a pattern answers, or one of its close hits (those made for it when any is: {@link #madeForHits}) is
     * listed, or a listed module makes a kind its words imply — the rule by which the plan chose or skipped a module
     * for it. A close hit left out as a near-identical alternative of a listed module does not answer it: the Argo CD
     * add-ons left out next to an EKS cluster leave "argocd" unanswered.
     */
    private boolean answeredNeed(String need, Set<ModuleId> listed, List<LibraryModule> listedModules,
                                 Set<String> features, boolean onlyNeedOfAPattern) {
        if (features.contains(need) || onlyNeedOfAPattern
                || listedModules.stream().anyMatch(m -> Makers.switchFor(m, subject(need)).isPresent())) {
            return true; // a listed module switches it on ("cert-manager": enable_cert_manager)
        }
        if (purposes.containsKey(need)) {
            return true;
        }
        if (hits(need, NEED_DEPTH).isEmpty()) {
            return false;
        }
        List<Implied.Need> kinds = Implied.of(need, implies, true);
        List<Hit> answering = answering(need);
        if (answering.stream().anyMatch(h -> listed.contains(h.module().id()))) {
            return true;
        }
        // A need none of whose hits answers it is answered by the kinds its words imply ("ddos protection": a WAF
        // and Shield), each chosen or named uncovered on its own line — all of it when its other words are general
        // ones; else those words are checked one by one.
        return answering.isEmpty() && !kinds.isEmpty() && rest(need, kinds).isEmpty() || kinds.stream()
                .anyMatch(k -> listedModules.stream().anyMatch(m -> Makers.makes(m, k.need())));
    }

    /** The words of a text as {@link #words} spells them, in their order, each once. */
    static List<String> orderedWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
            String word = plural ? w.substring(0, w.length() - 1) : w;
            if (!word.isEmpty() && !out.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * Whether a word of a use case can name something asked for: at least three letters, or a letter and a digit
     * ("s3", "k8s"), and not a {@link #GENERAL_WORDS general word} nor another form of one ("served").
     */
    static boolean contentWord(String w) {
        boolean digit = w.chars().anyMatch(Character::isDigit);
        boolean letter = w.chars().anyMatch(Character::isLetter);
        return letter && (w.length() >= 3 || digit) && !GENERAL_WORDS.contains(w)
                && !GeneralRoots.ROOTS.contains(root(w));
    }

    /** The {@link #root}s of the {@link #GENERAL_WORDS}: "served" is as general as "serve". */
    private static final class GeneralRoots {
        static final Set<String> ROOTS = GENERAL_WORDS.stream().filter(w -> w.length() > 3).map(Recommender::root)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A word without its common English endings ({@code -ing}, {@code -ed}, {@code -es}, {@code -s}, a final
     * {@code e}), to compare a use case's word with the forms the search matched for it ("hosting", "hosted").
     */
    static String root(String w) {
        String r = w;
        if (r.length() > 5 && r.endsWith("ing")) {
            r = r.substring(0, r.length() - 3);
        } else if (r.length() > 4 && r.endsWith("ed")) {
            r = r.substring(0, r.length() - 2);
        } else if (r.length() > 4 && r.endsWith("es")) {
            r = r.substring(0, r.length() - 2);
        } else if (r.length() > 3 && r.endsWith("s") && !r.endsWith("ss")) {
            r = r.substring(0, r.length() - 1);
        }
        return r.length() > 3 && r.endsWith("e") ? r.substring(0, r.length() - 1) : r;
    }


    /**
     * The words of a use case that its search matched in a module, as the search's highlights mark them, lower-cased
     * and without a plural's final {@code s} ("certificates" and "certificate" are one word here; the search itself
     * has matched them already, this only compares what it marked): with {@code identity}, only in what the module
     * is and makes ({@link #identifies}: its name, its description, the types of the resources it manages), else in
     * any field. They are the text the search marked, so a synonym the search matched is a word of its own
     * ({@code eks} for "kubernetes").
     */
    static Set<String> matchedWords(Hit h, boolean identity) {
        Set<String> out = new TreeSet<>();
        for (SearchResult.Highlight x : h.highlights()) {
            if (identity && !IDENTITY_FIELDS.contains(x.field())) {
                continue;
            }
            for (SearchResult.Span span : x.spans()) {
                if (span.start() < 0 || span.end() > x.fragment().length() || span.start() >= span.end()) {
                    continue;
                }
                if (identity && x.field().equals("resources") && !identifies(h.module(),
                        new SearchResult.Highlight(x.field(), x.fragment(), List.of(span)))) {
                    continue; // a data source it reads, not a resource it makes
                }
                String word = x.fragment().substring(span.start(), span.end()).toLowerCase(Locale.ROOT);
                boolean plural = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss");
                out.add(plural ? word.substring(0, word.length() - 1) : word);
            }
        }
        return out;
    }

    /**
     * A fixed phrase whose single word means another thing on its own: "at rest" and "in transit" say where data is
     * encrypted (no REST API, no transit gateway), "api calls" are what an audit trail records (no API Gateway).
     * The phrase means what the search vocabulary reads it as; its words are never asked or uncovered alone.
     */
    private static final java.util.regex.Pattern FIXED_PHRASE = java.util.regex.Pattern.compile(
            "(?i)(?<![\\w-])(?:(?:at|in)\\s+(?:rest|transit|flight)|api\\s+calls?)(?![\\w-])");

    /** A need without its fixed phrases ({@link #FIXED_PHRASE}), for the words it asks with. */
    static String withoutFixedPhrases(String need) {
        return FIXED_PHRASE.matcher(need).replaceAll(" ");
    }

    /**
     * The words of a use case's needs a module can be matched on in the category and rest steps: every word but a
     * past participle ("encrypted", "centralized", "protected"), which qualifies the thing asked for — a property the
     * module chosen for it has or not — and asks for no module of its own. Before, "centralized logging" listed a
     * network firewall and a transit gateway hub as matching 'central' and 'centralize', and "encrypted secrets for
     * lambda functions" a Kinesis stream as matching 'kms-encrypted' (issue 12).
     */
    static List<String> askingWords(List<String> needs) {
        return needs.stream().flatMap(n -> orderedWords(withoutFixedPhrases(n)).stream())
                .filter(w -> !(w.length() > 4 && w.endsWith("ed"))).distinct().toList();
    }

    /**
     * The matched words ({@link #matchedWords}) that are one of the given words of the use case as the user meant
     * it: the same word or its plural, a synonym or narrower term of it in the built-in vocabulary ({@link #sense},
     * {@link #broader}), or a form no longer than the user's word with the same root ("log" of "logging", "hosted"
     * of "hosting"); a highlight of several words ("log group", "log_group") counts by each of them. Not a longer
     * word sharing its stem, which names something else — "tiering" (a storage class feature) is no "tier",
     * "hosting" no "host" — nor one only the search's stemmer relates ("certification" and "certificate"). Before,
     * the category and rest steps took any word the search matched: an S3 bucket for "three tier web app" as
     * matching 'lifecycle', 'tiering', a bucket for "bastion host" as matching 'hosting' (issue 12).
     */
    static Set<String> asked(Set<String> matched, List<String> words) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String t : matched) {
            for (String part : t.split("[^\\p{L}\\p{N}]+")) {
                if (!part.isEmpty() && words.stream().anyMatch(w -> sameWord(part, w))) {
                    out.add(t);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether a word the search matched is the word of the use case, by the rule of {@link #asked}. */
    static boolean sameWord(String matched, String word) {
        if (sameForm(matched, word)) {
            return true;
        }
        boolean plural = matched.length() > 3 && matched.endsWith("s") && !matched.endsWith("ss");
        String m = plural ? matched.substring(0, matched.length() - 1) : matched;
        return sense(m).equals(sense(word)) || broader(m).contains(sense(word));
    }

    /** {@link #root} without the doubled consonant an ending leaves ("logg" of "logging" is "log"). */
    private static String inflectionRoot(String w) {
        String r = root(w);
        int n = r.length();
        boolean ending = w.endsWith("ing") || w.endsWith("ed");
        return ending && n > 3 && r.charAt(n - 1) == r.charAt(n - 2) && "aeiouls".indexOf(r.charAt(n - 1)) < 0
                ? r.substring(0, n - 1) : r;
    }

    /**
     * Adds a hit to the plan when the search matched it on a word no module above answers and it is still wanted
     * (asked only then: the question may name it an alternative of a chosen module), saying which words; what it
     * mentions is answered from then on.
     *
     * @param matched   the words it was matched on in what it is and makes ({@link #matchedWords})
     * @param mentioned the words it was matched on anywhere
     * @param answered  the words the modules above answer; grows
     * @param wanted    whether it is still wanted
     * @param why       its evidence, before "; it matches …"
     */
    private void addForNewWords(Plan plan, Recommendation r, Set<String> matched, Set<String> mentioned,
                                Set<String> answered, java.util.function.BooleanSupplier wanted, String why,
                                Step step, List<String> needs, List<String> asking) {
        List<String> fresh = newTerms(r.module(), matched, answered);
        if (!fresh.isEmpty() && wanted.getAsBoolean()) {
            plan.add(saying(r, why + "; " + matchesWhat(plan, r.module(), fresh, needs, asking)), step);
            answered.addAll(mentioned);
        }
    }

    /**
     * What a late-step module was matched on, said truly: the use case's own word (a synonym the search matched
     * named after it, "'auth' (as 'sso')"); "which no module above does" only of words no chosen module answers a
     * need of (the module chosen for "irsa roles" answers 'role', whatever the whole text's search matched in it);
     * and of a word that is all the module shares with a need of several words ({@link #tells}), that it does not
     * answer the rest of that need. Before, an ECS service "matches 'role', which no module above does" next to
     * the IAM role module chosen for "irsa roles", and an identity module "matches 'sso'" for "cognito auth".
     *
     * @param fresh the matched words no module above was matched on ({@link #newTerms})
     */
    private String matchesWhat(Plan plan, LibraryModule m, List<String> fresh, List<String> needs,
                               List<String> asking) {
        List<String> own = new ArrayList<>();
        Set<String> by = new java.util.LinkedHashSet<>();
        for (String t : fresh) {
            Optional<LibraryModule> a = answeringAbove(plan, t);
            if (a.isPresent()) {
                by.add(a.get().id().value());
            } else {
                own.add(t);
            }
        }
        if (own.isEmpty()) {
            return "it matches " + written(fresh, asking) + ", as " + String.join(" and ", by) + " above "
                    + (by.size() == 1 ? "does" : "do");
        }
        String line = "it matches " + written(own, asking) + ", which no module above does";
        if (!tellsANeed(m, Set.copyOf(own), needs)) {
            Optional<String> need = needs.stream().filter(n -> Makers.words(n).size() > 1 && Makers.words(n).stream()
                    .anyMatch(w -> own.stream().anyMatch(x -> formOf(Wiring.singular(x), w)))).findFirst();
            if (need.isPresent()) {
                line += ", but not the rest of '" + quoted(need.get()) + "'";
            }
        }
        return line;
    }

    /**
     * The chosen module answering a need (named, implied, or implied and met by a chosen module itself) one of whose
     * words is a matched word, by the rule of
     * {@link #sameWord} either way round ('role' of "irsa roles").
     */
    private Optional<LibraryModule> answeringAbove(Plan plan, String term) {
        List<Map.Entry<String, LibraryModule>> entries = new ArrayList<>(answeredBy.entrySet());
        entries.addAll(impliedModules.entrySet());
        entries.addAll(metItself.entrySet()); // a trail's own log group for "log group" ('audit' implies it)
        for (Map.Entry<String, LibraryModule> e : entries) {
            if (!plan.has(e.getValue())) {
                continue;
            }
            for (String part : term.split("[^\\p{L}\\p{N}]+")) {
                if (part.length() > 2 && Makers.words(e.getKey()).stream()
                        .anyMatch(w -> sameWord(part, w) || sameWord(w, part))) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Matched words as the use case writes them, quoted: the word itself when one of the use case's words is it or
     * another form of it, else the use case's word it was matched for (a synonym) with it after: "'auth' (as 'sso')".
     */
    static String written(List<String> terms, List<String> asking) {
        List<String> out = new ArrayList<>();
        for (String t : terms) {
            String[] parts = t.split("[^\\p{L}\\p{N}]+");
            boolean literal = java.util.Arrays.stream(parts).anyMatch(p -> !p.isEmpty()
                    && asking.stream().anyMatch(w -> sameForm(p, w)));
            Optional<String> meant = literal ? Optional.empty() : java.util.Arrays.stream(parts)
                    .filter(p -> !p.isEmpty())
                    .flatMap(p -> asking.stream().filter(w -> sameWord(p, w))).findFirst();
            out.add(meant.map(w -> "'" + w + "' (as '" + t + "')").orElse("'" + t + "'"));
        }
        return String.join(", ", out);
    }

    /** {@link #sameWord} without synonyms: the same word, its plural or another form of the same root. */
    private static boolean sameForm(String matched, String word) {
        boolean plural = matched.length() > 3 && matched.endsWith("s") && !matched.endsWith("ss");
        String m = plural ? matched.substring(0, matched.length() - 1) : matched;
        return m.equals(word) || m.length() <= word.length() && inflectionRoot(m).equals(inflectionRoot(word));
    }

    /** The services a module makes and names in its id or name that no chosen module makes, sorted. */
    private List<String> newServices(LibraryModule m, Set<String> made) {
        return services(m).stream().filter(x -> !made.contains(x) && Wiring.names(m, x)).sorted().toList();
    }

    /**
     * @param terms    the words a module was matched on ({@link #matchedWords})
     * @param answered the words the modules above were matched on
     * @return the words not answered yet; empty when there is none
     */
    private static List<String> newTerms(LibraryModule m, Set<String> terms, Set<String> answered) {
        Set<String> answeredSenses = answered.stream().map(Recommender::sense).collect(Collectors.toSet());
        return terms.stream().filter(t -> !answeredSenses.contains(sense(t)))
                .filter(t -> broader(t).stream().noneMatch(answeredSenses::contains))
                .filter(t -> !partAnswered(m, t, answered, answeredSenses)).toList();
    }

    /**
     * Whether a matched term of several words (a highlight such as {@code log_group}) is answered by one of its
     * words: it was kept as a word the use case asks with for that word ({@code log} of "logging"), which a module
     * above answers — unless the module's id, name or category holds that word, being made for it (a CloudWatch
     * Logs module matched on its {@code log_group} next to CloudTrail for "audit logging"). Before, an EKS cluster
     * (its control-plane {@code log_group}) and a VPC (its flow logs' {@code log_group}) came for "centralized
     * logging" next to the log modules chosen for it: the whole term was compared, which no module above had been
     * matched on (issue 12).
     *
     * @param m              the module matched on it
     * @param term           a matched term
     * @param answered       the words the modules above were matched on
     * @param answeredSenses their senses ({@link #sense})
     */
    static boolean partAnswered(LibraryModule m, String term, Set<String> answered, Set<String> answeredSenses) {
        String[] parts = term.split("[_\\s-]+");
        if (parts.length < 2) {
            return false;
        }
        String own = (m.id().value() + " " + m.metadata().name() + " " + m.category().id()).toLowerCase(Locale.ROOT);
        for (String p : parts) {
            if (p.length() < 3 || own.contains(p)) {
                continue;
            }
            if (answeredSenses.contains(sense(p))
                    || answered.stream().anyMatch(a -> a.startsWith(p) && a.chars().allMatch(Character::isLetter))) {
                return true;
            }
        }
        return false;
    }

    /** Each one-word term of the search's built-in synonym groups, as {@link #matchedWords} spells it, with its group's first. */
    private static volatile Map<String, String> senses;
    /** Each one-word narrower term of the built-in vocabulary, as {@link #matchedWords} spells it, with the senses of its broader terms. */
    private static volatile Map<String, Set<String>> broader;

    /**
     * The senses ({@link #sense}) of the one-word terms a matched word is a narrower term of in the built-in
     * vocabulary ({@code database => rds, aurora, dynamodb}): the search matched it for them, so a module matched
     * on it answers nothing new next to one matched on the broader word the user wrote. Before, "pg db with read
     * replicas" listed DynamoDB as another match for matching 'dynamodb', which the search had only found for "db",
     * which the PostgreSQL database chosen answers.
     */
    static Set<String> broader(String word) {
        Map<String, Set<String>> b = broader;
        if (b == null) {
            Map<String, Set<String>> m = new HashMap<>();
            for (var n : dev.alexandria.core.internal.discovery.SearchService.builtInVocabulary().narrower()) {
                String term = oneWord(n.term());
                if (term == null) {
                    continue;
                }
                for (String t : n.narrower()) {
                    String w = oneWord(t);
                    if (w != null) {
                        m.computeIfAbsent(sense(w), k -> new HashSet<>()).add(sense(term));
                    }
                }
            }
            m.replaceAll((k, v) -> Set.copyOf(v));
            b = Map.copyOf(m);
            broader = b;
        }
        return b.getOrDefault(sense(word), Set.of());
    }

    /** A vocabulary term as {@link #matchedWords} spells it, or null when it is a phrase. */
    private static String oneWord(String term) {
        String w = term.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty() || !w.chars().allMatch(Character::isLetterOrDigit)) {
            return null;
        }
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
        return plural ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * A matched word as its synonym group's first term, so that words are compared after the search's synonym
     * expansion: the search matches "snapshot" and "point-in-time recovery" for "backups", and a module matched on
     * "snapshot" answers nothing new next to one matched on "backups" (before, an ElastiCache cluster was added for
     * "private database with backups" as matching 'snapshot', which no module above did). A word
     * of no group is its own sense. The groups are the built-in vocabulary's ({@code vocabulary.txt}); the library's
     * own tag synonyms are not read here, which would cost opening its catalog for a comparison of words.
     */
    static String sense(String word) {
        Map<String, String> s = senses;
        if (s == null) {
            Map<String, String> m = new HashMap<>();
            for (var g : dev.alexandria.core.internal.discovery.SearchService.builtInVocabulary().synonyms()) {
                String first = null;
                for (String t : g.terms()) {
                    String w = t.strip().toLowerCase(Locale.ROOT);
                    if (w.isEmpty() || !w.chars().allMatch(Character::isLetterOrDigit)) {
                        continue; // a phrase: its words are highlighted one by one
                    }
                    boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
                    w = plural ? w.substring(0, w.length() - 1) : w;
                    if (first == null) {
                        first = w;
                    }
                    m.putIfAbsent(w, first);
                }
            }
            s = Map.copyOf(m);
            senses = s;
        }
        return s.getOrDefault(word, word);
    }

    /**
     * The module for a need when later needs of the use case are features of it rather than needs of their own
     * ("vpc with nat gateways": NAT gateways are a feature of a VPC, not a second module). The need's candidates
     * are its hits within {@value #CLOSE_MATCH} of its best, its best module and that module's alternatives among
     * its hits (the other tiers of the same VPC); a later need is a feature when its best hit (patterns aside) is
     * one of them and does not take a resource of the best module or the reverse (an add-on, such as the EKS add-ons
     * for "kubernetes platform with add-ons", is a module of its own). Then the candidate answering the need and
     * its features best is chosen — its mean search score over each need's best, among those within
     * {@value #CLOSE_MATCH} of the highest mean, by the score function like any need's module — and the other
     * candidates become its alternatives, named on it instead of listed. Before, the need and its feature were
     * answered each alone: "vpc" by the basic VPC (whose description says it has no NAT) and "nat gateways" by the
     * standard one, both in the plan, and the third tier after them.
     *
     * @param best     the need's own best module
     * @param later    the needs after it in the use case
     * @param features where the later needs found to be features are added
     * @return the module for the need and its features, or {@code best} when no later need is a feature of it
     */
    private Recommendation refined(Plan plan, Recommendation best, String need, List<String> later,
                                   Set<String> features, Weights weights, Parts parts) {
        List<Hit> own = hits(need, WIRING_DEPTH);
        if (later.isEmpty() || own.isEmpty()) {
            return best;
        }
        LibraryModule chosen = best.module();
        double ownBest = own.get(0).score();
        // The later needs joined to this one by "with", "and" or a comma, one after another ("postgres with read
        // replicas and backups"): what its module is to have, unless their words name a thing of their own.
        Set<String> attached = new HashSet<>();
        for (String q : later) {
            if (!FEATURE_JOINS.contains(joined.getOrDefault(q, ""))) {
                break;
            }
            attached.add(q);
        }
        Services services = Services.of(library);
        List<LibraryModule> candidates = own.stream().filter(h -> h.module().layer() != Layer.PATTERNS)
                .filter(h -> h.module().id().equals(chosen.id()) || h.score() >= CLOSE_MATCH * ownBest
                        || alternative(h.module(), List.of(chosen)))
                .map(Hit::module)
                // An add-on of the chosen module (an add-ons bundle taking the cluster's name) is a module of its
                // own, never the need's answer: the features it has (the add-ons it switches on) are needs of their
                // own next to it.
                .filter(m -> m.id().equals(chosen.id()) || own.stream().noneMatch(o -> o.module() != m
                        && o.module().layer() != Layer.PATTERNS
                        && AddOns.input(m, services, o.module()).isPresent())).toList();
        List<String> refining = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        for (String q : later) {
            Optional<LibraryModule> qBest = hits(q, WIRING_DEPTH).stream().map(Hit::module)
                    .filter(m -> m.layer() != Layer.PATTERNS).findFirst();
            if (qBest.isEmpty()) {
                continue;
            }
            LibraryModule qb = qBest.get();
            if (candidates.stream().noneMatch(c -> Makers.switchFor(c, subject(q)).isPresent())
                    && switchedBy(q).stream().anyMatch(m -> !candidates.contains(m)
                    && candidates.stream().anyMatch(c -> AddOns.input(m, services, c).isPresent()))) {
                // An add-on that an add-ons module of the subject switches on ("karpenter" after "eks"): a need of
                // its own, made by that module, though a cluster's description mentions it.
                continue;
            }
            boolean self = qb.id().equals(chosen.id());
            // An add-on takes a resource of the subject's module or the reverse: a module of its own, no feature.
            boolean addOn = !self && (takenInput(qb, services, chosen).isPresent()
                    || takenInput(chosen, services, qb).isPresent());
            // A module made for the later need that is itself a candidate for the earlier one (a VPC tier that
            // makes the VPN gateway, for "vpc with vpn") answers both: the need is a feature of the subject, not a
            // second module of the subject's kind.
            if ((!madeForAnother(q, chosen) || madeForCandidate(q, candidates))
                    && (candidates.contains(qb)
                    || secondOfKind(qb, chosen, q, own.stream().map(Hit::module).toList(),
                    hasFeature(candidates, q)))
                    && !addOn) {
                refining.add(q);
            } else if (!self && !addOn && hasFeature(candidates, q) && !madeAsItsOwn(qb, q)) {
                // A candidate for the subject has what the later need names (found for it at HAS_FEATURE of its
                // best or more: rds-postgres for "backups"), and the need's best module, of whatever kind, is not
                // made for it as a thing of its own (efs, whose backup policy is a part of a file system, is no
                // backup service): a property of the subject, whichever module the search finds naming it loudest.
                // Taking an input or resource type holding the need's words as having it too was measured and not
                // kept: an S3 bucket's inputs took "custom domain" from the CDN a static website needs.
                refining.add(q);
            } else if (!self && !addOn && attached.contains(q)) {
                Optional<String> head = head(q);
                if (head.isPresent() && candidates.stream().anyMatch(c -> Makers.makes(c, head.get()))
                        && !Makers.makes(qb, head.get())) {
                    // The thing the need names last is a part a candidate makes, the words before it a qualifier
                    // ("autoscaling nodes" of a cluster making node groups): a feature of the subject, not the
                    // module made for the qualifier (an EC2 Auto Scaling group), nor what the qualifier implies.
                    refining.add(q);
                    partFeatures.add(q);
                } else if (namesAProperty(q, qb)
                        && answering(q).stream().anyMatch(h -> otherKindOfLayer(h.module(), chosen))) {
                    // Words naming no thing of their own, found by a module of another kind in the subject's layer
                    // that only mentions them (DynamoDB's global-table replicas, a Redis replication group for
                    // "read replicas" after "postgres"): a feature the subject's module lacks, not a second one.
                    lacking.add(q);
                }
            }
        }
        for (String q : lacking) {
            features.add(q);
            uncovered.putIfAbsent(q, q);
        }
        if (refining.isEmpty()) {
            lacking.forEach(q -> plan.meets(chosen, lacks(q)));
            return best;
        }
        List<String> all = new ArrayList<>();
        all.add(need);
        all.addAll(refining);
        Map<LibraryModule, Double> mean = new LinkedHashMap<>();
        Map<LibraryModule, Double> own2 = new LinkedHashMap<>();
        Map<LibraryModule, String> reasons = new HashMap<>();
        Set<LibraryModule> featured = new HashSet<>();
        Map<LibraryModule, List<String>> missing = new HashMap<>();
        for (LibraryModule m : candidates) {
            double sum = 0;
            boolean hasAll = true;
            List<String> why = new ArrayList<>();
            for (String n : all) {
                List<Hit> nh = hits(n, WIRING_DEPTH);
                double nb = nh.get(0).score();
                Optional<Hit> hit = nh.stream().filter(h -> h.module().id().equals(m.id())).findFirst();
                double share = hit.map(h -> nb <= 0 ? 0 : Math.min(1, h.score() / nb)).orElse(0.0);
                sum += share;
                if (n.equals(need)) {
                    own2.put(m, share);
                } else if (share < HAS_FEATURE || madeForCandidate(n, candidates) && !Makers.madeFor(m, n)) {
                    // When a candidate is made for the feature, a candidate that only mentions it has it not
                    // (vpc-basic's "no VPN" next to vpc-advanced's VPN gateway).
                    hasAll = false;
                    missing.computeIfAbsent(m, k -> new ArrayList<>()).add(n);
                }
                why.add(hit.map(h -> searchScore(h.score(), nb, n)).orElse("no hit for '" + n + "'"));
            }
            mean.put(m, sum / all.size());
            reasons.put(m, String.join("; ", why));
            if (hasAll) {
                featured.add(m);
            }
        }
        // A feature is a property the module has or not; the need, the subject, ranks those that have it. So of the
        // candidates that have every feature (found for it at HAS_FEATURE of its best or more), the need's own
        // search score decides. Before, the mean of both did, and a feature that one candidate names more loudly
        // outweighed the subject: "private database with backups" got DynamoDB (point-in-time recovery, tagged
        // backups) over the relational databases that match "private database" better and are tagged backups too
        // (2026-12-03). When no candidate has every feature, the mean decides as before.
        if (!featured.isEmpty()) {
            mean.keySet().retainAll(featured);
            mean.replaceAll((m, v) -> own2.getOrDefault(m, 0.0));
        }
        double top = mean.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // A feature is claimed only on a module that has it: when no candidate has every feature, the one chosen
        // says which it lacks and which module of its kind has it. Before, "pg db with read replicas" said the
        // sample's PostgreSQL instance had read replicas, which it makes none of, next to the Aurora cluster that
        // has readers.
        Optional<Recommendation> pick = mean.entrySet().stream().filter(e -> e.getValue() >= CLOSE_MATCH * top)
                .map(e -> recommendation(e.getKey(), new ScorePart("relevance", e.getValue(), weights.relevance(),
                        reasons.get(e.getKey())), parts, List.of(featureLabel(need, all.subList(1, all.size()),
                        missing.getOrDefault(e.getKey(), List.of()))), List.of()))
                .sorted(Ranking.ORDER).findFirst();
        if (pick.isEmpty()) {
            return best;
        }
        features.addAll(refining);
        for (String q : missing.getOrDefault(pick.get().module(), List.of())) {
            LibraryModule p = pick.get().module();
            // another candidate that has it, else the feature's best hit of the chosen module's category
            Optional<LibraryModule> other = candidates.stream().filter(c -> !missing.getOrDefault(c, List.of())
                    .contains(q)).findFirst().or(() -> hits(q, WIRING_DEPTH).stream().map(Hit::module)
                    .filter(m -> !m.id().equals(p.id()) && m.category().equals(p.category())).findFirst());
            if (other.isPresent()) {
                plan.meets(p, "lacks '" + quoted(q) + "', asked with it: " + other.get().id()
                        + ", another module of its kind, has it");
            } else {
                lacking.add(q);
                uncovered.putIfAbsent(q, q);
            }
        }
        lacking.forEach(q -> plan.meets(pick.get().module(), lacks(q)));
        for (LibraryModule m : candidates) {
            if (!m.id().equals(pick.get().module().id())) {
                plan.nameAlternative(pick.get().module(), m);
            }
        }
        return pick.get();
    }

    /**
     * Whether a need joined by "for" to the part before it names what that part is used for, not a need of its
     * own: its words name no kind of module — no close hit is made for them ({@link #madeForHits}), nor is any of
     * its first hits ({@link Makers#madeFor}) — and imply none ({@link Implied}).
     */
    private boolean purpose(String need, List<Hit> needHits) {
        return "for".equals(joined.get(need)) && !Makers.words(need).isEmpty() && namesNoKind(need, needHits);
    }

    /** Whether a text's words name no kind of module: none of its hits is made for them, they imply no kind. */
    private boolean namesNoKind(String text, List<Hit> textHits) {
        return madeForHits(text).isEmpty() && textHits.stream().noneMatch(h -> Makers.madeFor(h.module(), text))
                && Implied.of(text, implies, true).isEmpty();
    }

    /**
     * The purpose of a need whose words imply kinds of module and that no hit answers itself: its content words
     * besides those implying the kinds, when they name no kind of module ({@link #namesNoKind}).
     */
    private Optional<String> impliedPurpose(String need, List<Implied.Need> kinds) {
        String rest = rest(need, kinds);
        if (kinds.isEmpty() || rest.isEmpty() || !answering(need).isEmpty()) {
            return Optional.empty();
        }
        return namesNoKind(rest, hits(rest, NEED_DEPTH)) ? Optional.of(rest) : Optional.empty();
    }

    /** A need without the words implying kinds of module, when content words are left; else "". */
    private static String rest(String need, List<Implied.Need> kinds) {
        String rest = need;
        for (Implied.Need k : kinds) {
            rest = rest.replaceAll("(?i)" + java.util.regex.Pattern.quote(k.because()), " ");
        }
        rest = rest.replaceAll("\\s+", " ").strip();
        return orderedWords(rest).stream().anyMatch(Recommender::contentWord) ? rest : "";
    }

    /**
     * The hits that would answer a need of its own: those made for it among its close hits ({@link #madeForHits}),
     * else its first hits within {@value #CLOSE_MATCH} of its best that answer it rather than mention it
     * ({@link #identified}).
     */
    private List<Hit> answering(String need) {
        List<Hit> made = madeForHits(need);
        if (!made.isEmpty()) {
            return made;
        }
        List<Hit> nh = hits(need, NEED_DEPTH);
        return nh.isEmpty() ? nh : identified(need, nh.stream()
                .filter(h -> h.score() >= CLOSE_MATCH * nh.get(0).score()).toList());
    }

    /** The evidence of a module chosen for a need with the features it has, of those asked with it. */
    private static String featureLabel(String need, List<String> asked, List<String> lacked) {
        List<String> has = asked.stream().filter(n -> !lacked.contains(n)).toList();
        return "best match for '" + quoted(need) + "'" + (has.isEmpty() ? "" : " with " + has.stream()
                .map(n -> "'" + quoted(n) + "'").collect(Collectors.joining(" and ")) + ", a feature of it");
    }

    /**
     * The kind the use case implies ({@link Implied}) that a need names by its head, its last significant word, with
     * other words before it: "a private registry" and the "container registry" that 'containerized' implies. Empty
     * when the need is of one word or names no implied kind's head.
     */
    private Optional<Implied.Need> kindNamed(String need) {
        List<String> words = Makers.words(subject(need));
        if (words.size() < 2) {
            return Optional.empty();
        }
        String head = words.get(words.size() - 1);
        return impliedNeeds.stream().filter(k -> {
            List<String> kw = Makers.words(k.need());
            return kw.size() > 1 && kw.get(kw.size() - 1).equals(head);
        }).findFirst();
    }

    /** The words joining a later need to the one before it as what that one is to have ({@link #joins}). */
    static final Set<String> FEATURE_JOINS = Set.of("with", "and", ",");

    /**
     * The later needs that may be features of a need ({@link #refined}): all of them, except that a need joined by
     * "with" starts a list of what the part before it is to have, and the needs after a member of that list joined by
     * a comma or "and" are its siblings, not its features. Before, "account with cloudtrail, guardduty and config"
     * could take "config" as a feature of the module chosen for "cloudtrail" or "guardduty"; each is a need of its
     * own. A list without "with" ("eks, rds and redis") is read as before.
     *
     * @param needs  the needs of the use case, in order
     * @param i      the index of a need
     * @param joined the word joining each need to the part before it ({@link #joins})
     */
    static List<String> withoutSiblings(List<String> needs, int i, Map<String, String> joined) {
        List<String> later = needs.subList(i + 1, needs.size());
        int start = i;
        while (start > 0 && LIST_JOINS.contains(joined.getOrDefault(needs.get(start), ""))) {
            start--;
        }
        if (!"with".equals(joined.get(needs.get(start)))) {
            return later;
        }
        int k = 0;
        while (k < later.size() && LIST_JOINS.contains(joined.getOrDefault(later.get(k), ""))) {
            k++;
        }
        return later.subList(k, later.size());
    }

    /** The words joining the members of a list: a comma and "and". */
    private static final Set<String> LIST_JOINS = Set.of("and", ",");

    /** The evidence on a module chosen for a need that one of its features, asked with it, is missing from. */
    private static String lacks(String feature) {
        return "lacks '" + quoted(feature) + "', asked with it: no module of its kind found has it (uncovered)";
    }

    /** The thing a need names: the last significant word of its {@link #subject} ("node" of "autoscaling nodes"). */
    private static Optional<String> head(String need) {
        List<String> words = Makers.words(subject(need));
        return words.size() < 2 ? Optional.empty() : Optional.of(words.get(words.size() - 1));
    }

    /**
     * Whether a need's words name a property rather than a thing: no module among its close hits is made for it
     * ({@link #madeForHits}), nor is its best module ({@link Makers#madeFor}, {@link #madeAsItsOwn}), which only
     * mentions the words.
     */
    private boolean namesAProperty(String need, LibraryModule best) {
        return !Makers.words(need).isEmpty() && madeForHits(need).isEmpty() && !Makers.madeFor(best, need)
                && !madeAsItsOwn(best, need) && Implied.of(need, implies, true).isEmpty();
    }

    /**
     * Whether a module is of another kind than the one chosen in the same layer: it names no service the chosen
     * one names ({@link #namedServices}) — another database engine or a cache next to a database, not a CDN in
     * front of the bucket it serves (both name S3), nor a module of another layer (a DNS zone, a certificate).
     */
    static boolean otherKindOfLayer(LibraryModule m, LibraryModule chosen) {
        if (m.layer() != chosen.layer()) {
            return false;
        }
        Set<String> chosenService = namedServices(chosen);
        return namedServices(m).stream().noneMatch(chosenService::contains);
    }

    /**
     * The hits of a need that answer it rather than mention it: those in which the search found the need's words or
     * their synonyms in what the module is and makes ({@link #identifiedBy}: its name, description or managed
     * resource types), as for an implied need. A WAF whose README and inputs name CloudFront is no answer to "a
     * cdn": before, it was its "best match" and the word was then answered by a module that makes no CDN.
     */
    private List<Hit> identified(String need, List<Hit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        Set<ModuleId> ids = identifiedBy(need);
        return hits.stream().filter(h -> ids.contains(h.module().id())
                || Makers.madeFor(h.module(), need)).filter(h -> tells(h.module(), need)).toList();
    }

    /**
     * Of the words of a need (as {@link Makers#words}, without the provider's), the share of what they tell that a
     * module must answer to answer the need: {@value}.
     */
    static final double TELLING_SHARE = 0.5;

    /**
     * Whether the words of a need that a module answers tell the need, not only share a word with it. The words are
     * the significant ones ({@link Makers#words}) of its {@link #subject}, without the provider's and describing
     * participles ("uploaded"); each weighs what it tells, {@code ln((N + 1) / (n + 1))} of a library of N modules
     * of which the search finds n for the word alone ({@link #mentioning}, synonyms and every field counted), and
     * the words the module answers must weigh at least {@value #TELLING_SHARE} of them all, the last of them (the
     * head, which names the thing; the words before it qualify it) among them. A module answers a word
     * when it is made for it ({@link Makers#madeFor}: its id, name, category, a managed resource type or a switching
     * input holds it) or the search found the word or another form of it ("hosted" of "host") in what the module is
     * and makes ({@link #identifies}: name, description, managed resource types); a synonym found there answers the
     * words whose own search finds the module ("kubernetes" for "k8s"). A need of one such word is answered by any
     * module that answers the word, as before. Why: a word many modules share, or one the module uses in another
     * sense, claimed the need: "machine learning training cluster" got an Aurora cluster ('cluster'), "sftp file
     * transfer" the EFS file system ('file'), "bastion host" the Route 53 hosted zone ('host'), "private postgres"
     * a private S3 bucket ('private' in its id); the words those modules do not answer ("training", "sftp",
     * "bastion", "postgres") are the ones that say what is asked for; and "a private registry" a private S3 bucket,
     * 'private' weighing as much as 'registry' in a library whose READMEs mention the Terraform Registry.
     */
    private boolean tells(LibraryModule m, String need) {
        List<String> words = Makers.words(subject(need)).stream()
                .filter(w -> !PROVIDER_WORDS.contains(w) && !w.endsWith("ed") && !QUANTIFIERS.contains(w)
                        && !w.chars().allMatch(Character::isDigit)).distinct().toList();
        if (words.size() < 2) {
            return true;
        }
        Set<String> answered = new HashSet<>();
        // a phrase the module is made for by another name ("content delivery network" of a CDN module)
        Set<String> spelled = Makers.spelledOut(m, need);
        for (String w : words) {
            if (Makers.madeFor(m, w) || spelled.contains(w)) {
                answered.add(w);
            }
        }
        boolean synonym = false;
        for (Hit h : highlightedHits(need)) {
            if (!h.module().id().equals(m.id())) {
                continue;
            }
            for (SearchResult.Highlight x : h.highlights()) {
                if (!identifies(m, x)) {
                    continue;
                }
                for (SearchResult.Span span : x.spans()) {
                    String t = Wiring.singular(x.fragment().substring(span.start(), span.end())
                            .toLowerCase(Locale.ROOT));
                    List<String> of = words.stream().filter(w -> formOf(t, w)).toList();
                    answered.addAll(of);
                    synonym |= of.isEmpty() && !PROVIDER_WORDS.contains(t) && Makers.longEnough(t);
                }
            }
        }
        if (synonym) {
            for (String w : words) {
                if (hits(w, WIRING_DEPTH).stream().anyMatch(h -> h.module().id().equals(m.id()))) {
                    answered.add(w);
                }
            }
        }
        if (!answered.contains(words.get(words.size() - 1))) {
            return false; // the head, which names the thing; the words before it only qualify it
        }
        double all = 0;
        double told = 0;
        int n = library.modules().size();
        for (String w : words) {
            double weight = Math.log((n + 1.0) / (mentioning(w) + 1.0));
            all += weight;
            if (answered.contains(w)) {
                told += weight;
            }
        }
        return all <= 0 || told >= TELLING_SHARE * all;
    }

    /**
     * Words saying how many of a thing (or that they go together), not what it is: rare in a library, they weighed
     * most in {@link #tells}, and "several vpcs" was uncovered on the real-module library though its VPC module
     * answers it.
     */
    static final Set<String> QUANTIFIERS = Set.of("several", "many", "multiple", "few", "some", "all", "each",
            "every", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
            "hundred", "hundreds", "thousand", "thousands", "single", "numerous", "various", "together");

    /**
     * Whether a word the search marked is a need's word or another form of it: equal in the singular, or one
     * starts the other and the shorter has at least four letters ("hosted" of "host", "postgresql" of
     * "postgres").
     */
    static boolean formOf(String marked, String word) {
        if (marked.equals(word)) {
            return true;
        }
        String shorter = marked.length() < word.length() ? marked : word;
        String longer = shorter.equals(marked) ? word : marked;
        return shorter.length() >= 4 && longer.startsWith(shorter);
    }

    /**
     * Whether a module matched on some words of the use case tells one of the needs holding them ({@link #tells}):
     * the late steps add a module for a word no module above answers, and a word of a need that the module only
     * shares with it ('file' of "sftp file transfer" in an EFS file system) is no reason to add it. True when no
     * need holds one of the words (a word of the whole text only).
     */
    private boolean tellsANeed(LibraryModule m, Set<String> words, List<String> needs) {
        List<String> holding = needs.stream().filter(n -> Makers.words(n).stream()
                .anyMatch(w -> words.stream().anyMatch(x -> formOf(Wiring.singular(x), w)))).toList();
        return holding.isEmpty() || holding.stream().anyMatch(n -> tells(m, n));
    }

    /** How many modules the search finds for one word alone (cached for the run). */
    private long mentioning(String word) {
        return mentioning.computeIfAbsent(word, w -> {
            Search s = search(w, 1);
            if (s instanceof DefaultSearch d) {
                d.plain();
            }
            return s.run().total();
        });
    }

    /**
     * The part of a need before a relative clause, which describes it: "a function" of "a function that resizes
     * uploaded images". Its words say what the need is; the clause's words (verbs, participles) what it does.
     */
    static String subject(String need) {
        java.util.regex.Matcher r = RELATIVE.matcher(need);
        return r.find() && r.start() > 0 ? need.substring(0, r.start()) : need;
    }

    /** A relative pronoun starting a clause that describes the words before it. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "(?i)\\s(?:that|which|who|whose)\\s");

    /**
     * Whether a module only mentions a need while one of the need's close hits is made for it
     * ({@link Makers#madeFor}): "argocd" after "eks" is no feature of a cluster whose description says it works with
     * Argo CD when an add-ons module that installs it is found too; it is a need of its own.
     */
    private boolean madeForAnother(String need, LibraryModule m) {
        return !Makers.madeFor(m, need) && !madeForHits(need).isEmpty();
    }

    /**
     * Whether one of a need's hits made for it ({@link #madeForHits}) is among the candidates for an earlier need:
     * the need is then a feature one of those candidates has, not a need of its own.
     */
    private boolean madeForCandidate(String need, List<LibraryModule> candidates) {
        return madeForHits(need).stream().anyMatch(h -> candidates.contains(h.module()));
    }

    /**
     * The hits of a need made for it ({@link Makers#madeFor}) among its first {@value #WIRING_DEPTH} within
     * {@value #CLOSE_MATCH} of its best (an add-ons module with {@code enable_argocd} next to a cluster whose
     * description says it works with Argo CD); empty when none is, and then the close hits answer it as before.
     * Wider, down to {@value #HAS_FEATURE} of the best, a module made for one word of a longer need took it from
     * the modules the search finds for the whole of it.
     */
    private List<Hit> madeForHits(String need) {
        List<Hit> nh = hits(need, WIRING_DEPTH);
        if (nh.isEmpty()) {
            return List.of();
        }
        double best = nh.get(0).score();
        String subject = subject(need);
        return nh.stream().filter(h -> h.module().layer() != Layer.PATTERNS
                && (h.score() >= CLOSE_MATCH * best && Makers.madeFor(h.module(), need)
                || Makers.installsAddOns(h.module()) && Makers.switchFor(h.module(), subject).isPresent())
                && tells(h.module(), need)).toList();
    }

    /**
     * Of the hits answering a need, those that are the thing it names, in the sense the plan gives its words:
     * <ul>
     * <li>when one of them makes the thing the need's subject names ({@link Makers#thing}: {@code aws_vpc} for
     * "vpc") and a word of the need is that resource type's service ({@link Services#service}), a hit making no
     * resource of that service is left out: it matches through its id, its name or a qualifier in a resource type of
     * another service, and makes something else (VPC Lattice, an application networking service whose
     * {@code aws_vpclattice_service_network_vpc_association} only names the VPCs it joins, is no VPC; a flow-logs
     * module named for the VPC it watches makes flow logs);</li>
     * <li>when the plan holds modules of a hit's category, a hit whose named services ({@code eks} of an EKS
     * Fargate profile) none of them makes or names is left out while another hit of that category is not of that
     * sort ({@code ecs} of an ECS Fargate service, which they make): in a plan of ECS services, "fargate" is ECS on
     * Fargate.</li>
     * </ul>
     * Neither leaves the need without a hit; hits of other categories, and patterns, stay.
     *
     * @param pool the hits answering the need
     * @param need the need
     * @param plan the plan so far
     * @return the hits kept, in their order
     */
    private List<Hit> ofTheThing(List<Hit> pool, String need, Plan plan) {
        List<String> words = Makers.words(need);
        Set<String> named = pool.stream().filter(h -> h.module().layer() != Layer.PATTERNS)
                .flatMap(h -> Makers.thing(h.module(), subject(need)).stream()).map(Services::service)
                .flatMap(Optional::stream).map(Wiring::singular).filter(words::contains).collect(Collectors.toSet());
        List<Hit> kept = named.isEmpty() ? pool : pool.stream().filter(h -> h.module().layer() == Layer.PATTERNS
                || ModuleFacts.types(h.module()).stream().map(Services::service).flatMap(Optional::stream)
                .map(Wiring::singular).anyMatch(named::contains)).toList();
        List<LibraryModule> chosen = plan.chosenModules();
        java.util.function.Predicate<Hit> foreign = h -> {
            Set<String> own = namedServices(h.module());
            List<LibraryModule> kin = chosen.stream().filter(c -> c.category().equals(h.module().category()))
                    .toList();
            return !own.isEmpty() && !kin.isEmpty() && kin.stream().noneMatch(c -> own.stream()
                    .anyMatch(x -> services(c).contains(x) || Wiring.names(c, x)));
        };
        List<Hit> fitting = kept.stream().filter(h -> h.module().layer() != Layer.PATTERNS)
                .filter(h -> chosen.stream().anyMatch(c -> c.category().equals(h.module().category())))
                .filter(foreign.negate()).toList();
        if (!fitting.isEmpty()) {
            kept = kept.stream().filter(foreign.negate()).toList();
        }
        return kept;
    }

    /**
     * The answering hits of a need with each add-on of another of them or of another of the need's first hits
     * ({@link AddOns}) in the place of its base: a node group, a Fargate profile or an add-ons bundle taking an EKS
     * cluster's name attaches to the cluster and never stands for it ("eks with karpenter and argocd" got the
     * add-ons bundle for "eks", "kubernetes" the bundle whose description says Kubernetes where the cluster's says
     * EKS).
     */
    private List<Hit> withoutAddOns(List<Hit> hs, String need) {
        if (hs.isEmpty()) {
            return hs;
        }
        Services services = libraryServices();
        List<Hit> bases = new ArrayList<>(hs);
        hits(need, WIRING_DEPTH).stream().filter(h -> !hs.contains(h)).forEach(bases::add);
        List<Hit> out = new ArrayList<>();
        for (Hit h : hs) {
            Optional<Hit> base = bases.stream().filter(x -> x != h && x.module().layer() != Layer.PATTERNS
                    && AddOns.input(h.module(), services, x.module()).isPresent()
                    && AddOns.input(x.module(), services, h.module()).isEmpty()).findFirst();
            Hit kept = base.orElse(h);
            if (!out.contains(kept)) {
                out.add(kept);
            }
        }
        return out;
    }

    /** Answers a need by a module with an input switching it on: says so on it when chosen, else adds it. */
    private void switchedOn(Plan plan, LibraryModule m, String need) {
        answeredBy.put(need, m);
        partFeatures.add(need);
        if (Makers.switchFor(m, subject(need)).isEmpty()) {
            addOnNeeds.add(need);
        }
        if (plan.has(m)) {
            Makers.addOnSwitch(m, subject(need)).ifPresent(input -> plan.meets(m, "makes '" + quoted(need)
                    + "': its input " + input + " switches it on"));
        } else {
            plan.add(plan.of(m, "best match for '" + quoted(need) + "': its input "
                    + Makers.addOnSwitch(m, subject(need)).orElse("") + " switches it on"), Step.NEED);
        }
    }

    /**
     * The modules installing add-ons ({@link Makers#installsAddOns}) into a chosen module ({@link AddOns}: they take
     * its cluster's name) that switch on what a need names, when none of its words names a cloud service a module of
     * the library makes: "cluster autoscaler", "cert-manager", not "dynamodb" (an add-ons module's
     * {@code enable_dynamodb} installs a controller for DynamoDB tables, not a table).
     */
    private List<LibraryModule> addOnMakers(Plan plan, String need) {
        Services services = libraryServices();
        List<LibraryModule> on = switchedBy(need);
        if (!on.isEmpty()) {
            if (Makers.words(subject(need)).stream().anyMatch(services::made)) {
                return List.of();
            }
            return on.stream().filter(Makers::installsAddOns).filter(m -> plan.chosenModules().stream()
                    .anyMatch(c -> AddOns.input(m, services, c).isPresent())).toList();
        }
        // Read more widely (Makers.addOnSwitch) only among add-ons modules of a chosen module: "karpenter
        // autoscaling" is the add-on karpenter, "ingress" an ingress controller, next to a Kubernetes cluster
        // only. The add-on's own word names no cloud service (its first word, or the kind).
        List<String> w = Makers.words(subject(need));
        if (w.isEmpty() || services.made(w.get(0))) {
            return List.of();
        }
        return library.modules().stream().filter(m -> m.layer() != Layer.PATTERNS && allowed(m))
                .filter(Makers::installsAddOns).filter(m -> plan.chosenModules().stream()
                        .anyMatch(c -> AddOns.input(m, services, c).isPresent()))
                .filter(m -> Makers.addOnSwitch(m, subject(need)).isPresent()).toList();
    }

    /** Says on a chosen module that it makes a need by an input switching it on, when it has such an input. */
    private void switchNote(Plan plan, LibraryModule m, String need, String how) {
        Makers.switchFor(m, subject(need)).ifPresent(input -> {
            partFeatures.add(need);
            plan.meets(m, how + " '" + quoted(need) + "': its input " + input + " switches it on");
        });
    }

    /**
     * Of the modules making what a need names by an input switching that very thing on ({@link Makers#switchFor}:
     * {@code enable_cert_manager} for "cert-manager"), whatever the search scores them: a chosen one first, then the
     * one switching on the most of the use case's needs, then by the score function. Empty when there is none.
     *
     * @param on the modules switching it on
     */
    private Optional<LibraryModule> switching(Plan plan, String need, List<String> needs, List<LibraryModule> on) {
        return on.stream()
                .min(java.util.Comparator.comparingInt((LibraryModule m) -> plan.has(m) ? 0 : 1)
                        .thenComparingLong(m -> -needs.stream()
                                .filter(n -> Makers.switchFor(m, subject(n)).isPresent()).count())
                        .thenComparing(m -> -plan.of(m, "").score())
                        .thenComparing(m -> m.id().value()));
    }

    /** The modules of the library with an input switching on what a need names ({@link Makers#switchFor}). */
    private List<LibraryModule> switchedBy(String need) {
        String key = Makers.switchKey(subject(need));
        if (key.length() < 3) {
            return List.of();
        }
        if (switches == null) {
            Map<String, List<LibraryModule>> index = new HashMap<>();
            for (LibraryModule m : library.modules()) {
                if (m.layer() == Layer.PATTERNS || !allowed(m)) {
                    continue;
                }
                for (ModuleFacts.Input v : ModuleFacts.inputs(m)) {
                    String k = Makers.switched(v);
                    if (!k.isEmpty()) {
                        index.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
                    }
                }
            }
            index.replaceAll((k, l) -> l.stream().distinct().toList());
            switches = index;
        }
        return switches.getOrDefault(key, List.of());
    }

    /**
     * Whether a later need's best module would be a second answer to the earlier need, found for words that name a
     * property rather than a thing: it is among the earlier need's own first hits or a candidate for the earlier
     * need has the property too ({@link #hasFeature}), it is of the chosen module's category but made for another
     * service (another database engine, not another part of the same service: a Fargate profile next to a node
     * group),
     * and no significant word of the later need is in its id, name, resource types or category
     * ({@link Makers#makesAWord}). "pg db with read replicas": DynamoDB (global-table replicas), a hit of "pg db"
     * too, was the best match for "read replicas" and came as a second database, where the user asks for one
     * PostgreSQL database that has replicas; "pg db with dynamodb" names DynamoDB, and "rds with a nosql table" a
     * table DynamoDB makes, so those stay needs of their own, as does a later need whose best module the earlier
     * need does not find (the Fargate profile of "kubernetes where pods run without servers").
     *
     * @param qBest  the later need's best module
     * @param chosen the module chosen for the earlier need
     * @param q      the later need
     * @param own    the earlier need's first hits
     * @param candidateHasIt whether a candidate for the earlier need is found for the later one
     */
    static boolean secondOfKind(LibraryModule qBest, LibraryModule chosen, String q, List<LibraryModule> own,
                                boolean candidateHasIt) {
        if (qBest.id().equals(chosen.id()) || !(own.contains(qBest) || candidateHasIt)
                || !qBest.category().id().equals(chosen.category().id()) || Makers.words(q).isEmpty()
                || Makers.makesAWord(qBest, q)) {
            return false;
        }
        Set<String> chosenService = namedServices(chosen);
        return namedServices(qBest).stream().noneMatch(chosenService::contains);
    }

    /**
     * Whether a module makes what a need names only on the side of what it is made for: it is named for services it
     * makes ({@link #namedServices}: {@code msk} of {@code clouddrove-msk}), neither its id nor its name holds a
     * significant word of the need, and every resource type it manages that holds one of the need's words is of
     * another service ({@code aws_glue_schema_registry} of that Kafka module for "glue", implied by "data lake": a
     * schema registry for its topics, no Glue catalog or crawler; issue 12). Such a module is no
     * answer to the need, which is uncovered when no other module makes it.
     */
    static boolean onTheSide(LibraryModule m, String need) {
        List<String> words = Makers.words(need);
        if (words.isEmpty() || words.stream().anyMatch(idAndName(m)::contains)) {
            return false;
        }
        // named for a service as its resource types spell it or by a shorter word of it (waf of wafv2)
        List<String> idWords = Makers.words((m.id().value() + " " + m.metadata().name()).replace('-', ' '));
        Set<String> named = services(m).stream()
                .filter(x -> idWords.stream().anyMatch(w -> w.length() >= 3 && x.startsWith(w)))
                .collect(Collectors.toSet());
        if (named.isEmpty()) {
            return false;
        }
        Set<String> ofNeed = new HashSet<>();
        for (String t : ModuleFacts.types(m)) {
            if (words.stream().anyMatch(w -> Makers.holds(t, w, words))) {
                Services.service(t).ifPresent(ofNeed::add);
            }
        }
        return !ofNeed.isEmpty() && ofNeed.stream().noneMatch(named::contains);
    }

    /**
     * Whether a chosen module makes the thing an implied need names only bare, on the side of what it is made for
     * ({@link #onTheSide}), while the module made for the need makes it with its parts: resource types of the thing
     * ({@code aws_cognito_user_pool_client}, {@code aws_cognito_user_pool_domain} of {@code aws_cognito_user_pool})
     * that the chosen module makes none of. An API module with a bare user pool for its authorizer is no answer to
     * "user pool" (implied by "sign-in") next to a Cognito module that makes the pool with its clients and domain;
     * before, the API "met" it and the Cognito module was left out. A log group or a KMS key has no such parts (a
     * log module's metric filters and a key's alias are things of their own), so a function's own log group still
     * meets "log group" and a cluster's own key "kms key".
     *
     * @param chosen the chosen module
     * @param type   the resource type by which it would meet the need
     * @param maker  the module that would be added for the need
     * @param need   the implied need
     */
    static boolean barePart(LibraryModule chosen, String type, LibraryModule maker, String need) {
        if (chosen.id().equals(maker.id()) || !onTheSide(chosen, need)) {
            return false;
        }
        String part = type + "_";
        return ModuleFacts.types(chosen).stream().noneMatch(t -> t.startsWith(part))
                && ModuleFacts.types(maker).stream().anyMatch(t -> t.startsWith(part));
    }

    /** A module's id and name in lower case without separators, where a need's words may name it. */
    private static String idAndName(LibraryModule m) {
        return Wiring.withoutSeparators((m.id().value() + " " + m.metadata().name()).toLowerCase(Locale.ROOT), true);
    }

    /** The services a module makes resources of and names in its id or name: what it is made for. */
    private static Set<String> namedServices(LibraryModule m) {
        return services(m).stream().filter(x -> Wiring.names(m, x)).collect(Collectors.toSet());
    }

    /**
     * Whether a module is made for what a need names as a thing of its own: a significant word of the need is in its
     * id or name, in an input switching it on ({@link Makers#SWITCHES}: {@code enable_argocd}), or in a resource
     * type of a service the word names ({@code aws_backup_plan} for "backups"). A file system managing
     * {@code aws_efs_backup_policy} has backups as a part of itself, not as a thing it is made for; an add-ons module
     * is named for its add-ons.
     */
    static boolean madeAsItsOwn(LibraryModule m, String need) {
        List<String> words = Makers.words(need);
        if (words.isEmpty()) {
            return false;
        }
        if (words.stream().anyMatch(idAndName(m)::contains)) {
            return true;
        }
        boolean switched = ModuleFacts.inputNames(m).stream()
                .filter(i -> Makers.SWITCHES.stream().anyMatch(i::startsWith))
                .map(i -> i.substring(i.indexOf('_') + 1).replace("_", "").toLowerCase(Locale.ROOT))
                .anyMatch(i -> words.stream().anyMatch(i::contains));
        return switched || ModuleFacts.types(m).stream().anyMatch(t -> words.stream().anyMatch(w ->
                Makers.holds(t, w, words) && Services.service(t).map(x -> Wiring.singular(x).equals(w))
                        .orElse(false)));
    }

    /**
     * @return whether one of the candidates is among the first hits of a need at {@value #HAS_FEATURE} of its best
     *         score or more: it has what the need names
     */
    private boolean hasFeature(List<LibraryModule> candidates, String need) {
        List<Hit> nh = hits(need, WIRING_DEPTH);
        return !nh.isEmpty() && nh.stream().anyMatch(h -> candidates.contains(h.module())
                && h.score() >= HAS_FEATURE * nh.get(0).score());
    }

    /**
     * A need the use case implies: unless a chosen module is named for it or answers it, the best of its first hits
     * named for it, else making it with the fewest other services ({@link Makers}), else its best module like a
     * named need when the search finds the need in that module's name, description or resource types
     * ({@link #identifiedBy}); when none is, the need is {@link #uncovered()}.
     */
    private void implied(Plan plan, Implied.Need n, Weights weights, Parts parts, boolean deferWeak,
                         boolean madeOnly) {
        List<Hit> nh = highlightedHits(n.need());
        if (nh.isEmpty()) {
            uncoveredUnlessMade(plan, n);
            return;
        }
        if (plan.chosenModules().stream().anyMatch(m -> Makers.named(m, n.need()))) {
            return; // a chosen module is named for it
        }
        if (Optional.ofNullable(impliedModules.get(n.need())).filter(plan::has).isPresent()) {
            return; // chosen for it already, by the need whose words imply it: not a second module for the kind
        }
        // Of its first hits, those named for it, else those making it with the fewest other services.
        Optional<Hit> maker = nh.stream().filter(h -> h.module().layer() != Layer.PATTERNS)
                .filter(h -> Makers.named(h.module(), n.need()) || Makers.makes(h.module(), n.need()))
                .filter(h -> !onTheSide(h.module(), n.need()))
                // a module made for another service's own use (a bucket for CloudTrail logs) only when no other is
                .min(java.util.Comparator.comparingInt((Hit h) -> forAnotherService(h.module(), n) ? 1 : 0)
                        .thenComparingInt(h -> Makers.named(h.module(), n.need()) ? 0 : 1)
                        .thenComparingInt(h -> services(h.module()).size())
                        .thenComparingInt(nh::indexOf));
        // A chosen module of the maker's category making the kind meets it: one Auto Scaling group launches the
        // instances 'ec2 instances' and 'autoscaling' both imply, not a second one next to it. Not one made for
        // another service's own use (a CDN's origin bucket is no "s3 bucket" of the use case's own).
        if (maker.isPresent() && plan.chosenModules().stream().anyMatch(c -> c.layer() != Layer.PATTERNS
                && c.category().equals(maker.get().module().category()) && Makers.makes(c, n.need())
                && !forAnotherService(c, n))) {
            return;
        }
        if (madeOnly && maker.isEmpty()) {
            return; // implied by a feature of a chosen module, which has it; no module of the library is made for it
        }
        // The module of the need whose words imply it meets it when it manages the thing itself (Makers#thing): a
        // bucket module chosen for "data lake" is the bucket it implies. Before, the module made for the need was
        // looked for among its hits anyway, and a bucket made for CloudTrail logs came next to the chosen bucket.
        for (LibraryModule c : subjects(plan, n)) {
            Optional<String> type = Makers.thing(c, n.need());
            if (type.isPresent() && nh.stream().limit(NEED_DEPTH).anyMatch(h -> h.module().equals(c))) {
                return; // found for the need too ("sqs queue" of an SQS module): nothing to say
            }
            if (type.isPresent() && maker.isPresent() && barePart(c, type.get(), maker.get().module(), n.need())) {
                continue; // a bare part on the side: the module made for the need answers it
            }
            if (type.isPresent()) {
                meetsItself(plan, c, n, "makes " + type.get());
                maker.ifPresent(h -> metInstead.add(h.module().id()));
                return;
            }
        }
        List<Hit> pool = maker.map(List::of).orElse(nh.subList(0, Math.min(NEED_DEPTH, nh.size())));
        double nb = pool.get(0).score();
        if (maker.isEmpty()
                && pool.stream().anyMatch(h -> plan.has(h.module()) && h.score() >= CLOSE_MATCH * nb)) {
            return;
        }
        // A kind no module is made for by its words is met by a module the use case asks for when one of its hits
        // is another module of that module's kind (same category, making a resource type of a service both name):
        // the use case named which one it wants. The module itself among the hits counts only when the kind's best
        // hit is another module of its category: else it only shares words with the kind (a trail module among the
        // hits of "aws organizations", whose best is a transit gateway). "microservices on ecs" implies container orchestration, whose hits are an
        // EKS add-ons bundle and another ECS service module; the ECS service chosen for "ecs" is the answer.
        if (maker.isEmpty()) {
            Optional<LibraryModule> asked = pool.stream().filter(h -> h.score() >= HAS_FEATURE * nb)
                    .map(Hit::module).flatMap(h -> plan.chosenModules().stream()
                            .filter(c -> ASKED_STEPS.contains(plan.steps.get(c.id().value()))
                                    && c.category().equals(h.category()) && (c.equals(h)
                                            ? !pool.get(0).module().equals(h)
                                                    && pool.get(0).module().category().equals(h.category())
                                            : Alternatives.sameKind(c, h))))
                    .findFirst();
            if (asked.isPresent()) {
                meetsItself(plan, asked.get(), n, "the search finds modules of its kind for it");
                return;
            }
        }
        // Without a module made for it by its words, a hit is for it only when the need's words or their synonyms
        // are found in what the module is and makes (its name, description or resource types: "ecr" for
        // "container registry"), not only where it mentions them (an input of a network module that lists
        // "ecr.api" endpoints): else the need is uncovered.
        // The words found there must also be at least half of the need's, its last one among them: a kind is named
        // by its words together, and "cluster" of an Aurora cluster is no "msk kafka cluster", nor "iam" and
        // "identity" of an IAM role with web identity trust an "iam identity center" (issue 12:
        // each was the kind's module where the library has none).
        Set<ModuleId> identified = maker.isPresent() ? Set.of() : identifiedBy(n.need(), true);
        List<Recommendation> candidates = pool.stream()
                .filter(h -> h.module().layer() != Layer.PATTERNS && h.score() >= CLOSE_MATCH * nb)
                .filter(h -> maker.isPresent()
                        || identified.contains(h.module().id()) && !onTheSide(h.module(), n.need()))
                .map(h -> recommendation(h.module(), new ScorePart("relevance",
                        nb <= 0 ? 0 : Math.min(1, h.score() / nb), weights.relevance(),
                        searchScore(h.score(), nb, n.need())), parts, List.of("'" + n.because() + "' implies "
                                + article(n.need()) + n.need()), List.of()))
                .sorted(Ranking.ORDER).toList();
        if (candidates.isEmpty()) {
            uncoveredUnlessMade(plan, n);
            return;
        }
        Recommendation first = candidates.get(0);
        // An add-on whose base the plan lacks (missingBase) gives way to that base when the need's hits have it
        // (container orchestration: the EKS cluster, not the add-ons of one, which come with it as its
        // companions), else to the next candidate that needs no base.
        // The base answers the need as any module does: named for it, making it, or identified by its words.
        Recommendation r = missingBase(plan, first.module()).isEmpty() ? first : hits(n.need(), WIRING_DEPTH)
                .stream().filter(h -> h.module().layer() != Layer.PATTERNS && baseOf(first.module(), h.module()))
                .filter(h -> Makers.named(h.module(), n.need()) || Makers.makes(h.module(), n.need())
                        || identifiedBy(n.need(), true).contains(h.module().id()))
                .findFirst().map(h -> recommendation(h.module(), new ScorePart("relevance",
                        Math.min(1, h.score() / nh.get(0).score()), weights.relevance(),
                        searchScore(h.score(), nh.get(0).score(), n.need())), parts, first.evidence(), List.of()))
                .or(() -> candidates.stream().filter(c -> missingBase(plan, c.module()).isEmpty()).findFirst())
                .orElse(first);
        if (plan.has(r.module()) || plan.redundant(r.module())) {
            return;
        }
        // The module of the need that implies it, when it makes the kind itself, meets the need: a database whose
        // master password RDS keeps in Secrets Manager needs no secret module for "credentials".
        Set<String> kinds = new TreeSet<>();
        candidates.forEach(c -> kinds.addAll(namedServices(c.module())));
        maker.ifPresent(h -> kinds.addAll(namedServices(h.module())));
        // Only the module answering the need whose words imply it: the subject's module ("postgres database"),
        // not another need's (a detector whose findings go to a topic is no answer to "send findings by email").
        String because = n.because().toLowerCase(Locale.ROOT);
        for (LibraryModule c : subjects(plan, n)) {
            Optional<String> how = Meets.itself(c, r.module(), kinds);
            if (how.isPresent() && how.get().startsWith("makes ")
                    && barePart(c, how.get().substring("makes ".length()), r.module(), n.need())) {
                continue; // a bare part on the side: the module made for the need answers it
            }
            if (how.isPresent()) {
                meetsItself(plan, c, n, how.get());
                metInstead.add(r.module().id());
                return;
            }
        }
        // A need a chosen module answers by making what its words mean ("logging": a function with its own log
        // group) is met by it only when it makes the resource itself, not when it only outputs one it may make (a
        // detector's optional findings topic is no answer to "send findings by email").
        for (Map.Entry<String, LibraryModule> e : metByMaker.entrySet()) {
            if (!e.getKey().toLowerCase(Locale.ROOT).contains(because) || !plan.has(e.getValue())) {
                continue;
            }
            Optional<String> how = Meets.itself(e.getValue(), r.module(), kinds).filter(h -> h.startsWith("makes "))
                    .filter(h -> !barePart(e.getValue(), h.substring("makes ".length()), r.module(), n.need()));
            if (how.isPresent()) {
                meetsItself(plan, e.getValue(), n, how.get());
                metInstead.add(r.module().id());
                return;
            }
        }
        if (deferWeak && maker.isEmpty()) {
            plan.defer(r, Step.IMPLIED); // not made for it: after what a pattern declares itself
        } else {
            plan.add(r, Step.IMPLIED);
        }
        impliedModules.putIfAbsent(n.need(), r.module());
    }

    /**
     * An implied need none of its hits answers is uncovered ("no module of the library makes it") only when that is
     * true: when a module of the library makes it ({@link Makers#makes}, read from its id and resource types), the
     * one with the fewest other services is its module instead, as the search may rank it below its first hits.
     * Before the library, the chosen modules: one making the kind ({@link Makers#makes}, or {@link Makers#thingFor}
     * by a resource type its description gives the purpose of) meets it itself, as a state backend making its
     * DynamoDB table "to lock the state" meets the "dynamodb lock table" the use case implies.
     */
    /**
     * Whether a module is made for another service's own use than the implied need ({@link Flows#madeForAnother}),
     * unless the use case names that service ("a cloudtrail with its s3 bucket").
     */
    private boolean forAnotherService(LibraryModule m, Implied.Need n) {
        return Flows.madeForAnother(m, n.need(), planned == null ? n.because() : planned,
                libraryServices().allTypes());
    }

    /** As {@link #forAnotherService(LibraryModule, Implied.Need)}, for a need the use case names. */
    private boolean forAnotherService(LibraryModule m, String need) {
        return Flows.madeForAnother(m, need, planned == null ? need : planned, libraryServices().allTypes());
    }

    private void uncoveredUnlessMade(Plan plan, Implied.Need n) {
        for (LibraryModule c : plan.chosenModules()) {
            Optional<String> type = Makers.thing(c, n.need()).or(() -> Makers.thingFor(c, n.need()));
            if (type.isPresent()) {
                meetsItself(plan, c, n, "makes " + type.get());
                return;
            }
        }
        Optional<LibraryModule> made = library.modules().stream().filter(this::allowed)
                .filter(m -> m.layer() != Layer.PATTERNS && Makers.makes(m, n.need()) && !onTheSide(m, n.need()))
                .min(java.util.Comparator.comparingInt((LibraryModule m) -> services(m).size())
                        .thenComparing(m -> m.id().value()));
        if (made.isEmpty()) {
            uncovered.putIfAbsent(n.need(), n.because());
        } else if (!plan.has(made.get()) && !plan.redundant(made.get())) {
            plan.addIfNew(made.get(), "'" + n.because() + "' implies " + article(n.need()) + n.need(), Step.IMPLIED);
            impliedModules.putIfAbsent(n.need(), made.get());
        }
    }

    /** Says on a chosen module that it meets an implied need itself, and how ("makes aws_s3_bucket"). */
    private void meetsItself(Plan plan, LibraryModule m, Implied.Need n, String how) {
        metItself.putIfAbsent(n.need(), m);
        plan.meets(m, "meets " + article(n.need()) + n.need() + " ('" + n.because() + "' implies it) itself: " + how);
    }

    /**
     * The chosen modules answering the need whose words imply an implied need: the subject's module ("postgres
     * database"), not another need's (a detector whose findings go to a topic is no answer to "send findings by
     * email").
     */
    private List<LibraryModule> subjects(Plan plan, Implied.Need n) {
        String because = n.because().toLowerCase(Locale.ROOT);
        return answeredBy.entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).contains(because)).map(Map.Entry::getValue)
                .filter(plan::has).filter(distinctModules()).toList();
    }

    /**
     * @return a filter passing each module the first time it is seen: distinct by id, as a library's ids are unique,
     *         so that no whole module record (its metadata and registry entry) is hashed
     */
    private static java.util.function.Predicate<LibraryModule> distinctModules() {
        Set<ModuleId> seen = new HashSet<>();
        return m -> seen.add(m.id());
    }

    /**
     * @param plan  the plan so far
     * @param kinds kinds of resource a need's words imply ({@link Implied})
     * @return whether a module chosen so far makes one of them ({@link Makers#makes})
     */
    private static boolean madeByChosen(Plan plan, List<Implied.Need> kinds) {
        return chosenMaker(plan, kinds).isPresent();
    }

    /**
     * @param plan  the plan so far
     * @param kinds kinds of resource a need's words imply ({@link Implied})
     * @return the first module chosen so far that makes one of them ({@link Makers#makes}); empty when none does
     */
    private static Optional<LibraryModule> chosenMaker(Plan plan, List<Implied.Need> kinds) {
        for (Implied.Need k : kinds) {
            for (LibraryModule m : plan.chosenModules()) {
                if (Makers.makes(m, k.need())) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A need as a reason quotes it: without a leading article ("best match for 'database'", not "'a database'"),
     * unless the article is all there is.
     */
    static String quoted(String need) {
        String text = need.strip();
        for (String article : List.of("a ", "an ", "the ")) {
            if (text.regionMatches(true, 0, article, 0, article.length())
                    && !text.substring(article.length()).isBlank()) {
                return text.substring(article.length()).strip();
            }
        }
        return text;
    }

    /**
     * The indefinite article of a need, by how its first word is said: an abbreviation (a word with a digit, or of
     * at most three letters and no vowel) letter by letter ("an s3 bucket", "an sqs queue", "a kms key"), a word
     * by its first letter, "u" followed by a consonant and a vowel as in "user" being said "you" ("a user pool");
     * none before a plural or a mass noun ("credentials", "container orchestration", "logging").
     */
    static String article(String need) {
        String text = need.strip().toLowerCase(Locale.ROOT);
        String last = text.substring(text.lastIndexOf(' ') + 1);
        if (last.length() > 3 && (last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us")
                || last.endsWith("tion") || last.endsWith("ing"))) {
            return ""; // a plural or a mass noun: "implies credentials", "implies container orchestration"
        }
        int space = text.indexOf(' ');
        String word = space < 0 ? text : text.substring(0, space);
        if (word.isEmpty()) {
            return "a ";
        }
        boolean abbreviation = word.chars().anyMatch(Character::isDigit)
                || word.length() <= 3 && word.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
        if (abbreviation) {
            return "aefhilmnorsx".indexOf(word.charAt(0)) >= 0 ? "an " : "a ";
        }
        boolean you = word.length() > 2 && word.charAt(0) == 'u' && "aeiou".indexOf(word.charAt(1)) < 0
                && "aeiou".indexOf(word.charAt(2)) >= 0;
        return "aeiou".indexOf(word.charAt(0)) >= 0 && !you ? "an " : "a ";
    }

    /** The fields of a search hit that say what a module is and makes, rather than what it mentions. */
    private static final Set<String> IDENTITY_FIELDS = Set.of("name", "description", "resources");

    /**
     * The first {@value #WIRING_DEPTH} hits of a search for a text that matched it in their name, description or
     * resource types ({@link #IDENTITY_FIELDS}).
     */
    private Set<ModuleId> identifiedBy(String text) {
        return identifiedBy(text, false);
    }

    /**
     * @param text         a need
     * @param mostOfTheKind whether the need's words matched in one place must also be at least half of its
     *                      significant words ({@link Makers#words}) and hold its last one, the thing the others
     *                      qualify ("center" of "iam identity center"), unless a match is a synonym of the whole:
     *                      for a kind of resource, named by its words together
     * @return the modules among the need's hits that the search identifies as what it names ({@link #identifiedBy})
     */
    private Set<ModuleId> identifiedBy(String text, boolean mostOfTheKind) {
        List<String> kind = Makers.words(text);
        Set<ModuleId> out = new HashSet<>();
        List<String> words = Wiring.alnumRuns(text.toLowerCase(Locale.ROOT)).stream()
                .filter(w -> !PROVIDER_WORDS.contains(w)).toList();
        for (Hit h : highlightedHits(text)) {
            // The matches there must answer the whole need, not some of its words: X-Ray's "sampling rules" and
            // its aws_xray_sampling_rule and aws_xray_encryption_config are no "aws config rules" (a trial
            // finding). The need's words matched there are all matched in one place (the name and description
            // together, or one resource type), so that they name one thing ("tls certificate": "certificate" of an
            // ACM module is enough); or a match is of none of them: a synonym of the whole.
            Map<String, Set<String>> matched = new HashMap<>();
            boolean synonym = false;
            for (SearchResult.Highlight x : h.highlights()) {
                if (!identifies(h.module(), x)) {
                    continue;
                }
                String f = x.fragment();
                for (SearchResult.Span span : x.spans()) {
                    String t = Wiring.singular(f.substring(span.start(), span.end()).toLowerCase(Locale.ROOT));
                    List<String> of = words.stream().map(Wiring::singular).filter(t::equals).toList();
                    synonym |= of.isEmpty() && !PROVIDER_WORDS.contains(t);
                    String place = "text";
                    if (x.field().equals("resources")) {
                        int a = f.lastIndexOf(' ', span.start()) + 1;
                        int b = f.indexOf(' ', span.end());
                        place = f.substring(a, b < 0 ? f.length() : b);
                    }
                    matched.computeIfAbsent(place, k -> new HashSet<>()).addAll(of);
                }
            }
            Set<String> all = new HashSet<>();
            matched.values().forEach(all::addAll);
            boolean most = !mostOfTheKind || kind.isEmpty()
                    || 2 * all.stream().filter(kind::contains).count() >= kind.size()
                    && all.contains(kind.get(kind.size() - 1));
            // For a kind, a synonym answers for the whole only where none of the need's own words is found, or
            // those found are most of it: "irsa" (a synonym of "identity") next to "iam" and "identity" of an IAM
            // role's description was taken for an "iam identity center".
            boolean whole = synonym && (!mostOfTheKind || all.isEmpty() || most);
            if (whole || most && matched.values().stream().anyMatch(m -> !m.isEmpty() && m.containsAll(all))) {
                out.add(h.module().id());
            }
        }
        return out;
    }

    /** The words naming a cloud provider, which say nothing of what a module is made for ("aws config rules"). */
    private static final Set<String> PROVIDER_WORDS = Set.of("aws", "amazon", "azure", "gcp", "google");

    /**
     * Whether a highlight says what the module is and makes: one in its name or description, or, in its resource
     * types, a match in the type of a resource it manages or the name of a module it calls. That field also lists
     * the data sources it reads ({@code data "tls_certificate"} of an EKS cluster's identity provider), which it
     * does not make. The field lists managed types first, so a match in one is the first of its matches.
     */
    static boolean identifies(LibraryModule m, SearchResult.Highlight x) {
        if (!x.field().equals("resources")) {
            return IDENTITY_FIELDS.contains(x.field());
        }
        // a type it makes only to serve what it is made for (the Firehose stream of a WAF's logs) is not what it is
        java.util.function.Predicate<String> aside = Makers.aside(m);
        Set<String> made = new HashSet<>();
        ModuleFacts.types(m).stream().filter(aside.negate()).forEach(made::add);
        ModuleFacts.calls(m).stream().filter(c -> !Makers.asideCall(m, c.name(), aside))
                .forEach(c -> made.add(c.name()));
        String fragment = x.fragment();
        for (SearchResult.Span span : x.spans()) {
            int start = span.start();
            int end = span.end();
            while (start > 0 && !Character.isWhitespace(fragment.charAt(start - 1))) {
                start--;
            }
            while (end < fragment.length() && !Character.isWhitespace(fragment.charAt(end))) {
                end++;
            }
            String type = fragment.substring(start, end);
            // the fragment may end inside the type; managed types come first in the field, then data sources
            if (made.contains(type) || end == fragment.length() && made.stream().anyMatch(t -> t.startsWith(type))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Like {@link #hits} {@value #WIRING_DEPTH} deep, with the highlights {@link #identifiedBy} reads: one search per
     * implied need and run, which also answers later plain lookups of the same text.
     */
    private List<Hit> highlightedHits(String text) {
        return highlighted.computeIfAbsent(text, k -> {
            List<Hit> hits = searchedWords(withoutReplaced(search(withoutWholeWords(text), WIRING_DEPTH).run().hits()
                    .stream().filter(h -> allowed(h.module())).toList()));
            searched.putIfAbsent(text, hits);
            return hits;
        });
    }

    /** The raw evidence of each pattern that uses a chosen module and another (as for a module, {@code --based-on}). */
    static final double TOGETHER_IN_PATTERN = 1.5;
    /** The raw evidence of an add-on: a module named for a service a chosen module makes, taking its resource. */
    static final double ADD_ON = 2;
    /** The least raw evidence of a companion of a chosen module: an add-on, or used together in two patterns. */
    static final double COMPANION_EVIDENCE = 2;
    /**
     * The raw evidence of the examples that use a chosen module and another ({@link Examples#together}) counts this
     * many times: a module that all examples of the chosen module use with it is as good a companion as an add-on.
     */
    static final double IN_EXAMPLES = 2;

    /**
     * The companions of the chosen modules (not patterns), in their order, at most one each: of the modules with
     * raw usage evidence of at least {@value #COMPANION_EVIDENCE} with it — {@value #TOGETHER_IN_PATTERN} for each
     * pattern of the library that uses both (what it composes and its stand-ins), {@value #IN_EXAMPLES} times the
     * evidence of the chosen module's own examples that use both ({@link Examples#together} with only those of the
     * chosen module and those of no one module), {@value #ADD_ON} for an add-on
     * (its id or name names a specific service the chosen module makes, and one of its required inputs takes a
     * resource the chosen module makes: {@code cluster_name} of a node group next to an EKS cluster) — the best by
     * score, with the evidence part {@link Ranking#evidenceValue} weighted by {@code evidence}; ties by id. A
     * near-identical alternative of a chosen module is not one.
     */
    private void companions(Plan plan, List<Recommendation> asked, Relations relations, Weights weights,
                            Parts parts) {
        List<LibraryModule> chosen = asked.stream().map(Recommendation::module)
                .filter(m -> m.layer() != Layer.PATTERNS).toList();
        if (chosen.isEmpty()) {
            return;
        }
        // What each pattern uses (what it composes and its stand-ins), read when the first add-on is found.
        Map<String, Set<String>> patternParts = new java.util.TreeMap<>();
        Runnable readPatterns = () -> {
            if (patternParts.isEmpty()) {
                for (LibraryModule p : library.modules()) {
                    if (p.layer() == Layer.PATTERNS) {
                        Set<String> ids = new TreeSet<>(relations.dependencies(p.id().value()));
                        standIns(p).forEach(x -> ids.add(x.module().id().value()));
                        patternParts.put(p.id().value(), ids);
                    }
                }
            }
        };
        Services services = Services.of(library);
        // The chosen modules' own examples (and those of no one module that may use one), each read once.
        List<Examples.Example> examples = Examples.of(exampleFolders(), chosen, true);
        for (LibraryModule x : chosen) {
            String xid = x.id().value();
            Set<String> specific = new TreeSet<>();
            services.types(x).forEach(t -> Services.service(t).filter(services::specific).ifPresent(specific::add));
            List<Recommendation> candidates = new ArrayList<>();
            Set<String> addOns = new HashSet<>();
            for (LibraryModule m : library.modules()) {
                String id = m.id().value();
                if (id.equals(xid) || m.layer() == Layer.PATTERNS || plan.has(m) || !allowed(m)) {
                    continue;
                }
                // An add-on: named for a specific service the chosen module makes, taking one of its resources.
                Optional<String> takes = AddOns.input(m, services, x, specific);
                Examples.Together inExamples = Examples.together(examples, xid, id, true);
                if (takes.isEmpty() && inExamples.raw() * IN_EXAMPLES < COMPANION_EVIDENCE) {
                    continue;
                }
                double raw = 0;
                List<String> evidence = new ArrayList<>();
                if (takes.isPresent()) {
                    addOns.add(id);
                    raw += ADD_ON;
                    evidence.add("an add-on of " + xid + ": takes " + takes.get() + ", which " + xid + " makes");
                }
                if (!inExamples.folders().isEmpty()) {
                    raw += IN_EXAMPLES * inExamples.raw();
                    evidence.add("used together with " + xid + " in " + count(inExamples.folders().size(), "example")
                            + ": " + String.join(", ", inExamples.folders()));
                }
                readPatterns.run();
                List<String> patterns = patternParts.entrySet().stream()
                        .filter(e -> e.getValue().contains(xid) && e.getValue().contains(id))
                        .map(Map.Entry::getKey).toList();
                if (!patterns.isEmpty()) {
                    raw += TOGETHER_IN_PATTERN * patterns.size();
                    evidence.add("used together with " + xid + " in " + count(patterns.size(), "pattern") + ": "
                            + String.join(", ", patterns));
                }
                if (raw < COMPANION_EVIDENCE) {
                    continue;
                }
                Recommendation hit = plan.scored.get(id);
                List<ScorePart> all = new ArrayList<>(6);
                all.add(hit != null ? hit.parts().get(0)
                        : new ScorePart("relevance", 0, weights.relevance(), "not among the search hits"));
                all.add(new ScorePart("evidence", Ranking.evidenceValue(raw), weights.evidence(),
                        "usage evidence " + Decimals.fixed(raw, 1) + " with " + xid));
                all.addAll(parts.of(m));
                List<ScorePart> weighed = Ranking.scaled(all); // relevance and evidence: 1.55 by default
                candidates.add(new Recommendation(m, Ranking.score(weighed), weighed, evidence, List.of()));
            }
            // One module per need: a companion that is an alternative of a module chosen for a required input
            // of this module, and provides that input too, takes its place (the module's own examples and the
            // patterns use it with this module); another alternative does not come. An add-on takes a resource of
            // this module (alarms of a database), so it serves this module, not the need of an alternative.
            for (Recommendation r : Ranking.sorted(candidates)) {
                if (plan.has(r.module()) || unaskedServers(plan, r.module())) {
                    continue;
                }
                if (!plan.redundant(r.module()) && (addOns.contains(r.module().id().value())
                        || !alternative(r.module(), plan.chosenModules()))) {
                    plan.add(r, Step.COMPANION);
                    break;
                }
                Optional<Recommendation> wired = plan.chosen().stream()
                        .filter(c -> alternative(r.module(), List.of(c.module())))
                        .filter(c -> c.evidence().size() == 1 && plan.requiredInputOf(c.module(), xid)
                                .filter(in -> Wiring.provides(r.module(), in)).isPresent())
                        .findFirst();
                if (wired.isPresent()) {
                    List<String> evidence = new ArrayList<>(wired.get().evidence());
                    evidence.addAll(r.evidence());
                    plan.replace(wired.get().module(), new Recommendation(r.module(), r.score(), r.parts(),
                            evidence, r.composes()));
                    break;
                }
            }
        }
    }

    /**
     * An input of a module, required or not, that takes what another module is named for, so that the two go
     * together rather than one in the other's place: its noun ({@link Wiring#noun}) is named by the other's id or
     * name ({@link Wiring#names}) and its significant words are all in a resource type of a specific service that
     * the other makes and the module does not ({@code cluster_name} of an add-on module and {@code aws_eks_cluster}
     * of "Standard EKS Cluster"; {@code transit_gateway_id} of a VPC module and {@code aws_ec2_transit_gateway} of
     * "Transit Gateway Hub"; not {@code db_subnet_group_name} of one database module next to another that makes a
     * subnet group on the side, nor {@code subnet_ids} of two that both make their own).
     *
     * @return the input's name, if there is one
     */
    static Optional<String> takenInput(LibraryModule m, Services services, LibraryModule other) {
        return takenInput(m, services, other, true);
    }

    /**
     * {@link #takenInput(LibraryModule, Services, LibraryModule)}, optionally also of a resource type the module
     * makes itself: an input of a module of another category that takes a KMS key ({@code kms_key_arn}) takes one
     * made outside it even when the module can make its own instead ({@code create_kms_key}), while two modules of
     * the same category that both make a subnet group take none of each other's. Only {@code --based-on} asks for
     * the latter; a use case's plan keeps the former.
     *
     * @param exceptOwn whether a type the module makes itself is left out
     */
    static Optional<String> takenInput(LibraryModule m, Services services, LibraryModule other, boolean exceptOwn) {
        Set<String> own = exceptOwn ? services.types(m) : Set.of();
        List<String> texts = services.types(other).stream().filter(t -> !own.contains(t))
                .filter(t -> Services.service(t).filter(services::specific).isPresent())
                .map(Makers::typeText).toList();
        if (texts.isEmpty()) {
            return Optional.empty();
        }
        for (ModuleFacts.Input v : ModuleFacts.inputs(m)) {
            Optional<String> noun = Wiring.noun(v.name());
            if (noun.isEmpty() || Wiring.ownName(m, v.name(), noun.get()) || !Wiring.names(other, noun.get())) {
                continue;
            }
            List<String> words = Makers.words(noun.get());
            if (!words.isEmpty() && texts.stream().anyMatch(t -> Makers.isThing(t, words))) {
                return Optional.of(v.name());
            }
        }
        return Optional.empty();
    }

    /**
     * For each input of the given modules that refers to a resource made elsewhere ({@link Wiring#noun}), a module
     * that makes it: of the first {@value #WIRING_DEPTH} hits for the noun whose id or name names it, the one of
     * the consumer's family (most words of its id shared), else the search's order; none when a chosen module
     * other than the consumer already names it (then no search is made). Required inputs may add a module of a covered category when it
     * is of the consumer's family; optional ones only of a category not covered yet.
     *
     * @param required true for required inputs, false for optional ones
     */
    private void wire(Plan plan, List<Recommendation> consumers, Set<String> nouns, boolean required) {
        for (Recommendation r : consumers) {
            LibraryModule consumer = r.module();
            for (ModuleFacts.Input v : ModuleFacts.inputs(consumer)) {
                if (v.required() != required) {
                    continue;
                }
                Optional<String> noun = Wiring.noun(v.name());
                if (noun.isEmpty() || Wiring.ownName(consumer, v.name(), noun.get()) || !nouns.add(noun.get())) {
                    continue;
                }
                // Answered without a search when a chosen module other than the consumer provides it: one of its
                // outputs is such a reference (Wiring.provides), whatever the module's name says.
                // The kind of a bare noun is read from the input's own words ("an existing ECS cluster"): a
                // provider must make that kind (Wiring.qualifiers), not another thing of the same noun.
                Set<String> known = new HashSet<>();
                known.addAll(ModuleFacts.types(consumer));
                plan.chosenModules().forEach(m -> known.addAll(ModuleFacts.types(m)));
                Set<String> chosenKind = Wiring.qualifiers(v.description(), noun.get(), known);
                Optional<LibraryModule> provider = plan.chosenModules().stream().filter(m -> !m.id().equals(
                        consumer.id()) && Wiring.provides(m, v.name(), chosenKind)
                        && flowsInto(m, v.name(), chosenKind, consumer)).findFirst();
                if (provider.isPresent()) {
                    // A module an implied need brought ("encrypted" → a KMS key) says what it is wired to, as one
                    // the wiring brought does (before, the key of "encrypted sqs queue" said only why it came).
                    LibraryModule m = provider.get();
                    if (plan.steps.get(m.id().value()) == Step.IMPLIED) {
                        plan.meets(m, "provides " + Wiring.output(m, v.name(), chosenKind,
                                        v.description() == null ? "" : v.description())
                                .filter(o -> !o.equals(v.name())).map(o -> o + " for ").orElse("") + v.name()
                                + ", " + (required ? "a required input" : "an optional input") + " of "
                                + consumer.id());
                    }
                    continue;
                }
                if (!anyMayProvide(consumer, noun.get())) {
                    continue; // no module is named for it or makes it: no search can find a provider
                }
                List<Hit> providers = hits(noun.get(), WIRING_DEPTH);
                providers.forEach(h -> known.addAll(ModuleFacts.types(h.module())));
                Set<String> kind = Wiring.qualifiers(v.description(), noun.get(), known);
                List<LibraryModule> named = providers.stream().map(Hit::module)
                        .filter(m -> m.layer() != Layer.PATTERNS && !m.id().equals(consumer.id()))
                        .filter(m -> Wiring.provides(m, v.name(), kind) && flowsInto(m, v.name(), kind, consumer))
                        .toList();
                // One module per need: the provider the consumer's own examples use with it first (docs: "One
                // module per need"), then its family, then, with --level, the tier that fits it, then the search's
                // order. Before, the search's order alone chose: vpc-basic ("no NAT") for eks-standard at the
                // advanced level, though its examples use vpc-standard (2026-12-03).
                List<Examples.Example> own = named.size() > 1 ? Examples.of(exampleFolders(), List.of(consumer), true)
                        : List.of();
                named.stream().max(java.util.Comparator.comparingDouble((LibraryModule m) -> Examples.together(own,
                                consumer.id().value(), m.id().value(), true).raw())
                                .thenComparingInt(m -> Wiring.sharedWords(m, consumer))
                                .thenComparingDouble(m -> level == null ? 0 : plan.complexityFit(m))
                                .thenComparingInt(m -> -named.indexOf(m)))
                        .filter(m -> !plan.coversCategory(m) || required && (Wiring.sharedWords(m, consumer) > 0
                                || plan.chosenModules().stream().noneMatch(c -> Makers.makes(c, noun.get()))))
                        .ifPresent(m -> {
                            List<String> evidence = new ArrayList<>(2);
                            evidence.add("provides " + Wiring.output(m, v.name(), kind,
                                            v.description() == null ? "" : v.description())
                                    .filter(o -> !o.equals(v.name())).map(o -> o + " for ").orElse("") + v.name()
                                    + ", " + (required ? "a required input" : "an optional input") + " of "
                                    + consumer.id());
                            Examples.Together together = Examples.together(own, consumer.id().value(),
                                    m.id().value(), true);
                            if (!together.folders().isEmpty()) {
                                evidence.add("used together with " + consumer.id() + " in "
                                        + count(together.folders().size(), "example") + ": "
                                        + String.join(", ", together.folders()));
                            }
                            plan.addWired(m, evidence, required ? Step.REQUIRED_INPUT : Step.OPTIONAL_INPUT,
                                    required ? consumer.id().value() + " " + v.name() : null);
                        });
            }
        }
    }

    /**
     * Whether what a module's output gives is what a consumer's input of one generic word ({@code service_name},
     * {@code bucket}) takes, by where each goes ({@link Flows}); an input of a noun of several words names its kind.
     */
    private boolean flowsInto(LibraryModule m, String input, Set<String> kind, LibraryModule consumer) {
        if (!Flows.asked(input)) {
            return true;
        }
        return Wiring.output(m, input, kind).map(o -> flows().fits(m, o, consumer, input)).orElse(true);
    }

    /** Where outputs and inputs go, for the use case's wiring and {@link Links}: one instance for the request. */
    private Flows flows() {
        if (flows == null) {
            Set<String> types = new HashSet<>();
            library.modules().forEach(x -> types.addAll(ModuleFacts.types(x)));
            flows = new Flows(types, attachments());
        }
        return flows;
    }

    /** What the library's modules' files say ({@link Attachments}), read once for the alternatives and the wiring. */
    private Attachments attachments() {
        if (attachments == null) {
            attachments = Attachments.in(library);
        }
        return attachments;
    }

    /** The library's example folders, walked once a run. */
    private Examples.Folders exampleFolders() {
        if (exampleFolders == null) {
            exampleFolders = Examples.Folders.of(library);
        }
        return exampleFolders;
    }

    /**
     * Whether a module of the library other than the consumer may provide what an input refers to: it passes the
     * first test of {@link Wiring#provides} (named for the noun, or making it itself), which needs no search. When
     * none does, the search for the noun cannot find a provider, so {@link #wire} does not make it.
     */
    private boolean anyMayProvide(LibraryModule consumer, String noun) {
        for (LibraryModule m : library.modules()) {
            if (m.layer() != Layer.PATTERNS && !m.id().equals(consumer.id()) && Wiring.mayProvide(m, noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the modules answers the subject of a use case, its first need: it is one of the need's first
     * {@value #WIRING_DEPTH} hits and scores at least {@value #SUBJECT_SHARE} of the need's best. A module further
     * below only mentions the need's words (a security group whose input lists the Redis port, at 5% of the best
     * for "cache"; an ECS service whose description mentions secrets injection, at 27% for "store secrets"). (At 60%
     * a pattern of a held-out set lost rank 1; the share was then set to 40% seeing the sets' totals only.)
     */
    private boolean answers(Set<ModuleId> modules, String need) {
        List<Hit> nh = hits(need, WIRING_DEPTH);
        return !nh.isEmpty() && nh.stream().anyMatch(h -> modules.contains(h.module().id())
                && h.score() >= SUBJECT_SHARE * nh.get(0).score());
    }

    /**
     * The pattern-first rule: whether a use case asks for a pattern, which then comes first with what it composes.
     * All of these must hold:
     * <ol>
     * <li><b>It answers the subject</b>: the use case names no need, or the pattern, what it composes or a stand-in
     * answers the first need, the subject the others qualify ({@link #answers}: one of the need's first
     * {@value #WIRING_DEPTH} hits at {@value #SUBJECT_SHARE} of its best or more; "static website on s3": a
     * streaming pipeline that composes a bucket answers "s3", not the website), or the text describes the whole
     * system (below).</li>
     * <li><b>It is asked for</b>, not only answering: a pattern composes five to ten modules, so one of them is
     * nearly always near some need. One of:
     * <ul>
     * <li>it is the best hit of the whole text and the text does not name the user's own system ("for my app", a
     * general word the search still scores and a web-application pattern's name holds);</li>
     * <li>the text describes the whole system in its own words ({@link #describesWhole}, not when it names the
     * user's own system): "run databases inside kubernetes and back up their volumes";</li>
     * <li>it scores within {@value #CLOSE_MATCH} of the first need's best ({@link #ownsNeed}: its own words say
     * what the need says, "serverless api");</li>
     * <li>it combines what the use case asks ({@link #combines}): the best answers of the first need and of another
     * are two of its modules ("serverless api with user sign-in": the API and the user pool).</li>
     * <li>it alone makes what a need names or implies ({@link #onlyMaker}): "a password policy" of an account
     * baseline whose submodule manages the account's password policy.</li>
     * </ul>
     * Before, "static website hosting" got a serverless web pattern, and "connect three VPCs together", "run a
     * batch job every night" and "postgres database for my app" a web application on ECS, each for one module it
     * composes near one need or a word it shares (issue 12).</li>
     * <li><b>It covers the use case</b>: the pattern, what it composes or a stand-in is among the first
     * {@value #WIRING_DEPTH} hits of at least half of the needs; or, when it is the best hit of the whole text of a
     * use case of one or two needs, of at least one ("protect a public web application from ddos and sql
     * injection" names three needs, of which a web-application pattern answers one).</li>
     * </ol>
     *
     * @param pattern   a pattern of the library, among the hits of the whole text at {@value #PATTERN_RELEVANCE}
     *                  of the best or more
     * @param modules   the pattern, what it composes and its stand-ins
     * @param hits      the use case's own search hits, best first
     * @param wholeText the relevance of each of those hits to the whole text (share of the best score, 0 to 1)
     * @param needs     the needs the use case names, the subject first
     * @return whether the pattern comes first
     */
    private boolean askedFor(LibraryModule pattern, Set<ModuleId> modules, List<Hit> hits,
            Map<String, Double> wholeText, List<String> needs) {
        boolean ownSystem = namesOwnSystem(planned);
        boolean topHit = !hits.isEmpty() && hits.get(0).module().id().equals(pattern.id());
        boolean whole = !ownSystem && describesWhole(pattern, modules, hits, wholeText, needs);
        boolean subject = needs.isEmpty() || answers(modules, needs.get(0)) || whole;
        boolean asked = topHit && !ownSystem || whole
                || !needs.isEmpty() && (ownsNeed(pattern, needs.get(0)) || combines(modules, needs));
        if (!subject) {
            return false;
        }
        long covered = needs.stream().filter(n -> hits(n, WIRING_DEPTH).stream()
                .anyMatch(h -> modules.contains(h.module().id()))).count();
        // the only maker last: it reads the pattern's submodules
        return (covered * 2 >= needs.size() || topHit && covered >= 1 && needs.size() < 3)
                && (asked || onlyMaker(pattern, needs));
    }

    /**
     * Whether a pattern alone makes what a need the use case names or implies: a resource type it declares itself (in
     * its own files or its local submodules, {@link Services#declaredTypes}) holds every significant word of the
     * need ({@link Makers#holds}), and no module of the library outside the patterns makes it ({@link Makers#makes}).
     * The search may rank such a pattern low, its resource one of many ("a password policy" of an account
     * baseline, the CodePipeline "every push" implies of a delivery pipeline for ECS), yet nothing else in the
     * library answers the need.
     */
    private boolean onlyMaker(LibraryModule pattern, List<String> needs) {
        List<String> kinds = new ArrayList<>(needs.stream().filter(n -> !refused(n)).toList());
        impliedNeeds.forEach(k -> kinds.add(k.need()));
        Set<String> types = null;
        for (String kind : kinds) {
            List<String> words = Makers.words(kind);
            if (words.isEmpty()) {
                continue;
            }
            if (types == null) {
                types = Services.declaredTypes(pattern);
            }
            if (types.stream().anyMatch(t -> words.stream().allMatch(w -> Makers.holds(t, w, words)))
                    && library.modules().stream().filter(this::allowed).filter(m -> m.layer() != Layer.PATTERNS)
                            .noneMatch(m -> Makers.makes(m, kind))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a use case describes the whole system a pattern builds rather than one component of it: the pattern is
     * among the first {@value #WIRING_DEPTH} hits of the whole text, and every module it composes or that stands in
     * for one, and the best hit of the first need unless that is one of them, scores lower on the whole text. The
     * user's words then match the pattern's own purpose (its description, README and name) better than any one
     * part: "run databases inside kubernetes and back up their volumes" scores the stateful-workloads pattern
     * first, though each need alone finds a component (a database for "run databases"), while "private container
     * image registry" scores a service module above the pattern, and "autoscaling virtual machines behind a load
     * balancer" the autoscaling group its first need asks for above the web-application pattern, which leads its
     * own parts. Only
     * the searches the plan makes anyway are read. Before, a pattern came first only when it was the best hit of
     * the whole text, or owned or combined the needs' best answers: four held-out patterns described in the users'
     * own words lost rank 1 (issue 12).
     *
     * @param pattern   a pattern of the library
     * @param modules   the pattern, what it composes and its stand-ins
     * @param hits      the use case's own search hits, best first
     * @param wholeText the relevance of each of those hits to the whole text (share of the best score, 0 to 1)
     * @param needs     the needs the use case names, the subject first
     * @return whether the whole text matches the pattern better than each of its parts and the subject's best answer
     */
    private boolean describesWhole(LibraryModule pattern, Set<ModuleId> modules, List<Hit> hits,
            Map<String, Double> wholeText, List<String> needs) {
        if (hits.stream().limit(WIRING_DEPTH).noneMatch(h -> h.module().id().equals(pattern.id()))) {
            return false;
        }
        double own = wholeText.getOrDefault(pattern.id().value(), 0.0);
        boolean leadsParts = modules.stream().filter(m -> !m.equals(pattern.id()))
                .allMatch(m -> wholeText.getOrDefault(m.value(), 0.0) < own);
        return leadsParts && (needs.isEmpty() || hits(needs.get(0), WIRING_DEPTH).stream().limit(1)
                .allMatch(h -> modules.contains(h.module().id())
                        || wholeText.getOrDefault(h.module().id().value(), 0.0) < own));
    }

    /**
     * Whether a pattern runs the use case on compute of another sort than the servers it names: a need asks for
     * servers in its own words ({@link Servers#asked}: "ec2 instances", "virtual machines"), the first of its close hits
     * made for it (or for a kind its words imply: an autoscaling group) launches them ({@link #madeForHits},
     * {@link Servers#makes}), none of those is the pattern's, and the
     * pattern composes (or has stand in) compute that launches none (a container service, whatever words they share:
     * its tasks' autoscaling). "web application on ec2 instances with autoscaling" is no Fargate service, "an app on
     * virtual machines behind a load balancer" no container service. A need the use case refuses ("with no servers
     * to manage") names nothing to keep. Only compute: a pattern composing another database engine than the one
     * named ("mysql" next to a PostgreSQL module) still comes first, and the named engine's module is listed for its
     * need; holding patterns back for any module of the need's category they compose instead of its own cost more
     * patterns that fit than it kept out.
     *
     * @param modules the pattern, what it composes and its stand-ins
     * @param needs   the needs the use case names
     * @return whether the pattern puts compute without servers in place of servers the use case names
     */
    private boolean overridesNamed(Set<ModuleId> modules, List<String> needs) {
        List<LibraryModule> compute = modules.stream().map(c -> library.module(c.value())).flatMap(Optional::stream)
                .filter(c -> c.layer() == Layer.COMPUTE).toList();
        for (String need : needs) {
            if (refused(need) || compute.isEmpty()) {
                continue; // nothing to keep
            }
            if (otherPlatform(need, modules, compute)) {
                return true;
            }
            if (!Servers.asked(need)) {
                continue;
            }
            List<String> texts = new ArrayList<>(List.of(need)); // and the kinds it implies: an autoscaling group
            Implied.of(need, implies, true).forEach(k -> texts.add(k.need()));
            for (String text : texts) {
                List<Hit> made = madeForHits(text);
                if (!made.isEmpty() && made.stream().noneMatch(h -> modules.contains(h.module().id()))
                        && made.get(0).module().layer() == Layer.COMPUTE && Servers.makes(made.get(0).module())
                        && compute.stream().anyMatch(c -> !Servers.makes(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a pattern runs the use case on another platform of the same kind than the one a need names: the first
     * of the need's answering hits ({@link #answering}), none of which the pattern has, is compute, and a compute
     * module of the pattern of its category makes the same kind of resource for another service and none of the
     * services the hit is made for ({@code aws_ecs_cluster} next to {@code aws_eks_cluster}): "web application on
     * kubernetes" is no ECS application, nor "containers on ecs" a Kubernetes platform. Both share a category, so
     * what they make tells them apart; a container registry or a function next to the pattern's container service
     * makes no kind of resource the service makes, and the pattern stays. A need the use case runs "on" ("on
     * kubernetes") is such a platform too when the pattern has no compute of its category at all (a serverless
     * pattern for it).
     *
     * @param modules the pattern, what it composes and its stand-ins
     * @param compute those of them in the compute layer
     */
    private boolean otherPlatform(String need, Set<ModuleId> modules, List<LibraryModule> compute) {
        List<Hit> answering = answering(need);
        if (answering.isEmpty() || answering.stream().anyMatch(h -> modules.contains(h.module().id()))) {
            return false;
        }
        LibraryModule named = answering.get(0).module();
        Set<String> services = namedServices(named);
        if (named.layer() != Layer.COMPUTE || services.isEmpty()) {
            return false;
        }
        if ("on".equals(joined.get(need)) && compute.stream().noneMatch(c -> c.category().equals(named.category()))) {
            return true; // what the use case runs on, of a sort of compute the pattern has none of
        }
        Set<String> kinds = kinds(named, services);
        return compute.stream().anyMatch(c -> c.category().equals(named.category())
                && namedServices(c).stream().noneMatch(services::contains)
                && kinds(c, namedServices(c)).stream().anyMatch(kinds::contains));
    }

    /** The kinds of resource a module makes of the given services: {@code cluster} of {@code aws_eks_cluster}. */
    private static Set<String> kinds(LibraryModule m, Set<String> services) {
        Set<String> out = new HashSet<>();
        for (String t : ModuleFacts.types(m)) {
            String[] p = t.split("_", 3);
            if (p.length == 3 && services.contains(p[1])) {
                out.add(p[2]);
            }
        }
        return out;
    }

    /**
     * Whether a use case "X for Y" asks for X, a kind of module the library makes, and a pattern matches only Y, what
     * X is for (the subject is the first part, and "for" begins the second, whether that names a need or an
     * environment, "for production workloads"): the subject's close hits include modules made for its words ({@link #madeForHits}), and the pattern's
     * id and name hold none of them ({@link Makers#namesAWord}), nor is it among the subject's close hits
     * ({@link #ownsNeed}). "vpc for production workloads"
     * asks for a VPC, not a platform for stateful workloads that composes one; "kubernetes cluster for stateful
     * workloads" names the cluster such a pattern is.
     */
    private boolean servesOnlyPurpose(LibraryModule pattern, List<String> needs) {
        List<String[]> parts = parts(planned);
        return !needs.isEmpty() && parts.size() > 1 && parts.get(0)[1].strip().equals(needs.get(0))
                && parts.get(1)[0].strip().equalsIgnoreCase("for") && !madeForHits(needs.get(0)).isEmpty()
                && !Makers.namesAWord(pattern, needs.get(0)) && !ownsNeed(pattern, needs.get(0));
    }

    /** Whether a need is what the use case does without: joined by "without", or saying "no" or "not" first. */
    private boolean refused(String need) {
        List<String> words = orderedWords(need);
        return "without".equals(joined.get(need)) || !words.isEmpty() && REFUSALS.contains(words.get(0));
    }

    /** The first words of a need that refuse what it names ({@link #refused}). */
    private static final Set<String> REFUSALS = Set.of("no", "not", "never", "zero");

    /** Whether a pattern is among a need's first hits within {@value #CLOSE_MATCH} of its best. */
    private boolean ownsNeed(LibraryModule pattern, String need) {
        return bestAnswers(Set.of(pattern.id()), need).contains(pattern.id());
    }

    /**
     * Whether a pattern's modules are the best answers of the first need and of another: for each of the two needs a
     * module of the set among the need's first hits within {@value #CLOSE_MATCH} of its best, not both the same one
     * (a pattern composing the one module that answers two needs adds nothing to that module).
     */
    private boolean combines(Set<ModuleId> modules, List<String> needs) {
        Set<ModuleId> first = bestAnswers(modules, needs.get(0));
        if (first.isEmpty()) {
            return false;
        }
        for (String n : needs.subList(1, needs.size())) {
            Set<ModuleId> other = bestAnswers(modules, n);
            if (other.stream().anyMatch(m -> !first.contains(m)) || first.size() > 1 && !other.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The modules of a set among a need's first hits within {@value #CLOSE_MATCH} of its best. */
    private Set<ModuleId> bestAnswers(Set<ModuleId> modules, String need) {
        List<Hit> nh = hits(need, WIRING_DEPTH);
        if (nh.isEmpty()) {
            return Set.of();
        }
        double best = nh.get(0).score();
        return nh.stream().filter(h -> h.score() >= CLOSE_MATCH * best && modules.contains(h.module().id()))
                .map(h -> h.module().id()).collect(Collectors.toSet());
    }

    /** The share of the first need's best search score a pattern's module needs to answer it ({@link #answers}). */
    static final double SUBJECT_SHARE = 0.4;

    /**
     * The hits of a search for a text, without modules that may not be recommended; each text is searched once per
     * run (the pattern check, the needs and the inputs ask for the same words again).
     */
    private List<Hit> hits(String text, int depth) {
        int searchDepth = Math.max(depth, WIRING_DEPTH);
        List<Hit> all = searched.computeIfAbsent(text, k -> {
            Search s = search(withoutWholeWords(text), searchDepth);
            if (s instanceof DefaultSearch d) {
                d.plain(); // only the hits and scores are read
            }
            return searchedWords(withoutReplaced(s.run().hits().stream().filter(h -> allowed(h.module())).toList()));
        });
        return all.size() <= depth ? all : all.subList(0, depth);
    }

    /**
     * Hits without each deprecated module whose declared replacement is among them too (and is not deprecated
     * itself): when both match a need, new work builds on the replacement, so the deprecated module is no answer to
     * that need (before, with deprecated modules included, "mysql database" chose rds-mysql-legacy over its
     * replacement rds-aurora, scoring higher on its words). A deprecated module whose replacement the search did not
     * find stays: it may be the only answer, and it is labelled with its replacement. Those left out are remembered
     * for {@link #leftOut()}. Without deprecated modules included there is none among the hits.
     */
    private List<Hit> withoutReplaced(List<Hit> hits) {
        if (!includeDeprecated) {
            return hits;
        }
        Set<String> current = hits.stream().filter(h -> !h.deprecated()).map(h -> h.module().id().value())
                .collect(Collectors.toSet());
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.deprecated() && h.replacement().map(r -> current.contains(r.value())).orElse(false)) {
                replaced.add(h.module());
            } else {
                out.add(h);
            }
        }
        return out.size() == hits.size() ? hits : List.copyOf(out);
    }

    /**
     * The deprecated modules left out for their replacement ({@link #withoutReplaced}) that the plan did not choose
     * by another way (a required input only it provides), said as search says what it leaves out: the count and
     * the first three.
     */
    private List<SearchResult.LeftOut> replacedLeftOut(List<Recommendation> plan) {
        Set<ModuleId> chosen = plan.stream().map(r -> r.module().id()).collect(Collectors.toSet());
        List<LibraryModule> out = replaced.stream().filter(m -> !chosen.contains(m.id())).toList();
        return out.isEmpty() ? List.of() : List.of(new SearchResult.LeftOut(SearchResult.LeftOut.Condition.DEPRECATED,
                "", out.size(), 0, out.subList(0, Math.min(3, out.size()))));
    }

    /**
     * The hits of a search that searched a word: none when every hit scores 0, which the backend gives when no
     * word of the text is left after analysis (only words as common as "the" and "of"). Before, such a need was
     * answered by the first module of an unscored list: "the and of" got CloudTrail as the "best match for 'of'"
     * ({@code search "the"} already says it has no word to search for).
     */
    private static List<Hit> searchedWords(List<Hit> hits) {
        return hits.stream().allMatch(h -> h.score() == 0) ? List.of() : hits;
    }

    /**
     * The raw evidence of a module of another category making what an input of the module takes (its resource type
     * of a specific service holds the input's noun: {@code kms_key_arn} and {@code aws_kms_key}), as much as a module
     * that uses both.
     */
    static final double INPUT_TAKEN = 1;

    /**
     * The raw evidence of a module a resource of the other attaches to by a generic argument, or the other way round
     * ({@link Attachments}): as much as an input taken.
     */
    static final double ATTACHED = 1;

    /**
     * The raw evidence of a module made for what another makes ({@link #typeInput}: an RDS alarms module's
     * {@code db_instance_id} and the {@code aws_db_instance} of the RDS module): as much as a dependent, since it
     * is made to be used with it.
     */
    static final double MADE_FOR = 2;

    /**
     * The raw evidence of a deprecated module's declared replacement, added to its own: first of the evidence of
     * any other module (a dependency's 3 and a dependent's 2 together are 5), so that its score says it is first.
     */
    static final double REPLACEMENT = 6;

    /** The raw evidence of a module of the same category that makes none of the specific services of the other. */
    static final double OTHER_OF_CATEGORY = 0.25;

    /**
     * The share of a feature's best search score at which a candidate of the need it refines has that feature
     * ({@link #refined}): the standard VPC for "nat gateways" (1.0) and the advanced one (0.42), not the basic one
     * whose description says it has none (0.35).
     */
    static final double HAS_FEATURE = 0.4;

    /** The share of a need's best search score a runner-up needs to be added for a service not made yet. */
    static final double RUNNER_UP = 0.6;
    private static Set<String> services(LibraryModule m) {
        Set<String> out = new HashSet<>();
        for (String t : ModuleFacts.types(m)) {
            Services.service(t).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Whether a module is of a kind already chosen: it names at least one cloud service it makes (its id or name
     * holds the service's word, {@code s3} of {@code clouddrove-s3}), and for every such service a chosen module
     * names and makes it too ({@code cloudposse-s3-bucket}).
     *
     * @param m      a module
     * @param chosen the modules chosen so far
     * @return whether every service it is named for is already made by a chosen module named for it
     */
    static boolean repeatsKind(LibraryModule m, Collection<LibraryModule> chosen) {
        List<String> own = services(m).stream().filter(x -> Wiring.names(m, x)).sorted().toList();
        return !own.isEmpty() && own.stream().allMatch(x -> chosen.stream().anyMatch(c -> !c.id().equals(m.id())
                && Wiring.names(c, x) && services(c).contains(x)));
    }

    /** A search of the library for a text, with the modules this recommendation may show. */
    private Search search(String text, int depth) {
        Search s = library.search(text).limit(depth).withoutFacets(); // no plan reads facet counts
        if (s instanceof DefaultSearch d) {
            d.withoutSuggestions(); // nor what a search finding nothing would suggest
        }
        if (includeDeprecated) {
            s.includeDeprecated();
        }
        if (includeArchived) {
            s.includeArchived();
        }
        return s;
    }

    /**
     * Words for the whole of whatever a use case builds ("platform", "solution"), which say what it is of nothing:
     * searched as a need, they found a module that merely uses them ("S3 bucket for data platforms" was the best
     * match for "microservices platform on kubernetes", ahead of the kubernetes modules the text names; issue 12).
     * Only a need's and an implied need's searches leave them out: the whole text's search keeps them, as a
     * pattern's purpose may be one ("internal developer platform where several teams share one cluster").
     */
    private static final java.util.regex.Pattern WHOLE_WORDS = java.util.regex.Pattern.compile(
            "(?i)(?<![\\w-])(?:platforms?|solutions?)(?![\\w-])");

    /**
     * Words saying how many of a thing or that they go together, not what it is: between the words of a phrase of
     * the search vocabulary they hid it ("connect several vpcs together" missed "connect vpc", a transit gateway or
     * VPC peering, which the search finds first for "connect vpcs"). Left out of the same searches as
     * {@link #WHOLE_WORDS}; "single", "one" and "two" stay ("single sign-on", "one zone"), as does a number of tiers
     * ("three tier").
     */
    private static final java.util.regex.Pattern COUNT_WORDS = java.util.regex.Pattern.compile(
            "(?i)(?<![\\w-])(?:several|multiple|many|numerous|various|few|all|every|each|together|dozens|hundreds"
                    + "|thousands|three|four|five|six|seven|eight|nine|ten)(?![\\w-])(?!\\s+tiers?\\b)");

    /**
     * @param text a use case or one need of it
     * @return the text without its words for a whole ({@link #WHOLE_WORDS}) and its {@link #COUNT_WORDS}, or the
     *         text when nothing else is left
     */
    static String withoutWholeWords(String text) {
        String rest = COUNT_WORDS.matcher(WHOLE_WORDS.matcher(text).replaceAll(" ")).replaceAll(" ")
                .replaceAll("\\s+", " ").strip();
        return rest.chars().anyMatch(Character::isLetterOrDigit) ? rest : text;
    }

    /**
     * Whether a module would bring servers nothing asked for ({@link Servers}): it launches them, the use case does
     * not name them and no module chosen for the pattern or a need launches them (a subnets module's optional NAT
     * instance does not count). A dependency or a companion of such a plan does not
     * come: an ECS cluster module's optional Auto Scaling group is no part of a Fargate web application.
     */
    private boolean unaskedServers(Plan plan, LibraryModule m) {
        return Servers.makes(m) && !Servers.asked(planned) && plan.chosenModules().stream()
                .filter(c -> ASKED_STEPS.contains(plan.steps.get(c.id().value()))).noneMatch(Servers::makes);
    }

    /** The steps that choose what the use case asks for: a module they add that launches servers asks for them. */
    private static final Set<Step> ASKED_STEPS = Set.of(Step.PATTERN, Step.COMPOSED, Step.NEED, Step.STAND_IN);

    /** The steps adding a pattern's own parts. */
    private static final Set<Step> PATTERN_PARTS = Set.of(Step.COMPOSED, Step.STAND_IN);

    /** The steps adding a pattern and its own parts. */
    private static final Set<Step> PATTERN_AND_PARTS = Set.of(Step.PATTERN, Step.COMPOSED, Step.STAND_IN);

    /** Modules by how closely their names name a module call's words: most of the words, then fewest others. */
    private static java.util.Comparator<LibraryModule> closestName(List<String> words) {
        return java.util.Comparator.comparingInt((LibraryModule m) -> -Wiring.wordsNamed(m, words))
                .thenComparingInt(m -> Wiring.idWords(m) - Wiring.wordsNamed(m, words));
    }

    /** A module of the library found for a module call of a pattern that does not name one of the library. */
    record StandIn(String call, LibraryModule module) {
    }

    /**
     * Stand-ins for what a pattern calls from outside the library or builds in its own submodules: for each such
     * module call, of the first {@value #WIRING_DEPTH} search hits for the words of its source's name (e.g.
     * {@code eks} for {@code terraform-aws-modules/eks/aws}, {@code cloudtrail} for
     * {@code ./modules/cloudtrail-baseline}) that may stand in for it ({@link Wiring#standsIn}), the one whose id names
     * most of them with the fewest other words ({@code eks-cluster} before {@code eks-node-group}), then the
     * search's order; patterns are left out.
     */
    private List<StandIn> standIns(LibraryModule pattern) {
        Set<String> services = new HashSet<>();
        library.modules().stream().filter(m -> m.layer() != Layer.PATTERNS).flatMap(m -> ModuleFacts.types(m).stream())
                .forEach(t -> Services.service(t).ifPresent(services::add));
        List<StandIn> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Servers are asked for when the pattern or a module it composes launches them, or the use case names them
        // (Servers): else a stand-in launching them brings a kind of compute nothing asked for.
        boolean serversAsked = Servers.makes(pattern) || useCase != null && Servers.asked(planned)
                || ModuleFacts.calls(pattern).stream().map(c -> Relations.resolve(library, pattern.directory(),
                        c.source())).flatMap(Optional::stream).anyMatch(Servers::makes);
        for (ModuleCallRef call : ModuleFacts.calls(pattern)) {
            if (Relations.resolve(library, pattern.directory(), call.source()).isPresent()) {
                continue;
            }
            List<String> words = Wiring.callWords(call.source());
            if (words.isEmpty() || !seen.add(String.join(" ", words))) {
                continue;
            }
            boolean servers = serversAsked || Servers.callFor(words);
            List<LibraryModule> named = hits(String.join(" ", words), WIRING_DEPTH).stream().map(Hit::module)
                    .filter(m -> m.layer() != Layer.PATTERNS && !m.id().equals(pattern.id()))
                    .filter(m -> Wiring.standsIn(m, words, services)).toList();
            // The closest name: most of the call's words, then fewest other words, then the search's order.
            Optional<LibraryModule> closest = named.stream().min(closestName(words)
                    .thenComparingInt(named::indexOf));
            // One launching servers nothing asked for gives way to an alternative of it that launches none (an ECS
            // cluster without an Auto Scaling group), else there is no stand-in for the call.
            if (closest.isPresent() && !servers && Servers.makes(closest.get())) {
                LibraryModule of = closest.get();
                closest = library.modules().stream().filter(m -> m.layer() != Layer.PATTERNS && allowed(m))
                        .filter(m -> !Servers.makes(m) && alternative(m, List.of(of)))
                        .min(closestName(words).thenComparing(m -> m.id().value()));
            }
            closest.ifPresent(m -> out.add(new StandIn("module call '" + call.name() + "' (" + call.source()
                    + ")", m)));
        }
        return out;
    }

    /**
     * Whether a module is a near-identical alternative of one of the given modules: one of them, of its category,
     * makes every resource type the module makes of the cloud services it names in its id or name (a second
     * bucket module next to one that makes the same bucket resources). A module that names no service it makes
     * never is; a module of another category never is; an add-on module that makes a type the cluster module does
     * not is not, nor one installing add-ons ({@link Makers#installsAddOns}) next to one that does not.
     *
     * @param m      a module
     * @param chosen the modules chosen so far
     * @return true when it makes nothing new of what it is named for
     */
    static boolean nearIdentical(LibraryModule m, List<LibraryModule> chosen) {
        Set<String> named = new HashSet<>();
        for (String t : ModuleFacts.types(m)) {
            Services.service(t).filter(x -> Wiring.names(m, x)).ifPresent(x -> named.add(t));
        }
        return !named.isEmpty() && chosen.stream()
                .anyMatch(c -> !c.id().equals(m.id()) && c.category().equals(m.category())
                        && Makers.installsAddOns(c) == Makers.installsAddOns(m)
                        && new HashSet<>(ModuleFacts.types(c)).containsAll(named));
    }

    /**
     * Whether a module is an alternative of a chosen one, for the same need: of the same category, both make a
     * resource type of a cloud service that both ids or names name ({@code aws_vpc} of {@code vpc-basic} and
     * {@code vpc-standard}). A plan holds one module per need. An add-on of the same service makes other types of
     * it ({@code aws_eks_node_group} next to {@code aws_eks_cluster}), so it is none; nor is a module installing
     * add-ons ({@link Makers#installsAddOns}) one of a module that does not, though both make managed EKS add-ons
     * ({@code aws_eks_addon}): the bundle installs what the cluster does not.
     *
     * @param m      a module
     * @param chosen the modules chosen so far
     * @return true when a chosen module already makes the same kind of thing
     */
    static boolean alternative(LibraryModule m, List<LibraryModule> chosen) {
        Set<String> named = new HashSet<>();
        ModuleFacts.types(m).forEach(t -> Services.service(t)
                .filter(x -> Wiring.names(m, x)).ifPresent(x -> named.add(t)));
        return !named.isEmpty() && chosen.stream().anyMatch(c -> !c.id().equals(m.id())
                && c.category().equals(m.category()) && Makers.installsAddOns(c) == Makers.installsAddOns(m)
                && ModuleFacts.types(c).stream()
                .anyMatch(t -> named.contains(t) && Services.service(t)
                        .filter(x -> Wiring.names(c, x)).isPresent()));
    }

    /** The modules chosen so far for a use case, in order, one recommendation each. */
    private static final class Plan {
        private final Weights weights;
        private final Parts parts;
        private final Map<String, Recommendation> scored;
        private final Map<String, Recommendation> chosen = new LinkedHashMap<>();
        /** The step that added each chosen module, by id. */
        private final Map<String, Step> steps = new HashMap<>();
        private final Map<String, Recommendation> deferred = new LinkedHashMap<>();
        private final Map<String, Step> deferredSteps = new HashMap<>();
        private final Set<String> categories = new HashSet<>();
        /** What implied needs a chosen module meets itself, said on it ("meets 'credentials' …"), by its id. */
        private final Map<String, Set<String>> meets = new HashMap<>();
        /** The alternatives named on a chosen module instead of being listed, by the chosen module's id. */
        private final Map<String, Set<String>> alternatives = new HashMap<>();
        /** Of a module chosen to fill a required input: the consumer's id and the input's name, space-separated. */
        private final Map<String, String> requiredInputs = new HashMap<>();

        /** @return how well a module's complexity tier fits the level asked, 0 to 1 (1 when none is asked) */
        double complexityFit(LibraryModule m) {
            return parts.of(m).stream().filter(p -> p.name().equals("complexity")).mapToDouble(ScorePart::value)
                    .findFirst().orElse(1);
        }

        Plan(Weights weights, Parts parts, Map<String, Recommendation> scored) {
            this.weights = weights;
            this.parts = parts;
            this.scored = scored;
        }

        boolean has(LibraryModule m) {
            return chosen.containsKey(m.id().value());
        }

        boolean coversCategory(LibraryModule m) {
            return categories.contains(m.category().id());
        }

        void add(Recommendation r, Step step) {
            if (chosen.putIfAbsent(r.module().id().value(), r) == null) {
                categories.add(r.module().category().id());
                steps.put(r.module().id().value(), step);
            }
        }

        /** A recommendation of a module with its search relevance (0 when not a hit) and one piece of evidence. */
        Recommendation of(LibraryModule m, String evidence) {
            Recommendation hit = scored.get(m.id().value());
            ScorePart rel = hit != null ? hit.parts().get(0)
                    : new ScorePart("relevance", 0, weights.relevance(), "not among the search hits");
            return recommendation(m, rel, parts, List.of(evidence), List.of());
        }

        /** Puts a recommendation in the place of a chosen module (which is then no longer chosen). */
        void replace(LibraryModule old, Recommendation r) {
            List<Recommendation> all = new ArrayList<>(chosen.values());
            requiredInputs.remove(old.id().value());
            Map<String, Step> before = new HashMap<>(steps);
            chosen.clear();
            categories.clear();
            steps.clear();
            for (Recommendation c : all) {
                // the new one takes the old one's place, and its step
                add(c.module().id().equals(old.id()) ? r : c, before.get(c.module().id().value()));
            }
        }

        void addIfNew(LibraryModule m, String evidence, Step step) {
            if (!has(m)) {
                add(of(m, evidence), step);
            }
        }

        /**
         * Adds a module chosen to fill an input of another, remembering, for a required input, which.
         *
         * @param requiredInput the consumer's id and the input's name, space-separated; null for an optional input
         */
        void addWired(LibraryModule m, List<String> evidence, Step step, String requiredInput) {
            if (!has(m)) {
                Recommendation hit = scored.get(m.id().value());
                ScorePart rel = hit != null ? hit.parts().get(0)
                        : new ScorePart("relevance", 0, weights.relevance(), "not among the search hits");
                add(recommendation(m, rel, parts, evidence, List.of()), step);
                if (requiredInput != null) {
                    requiredInputs.put(m.id().value(), requiredInput);
                }
            }
        }

        /** @return the required input of the consumer that a chosen module was added to fill, if it was */
        Optional<String> requiredInputOf(LibraryModule m, String consumer) {
            String wired = requiredInputs.get(m.id().value());
            return wired != null && wired.startsWith(consumer + " ")
                    ? Optional.of(wired.substring(consumer.length() + 1)) : Optional.empty();
        }

        List<Recommendation> chosen() {
            return List.copyOf(chosen.values());
        }

        /** Says on a chosen module that it meets an implied need itself. */
        void meets(LibraryModule m, String note) {
            meets.computeIfAbsent(m.id().value(), k -> new LinkedHashSet<>()).add(note);
        }

        /** Names a module as an alternative of one chosen (or about to be), instead of listing it. */
        void nameAlternative(LibraryModule of, LibraryModule alternative) {
            alternatives.computeIfAbsent(of.id().value(), k -> new TreeSet<>()).add(alternative.id().value());
        }

        /** @return whether a module is named as an alternative of a chosen one */
        boolean namedAlternative(LibraryModule m) {
            String id = m.id().value();
            return alternatives.entrySet().stream().anyMatch(e -> chosen.containsKey(e.getKey())
                    && e.getValue().contains(id));
        }

        /**
         * Whether a module not chosen is an alternative of a chosen one — named so already, or of the same
         * category and making a resource type of a service both name ({@link #alternative}) — and, when it is,
         * names it on that module: one module per need, the others said to be its alternatives.
         */
        boolean asAlternative(LibraryModule m) {
            if (namedAlternative(m)) {
                return true;
            }
            for (LibraryModule c : chosenModules()) {
                if (alternative(m, List.of(c))) {
                    nameAlternative(c, m);
                    return true;
                }
            }
            return false;
        }

        /**
         * @return the chosen recommendations, each said to come from the step that added it, with its alternatives
         *         not listed named last
         */
        List<Recommendation> result() {
            List<Recommendation> out = new ArrayList<>();
            for (Recommendation r : chosen.values()) {
                String id = r.module().id().value();
                List<String> alts = alternatives.getOrDefault(id, Set.of()).stream()
                        .filter(a -> !chosen.containsKey(a)).toList();
                Set<String> met = meets.getOrDefault(id, Set.of());
                if (!alts.isEmpty() || !met.isEmpty()) {
                    List<String> evidence = new ArrayList<>(r.evidence());
                    evidence.addAll(met);
                    if (!alts.isEmpty()) {
                        evidence.add("alternatives, not listed: " + String.join(", ", alts));
                    }
                    r = new Recommendation(r.module(), r.score(), r.parts(), evidence, r.composes());
                }
                out.add(r.withStep(steps.get(id).id()));
            }
            return out;
        }

        /**
         * Moves the chosen modules of {@code first}, and the pattern's parts (composed modules and stand-ins) that
         * pass {@code answers}, before the pattern's parts that do not and come before them; every other module
         * keeps its place relative to those parts.
         */
        void before(Set<String> first, java.util.function.Predicate<LibraryModule> answers) {
            List<Recommendation> all = new ArrayList<>(chosen.values());
            java.util.function.Predicate<Recommendation> part = r -> PATTERN_PARTS.contains(
                    steps.get(r.module().id().value()));
            java.util.function.Predicate<Recommendation> yields = r -> part.test(r) && !answers.test(r.module());
            java.util.function.Predicate<Recommendation> ahead = r -> first.contains(r.module().id().value())
                    || part.test(r) && !yields.test(r);
            int from = -1;
            int to = -1;
            for (int i = 0; i < all.size(); i++) {
                if (from < 0 && yields.test(all.get(i))) {
                    from = i;
                }
                if (from >= 0 && first.contains(all.get(i).module().id().value())) {
                    to = i;
                }
            }
            if (to < 0) {
                return;
            }
            List<Recommendation> segment = all.subList(from, to + 1);
            List<Recommendation> order = new ArrayList<>(all.subList(0, from));
            segment.stream().filter(ahead).forEach(order::add);
            segment.stream().filter(ahead.negate()).forEach(order::add);
            order.addAll(all.subList(to + 1, all.size()));
            chosen.clear();
            order.forEach(r -> chosen.put(r.module().id().value(), r));
        }

        /** Keeps a recommendation for {@link #undefer}: weaker than what is added until then. */
        void defer(Recommendation r, Step step) {
            if (deferred.putIfAbsent(r.module().id().value(), r) == null) {
                deferredSteps.put(r.module().id().value(), step);
            }
        }

        /** Adds the deferred recommendations not chosen since, in their order, without near-identical ones. */
        void undefer() {
            for (Recommendation r : deferred.values()) {
                if (!has(r.module()) && !redundant(r.module())) {
                    add(r, deferredSteps.get(r.module().id().value()));
                }
            }
            deferred.clear();
            deferredSteps.clear();
        }

        /** Whether a module is a near-identical alternative of a chosen one ({@link #nearIdentical}). */
        boolean redundant(LibraryModule m) {
            return nearIdentical(m, chosenModules());
        }

        List<LibraryModule> chosenModules() {
            return chosen.values().stream().map(Recommendation::module).toList();
        }
    }

    /**
     * The needs of a use case: its parts between commas, semicolons, colons and the words of
     * {@link #NEED_SEPARATORS} (and, with, for, on, to, without …), without those that name only the provider or
     * the cloud and those about an action on what is named elsewhere ("deploys it", {@link #ACTION_ON_NAMED}).
     *
     * A part given more than once (the same words, whatever their case and spacing) is one need, read where it
     * first comes: before, a long use case repeating "cache" was answered "best match for 'cache' with 'cache' and
     * 'cache' and …" (issue 12).
     *
     * @return the parts with at least one word, in order, each once
     */
    static List<String> needs(String useCase) {
        Set<String> seen = new HashSet<>();
        return parts(useCase).stream().map(p -> named(p[1]))
                .filter(n -> n.chars().anyMatch(Character::isLetterOrDigit))
                .filter(n -> !GENERIC_NEED.matcher(n).matches() && !ACTION_ON_NAMED.matcher(n).matches()
                        && !OWN_SYSTEM.matcher(n).matches() && !ENVIRONMENT.matcher(n).matches()
                        && !SCOPE.matcher(n).matches() && !ON_PROVIDER_SERVICES.matcher(n).matches())
                .filter(n -> seen.add(n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))).toList();
    }

    /**
     * Words that end a part of a use case without naming anything, because what they link to follows the separator:
     * a participle ("backed" of "api backed by dynamodb", "running" of "containers running on ecs"), with the
     * "that is" before it if any. Left on a need, they were searched and shown as if they were part of the thing
     * named ("best match for 'serverless rest api backed'"). A relative clause of an active verb ("a batch job that
     * runs") stays: its verb tells the search what is to run it.
     */
    private static final java.util.regex.Pattern DANGLING = java.util.regex.Pattern.compile(
            "(?i)(?:\\s+(?:that|which|who)\\s+(?:is|are|gets?))?"
            + "\\s+(?:backed|based|built|running|hosted|powered|deployed|fronted|served|triggered|exposed"
            + "|connected|located|sitting|living|placed|protected|secured)$");

    /**
     * A part of a use case as a need: stripped, without the words at its end that name nothing ({@link #DANGLING})
     * and without a scope after "in" ({@link #SCOPE_AT_END}: "peer two vpcs in different accounts" is the need
     * "peer two vpcs") or a word restricting it to itself ({@link #RESTRICTING}: "private subnets only").
     */
    static String named(String part) {
        String n = part.strip();
        String before;
        do {
            before = n;
            n = DANGLING.matcher(n).replaceFirst("");
            n = SCOPE_AT_END.matcher(n).replaceFirst("");
            n = RESTRICTING.matcher(n).replaceAll("");
        } while (!n.equals(before));
        return n;
    }

    /**
     * A use case without what its actions act on: after a part headed by an action on resources ({@link
     * #ACTION_HEAD}: "backups", "monitoring", "alarms" …), the thing it names after "of" ("backups of databases"),
     * or the part after it joined by "for" or "on" ("monitoring for our ecs services"), and the parts joined to that
     * thing by "and" or a comma ("… and file systems"), are left out: they exist already and say only what the
     * action covers, so they raise no need, imply none and are not searched. A part joined by "and" that is itself
     * headed by an action is a need again; a thing said to be new ("backups for a new database") and the whole scope
     * ("logging for the organization") are read as before. A part that names things there already ("our existing
     * rds databases", {@link #EXISTING}) is left out wherever it stands, with the parts joined to it by "and", unless
     * it is where a need goes (joined by "to" or "into"); an action joined to another by "and" ("monitoring and alerting") acts on the thing after both. So
     * "backups of databases and file systems with retention" is planned as "backups with retention": before, its
     * file systems got a new EFS and its databases a secrets manager for their credentials (issue 12).
     *
     * @return the use case, unchanged when no action in it names what it acts on
     */
    static String withoutActedOn(String useCase) {
        StringBuilder out = new StringBuilder();
        boolean action = false; // the part before is an action whose thing may follow
        boolean object = false; // the part before is what an action acts on
        for (String[] p : parts(useCase)) {
            String join = p[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String part = p[1].strip();
            // what is there already names no need, unless it is where a need goes ("to our existing eks cluster"),
            // whose words say what kind of thing that need is (nodes of a cluster)
            if (EXISTING.matcher(part).matches() && !join.equals("to") && !join.equals("into")) {
                object = true;
                action = false;
                continue;
            }
            boolean acting = ACTION_HEAD.matcher(part).matches() || ofAction(part) > 0;
            boolean made = NEW_THING.matcher(part).matches();
            if (!made && (object && (join.equals("and") || join.equals(",")) && !acting
                    || action && (join.equals("for") || join.equals("on")))) {
                object = true;
                action = false;
                continue;
            }
            int of = ofAction(part);
            boolean ofNew = of > 0 && NEW_THING.matcher(part.substring(of).replaceFirst("(?i)^\\s+of\\s+", ""))
                    .matches();
            out.append(out.isEmpty() ? "" : p[0])
                    .append(of > 0 && !ofNew ? p[1].substring(0, p[1].indexOf(part) + of) : p[1]);
            object = of > 0 && !ofNew;
            // an activity joined to an action ("monitoring and tracing") acts on the same thing
            action = of < 0 && (ACTION_HEAD.matcher(part).matches()
                    || action && join.equals("and") && ACTIVITY.matcher(part).matches());
        }
        return out.toString().strip();
    }

    /** One word naming an activity ("tracing", "paging"). */
    private static final java.util.regex.Pattern ACTIVITY = java.util.regex.Pattern.compile("(?i)[a-z]+ing");
    /** The "of" between an action's head and what it acts on ({@link #ofAction}). */
    private static final java.util.regex.Pattern OF = java.util.regex.Pattern.compile("(?i)\\s+of\\s+");

    /** @return where " of " follows an action's head in a part ("backups of databases"), or -1 */
    private static int ofAction(String part) {
        java.util.regex.Matcher m = OF.matcher(part);
        return m.find() && ACTION_HEAD.matcher(part.substring(0, m.start())).matches() ? m.start() : -1;
    }

    /**
     * The word joining each need of a use case ({@link #needs}) to the part before it, lower-case with single
     * spaces: "with", "and", "for", "in front of", "," for a comma (and a semicolon or colon); "" for the first
     * part. A need given more than once keeps the word of its first place.
     */
    static Map<String, String> joins(String useCase) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> needs = needs(useCase);
        for (String[] p : parts(useCase)) {
            String part = named(p[1]);
            if (needs.contains(part)) {
                String sep = p[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                out.putIfAbsent(part, p[0].isEmpty() ? "" : sep.isEmpty() || !Character.isLetter(sep.charAt(0))
                        ? "," : sep);
            }
        }
        return out;
    }

    /**
     * The parts of a use case between its separators ({@link #NEED_SPLIT}), each with the separator before it ("" for
     * the first): a separator inside a phrase that names one thing ({@link #PHRASES}: "hub and spoke", "identity and
     * access management") splits nothing, as its words are one need, not each a need of its own. Before, "hub and
     * spoke network" was the needs "hub" and "spoke network", and "hub" got a Security Hub.
     */
    static List<String[]> parts(String useCase) {
        String lower = useCase.toLowerCase(Locale.ROOT);
        List<int[]> phrases = new ArrayList<>();
        for (java.util.regex.Pattern p : PHRASES.get()) {
            java.util.regex.Matcher m = p.matcher(lower);
            while (m.find()) {
                phrases.add(new int[] {m.start(), m.end()});
            }
        }
        List<String[]> out = new ArrayList<>();
        java.util.regex.Matcher m = NEED_SPLIT.matcher(useCase);
        int start = 0;
        String sep = "";
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (phrases.stream().anyMatch(p -> p[0] < s && e < p[1])) {
                continue;
            }
            out.add(new String[] {sep, useCase.substring(start, s)});
            sep = m.group();
            start = e;
        }
        out.add(new String[] {sep, useCase.substring(start)});
        return out;
    }

    /** What separates the terms of a line of the search vocabulary ("a, b => c"). */
    private static final java.util.regex.Pattern VOCABULARY_TERMS = java.util.regex.Pattern.compile(",|=>");
    /**
     * Phrases that name one thing with a separator word inside ({@link #NEED_SEPARATORS}): those of the bundled
     * {@code implies} rules ("hub and spoke") and of the built-in search vocabulary ("identity and access
     * management"), each as {@link RecommendConfig#wordsPattern} matches it. Read once (the rules' words from the
     * recommend cache when it is warm: {@link RecommendConfig#bundledWords()}).
     */
    static final java.util.function.Supplier<List<java.util.regex.Pattern>> PHRASES = memoized(() -> {
        Set<String> all = new java.util.TreeSet<>();
        all.addAll(RecommendConfig.bundledWords());
        try (java.io.InputStream in = Recommender.class.getResourceAsStream(
                "/dev/alexandria/core/internal/discovery/vocabulary.txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (!line.startsWith("#")) {
                        for (String t : VOCABULARY_TERMS.split(line)) {
                            all.add(t.strip().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all.stream().filter(w -> w.contains(" ") && NEED_SPLIT.matcher(w).find())
                .map(w -> RecommendConfig.wordsPattern(List.of(w))).toList();
    });

    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> s) {
        return new java.util.function.Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    v = s.get();
                    value = v;
                }
                return v;
            }
        };
    }

    /** Whether a part of a use case names the user's own system ("for my app", {@link #OWN_SYSTEM}). */
    static boolean namesOwnSystem(String useCase) {
        return java.util.Arrays.stream(NEED_SPLIT.split(useCase)).map(String::strip)
                .anyMatch(n -> OWN_SYSTEM.matcher(n).matches());
    }

    /**
     * A use case with each word the search corrected replaced by its correction (whole words, case ignored).
     *
     * @param corrections each corrected word, lower-case, with the word it became
     */
    static String corrected(String useCase, Map<String, String> corrections) {
        String out = useCase;
        for (Map.Entry<String, String> c : corrections.entrySet()) {
            out = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(c.getKey())
                    + "(?![\\p{L}\\p{N}])").matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(
                    c.getValue()));
        }
        return out;
    }

    /**
     * The words of a use case that ask for nothing, as {@link #matchedWords} spells them: those of a separator of
     * several words ("front" of "in front of") and those of the parts that name no need (the provider, "on aws";
     * the user's own system, "for my app": {@link #needs}). A module the search matched only on them is no answer
     * to the use case: before, "store secrets for my app" listed a web-application pattern for matching "app", and
     * "cache in front of postgres" a serverless pattern for matching "front" (2026-12-03).
     */
    static Set<String> unaskedWords(String useCase) {
        Set<String> out = new HashSet<>();
        List<String> texts = new ArrayList<>();
        NEED_SEPARATORS.stream().filter(x -> x.contains(" ")).forEach(texts::add);
        for (String part : NEED_SPLIT.split(useCase)) {
            String n = part.strip();
            if (GENERIC_NEED.matcher(n).matches() || OWN_SYSTEM.matcher(n).matches()
                    || ENVIRONMENT.matcher(n).matches() || SCOPE.matcher(n).matches()
                    || ON_PROVIDER_SERVICES.matcher(n).matches()) {
                texts.add(n);
            }
            java.util.regex.Matcher scope = SCOPE_AT_END.matcher(n);
            if (scope.find()) {
                texts.add(scope.group());
            }
        }
        texts.forEach(t -> out.addAll(words(t)));
        return out;
    }

    /** The words of a text as {@link #matchedWords} spells them: lower-cased, without a plural's final {@code s}. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
            if (!w.isEmpty()) {
                out.add(plural ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static Recommendation recommendation(LibraryModule m, ScorePart first, Parts parts,
                                                 List<String> evidence, List<ModuleId> composes) {
        List<ScorePart> all = new ArrayList<>(5);
        all.add(first);
        all.addAll(parts.of(m));
        List<ScorePart> weighed = Ranking.scaled(all);
        return new Recommendation(m, Ranking.score(weighed), weighed, evidence, composes);
    }

    /**
     * A search hit added after the plan's own steps, with the step's reason when it has none: without it, a module
     * listed below one of a lower score would not say why it comes there.
     */
    private static Recommendation saying(Recommendation r, String evidence) {
        return r.evidence().isEmpty() ? new Recommendation(r.module(), r.score(), r.parts(), List.of(evidence),
                r.composes()) : r;
    }

    /** The reason of a relevance for one need: the hit's search score against the need's best. */
    private static String searchScore(double score, double best, String need) {
        return "search score " + Decimals.fixed(score, 2) + " of the best " + Decimals.fixed(best, 2) + " for '"
                + need + "'";
    }

    // ---------------------------------------------------------------- based on a module

    /**
     * Based on a deprecated module with a declared replacement in the library (not deprecated itself): the
     * replacement first, whatever its score, as "its declared replacement" with the deprecation's reason, then what
     * goes with the replacement, said of it: new work builds on the replacement, so its companions are the ones to
     * suggest (issue 12: {@code --based-on rds-mysql-legacy} ranked rds-postgres above rds-aurora,
     * its declared replacement, and did not say the base was deprecated). Based on any other module, what goes with
     * it ({@link #around}).
     */
    private List<Recommendation> basedOn(Weights weights, Parts parts) {
        Optional<Deprecation> deprecation = basedOn.metadata().deprecation()
                .or(() -> basedOn.registryEntry().flatMap(RegistryEntry::deprecation));
        Optional<LibraryModule> replacement = deprecation.flatMap(Deprecation::replacement)
                .flatMap(r -> library.module(r.value())).filter(r -> !r.id().equals(basedOn.id()))
                .filter(r -> r.maturity().isActive());
        if (replacement.isEmpty()) {
            return around(basedOn, weights, parts);
        }
        LibraryModule r = replacement.get();
        List<Recommendation> out = new ArrayList<>();
        // its own usage evidence with the base, at the one decimal place its reason shows
        double raw = REPLACEMENT + evidenced(basedOn, weights, parts).stream().filter(x -> x.recommendation()
                .module().id().equals(r.id())).findFirst().map(x -> java.math.BigDecimal.valueOf(x.raw())
                .setScale(1, java.math.RoundingMode.HALF_UP).doubleValue()).orElse(0.0);
        ScorePart ev = new ScorePart("evidence", Ranking.evidenceValue(raw), weights.evidence(),
                "usage evidence " + Decimals.fixed(raw, 1));
        out.add(recommendation(r, ev, parts, List.of("its declared replacement: " + basedOn.id() + " is deprecated"
                + since(basedOn) + deprecation.get().removalDate().map(d -> ", to be removed on " + d).orElse("")
                + ": " + deprecation.get().reason()), List.of()));
        around(r, weights, parts).stream().filter(x -> !x.module().id().equals(basedOn.id())).forEach(out::add);
        return out;
    }

    /**
     * An input of a module that takes, by the whole of its noun, a resource type another module makes and it does
     * not, when the module is named for what the other is: a word of one's id, past its first, is in the other's
     * ({@link Wiring#sharedWords}, either way round): {@code db_instance_id} of
     * {@code cloudposse-rds-cloudwatch-sns-alarms}, a module made to alarm on an RDS instance, and the
     * {@code aws_db_instance} of {@code cloudposse-rds}, whose id names no "instance" ({@link #takenInput} asks
     * that). Before, {@code --based-on cloudposse-rds} did not list the alarms made for it (issue
     * 12). The shared word keeps a module that makes a type on the side ({@code aws_security_group} of a database)
     * from providing every {@code security_group_ids}; a complexity tier's name is no such word. An input's
     * description naming the service ("ARN of the KMS key") is not enough: it says what kind the input takes, not
     * that the module is made for another (every KMS, bucket and topic module was "made for" a CloudTrail module).
     * Neither is a shared word that names a kind of resource of many services ({@link Wiring#kindWords}:
     * {@code cluster} of an EKS and an Aurora cluster module), nor a type of a service most modules make on the side
     * ({@link Services#specific}: a security group): before, an EKS cluster module was "made for" what an Aurora
     * cluster module's {@code kms_key_arn} takes, and a Kafka cluster module for its security group.
     *
     * @param services  the library's services
     * @param kindWords the words of the library's resource types that name a kind of many services
     * @return the input's name, if there is one
     */
    static Optional<String> typeInput(LibraryModule m, LibraryModule other, Services services,
                                      Set<String> kindWords) {
        if (Wiring.sharedWords(other, m, kindWords) == 0 && Wiring.sharedWords(m, other, kindWords) == 0) {
            return Optional.empty();
        }
        Set<String> own = Set.copyOf(ModuleFacts.types(m));
        Set<String> kinds = new HashSet<>();
        for (String t : ModuleFacts.types(other)) {
            int cut = t.indexOf('_');
            if (!own.contains(t) && cut > 0 && Services.service(t).filter(services::specific).isPresent()) {
                kinds.add(t.substring(cut + 1));
            }
        }
        for (ModuleFacts.Input v : ModuleFacts.inputs(m)) {
            Optional<String> noun = Wiring.noun(v.name());
            if (noun.isPresent() && noun.get().contains(" ") && !Wiring.ownName(m, v.name(), noun.get())
                    && kinds.contains(noun.get().replace(' ', '_'))) {
                return Optional.of(v.name());
            }
        }
        return Optional.empty();
    }

    /**
     * The base a module attaches to and the plan lacks, named: a module it {@code requires} whose specific service
     * both are named for ({@code eks-standard} of {@code eks-addons}, not the security group an Auto Scaling group
     * requires), or a required input of the kind of a specific service the module is named for
     * ({@link Wiring#qualifiers}: {@code cluster_name}, "Name of the EKS cluster", of an EKS add-ons module) that
     * neither it nor a chosen module makes. Such a module is no late pick on its own (an add-on without its
     * cluster); a pattern is none.
     *
     * @return the required module's id or the input's name; empty when the plan has what it attaches to
     */
    private Optional<String> missingBase(Plan plan, LibraryModule m) {
        if (m.layer() == Layer.PATTERNS) {
            return Optional.empty();
        }
        Services services = libraryServices();
        for (var r : m.metadata().requires()) {
            Optional<LibraryModule> d = library.module(r.module().value()).filter(x -> !plan.has(x));
            if (d.isPresent() && services.types(d.get()).stream().map(Services::service).flatMap(Optional::stream)
                    .anyMatch(x -> services.specific(x) && Wiring.names(m, x) && Wiring.names(d.get(), x))) {
                return Optional.of(d.get().id().value());
            }
        }
        Set<String> made = new HashSet<>(services.types(m));
        plan.chosenModules().forEach(c -> made.addAll(ModuleFacts.types(c)));
        for (ModuleFacts.Input v : ModuleFacts.inputs(m)) {
            Optional<String> noun = v.required() ? Wiring.noun(v.name()) : Optional.empty();
            if (noun.isEmpty() || Wiring.ownName(m, v.name(), noun.get())) {
                continue;
            }
            String last = "_" + noun.get().substring(noun.get().lastIndexOf(' ') + 1);
            for (String q : Wiring.qualifiers(v.description() == null ? "" : v.description(), noun.get(),
                    services.allTypes())) {
                if (services.specific(q) && Wiring.names(m, q) && made.stream().noneMatch(t -> q.equals(
                        Wiring.service(t)) && t.contains(last))) {
                    return Optional.of(v.name());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a module attaches to another: it requires it, or is an add-on of it ({@link AddOns}). */
    private boolean baseOf(LibraryModule m, LibraryModule base) {
        return m.metadata().requires().stream().anyMatch(r -> r.module().equals(base.id()))
                || AddOns.input(m, libraryServices(), base).isPresent();
    }

    /** The library's services ({@link Services}), read once per run for {@link #missingBase}. */
    private Services libraryServices() {
        if (libraryServices == null) {
            libraryServices = Services.of(library);
        }
        return libraryServices;
    }

    /**
     * Whether a module that makes what an input of another takes is of the kind the input names: it makes or is named
     * for each cloud service that qualifies the input ({@link Wiring#qualifiers}: {@code ecs} of a
     * {@code cluster_arn} described as "ARN of an existing ECS cluster", {@code db} of {@code db_instance_id}), so
     * that an Aurora cluster is not what an ECS service's cluster_arn takes, nor an EC2 instance what an RDS alarm's
     * db_instance_id takes (issue 12); an input of a generic noun that names no kind takes a thing of a service the
     * taking module works with ({@link Flows#ofTakersKind}: no Kafka cluster for an EKS teams module's
     * {@code cluster_arn}).
     */
    static boolean ofKind(LibraryModule taker, String input, LibraryModule maker, Set<String> allTypes) {
        Optional<String> noun = Wiring.noun(input);
        if (noun.isEmpty()) {
            return false;
        }
        String description = ModuleFacts.inputs(taker).stream().filter(v -> v.name().equals(input))
                .map(ModuleFacts.Input::description).findFirst().orElse("");
        for (String q : Wiring.qualifiers(description, noun.get(), allTypes)) {
            if (!Wiring.names(maker, q) && ModuleFacts.types(maker).stream().noneMatch(t -> q.equals(
                    Wiring.service(t)))) {
                return false;
            }
        }
        // a generic noun several services make a thing of, unqualified: of a service the taker works with
        return Flows.ofTakersKind(ModuleFacts.types(maker), taker, input, allTypes, null);
    }

    /**
     * Whether an input's noun names the service of a resource type it is ({@code kms} of {@code kms_key_arn} and
     * {@code aws_kms_key}, {@code waf} of {@code waf_acl_arn} and {@code aws_wafv2_web_acl}): what a module takes
     * of one it serves must say whose it is, since a bare {@code key_name} (an EC2 key pair) or {@code cluster_arn}
     * is of any service.
     */
    private static boolean namesService(String input, Set<String> types) {
        List<String> words = Makers.words(Wiring.noun(input).orElse(""));
        return !words.isEmpty() && types.stream().anyMatch(t -> Makers.isThing(Makers.typeText(t), words)
                && words.stream().anyMatch(w -> Wiring.service(t).startsWith(w)));
    }

    /**
     * An input of a module whose noun names what another module makes by the other's own id: the words before the
     * noun's last are words of the other's id ({@code rds} of {@code rds_instance_ids} and {@code rds-postgres}), and
     * the last is the thing of a resource type of a specific service the other makes and the module does not
     * ({@code aws_db_instance}: the provider spells an RDS instance {@code db_instance}, so neither the type nor
     * the service names "rds"). Before, {@code --based-on rds-postgres} did not list a dashboards module charting
     * the instances its {@code rds_instance_ids} takes.
     *
     * @return the input's name, if there is one
     */
    static Optional<String> idNamedInput(LibraryModule m, Services services, LibraryModule other) {
        Set<String> own = services.types(m);
        List<String> texts = services.types(other).stream().filter(t -> !own.contains(t))
                .filter(t -> Services.service(t).filter(services::specific).isPresent()).map(Makers::typeText)
                .toList();
        Set<String> idWords = new HashSet<>();
        for (String w : other.id().value().split("-")) {
            idWords.add(Wiring.singular(w));
        }
        for (ModuleFacts.Input v : ModuleFacts.inputs(m)) {
            Optional<String> noun = Wiring.noun(v.name());
            List<String> words = noun.map(n -> List.of(n.split(" "))).orElse(List.of());
            if (words.size() < 2 || Wiring.ownName(m, v.name(), noun.get())
                    || !idWords.containsAll(words.subList(0, words.size() - 1))) {
                continue;
            }
            List<String> thing = Makers.words(words.get(words.size() - 1));
            if (!thing.isEmpty() && !idWords.containsAll(thing) && texts.stream().anyMatch(t -> Makers.isThing(t,
                    thing))) {
                return Optional.of(v.name());
            }
        }
        return Optional.empty();
    }

    /**
     * The output of a module that gives what an input refers to by the noun's last word and the input's kind of
     * value, an identifier being an id ({@code db_instance_identifier} for {@code rds_instance_ids}); empty when
     * none does.
     */
    static Optional<String> idOutput(LibraryModule m, String input) {
        List<String> in = List.of(input.toLowerCase(Locale.ROOT).split("_"));
        String[] noun = Wiring.noun(input).orElse("").split(" ");
        String value = idValue(in.get(in.size() - 1));
        for (String o : ModuleFacts.outputNames(m)) {
            List<String> w = List.of(o.toLowerCase(Locale.ROOT).split("_"));
            if (w.size() > 1 && idValue(w.get(w.size() - 1)).equals(value)
                    && Wiring.singular(w.get(w.size() - 2)).equals(noun[noun.length - 1])) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The kind of value a reference word names, in the singular: "id" of ids, identifier and identifiers. */
    private static String idValue(String word) {
        String w = Wiring.singular(word);
        return w.equals("identifier") || w.equals("ids") ? "id" : w.equals("arns") ? "arn" : w;
    }

    /**
     * "since 1.9.4 (2026-07-27)": the first version of a module's last run of deprecated versions in its registry
     * entry; empty when it records none.
     */
    private static String since(LibraryModule m) {
        List<RegisteredVersion> versions = m.registryEntry().map(RegistryEntry::versions).orElse(List.of());
        RegisteredVersion first = null;
        for (RegisteredVersion v : versions) {
            first = v.maturity() == MaturityLevel.DEPRECATED ? first == null ? v : first : null;
        }
        return first == null ? "" : " since " + first.version() + " (" + first.released() + ")";
    }

    /**
     * A recommendation of {@link #evidenced} with the raw amount of usage evidence its evidence part was made of.
     *
     * @param recommendation the recommendation
     * @param raw            its raw usage evidence (the sum the evidence part's value is made of)
     */
    private record Evidenced(Recommendation recommendation, double raw) {
    }

    /**
     * The other modules with usage evidence with a module, by score (the class's Javadoc, "For a module"), modules
     * that are alternatives of one another ({@link Alternatives}) taking one place: the first by score is listed
     * and the others are named on it ("alternatives, not listed: vpc-advanced, vpc-basic"), so that the places go
     * to modules of distinct kinds. The module's own alternatives are each listed: they answer "what could take its
     * place". Before, {@code --based-on eks-standard} listed the three VPC tiers in its first four, and the modules
     * the cluster takes inputs of (a KMS key) came below them (issue 12).
     */
    private List<Recommendation> around(LibraryModule basedOn, Weights weights, Parts parts) {
        return onePlace(evidenced(basedOn, weights, parts).stream().map(Evidenced::recommendation).toList(), basedOn,
                (a, b) -> alternatives().of(a, b, basedOn));
    }

    /**
     * A list by score with alternatives of one another in one place ({@link #around}): each module that is no
     * alternative of the base and is one of a module listed before it is named on that one instead of listed. Which
     * modules are listed before a module depends only on those scoring above it, so more evidence for a pair never
     * lowers that pair's place.
     *
     * @param ranked       the candidates, by score
     * @param basedOn      the module the list is based on
     * @param alternatives whether two modules are alternatives of one another
     * @return the listed ones, in order, each naming the alternatives it stands for
     */
    static List<Recommendation> onePlace(List<Recommendation> ranked, LibraryModule basedOn,
                                         java.util.function.BiPredicate<LibraryModule, LibraryModule> alternatives) {
        List<Recommendation> listed = new ArrayList<>();
        Map<String, Set<String>> named = new HashMap<>();
        for (Recommendation r : ranked) {
            Optional<Recommendation> of = alternatives.test(r.module(), basedOn) ? Optional.empty()
                    : listed.stream().filter(l -> !alternatives.test(l.module(), basedOn)
                    && alternatives.test(r.module(), l.module())).findFirst();
            if (of.isPresent()) {
                named.computeIfAbsent(of.get().module().id().value(), k -> new TreeSet<>()).add(r.module().id()
                        .value());
            } else {
                listed.add(r);
            }
        }
        return listed.stream().map(r -> {
            Set<String> alts = named.get(r.module().id().value());
            if (alts == null) {
                return r;
            }
            List<String> evidence = new ArrayList<>(r.evidence());
            evidence.add("alternatives, not listed: " + String.join(", ", alts));
            return new Recommendation(r.module(), r.score(), r.parts(), evidence, r.composes());
        }).toList();
    }

    /** The library's rule of alternatives for {@code --based-on} ({@link Alternatives}), made once per run. */
    private Alternatives alternatives() {
        if (alternatives == null) {
            alternatives = new Alternatives(Services.of(library), Relations.of(library), attachments());
        }
        return alternatives;
    }

    /** {@link #around}, each with its raw usage evidence, so that nothing reads it back from a reason's text. */
    private List<Evidenced> evidenced(LibraryModule basedOn, Weights weights, Parts parts) {
        String target = basedOn.id().value();
        Relations relations = Relations.of(library);
        List<Examples.Example> examples = Examples.of(library, basedOn);
        Set<String> targetDependents = relations.dependents(target);
        Services services = Services.of(library);
        Set<String> baseTypes = Set.copyOf(ModuleFacts.types(basedOn));
        Set<String> allTypes = new TreeSet<>();
        library.modules().forEach(x -> allTypes.addAll(ModuleFacts.types(x)));
        Set<String> kindWords = Wiring.kindWords(allTypes);
        Links links = new Links(library, allTypes, flows());
        List<Evidenced> out = new ArrayList<>();
        for (LibraryModule m : library.modules()) {
            String id = m.id().value();
            if (id.equals(target) || !allowed(m)) {
                continue;
            }
            double raw = 0;
            List<String> evidence = new ArrayList<>();
            if (relations.dependencies(target).contains(id)) {
                raw += 3;
                evidence.add("a dependency: " + target + " uses it");
            }
            if (targetDependents.contains(id)) {
                raw += 2;
                evidence.add((m.layer() == Layer.PATTERNS ? "a pattern that composes " : "uses ") + target);
            }
            Set<String> together = new TreeSet<>(relations.dependents(id));
            together.retainAll(targetDependents);
            List<String> patterns = together.stream().filter(d -> library.module(d)
                    .map(x -> x.layer() == Layer.PATTERNS).orElse(false)).toList();
            List<String> others = together.stream().filter(d -> !patterns.contains(d)).toList();
            if (!patterns.isEmpty()) {
                raw += 1.5 * patterns.size();
                evidence.add("used together in " + count(patterns.size(), "pattern") + ": "
                        + String.join(", ", patterns));
            }
            if (!others.isEmpty()) {
                raw += others.size();
                evidence.add("used together by " + count(others.size(), "module") + ": " + String.join(", ", others));
            }
            Examples.Together inExamples = Examples.together(examples, target, id);
            if (!inExamples.folders().isEmpty()) {
                raw += inExamples.raw();
                evidence.add("used together in " + count(inExamples.folders().size(), "example") + ": "
                        + String.join(", ", inExamples.folders()));
            }
            // An add-on of the module (alarms on its database instance, a node group of its cluster): the rule of a
            // use case's plan (AddOns), so that what --for calls an add-on of the module is listed with it, as much
            // as a dependent. Before, --based-on cloudposse-rds-cluster did not list the RDS alarms module --for
            // called its add-on.
            Optional<String> addOn = m.layer() == Layer.PATTERNS ? Optional.empty()
                    : AddOns.exceptKinds(m, services, basedOn, kindWords);
            addOn.ifPresent(in -> evidence.add("an add-on of " + target + ": takes " + in + ", which " + target
                    + " makes"));
            raw += addOn.isPresent() ? ADD_ON : 0;
            // What the module takes of another's, in another category: a KMS key for its kms_key_arn. The same rule
            // as a use case's add-ons and companions (takenInput); before, --based-on listed same-category modules
            // making none of its services and not the modules its inputs take.
            // Of one category, the two are asked only when they make different specific services: a state machine
            // and the Lambda functions its lambda_function_arns takes are both serverless compute.
            boolean ofOneKind = m.category().equals(basedOn.category()) && (services.shareSpecific(m, basedOn)
                    || Alternatives.sameKind(m, basedOn));
            Optional<String> takes = ofOneKind ? Optional.empty()
                    : takenInput(basedOn, services, m, false).filter(in -> ofKind(basedOn, in, m, allTypes))
                    .filter(in -> !Flows.madeForItself(m, basedOn, in, allTypes));
            // A module made for what the other makes (alarms on an RDS instance, typeInput): as much as a dependent,
            // for it is made to be used with it.
            Optional<String> madeFor = takes.isPresent() || ofOneKind ? Optional.empty()
                    : typeInput(basedOn, m, services, kindWords)
                    .filter(in -> ofKind(basedOn, in, m, allTypes));
            if (madeFor.isPresent()) {
                raw += MADE_FOR;
                evidence.add("makes what " + madeFor.get() + " of " + target + " takes, which " + target
                        + " is made for");
            }
            if (takes.isPresent()) {
                raw += INPUT_TAKEN;
                // Said by the output that provides it (key_arn for kms_key_arn), so that a "provides" reason
                // always names an output the module has; without one, by what it makes.
                String input = takes.get();
                evidence.add(Wiring.output(m, input, Set.of()).map(o -> "provides " + (o.equals(input) ? "" : o
                        + " for ") + input + ", an input of " + target).orElse("makes what " + input + " of "
                        + target + " takes"));
            }
            // What takes what the module makes, in another category: the users of a KMS key (kms_key_arn), the API
            // that takes a WAF's ACL (waf_acl_arn). The rule above the other way round: before, only what the
            // module takes counted, so a module that serves others got none of them (issue 12).
            boolean other = takes.isPresent() || madeFor.isPresent() || addOn.isPresent() || ofOneKind;
            Optional<String> taken = other ? Optional.empty() : takenInput(m, services, basedOn, false)
                    .filter(in -> ofKind(m, in, basedOn, allTypes)).filter(in -> namesService(in, baseTypes))
                    .filter(in -> !Flows.madeForItself(basedOn, m, in, allTypes));
            if (taken.isPresent()) {
                raw += INPUT_TAKEN;
                evidence.add("takes " + taken.get() + ", which " + target + " makes");
            } else if (!other) {
                // The input names the thing by the module's own id (rds_instance_ids of rds-postgres), said by the
                // output that gives it.
                taken = idNamedInput(m, services, basedOn).filter(in -> ofKind(m, in, basedOn, allTypes))
                        .filter(in -> !Flows.madeForItself(basedOn, m, in, allTypes));
                taken.ifPresent(in -> evidence.add("takes " + in + ", which " + target + idOutput(basedOn, in)
                        .map(o -> " outputs as " + o).orElse(" makes")));
                raw += taken.isPresent() ? INPUT_TAKEN : 0;
            }
            Optional<String> madeForIt = other || taken.isPresent() ? Optional.empty() : typeInput(m, basedOn, services,
                    kindWords).filter(in -> ofKind(m, in, basedOn, allTypes));
            if (madeForIt.isPresent()) {
                raw += MADE_FOR;
                evidence.add("made for what " + target + " makes: takes " + madeForIt.get());
            }
            // An output of one wired into an input of the other by its name and kind, or an input whose
            // description names the other by its id (Links), in another category: the wiring of a use case's plan.
            // Before, --based-on iam-roles listed nothing, though an EKS cluster module outputs the
            // oidc_provider_arn it takes.
            if (!other && taken.isEmpty() && madeForIt.isEmpty()) {
                Optional<String> link = links.between(m, basedOn)
                        .filter(l -> !Flows.madeForItself(m, basedOn, l.input(), allTypes))
                        .map(l -> linkTaken(l, m, target)).or(() -> links.between(basedOn, m)
                        .filter(l -> !Flows.madeForItself(basedOn, m, l.input(), allTypes))
                        .map(l -> linkTakes(l, target)));
                raw += link.isPresent() ? INPUT_TAKEN : 0;
                link.ifPresent(evidence::add);
            }
            // What a resource of one attaches to of the other's by a generic argument: a WAF association's
            // resource_arn and the API stage it protects ({@link Attachments}).
            Optional<String> attached = alternatives().attachments().between(basedOn, baseTypes, m,
                    Set.copyOf(ModuleFacts.types(m)));
            if (attached.isPresent()) {
                raw += ATTACHED;
                evidence.add(attached.get());
            }
            if (m.category().equals(basedOn.category())) {
                // An alternative makes a specific service the module makes too; the rest of a broad category
                // (a transit gateway next to a load balancer) is weaker evidence. A module that uses the other or
                // takes what the other is named for goes with it rather than in its place (add-ons of a cluster,
                // a VPC attached to a transit gateway): the same evidence, said as what it is.
                // The rule of alternatives is Alternatives', shared by every pair of the list (around).
                Optional<String> companion = services.shareSpecific(m, basedOn) ? alternatives().companion(basedOn, m)
                        : Optional.empty();
                if (companion.isPresent()) {
                    raw += 1;
                    evidence.add("a companion in " + m.category().id() + ", not an alternative: " + companion.get());
                } else if (alternatives().of(basedOn, m)) {
                    raw += 1;
                    evidence.add("an alternative in " + m.category().id() + " (" + tier(m) + "; " + target + " is "
                            + tier(basedOn) + ")");
                } else if (!evidence.isEmpty()) {
                    raw += OTHER_OF_CATEGORY;
                    // Used with it (in a pattern, by a module, in an example, or attached to it), it is a
                    // companion of its category and said so. Sharing only the category is no evidence: before, such
                    // modules were listed as "neither an alternative nor a companion" to fill the list (a trial
                    // finding, issue 12); now a list with nothing more to show is shorter.
                    evidence.add("a companion in " + m.category().id() + ", not an alternative: " + (services
                            .shareSpecific(m, basedOn) ? "it is made for another thing than " + target + " is"
                            : "it makes none of the services " + target + " makes"));
                }
            }
            if (raw == 0) {
                continue;
            }
            ScorePart ev = new ScorePart("evidence", Ranking.evidenceValue(raw), weights.evidence(),
                    "usage evidence " + Decimals.fixed(raw, 1));
            out.add(new Evidenced(recommendation(m, ev, parts, evidence, List.of()), raw));
        }
        return out.stream().sorted(java.util.Comparator.comparing(Evidenced::recommendation, Ranking.ORDER))
                .toList();
    }

    /** "provides instance_profile_name for iam_instance_profile_name, an input of ec2-autoscaling …" */
    private static String linkTaken(Links.Link l, LibraryModule maker, String target) {
        String named = l.named() ? " whose description names " + maker.id() : "";
        return l.output().map(o -> "provides " + (o.equals(l.input()) ? "" : o + " for ") + l.input() + ", an input of "
                + target + named).orElse("makes what " + l.input() + " of " + target + " takes, an input"
                + named);
    }

    /** "takes oidc_provider_arn, which eks-standard outputs" */
    private static String linkTakes(Links.Link l, String target) {
        String which = l.output().map(o -> ", which " + target + " outputs" + (o.equals(l.input()) ? "" : " as " + o))
                .orElse("");
        return "takes " + l.input() + (l.named() ? ", whose description names " + target : "") + which;
    }

    private static String tier(LibraryModule m) {
        return m.metadata().complexity().orElseGet(m::complexity).id();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return "Recommend[" + (useCase != null ? "for '" + useCase + "'" : basedOn != null ? "based on "
                + basedOn.id() : "unset") + ", limit " + limit + (level == null ? "" : ", level " + level.id())
                + (includeDeprecated ? ", with deprecated" : "") + (includeArchived ? ", with archived" : "") + "]";
    }
}
