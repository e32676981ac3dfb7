package dev.alexandria.benchmarks;

import dev.alexandria.cost.aws.AwsOfferImporter;
import dev.alexandria.spi.cost.ImportSummary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports a generated EC2 offer file of several hundred MB and reports the time, the throughput and the peak heap:
 * the importer streams, so it must pass in a small heap. Run it with the heap to prove:
 *
 * <pre>{@code
 * java -Xmx256m -cp <classpath> dev.alexandria.benchmarks.ImportBenchmark 500 target/offer-500mb.json
 * }</pre>
 *
 * (or {@code alexandria-benchmarks/scripts/import-500mb.sh}). The file is generated once by
 * {@link OfferFileGenerator} and reused.
 *
 * @since 0.1.0
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    /**
     * @param args the size in MB (default 500) and the file (default {@code target/offer-<size>mb.json})
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path file = Path.of(args.length > 1 ? args[1] : "target/offer-" + mb + "mb.json");
        if (!Files.exists(file) || Files.size(file) < mb * 1_000_000L) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            long t = System.nanoTime();
            OfferFileGenerator.Generated g = OfferFileGenerator.write(file, mb * 1_000_000L);
            report("generated %s: %,d bytes, %,d products in %.1f s%n", file, g.bytes(), g.products(),
                    (System.nanoTime() - t) / 1e9);
        }
        AtomicLong prices = new AtomicLong();
        long start = System.nanoTime();
        ImportSummary s = new AwsOfferImporter().importFile(file, p -> prices.incrementAndGet());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        double size = Files.size(file) / 1e6;
        report("imported %,d prices from %,d products of %.0f MB in %.1f s (%.0f MB/s); max heap %d MB, heap "
                + "pools' peaks summed %d MB (an upper bound); skipped %s%n", prices.get(), s.products(), size, seconds, size / seconds,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20, s.skipped());
    }

    private static void report(String format, Object... args) {
        System.out.printf(format, args);
    }
}
