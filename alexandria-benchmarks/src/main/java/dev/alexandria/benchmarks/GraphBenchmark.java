package dev.alexandria.benchmarks;

import dev.alexandria.api.ModuleNotFoundException;
import dev.alexandria.api.model.Catalog;
import dev.alexandria.api.model.CatalogSettings;
import dev.alexandria.api.model.DependencyPolicy;
import dev.alexandria.api.model.GraphCheck;
import dev.alexandria.api.model.Layer;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.MaturityLevel;
import dev.alexandria.api.model.MaturityModel;
import dev.alexandria.api.model.ModuleId;
import dev.alexandria.api.model.ModuleInterface;
import dev.alexandria.api.model.ModuleMetadata;
import dev.alexandria.api.model.ModuleRegistry;
import dev.alexandria.api.model.ModuleRequirement;
import dev.alexandria.api.model.SearchIndexConfig;
import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.api.model.TagTaxonomy;
import dev.alexandria.api.model.Taxonomy;
import dev.alexandria.api.model.VersionConstraint;
import dev.alexandria.core.internal.graph.GraphLocations;
import dev.alexandria.core.internal.graph.LibraryGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Builds, resolves and checks the dependency graph of a synthetic library of 10,000 modules with 50,000
 * declared edges (each module requires five random modules of its own or a lower layer, with constraints every
 * version allows), in {@code -Xmx256m} (target: under 200 ms warm for {@link #buildAndCheck}).
 *
 * <pre>{@code
 * java -Xmx256m -cp <classpath> org.openjdk.jmh.Main GraphBenchmark -wi 3 -i 5 -f 1
 * }</pre>
 *
 * @since 0.2.0
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphBenchmark {

    /** The number of modules: {@value}. */
    public static final int MODULES = 10_000;
    /** The number of declared requires per module: {@value} (50,000 edges in all). */
    public static final int EDGES_PER_MODULE = 5;

    /** The synthetic library, built once. */
    @State(Scope.Benchmark)
    public static class Library {
        List<LibraryModule> modules;
        Catalog catalog;
        /**
         * The library root: an empty folder of its own outside any git work tree, as a library that is not in git
         * (resolution looks for release tags in the root's repository; the folder the benchmark is started from
         * may be a checkout with tags of its own).
         */
        Path root;

        /**
         * Builds the modules and the library folder.
         *
         * @throws IOException if the temporary folder cannot be made
         */
        @Setup
        public void setup() throws IOException {
            root = Files.createTempDirectory("alexandria-graph-benchmark");
            modules = modules(MODULES, EDGES_PER_MODULE, 42);
            catalog = new Catalog(ModuleRegistry.empty(), new Taxonomy(DependencyPolicy.DEFAULT, List.of()),
                    TagTaxonomy.empty(), new MaturityModel(List.of(), List.of()), SearchIndexConfig.empty(),
                    CatalogSettings.defaults());
        }

        /**
         * Deletes the library folder.
         *
         * @throws IOException if it cannot be deleted
         */
        @TearDown
        public void tearDown() throws IOException {
            Files.deleteIfExists(root);
        }
    }

    /**
     * Modules {@code m0 … m(n-1)}; module {@code i} requires {@code perModule} distinct modules below it, so the
     * graph is acyclic and every edge points to the same or a lower layer.
     *
     * @param n         the number of modules
     * @param perModule the requires per module (fewer for the first modules)
     * @param seed      the random seed
     * @return the modules
     */
    public static List<LibraryModule> modules(int n, int perModule, long seed) {
        Random random = new Random(seed);
        Layer[] layers = Layer.values();
        List<LibraryModule> out = new ArrayList<>(n);
        VersionConstraint any = VersionConstraint.parse(">= 1.0.0");
        for (int i = 0; i < n; i++) {
            Layer layer = layers[(int) ((long) i * layers.length / n)];
            List<ModuleRequirement> requires = new ArrayList<>();
            java.util.Set<Integer> picked = new java.util.HashSet<>();
            while (picked.size() < Math.min(perModule, i)) {
                int j = random.nextInt(i);
                if (picked.add(j)) {
                    requires.add(new ModuleRequirement(ModuleId.of("m" + j), any));
                }
            }
            ModuleId id = ModuleId.of("m" + i);
            ModuleMetadata md = ModuleMetadata.builder().id(id).name("M" + i).description("Module " + i + ".")
                    .version("1.0.0").layer(layer).category(layer.id() + "/things").maturity(MaturityLevel.STABLE)
                    .maintainer("team").requires(requires).build();
            out.add(LibraryModule.of(id, layer.id() + "/things/m" + i, Path.of("m" + i), md, Optional.empty(),
                    ModuleInterface.empty("m" + i)));
        }
        return out;
    }

    static LibraryGraph graph(Path root, List<LibraryModule> modules, Catalog catalog) {
        GraphLocations at = new GraphLocations() {
            @Override
            public SourceLocation requirement(ModuleId module, int index) {
                return SourceLocation.of(module.value(), index + 1, 1);
            }

            @Override
            public SourceLocation metadata(ModuleId module) {
                return SourceLocation.of(module.value());
            }
        };
        return new LibraryGraph(root, modules, catalog, id -> {
            if (!ModuleId.isValid(id)) {
                throw new ModuleNotFoundException(id, null);
            }
            return ModuleId.of(id);
        }, at, Clock.systemUTC());
    }

    /**
     * Builds the graph, checks it (cycles, layer rule, deprecated dependencies, version and provider conflicts)
     * and resolves the module with the largest closure.
     *
     * @param lib the library
     * @return the check, so the work is not optimised away
     */
    @Benchmark
    public GraphCheck buildAndCheck(Library lib) {
        LibraryGraph graph = graph(lib.root, lib.modules, lib.catalog);
        GraphCheck check = graph.check();
        graph.of("m" + (MODULES - 1)).resolve();
        return check;
    }
}
