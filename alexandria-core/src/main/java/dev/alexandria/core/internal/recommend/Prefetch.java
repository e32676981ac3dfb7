package dev.alexandria.core.internal.recommend;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.internal.discovery.SearchService;
import java.util.concurrent.FutureTask;

/**
 * What a recommendation reads whatever its search finds, read on a second thread while the main thread searches:
 * the library's recommendation configuration ({@link RecommendConfig#read(Library)}), every module's registry entry
 * (the score's popularity is relative to the largest download count) and the built-in vocabulary's synonym groups
 * ({@link Recommender#sense}). While the use case's search runs, the main thread mostly waits for the search index
 * to open on a thread of its own, so with a second core these reads cost the run no wall time.
 *
 * <p>Nothing here decides anything: the registry entries and the vocabulary are computed once per library and
 * JVM, by whichever thread asks first (the other waits for them), and the configuration is read once, by this
 * thread or, if it has not started it yet, by the thread that asks ({@link #config()}), which then gets the same
 * value or exception a read of its own would have given. The plan reads them as before, in the same order.
 *
 * <p>Thread-safe.
 */
final class Prefetch {

    /** The name of the second thread. */
    static final String THREAD_NAME = "alexandria-recommend-read";

    private final FutureTask<RecommendConfig> config;

    private Prefetch(Library library) {
        this.config = new FutureTask<>(() -> RecommendConfig.read(library));
    }

    /**
     * Starts reading, on a daemon thread (a run that fails before it needs them does not wait for it).
     *
     * @param library the library recommended from
     * @return the reads under way
     */
    static Prefetch start(Library library) {
        Prefetch p = new Prefetch(library);
        Thread t = new Thread(() -> p.run(library), THREAD_NAME);
        t.setDaemon(true);
        t.start();
        return p;
    }

    private void run(Library library) {
        config.run();
        try {
            for (LibraryModule m : library.modules()) {
                m.registryEntry();
            }
            Recommender.sense("");
        } catch (RuntimeException e) {
            // Read again by the plan, which then fails as it would have without this thread.
        }
    }

    /**
     * The library's recommendation configuration, read by this call's thread if the second thread has not begun
     * it.
     *
     * @return what {@link RecommendConfig#read(Library)} returns
     * @throws RuntimeException the exception {@link RecommendConfig#read(Library)} threw
     */
    RecommendConfig config() {
        config.run(); // a no-op when the second thread ran it or is running it
        return SearchService.joined(config,
                "reading the recommendation configuration");
    }
}
