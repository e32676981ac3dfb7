package dev.alexandria.core.internal.discovery;

import dev.alexandria.api.model.Deprecation;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.spi.ProviderGuard;
import dev.alexandria.spi.search.Facet;
import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.Filter;
import dev.alexandria.spi.search.Highlight;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.IndexStats;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.spi.search.Sort;
import dev.alexandria.spi.search.SyncResult;
import java.lang.ref.Cleaner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over one library snapshot: opens the backend's index on first use (in the library's cache folder when
 * there is one), brings it in sync with the modules (only changed modules are read), and answers searches: with the
 * backend's answer to the same request in an earlier run when the sync changed nothing ({@link SearchResultCache}),
 * else with the backend's.
 *
 * <p>Every module is indexed, archived and deprecated ones too, with a status ({@link SearchFields#STATUS}) that a
 * search filters on: it leaves both out unless it includes them.
 *
 * <p>Thread-safe: the index is opened once, and searches may run concurrently. The index is closed when this
 * service is no longer reachable (with its library).
 */
public final class SearchService {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    private static final Cleaner CLEANER = Cleaner.create();
    /** Whether the index is opened on a thread of its own while the modules are fingerprinted. */
    private static final boolean PARALLEL_OPEN = Runtime.getRuntime().availableProcessors() > 1;

    /**
     * The relevance floor of every search with text ({@link SearchQuery#minRelativeScore()}): a module scoring below
     * this share of the best match's score is no match, so that a query's total counts the modules it is about and
     * a sort by popularity, rating or recency orders those rather than lifting a module that matched one common
     * word (docs/search.md, "What makes a hit").
     */
    static final double RELEVANCE_FLOOR = 0.1;

    /**
     * The relevance floor of a search with text sorted by popularity, rating or recency: there the order no longer
     * puts the modules a query is about first, so only those are kept (docs/search.md, "What makes a hit").
     */
    static final double SORTED_FLOOR = 0.4;

    static final List<String> FACETS = List.of(SearchFields.LAYER, SearchFields.CATEGORY_ID, SearchFields.MATURITY,
            SearchFields.COMPLEXITY, SearchFields.COST_CATEGORY, SearchFields.TAG);

    private final List<LibraryModule> modules;
    private final Map<String, LibraryModule> byId = new HashMap<>();
    /** The catalog without its registry, read on first use (memoized by the library). */
    private final Supplier<SearchCatalog> catalog;
    private final SearchBackend backend;
    private final Optional<Path> indexDirectory;
    /** The folder of the fingerprint cache (the parent of every backend's index folder), if there is one. */
    private final Optional<Path> searchDirectory;
    private final Path registryFile;
    private final Object lock = new Object();
    private volatile SearchIndex index;
    private volatile SyncResult sync;
    /**
     * The backend's persisted state just before the index was opened (set by the opening, read after it), so that
     * answers are kept only for the index this run searched: another process's commit between the opening and the
     * first search makes the two differ.
     */
    private Optional<String> persistedBeforeOpen = Optional.empty();
    /** The spec the index is opened with, made once ({@link #spec}); guarded by {@code specLock}. */
    private IndexSpec spec;
    private final Object specLock = new Object();
    /** The words a text that matches nothing is corrected to, made at the first such search. */
    private volatile DidYouMean didYouMean;
    /** The modules' fingerprints and the entries made of them, once worked out; guarded by {@code lock}. */
    private FingerprintCache fingerprints;
    private List<IndexEntry> entries;
    /** The entries of the sync, while the result cache is not open; null after a sync that changed the index. */
    private List<IndexEntry> synced;
    /**
     * The backend's answers of earlier runs, valid for the index as it is: set before the index is opened when the
     * backend's persisted state shows they hold ({@link #keptAnswer}), else at the first search after the sync
     * ({@link #answers(SearchIndex)}).
     */
    private volatile SearchResultCache answers;
    /** The result file as read before the index was opened, its state not yet compared; guarded by {@code lock}. */
    private SearchResultCache.Stored stored;

    /**
     * @param modules        every module of the library
     * @param catalog        its catalog without the registry (categories, tags, search-index.yaml, settings), asked
     *                       for when first needed; the
     *                       supplier is called once per need, so it should be memoized
     * @param backend        the backend to use
     * @param cacheDirectory the library's cache folder, if it has one; the index goes into
     *                       {@code search/<backend name>} below it
     * @param registryFile   the catalog's registry file, whose entries are part of each module's document (its stamp
     *                       tells whether cached fingerprints still hold)
     */
    public SearchService(List<LibraryModule> modules, Supplier<SearchCatalog> catalog, SearchBackend backend,
                         Optional<Path> cacheDirectory, Path registryFile) {
        this.modules = List.copyOf(modules);
        this.modules.forEach(m -> byId.put(m.id().value(), m));
        this.catalog = catalog;
        this.backend = backend;
        this.searchDirectory = cacheDirectory.map(d -> d.resolve("search"));
        this.indexDirectory = searchDirectory.map(d -> d.resolve(backend.descriptor().name()));
        this.registryFile = registryFile;
    }

    /**
     * @param layers layers
     * @return the category ids of the library's modules in those layers
     */
    Set<String> categoriesOf(Set<Layer> layers) {
        Set<String> ids = new TreeSet<>();
        modules.stream().filter(m -> layers.contains(m.layer())).forEach(m -> ids.add(m.category().id()));
        return ids;
    }

    /** @return the backend's name */
    public String backendName() {
        return backend.descriptor().name();
    }

    /** @return the catalog this service searches with */
    SearchCatalog catalog() {
        return catalog.get();
    }

    /** @return what the first sync did (empty until the index was used) */
    public Optional<SyncResult> lastSync() {
        return Optional.ofNullable(sync);
    }

    private SearchIndex index() {
        SearchIndex i = index;
        if (i != null) {
            return i;
        }
        synchronized (lock) {
            if (index != null) {
                return index;
            }
            // Opening the index (reading its files, on a cold JVM most of a short command's search) and
            // fingerprinting the modules need nothing of each other: with a second core, the index opens on its own
            // thread meanwhile.
            SearchCatalog c = catalog.get();
            FutureTask<SearchIndex> opening = new FutureTask<>(() -> {
                IndexSpec s = spec(c);
                if (keepsAnswers()) {
                    persistedBeforeOpen = persisted();
                }
                return ProviderGuard.call(backend, "open its search index", () -> backend.open(s));
            });
            if (PARALLEL_OPEN) {
                Thread t = new Thread(opening, "alexandria-search-open");
                t.setDaemon(true);
                t.start();
            }
            List<IndexEntry> all;
            try {
                all = entries(c);
            } catch (RuntimeException | Error e) {
                closeWhenOpened(opening);
                throw e;
            }
            SearchIndex opened = opened(opening);
            try {
                sync = ProviderGuard.call(backend, "index " + all.size() + " modules", () -> opened.sync(all));
            } catch (RuntimeException e) {
                ProviderGuard.run(backend, "close its search index", opened::close);
                throw e;
            }
            fingerprints.save();
            LOG.debug("search index {}: {}", indexDirectory.map(Path::toString).orElse("in memory"), sync);
            if (!keepsAnswers()) {
                answers = SearchResultCache.NONE;
            } else if (sync.changed() || sync.rebuilt()) {
                // The answers cached were computed on the index before: none holds now.
                answers = SearchResultCache.NONE;
                SearchResultCache.discard(searchDirectory);
            } else if (answers == null) {
                synced = all;
            } // else: found to hold before the index was opened, and the sync changed nothing
            CLEANER.register(this, new Closer(opened, backend));
            index = opened;
            return opened;
        }
    }

    /** Whether answers are kept across runs: with a cache folder, for a backend whose answers are repeatable. */
    private boolean keepsAnswers() {
        return searchDirectory.isPresent() && backend.repeatableAnswers();
    }

    /**
     * The built-in vocabulary of the search ({@code vocabulary.txt}), for a caller that compares the words the
     * search matched: a synonym the search matched is the same need as the word it stands for.
     *
     * @return the built-in synonyms and narrower terms, parsed once per JVM
     */
    public static dev.alexandria.spi.search.Vocabulary builtInVocabulary() {
        return SearchVocabulary.builtIn();
    }

    /** The spec the index is opened with, made on first use, by whichever thread needs it first. */
    private IndexSpec spec(SearchCatalog c) {
        synchronized (specLock) {
            if (spec == null) {
                spec = new IndexSpec(indexDirectory, SearchFields.specs(c.searchIndex()),
                        SearchVocabulary.forLibrary(c.tags()));
            }
            return spec;
        }
    }

    /**
     * What the index spec is made of, as text, without making it: search-index.yaml's fields (name, kind, boost) and
     * every tag's name, synonyms and parent, each length-prefixed. With Alexandria's build, which makes the spec
     * from them and its built-in vocabulary (and which the result file is kept for, {@link SearchResultCache}), it
     * decides the spec's fingerprint text: kept answers are compared with it, as making the spec's vocabulary only to
     * compare it (the built-in vocabulary parsed in a cold JVM) was a tenth of a repeated search's main thread.
     */
    static String specSources(SearchCatalog c) {
        StringBuilder sb = new StringBuilder("fields");
        for (FieldSpec f : SearchFields.specs(c.searchIndex())) {
            sb.append('\n').append(f.name()).append(' ').append(f.kind()).append(' ').append(f.boost());
        }
        sb.append("\ntags");
        for (TagTaxonomy.TagDefinition t : c.tags().tags()) {
            sb.append('\n');
            sized(sb, t.name());
            sized(sb, t.parent().orElse(""));
            for (String synonym : t.synonyms()) {
                sized(sb, synonym);
            }
        }
        return sb.toString();
    }

    private static void sized(StringBuilder sb, String s) {
        sb.append(s.length()).append(':').append(s).append(' ');
    }

    /** Every module's index entry, fingerprinted once per service; called holding {@code lock}. */
    private List<IndexEntry> entries(SearchCatalog c) {
        if (entries == null) {
            ModuleDocuments documents = new ModuleDocuments(c);
            FingerprintCache f = FingerprintCache.open(searchDirectory, registryFile, documents);
            List<String> own = new ArrayList<>(modules.size());
            List<long[]> readmes = new ArrayList<>(modules.size());
            for (LibraryModule m : modules) {
                own.add(f.fingerprint(m, documents));
                readmes.add(f.readmeKeys(m.id().value()));
            }
            // A README's boilerplate sentences are those other modules share: which of its sentences are left out is
            // part of each fingerprint, so a change elsewhere that adds or removes one rebuilds this document.
            Boilerplate boilerplate = Boilerplate.of(readmes);
            documents.boilerplate(boilerplate.keys());
            List<IndexEntry> all = new ArrayList<>(modules.size());
            for (int i = 0; i < modules.size(); i++) {
                LibraryModule m = modules.get(i);
                all.add(new IndexEntry(m.id().value(), own.get(i) + boilerplate.mark(readmes.get(i)), () -> {
                    SearchDocument d = documents.document(m);
                    // read by document() (memoized): kept, so that a hit can say so without reading it again
                    f.noteHcl(m.id().value(), m.interfaceSpec().hasErrors());
                    return d;
                }));
            }
            fingerprints = f;
            entries = all;
        }
        return entries;
    }

    /**
     * Before the index is opened, the answer kept by an earlier run to the same request, when the kept answers
     * hold for the index as the backend says it is persisted ({@link SearchBackend#persistedState}) and for the
     * modules as they are now (their fingerprints, without opening the index): then no index is opened for it.
     * Empty when the file does not hold the request (the index is opened, on its own thread, at once), when the
     * backend cannot tell its persisted state, or when anything differs; then the index is opened and synced, and
     * the answers used only if the sync changed nothing, as without this.
     */
    private Optional<SearchResults> keptAnswer(SearchQuery query) {
        synchronized (lock) {
            if (index != null) {
                return Optional.empty();
            }
            if (answers != null) {
                return answers.get(query);
            }
            if (!keepsAnswers()) {
                return Optional.empty();
            }
            if (stored == null) {
                stored = SearchResultCache.read(searchDirectory);
            }
            if (!stored.holds(query)) {
                return Optional.empty();
            }
            try {
                SearchCatalog c = catalog.get();
                Optional<String> persisted = persisted();
                if (persisted.isEmpty()) {
                    return Optional.empty();
                }
                SearchResultCache now = stored.forState(
                        SearchResultCache.state(backend, specSources(c), entries(c), persisted.get()));
                Optional<SearchResults> kept = now.get(query);
                if (kept.isPresent()) {
                    answers = now;
                    fingerprints.save();
                    LOG.debug("search index {}: not opened, the kept answers hold for it", indexDirectory
                            .map(Path::toString).orElse("in memory"));
                }
                return kept;
            } catch (RuntimeException e) {
                // Only a speed-up: the index is opened and synced, and tells what went wrong if anything is.
                LOG.debug("not answering from kept answers: {}", e.toString());
                return Optional.empty();
            }
        }
    }

    /**
     * The cache of the backend's answers for the index as synced, read on first use: {@link SearchResultCache#NONE}
     * without a cache folder or after a sync that changed the index.
     */
    private SearchResultCache answers(SearchIndex i) {
        SearchResultCache a = answers;
        if (a != null) {
            return a;
        }
        synchronized (lock) {
            if (answers == null) {
                byte[] state = state(i);
                answers = state == null ? SearchResultCache.NONE : kept().forState(state);
                synced = null;
            }
            return answers;
        }
    }

    /** The result file as read earlier in this run, else read now; called holding {@code lock}. */
    private SearchResultCache.Stored kept() {
        SearchResultCache.Stored s = stored != null ? stored : SearchResultCache.read(searchDirectory);
        stored = null;
        return s;
    }

    /**
     * The state of the index as synced that kept answers are valid for, or null when none can be told: with the
     * backend's persisted state when it tells one (null when that changed since the index was opened: another
     * process committed, and what this run searches is not what the state names), else with the index's size (null
     * when the index cannot tell it).
     */
    private byte[] state(SearchIndex i) {
        String sources = specSources(catalog.get());
        Optional<String> persisted = persisted();
        if (persisted.isPresent()) {
            return persisted.equals(persistedBeforeOpen)
                    ? SearchResultCache.state(backend, sources, synced, persisted.get()) : null;
        }
        try {
            IndexStats stats = ProviderGuard.call(backend, "tell its index's size", i::stats);
            return SearchResultCache.state(backend, sources, synced, stats);
        } catch (RuntimeException e) {
            // The cache is only a speed-up: without the index's size, every answer is the backend's.
            LOG.debug("not caching search answers: {}", e.toString());
            return null;
        }
    }

    /**
     * The backend's persisted state of the index folder; empty without one, or when the backend tells none or
     * fails to (only a speed-up depends on it).
     */
    private Optional<String> persisted() {
        if (indexDirectory.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<String> p = ProviderGuard.call(backend, "tell its persisted index's state",
                    () -> backend.persistedState(indexDirectory.get()));
            return p == null ? Optional.empty() : p;
        } catch (RuntimeException e) {
            LOG.debug("no persisted search index state: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The backend's answer to a query: the kept one, else the backend's (then kept). */
    private SearchResults answer(SearchQuery query) {
        if (index == null) {
            Optional<SearchResults> kept = keptAnswer(query);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        SearchIndex i = index();
        SearchResultCache cache = answers(i);
        Optional<SearchResults> cached = cache.get(query);
        if (cached.isPresent()) {
            return cached.get();
        }
        SearchResults answer = ProviderGuard.call(backend, "search", () -> i.search(query));
        cache.put(query, answer);
        return answer;
    }

    /** Runs the opening (here, unless a thread runs it) and returns the index, or throws what opening threw. */
    private SearchIndex opened(FutureTask<SearchIndex> opening) {
        if (!PARALLEL_OPEN) {
            opening.run();
        }
        return joined(opening);
    }

    /** {@link #joined(FutureTask, String)} of the index's opening. */
    private static <T> T joined(FutureTask<T> task) {
        return joined(task, "opening the search index");
    }

    /**
     * The task's result, waiting for it (an interrupt is kept for the caller); throws what the task threw.
     *
     * @param <T>  the result's type
     * @param task a task run, or being run, by another thread or this one
     * @param what what the task does, for a checked exception it threw ({@code what + " failed"})
     * @return its result
     */
    public static <T> T joined(FutureTask<T> task, String what) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the task runs to its end anyway; the caller's interrupt is kept
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(what + " failed", cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** After a failure here: the index being opened is closed once it is open, and not used. */
    private void closeWhenOpened(FutureTask<SearchIndex> opening) {
        if (!PARALLEL_OPEN) {
            return; // never started
        }
        try {
            SearchIndex i = opened(opening);
            ProviderGuard.run(backend, "close its search index", i::close);
        } catch (RuntimeException | Error ignored) {
            // Opening failed too; the first failure is the one reported.
        }
    }

    /** Closes an index when its service is gone; holds no reference to the service. */
    private record Closer(SearchIndex index, SearchBackend backend) implements Runnable {
        @Override
        public void run() {
            try {
                index.close();
            } catch (RuntimeException e) {
                LOG.debug("closing the search index of {} failed: {}", backend.descriptor().name(), e.toString());
            }
        }
    }

    /** A search request, already checked: its conditions in the order {@link SearchResult#leftOut()} lists them. */
    record Request(String text, List<Condition> conditions, Sort sort, int offset, int limit) {
    }

    /**
     * A filter of a request, and how the result names what it alone left out: not at all when {@code shown} is
     * empty (archived modules are never mentioned).
     */
    record Condition(Filter filter, Optional<SearchResult.LeftOut.Condition> shown, String value) {

        static Condition hidden(Filter filter) {
            return new Condition(filter, Optional.empty(), "");
        }

        static Condition shown(Filter filter, SearchResult.LeftOut.Condition shown, String value) {
            return new Condition(filter, Optional.of(shown), value);
        }
    }

    SearchResult search(Request r) {
        return search(r, true, true, true);
    }

    /**
     * @param r           the request
     * @param highlights  whether hits say where the words matched (else each hit's highlights are empty)
     * @param facets      whether to count the facets over every match (else the result's facets are empty); a caller
     *                    that shows neither, or makes many searches per request, does not pay for them
     * @param suggestions whether a search finding nothing says what to try instead (its did-you-mean and the words
     *                    no module mentions, each found by searches of its own; else both are empty)
     */
    SearchResult search(Request r, boolean highlights, boolean facets, boolean suggestions) {
        List<Filter> filters = r.conditions().stream().map(Condition::filter).toList();
        SearchQuery query = SearchQuery.builder().text(r.text()).filters(filters).facets(facets ? FACETS : List.of())
                .highlight(highlights).sort(r.sort()).offset(r.offset()).limit(r.limit())
                .minRelativeScore(r.sort().field().isEmpty() ? RELEVANCE_FLOOR : SORTED_FLOOR).build();
        SearchResults results = answer(query);
        List<SearchResult.LeftOut> leftOut = new ArrayList<>();
        long withoutCost = 0;
        // The backend counts per filter, in the query's order (an older backend counts nothing: then none is said).
        for (int i = 0; i < r.conditions().size() && i < results.leftOut().size(); i++) {
            Condition c = r.conditions().get(i);
            SearchResults.LeftOut counted = results.leftOut().get(i);
            if (c.shown().isEmpty() || counted.count() == 0) {
                continue;
            }
            if (c.shown().get() == SearchResult.LeftOut.Condition.COST) {
                withoutCost = counted.withoutValue();
            }
            leftOut.add(new SearchResult.LeftOut(c.shown().get(), c.value(), counted.count(), counted.withoutValue(),
                    counted.best().stream().map(this::module).toList()));
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        long unexplained = 0;
        for (SearchHit h : results.hits()) {
            LibraryModule m = module(h.id());
            Optional<ModuleId> replacement = m.metadata().deprecation().flatMap(Deprecation::replacement);
            List<SearchResult.Highlight> why = h.highlights().stream()
                    .map(x -> Optional.ofNullable(highlight(x, m))).flatMap(Optional::stream).toList();
            // A hit whose every match is a word of a tag's multi-word synonym or parent ("service" of s3's
            // "simple-storage-service") matched nothing of the module: with nothing to say why, it is not listed.
            if (why.isEmpty() && !h.highlights().isEmpty()) {
                unexplained++;
                continue;
            }
            hits.add(new SearchResult.Hit(m, h.score(), why,
                    ModuleDocuments.isDeprecated(m) && !ModuleDocuments.isArchived(m), replacement, hclErrors(m)));
        }
        boolean nothing = suggestions && results.totalHits() == 0 && leftOut.isEmpty();
        Optional<String> didYouMean = nothing ? didYouMean(r.text(), query) : Optional.empty();
        List<String> unmatched = nothing ? unmatched(r.text(), results.corrections()) : List.of();
        return new SearchResult(r.text(), hits, results.totalHits() - unexplained, facets(results), withoutCost,
                results.corrections(), backendName(), leftOut, didYouMean, unmatched);
    }

    /** At most this many words of a text are tried one by one for {@link #unmatched}. */
    static final int MAX_UNMATCHED_PROBES = 8;

    /**
     * The words of a text that matches nothing that no module mentions: each of its first {@value
     * #MAX_UNMATCHED_PROBES} distinct words searched alone, without conditions. A word the backend leaves out (as
     * common as "the") matches every module with score 0, so it is never named. Words the backend corrected together
     * into one ("elastic serch" read as "elasticsearch") are that one word: it is named when no module mentions it,
     * and the words typed are not tried alone (each may find something the user did not mean).
     */
    private List<String> unmatched(String text, java.util.Map<String, String> corrections) {
        List<String> out = new ArrayList<>();
        java.util.Set<String> tried = new java.util.HashSet<>();
        for (java.util.Map.Entry<String, String> joined : corrections.entrySet()) {
            String[] typed = joined.getKey().split("[^\\p{L}\\p{N}]+");
            if (typed.length < 2) {
                continue;
            }
            for (String t : typed) {
                tried.add(t.toLowerCase(java.util.Locale.ROOT));
            }
            if (answer(SearchQuery.builder().text(joined.getValue()).limit(1).build()).totalHits() == 0) {
                out.add(joined.getValue());
            }
        }
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || !tried.add(word.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (tried.size() > MAX_UNMATCHED_PROBES) {
                break;
            }
            if (answer(SearchQuery.builder().text(word).limit(1).build()).totalHits() == 0) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * When the words match nothing: the words with unknown ones replaced by the nearest word of the modules' ids,
     * names and tags ({@link DidYouMean}), if the replacements alone find a module under the query's conditions.
     * The replacements are what the suggestion is for: the words kept matched nothing, and a text that found
     * modules only through them would suggest nothing useful; those kept words are named by {@link #unmatched}.
     */
    private Optional<String> didYouMean(String text, SearchQuery query) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        DidYouMean d = didYouMean;
        if (d == null) {
            d = DidYouMean.of(modules);
            didYouMean = d;
        }
        return d.suggestion(text).filter(other -> answer(SearchQuery.builder()
                .text(String.join(" ", other.replaced().values())).filters(query.filters()).sort(query.sort()).limit(1)
                .minRelativeScore(query.minRelativeScore()).build()).totalHits() > 0).map(DidYouMean.Suggestion::text);
    }

    /**
     * Whether a hit's HCL has errors: as noted when its document was built from its current files (this run or an
     * earlier one, {@link FingerprintCache}), so a search reads no hit's HCL; read now only when no document was
     * built from them since the fingerprints were kept (the index held it already).
     */
    private boolean hclErrors(LibraryModule m) {
        FingerprintCache f;
        synchronized (lock) {
            f = fingerprints;
        }
        Optional<Boolean> known = f == null ? Optional.empty() : f.hclErrors(m.id().value());
        if (known.isPresent()) {
            return known.get();
        }
        boolean errors = m.interfaceSpec().hasErrors();
        if (f != null) {
            f.noteHcl(m.id().value(), errors); // kept, so the next search does not read it again
            f.save();
        }
        return errors;
    }

    private LibraryModule module(String id) {
        LibraryModule m = byId.get(id);
        if (m == null) {
            throw new IllegalStateException("search backend " + backendName() + " returned '" + id
                    + "', which is not a module of the library");
        }
        return m;
    }

    private SearchResult.Highlight highlight(Highlight h, LibraryModule m) {
        if (SearchFields.TAGS.equals(h.field())) {
            return tagHighlight(h, m.metadata().tags(), catalog().tags()).orElse(null);
        }
        String fragment = SearchFields.DESCRIPTION.equals(h.field())
                ? ModuleDocuments.shownDescription(m.metadata(), h.fragment())
                : SearchFields.README.equals(h.field()) ? ModuleDocuments.shownReadme(m, h.fragment())
                : h.fragment();
        return new SearchResult.Highlight(h.field(), fragment, h.matches().stream()
                .map(s -> new SearchResult.Span(s.start(), s.end())).toList());
    }

    /** What separates the words of a tag or a matched span: compiled once, not per tag and span. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The tags field is indexed with each tag's synonyms and parent tags (so {@code pg} finds a module tagged
     * {@code postgresql}); its highlight shows the module's own tags as written instead, marking each tag of which
     * the backend marked a word, or every word of one of its synonyms or parents: a synonym or parent matched only in
     * part is a word of another thing ("vpc" of flow-logs' synonym "vpc-flow-logs" is no match of flow-logs, trial
     * finding, issue 11: `search "connect VPCs together"` marked [flow-logs]). Empty when no tag can be told apart
     * (then the field is not shown).
     */
    static Optional<SearchResult.Highlight> tagHighlight(Highlight h, List<String> tags, TagTaxonomy taxonomy) {
        Set<String> marked = new HashSet<>();
        for (Highlight.Span span : h.matches()) {
            // a multi-word synonym is marked as one span, the phrase: its words count each
            marked.addAll(List.of(NOT_WORD.split(
                    h.fragment().substring(span.start(), span.end()).toLowerCase(Locale.ROOT))));
        }
        StringBuilder fragment = new StringBuilder();
        List<SearchResult.Span> spans = new ArrayList<>();
        for (String tag : tags) {
            if (fragment.length() > 0) {
                fragment.append(", ");
            }
            int start = fragment.length();
            fragment.append(tag);
            boolean matched = false;
            boolean own = true; // tagText lists the tag itself first, then its synonyms and parents
            for (String word : ModuleDocuments.tagText(List.of(tag), taxonomy)) {
                boolean any = false;
                boolean all = true;
                for (String part : NOT_WORD.split(word.toLowerCase(Locale.ROOT))) {
                    if (!part.isEmpty()) {
                        any |= marked.contains(part);
                        all &= marked.contains(part);
                    }
                }
                matched |= own ? any : any && all;
                own = false;
            }
            if (matched) {
                spans.add(new SearchResult.Span(start, fragment.length()));
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SearchResult.Highlight(h.field(), fragment.toString(), spans));
    }

    private static SearchResult.Facets facets(SearchResults r) {
        return new SearchResult.Facets(counts(r, SearchFields.LAYER), counts(r, SearchFields.CATEGORY_ID),
                counts(r, SearchFields.MATURITY), counts(r, SearchFields.COMPLEXITY),
                counts(r, SearchFields.COST_CATEGORY), counts(r, SearchFields.TAG));
    }

    private static List<SearchResult.FacetCount> counts(SearchResults r, String field) {
        return r.facet(field).map(Facet::values).orElse(List.of()).stream()
                .map(v -> new SearchResult.FacetCount(v.value(), v.count())).toList();
    }
}
