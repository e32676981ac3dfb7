package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a recommendation reads on a second thread is what it would have read itself: the same value or error. */
class PrefetchTest {

    @TempDir
    Path temp;

    private Library open(Path root) {
        return Alexandria.builder().root(root).cacheDirectory(temp.resolve("cache")).open();
    }

    @Test
    void theConfiguration_isTheLibrarysOwn_readOnce() throws IOException {
        Path root = RecommendFixture.copy(temp.resolve("lib"));
        Files.writeString(root.resolve(RecommendConfig.FILE), "weights:\n  cost: 0.2\n");
        Library library = open(root);
        Prefetch reads = Prefetch.start(library);
        RecommendConfig config = reads.config();
        assertEquals(RecommendConfig.read(library), config);
        assertEquals(0.2, config.weights().cost());
        assertEquals(config, reads.config()); // asked again: the same read, not another
    }

    @Test
    void aBadConfiguration_failsTheAskingThread_withTheErrorAReadOfItsOwnGives() throws IOException {
        Path root = RecommendFixture.copy(temp.resolve("lib"));
        Library library = open(root);
        Files.writeString(root.resolve(RecommendConfig.FILE), "weights:\n  cost: -1\n");
        String own = assertThrows(CatalogException.class, () -> RecommendConfig.read(root)).getMessage();
        for (int i = 0; i < 2; i++) {
            Prefetch reads = Prefetch.start(library);
            assertEquals(own, assertThrows(CatalogException.class, reads::config).getMessage());
            assertEquals(own, assertThrows(CatalogException.class, reads::config).getMessage());
        }
    }
}
