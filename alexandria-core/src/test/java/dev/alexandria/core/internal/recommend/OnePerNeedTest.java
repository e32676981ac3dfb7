package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plan holds one module per need ({@code libraries/recommend-one-per-need}): two VPC modules are alternatives of
 * the same need, so the one the consumer's own examples use takes the place of the one found for its input, and
 * the other does not come as well.
 */
class OnePerNeedTest {

    private static final Path FIXTURE = Path.of("src/test/resources/libraries/recommend-one-per-need");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(FIXTURE);
    }

    @Test
    void alternative_isOfTheSameCategoryMakingTheSameKind() {
        LibraryModule lite = library.module("vpc-lite").orElseThrow();
        LibraryModule full = library.module("vpc-full").orElseThrow();
        LibraryModule jobs = library.module("job-runner").orElseThrow();
        assertTrue(Recommender.alternative(full, List.of(lite)));
        assertTrue(Recommender.alternative(lite, List.of(jobs, full)));
        assertFalse(Recommender.alternative(full, List.of(jobs)));
        assertFalse(Recommender.alternative(full, List.of(full)), "a module is no alternative of itself");
    }

    @Test
    void plan_holdsOneNetwork_theOneTheConsumersExamplesUse() {
        List<Recommendation> rs = library.recommend().forUseCase("batch job runner").run();
        List<String> ids = rs.stream().map(r -> r.module().id().value()).toList();
        assertEquals("job-runner", ids.get(0), rs.toString());
        assertTrue(ids.contains("vpc-full"), ids.toString());
        assertFalse(ids.contains("vpc-lite"), ids.toString());
        Recommendation network = rs.get(ids.indexOf("vpc-full"));
        // Chosen for the input by the examples, it names its own output (before, the replaced module's reason stayed).
        assertEquals("provides private_subnet_ids for subnet_ids, a required input of job-runner",
                network.evidence().get(0));
        assertTrue(network.evidence().stream().anyMatch(e -> e.startsWith("used together with job-runner in 1 example")),
                network.evidence().toString());
    }
}
