package dev.alexandria.search.lucene;

import dev.alexandria.spi.search.Facet;
import dev.alexandria.spi.search.FieldKind;
import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.Filter;
import dev.alexandria.spi.search.Highlight;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.IndexStats;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.SearchHit;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.spi.search.SyncResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Lucene index: in the folder the host gave, or in memory.
 *
 * <p>Persistence: each commit records the index format and the {@link IndexSpec#fingerprintText() text the
 * spec's fingerprint digests} (the text itself, a few kilobytes, so that opening an index built for an unchanged spec
 * compares it and computes no digest); on open, an index whose commit does not match, or whose files fail Lucene's checksums (verified when
 * the files are new to this backend or were touched since they were last verified, see {@link IntegrityStamp}),
 * or that cannot be read at all, is not trusted and the next sync rebuilds it from scratch (after removing the folder's
 * files). Each document keeps its fingerprint in doc values, so a sync reads the fingerprints, loads only new and
 * changed documents and commits only when something changed. The write lock is held only during a sync; when
 * another process holds it, this index is built in memory instead, for this process only. Next to a persisted
 * index, the folder keeps the vocabulary's synonym map ({@link SynonymStore}) and the spelling checker's answers
 * for the current commit ({@link SavedCorrections}).
 *
 * <p>Searches go through a {@link org.apache.lucene.search.SearcherManager}-like reference-counted reader, so
 * they run concurrently with each other and with a sync.
 */
