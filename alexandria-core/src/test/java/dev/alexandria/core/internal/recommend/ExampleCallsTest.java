package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module calls of example folders through the library's cache: read as HCL once, then from the cache while
 * the examples are unchanged; a changed, added or removed file or folder is seen on the next request.
 */
class ExampleCallsTest {

    private static final String VPC_BASIC = "foundations/networking/vpc-basic";
    private static final String SQL_DB = "data/databases/sql-db";
    private static final String LOG_SINK = "observability/logging/log-sink";

    @TempDir
    Path temp;
    private Path root;
    private Path cache;

    @BeforeEach
    void copyFixture() throws IOException {
        root = RecommendFixture.copy(temp.resolve("lib"));
        cache = temp.resolve("cache");
    }

    /** The example evidence of one module in the recommendations based on another, from a fresh open. */
    private static List<String> examplesOf(Library library, String basedOn, String module) {
        return library.recommend().basedOn(basedOn).limit(50).run().stream()
                .filter(r -> r.module().id().value().equals(module)).findFirst()
                .map(Recommendation::evidence).orElse(List.of()).stream()
                .filter(e -> e.startsWith("used together in") && e.contains("example")).toList();
    }

    private List<String> cached(String basedOn, String module) {
        return examplesOf(Alexandria.builder().root(root).cacheDirectory(cache).open(), basedOn, module);
    }

    /** How many example folders a request read as HCL. */
    private int readsOf(Runnable request) {
        int before = ExampleCalls.READS.get();
        request.run();
        return ExampleCalls.READS.get() - before;
    }

    private void write(String folder, String file, String... modules) throws IOException {
        Path dir = root.resolve("_examples").resolve(folder);
        Files.createDirectories(dir);
        String up = "../".repeat(folder.split("/").length + 1);
        StringBuilder tf = new StringBuilder();
        for (int i = 0; i < modules.length; i++) {
            tf.append("module \"").append(file.replace(".tf", "")).append(i).append("\" {\n  source = \"")
                    .append(up).append("_library/").append(modules[i]).append("\"\n}\n");
        }
        Files.writeString(dir.resolve(file), tf.toString());
    }

    @Test
    void unchangedExamples_comeFromTheCache_andEveryChangeIsSeen() throws IOException {
        List<String> starter = List.of("used together in 1 example: _examples/starter");
        assertTrue(readsOf(() -> assertEquals(starter, cached("vpc-basic", "log-sink"))) > 0);
        assertEquals(0, readsOf(() -> assertEquals(starter, cached("vpc-basic", "log-sink"))), "unchanged");

        // A changed file: the starter now uses the database instead of the network.
        write("starter", "main.tf", SQL_DB, LOG_SINK);
        assertEquals(List.of(), cached("vpc-basic", "log-sink"));
        assertEquals(starter, cached("sql-db", "log-sink"));
        assertEquals(0, readsOf(() -> assertEquals(starter, cached("sql-db", "log-sink"))), "unchanged");

        // A file added to an example folder.
        write("starter", "network.tf", VPC_BASIC);
        assertEquals(starter, cached("vpc-basic", "log-sink"));
        assertEquals(0, readsOf(() -> assertEquals(starter, cached("vpc-basic", "sql-db"))), "unchanged");

        // An example folder added.
        write("second", "main.tf", VPC_BASIC, LOG_SINK);
        assertEquals(List.of("used together in 2 examples: _examples/second, _examples/starter"),
                cached("vpc-basic", "log-sink"));

        // A file removed, then a folder.
        Files.delete(root.resolve("_examples/starter/network.tf"));
        assertEquals(List.of("used together in 1 example: _examples/second"), cached("vpc-basic", "log-sink"));
        Files.delete(root.resolve("_examples/second/main.tf"));
        Files.delete(root.resolve("_examples/second"));
        assertEquals(List.of(), cached("vpc-basic", "log-sink"));
        assertEquals(starter, cached("sql-db", "log-sink"));
    }

    @Test
    void withoutACache_theExamplesAreReadOnEveryRequest_withTheSameEvidence() {
        List<String> starter = List.of("used together in 1 example: _examples/starter");
        for (int i = 0; i < 2; i++) {
            assertTrue(readsOf(() -> assertEquals(starter, examplesOf(Alexandria.builder().root(root).noCache()
                    .open(), "vpc-basic", "log-sink"))) > 0);
        }
        assertEquals(starter, cached("vpc-basic", "log-sink"));
        assertEquals(starter, examplesOf(Alexandria.builder().root(root).noCache().open(), "vpc-basic", "log-sink"));
    }
    /**
     * The example folders one request reads once ({@link Examples.Folders}) give every call the examples a call of
     * its own gives, for every module and both kinds of call, with and without a cache; and a request after a
     * change walks the folders again and sees it.
     */
    @Test
    void foldersReadOnceARequest_giveWhatEachCallReadsItself_andALaterRequestSeesAChange() throws IOException {
        for (boolean withCache : new boolean[] {true, false}) {
            java.util.function.Supplier<Library> open = () -> withCache
                    ? Alexandria.builder().root(root).cacheDirectory(cache).open()
                    : Alexandria.builder().root(root).noCache().open();
            Library library = open.get();
            Examples.Folders folders = Examples.Folders.of(library);
            for (dev.alexandria.api.model.LibraryModule m : library.modules()) {
                for (boolean ownOnly : new boolean[] {true, false}) {
                    assertEquals(Examples.of(library, List.of(m), ownOnly), Examples.of(folders, List.of(m), ownOnly),
                            m.id() + " ownOnly " + ownOnly + " cache " + withCache);
                }
            }
            assertEquals(Examples.of(library, null, false), Examples.of(folders, null, false));
            assertTrue(Examples.of(folders, null, false).stream().anyMatch(e -> e.path().equals("_examples/starter")),
                    "the fixture's starter example is read");
        }
        Library library = Alexandria.builder().root(root).cacheDirectory(cache).open();
        Examples.Folders before = Examples.Folders.of(library);
        write("second", "main.tf", VPC_BASIC, LOG_SINK);
        assertTrue(Examples.of(before, null, false).stream().noneMatch(e -> e.path().equals("_examples/second")),
                "folders read before the change");
        assertTrue(Examples.of(Examples.Folders.of(library), null, false).stream()
                .anyMatch(e -> e.path().equals("_examples/second")), "a later request walks the folders again");
    }
}
