package dev.alexandria.benchmarks;

import dev.alexandria.search.lucene.LuceneSearchBackend;
import dev.alexandria.spi.search.Filter;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.SearchIndex;
import dev.alexandria.spi.search.SearchQuery;
import dev.alexandria.spi.search.SyncResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A cross-check of {@link SearchBenchmark} for shared, loaded machines, where wall time says more about the other
 * processes than about search: the CPU time of a 10,000-module index build (the whole process's, since documents
 * are indexed by several threads; the documents' generation measured apart, to subtract) and of each query (the
 * searching thread's), as percentiles.
 *
 * <pre>{@code
 * java -Xmx256m -cp <classpath> dev.alexandria.benchmarks.SearchCpuTiming [builds] [query rounds] [persisted]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SearchCpuTiming {

    private SearchCpuTiming() {
    }

    /**
     * @param args the number of builds (default 3), of query rounds over the benchmark's queries (default 40), and
     *             {@code persisted} to build into a temporary folder instead of memory (then the last index is also
 *             opened again, as a later command opens it, with and without verifying every file's checksum)
     * @throws IOException if the temporary folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        int builds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        boolean persisted = args.length > 2 && "persisted".equals(args[2]);
        if (builds < 0 || rounds < 0 || builds == 0 && rounds > 0) {
            throw new IllegalArgumentException("builds and query rounds must not be negative, and query rounds need"
                    + " at least one build: got " + builds + " builds, " + rounds + " rounds");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<IndexEntry> entries = entries();
        long cpu = os.getProcessCpuTime();
        long chars = 0;
        for (IndexEntry e : entries) {
            chars += e.document().get().text().values().stream().flatMap(List::stream).mapToLong(String::length).sum();
        }
        System.out.printf("generate: %d ms CPU, %.1f MB of text%n", (os.getProcessCpuTime() - cpu) / 1_000_000,
                chars / 1e6);
        SearchIndex index = null;
        Path folder = Files.createTempDirectory("alexandria-search-timing");
        try {
            for (int b = 0; b < builds; b++) {
                if (index != null) {
                    index.close();
                }
                Optional<Path> dir = persisted ? Optional.of(folder.resolve("index-" + b)) : Optional.empty();
                long wall = System.nanoTime();
                cpu = os.getProcessCpuTime();
                index = new LuceneSearchBackend().open(SyntheticSearchDocuments.spec(dir));
                SyncResult r = index.sync(entries);
                System.out.printf("build %d: %d ms wall, %d ms CPU (generating included), %s%n", b + 1,
                        (System.nanoTime() - wall) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000, r);
            }
            if (persisted && builds > 0) {
                index.close();
                Path dir = folder.resolve("index-" + (builds - 1));
                for (int i = 0; i < 3; i++) {
                    reopen(dir, entries, false, os);
                    reopen(dir, entries, true, os);
                }
                index = new LuceneSearchBackend().open(SyntheticSearchDocuments.spec(Optional.of(dir)));
                index.sync(entries);
            }
            List<Long> times = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                for (String text : SearchBenchmark.QUERIES) {
                    long t = threads.getCurrentThreadCpuTime();
                    index.search(SearchQuery.builder().text(text).filter(Filter.noneOf("status", "deprecated"))
                            .facets("layer", "category_id", "maturity", "complexity", "cost_category", "tag")
                            .limit(10).build());
                    if (round >= rounds / 4) {
                        times.add(threads.getCurrentThreadCpuTime() - t);
                    }
                }
            }
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                System.out.printf("query CPU: not measured (%d query rounds leave no sample after the warm-up)%n",
                        rounds);
            } else {
                System.out.printf("query CPU (%d samples after %d warm-up rounds): p50 %.2f ms, p90 %.2f ms, p99 "
                        + "%.2f ms, max %.2f ms%n", sorted.length, rounds / 4, pct(sorted, 0.5), pct(sorted, 0.9),
                        pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
            }
            System.out.printf("heap max %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            if (index != null) {
                index.close();
            }
            delete(folder);
        }
    }

    /**
     * Opens a persisted index again and syncs it (nothing changed): as a later command does, or, with
     * {@code verify}, after removing the index's record of verified files, so that every file's checksum is read.
     */
    private static void reopen(Path dir, List<IndexEntry> entries, boolean verify,
                               com.sun.management.OperatingSystemMXBean os) throws IOException {
        if (verify) {
            Files.deleteIfExists(dir.resolve("alexandria-verified.bin"));
        }
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        try (SearchIndex again = new LuceneSearchBackend().open(SyntheticSearchDocuments.spec(Optional.of(dir)))) {
            SyncResult r = again.sync(entries);
            System.out.printf("reopen%s: %d ms wall, %d ms CPU, %s%n", verify ? " (checksums verified)" : "",
                    (System.nanoTime() - wall) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000, r);
        }
    }

    private static List<IndexEntry> entries() {
        List<IndexEntry> entries = new ArrayList<>(SearchBenchmark.MODULES);
        for (int i = 0; i < SearchBenchmark.MODULES; i++) {
            int n = i;
            entries.add(new IndexEntry(String.format("module-%05d", i), "v1",
                    () -> SyntheticSearchDocuments.document(n, 42)));
        }
        return entries;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