final class LuceneSearchIndex implements SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

    /** Changes whenever analysis or the document layout changes: an index of another format is rebuilt. */
    static final String FORMAT = "alexandria-lucene-5";
    static final String FORMAT_KEY = "alexandria.format";
    static final String SPEC_KEY = "alexandria.spec";
    static final String ID_FIELD = "_id";
    static final String FINGERPRINT_FIELD = "_fp";
    static final String PRESENT_FIELD = "_has";
    static final String SPELL_FIELD = "_spell";
    /**
     * Each text value contributes its beginning to the words misspellings are corrected to: all of a name,
     * description or resource list, a README's title and first lines. Enough for the words people misspell (service
     * names), and it keeps a second analysis of every README out of indexing.
     */
    private static final int SPELL_CHARS = 300;
    /** Documents are loaded and analyzed by this many threads when there are many. */
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int PARALLEL_FROM = 256;
    private static final int MAX_HIGHLIGHTS = 3;
    /** How many of the best documents by BM25 get the coverage bonus before the page is cut (see addCoverage). */
    private static final int RESCORE_WINDOW = 100;

    private static final FieldType SPELL_TYPE = spellType();
    /** Up to this many values, a keyword filter is a disjunction of term queries (Lucene's own threshold). */
    private static final int FEW_TERMS = 16;

    private final IndexSpec spec;
    private final Map<String, FieldSpec> fields = new HashMap<>();
    private final List<FieldSpec> textFieldsByBoost;
    /** The names of {@link #textFieldsByBoost}, in that order. */
    private final List<String> textFieldNames;
    private final Analyzer indexAnalyzer;
    private final Analyzer surfaceAnalyzer;
    private final Analyzer plainAnalyzer;
    private final Analyzer queryAnalyzer;
    private final SynonymMap synonyms;
    /** {@link IndexSpec#fingerprintText()}, computed once: what the commit and the saved synonym map record. */
    private final String specText;
    private final SpellCorrector corrector;
    private final QueryPlanner planner;
    private final Object syncLock = new Object();

    /** Where the index lives now: the host's folder, or memory when that cannot be used. */
    private Directory directory;
    private Optional<Path> persistedAt;
    /** Whether the index in {@link #directory} can be used as it is; if not, the next sync rebuilds it. */
    private boolean trusted;
    private volatile Current current;
    private volatile SyncResult lastSync = SyncResult.none();
    private volatile boolean closed;

    LuceneSearchIndex(IndexSpec spec) {
        this(spec, spec.directory().map(Folder::read).orElseGet(Folder::memory));
    }

    /**
     * @param spec   the spec
     * @param folder what was read of the spec's folder (taken over: its reader becomes this index's or is closed)
     */
    private LuceneSearchIndex(IndexSpec spec, Folder folder) {
        this.spec = spec;
        this.specText = spec.fingerprintText();
        spec.fields().forEach(f -> fields.put(f.name(), f));
        this.textFieldsByBoost = spec.fields().stream().filter(f -> f.kind() == FieldKind.TEXT)
                .sorted(BY_BOOST_DESCENDING).toList();
        this.textFieldNames = textFieldsByBoost.stream().map(FieldSpec::name).toList();
        this.surfaceAnalyzer = Analysis.surface();
        this.plainAnalyzer = Analysis.plain();
        Analyzer text = Analysis.index();
        this.indexAnalyzer = new PerFieldAnalyzerWrapper(text, Map.of(SPELL_FIELD, surfaceAnalyzer));
        useFolder(folder);
        this.synonyms = synonymMap(folder.synonyms);
        this.queryAnalyzer = Analysis.query(synonyms);
        this.corrector = new SpellCorrector(surfaceAnalyzer, plainAnalyzer, textFieldNames,
                () -> vocabularyWords(spec, surfaceAnalyzer));
        this.planner = new QueryPlanner(spec, queryAnalyzer, corrector, textFieldNames);
    }

    /** How many times this index asked Lucene's spelling checker for a correction (for tests). */
    int spellChecks() {
        return corrector.spellChecks();
    }

    private static Set<String> vocabularyWords(IndexSpec spec, Analyzer surface) {
        Set<String> words = new HashSet<>();
        spec.vocabulary().terms().forEach(t -> words.addAll(SpellCorrector.surfaceWords(surface, t)));
        return words;
    }

    /**
     * The vocabulary's synonym map: read from the index folder when it was saved there for this spec (building it
     * analyzes every vocabulary term, most of a short command's search time on a cold JVM), else built and saved.
     */
    private SynonymMap synonymMap(Optional<SynonymStore.Saved> read) {
        Optional<SynonymMap> saved = persistedAt.isPresent()
                ? read.flatMap(r -> r.forSpec(specText)) : Optional.empty();
        if (saved.isPresent()) {
            return saved.get();
        }
        SynonymMap built;
        try {
            built = Analysis.synonyms(spec.vocabulary());
        } catch (IOException e) {
            throw new UncheckedIOException("building the synonym map failed", e);
        }
        if (trusted) {
            saveSynonyms(built); // else the first sync rebuilds the index, and saves it then
        }
        return built;
    }

    /** Saves the synonym map in the index folder, if there is one; a failure only costs building it next time. */
    private void saveSynonyms(SynonymMap map) {
        if (persistedAt.isPresent()) {
            SynonymStore.write(directory, specText, map);
        }
    }

    private static FieldType spellType() {
        FieldType t = new FieldType();
        t.setIndexOptions(IndexOptions.DOCS);
        t.setOmitNorms(true);
        t.setTokenized(true);
        t.setStored(false);
        t.freeze();
        return t;
    }

    // ------------------------------------------------------------------ opening

    /**
     * Finishes opening with what was read of the folder: the reader is kept when its commit was built for this spec,
     * else closed (the next sync rebuilds the index).
     */
    private void useFolder(Folder folder) {
        directory = folder.directory;
        persistedAt = folder.path;
        if (folder.current == null) {
            return;
        }
        if (specText.equals(folder.builtFor)) {
            current = folder.current;
            trusted = true;
            LOG.debug("opened the search index in {} ({} documents)", folder.path.orElseThrow(),
                    current.reader.numDocs());
        } else {
            folder.current.release();
            LOG.debug("the search index in {} is built for other fields or another vocabulary; it will be rebuilt",
                    folder.path.orElseThrow());
        }
    }

    /**
     * What opening an index folder reads: the folder's {@link Directory}, its reader when the commit is of this
     * backend's format and its files pass their checksums, the documents' fingerprints and the saved synonym map.
     * Whether the commit was built for the spec is checked by {@link #useFolder}.
     */
    private static final class Folder {
        final Directory directory;
        final Optional<Path> path;
        /** The commit's reader, or null when there is none this backend can use. */
        final Current current;
        /** The {@link IndexSpec#fingerprintText() spec text} the commit of {@link #current} was built for, or null. */
        final String builtFor;
        final Optional<SynonymStore.Saved> synonyms;

        private Folder(Directory directory, Optional<Path> path, Current current, String builtFor,
                       Optional<SynonymStore.Saved> synonyms) {
            this.directory = directory;
            this.path = path;
            this.current = current;
            this.builtFor = builtFor;
            this.synonyms = synonyms;
        }

        static Folder memory() {
            return new Folder(new ByteBuffersDirectory(), Optional.empty(), null, null, Optional.empty());
        }

        /** Never throws: a folder that cannot be used gives a memory index, an unreadable index none. */
        static Folder read(Path path) {
            Directory directory;
            try {
                Files.createDirectories(path);
                directory = FSDirectory.open(path);
            } catch (IOException | RuntimeException e) {
                LOG.warn("cannot use the search index folder {} ({}); searching from memory this time", path,
                        e.toString());
                return memory();
            }
            Current current = null;
            String builtFor = null;
            try {
                DirectoryReader reader = DirectoryReader.open(directory);
                String why = untrustedBecause(path, directory, reader);
                if (why == null) {
                    builtFor = reader.getIndexCommit().getUserData().get(SPEC_KEY);
                    current = new Current(reader, fingerprints(reader), SavedCorrections.of(directory, reader));
                } else {
                    reader.close();
                    LOG.debug("the search index in {} is {}; it will be rebuilt", path, why);
                }
            } catch (IndexNotFoundException e) {
                LOG.debug("no search index in {} yet", path);
            } catch (IOException | RuntimeException e) {
                LOG.info("the search index in {} cannot be read ({}); it will be rebuilt", path, e.toString());
            }
            return new Folder(directory, Optional.of(path), current, builtFor, SynonymStore.read(directory));
        }
    }

    private void useMemory() {
        directory = new ByteBuffersDirectory();
        persistedAt = Optional.empty();
        trusted = false;
        current = null;
    }

    /** Why the index cannot be used as it is, or null if it can. */
    private static String untrustedBecause(Path folder, Directory directory, DirectoryReader reader)
            throws IOException {
        Map<String, String> data = reader.getIndexCommit().getUserData();
        if (!FORMAT.equals(data.get(FORMAT_KEY))) {
            return "of another format (" + data.get(FORMAT_KEY) + ")";
        }
        verify(folder, directory, reader);
        return null;
    }

    /**
     * Verifies the checksum of every file of the reader's commit, unless this folder's {@link IntegrityStamp}
     * says they were verified (or written here) and have not been touched since; then records that they were.
     */
    private static void verify(Path folder, Directory directory, DirectoryReader reader) throws IOException {
        Collection<String> files = reader.getIndexCommit().getFileNames();
        if (IntegrityStamp.matches(folder, directory, files)) {
            return;
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            leaf.reader().checkIntegrity();
        }
        IntegrityStamp.write(folder, directory, files);
    }

    private static Map<String, String> fingerprints(IndexReader reader) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            SortedDocValues ids = r.getSortedDocValues(ID_FIELD);
            BinaryDocValues fps = r.getBinaryDocValues(FINGERPRINT_FIELD);
            var live = r.getLiveDocs();
            if (ids == null || fps == null) {
                continue;
            }
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                if ((live != null && !live.get(doc)) || !ids.advanceExact(doc) || !fps.advanceExact(doc)) {
                    continue;
                }
                out.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), fps.binaryValue().utf8ToString());
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ sync

    @Override
    public SyncResult sync(Collection<IndexEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        synchronized (syncLock) {
            requireOpen();
            Set<String> ids = new HashSet<>();
            for (IndexEntry e : entries) {
                if (!ids.add(e.id())) {
                    throw new IllegalArgumentException("two entries have the id '" + e.id() + "'");
                }
            }
            Map<String, String> held = trusted && current != null ? current.fingerprints : Map.of();
            List<IndexEntry> load = new ArrayList<>();
            int unchanged = 0;
            int updated = 0;
            for (IndexEntry e : entries) {
                String fp = held.get(e.id());
                if (e.fingerprint().equals(fp)) {
                    unchanged++;
                } else {
                    load.add(e);
                    if (fp != null) {
                        updated++;
                    }
                }
            }
            List<String> remove = new ArrayList<>();
            for (String id : held.keySet()) {
                if (!ids.contains(id)) {
                    remove.add(id);
                }
            }
            boolean rebuild = !trusted;
            if (!rebuild && load.isEmpty() && remove.isEmpty()) {
                lastSync = new SyncResult(0, 0, 0, unchanged, false);
                return lastSync;
            }
            try {
                write(rebuild, rebuild ? List.copyOf(entries) : load, rebuild ? List.of() : remove, held);
            } catch (LockObtainFailedException e) {
                LOG.info("the search index in {} is being written by another process; searching from memory this"
                        + " time", persistedAt.map(Path::toString).orElse("memory"));
                closeCurrent();
                useMemory();
                rebuild = true;
                try {
                    write(true, List.copyOf(entries), List.of(), Map.of());
                } catch (IOException again) {
                    throw new UncheckedIOException("building the search index in memory failed", again);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("writing the search index failed", e);
            }
            lastSync = rebuild ? new SyncResult(entries.size(), 0, 0, 0, true)
                    : new SyncResult(load.size() - updated, updated, remove.size(), unchanged, false);
            return lastSync;
        }
    }

    private void write(boolean rebuild, List<IndexEntry> load, List<String> remove, Map<String, String> held)
            throws IOException {
        if (rebuild) {
            closeCurrent();
            clearDirectory();
        }
        // An updated or removed module leaves a deleted document behind, which still counts in BM25's statistics
        // (document count, term frequencies) until a merge drops it: the same modules would then score differently
        // after a history of syncs than in an index built afresh. So a sync that left deleted
        // documents merges away every segment holding one and commits again: the answers depend on the modules alone,
        // at the cost of rewriting those segments (the whole index, for a one-segment library) on such a sync.
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setForceMergeDeletesPctAllowed(0.0);
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(32)
                .setUseCompoundFile(false)
                .setMergePolicy(merges)
                .setCommitOnClose(false);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            try {
                add(writer, load, rebuild ? Map.of() : held);
            } catch (RuntimeException | IOException e) {
                writer.rollback();
                throw e;
            }
            for (String id : remove) {
                writer.deleteDocuments(new Term(ID_FIELD, id));
            }
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, SPEC_KEY, specText).entrySet());
            writer.commit();
            if (!rebuild && writer.hasDeletions()) {
                writer.forceMergeDeletes(true);
                writer.commit();
            }
        }
        if (rebuild) {
            saveSynonyms(synonyms); // the rebuild cleared the folder
        }
        trusted = true;
        DirectoryReader reader = DirectoryReader.open(directory);
        if (persistedAt.isPresent()) {
            // Written by this process just now, with Lucene's checksums computed from what was written.
            IntegrityStamp.write(persistedAt.get(), directory, reader.getIndexCommit().getFileNames());
        }
        Current old = current;
        current = new Current(reader, fingerprints(reader), persistedAt.isPresent()
                ? SavedCorrections.of(directory, reader) : SavedCorrections.UNSAVED);
        if (old != null) {
            old.release();
        }
    }

    /** Loads and indexes documents, from several threads when there are many. */
    private void add(IndexWriter writer, List<IndexEntry> load, Map<String, String> held) throws IOException {
        if (load.size() < PARALLEL_FROM || THREADS == 1) {
            for (IndexEntry e : load) {
                add(writer, e, !held.containsKey(e.id()));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "alexandria-lucene-indexer");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < THREADS; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < load.size(); i = next.getAndIncrement()) {
                        IndexEntry e = load.get(i);
                        add(writer, e, !held.containsKey(e.id()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    next.set(load.size());
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    next.set(load.size());
                    throw new IOException("interrupted while indexing", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Indexes one document: added when the index cannot hold it yet, else replacing the held one. */
    private void add(IndexWriter writer, IndexEntry e, boolean fresh) throws IOException {
        SearchDocument d = Objects.requireNonNull(e.document().get(), "the document of '" + e.id() + "'");
        if (!d.id().equals(e.id())) {
            throw new IllegalArgumentException("the entry '" + e.id() + "' gave a document with the id '" + d.id()
                    + "'");
        }
        spec.check(d);
        if (fresh) {
            writer.addDocument(document(d, e.fingerprint()));
        } else {
            writer.updateDocument(new Term(ID_FIELD, e.id()), document(d, e.fingerprint()));
        }
    }

    /** Removes every file of the index folder (the folder is the index's own) before a rebuild. */
    private void clearDirectory() throws IOException {
        if (persistedAt.isEmpty()) {
            for (String f : directory.listAll()) {
                directory.deleteFile(f);
            }
            return;
        }
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(persistedAt.get())) {
                for (Path f : files) {
                    if (!f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME) && Files.isRegularFile(f)) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    private Document document(SearchDocument d, String fingerprint) {
        Document doc = new Document();
        // Indexed for updates and deletes by id; read back from its doc values, so not stored.
        doc.add(new StringField(ID_FIELD, d.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID_FIELD, new BytesRef(d.id())));
        doc.add(new BinaryDocValuesField(FINGERPRINT_FIELD, new BytesRef(fingerprint)));
        d.text().forEach((field, values) -> {
            // One field instance per field, its values a line each: the same words and positions as one instance
            // per value, at a fraction of the per-instance cost (a document may have dozens of input variables).
            String text = values.size() == 1 ? values.get(0) : String.join("\n", values);
            doc.add(new TextField(field, text, Field.Store.YES));
            StringBuilder spell = new StringBuilder();
            for (String v : values) {
                spell.append(v, 0, Math.min(v.length(), SPELL_CHARS)).append('\n');
            }
            doc.add(new Field(SPELL_FIELD, spell.toString(), SPELL_TYPE));
        });
        d.keywords().forEach((field, values) -> {
            if (!values.isEmpty()) {
                doc.add(new StringField(PRESENT_FIELD, field, Field.Store.NO));
            }
            for (String v : new LinkedHashSet<>(values)) {
                doc.add(new StringField(field, v, Field.Store.NO));
                doc.add(new SortedSetDocValuesField(field, new BytesRef(v)));
            }
        });
        d.numbers().forEach((field, v) -> {
            doc.add(new StringField(PRESENT_FIELD, field, Field.Store.NO));
            doc.add(new DoublePoint(field, v));
            doc.add(new DoubleDocValuesField(field, v));
        });
        return doc;
    }

    // ------------------------------------------------------------------ search

    @Override
    public SearchResults search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        requireOpen();
        spec.check(query);
        Current c = acquire();
        if (c == null) {
            List<Facet> facets = query.facets().stream().map(f -> new Facet(f, List.of())).toList();
            return new SearchResults(0, List.of(), facets, Map.of());
        }
        try {
            return search(c, query);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index failed", e);
        } finally {
            c.release();
        }
    }

    private SearchResults search(Current c, SearchQuery query) throws IOException {
        IndexSearcher searcher = c.searcher;
        QueryPlanner.Plan plan = planner.plan(query.text(), c.reader, c.corrections, c.savedCorrections);
        boolean scored = plan.query() != null;
        boolean relevance = query.sort().field().isEmpty();
        int wanted = Math.max(1, query.offset() + query.limit());
        // One pass over every match: the best `window` by BM25 (or the sort), the exact total and the facets.
        // (Skipping non-competitive documents would need a second, unscored pass for the facets, which costs more
        // than it saves when most documents match a word, as in a library of modules.)
        int window = scored && relevance ? Math.max(wanted, RESCORE_WINDOW) : wanted;
        // The filters are tested on each match of the text rather than joined to the query, so that the same pass
        // counts what each filter alone left out (SearchResults.LeftOut).
        FilterTests tests = query.filters().isEmpty() ? null : new FilterTests(searcher, query.filters(), scored);
        TopAndFacets collect = new TopAndFacets(new TopFieldCollectorManager(sort(query), window, Integer.MAX_VALUE),
                query.facets(), tests, scored ? query.minRelativeScore() : 0);
        searcher.search(scored ? plan.query() : new MatchAllDocsQuery(), collect);
        collect.applyFloor();
        TopDocs top = collect.top();
        List<Candidate> candidates = new ArrayList<>(top.scoreDocs.length);
        // TopFieldCollector keeps the score as a sort value, not in ScoreDoc.score.
        int scoreAt = relevance ? 0 : 1;
        for (ScoreDoc sd : top.scoreDocs) {
            Object value = ((FieldDoc) sd).fields[scoreAt];
            float raw = value instanceof Float f ? f : 0f;
            double score = scored && Float.isFinite(raw) ? Math.max(0, raw) : 0;
            candidates.add(new Candidate(sd.doc, score));
        }
        readIds(c.reader, candidates);
        boolean highlight = query.highlight() && scored;
        TermMatches matches = scored && ((relevance && plan.concepts().size() > 1) || highlight)
                ? TermMatches.of(plan.lookup(), candidates) : null;
        if (scored && relevance) {
            addCoverage(searcher, plan.concepts(), candidates, matches);
            candidates.sort(BY_SCORE_THEN_ID);
        }
        List<SearchHit> hits = new ArrayList<>();
        StoredFields stored = highlight ? c.storedFields() : null;
        Fragments.Marks marked = highlight ? new Fragments.Marks(plan.words(), plan.phrases()) : null;
        try {
            for (int i = query.offset(); i < candidates.size() && hits.size() < query.limit(); i++) {
                Candidate cand = candidates.get(i);
                List<Highlight> highlights = stored == null ? List.of() : highlights(cand, stored, marked, matches);
                hits.add(new SearchHit(cand.id, cand.score, highlights));
            }
        } finally {
            if (stored != null) {
                c.storedFieldsDone(stored);
            }
        }
        return new SearchResults(top.totalHits.value, hits, collect.facets(), plan.corrections(),
                tests == null ? List.of() : tests.leftOut());
    }

    /** A document in the running for a page, with its score. */
    private static final class Candidate {
        final int doc;
        /** The document's id, filled by {@link #readIds}. */
        String id;
        double score;
        /**
         * The (field, term) pairs of the query this document holds, filled by {@link TermMatches}: field {@code f}
         * and term {@code k} at {@code f * terms + k}.
         */
        boolean[] holds;

        Candidate(int doc, double score) {
            this.doc = doc;
            this.score = score;
        }
    }

    /**
     * Which of the query's words each candidate holds in each text field, read from the postings with one seek per
     * field, word and segment for all candidates together (rather than a query per candidate).
     */
    private static final class TermMatches {
        final List<String> terms;

        private TermMatches(List<String> terms) {
            this.terms = terms;
        }

        static TermMatches of(TermLookup lookup, List<Candidate> candidates) throws IOException {
            List<String> terms = lookup.words();
            int fields = lookup.fields().size();
            int n = terms.size();
            List<Candidate> byDoc = new ArrayList<>(candidates);
            byDoc.sort(BY_DOC);
            for (Candidate cand : byDoc) {
                cand.holds = new boolean[fields * n];
            }
            List<LeafReaderContext> leaves = lookup.leaves();
            int from = 0;
            while (from < byDoc.size()) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(byDoc.get(from).doc, leaves));
                int to = from;
                while (to < byDoc.size() && byDoc.get(to).doc < leaf.docBase + leaf.reader().maxDoc()) {
                    to++;
                }
                List<Candidate> inLeaf = byDoc.subList(from, to);
                PostingsEnum pe = null;
                for (int f = 0; f < fields; f++) {
                    for (int k = 0; k < n; k++) {
                        TermsEnum te = lookup.seek(leaf.ord, f, k);
                        if (te == null) {
                            continue;
                        }
                        pe = te.postings(pe, PostingsEnum.NONE);
                        for (Candidate cand : inLeaf) {
                            int local = cand.doc - leaf.docBase;
                            int at = pe.docID() < local ? pe.advance(local) : pe.docID();
                            if (at == DocIdSetIterator.NO_MORE_DOCS) {
                                break;
                            }
                            if (at == local) {
                                cand.holds[f * n + k] = true;
                            }
                        }
                    }
                }
                from = to;
            }
            return new TermMatches(terms);
        }

        /** Whether the candidate holds one of the words in any field. */
        boolean holdsAny(Candidate cand, Set<String> words) {
            int n = terms.size();
            for (int k = 0; k < n; k++) {
                if (words.contains(terms.get(k))) {
                    for (int at = k; at < cand.holds.length; at += n) {
                        if (cand.holds[at]) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Whether the candidate holds one of the query's words in field {@code f}. */
        boolean holdsAnyIn(Candidate cand, int f) {
            int n = terms.size();
            for (int at = f * n; at < (f + 1) * n; at++) {
                if (cand.holds[at]) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Adds the coverage bonus, {@link QueryPlanner#COVERAGE} per concept a candidate matches at all, so that of
     * the best candidates those covering more of the query come first. A concept's single words are looked up in
     * the candidates' postings; only its phrases (multi-word synonyms) need a query.
     */
    private static void addCoverage(IndexSearcher searcher, List<QueryPlanner.ConceptMatch> concepts,
            List<Candidate> candidates, TermMatches matches) throws IOException {
        if (candidates.isEmpty() || concepts.size() < 2) {
            return;
        }
        List<Candidate> byDoc = new ArrayList<>(candidates);
        byDoc.sort(BY_DOC);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (QueryPlanner.ConceptMatch concept : concepts) {
            Set<Candidate> covered = new HashSet<>();
            for (Candidate cand : byDoc) {
                if (matches.holdsAny(cand, concept.words())) {
                    covered.add(cand);
                }
            }
            if (concept.phrases() != null && covered.size() < byDoc.size()) {
                Weight w = searcher.createWeight(searcher.rewrite(concept.phrases()), ScoreMode.COMPLETE_NO_SCORES,
                        1f);
                int leafIndex = -1;
                DocIdSetIterator it = null;
                LeafReaderContext leaf = null;
                for (Candidate cand : byDoc) {
                    int li = ReaderUtil.subIndex(cand.doc, leaves);
                    if (li != leafIndex) {
                        leafIndex = li;
                        leaf = leaves.get(li);
                        Scorer s = w.scorer(leaf);
                        it = s == null ? null : s.iterator();
                    }
                    if (it == null || covered.contains(cand)) {
                        continue;
                    }
                    int target = cand.doc - leaf.docBase;
                    int at = it.docID() < target ? it.advance(target) : it.docID();
                    if (at == target) {
                        covered.add(cand);
                    }
                }
            }
            covered.forEach(cand -> cand.score += QueryPlanner.COVERAGE);
        }
    }

    /**
     * The documents a filter tests for, and whether a document passes by being among them: a keyword filter's values,
     * a range, or (for {@link Filter.Missing}) the documents with a value, which it refuses.
     */
    private static Query tested(Filter f) {
        if (f instanceof Filter.AnyOf a) {
            return anyOf(a.field(), a.values());
        } else if (f instanceof Filter.NoneOf n) {
            return anyOf(n.field(), n.values());
        } else if (f instanceof Filter.Range r) {
            double min = r.min().isPresent() ? r.min().getAsDouble() : Double.NEGATIVE_INFINITY;
            double max = r.max().isPresent() ? r.max().getAsDouble() : Double.POSITIVE_INFINITY;
            return DoublePoint.newRangeQuery(r.field(), min, max);
        }
        return hasValue(f.field());
    }

    private static Query hasValue(String field) {
        return new TermQuery(new Term(PRESENT_FIELD, field));
    }

    /**
     * Tests the query's filters on each match of the text, in document order, and keeps what each filter alone
     * refused: the count, how many of those have no value in the field, and the best few by score then id. One per
     * collector (a collector runs on one thread); {@link #leftOut()} sums them.
     */
    private static final class FilterTests {
        private final List<Filter> filters;
        private final boolean scored;
        /** Per filter, the documents it tests for, and whether being one of them passes the filter. */
        private final Weight[] tested;
        private final boolean[] passIfTested;
        /** Per filter, the documents with a value in its field, for a filter that refuses those without one. */
        private final Weight[] withValue;
        private final List<Refused> perCollector = new ArrayList<>();

        FilterTests(IndexSearcher searcher, List<Filter> filters, boolean scored) throws IOException {
            this.filters = filters;
            this.scored = scored;
            int n = filters.size();
            tested = new Weight[n];
            passIfTested = new boolean[n];
            withValue = new Weight[n];
            for (int i = 0; i < n; i++) {
                Filter f = filters.get(i);
                tested[i] = weight(searcher, tested(f));
                passIfTested[i] = f instanceof Filter.AnyOf || f instanceof Filter.Range;
                if (passIfTested[i]) {
                    withValue[i] = weight(searcher, hasValue(f.field()));
                }
            }
        }

        private static Weight weight(IndexSearcher searcher, Query q) throws IOException {
            return searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }

        Refused newRefused() {
            Refused r = new Refused(filters.size());
            perCollector.add(r);
            return r;
        }

        List<SearchResults.LeftOut> leftOut() {
            List<SearchResults.LeftOut> out = new ArrayList<>(filters.size());
            for (int i = 0; i < filters.size(); i++) {
                long count = 0;
                long without = 0;
                List<Best> best = new ArrayList<>();
                for (Refused r : perCollector) {
                    count += r.count[i];
                    without += r.withoutValue[i];
                    best.addAll(r.best.get(i));
                }
                best.sort(BEST_ORDER);
                List<String> ids = best.stream().limit(SearchResults.LeftOut.BEST).map(Best::id).toList();
                out.add(new SearchResults.LeftOut(filters.get(i), count, without, ids));
            }
            return out;
        }

        /** One collector's refusals, and its segment's iterators. */
        final class Refused {
            final long[] count;
            final long[] withoutValue;
            final List<List<Best>> best = new ArrayList<>();
            private final DocIdSetIterator[] testedDocs;
            private final DocIdSetIterator[] withValueDocs;
            private SortedDocValues ids;
            private Scorable scorer;

            Refused(int n) {
                count = new long[n];
                withoutValue = new long[n];
                testedDocs = new DocIdSetIterator[n];
                withValueDocs = new DocIdSetIterator[n];
                for (int i = 0; i < n; i++) {
                    best.add(new ArrayList<>(SearchResults.LeftOut.BEST + 1));
                }
            }

            void setSegment(LeafReaderContext context) throws IOException {
                for (int i = 0; i < tested.length; i++) {
                    testedDocs[i] = iterator(tested[i], context);
                    withValueDocs[i] = withValue[i] == null ? null : iterator(withValue[i], context);
                }
                ids = context.reader().getSortedDocValues(ID_FIELD);
            }

            void setScorer(Scorable scorer) {
                this.scorer = scorer;
            }

            private static DocIdSetIterator iterator(Weight w, LeafReaderContext context) throws IOException {
                Scorer s = w.scorer(context);
                return s == null ? null : s.iterator();
            }

            private static boolean holds(DocIdSetIterator it, int doc) throws IOException {
                if (it == null) {
                    return false;
                }
                int at = it.docID() < doc ? it.advance(doc) : it.docID();
                return at == doc;
            }

            /**
             * @param doc a match of the text, in this segment, after the previous one
             * @return whether it passes every filter; else it is counted for the one filter that refused it, if
             *         only one did
             */
            boolean passes(int doc) throws IOException {
                int failed = -1;
                for (int i = 0; i < testedDocs.length; i++) {
                    if (holds(testedDocs[i], doc) != passIfTested[i]) {
                        if (failed >= 0) {
                            return false; // refused by two: dropping one filter would not show it
                        }
                        failed = i;
                    }
                }
                if (failed < 0) {
                    return true;
                }
                count[failed]++;
                if (withValue[failed] != null && !holds(withValueDocs[failed], doc)) {
                    withoutValue[failed]++;
                }
                offer(best.get(failed), doc);
                return false;
            }

            private void offer(List<Best> kept, int doc) throws IOException {
                double score = scored ? Math.max(0, scorer.score()) : 0;
                if (kept.size() == SearchResults.LeftOut.BEST && score < kept.get(kept.size() - 1).score) {
                    return; // cannot enter: no need to read its id
                }
                if (ids == null || !ids.advanceExact(doc)) {
                    throw new IllegalStateException("a document of the search index has no id");
                }
                kept.add(new Best(score, ids.lookupOrd(ids.ordValue()).utf8ToString()));
                kept.sort(BEST_ORDER);
                if (kept.size() > SearchResults.LeftOut.BEST) {
                    kept.remove(kept.size() - 1);
                }
            }
        }
    }

    /** A refused document among the best of its filter. */
    private record Best(double score, String id) {
    }

    /** The best score first, then by id. */
    private static final Comparator<Best> BEST_ORDER = (a, b) -> {
        int byScore = Double.compare(-a.score, -b.score);
        return byScore != 0 ? byScore : a.id.compareTo(b.id);
    };

    /**
     * Matches a keyword field holding any of the values: for a few values (every search's default filter leaves
     * out two statuses) term queries, which cost less to build and to run than a set of terms; else a set of terms.
     * The same documents either way, and filters do not score.
     */
    private static Query anyOf(String field, Collection<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        if (values.size() > FEW_TERMS) {
            return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static Sort sort(SearchQuery query) {
        SortField byId = new SortField(ID_FIELD, SortField.Type.STRING);
        if (query.sort().field().isEmpty()) {
            return new Sort(SortField.FIELD_SCORE, byId);
        }
        boolean desc = query.sort().descending();
        SortField byNumber = new SortField(query.sort().field().get(), SortField.Type.DOUBLE, desc);
        byNumber.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        return new Sort(byNumber, SortField.FIELD_SCORE, byId);
    }

    /**
     * Reads the candidates' ids, in document order, opening each segment's id values once (opening them costs more
     * than reading one).
     */
    private static void readIds(IndexReader reader, List<Candidate> candidates) throws IOException {
        List<Candidate> byDoc = new ArrayList<>(candidates);
        byDoc.sort(BY_DOC);
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        SortedDocValues ids = null;
        for (Candidate cand : byDoc) {
            if (leaf == null || cand.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(cand.doc, leaves));
                ids = leaf.reader().getSortedDocValues(ID_FIELD);
            }
            if (ids == null || !ids.advanceExact(cand.doc - leaf.docBase)) {
                throw new IllegalStateException("document " + cand.doc + " of the search index has no id");
            }
            cand.id = ids.lookupOrd(ids.ordValue()).utf8ToString();
        }
    }

    private List<Highlight> highlights(Candidate cand, StoredFields storedFields, Fragments.Marks marked,
            TermMatches matches) throws IOException {
        // The postings say which fields hold one of the words, so only those are loaded and re-analyzed (a README
        // that does not match costs nothing).
        List<String> matched = new ArrayList<>();
        for (int f = 0; f < textFieldNames.size(); f++) {
            if (matches.holdsAnyIn(cand, f)) {
                matched.add(textFieldNames.get(f));
            }
        }
        if (matched.isEmpty()) {
            return List.of();
        }
        Document stored = storedFields.document(cand.doc, Set.copyOf(matched));
        List<Highlight> out = new ArrayList<>();
        for (String field : matched) {
            for (String value : stored.getValues(field)) {
                Optional<Highlight> h = Fragments.highlight(indexAnalyzer, field, value, marked);
                if (h.isPresent()) {
                    out.add(h.get());
                    break;
                }
            }
            if (out.size() == MAX_HIGHLIGHTS) {
                break;
            }
        }
        return out;
    }

    /**
     * One pass over the matches: the top documents and the facet counts. Facets are counted by ordinal per segment
     * and turned into values once per segment, so counting costs an array increment per value of a matching
     * document.
     *
     * <p>With a relevance floor ({@link SearchQuery#minRelativeScore()}), the score a match needs is a fraction of
     * the best score of any match of the text, whatever the filters, which is known only once every match is
     * scored: the pass keeps each match's document and score (a library holds at most a few thousand modules), and
     * {@link #applyFloor()} then hands those at or above the floor, in the same order, to the same collectors; a
     * match below it is counted nowhere (hits, total, facets, what a filter left out).
     */
    private static final class TopAndFacets implements CollectorManager<Collector, Void> {

        private final TopFieldCollectorManager topManager;
        private final List<String> fields;
        /** The query's filters, tested on each match; null without filters. */
        private final FilterTests tests;
        private final List<TopFieldCollector> tops = new ArrayList<>();
        private final List<Counts> counts = new ArrayList<>();
        /** The fraction of the best score a document needs to be a match at all; 0 for no floor. */
        private final double fraction;
        /** With a floor, each collector's matches, to be collected once the floor is known. */
        private final List<Kept> kept = new ArrayList<>();

        TopAndFacets(TopFieldCollectorManager topManager, List<String> fields, FilterTests tests, double fraction) {
            this.topManager = topManager;
            this.fields = fields;
            this.tests = tests;
            this.fraction = fraction;
        }

        @Override
        public Collector newCollector() {
            if (fraction > 0) {
                Kept k = new Kept();
                kept.add(k);
                return k;
            }
            return collecting();
        }

        /** A collector of the top documents, the facets and the filters' refusals, every match it is given. */
        private Collector collecting() {
            TopFieldCollector top = topManager.newCollector();
            tops.add(top);
            if (fields.isEmpty() && tests == null) {
                return top;
            }
            Counts c = fields.isEmpty() ? null : new Counts(fields);
            if (c != null) {
                counts.add(c);
            }
            FilterTests.Refused refused = tests == null ? null : tests.newRefused();
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    LeafCollector topLeaf = top.getLeafCollector(context);
                    LeafCollector countLeaf = c == null ? null : c.getLeafCollector(context);
                    if (refused != null) {
                        refused.setSegment(context);
                    }
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) throws IOException {
                            topLeaf.setScorer(scorer);
                            if (refused != null) {
                                refused.setScorer(scorer);
                            }
                        }

                        @Override
                        public void collect(int doc) throws IOException {
                            if (refused != null && !refused.passes(doc)) {
                                return;
                            }
                            topLeaf.collect(doc);
                            if (countLeaf != null) {
                                countLeaf.collect(doc);
                            }
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return top.scoreMode();
                }
            };
        }

        /**
         * With a floor, collects the kept matches at or above it (the best score of all of them times the
         * fraction); without one, nothing to do.
         */
        void applyFloor() throws IOException {
            float best = 0f;
            boolean any = false;
            for (Kept k : kept) {
                for (Kept.Segment s : k.segments) {
                    for (int i = 0; i < s.size; i++) {
                        best = any ? Math.max(best, s.scores[i]) : s.scores[i];
                        any = true;
                    }
                }
            }
            float floor = any ? (float) (best * fraction) : 0f;
            for (Kept k : kept) {
                Collector into = collecting();
                for (Kept.Segment s : k.segments) {
                    LeafCollector leaf = into.getLeafCollector(s.context);
                    Replayed scorer = new Replayed();
                    leaf.setScorer(scorer);
                    for (int i = 0; i < s.size; i++) {
                        if (floor > 0 && s.scores[i] < floor) {
                            continue; // below the relevance floor: no match, counted nowhere
                        }
                        scorer.doc = s.docs[i];
                        scorer.score = s.scores[i];
                        leaf.collect(s.docs[i]);
                    }
                }
            }
        }

        @Override
        public Void reduce(Collection<Collector> collectors) {
            return null;
        }

        TopDocs top() throws IOException {
            return topManager.reduce(tops);
        }

        List<Facet> facets() {
            return merged(fields, counts);
        }
    }

    /** One collector's matches, in the order collected: per segment, each document and its score. */
    private static final class Kept extends SimpleCollector {
        final List<Segment> segments = new ArrayList<>();
        private Segment current;
        private Scorable scorer;

        static final class Segment {
            final LeafReaderContext context;
            int[] docs = new int[64];
            float[] scores = new float[64];
            int size;

            Segment(LeafReaderContext context) {
                this.context = context;
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            current = new Segment(context);
            segments.add(current);
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            Segment s = current;
            if (s.size == s.docs.length) {
                s.docs = Arrays.copyOf(s.docs, s.size * 2);
                s.scores = Arrays.copyOf(s.scores, s.size * 2);
            }
            s.docs[s.size] = doc;
            s.scores[s.size] = scorer.score();
            s.size++;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

    /** The score of a kept match, given again to the collectors. */
    private static final class Replayed extends Scorable {
        int doc = -1;
        float score;

        @Override
        public float score() {
            return score;
        }

        @Override
        public int docID() {
            return doc;
        }
    }

    /*
     * The orders below are written out rather than Comparator.comparingLong/comparingDouble chains, in the order
     * those would give: the chains are serializable lambdas, which JDK 17's start-up archive cannot hold, so each
     * was generated at run time by every search; these plain lambdas come from the archive.
     */

    /** Most documents first, then by value (values are unique within a facet, so the order is total). */
    private static final Comparator<Facet.FacetValue> FACET_ORDER = (a, b) -> {
        int byCount = Long.compare(-a.count(), -b.count());
        return byCount != 0 ? byCount : a.value().compareTo(b.value());
    };

    /** Text fields, the highest boost first. */
    private static final Comparator<FieldSpec> BY_BOOST_DESCENDING = (a, b) -> Double.compare(b.boost(), a.boost());

    /** Candidates by document number (ascending, as doc values are read). */
    private static final Comparator<Candidate> BY_DOC = (a, b) -> Integer.compare(a.doc, b.doc);

    /** Candidates, the best score first, then by id. */
    private static final Comparator<Candidate> BY_SCORE_THEN_ID = (a, b) -> {
        int byScore = Double.compare(-a.score, -b.score);
        return byScore != 0 ? byScore : a.id.compareTo(b.id);
    };

    /** The facets of several collectors' counts, each value's count summed. */
    private static List<Facet> merged(List<String> fields, List<Counts> counts) {
        for (Counts c : counts) {
            c.flush();
        }
        List<Facet> out = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Map<String, long[]> total;
            if (counts.size() == 1) {
                total = counts.get(0).totals.get(i);
            } else {
                total = new HashMap<>();
                for (Counts c : counts) {
                    for (Map.Entry<String, long[]> e : c.totals.get(i).entrySet()) {
                        total.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
                    }
                }
            }
            List<Facet.FacetValue> values = new ArrayList<>(total.size());
            for (Map.Entry<String, long[]> e : total.entrySet()) {
                values.add(new Facet.FacetValue(e.getKey(), e.getValue()[0]));
            }
            values.sort(FACET_ORDER);
            out.add(new Facet(fields.get(i), values));
        }
        return out;
    }

    /**
     * Counts the values of keyword fields over the documents it collects, by ordinal per segment (from the
     * segment's {@link HeapValuesReader.FacetOrds}), turned into values once per segment.
     */
    private static final class Counts extends SimpleCollector {
        private final List<String> fields;
        /** Per field, each value's count (in a one-element array, added to in place). */
        private final List<Map<String, long[]>> totals = new ArrayList<>();
        private final HeapValuesReader.FacetOrds[] values;
        private final int[][] ordCounts;

        Counts(List<String> fields) {
            this.fields = fields;
            fields.forEach(f -> totals.add(new HashMap<>()));
            this.values = new HeapValuesReader.FacetOrds[fields.size()];
            this.ordCounts = new int[fields.size()][];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            for (int i = 0; i < fields.size(); i++) {
                HeapValuesReader.FacetOrds v = HeapValuesReader.facetOrds(context.reader(), fields.get(i));
                values[i] = v;
                ordCounts[i] = v == null ? null : new int[v.values.length];
            }
        }

        @Override
        public void collect(int doc) {
            for (int i = 0; i < values.length; i++) {
                HeapValuesReader.FacetOrds v = values[i];
                if (v != null) {
                    v.count(doc, ordCounts[i]);
                }
            }
        }

        /** Turns the current segment's ordinal counts into value counts. */
        void flush() {
            for (int i = 0; i < values.length; i++) {
                int[] c = ordCounts[i];
                if (c == null) {
                    continue;
                }
                for (int ord = 0; ord < c.length; ord++) {
                    if (c[ord] > 0) {
                        totals.get(i).computeIfAbsent(values[i].values[ord], k -> new long[1])[0] += c[ord];
                    }
                }
                ordCounts[i] = null;
                values[i] = null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    // ------------------------------------------------------------------ stats, close

    @Override
    public IndexStats stats() {
        requireOpen();
        Current c = acquire();
        try {
            int docs = c == null ? 0 : c.reader.numDocs();
            long size = 0;
            synchronized (syncLock) {
                try {
                    for (String f : directory.listAll()) {
                        try {
                            size += directory.fileLength(f);
                        } catch (IOException gone) {
                            // Deleted by a merge since listAll; not part of the index any more.
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("reading the search index's size failed", e);
                }
                return new IndexStats(docs, size, persistedAt, lastSync);
            }
        } finally {
            if (c != null) {
                c.release();
            }
        }
    }

    @Override
    public void close() {
        synchronized (syncLock) {
            if (closed) {
                return;
            }
            closed = true;
            closeCurrent();
            try {
                directory.close();
            } catch (IOException e) {
                LOG.debug("closing the search index folder failed: {}", e.toString());
            }
        }
    }

    private void closeCurrent() {
        Current old = current;
        current = null;
        if (old != null) {
            old.release();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the search index is closed");
        }
    }

    /** The current reader with one more reference, or null if there is none yet. */
    private Current acquire() {
        while (true) {
            Current c = current;
            if (c == null) {
                requireOpen();
                return null;
            }
            if (c.reader.tryIncRef()) {
                return c;
            }
            requireOpen();
        }
    }

    @Override
    public String toString() {
        return "LuceneSearchIndex{" + persistedAt.map(Path::toString).orElse("memory") + "}";
    }

    /** A reader, its searcher and the fingerprints it holds; released when replaced and no search uses it. */
    private static final class Current {
        final DirectoryReader reader;
        final IndexSearcher searcher;
        final Map<String, String> fingerprints;
        /** The spelling corrections looked up in this reader. */
        final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();
        /** The spelling checker's answers saved for this reader's commit, in a persisted index's folder. */
        final SavedCorrections savedCorrections;
        /**
         * Stored-field readers no search is using. Each holds its segments' decompression buffers (tens of KB per
         * segment, grown on first use), so a search takes one from here rather than a fresh one from the reader;
         * one reader serves one search at a time.
         */
        private final Queue<StoredFields> idleStoredFields = new ConcurrentLinkedQueue<>();

        /**
         * @param reader           taken over: wrapped in a {@link HeapValuesReader}, which closes it with itself
         * @param savedCorrections the corrections saved for the reader's commit ({@link SavedCorrections#UNSAVED}
         *                         in memory)
         */
        Current(DirectoryReader reader, Map<String, String> fingerprints, SavedCorrections savedCorrections)
                throws IOException {
            this.reader = new HeapValuesReader(reader);
            this.searcher = new IndexSearcher(this.reader);
            this.fingerprints = fingerprints;
            this.savedCorrections = savedCorrections;
        }

        /** A stored-field reader for one search; give it back with {@link #storedFieldsDone}. */
        StoredFields storedFields() throws IOException {
            StoredFields idle = idleStoredFields.poll();
            return idle != null ? idle : reader.storedFields();
        }

        void storedFieldsDone(StoredFields stored) {
            idleStoredFields.offer(stored);
        }

        void release() {
            try {
                reader.decRef();
            } catch (IOException | AlreadyClosedException e) {
                LOG.debug("releasing a search index reader failed: {}", e.toString());
            }
        }
    }
}
