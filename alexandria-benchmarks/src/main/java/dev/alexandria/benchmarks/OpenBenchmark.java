package dev.alexandria.benchmarks;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * {@code Alexandria.open} of synthetic libraries of 100 to 10,000 modules ({@link SyntheticLibrary}), each run
 * a single open, in a 256 MB heap (the JVM's default in a 1 GiB container):
 *
 * <ul>
 *   <li>{@code coldCache}: the library's cache is empty, as on the first open after a checkout or an upgrade;
 *       the cache is written. Target: under 2 s at 10,000 modules.</li>
 *   <li>{@code warmCache}: nothing changed since the last open. Target: under 300 ms at 10,000 modules.</li>
 *   <li>{@code noCache}: every file read, nothing written ({@code --no-cache}).</li>
 *   <li>{@code warmCacheAndBrowse}: a warm open, then every module's complexity tier, as {@code browse}
 *       prints it (each module's HCL summary from the cache).</li>
 * </ul>
 *
 * <p>Warm-up iterations let the JIT compile the reading code, as in a long-running host; the first open of a
 * fresh JVM, as the command line pays it, is what {@link OpenTiming} measures.
 *
 * <pre>{@code
 * java -cp <classpath> org.openjdk.jmh.Main OpenBenchmark -p modules=10000
 * java -cp <classpath> org.openjdk.jmh.Main 'OpenBenchmark.(coldCache|warmCache)$' -p modules=10000 \
 *     -jvmArgsAppend '-Xmx256m -Dalexandria.bench.library=/tmp/lib10k'
 * }</pre>
 * A {@code -jvmArgsAppend} on the command line replaces the one of {@link Fork}, so it repeats {@code -Xmx256m}
 * (without it the fork runs in the JVM's default heap, a quarter of the machine's memory).
 *
 * @since 0.1.0
 */
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OpenBenchmark {

    /**
     * The system property naming a library to open instead of writing one, such as
     * {@code -jvmArgsAppend '-Xmx256m -Dalexandria.bench.library=/tmp/lib10k'} (a {@link SyntheticLibrary} of the size
     * given as {@code -p modules=}; it is read, never changed).
     */
    public static final String LIBRARY_PROPERTY = "alexandria.bench.library";

    /** A synthetic library and a cache folder of its own. */
    @State(Scope.Benchmark)
    public static class Synthetic {
        /** The number of modules. */
        @Param({"100", "1000", "10000"})
        public int modules;

        Path folder;
        Path root;
        Path cache;

        /**
         * Writes the library (or takes the one named by the system property {@value #LIBRARY_PROPERTY}, which
         * saves writing 10,000 module folders for each benchmark) and fills the cache once.
         */
        @Setup(Level.Trial)
        public void write() throws IOException {
            folder = Files.createTempDirectory("alexandria-open-benchmark");
            String given = System.getProperty(LIBRARY_PROPERTY, "");
            root = given.isEmpty() ? SyntheticLibrary.write(folder.resolve("lib"), modules, 42) : Path.of(given);
            cache = folder.resolve("cache");
            Library lib = Alexandria.builder().root(root).cacheDirectory(cache).open();
            lib.modules().forEach(LibraryModule::complexity);
        }

        /** Removes the library and its cache. */
        @TearDown(Level.Trial)
        public void delete() {
            SyntheticLibrary.delete(folder);
        }
    }

    /** An empty cache folder before every open. */
    @State(Scope.Thread)
    public static class EmptyCache {
        Path cache;

        /**
         * Empties the cache folder.
         *
         * @param library the library
         */
        @Setup(Level.Invocation)
        public void empty(Synthetic library) {
            cache = library.folder.resolve("cold-cache");
            SyntheticLibrary.delete(cache);
        }
    }

    /**
     * Opens with an empty cache.
     *
     * @param library the library
     * @param empty   the empty cache folder
     * @return the library
     */
    @Benchmark
    public Library coldCache(Synthetic library, EmptyCache empty) {
        return Alexandria.builder().root(library.root).cacheDirectory(empty.cache).open();
    }

    /**
     * Opens with a cache that is up to date.
     *
     * @param library the library
     * @return the library
     */
    @Benchmark
    public Library warmCache(Synthetic library) {
        return Alexandria.builder().root(library.root).cacheDirectory(library.cache).open();
    }

    /**
     * Opens without a cache.
     *
     * @param library the library
     * @return the library
     */
    @Benchmark
    public Library noCache(Synthetic library) {
        return Alexandria.builder().root(library.root).noCache().open();
    }

    /**
     * Opens with an up-to-date cache and reads every module's complexity tier.
     *
     * @param library the library
     * @return the number of modules of the most common tier, so nothing is optimised away
     */
    @Benchmark
    public long warmCacheAndBrowse(Synthetic library) {
        Library lib = Alexandria.builder().root(library.root).cacheDirectory(library.cache).open();
        return lib.modules().stream().map(LibraryModule::complexity).distinct().count();
    }
}
