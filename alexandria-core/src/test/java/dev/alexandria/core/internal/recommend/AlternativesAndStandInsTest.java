package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Near-identical alternatives ({@link Recommender#nearIdentical}) and stand-ins per resource type for what a
 * pattern declares itself ({@link Services#standIns}), on {@code libraries/recommend-alternatives}, where the
 * right answer is known: three bucket modules (two of storage, one of logging), a CDN with its origin bucket, ECS
 * cluster and service modules, two key-value table modules named for no service, a WAN module making a route on
 * the side, and a pattern declaring ECS, DynamoDB and route resources itself.
 */
class AlternativesAndStandInsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/libraries/recommend-alternatives");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(FIXTURE);
    }

    private static LibraryModule module(String id) {
        return library.requireModule(id);
    }

    private static boolean nearIdentical(String id, String... chosen) {
        return Recommender.nearIdentical(module(id), List.of(chosen).stream().map(
                AlternativesAndStandInsTest::module).toList());
    }

    @Test
    void nearIdentical_aSecondBucketModuleMakingNoBucketTypeTheFirstDoesNot_is() {
        assertTrue(nearIdentical("s3-private-bucket", "s3-bucket"));
    }

    @Test
    void nearIdentical_aModuleMakingABucketTypeTheChosenOneDoesNot_isNot() {
        // s3-bucket also makes aws_s3_bucket_policy, which s3-private-bucket does not.
        assertFalse(nearIdentical("s3-bucket", "s3-private-bucket"));
    }

    @Test
    void nearIdentical_onlyWithinItsCategory() {
        // The log bucket makes only aws_s3_bucket, which s3-bucket makes, but it is of observability/logging.
        assertFalse(nearIdentical("s3-log-bucket", "s3-bucket"));
    }

    @Test
    void nearIdentical_aModuleNamingNoServiceItMakes_neverIs() {
        // "CDN with origin" names neither cloudfront nor s3, so nothing tells what it is an alternative of.
        assertFalse(nearIdentical("cdn-origin", "s3-bucket"));
    }

    @Test
    void nearIdentical_notOfItself_norWithNothingChosen() {
        assertFalse(nearIdentical("s3-bucket", "s3-bucket"));
        assertFalse(nearIdentical("s3-private-bucket"));
    }

    private static List<String> standIns(String pattern, String... chosen) {
        return Services.of(library).standIns(module(pattern), List.of(chosen).stream()
                        .map(AlternativesAndStandInsTest::module).toList())
                .stream().map(s -> s.call() + " -> " + s.module().id().value()).toList();
    }

    @Test
    void standIns_perResourceType_modulesNamingTheServiceMostTypesFirst_thenTheMostFocusedMakerOfAll() {
        // ecs: the service module makes two of the three declared types, then the cluster module the third;
        // dynamodb: no module names it, so the most focused module making every declared type of it (kv-table,
        // not big-kv with its bucket and role); route: the WAN module makes aws_route on the side but not
        // aws_route_table, so nothing stands in.
        assertEquals(List.of("ecs -> ecs-service", "ecs -> ecs-cluster", "dynamodb -> kv-table"),
                standIns("svc-stack"));
    }

    @Test
    void standIns_aServiceAChosenModuleMakes_needsNoneMore() {
        assertEquals(List.of("ecs -> ecs-service", "ecs -> ecs-cluster"), standIns("svc-stack", "big-kv"));
    }

    @Test
    void standIns_ofAUtilityProvidersResource_none() {
        // svc-stack and kv-table both declare random_string: a helper of Terraform's random provider, not a cloud
        // service, so kv-table does not stand in for it (it stands in for the table only).
        assertEquals(List.of("ecs -> ecs-service", "ecs -> ecs-cluster", "dynamodb -> kv-table"),
                standIns("svc-stack"));
        assertEquals(List.of("dynamodb -> kv-table"), standIns("svc-stack", "ecs-service", "ecs-cluster"));
        assertTrue(Services.service("random_string").isEmpty());
        assertTrue(Services.service("null_resource").isEmpty());
        assertEquals("s3", Services.service("aws_s3_bucket").orElseThrow());
    }

    @Test
    void repeatsKind_aModuleNamedForAServiceAChosenModuleIsNamedForAndMakes() {
        assertTrue(Recommender.repeatsKind(module("s3-bucket"), List.of(module("s3-private-bucket"))));
        assertFalse(Recommender.repeatsKind(module("s3-bucket"), List.of(module("ecs-cluster"))));
        // cdn-origin is named for no service it makes, so it is never a repeat.
        assertFalse(Recommender.repeatsKind(module("cdn-origin"), List.of(module("s3-bucket"))));
        assertFalse(Recommender.repeatsKind(module("s3-bucket"), List.of(module("s3-bucket"))));
    }

    @Test
    void forUseCase_aPatternsStandInOfAKindAlreadyChosen_comesAfterTheStandInsOfNewKinds() {
        // archive-stack calls a private bucket, a versioned bucket and a container cluster, none of the library:
        // the second bucket module comes after the cluster, though its call comes before.
        List<String> ids = library.recommend().forUseCase("archive stack").run().stream()
                .map(r -> r.module().id().value()).toList();
        assertEquals(List.of("archive-stack", "s3-private-bucket", "ecs-cluster", "s3-bucket"), ids.subList(0, 4),
                ids.toString());
    }

    @Test
    void forUseCase_thePatternFirst_thenItsStandIns_withoutANearIdenticalAlternative() {
        List<String> ids = library.recommend().forUseCase("container service with its cluster, a table and routes").run().stream()
                .map(r -> r.module().id().value()).toList();
        assertEquals("svc-stack", ids.get(0));
        assertTrue(ids.containsAll(List.of("ecs-service", "ecs-cluster", "kv-table")), ids.toString());
        assertTrue(ids.indexOf("kv-table") < ids.indexOf("big-kv") || !ids.contains("big-kv"), ids.toString());
    }
}
