package dev.alexandria.benchmarks;

import dev.alexandria.api.CatalogException;
import dev.alexandria.core.internal.catalog.YamlAccess;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Whether parsing a library's YAML is linear in its size: the CPU time (of the parsing thread, and of the whole
 * process, which adds the collector and the compiler) of parsing generated files of 1, 2, 4 and 8 MB of several shapes that stress SnakeYAML's scanner (one long token, which its reader copied again
 * for every 1,023 characters; many small tokens; many keys), as the median of the rounds after a warm-up, and
 * that time per MB. Linear parsing gives about the same time per MB at every size. The files are parsed as text
 * (no size limit applies), as the catalog's reader parses a file within its limit.
 *
 * <pre>{@code
 * java -cp <classpath> dev.alexandria.benchmarks.YamlParseTiming [rounds] [shape ...]
 * java -Dalexandria.bench.maxMb=2 -cp <classpath> dev.alexandria.benchmarks.YamlParseTiming 1   # 1 and 2 MB only
 * }</pre>
 *
 * @since 0.2.0
 */
public final class YamlParseTiming {

    private static final int MB = 1024 * 1024;

    /** A shape of file, by name, made to a size in characters. */
    private record Shape(String name, IntFunction<String> make) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("plain-scalar", n -> "description: " + "a".repeat(n) + "\n"),
            new Shape("quoted-scalar", n -> "description: \"" + "a".repeat(n) + "\"\n"),
            new Shape("flow-scalar", n -> "tags: [" + "a".repeat(n) + "]\n"),
            new Shape("comment", n -> "# " + "a".repeat(n) + "\nname: x\n"),
            new Shape("block-scalar", n -> "description: |\n  " + "a".repeat(n) + "\n"),
            new Shape("many-keys", n -> repeat(n, i -> "k" + i + ": v\n")),
            new Shape("flow-sequence", n -> "tags: [" + "a,".repeat(n / 2) + "a]\n"),
            new Shape("block-sequence", n -> "tags:\n" + repeat(n, i -> "  - tag" + i + "\n")));

    private YamlParseTiming() {
    }

    private static String repeat(int size, IntFunction<String> line) {
        StringBuilder out = new StringBuilder(size + 64);
        for (int i = 0; out.length() < size; i++) {
            out.append(line.apply(i));
        }
        return out.toString();
    }

    /**
     * @param args the number of rounds per file (default 3, after one warm-up round), then the shapes to time
     *             (default all: plain-scalar, quoted-scalar, flow-scalar, comment, block-scalar, many-keys,
     *             flow-sequence, block-sequence)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> only = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of();
        int maxMb = Integer.getInteger("alexandria.bench.maxMb", 8);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean process = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("%-15s %3s %12s %10s %13s %10s   %s%n", "shape", "MB", "thread CPU ms", "per MB",
                "process CPU ms", "per MB", "result");
        for (Shape shape : SHAPES) {
            if (!only.isEmpty() && !only.contains(shape.name())) {
                continue;
            }
            for (int mb = 1; mb <= maxMb; mb *= 2) {
                String text = shape.make().apply(mb * MB);
                long[] ms = new long[rounds];
                long[] all = new long[rounds];
                String result = "";
                for (int r = -1; r < rounds; r++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    long p0 = process.getProcessCpuTime();
                    result = parse(text);
                    long t1 = cpu.getCurrentThreadCpuTime();
                    long p1 = process.getProcessCpuTime();
                    if (r >= 0) {
                        ms[r] = (t1 - t0) / 1_000_000;
                        all[r] = (p1 - p0) / 1_000_000;
                    }
                }
                Arrays.sort(ms);
                Arrays.sort(all);
                long median = ms[rounds / 2];
                long medianAll = all[rounds / 2];
                System.out.printf("%-15s %3d %12d %10d %13d %10d   %s%n", shape.name(), mb, median, median / mb,
                        medianAll, medianAll / mb, result);
            }
        }
    }

    private static String parse(String text) {
        try {
            YamlAccess.parse(text, "file.yaml");
            return "parsed";
        } catch (CatalogException e) {
            String m = e.getMessage();
            return m.length() > 90 ? m.substring(0, 90) + "…" : m;
        }
    }
}
