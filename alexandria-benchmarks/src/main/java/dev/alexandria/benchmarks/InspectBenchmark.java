package dev.alexandria.benchmarks;

import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.core.Alexandria;
import dev.alexandria.core.internal.inspect.InspectOptions;
import dev.alexandria.core.internal.inspect.ModuleInspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of module inspection, from {@code .tf} source to {@code ModuleInterface}.
 *
 * <ul>
 *   <li>{@code inspectCorpus}: one thread reads a corpus of 200 synthetic modules held in memory; the
 *       {@code megabytes} counter is the throughput in MB/s (target: at least 40).</li>
 *   <li>{@code inspectLibraryParallel}: all cores read a synthetic library of 1,000 module folders on disk;
 *       the score is whole libraries per second, the {@code megabytes} counter MB/s.</li>
 *   <li>{@code inspectFolder}: one thread reads every folder with {@code .tf} files below {@code -p folder=...}
 *       (a real module repository such as terraform-aws-modules/terraform-aws-vpc: its root module,
 *       {@code modules/*}, {@code examples/*}) through the public API, {@code Alexandria.inspect(folder)},
 *       files read from disk each time; the {@code megabytes} counter is MB/s (target: at least 80 for
 *       terraform-aws-vpc). Without {@code -p folder} it reads the synthetic corpus written to disk.</li>
 * </ul>
 *
 * <pre>{@code
 * java -cp <classpath> org.openjdk.jmh.Main InspectBenchmark -wi 3 -i 5 -f 1
 * java -cp <classpath> org.openjdk.jmh.Main InspectBenchmark.inspectFolder -p folder=/path/to/terraform-aws-vpc
 * }</pre>
 *
 * @since 0.1.0
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InspectBenchmark {

    private static final ModuleInspector INSPECTOR = new ModuleInspector();

    /** The in-memory corpus. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<Map<String, String>> modules;
        double megabytes;

        /** Generates the corpus. */
        @Setup(Level.Trial)
        public void generate() {
            modules = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < 200; i++) {
                Map<String, String> m = SyntheticModules.module(i, 42);
                modules.add(m);
                for (String s : m.values()) {
                    bytes += s.getBytes(StandardCharsets.UTF_8).length;
                }
            }
            megabytes = bytes / 1_000_000.0;
        }
    }

    /** A synthetic library of 1,000 module folders in a temporary directory. */
    @State(Scope.Benchmark)
    public static class Library {
        List<Path> folders;
        Path root;
        double megabytes;

        /** Writes the library. */
        @Setup(Level.Trial)
        public void write() throws IOException {
            root = Files.createTempDirectory("alexandria-bench-library");
            folders = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < 1000; i++) {
                Path dir = Files.createDirectories(root.resolve("_library/layer" + (i % 7) + "/cat" + (i % 13)
                        + "/module-" + i));
                for (Map.Entry<String, String> f : SyntheticModules.module(i, 7).entrySet()) {
                    byte[] b = f.getValue().getBytes(StandardCharsets.UTF_8);
                    Files.write(dir.resolve(f.getKey()), b);
                    bytes += b.length;
                }
                folders.add(dir);
            }
            megabytes = bytes / 1_000_000.0;
        }

        /** Removes the library. */
        @TearDown(Level.Trial)
        public void delete() throws IOException {
            try (Stream<Path> s = Files.walk(root)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /** The module folders below {@code -p folder}, or the synthetic corpus written to a temporary directory. */
    @State(Scope.Benchmark)
    public static class Folders {
        /** The folder to read; empty for the synthetic corpus. */
        @Param({""})
        public String folder;
        List<Path> folders;
        Path temporary;
        double megabytes;

        /**
         * Finds the module folders.
         *
         * @throws IOException if the folder cannot be read
         */
        @Setup(Level.Trial)
        public void find() throws IOException {
            Path root;
            if (folder.isBlank()) {
                temporary = Files.createTempDirectory("alexandria-bench-folders");
                for (int i = 0; i < 200; i++) {
                    Path dir = Files.createDirectories(temporary.resolve("module-" + i));
                    for (Map.Entry<String, String> f : SyntheticModules.module(i, 42).entrySet()) {
                        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
                    }
                }
                root = temporary;
            } else {
                root = Path.of(folder);
            }
            long bytes = 0;
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".tf") && Files.isRegularFile(p)).sorted()
                        .toList();
            }
            for (Path f : files) {
                bytes += Files.size(f);
            }
            folders = files.stream().map(Path::getParent).distinct().toList();
            if (folders.isEmpty()) {
                throw new IllegalArgumentException("No .tf files below " + root);
            }
            megabytes = bytes / 1_000_000.0;
        }

        /**
         * Removes the synthetic corpus, if one was written.
         *
         * @throws IOException if it cannot be removed
         */
        @TearDown(Level.Trial)
        public void delete() throws IOException {
            if (temporary != null) {
                try (Stream<Path> s = Files.walk(temporary)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    /** Counts megabytes read; JMH reports it per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Read {
        /** Megabytes read (reported as MB/s). */
        public double megabytes;
    }

    /**
     * Reads the whole in-memory corpus on one thread.
     *
     * @param corpus the corpus
     * @param read   the MB counter
     * @param bh     sink
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void inspectCorpus(Corpus corpus, Read read, Blackhole bh) {
        for (int i = 0; i < corpus.modules.size(); i++) {
            ModuleInterface mi = INSPECTOR.inspectSources("m" + i, corpus.modules.get(i), InspectOptions.defaults());
            bh.consume(mi);
        }
        read.megabytes += corpus.megabytes;
    }

    /**
     * Reads the 1,000-module library from disk on all cores.
     *
     * @param library the library
     * @param read    the MB counter
     * @return the total number of variables, so nothing is optimised away
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public long inspectLibraryParallel(Library library, Read read) {
        long vars = library.folders.parallelStream()
                .mapToLong(f -> INSPECTOR.inspect(f, InspectOptions.defaults()).ownVariableCount()).sum();
        read.megabytes += library.megabytes;
        return vars;
    }

    /**
     * Reads every module folder below {@code -p folder} on one thread, through the public API.
     *
     * @param folders the folders
     * @param read    the MB counter
     * @param bh      sink
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void inspectFolder(Folders folders, Read read, Blackhole bh) {
        for (int i = 0; i < folders.folders.size(); i++) {
            bh.consume(Alexandria.inspect(folders.folders.get(i)));
        }
        read.megabytes += folders.megabytes;
    }
}
