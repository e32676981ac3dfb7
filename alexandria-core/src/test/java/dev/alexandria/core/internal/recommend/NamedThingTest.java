package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.ComplexityTier;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module named after a thing it does not make loses that thing's need to a module that makes it: VPC Lattice (an
 * application networking service whose resource types only name the VPCs they join) is no VPC; in a plan of ECS
 * services "fargate" is ECS on Fargate, not an EKS Fargate profile, which a Kubernetes plan still gets.
 */
class NamedThingTest {

    private static final Path ROOT = Path.of("src/test/resources/libraries/recommend-named-thing");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(ROOT).noCache().open();
    }

    private static List<Recommendation> plan(String useCase) {
        return library.recommend().forUseCase(useCase).run();
    }

    private static Optional<String> bestFor(List<Recommendation> plan, String need) {
        return plan.stream().filter(r -> r.evidence().stream()
                .anyMatch(e -> e.startsWith("best match for '" + need + "'"))).map(r -> r.module().id().value())
                .findFirst();
    }

    @Test
    void aVpc_isTheModuleMakingOne_notOneNamedAfterTheVpcsItJoins() {
        List<Recommendation> plan = library.recommend().forUseCase("vpc for production workloads")
                .level(ComplexityTier.BASIC).run();
        assertEquals(Optional.of("acme-vpc"), bestFor(plan, "vpc"), plan.toString());
        List<String> ids = RecommendFixture.ids(plan);
        assertEquals("acme-vpc", ids.get(0), ids.toString());
    }

    @Test
    void fargate_inAPlanOfEcsServices_isEcsOnFargate() {
        List<Recommendation> plan = plan("containerized web service on fargate");
        assertEquals(Optional.of("acme-ecs-fargate"), bestFor(plan, "fargate"), plan.toString());
        List<String> ids = RecommendFixture.ids(plan);
        assertFalse(ids.contains("acme-eks-fargate-profile"), ids.toString());
    }

    @Test
    void fargate_inAKubernetesPlan_isStillTheFargateProfile() {
        List<String> ids = RecommendFixture.ids(plan("eks cluster with pods on fargate"));
        assertTrue(ids.contains("acme-eks-cluster"), ids.toString());
        assertTrue(ids.contains("acme-eks-fargate-profile"), ids.toString());
    }

    @Test
    void serversWithoutAutoscaling_stayASingleInstance() {
        List<Recommendation> plan = plan("an ec2 instance with a mysql database");
        assertEquals(Optional.of("acme-ec2-instance"), bestFor(plan, "ec2 instance"), plan.toString());
    }
}
