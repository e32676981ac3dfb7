package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An action on a thing is no request to make the thing (issue 12): in "backups of databases and file systems", what
 * the backups cover exists already, so it raises no need of its own, implies none and is not searched.
 */
class ActedOnTest {

    private static Library library;

    @BeforeAll
    static void open() {
        library = RecommendFixture.sample();
    }

    private static List<String> plan(String useCase) {
        return RecommendFixture.ids(Recommender.of(library).forUseCase(useCase).run());
    }

    @Test
    void whatAnActionActsOn_isLeftOutOfTheUseCase() {
        assertEquals("backups with retention",
                Recommender.withoutActedOn("backups of databases and file systems with retention"));
        assertEquals("monitoring", Recommender.withoutActedOn("monitoring for our ecs services and rds databases"));
        assertEquals("alarms", Recommender.withoutActedOn("alarms on lambda errors"));
        assertEquals("audit logs", Recommender.withoutActedOn("audit logs of all api calls"));
        assertEquals("encryption keys", Recommender.withoutActedOn("encryption keys for s3 buckets and ebs volumes"));
        // a second action joined by "and" is a need again, with its own thing left out
        assertEquals("backups and alarms", Recommender.withoutActedOn("backups of our databases and alarms on them"));
        assertEquals("snapshots", Recommender.withoutActedOn("snapshots of volumes, disks and buckets"));
    }

    @Test
    void aThingSaidToBeNewOrTheWholeScope_isReadAsBefore() {
        assertEquals("backups for a new postgres database",
                Recommender.withoutActedOn("backups for a new postgres database"));
        assertEquals("backups of new file systems", Recommender.withoutActedOn("backups of new file systems"));
        // the whole scope of the action is no thing in it
        assertEquals("central audit logging for the organization with long-term log archive",
                Recommender.withoutActedOn("central audit logging for the organization with long-term log archive"));
    }

    /** The head decides, not "of" or "for" alone: what the words of other heads name is still asked for. */
    @Test
    void otherHeads_keepTheirWords() {
        for (String text : List.of("process a continuous feed of sensor readings as they arrive and keep the raw records",
                "a data stream with seven days of retention",
                "redis cache for sessions", "kubernetes cluster for stateful databases",
                "monitoring with dashboards, logs and tracing", "postgres with read replicas and backups",
                "audit every api call in the organization and alert on suspicious activity")) {
            assertEquals(text, Recommender.withoutActedOn(text));
        }
    }

    @Test
    void actionsJoinedByAnd_actOnTheThingAfterBoth() {
        assertEquals("monitoring and alerting",
                Recommender.withoutActedOn("monitoring and alerting for our existing rds databases and load balancers"));
        assertEquals("dashboards and alerts", Recommender.withoutActedOn("dashboards and alerts for the api gateway"));
        assertEquals("monitoring and tracing", Recommender.withoutActedOn("monitoring and tracing for our lambda functions"));
    }

    /** What the use case says is there already ("our existing …") is no need, wherever it stands. */
    @Test
    void existingThings_areNoNeedWhereverTheyStand() {
        assertEquals("an ecs service with a redis cache",
                Recommender.withoutActedOn("an ecs service for our existing vpc with a redis cache"));
        // where a need goes says what kind of thing it is: nodes of a cluster
        assertEquals("add a group of spot worker nodes to our existing eks cluster",
                Recommender.withoutActedOn("add a group of spot worker nodes to our existing eks cluster"));
        assertEquals("a redis cache", Recommender.withoutActedOn("our existing vpc and subnets with a redis cache"));
        assertEquals("a new vpc", Recommender.withoutActedOn("a new vpc"));
    }

    @Test
    void monitoringAndAlertingForOurExistingDatabases_makesNoDatabase() {
        List<String> ids = plan("monitoring and alerting for our existing rds databases and load balancers");
        for (String made : List.of("rds-postgres", "rds-aurora", "secretsmanager", "vpc-standard", "vpc-basic")) {
            assertFalse(ids.contains(made), made + " in " + ids);
        }
        assertTrue(ids.contains("cloudwatch-dashboards") || ids.contains("sns"), ids.toString());
    }

    @Test
    void backupsOfDatabasesAndFileSystems_makeNoDatabaseFileSystemOrSecret() {
        List<Recommendation> plan = Recommender.of(library)
                .forUseCase("backups of databases and file systems with retention").run();
        List<String> ids = RecommendFixture.ids(plan);
        for (String made : List.of("rds-postgres", "rds-aurora", "rds-mysql-legacy", "secretsmanager")) {
            assertFalse(ids.contains(made), made + " in " + ids);
        }
        // the sample has no backup service: its file system may be listed for its own backups, not as one asked for
        for (Recommendation r : plan) {
            assertTrue(r.evidence().stream().noneMatch(e -> e.contains("file system") || e.contains("database")),
                    r.module().id().value() + ": " + r.evidence());
        }
    }

    @Test
    void monitoringForOurServices_listsMonitoringNotTheServices() {
        List<String> ids = plan("monitoring for our ecs services and rds databases");
        assertTrue(ids.contains("cloudwatch-dashboards") || ids.contains("cloudwatch-logs"), ids.toString());
        for (String made : List.of("ecs-fargate", "rds-postgres", "rds-aurora", "web-app-ecs")) {
            assertFalse(ids.contains(made), made + " in " + ids);
        }
    }
}
