package dev.alexandria.benchmarks;

import dev.alexandria.core.internal.discovery.InMemorySearchBackend;
import dev.alexandria.search.lucene.LuceneSearchBackend;
import dev.alexandria.spi.search.Filter;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchBackend;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SearchResults;
import dev.alexandria.spi.search.SyncResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search at scale: 10,000 synthetic modules (about 100 MB of README and interface text, see
 * {@link SyntheticSearchDocuments}), in a 256 MB heap.
 *
 * <ul>
 *   <li>{@code build}: one full index build (single shot) from the documents, which are generated on demand as the
 *       backend asks for them, as core builds them from module files; {@code generateOnly} is the cost of
 *       generating them, to subtract. {@code persisted=true} writes the index to disk (with its commit).
 *       Target: under 3 s.</li>
 *   <li>{@code query}: one search (words, the default deprecated filter, six facets, ten hits with highlights)
 *       on a warm index, sampled; read the p0.99 line. Target: under 5 ms. {@code persisted=true} searches the
 *       index written to a folder and opened again, as the CLI does; {@code false}, an index in memory.</li>
 * </ul>
 *
 * <pre>{@code
 * java -cp <classpath> org.openjdk.jmh.Main SearchBenchmark
 * }</pre>
 *
 * @since 0.1.0
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class SearchBenchmark {

    /** Modules in the synthetic library. */
    static final int MODULES = 10_000;

    static final List<String> QUERIES = List.of("vpc multi-az", "private database with automatic backups",
            "k8s", "kubernetis cluster", "encrypted s3 bucket with lifecycle rules", "lb", "serverless function",
            "queue", "cloudwatch dashboards and alarms", "pg db", "tls certificates for domains", "redis cache",
            "secrets rotation", "transit gateway routing", "cross-account event bus");

    private static SearchBackend backend(String name) {
        return "lucene".equals(name) ? new LuceneSearchBackend() : new InMemorySearchBackend();
    }

    /** The documents and a folder for persisted indices. */
    @State(Scope.Benchmark)
    public static class Build {

        @Param({"lucene"})
        String backend;

        @Param({"false", "true"})
        boolean persisted;

        List<IndexEntry> entries;
        Path folder;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            entries = new ArrayList<>(MODULES);
            for (int i = 0; i < MODULES; i++) {
                int n = i;
                entries.add(new IndexEntry(String.format("module-%05d", i), "v1",
                        () -> SyntheticSearchDocuments.document(n, 42)));
            }
            folder = Files.createTempDirectory("alexandria-search-bench");
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            delete(folder);
        }
    }

    /**
     * Builds a whole index.
     *
     * @param b the documents
     * @return what the sync did
     * @throws IOException if the folder cannot be cleared
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public SyncResult build(Build b) throws IOException {
        Path dir = b.folder.resolve("index-" + System.nanoTime());
        IndexSpec spec = SyntheticSearchDocuments.spec(b.persisted ? Optional.of(dir) : Optional.empty());
        try (SearchIndex index = backend(b.backend).open(spec)) {
            return index.sync(b.entries);
        } finally {
            delete(dir);
        }
    }

    /**
     * Generates the documents only: the part of {@code build} that is not indexing.
     *
     * @param b the documents
     * @return a checksum
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public long generateOnly(Build b) {
        long n = 0;
        for (IndexEntry e : b.entries) {
            n += e.document().get().text().size();
        }
        return n;
    }

    /**
     * A warm index of the documents: in memory, or ({@code persisted=true}) written to a folder and opened again
     * from it, as {@code alexandria search} opens the index in its cache folder (memory-mapped by Lucene).
     */
    @State(Scope.Benchmark)
    public static class Warm {

        @Param({"lucene"})
        String backend;

        @Param({"false", "true"})
        boolean persisted;

        SearchIndex index;
        Path folder;
        int next;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            folder = Files.createTempDirectory("alexandria-search-bench");
            Optional<Path> dir = persisted ? Optional.of(folder.resolve("index")) : Optional.empty();
            List<IndexEntry> entries = new ArrayList<>(MODULES);
            for (int i = 0; i < MODULES; i++) {
                int n = i;
                entries.add(new IndexEntry(String.format("module-%05d", i), "v1",
                        () -> SyntheticSearchDocuments.document(n, 42)));
            }
            index = backend(backend).open(SyntheticSearchDocuments.spec(dir));
            index.sync(entries);
            if (persisted) {
                index.close();
                index = backend(backend).open(SyntheticSearchDocuments.spec(dir));
                index.sync(entries); // unchanged: loads nothing
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            index.close();
            delete(folder);
        }
    }

    /**
     * One search as {@code alexandria search} runs it.
     *
     * @param w the warm index
     * @return the results
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public SearchResults query(Warm w) {
        String text = QUERIES.get(w.next++ % QUERIES.size());
        return w.index.search(SearchQuery.builder().text(text).filter(Filter.noneOf("status", "deprecated"))
                .facets("layer", "category_id", "maturity", "complexity", "cost_category", "tag").limit(10)
                .build());
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
