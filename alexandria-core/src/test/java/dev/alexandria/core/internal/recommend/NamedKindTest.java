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
 * A use case that names the service it wants, or qualifies a kind it implies: the thing a need names is its head
 * word ("registry" of "a private registry"), and an implied kind the use case's own named module already is
 * ("container orchestration" next to "on ecs") gets no second module. Fixture {@code recommend-named-kind}: two ECS
 * modules, an EKS add-ons bundle the search ranks first for "container orchestration", a container registry, a
 * private S3 bucket and a load balancer.
 */
class NamedKindTest {

    private static final Path ROOT = Path.of("src/test/resources/libraries/recommend-named-kind");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(ROOT).noCache().open();
    }

    private static Recommendation of(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + RecommendFixture.ids(rs)));
    }

    @Test
    void aQualifiedNeedIsAnsweredByWhatMakesItsHead_notByAModuleSharingTheQualifier() {
        // Before: the private bucket was the "best match for 'private registry'" ('private' in its id and name),
        // and the registry came only as what 'containerized' implies.
        List<Recommendation> rs = library.recommend()
                .forUseCase("containerized microservices on ecs behind an alb with a private registry").run();
        List<String> ids = RecommendFixture.ids(rs);
        assertFalse(ids.contains("private-bucket"), ids.toString());
        Recommendation ecr = of(rs, "ecr");
        assertEquals("need", ecr.step(), ecr.evidence().toString());
        assertTrue(ecr.evidence().get(0).startsWith("best match for 'private registry', a container registry"),
                ecr.evidence().toString());
    }

    @Test
    void anImpliedKindTheNamedServiceIs_getsNoSecondModule() {
        // Before: 'microservices' implies container orchestration, and the EKS add-ons bundle (the search's first
        // hit for it) came next to the ECS service the use case names.
        for (String useCase : List.of("microservices on ecs",
                "containerized microservices on ecs behind an alb with a private registry")) {
            List<Recommendation> rs = library.recommend().forUseCase(useCase).run();
            List<String> ids = RecommendFixture.ids(rs);
            assertFalse(ids.contains("eks-addons-bundle"), useCase + ": " + ids);
            assertTrue(rs.stream().anyMatch(r -> r.evidence().stream()
                    .anyMatch(e -> e.startsWith("meets container orchestration"))), useCase + ": " + rs);
        }
        List<Recommendation> ecs = library.recommend().forUseCase("microservices on ecs").run();
        assertEquals("ecs-service", RecommendFixture.ids(ecs).get(0), RecommendFixture.ids(ecs).toString());
    }

    @Test
    void anImpliedKindNoNamedModuleIs_stillGetsItsModule() {
        // Nothing named: what 'microservices' implies is planned as before.
        List<String> ids = RecommendFixture.ids(library.recommend().forUseCase("microservices").run());
        assertTrue(ids.contains("ecr"), ids.toString());
        assertTrue(ids.stream().anyMatch(i -> i.startsWith("ecs-") || i.startsWith("eks-")), ids.toString());
    }

    @Test
    void aWordOfANeedTheChosenModuleAnswers_bringsNoLateModule() {
        // Sample library: the API gateway answers 'my public api'; before, a VPC came as "another match for the
        // use case" for 'public' (its public subnets), a word no module above was said to match.
        List<Recommendation> rs = RecommendFixture.sample().recommend()
                .forUseCase("ddos protection for my public api").run();
        List<String> ids = RecommendFixture.ids(rs);
        assertTrue(ids.subList(0, 2).containsAll(List.of("waf", "apigateway-rest")), ids.toString());
        assertTrue(ids.stream().noneMatch(i -> i.startsWith("vpc-")), ids.toString());
    }
}
