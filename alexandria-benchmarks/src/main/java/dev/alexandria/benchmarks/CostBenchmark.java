package dev.alexandria.benchmarks;

import dev.alexandria.api.CostEstimate;
import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.core.Alexandria;
import dev.alexandria.examples.SampleLibrary;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * Pricing a whole library for the registry and the search facet: the fixed monthly cost of every module, with one
 * engine (its caches shared, as {@code Library.cost} shares them). The library is the bundled sample library's 40
 * modules copied {@code modules / 40} times (their module calls by relative path stay inside each copy), so the
 * resources are real ones. Target: 10,000 modules in under 10 s.
 *
 * <pre>{@code
 * java -cp <classpath> org.openjdk.jmh.Main CostBenchmark -p modules=10000
 * }</pre>
 *
 * @since 0.1.0
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CostBenchmark {

    /** The replicated library. */
    @State(Scope.Benchmark)
    public static class Copies {
        /** How many modules. */
        @Param({"10000"})
        public int modules;

        List<Path> folders;
        Path root;

        /** Writes the copies. */
        @Setup(Level.Trial)
        public void write() throws IOException {
            root = Files.createTempDirectory("alexandria-bench-cost");
            folders = copies(SampleLibrary.path(), root, modules);
        }

        /** Removes them. */
        @TearDown(Level.Trial)
        public void delete() throws IOException {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Prices every module of the copies with one engine (all cores).
     *
     * @param c the copies
     * @return the sum of the fixed monthly costs, so nothing is optimised away
     */
    @Benchmark
    public BigDecimal priceLibrary(Copies c) {
        var builder = Alexandria.builder();
        List<CostEstimate> estimates = c.folders.stream().map(builder::cost).toList();
        return estimates.parallelStream().map(e -> e.estimate().fixedMonthlyUsd()).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    /**
     * Prices every module of the bundled sample library through {@code Library.cost}, one engine for the snapshot.
     *
     * @return the sum of the fixed monthly costs
     */
    @Benchmark
    public BigDecimal priceSampleLibrary() {
        Library lib = Alexandria.open(SampleLibrary.path());
        BigDecimal total = BigDecimal.ZERO;
        for (LibraryModule m : lib.modules()) {
            ModuleCost cost = lib.cost(m.id().value()).estimate();
            total = total.add(cost.fixedMonthlyUsd());
        }
        return total;
    }

    /**
     * Copies a library's {@code _library} tree under {@code root/copy-N/} until there are {@code modules} module
     * folders.
     *
     * @param library the library root
     * @param root    where to write
     * @param modules how many module folders
     * @return the module folders
     * @throws IOException if they cannot be written
     */
    static List<Path> copies(Path library, Path root, int modules) throws IOException {
        Path source = library.resolve("_library");
        List<Path> templates;
        try (Stream<Path> s = Files.walk(source, 3)) {
            templates = s.filter(p -> source.relativize(p).getNameCount() == 3 && Files.isDirectory(p)).sorted()
                    .toList();
        }
        List<Path> out = new ArrayList<>();
        for (int copy = 0; out.size() < modules; copy++) {
            Path dest = root.resolve("copy-" + copy);
            try (Stream<Path> s = Files.walk(source)) {
                for (Path p : s.toList()) {
                    Path target = dest.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            for (Path t : templates) {
                if (out.size() < modules) {
                    out.add(dest.resolve(source.relativize(t).toString()));
                }
            }
        }
        return out;
    }
}
