package dev.alexandria.core.internal.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.alexandria.api.Library;
import dev.alexandria.api.Search;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.SearchResult;
import dev.alexandria.api.model.SearchSort;
import dev.alexandria.core.Alexandria;
import dev.alexandria.core.internal.cache.BuildKey;
import dev.alexandria.core.internal.cache.CacheFiles;
import dev.alexandria.core.internal.cache.CacheOutput;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.search.Filter;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.IndexStats;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.spi.search.Sort;
import dev.alexandria.spi.search.SyncResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * The search result cache answers a request made again by a later run without asking the backend, exactly as the
 * backend answered it; any change to the modules, the catalog or the registry, or a corrupt file, makes the backend
 * answer again; two different requests never share an entry.
 */
class SearchResultCacheTest {

    @TempDir
    Path tmp;
    private Path copy;
    private Path cacheDirectory;
    private Path catalog;
    private final Persisting backend = new Persisting();

    @BeforeEach
    void copyTheSample() throws IOException {
        copy = LibrarySearchTest.copyOfSample(tmp.resolve("lib"));
        cacheDirectory = tmp.resolve("cache");
        catalog = copy.resolve("_catalog");
    }

    /**
     * The in-memory backend with an index that outlives the service that opened it, as a persisted one does (a spec
     * of another fingerprint gets a new, empty index), counting the searches its indexes run.
     */
    static final class Persisting implements SearchBackend {

        final AtomicInteger searches = new AtomicInteger();
        final AtomicInteger opens = new AtomicInteger();
        /** Whether its indexes cannot tell their size. */
        volatile boolean failingStats;
        /** Whether it says its answers depend on the index's state alone. */
        volatile boolean repeatable = true;
        /** Whether it tells its persisted index's state ({@link #persistedState}), and whether telling it fails. */
        volatile boolean tellsState = true;
        volatile boolean failingState;
        /** Whether another process commits right after the next sync of an index (once). */
        volatile boolean commitAfterNextSync;
        private final Map<Path, String> specs = new HashMap<>();
        private final Map<Path, InMemorySearchIndex> indexes = new HashMap<>();
        /** Per index, how many times it changed: a persisted index's commit generation. */
        private final Map<Path, Integer> generations = new HashMap<>();

        /** As if another process had changed every index (and, for the test, changed it back). */
        synchronized void changedElsewhere() {
            generations.replaceAll((dir, g) -> g + 1);
        }

        @Override
        public synchronized Optional<String> persistedState(Path dir) {
            if (failingState) {
                throw new IllegalStateException("cannot tell");
            }
            return tellsState && indexes.containsKey(dir)
                    ? Optional.of(specs.get(dir).hashCode() + ":" + generations.get(dir)) : Optional.empty();
        }

        @Override
        public ProviderDescriptor descriptor() {
            return ProviderDescriptor.of("test-persisting", 0, SPI_VERSION);
        }

        @Override
        public boolean repeatableAnswers() {
            return repeatable;
        }

        @Override
        public synchronized SearchIndex open(IndexSpec spec) {
            opens.incrementAndGet();
            Path dir = spec.directory().orElse(Path.of("(memory)"));
            if (!spec.fingerprintText().equals(specs.get(dir))) {
                specs.put(dir, spec.fingerprintText());
                indexes.put(dir, new InMemorySearchIndex(spec));
                generations.merge(dir, 1, Integer::sum);
            }
            InMemorySearchIndex held = indexes.get(dir);
            return new SearchIndex() {
                @Override
                public SyncResult sync(Collection<IndexEntry> entries) {
                    SyncResult r = held.sync(entries);
                    if (r.changed() || r.rebuilt() || commitAfterNextSync) {
                        commitAfterNextSync = false;
                        synchronized (Persisting.this) {
                            generations.merge(dir, 1, Integer::sum);
                        }
                    }
                    return r;
                }

                @Override
                public SearchResults search(SearchQuery query) {
                    searches.incrementAndGet();
                    return held.search(query);
                }

                @Override
                public IndexStats stats() {
                    if (failingStats) {
                        throw new IllegalStateException("no size");
                    }
                    return held.stats();
                }

                @Override
                public void close() {
                    // kept for the next service, as files on disk are
                }
            };
        }
    }

    /** A service over the library's files as they are now, as a new run makes it. */
    private SearchService service() {
        return service(Optional.of(cacheDirectory));
    }

