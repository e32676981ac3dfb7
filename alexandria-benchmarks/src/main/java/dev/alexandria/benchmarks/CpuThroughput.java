package dev.alexandria.benchmarks;

import dev.alexandria.core.Alexandria;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cross-check of {@link InspectBenchmark#inspectCorpus} for shared, loaded machines: MB of {@code .tf}
 * source inspected per second of this thread's CPU time (not wall time), after a warm-up (at least 30 rounds
 * and 200 MB).
 *
 * <p>Without a folder it reads the in-memory corpus of 200 synthetic modules. With a folder it reads every
 * folder below it that holds {@code .tf} files (a module repository: the root module, {@code modules/*},
 * {@code examples/*} ...) through the public API, {@code Alexandria.inspect(folder)}, files read from disk
 * each time. It prints the mean, median and best of the measured rounds in MB/s, and the bytes allocated per
 * byte read.
 *
 * <pre>{@code
 * java -cp <classpath> dev.alexandria.benchmarks.CpuThroughput [rounds] [folder]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CpuThroughput {

    /** Warm-up: at least this many rounds, and at least {@link #WARM_UP_BYTES} read. */
    private static final int WARM_UP_ROUNDS = 30;
    private static final long WARM_UP_BYTES = 200_000_000L;

    private CpuThroughput() {
    }

    /**
     * @param args the number of measured rounds (default 20), then optionally a folder to read instead of the
     *             synthetic corpus
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Workload work = args.length > 1 ? folders(Path.of(args[1])) : synthetic();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (long w = 0, read = 0; w < WARM_UP_ROUNDS || read < WARM_UP_BYTES; w++, read += work.bytes()) {
            sink += work.run();
        }
        double[] mbs = new double[rounds];
        com.sun.management.ThreadMXBean alloc = mx instanceof com.sun.management.ThreadMXBean t ? t : null;
        long a0 = alloc == null ? 0 : alloc.getCurrentThreadAllocatedBytes();
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            sink += work.run();
            double seconds = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
            mbs[r] = work.bytes() / 1e6 / seconds;
        }
        double allocated = alloc == null ? Double.NaN
                : (alloc.getCurrentThreadAllocatedBytes() - a0) / (double) rounds / work.bytes();
        double[] sorted = mbs.clone();
        Arrays.sort(sorted);
        double median = rounds % 2 == 1 ? sorted[rounds / 2] : (sorted[rounds / 2 - 1] + sorted[rounds / 2]) / 2;
        System.out.printf("%s: %.2f MB; CPU-time throughput: mean %.1f MB/s, median %.1f MB/s, best %.1f MB/s; "
                + "%.1f bytes allocated per byte read (%d)%n", work.name(), work.bytes() / 1e6,
                Arrays.stream(mbs).average().orElse(0), median, sorted[rounds - 1], allocated, sink);
    }

    /** What one round reads. */
    private interface Workload {
        String name();

        long bytes();

        long run();
    }

    private static Workload synthetic() {
        List<Map<String, String>> corpus = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 200; i++) {
            Map<String, String> m = SyntheticModules.module(i, 42);
            corpus.add(m);
            for (String s : m.values()) {
                bytes += s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        ModuleInspector inspector = new ModuleInspector();
        long total = bytes;
        return new Workload() {
            @Override
            public String name() {
                return "synthetic corpus (200 modules)";
            }

            @Override
            public long bytes() {
                return total;
            }

            @Override
            public long run() {
                long n = 0;
                for (int i = 0; i < corpus.size(); i++) {
                    n += inspector.inspectSources("m" + i, corpus.get(i), InspectOptions.defaults()).variables()
                            .size();
                }
                return n;
            }
        };
    }

    private static Workload folders(Path root) {
        List<Path> folders;
        long bytes = 0;
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".tf") && Files.isRegularFile(p))
                    .sorted().collect(Collectors.toList());
            for (Path f : files) {
                bytes += Files.size(f);
            }
            folders = files.stream().map(Path::getParent).distinct().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("No .tf files below " + root);
        }
        long total = bytes;
        String name = root + " (" + folders.size() + " module folders)";
        return new Workload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long bytes() {
                return total;
            }

            @Override
            public long run() {
                long n = 0;
                for (Path f : folders) {
                    n += Alexandria.inspect(f).variables().size();
                }
                return n;
            }
        };
    }
}
