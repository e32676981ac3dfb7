package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults of a use case's plan, each fixed by a general rule ({@code libraries/recommend-faults}): words about an
 * action are no need, an input is filled by a module whose outputs provide it (not by one whose name holds its
 * words), and an implied need no module makes is uncovered rather than answered by the best search hit.
 */
class UseCaseFaultsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/libraries/recommend-faults");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(FIXTURE);
    }

    @Test
    void needs_wordsAboutAnActionOnWhatIsNamed_areNoNeed() {
        assertEquals(List.of("ci/cd pipeline that builds a docker image", "github", "ecs"),
                Recommender.needs("ci/cd pipeline that builds a docker image from github and deploys it to ecs"));
        assertEquals(List.of("store files in a bucket"), Recommender.needs("store files in a bucket and serve them"));
        // A pronoun in a longer part leaves the part a need: it names a kind ("an autoscaling group").
        assertEquals(List.of("virtual machines", "launch them in an autoscaling group"),
                Recommender.needs("virtual machines and launch them in an autoscaling group"));
    }

    @Test
    void input_isFilledByAModuleWhoseOutputsProvideIt_notByOneNamedLikeIt() {
        // ecs_vpc_id: vpc-endpoints is named for a VPC but only passes its vpc_id input through; core-network's
        // output "id" is "The ID of the VPC".
        List<Recommendation> rs = library.recommend().forUseCase("microservices app").run();
        assertEquals("ecs-app", rs.get(0).module().id().value());
        Recommendation network = rs.stream().filter(r -> r.module().id().value().equals("core-network"))
                .findFirst().orElseThrow(() -> new AssertionError(rs.toString()));
        assertEquals(List.of("provides ecs_vpc_id, a required input of ecs-app"), network.evidence());
        assertTrue(rs.stream().filter(r -> r.module().id().value().equals("vpc-endpoints"))
                .allMatch(r -> r.evidence().stream().noneMatch(e -> e.contains("ecs_vpc_id"))), rs.toString());
    }

    @Test
    void impliedNeedNoModuleMakes_isUncovered_notAnsweredByTheBestHit() {
        Recommend r = library.recommend().forUseCase("microservices app");
        List<Recommendation> rs = r.run();
        assertEquals(List.of("container registry (implied by 'microservices')"), r.uncovered());
        assertFalse(rs.stream().flatMap(x -> x.evidence().stream()).anyMatch(e -> e.contains("container registry")),
                rs.toString());
    }

    @Test
    void uncovered_isEmptyBeforeARunAndForAModule() {
        Recommend r = library.recommend().basedOn("ecs-app");
        assertEquals(List.of(), r.uncovered());
        r.run();
        assertEquals(List.of(), r.uncovered());
    }
}
