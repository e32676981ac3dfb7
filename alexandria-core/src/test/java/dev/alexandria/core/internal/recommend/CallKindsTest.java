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
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a module call's name or an input's name asks for is of one kind, on {@code libraries/recommend-call-kinds}:
 * a pattern calling ECS alarms and ECS autoscaling modules from elsewhere, and taking a target group's ARN, next
 * to RDS alarms, ECS alarms, an ECS cluster and a security group whose output {@code arn} is its own.
 */
class CallKindsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/libraries/recommend-call-kinds");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(FIXTURE);
    }

    private static LibraryModule module(String id) {
        return library.requireModule(id);
    }

    private static Optional<Recommendation> in(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst();
    }

    @Test
    void standsIn_namesTheCallsSubjectAndHalfItsWords() {
        Set<String> services = Set.of("ecs", "cloudwatch", "autoscaling", "lb", "s3");
        List<String> alarms = Wiring.callWords("cloudposse/ecs-cloudwatch-sns-alarms/aws");
        assertEquals(List.of("ecs", "cloudwatch", "sns", "alarms"), alarms);
        // Three of four words shared, but alarms of another service.
        assertFalse(Wiring.standsIn(module("rds-cloudwatch-sns-alarms"), alarms, services));
        assertTrue(Wiring.standsIn(module("ecs-alarms"), alarms, services));
        // The subject alone of three words: a cluster is no autoscaling policy.
        List<String> autoscaling = Wiring.callWords("cloudposse/ecs-cloudwatch-autoscaling/aws");
        assertFalse(Wiring.standsIn(module("ecs-cluster"), autoscaling, services));
        assertTrue(Wiring.standsIn(module("alb"), Wiring.callWords("cloudposse/alb-ingress/aws"), services));
        assertTrue(Wiring.standsIn(module("ecs-cluster"), List.of("ecs"), services));
        assertFalse(Wiring.standsIn(module("ecs-cluster"), List.of(), services));
        // A first word that is no cloud service only qualifies the thing named after it.
        assertTrue(Wiring.standsIn(module("rds-cloudwatch-sns-alarms"), List.of("secure", "alarms"), services));
        assertFalse(Wiring.standsIn(module("rds-cloudwatch-sns-alarms"), List.of("s3", "alarms"), services));
    }

    @Test
    void plan_standsInOnlyWithAModuleOfTheCallsSubject() {
        List<Recommendation> rs = library.recommend().forUseCase("web stack").run();
        assertEquals("web-stack", rs.get(0).module().id().value(), rs.toString());
        assertTrue(in(rs, "ecs-alarms").orElseThrow(() -> new AssertionError(rs.toString())).evidence().get(0)
                .startsWith("stands in for module call 'ecs_cloudwatch_sns_alarms'"), rs.toString());
        assertTrue(rs.stream().flatMap(r -> r.evidence().stream()).noneMatch(
                e -> e.contains("ecs_cloudwatch_autoscaling")), rs.toString());
        assertTrue(in(rs, "rds-cloudwatch-sns-alarms").stream().flatMap(r -> r.evidence().stream())
                .noneMatch(e -> e.startsWith("stands in")), rs.toString());
    }

    @Test
    void bareArnOutput_feedsOnlyAnInputNamingWhatTheModuleMakes() {
        LibraryModule sg = module("security-group");
        // "The created Security Group ARN" is no target group's ARN, though both nouns end in "group".
        assertFalse(Wiring.provides(sg, "nlb_ingress_target_group_arn"));
        assertTrue(Wiring.provides(sg, "security_group_arn"));
        assertTrue(Wiring.provides(sg, "allowed_security_group_arn"));
        List<Recommendation> rs = library.recommend().forUseCase("web stack").run();
        assertTrue(rs.stream().flatMap(r -> r.evidence().stream()).noneMatch(
                e -> e.contains("nlb_ingress_target_group_arn")), rs.toString());
    }
}
