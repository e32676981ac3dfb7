package dev.alexandria.benchmarks;

import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A cross-check of {@link MigrateBenchmark} for shared, loaded machines: plans the same folder of
 * {@value MigrateBenchmark#MODULES} modules (copied from the real-module corpus) repeatedly and prints, per
 * plan, the wall milliseconds and the process's CPU milliseconds (every thread: planning reads the modules in
 * parallel, and the JIT compiler and garbage collector count too), then the median of the measured plans.
 *
 * <pre>{@code
 * java -cp <classpath> dev.alexandria.benchmarks.MigrateTiming [warm-up plans] [measured plans]
 * }</pre>
 *
 * The corpus is read from {@code $REAL_FLAT} (default {@code /work/eval/real-modules/flat}).
 *
 * @since 0.4.0
 */
public final class MigrateTiming {

    private MigrateTiming() {
    }

    /**
     * @param args warm-up plans (default 3), then measured plans (default 5)
     * @throws IOException if the corpus cannot be copied
     */
    public static void main(String[] args) throws IOException {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path corpus = Path.of(System.getenv().getOrDefault("REAL_FLAT", "/work/eval/real-modules/flat"));
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("no real-module corpus at " + corpus + "; lay it out with"
                    + " alexandria-benchmarks/eval/real-modules/materialize.sh or set REAL_FLAT");
        }
        Path dir = Files.createTempDirectory("migrate-timing");
        try {
            MigrateBenchmark.copyCorpus(corpus, dir, MigrateBenchmark.MODULES);
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long[] wall = new long[rounds];
            long[] cpu = new long[rounds];
            int modules = 0;
            for (int i = 0; i < warmUp + rounds; i++) {
                long w = System.nanoTime();
                long c = os.getProcessCpuTime();
                MigrationPlan plan = Alexandria.migrate(dir).plan();
                long dw = (System.nanoTime() - w) / 1_000_000;
                long dc = (os.getProcessCpuTime() - c) / 1_000_000;
                modules = plan.modules().size();
                boolean measured = i >= warmUp;
                if (measured) {
                    wall[i - warmUp] = dw;
                    cpu[i - warmUp] = dc;
                }
                System.out.printf("%s plan %d: %d modules, wall %d ms, CPU %d ms%n", measured ? "measured" : "warm-up",
                        i + 1, modules, dw, dc);
            }
            System.out.printf("median of %d plans of %d modules: wall %d ms, CPU %d ms%n", rounds, modules,
                    median(wall), median(cpu));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
