package dev.alexandria.benchmarks;

import dev.alexandria.core.internal.graph.LibraryGraph;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.Arrays;

/**
 * A cross-check of {@link GraphBenchmark} for shared, loaded machines, where wall time says more about the other
 * processes than about the graph: the thread CPU time of each part of one operation — building the graph of the
 * 10,000-module, 50,000-edge library, checking it, resolving the module with the largest closure — over several
 * rounds in one JVM, as the median and the fastest of the rounds after the first half (the warm-up).
 *
 * <pre>{@code
 * java -Xmx256m -cp <classpath> dev.alexandria.benchmarks.GraphCpuTiming [rounds]
 * }</pre>
 *
 * @since 0.2.0
 */
public final class GraphCpuTiming {

    private GraphCpuTiming() {
    }

    /**
     * @param args the number of rounds (default 20)
     * @throws IOException if the library folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        GraphBenchmark.Library lib = new GraphBenchmark.Library();
        lib.setup();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] ms = new long[4][rounds];
        try {
            for (int r = 0; r < rounds; r++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                LibraryGraph graph = GraphBenchmark.graph(lib.root, lib.modules, lib.catalog);
                graph.deployOrder();
                long t1 = cpu.getCurrentThreadCpuTime();
                graph.check();
                long t2 = cpu.getCurrentThreadCpuTime();
                graph.of("m" + (GraphBenchmark.MODULES - 1)).resolve();
                long t3 = cpu.getCurrentThreadCpuTime();
                ms[0][r] = (t1 - t0) / 1_000_000;
                ms[1][r] = (t2 - t1) / 1_000_000;
                ms[2][r] = (t3 - t2) / 1_000_000;
                ms[3][r] = (t3 - t0) / 1_000_000;
            }
        } finally {
            Files.deleteIfExists(lib.root);
        }
        String[] parts = {"build", "check", "resolve", "all"};
        for (int p = 0; p < parts.length; p++) {
            long[] warm = Arrays.copyOfRange(ms[p], rounds / 2, rounds);
            Arrays.sort(warm);
            System.out.printf("%-8s thread CPU ms: median %d, fastest %d (rounds %d-%d of %d)%n", parts[p],
                    warm[warm.length / 2], warm[0], rounds / 2 + 1, rounds, rounds);
        }
    }
}
