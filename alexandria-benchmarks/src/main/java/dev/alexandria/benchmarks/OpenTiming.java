package dev.alexandria.benchmarks;

import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first {@code Alexandria.open} of a library in a fresh JVM, as the CLI sees it (JVM start excluded),
 * then the same open repeated: wall and CPU milliseconds of each (the process's CPU, so the threads that read
 * module folders in parallel count too, and the JIT compiler's), and the heap in use after the last.
 * {@link OpenBenchmark} measures the steady state with JMH; this measures what JMH's warm-up hides.
 * Run: {@code java -cp <classpath> dev.alexandria.benchmarks.OpenTiming <library root> [repeats] [browse|cold]}.
 *
 * @since 0.1.0
 */
public final class OpenTiming {

    private OpenTiming() {
    }

    /** A new empty cache folder, so that every open in {@code cold} mode writes the whole cache. */
    private static Path emptyCache(int i) {
        try {
            return Files.createTempDirectory("alexandria-open-timing-" + i);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CPU time of the process's threads in ms, from {@code /proc/self/task} (empty elsewhere), summed by
     * thread name with digits dropped, so the JIT compiler's, the collector's and the parallel workers' threads
     * each give one number.
     */
    private static Map<String, Long> threadCpu() {
        Map<String, Long> out = new TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                } catch (IOException e) {
                    continue; // the thread ended
                }
                // pid (comm) state ... utime stime: fields 14 and 15, counted after the closing parenthesis.
                int close = stat.lastIndexOf(')');
                String[] fields = stat.substring(close + 2).split(" ");
                long ms = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
                String name = stat.substring(stat.indexOf('(') + 1, close).replaceAll("[0-9]+$", "#");
                out.merge(name, ms, Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    private static String delta(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder out = new StringBuilder();
        after.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(e.getValue()));
        return out.toString();
    }

    /**
     * @param args the library root, the number of opens (default 1), and {@code browse} to also run a browse
     *             that reads every module's complexity tier after each open, or {@code cold} to open each time
     *             with an empty cache (in a temporary folder, left behind), as after a checkout, but with the
     *             JIT compiler warmed up by the earlier opens
     */
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        boolean browse = args.length > 2 && "browse".equals(args[2]);
        boolean cold = args.length > 2 && "cold".equals(args[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Library library = null;
        Map<String, Long> threadsBefore = threadCpu();
        for (int i = 0; i < repeats; i++) {
            library = null; // the last open's library is garbage while this one opens, as in a CLI run
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long processCpu = os.getProcessCpuTime();
            library = cold ? Alexandria.builder().root(root).cacheDirectory(emptyCache(i)).open()
                    : Alexandria.open(root);
            long tiers = 0;
            if (browse) {
                tiers = library.browse().run().layers().stream().flatMap(l -> l.categories().stream())
                        .flatMap(c -> c.modules().stream()).filter(m -> m.complexity() != null).count();
            }
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            long processCpuMs = (os.getProcessCpuTime() - processCpu) / 1_000_000;
            System.out.printf("open%s %d: %d ms wall, %d ms CPU (%d ms on this thread), %d modules%s%n",
                    browse ? "+browse" : cold ? " (empty cache)" : "", i + 1, wallMs, processCpuMs, cpuMs, library.modules().size(),
                    browse ? ", " + tiers + " tiers" : "");
            Map<String, Long> threadsAfter = threadCpu();
            System.out.println("  CPU by thread (ms): " + delta(threadsBefore, threadsAfter));
            threadsBefore = threadsAfter;
        }
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("heap in use after GC: %d MB (max %d MB), library %s%n",
                memory.getHeapMemoryUsage().getUsed() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), library);
    }
}