    private SearchService service(Optional<Path> cache) {
        Library lib = Alexandria.builder().root(copy).noCache().open();
        return new SearchService(lib.modules(), () -> SearchCatalog.of(lib.catalog()), backend, cache,
                catalog.resolve("module-registry.yaml"));
    }

    /** Everything a search answers, the modules by id, the scores to the bit. */
    static String describe(SearchResult r) {
        StringBuilder sb = new StringBuilder().append(r.query()).append('|').append(r.total()).append('|')
                .append(r.withoutCost()).append('|').append(r.corrections()).append('|').append(r.facets());
        for (SearchResult.Hit h : r.hits()) {
            sb.append('\n').append(h.module().id().value()).append(' ')
                    .append(Long.toHexString(Double.doubleToRawLongBits(h.score()))).append(' ')
                    .append(h.highlights()).append(' ').append(h.deprecated()).append(' ').append(h.replacement());
        }
        return sb.toString();
    }

    private String search(SearchService s, String text) {
        return describe(new DefaultSearch(s, text).run());
    }

    /** The answer of a run that fills the cache: the first run builds the index, the second caches its answer. */
    private String warm(String text) {
        search(service(), text);
        assertFalse(Files.exists(resultsFile()), "a sync that built the index caches nothing");
        String answer = search(service(), text);
        assertTrue(Files.isRegularFile(resultsFile()));
        return answer;
    }

    private Path resultsFile() {
        return cacheDirectory.resolve("search").resolve(SearchResultCache.FILE_NAME);
    }

    /** The answer of a new run, whether it asked the backend, and whether it opened the index. */
    private record Run(String answer, boolean searched, boolean opened) {
    }

    private Run run(String text) {
        int before = backend.searches.get();
        int opens = backend.opens.get();
        String answer = search(service(), text);
        return new Run(answer, backend.searches.get() > before, backend.opens.get() > opens);
    }

    @Test
    void repeatedRequest_opensNoIndex_whenThePersistedIndexIsTheSame() {
        String answer = warm("postgres databse");
        Run again = run("postgres databse");
        assertFalse(again.opened(), "the kept answer holds for the index as persisted");
        assertFalse(again.searched());
        assertEquals(answer, again.answer());
    }

    @Test
    void newRequestAfterAKeptOne_opensTheIndexThen_andBothAreKept() {
        String vpc = warm("vpc");
        SearchService s = service();
        int opens = backend.opens.get();
        assertEquals(vpc, search(s, "vpc"));
        assertEquals(opens, backend.opens.get());
        int searches = backend.searches.get();
        String kubernetes = search(s, "kubernetes");
        assertEquals(opens + 1, backend.opens.get(), "a request not kept opens the index");
        assertEquals(searches + 1, backend.searches.get());
        assertEquals(vpc, search(s, "vpc"), "kept, with the index open");
        assertEquals(searches + 1, backend.searches.get());
        for (String text : List.of("vpc", "kubernetes")) {
            Run r = run(text);
            assertFalse(r.opened() || r.searched(), text);
            assertEquals(text.equals("vpc") ? vpc : kubernetes, r.answer());
        }
    }

    @Test
    void persistedIndexChangedElsewhere_opensTheIndex_andAsksAgain() {
        String answer = warm("vpc");
        backend.changedElsewhere();
        Run r = run("vpc");
        assertTrue(r.opened());
        assertTrue(r.searched(), "the kept answers were for another persisted index");
        assertEquals(answer, r.answer());
        Run again = run("vpc");
        assertFalse(again.opened() || again.searched(), "kept anew for the index as it is");
    }

    @Test
    void backendThatCannotTellItsPersistedState_opensTheIndexEachRun_butIsNotAskedAgain() {
        backend.tellsState = false;
        assertOpenedButNotAsked();
    }

    @Test
    void persistedStateThatFails_opensTheIndexEachRun_butIsNotAskedAgain() {
        backend.failingState = true;
        assertOpenedButNotAsked();
    }

    /** Without a persisted state, answers are kept for the index's size after a sync that changed nothing. */
    private void assertOpenedButNotAsked() {
        String answer = warm("vpc");
        Run r = run("vpc");
        assertTrue(r.opened());
        assertFalse(r.searched());
        assertEquals(answer, r.answer());
    }

