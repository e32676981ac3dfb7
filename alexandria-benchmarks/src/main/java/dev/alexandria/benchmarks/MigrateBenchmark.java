package dev.alexandria.benchmarks;

import dev.alexandria.api.model.MigrationPlan;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
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
 * Plans the migration of a folder of 500 real modules (target, issue 15: under 5 s): the top-level modules of
 * the real-module corpus ({@code alexandria-benchmarks/eval/real-modules}, laid out flat at {@code $REAL_FLAT},
 * default {@code /work/eval/real-modules/flat}) copied round-robin until there are 500, with their nested
 * {@code modules/*}, each read, inspected and inferred. With {@code git=true} the folder is one git repository
 * with one commit, so the plan also walks its history and tags.
 *
 * <pre>{@code
 * java -cp <classpath> org.openjdk.jmh.Main MigrateBenchmark -wi 2 -i 5 -f 1
 * }</pre>
 *
 * @since 0.4.0
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MigrateBenchmark {

    /** The number of top-level modules planned: {@value}. */
    public static final int MODULES = 500;

    /** The folder of 500 modules, built once. */
    @State(Scope.Benchmark)
    public static class Folder {
        /** Whether the folder is a git repository (history and tags read too). */
        @Param({"false", "true"})
        public boolean git;

        Path dir;

        /**
         * Copies the corpus into a temporary folder.
         *
         * @throws IOException if the copy fails
         */
        @Setup(Level.Trial)
        public void setup() throws IOException {
            Path corpus = Path.of(System.getenv().getOrDefault("REAL_FLAT", "/work/eval/real-modules/flat"));
            if (!Files.isDirectory(corpus)) {
                throw new IllegalStateException("no real-module corpus at " + corpus + "; lay it out with"
                        + " alexandria-benchmarks/eval/real-modules/materialize.sh or set REAL_FLAT");
            }
            dir = Files.createTempDirectory("migrate-bench");
            copyCorpus(corpus, dir, MODULES);
            if (git) {
                try (Git g = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
                    PersonIdent who = new PersonIdent("bench", "bench@example.com");
                    g.add().addFilepattern(".").call();
                    g.commit().setMessage("500 modules").setAuthor(who).setCommitter(who).setSign(false).call();
                } catch (GitAPIException e) {
                    throw new IOException(e);
                }
            }
        }

        /**
         * Deletes the folder.
         *
         * @throws IOException if it cannot be deleted
         */
        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Copies the corpus's top-level modules round-robin into {@code into} until there are {@code n}.
     *
     * @param corpus the flat corpus
     * @param into   the target folder
     * @param n      how many modules
     * @throws IOException if a copy fails
     */
    public static void copyCorpus(Path corpus, Path into, int n) throws IOException {
        List<Path> modules = new ArrayList<>();
        try (Stream<Path> s = Files.list(corpus)) {
            s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                    .forEach(modules::add);
        }
        for (int i = 0; i < n; i++) {
            Path from = modules.get(i % modules.size());
            Path to = into.resolve(from.getFileName() + "-" + (i / modules.size()));
            try (Stream<Path> files = Files.walk(from)) {
                files.forEach(p -> {
                    try {
                        Path target = to.resolve(from.relativize(p).toString());
                        if (Files.isSymbolicLink(p)) {
                            return;
                        }
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(p, target);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    /**
     * Plans the folder.
     *
     * @param folder the folder of 500 modules
     * @return the plan
     */
    @Benchmark
    public MigrationPlan plan(Folder folder) {
        return Alexandria.migrate(folder.dir).plan();
    }
}
