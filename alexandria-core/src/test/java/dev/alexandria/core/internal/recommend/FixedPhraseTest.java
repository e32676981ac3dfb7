package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fixed phrase whose single word means another thing ("at rest", "in transit", "api calls") is read as the
 * phrase: no module is listed for its lone word (a REST API, a transit gateway, an API Gateway).
 */
class FixedPhraseTest {

    private static Library library;

    @BeforeAll
    static void open() {
        library = RecommendFixture.sample();
    }

    private static List<Recommendation> plan(String useCase) {
        return Recommender.of(library).forUseCase(useCase).run();
    }

    @Test
    void theWordsOfAFixedPhrase_areNotAskedAlone() {
        List<String> asking = Recommender.askingWords(List.of("encrypt everything at rest", "tls in transit",
                "audit every api call"));
        for (String alone : List.of("rest", "transit", "api", "call")) {
            assertFalse(asking.contains(alone), alone + " in " + asking);
        }
        assertTrue(asking.containsAll(List.of("encrypt", "tls", "audit")), asking.toString());
        // the words themselves, not in the phrase, are asked
        assertTrue(Recommender.askingWords(List.of("rest api", "transit gateway")).containsAll(
                List.of("rest", "api", "transit")));
    }

    @Test
    void encryptionAtRest_listsNoModuleForRest() {
        List<Recommendation> plan = plan("encrypt everything at rest with customer managed keys and rotate secrets");
        for (Recommendation r : plan) {
            assertTrue(r.evidence().stream().noneMatch(e -> e.contains("'rest'")),
                    r.module().id().value() + ": " + r.evidence());
        }
        assertFalse(RecommendFixture.ids(plan).contains("elasticache-redis"), RecommendFixture.ids(plan).toString());
    }

    @Test
    void auditingApiCalls_listsCloudTrailNotApiGateway() {
        List<String> ids = RecommendFixture.ids(
                plan("audit every api call in the organization and alert on suspicious activity"));
        assertFalse(ids.contains("apigateway-rest"), ids.toString());
        assertTrue(ids.indexOf("cloudtrail") >= 0 && ids.indexOf("cloudtrail") < 8, ids.toString());
    }
}
