package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.InputVariable;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
        assertEquals(List.of("provides id for ecs_vpc_id, a required input of ecs-app"), network.evidence());
        assertTrue(rs.stream().filter(r -> r.module().id().value().equals("vpc-endpoints"))
                .allMatch(r -> r.evidence().stream().noneMatch(e -> e.contains("ecs_vpc_id"))), rs.toString());
    }

    @Test
    void input_isFilledByAModuleMakingTheKindItsDescriptionNames_notAnotherThingOfTheSameNoun() {
        // cluster_arn of ecs-app is "an existing ECS cluster"; aurora-db outputs a cluster_arn of an RDS cluster.
        List<Recommendation> rs = library.recommend().forUseCase("microservices app").run();
        assertTrue(rs.stream().flatMap(r -> r.evidence().stream()).noneMatch(e -> e.contains("cluster_arn")),
                rs.toString());
        LibraryModule app = library.module("ecs-app").orElseThrow();
        LibraryModule aurora = library.module("aurora-db").orElseThrow();
        // The input as wiring reads it, from the module's cached summary: required, with its description.
        ModuleFacts.Input clusterArn = ModuleFacts.inputs(app).stream()
                .filter(v -> v.name().equals("cluster_arn")).findFirst().orElseThrow();
        assertEquals(ModuleFacts.Input.of(app.interfaceSpec().variables().stream()
                .filter(v -> v.name().equals("cluster_arn")).findFirst().orElseThrow()), clusterArn);
        Set<String> kind = Wiring.qualifiers(clusterArn.description(), "cluster",
                List.of("aws_ecs_cluster", "aws_rds_cluster"));
        assertEquals(Set.of("ecs"), kind);
        assertFalse(Wiring.provides(aurora, "cluster_arn", kind));
        // Without the description's kind the bare noun is all there is, and the Aurora module's output fits it.
        assertTrue(Wiring.provides(aurora, "cluster_arn", Set.of()));
        // "The VPC subnets" names no kind of resource (no aws_vpc_subnet): no qualifier.
        assertEquals(Set.of(), Wiring.qualifiers("IDs of the VPC subnets.", "subnet",
                List.of("aws_vpc", "aws_subnet")));
    }

    @Test
    void outputNamedForTheNoun_isTheWholeResource_andProvidesTheInput() {
        // app-logs outputs its log group as `log_group` (the resource object), which gives log_group_arn.
        LibraryModule logs = library.module("app-logs").orElseThrow();
        assertTrue(Wiring.provides(logs, "log_group_arn"));
        assertFalse(Wiring.provides(logs, "group_arn"), "a bare last word is not enough");
        List<Recommendation> rs = library.recommend().forUseCase("microservices app").run();
        Recommendation r = rs.stream().filter(x -> x.module().id().value().equals("app-logs")).findFirst()
                .orElseThrow(() -> new AssertionError(rs.toString()));
        assertEquals(List.of("provides log_group for log_group_arn, an optional input of ecs-app"), r.evidence());
    }

    @Test
    void inputAndOutputNames_fromTheModulesFacts_areThoseOfItsInterface() {
        // Wiring.provides reads the names from the module's cached summary and the interface only for the
        // description of an output named just id, arn or name (core-network's "The ID of the VPC").
        for (LibraryModule m : library.modules()) {
            assertTrue(m instanceof ModuleFacts, m.id().value());
            assertEquals(m.interfaceSpec().variables().stream().map(InputVariable::name).distinct().sorted().toList(),
                    List.copyOf(ModuleFacts.inputNames(m)), m.id().value());
            assertEquals(m.interfaceSpec().outputs().stream().map(o -> o.name()).distinct().sorted().toList(),
                    List.copyOf(ModuleFacts.outputNames(m)), m.id().value());
        }
        LibraryModule network = library.module("core-network").orElseThrow();
        assertTrue(Wiring.provides(network, "ecs_vpc_id"));
        assertFalse(Wiring.provides(library.module("vpc-endpoints").orElseThrow(), "ecs_vpc_id"));
    }

    @Test
    void noModuleNamedForANounOrMakingIt_mayNotProvideIt_soItIsNotSearched() {
        LibraryModule network = library.module("core-network").orElseThrow();
        assertTrue(Wiring.mayProvide(network, "ecs vpc"));
        assertFalse(Wiring.mayProvide(network, "task role policy"));
        assertFalse(Wiring.provides(network, "task_role_policy_arn"));
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
