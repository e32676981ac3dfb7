package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A need the use case names gets a place among the first ones (the default limit of 8) before the parts of a
 * pattern that answer no need of it; the pattern stays first, and its parts that answer a need (the load balancer a
 * web app implies) stay before the named module. A need the pattern is found for itself (its build pipeline among
 * the first hits of "image builds") keeps the pattern's order. A pattern that alone in the library makes what a
 * need names (an account baseline's password policy, in its own submodule) is asked for though the search ranks it
 * low. On a library whose web-app pattern composes eight modules.
 */
class CrowdedOutTest {

    private static final Path ROOT = Path.of("src/test/resources/libraries/recommend-crowded");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(ROOT).noCache().open();
    }

    private static List<String> ids(String useCase, int limit) {
        return RecommendFixture.ids(library.recommend().forUseCase(useCase).limit(limit).run());
    }

    @Test
    void aNamedNeed_isNotPushedPastTheLimitByThePatternsUnaskedParts() {
        // Before: the pattern and its eight parts took ranks 1-9, the Redis module came 10th.
        List<String> ids = ids("container web app with a redis cache", 8);
        assertEquals("acme-web-app", ids.get(0), ids.toString());
        assertTrue(ids.contains("acme-elasticache-redis"), ids.toString());
    }

    @Test
    void aPartAnsweringANeed_staysBeforeTheNamedModule() {
        List<String> ids = ids("container web app with a redis cache", 20);
        assertTrue(ids.indexOf("acme-alb") < ids.indexOf("acme-elasticache-redis"), ids.toString());
        assertTrue(ids.indexOf("acme-elasticache-redis") < ids.indexOf("acme-alb-alarms"), ids.toString());
    }

    @Test
    void aPatternThatAloneMakesANamedNeed_comesFirst() {
        // Before: the pattern was neither the text's best hit nor its subject's, and did not come at all; its
        // submodule's account password policy is the only one of the library.
        List<String> ids = ids("harden every region of our aws account with a password policy, threat detection"
                + " and recorded configuration", 8);
        assertEquals("acme-account-baseline", ids.get(0), ids.toString());
    }

    @Test
    void aNeedThePatternIsFoundFor_keepsThePatternsOrder() {
        List<String> ids = ids("container web app with image builds", 20);
        assertEquals("acme-web-app", ids.get(0), ids.toString());
        assertTrue(ids.indexOf("acme-image-builder") > ids.indexOf("acme-alb-alarms"), ids.toString());
    }
}
