package dev.alexandria.benchmarks;

import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cross-check of {@link InspectBenchmark#inspectCorpus} for shared, loaded machines: MB of {@code .tf}
 * source inspected per second of this thread's CPU time (not wall time), after a warm-up.
 * Run: {@code java -cp <classpath> dev.alexandria.benchmarks.CpuThroughput [rounds]}.
 *
 * @since 0.1.0
 */
public final class CpuThroughput {

    private CpuThroughput() {
    }

    /**
     * @param args optional number of measured rounds (default 20)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
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
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int w = 0; w < 30; w++) {
            sink += run(inspector, corpus);
        }
        double best = 0;
        double total = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            sink += run(inspector, corpus);
            double seconds = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
            double mbs = bytes / 1e6 / seconds;
            best = Math.max(best, mbs);
            total += mbs;
        }
        System.out.printf("corpus %.2f MB; CPU-time throughput: mean %.1f MB/s, best %.1f MB/s (%d)%n",
                bytes / 1e6, total / rounds, best, sink);
    }

    private static long run(ModuleInspector inspector, List<Map<String, String>> corpus) {
        long n = 0;
        for (int i = 0; i < corpus.size(); i++) {
            n += inspector.inspectSources("m" + i, corpus.get(i), InspectOptions.defaults()).variables().size();
        }
        return n;
    }
}
