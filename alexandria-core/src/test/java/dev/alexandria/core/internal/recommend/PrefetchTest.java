package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a recommendation reads on a second thread is what it would have read itself: the same value or error. */
class PrefetchTest {

    @TempDir
    Path temp;

    private Library open(Path root) {
        return Alexandria.builder().root(root).cacheDirectory(temp.resolve("cache")).open();
    }

    /** Writes a configuration with a weight below 0 and returns the error a read of its own gives. */
    private static String writeBadConfiguration(Path root) throws IOException {
        Files.writeString(root.resolve(RecommendConfig.FILE), "weights:\n  cost: -1\n");
        return assertThrows(CatalogException.class, () -> RecommendConfig.read(root)).getMessage();
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
        String own = writeBadConfiguration(root);
        for (int i = 0; i < 2; i++) {
            Prefetch reads = Prefetch.start(library);
            assertEquals(own, assertThrows(CatalogException.class, reads::config).getMessage());
            assertEquals(own, assertThrows(CatalogException.class, reads::config).getMessage());
        }
    }

    @Test
    void aBadConfiguration_isReportedBeforeTheUseCaseIsSearched() throws IOException {
        Path root = RecommendFixture.copy(temp.resolve("lib"));
        Library library = open(root);
        String own = writeBadConfiguration(root);
        List<String> searched = new ArrayList<>();
        Library counting = (Library) java.lang.reflect.Proxy.newProxyInstance(Library.class.getClassLoader(),
                new Class<?>[] {Library.class}, (proxy, method, args) -> {
                    if (method.getName().equals("search")) {
                        searched.add(String.valueOf(args[0]));
                    }
                    try {
                        return method.invoke(library, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        assertEquals(own, assertThrows(CatalogException.class,
                () -> Recommender.of(counting).forUseCase("web application with a database").run()).getMessage());
        assertEquals(List.of(), searched, "nothing is searched for a run that cannot score");
    }
}
