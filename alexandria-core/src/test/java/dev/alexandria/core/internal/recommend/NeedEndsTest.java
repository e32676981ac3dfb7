package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.Recommendation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A need's words end on the thing it names: a participle whose complement follows the separator ("backed" of
 * "backed by dynamodb") is no part of it, and a stage with a general word for the user's own
 * system ("a production service") names no need.
 */
class NeedEndsTest {

    @Test
    void aParticipleBeforeASeparator_isNoPartOfTheNeed() {
        assertEquals(List.of("serverless rest api", "dynamodb"),
                Recommender.needs("serverless rest api backed by dynamodb"));
        assertEquals(List.of("containers", "ecs"), Recommender.needs("containers running on ecs"));
        assertEquals(List.of("a website", "s3"), Recommender.needs("a website hosted on s3"));
        assertEquals(List.of("an app", "postgres"), Recommender.needs("an app built with postgres"));
        assertEquals(Map.of("serverless rest api", "", "dynamodb", "by"),
                Recommender.joins("serverless rest api backed by dynamodb"));
    }

    @Test
    void aPassiveClauseBeforeASeparator_isNoPartOfTheNeed() {
        assertEquals(List.of("a function", "s3 uploads"),
                Recommender.needs("a function which is triggered by s3 uploads"));
        // an active verb stays: it tells the search what is to run the job
        assertEquals(List.of("nightly batch job that runs", "a schedule"),
                Recommender.needs("nightly batch job that runs on a schedule"));
        // a clause with its object stays: it says what is done to what
        assertEquals(List.of("a function that resizes images"),
                Recommender.needs("a function that resizes images"));
    }

    @Test
    void aStageOfTheUsersOwnSystem_isNoNeed() {
        assertEquals(List.of("aurora database"), Recommender.needs("aurora database for a production service"));
        assertEquals(List.of("redis cache"), Recommender.needs("redis cache for our staging app"));
    }

    @Test
    void aPlanShowsTheNeedWithoutItsDanglingWords() {
        List<Recommendation> rs = RecommendFixture.sample().recommend().forUseCase(
                "aurora database for a production service").run();
        rs.forEach(r -> r.evidence().forEach(e -> assertTrue(!e.contains("production service"), e)));
    }
}
