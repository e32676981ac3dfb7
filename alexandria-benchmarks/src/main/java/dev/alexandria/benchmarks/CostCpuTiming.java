package dev.alexandria.benchmarks;

import dev.alexandria.api.CostEstimate;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.SampleLibrary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cross-check of {@link CostBenchmark#priceLibrary} for shared, loaded machines, where wall time says more about
 * the other processes than about estimation: prices the copied sample library ({@link CostBenchmark#copies}) with
 * one engine per round, first on one thread (its thread CPU time per round), then once on all cores as the
 * benchmark does (wall time and the whole process's CPU time).
 *
 * <pre>{@code
 * java -Xmx1g -cp <classpath> dev.alexandria.benchmarks.CostCpuTiming [modules] [rounds]
 * }</pre>
 *
 * @since 0.2.0
 */
public final class CostCpuTiming {

    private CostCpuTiming() {
    }

    /**
     * @param args the number of modules (default 1,000) and of one-thread rounds (default 4)
     * @throws IOException if the copies cannot be written or removed
     */
    public static void main(String[] args) throws IOException {
        int modules = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path root = Files.createTempDirectory("alexandria-cost-timing");
        try {
            List<Path> folders = CostBenchmark.copies(SampleLibrary.path(), root, modules);
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            for (int r = 0; r < rounds; r++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                var builder = Alexandria.builder();
                BigDecimal total = BigDecimal.ZERO;
                for (Path f : folders) {
                    total = total.add(builder.cost(f).estimate().fixedMonthlyUsd());
                }
                System.out.printf("one thread, round %d: %d modules, thread CPU %d ms, wall %d ms, total %s USD%n",
                        r + 1, modules, (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000,
                        (System.nanoTime() - w0) / 1_000_000, total);
            }
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    ManagementFactory.getOperatingSystemMXBean();
            long p0 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            var builder = Alexandria.builder();
            List<CostEstimate> estimates = folders.stream().map(builder::cost).toList();
            BigDecimal total = estimates.parallelStream().map(e -> e.estimate().fixedMonthlyUsd())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            System.out.printf("all %d cores: %d modules, process CPU %d ms, wall %d ms, total %s USD%n",
                    Runtime.getRuntime().availableProcessors(), modules, (os.getProcessCpuTime() - p0) / 1_000_000,
                    (System.nanoTime() - w0) / 1_000_000, total);
        } finally {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
