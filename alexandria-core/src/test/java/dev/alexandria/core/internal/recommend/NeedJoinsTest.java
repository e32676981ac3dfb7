package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.Recommendation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the word joining a need to the part before it is read (issue 12): what follows "with" or "and" is what the
 * subject's module is to have, what follows "for" what the thing before is used for, unless their words name a kind
 * of module of their own.
 */
class NeedJoinsTest {

    private static Library library;

    @BeforeAll
    static void open() {
        library = RecommendFixture.sample();
    }

    private static List<String> ids(List<Recommendation> rs) {
        return RecommendFixture.ids(rs);
    }

    private static List<String> evidence(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst().orElseThrow().evidence();
    }

    @Test
    void joins_nameTheWordBeforeEachNeed() {
        assertEquals(Map.of("redis cache", "", "sessions", "for", "postgres", "in front of"),
                Recommender.joins("redis cache for sessions in front of postgres"));
        assertEquals(List.of("postgres", "read replicas", "backups"),
                List.copyOf(Recommender.joins("postgres with read replicas, and backups").keySet()));
        assertEquals(Map.of("postgres", "", "read replicas", "with", "backups", ","),
                Recommender.joins("postgres with read replicas, backups"));
        assertEquals(Map.of("vpc", "", "nat gateways", "with"), Recommender.joins("vpc with nat gateways on aws"));
    }

    /** A separator word inside a phrase naming one thing splits nothing: "hub" is no need of its own. */
    @Test
    void aSeparatorInsideAPhraseOfOneThing_splitsNoNeed() {
        assertEquals(List.of("hub and spoke network", "centralized egress firewall"),
                Recommender.needs("hub and spoke network with centralized egress firewall"));
        assertEquals(Map.of("hub and spoke network", "", "centralized egress firewall", "with"),
                Recommender.joins("hub and spoke network with centralized egress firewall"));
        // a phrase of the search vocabulary too
        assertEquals(List.of("identity and access management roles", "a vpc"),
                Recommender.needs("identity and access management roles and a vpc"));
        // the words apart are still separate needs
        assertEquals(List.of("a hub", "a spoke"), Recommender.needs("a hub and a spoke"));
    }

    @Test
    void aPropertyAfterWith_foundOnlyByAnotherKindOfTheSubjectsLayer_isAFeatureTheSubjectLacks_notASecondModule() {
        // Before, DynamoDB (global-table replica_regions) was the "best match for 'read replicas'" and a Redis
        // replication group came "also for 'read replicas'" next to the PostgreSQL database.
        for (String useCase : List.of("postgres with read replicas and backups", "postgres with read replicas",
                "postgres, read replicas and backups")) {
            Recommend r = library.recommend().forUseCase(useCase).limit(20);
            List<Recommendation> rs = r.run();
            assertEquals("rds-postgres", ids(rs).get(0), useCase + ": " + ids(rs));
            assertFalse(ids(rs).contains("dynamodb") || ids(rs).contains("elasticache-redis"),
                    useCase + ": " + rs.stream().map(x -> x.module().id() + " " + x.evidence()).toList());
            // The sample's Aurora cluster has readers (its reader endpoint): the feature is not uncovered, and the
            // PostgreSQL instance, which makes no replica, says which module has it. Before, "uncovered: read
            // replicas: no module of the library makes it".
            assertFalse(r.uncovered().contains("read replicas"), useCase + ": " + r.uncovered());
            assertTrue(evidence(rs, "rds-postgres").contains(
                    "lacks 'read replicas', asked with it: rds-aurora, another module of its kind, has it"),
                    useCase + ": " + evidence(rs, "rds-postgres"));
        }
        // a later need naming a thing of its own stays a need: DynamoDB named, a cache asked for
        assertTrue(ids(library.recommend().forUseCase("postgres with dynamodb").run()).contains("dynamodb"));
        assertTrue(ids(library.recommend().forUseCase("postgres with a redis cache").run())
                .contains("elasticache-redis"));
    }

    @Test
    void whatFollowsFor_isWhatTheThingBeforeIsUsedFor_unlessItNamesAKindOfModule() {
        // Before, "sessions" was a need of its own, answered by an EC2 instance's Session Manager access.
        Recommend r = library.recommend().forUseCase("redis cache for sessions in front of postgres").limit(20);
        List<Recommendation> rs = r.run();
        assertEquals(List.of("elasticache-redis", "rds-postgres"), ids(rs).subList(0, 2));
        assertFalse(ids(rs).contains("ec2-basic"), ids(rs).toString());
        assertTrue(evidence(rs, "elasticache-redis").contains("for 'sessions', what it is used for"),
                evidence(rs, "elasticache-redis").toString());
        assertEquals(List.of(), r.uncovered());
        // "for lambda functions" names a kind of module: a need of its own
        assertTrue(ids(library.recommend().forUseCase("encrypted secrets for lambda functions").run())
                .containsAll(List.of("secretsmanager", "lambda-basic")));
    }

    @Test
    void aQualifiedPartTheSubjectsModuleMakes_isAFeatureOfIt_notTheModuleMadeForTheQualifier() {
        // The cluster makes node groups: before, "autoscaling nodes" got an EC2 Auto Scaling group (and what it
        // uses) as a need of its own.
        List<Recommendation> rs = library.recommend().forUseCase("k8s cluster with autoscaling nodes").limit(20).run();
        assertEquals("eks-standard", ids(rs).get(0), ids(rs).toString());
        assertEquals(List.of("best match for 'k8s cluster' with 'autoscaling nodes', a feature of it"),
                evidence(rs, "eks-standard").subList(0, 1));
        assertFalse(ids(rs).contains("ec2-autoscaling") || ids(rs).contains("ecs-fargate"), ids(rs).toString());
        // asked for as a thing of its own, the Auto Scaling group still comes
        assertTrue(ids(library.recommend().forUseCase("web servers in an autoscaling group").run())
                .contains("ec2-autoscaling"));
    }

    @Test
    void theWordsOfANeedBesidesThoseImplyingKinds_namingNoKind_areThePurposeTheImpliedModulesServe() {
        // Before, 'order processing' was neither answered nor uncovered: the event bus implied by 'event-driven'
        // took the whole need as answered.
        Recommend r = library.recommend().forUseCase("event-driven order processing");
        List<Recommendation> rs = r.run();
        assertEquals("eventbridge-bus", ids(rs).get(0), ids(rs).toString());
        assertTrue(evidence(rs, "eventbridge-bus").contains("for 'order processing', what the use case is for"),
                evidence(rs, "eventbridge-bus").toString());
        assertEquals(List.of(), r.uncovered());
    }
}
