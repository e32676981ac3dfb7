package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pattern does not come first when it would put its own module in place of one the use case names (servers for
 * a container service, an ECS service for Kubernetes, a MySQL database for PostgreSQL), nor when "X for Y" asks for X and the pattern only matches
 * Y; a pattern that fits still does. On the sample library, whose web-application pattern composes an ECS Fargate
 * service and a PostgreSQL database.
 */
class NamedOverPatternTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(SAMPLE).noCache().open();
    }

    private static List<String> ids(String useCase) {
        return RecommendFixture.ids(library.recommend().forUseCase(useCase).run());
    }

    @Test
    void namedServersAndEngine_comeBeforeAPatternThatReplacesThem() {
        // Before: web-app-ecs, rds-postgres and ecs-fargate took ranks 1-3, the MySQL-capable database came 9th.
        List<String> ids = ids("web application on ec2 instances with autoscaling and a mysql database");
        assertFalse(ids.indexOf("web-app-ecs") == 0, ids.toString());
        assertTrue(ids.subList(0, 3).containsAll(List.of("ec2-basic", "ec2-autoscaling", "rds-aurora")),
                ids.toString());
        assertFalse(ids.contains("rds-postgres") && ids.indexOf("rds-postgres") < ids.indexOf("rds-aurora"),
                ids.toString());
    }

    @Test
    void virtualMachinesNamedInOtherWords_comeBeforeAContainerPattern() {
        // Before: web-app-ecs and its parts took ranks 1-6, the autoscaling group came 7th.
        List<String> ids = ids("lift and shift a legacy app onto virtual machines behind a load balancer");
        assertEquals("ec2-autoscaling", ids.get(0), ids.toString());
        assertFalse(ids.indexOf("web-app-ecs") >= 0 && ids.indexOf("web-app-ecs") < ids.indexOf("ec2-autoscaling"),
                ids.toString());
    }

    @Test
    void refusedServers_doNotKeepAServerlessPatternFromComingFirst() {
        // "no servers" names servers the use case does without: they keep no pattern from coming first.
        List<Recommendation> rs = library.recommend()
                .forUseCase("mobile app backend billed per request with no servers to manage").run();
        assertEquals("pattern", rs.get(0).step(), RecommendFixture.ids(rs).toString());
    }

    @Test
    void kubernetesNamed_comesBeforeAPatternOnAnotherPlatform() {
        // Before: web-app-ecs and its ECS Fargate service came first. EKS and ECS share a category: both make a
        // cluster, of another service. Nor does the serverless pattern come first for it.
        List<String> ids = ids("web application on kubernetes with a postgres database");
        assertEquals("eks-standard", ids.get(0), ids.toString());
        assertTrue(ids.subList(0, 3).contains("rds-postgres"), ids.toString());
        assertFalse(ids.subList(0, 3).contains("web-app-ecs") || ids.contains("web-app-serverless"), ids.toString());
        assertEquals("web-app-ecs", ids("web application on ecs with a postgres database").get(0));
    }

    @Test
    void patternsThatFit_stayFirst() {
        assertEquals("web-app-ecs", ids("web application with a database").get(0));
        assertEquals("web-app-ecs", ids("three-tier web app with load balancer and postgres").get(0));
        assertEquals("web-app-serverless", ids("serverless api with user sign-in").get(0));
    }
}
