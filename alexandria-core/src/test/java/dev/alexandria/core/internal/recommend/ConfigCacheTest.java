package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code _catalog/recommend.yaml} through the library's cache: parsed once per change, errors kept exactly. */
class ConfigCacheTest {


    @TempDir
    Path temp;
    private Path root;
    private Path cache;

    @BeforeEach
    void copyFixture() throws IOException {
        root = RecommendFixture.copy(temp.resolve("lib"));
        cache = temp.resolve("cache");
    }

    private Library open() {
        return Alexandria.builder().root(root).cacheDirectory(cache).open();
    }

    /** Reads the configuration of a fresh open; returns how many YAML texts that parsed. */
    private int parsesOfRead(RecommendConfig[] into) {
        int before = RecommendConfig.PARSES.get();
        into[0] = RecommendConfig.read(open());
        return RecommendConfig.PARSES.get() - before;
    }

    private int parsesOfFailedRead(String[] message) {
        int before = RecommendConfig.PARSES.get();
        // Not through an open: opening reports a bad file itself (LibraryLoader), before recommend reads it.
        message[0] = assertThrows(CatalogException.class, () -> ConfigCache.read(root, cache)).getMessage();
        return RecommendConfig.PARSES.get() - before;
    }

    private static List<String> patterns(RecommendConfig c) {
        return c.implies().stream().map(r -> r.pattern().pattern() + " -> " + r.needs()).toList();
    }

    /**
     * Reads the configuration from the cache in a fresh JVM, printing its weights and the needs of a use case split
     * by the bundled rules' phrases: run by {@link #aConfigurationFromTheCache_loadsNoYamlOrJacksonClass} with the
     * JVM's class-loading log on.
     */
    static final class ReadCached {

        private ReadCached() {
        }

        public static void main(String[] args) {
            System.out.println(ConfigCache.read(Path.of(args[0]), Path.of(args[1])).weights());
            // Splitting a use case into needs reads the bundled rules' phrases ("hub and spoke" is one need).
            System.out.println(Recommender.parts("hub and spoke network and a database").stream()
                    .map(p -> p[1].strip()).toList());
        }
    }

    @Test
    void aConfigurationFromTheCache_loadsNoYamlOrJacksonClass() throws Exception {
        Files.writeString(root.resolve(RecommendConfig.FILE), "weights:\n  cost: 0.2\n");
        RecommendConfig parsed = ConfigCache.read(root, cache);
        Path log = temp.resolve("class-load.log");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                ReadCached.class.getName(), root.toString(), cache.toString()).redirectErrorStream(true).start();
        String output = new String(jvm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(jvm.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(0, jvm.exitValue(), output);
        assertEquals(parsed.weights() + "\n[hub and spoke network, a database]", output.strip());
        List<String> yaml = Files.readAllLines(log).stream()
                .filter(l -> l.contains("com.fasterxml.") || l.contains("org.yaml.") || l.contains(".YamlLimits "))
                .toList();
        assertEquals(List.of(), yaml, "classes a configuration from the cache, and splitting a use case with the "
                + "bundled rules' phrases, do not need");
    }

    @Test
    void secondOpenOfAnUnchangedLibrary_readsTheConfigWithoutParsing_andAnEditIsPickedUp() throws IOException {
        RecommendConfig[] c = new RecommendConfig[1];
        parsesOfRead(c);
        assertEquals(RecommendConfig.defaults().weights(), c[0].weights());
        assertEquals(patterns(RecommendConfig.defaults()), patterns(c[0]));
        assertTrue(Files.exists(cache.resolve(ConfigCache.CACHE_FILE)));

        assertEquals(0, parsesOfRead(c), "no file, unchanged: from the cache");
        assertEquals(RecommendConfig.defaults().weights(), c[0].weights());
        assertEquals(patterns(RecommendConfig.defaults()), patterns(c[0]));

        Path file = root.resolve(RecommendConfig.FILE);
        String text = "weights:\n  cost: 0.2\nimplies:\n  - words: [data lake]\n    needs: [object storage]\n";
        Files.writeString(file, text);
        assertEquals(1, parsesOfRead(c), "a new file is parsed");
        RecommendConfig parsed = RecommendConfig.parse(text, RecommendConfig.FILE, RecommendConfig.defaults());
        assertEquals(parsed.weights(), c[0].weights());
        assertEquals(0, parsesOfRead(c), "unchanged: from the cache");
        assertEquals(parsed.weights(), c[0].weights());
        assertEquals(patterns(parsed), patterns(c[0]));
        assertEquals(List.of(new Implied.Need("object storage", "data lake")), Implied.of("a data lake",
                c[0].implies()));

        // The same size and (likely) the same modification time: compared by content, so still seen.
        Files.writeString(file, text.replace("0.2", "0.3"));
        assertEquals(1, parsesOfRead(c));
        assertEquals(0.3, c[0].weights().cost());

        Files.delete(file);
        parsesOfRead(c);
        assertEquals(RecommendConfig.defaults().weights(), c[0].weights());
    }

    @Test
    void aBadFile_givesTheSameErrorFromTheCache_withoutParsing() throws IOException {
        Files.writeString(root.resolve(RecommendConfig.FILE), "weights:\n  relevanse: 0.3\n");
        String expected = "_catalog/recommend.yaml:2:3: unknown weight 'relevanse'; use relevance, evidence, "
                + "maturity, popularity, cost, complexity (did you mean 'relevance'?)";
        String[] message = new String[1];
        assertEquals(1, parsesOfFailedRead(message));
        assertEquals(expected, message[0]);
        assertEquals(0, parsesOfFailedRead(message));
        assertEquals(expected, message[0]);

        Files.writeString(root.resolve(RecommendConfig.FILE), "weights: [\n");
        parsesOfFailedRead(message);
        String invalid = message[0];
        assertTrue(invalid.startsWith("_catalog/recommend.yaml:"), invalid);
        assertEquals(0, parsesOfFailedRead(message));
        assertEquals(invalid, message[0]);
    }

    @Test
    void recommend_ofACachedLibrary_usesTheCachedConfig() throws IOException {
        Files.writeString(root.resolve(RecommendConfig.FILE), "weights:\n  relevance: 0.7\n");
        List<String> first = open().recommend().forUseCase("web application with a SQL database").run().stream()
                .map(r -> r.module().id().value()).toList();
        int before = RecommendConfig.PARSES.get();
        List<String> second = open().recommend().forUseCase("web application with a SQL database").run().stream()
                .map(r -> r.module().id().value()).toList();
        assertEquals(before, RecommendConfig.PARSES.get());
        assertEquals(first, second);
        assertFalse(first.isEmpty());
    }
}