    @Test
    void repeatedRequest_isAnsweredByALaterService_withoutTheBackend_exactly() {
        String answer = warm("postgres databse");
        assertTrue(answer.contains("fragment="), "highlights too: " + answer);
        Run again = run("postgres databse");
        assertFalse(again.searched(), "the backend is not asked again");
        assertEquals(answer, again.answer());
        Run other = run("kubernetes");
        assertTrue(other.searched(), "another text is asked for");
        assertFalse(run("kubernetes").searched());
        assertFalse(run("postgres databse").searched(), "both are kept");
    }

    @Test
    void noCacheFolder_cachesNothing() {
        search(service(Optional.empty()), "vpc");
        int before = backend.searches.get();
        search(service(Optional.empty()), "vpc");
        assertEquals(before + 1, backend.searches.get());
    }

    @Test
    void backendWhoseAnswersAreNotRepeatable_isAskedEveryTime() {
        backend.repeatable = false;
        assertSearchedEveryTime();
    }

    @Test
    void indexThatCannotTellItsSizeNorItsPersistedState_isSearchedEveryTime() {
        backend.failingStats = true;
        backend.tellsState = false;
        assertSearchedEveryTime();
    }

    @Test
    void commitByAnotherProcessWhileTheIndexIsOpen_keepsNothingThisRun() {
        search(service(), "vpc");
        backend.commitAfterNextSync = true;
        String answer = search(service(), "vpc");
        assertFalse(Files.exists(resultsFile()), "the persisted state is not the one this run opened");
        Run next = run("vpc");
        assertTrue(next.searched());
        assertEquals(answer, next.answer());
        assertFalse(run("vpc").searched(), "kept by a run that saw no other commit");
    }

    /** Three runs of the same search after the index was built: each asks the backend, and no file is kept. */
    private void assertSearchedEveryTime() {
        search(service(), "vpc");
        String answer = search(service(), "vpc");
        Run again = run("vpc");
        assertTrue(again.searched());
        assertEquals(answer, again.answer());
        assertFalse(Files.exists(resultsFile()));
    }

    /** After a change, the backend answers again (the file was deleted), and the next run caches it anew. */
    private void changeInvalidates(String text, Runnable change) {
        String before = warm(text);
        assertFalse(run(text).searched());
        change.run();
        Run changed = run(text);
        assertTrue(changed.searched(), "the backend answers after the change");
        assertFalse(Files.exists(resultsFile()), "a sync that changed the index deletes the cached answers");
        Run next = run(text);
        assertTrue(next.searched(), "cached again after a sync that changed nothing");
        assertEquals(changed.answer(), next.answer());
        assertFalse(run(text).searched());
        assertNotEquals("", before);
    }

