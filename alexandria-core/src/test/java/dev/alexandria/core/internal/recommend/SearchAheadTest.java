package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The searches a use case's run starts ahead on a second thread are all used by the run: none is work whose result
 * is not read, whatever the plan (a pattern or none, several needs or one, a use case whose text finds nothing).
 */
class SearchAheadTest {

    private static final List<String> USE_CASES = List.of("web application with a database",
            "a firewall and a sql database", "microservices architecture", "microservices", "order processing stack",
            "batch runner", "encrypted storage, with logs and a network for containers", "nothing matches this",
            "queue plus table via functions");

    @Test
    void everySearchStartedAhead_isUsedByTheRun() {
        for (String fixture : List.of("recommend", "recommend-wiring", "recommend-faults", "recommend-one-per-need")) {
            Library library = Alexandria.builder().root(Path.of("src/test/resources/libraries", fixture)).noCache()
                    .open();
            for (String useCase : USE_CASES) {
                int before = Recommender.AHEAD_UNUSED.get();
                library.recommend().forUseCase(useCase).run();
                assertEquals(before, Recommender.AHEAD_UNUSED.get(), fixture + ": " + useCase);
            }
        }
    }
}