    private void edit(Path file, Function<String, String> how) {
        try {
            String text = Files.readString(file);
            String changed = how.apply(text);
            assertNotEquals(text, changed, "the test changes " + file);
            Files.writeString(file, changed);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void moduleChange_invalidates() {
        changeInvalidates("vpc", () -> edit(copy.resolve("_library/foundations/networking/vpc-standard/README.md"),
                t -> t + "\nAlso peers with transit gateways.\n"));
    }

    @Test
    void tagsChange_invalidates() {
        changeInvalidates("cache", () -> edit(catalog.resolve("tags.yaml"),
                t -> t.replace("synonyms: [cache]", "synonyms: [cache, memoize]")));
    }

    @Test
    void searchIndexSpecChange_invalidates() {
        changeInvalidates("vpc", () -> edit(catalog.resolve("search-index.yaml"),
                t -> t.replace("boosts: {name: 3.0,", "boosts: {name: 2.5,")));
    }

    @Test
    void registryChange_invalidates() {
        changeInvalidates("eks addons", () -> edit(catalog.resolve("module-registry.yaml"),
                t -> t.replace("downloads: 403\n", "downloads: 404\n")));
    }

    @Test
    void fileOfAnotherIndexState_isIgnored() {
        String answer = warm("vpc");
        // A whole file of this build for this folder, kept for another index state: never served.
        CacheOutput body = CacheOutput.create();
        body.writeBytes(new byte[] {1, 2, 3}).writeVarInt(0);
        CacheFiles.write(resultsFile(), BuildKey.current(), SearchResultCache.KIND, resultsFile().getParent().toString(),
                body);
        Run r = run("vpc");
        assertTrue(r.searched());
        assertEquals(answer, r.answer());
        assertFalse(run("vpc").searched(), "rewritten for the index as it is");
    }

    @Test
    void corruptFile_isIgnoredAndRewritten() throws IOException {
        String answer = warm("postgres database");
        byte[] good = Files.readAllBytes(resultsFile());
        Gen<Integer> kinds = integers().between(0, 3);
        Gen<Integer> positions = integers().between(0, good.length - 1);
        Gen<Integer> values = integers().between(0, 255);
        qt().withExamples(40).forAll(kinds, positions, values).checkAssert((kind, at, value) -> {
            byte[] bad = switch (kind) {
                case 0 -> { // one byte changed
                    byte[] b = good.clone();
                    b[at] = (byte) (b[at] == value.byteValue() ? value + 1 : value);
                    yield b;
                }
                case 1 -> Arrays.copyOf(good, at); // truncated
                case 2 -> { // garbage after the end
                    byte[] b = Arrays.copyOf(good, good.length + 1 + at % 16);
                    Arrays.fill(b, good.length, b.length, (byte) (int) value);
                    yield b;
                }
                default -> { // a stretch overwritten
                    byte[] b = good.clone();
                    Arrays.fill(b, at, Math.min(b.length, at + 1 + value % 32), (byte) (value ^ 0x5A));
                    yield Arrays.equals(b, good) ? Arrays.copyOf(good, at) : b;
                }
            };
            try {
                Files.write(resultsFile(), bad);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            Run r = run("postgres database");
            assertTrue(r.searched(), "a corrupt file is not trusted");
            assertEquals(answer, r.answer());
            Run again = run("postgres database");
            assertFalse(again.searched(), "and rewritten");
            assertEquals(answer, again.answer());
        });
    }

    @Test
    void differentRequests_areEachAnsweredAsTheBackendAnswersThem() {
        List<Function<SearchService, Search>> requests = List.of(
                s -> new DefaultSearch(s, "database"),
                s -> new DefaultSearch(s, "database backups"),
                s -> new DefaultSearch(s, "database").limit(3),
                s -> new DefaultSearch(s, "database").offset(2),
                s -> new DefaultSearch(s, "database").withoutFacets(),
                s -> new DefaultSearch(s, "database").plain(),
                s -> new DefaultSearch(s, "database").sort(SearchSort.POPULARITY),
                s -> new DefaultSearch(s, "database").includeDeprecated(),
                s -> new DefaultSearch(s, "database").maturityAtLeast(MaturityLevel.STABLE),
                s -> new DefaultSearch(s, "database").maxMonthlyCost(50),
                s -> new DefaultSearch(s, "database").maxMonthlyCost(0));
        search(service(), "database"); // builds the index
        SearchService first = service();
        List<String> answers = requests.stream().map(r -> describe(r.apply(first).run())).toList();
        for (int i = 0; i < answers.size(); i++) {
            for (int j = i + 1; j < answers.size(); j++) {
                assertNotEquals(answers.get(i), answers.get(j), "requests " + i + " and " + j + " differ");
            }
        }
        int before = backend.searches.get();
        SearchService second = service();
        for (int i = 0; i < requests.size(); i++) {
            assertEquals(answers.get(i), describe(requests.get(i).apply(second).run()), "request " + i);
        }
        assertEquals(before, backend.searches.get(), "all were cached");
    }

    @Test
    void encodedAnswer_readsBackEqual() {
        Library lib = Alexandria.builder().root(copy).noCache().open();
        SearchIndex index = new InMemorySearchIndex(new IndexSpec(Optional.empty(),
                SearchFields.specs(lib.catalog().searchIndex()), SearchVocabulary.forLibrary(lib.catalog().tags())));
        ModuleDocuments documents = new ModuleDocuments(SearchCatalog.of(lib.catalog()));
        index.sync(lib.modules().stream().map(m -> new IndexEntry(m.id().value(), documents.fingerprint(m),
                () -> documents.document(m))).toList());
        for (String text : List.of("postgres databse", "vpc", "", "eks cluster nodes", "zzzz", "mysql")) {
            SearchResults r = index.search(SearchQuery.builder().text(text).facets(SearchService.FACETS).limit(20)
                    .build());
            assertEquals(r, SearchResultCache.decode(SearchResultCache.encode(r)));
            // What the filters left out is part of the answer: a kept answer must say it too.
            SearchResults filtered = index.search(SearchQuery.builder().text(text)
                    .filter(Filter.noneOf(SearchFields.STATUS, SearchFields.DEPRECATED),
                            Filter.anyOf(SearchFields.LAYER, "data", "foundations"), Filter.range(SearchFields.COST, 1, 50),
                            Filter.missing(SearchFields.RATING))
                    .limit(2).build());
            assertEquals(4, filtered.leftOut().size());
            assertEquals(filtered, SearchResultCache.decode(SearchResultCache.encode(filtered)));
        }
    }

    // ------------------------------------------------------------------ keys

    /** The parts of a request, from small sets so that equal ones come up. */
    private record Parts(String text, List<Filter> filters, List<String> facets, Sort sort, int offset, int limit,
                         boolean highlight) {

        SearchQuery query(boolean reversedValues) {
            List<Filter> fs = new ArrayList<>();
            for (Filter f : filters) {
                fs.add(reversedValues ? reversed(f) : f);
            }
            return SearchQuery.builder().text(text).filters(fs).facets(facets).sort(sort).offset(offset).limit(limit)
                    .highlight(highlight).build();
        }

        private static Filter reversed(Filter f) {
            if (f instanceof Filter.AnyOf a) {
                List<String> v = new ArrayList<>(a.values());
                java.util.Collections.reverse(v);
                return Filter.anyOf(a.field(), v);
            }
            return f;
        }
    }

    private static Gen<Filter> filters() {
        Gen<String> field = arbitrary().pick("a", "b", "ab");
        Gen<Set<String>> values = lists().of(arbitrary().pick("x", "y", "x y", ""))
                .ofSizeBetween(1, 3).map((List<String> v) -> (Set<String>) new LinkedHashSet<>(v));
        Gen<Double> bound = arbitrary().pick(0.0, 1.5, 100.0);
        Gen<Filter> anyOf = field.zip(values, Filter::anyOf);
        Gen<Filter> noneOf = field.zip(values, (f, v) -> Filter.noneOf(f, v.toArray(String[]::new)));
        Gen<Filter> atMost = field.zip(bound, Filter::atMost);
        Gen<Filter> range = field.zip(bound, (f, b) -> Filter.range(f, 0, b));
        Gen<Filter> missing = field.map(Filter::missing);
        return arbitrary().pick(List.of(0, 1, 2, 3, 4)).flatMap(k -> switch (k) {
            case 0 -> anyOf;
            case 1 -> noneOf;
            case 2 -> atMost;
            case 3 -> range;
            default -> missing;
        });
    }

    private static Gen<Parts> parts() {
        Gen<String> text = arbitrary().pick("", "a", "a b", "ab", "é").mix(strings().allPossible().ofLengthBetween(0, 3),
                10);
        Gen<List<Filter>> fs = lists().of(filters()).ofSizeBetween(0, 2);
        Gen<List<String>> facets = arbitrary().pick(List.of(List.of(), List.of("a"), List.of("a", "b"),
                List.of("b", "a")));
        Gen<Sort> sort = arbitrary().pick(Sort.relevance(), Sort.descending("a"), Sort.ascending("a"),
                Sort.descending("b"));
        Gen<Integer> small = integers().between(0, 2);
        return text.zip(fs, facets, sort, (t, f, fa, so) -> new Object[] {t, f, fa, so})
                .zip(small, small, booleans().all(), (o, off, lim, h) -> new Parts((String) o[0],
                        castFilters(o[1]), castStrings(o[2]), (Sort) o[3], off, lim, h));
    }

    @SuppressWarnings("unchecked")
    private static List<Filter> castFilters(Object o) {
        return (List<Filter>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castStrings(Object o) {
        return (List<String>) o;
    }

    @Test
    void equalRequests_haveEqualKeys_whateverTheOrderOfAFiltersValues() {
        qt().withExamples(500).forAll(parts()).checkAssert(p ->
                assertArrayEquals(SearchResultCache.key(p.query(false)), SearchResultCache.key(p.query(true))));
    }

    @Test
    void differentRequests_neverShareAKey() {
        qt().withExamples(3000).forAll(parts(), parts()).checkAssert((p, q) -> {
            SearchQuery a = p.query(false);
            SearchQuery b = q.query(true);
            boolean same = a.text().equals(b.text()) && a.filters().equals(b.filters()) && a.facets()
                    .equals(b.facets()) && a.sort().equals(b.sort()) && a.offset() == b.offset()
                    && a.limit() == b.limit() && a.highlight() == b.highlight();
            assertEquals(same, Arrays.equals(SearchResultCache.key(a), SearchResultCache.key(b)), a + " / " + b);
        });
    }
}
