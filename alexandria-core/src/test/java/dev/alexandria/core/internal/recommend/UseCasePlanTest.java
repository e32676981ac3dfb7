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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A use case with a pattern whose parts are not all modules of the library: a module call to a registry module
 * outside it, a resource it declares itself, and a required input of a composed module that another module
 * provides ({@code libraries/recommend-wiring}).
 */
class UseCasePlanTest {

    private static final Path FIXTURE = Path.of("src/test/resources/libraries/recommend-wiring");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.open(FIXTURE);
    }

    private static Optional<Recommendation> find(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst();
    }

    @Test
    void pattern_callToAModuleOutsideTheLibrary_getsAStandInNamedByTheCall() {
        List<Recommendation> rs = library.recommend().forUseCase("order processing stack").run();
        assertEquals("order-stack", rs.get(0).module().id().value());
        Recommendation queue = find(rs, "msg-queue").orElseThrow();
        assertEquals(List.of("stands in for module call 'queue' (other-org/queue/aws), which pattern order-stack "
                + "builds without a module of the library"), queue.evidence());
    }

    @Test
    void pattern_resourceItDeclaresItself_isMadeByAModuleOfThatService() {
        List<Recommendation> rs = library.recommend().forUseCase("order processing stack").run();
        Recommendation table = find(rs, "nosql-table").orElseThrow();
        assertEquals(List.of("makes the dynamodb resources pattern order-stack declares itself"), table.evidence());
    }

    @Test
    void requiredInputOfAModuleAddedForARequiredInput_isProvidedToo() {
        // batch-runner takes subnet_ids: net-subnets makes them and takes vpc_id itself, which net-vpc makes.
        List<Recommendation> rs = library.recommend().forUseCase("batch runner").run();
        assertEquals("batch-runner", rs.get(0).module().id().value());
        assertEquals(List.of("provides private_subnet_ids for subnet_ids, a required input of batch-runner"),
                find(rs, "net-subnets").orElseThrow().evidence());
        assertEquals(List.of("provides vpc_id, a required input of net-subnets"),
                find(rs, "net-vpc").orElseThrow().evidence());
    }

    @Test
    void requiredInputReferringToAResource_bringsTheModuleThatMakesIt_thenOptionalOnesOfOtherCategories() {
        List<Recommendation> rs = library.recommend().forUseCase("order processing stack").run();
        Recommendation vpc = find(rs, "net-vpc").orElseThrow();
        assertEquals(List.of("provides vpc_id, a required input of order-service"), vpc.evidence());
        // log_group_name is optional: its module comes after those of required inputs, as its category
        // (observability/logging) is not covered yet.
        Recommendation logs = find(rs, "log-sink").orElseThrow();
        assertEquals(List.of("provides log_group_name, an optional input of order-service"), logs.evidence());
        assertTrue(rs.indexOf(vpc) < rs.indexOf(logs), rs.toString());
    }

    @Test
    void addOn_namedForAServiceAChosenModuleMakes_takingItsResource_comesAfterTheRequiredInputs() {
        List<Recommendation> rs = library.recommend().forUseCase("a key-value table and a message queue").run();
        assertEquals("best match for 'key-value table'", find(rs, "nosql-table").orElseThrow().evidence().get(0));
        Recommendation alarms = find(rs, "dynamodb-alarms").orElseThrow();
        assertEquals(List.of("an add-on of nosql-table: takes table_name (a required input), which nosql-table "
                + "makes"), alarms.evidence());
        assertTrue(alarms.parts().stream().anyMatch(p -> p.name().equals("evidence") && p.value() == 0.5),
                alarms.parts().toString());
    }

    @Test
    void addOn_isNotOneOfAModuleThatMakesNothingOfItsService() {
        // The queue makes no DynamoDB resource: the alarms are no add-on of it, whatever the search finds.
        List<Recommendation> rs = library.recommend().forUseCase("a message queue").run();
        assertTrue(rs.stream().noneMatch(r -> r.evidence().stream().anyMatch(e -> e.startsWith("an add-on"))),
                rs.toString());
    }

    @Test
    void ownDependencies_resolveAReleaseTagOfTheLibrary_withoutTheWholeGraph() {
        Relations own = Relations.own(library);
        assertEquals(java.util.Set.of("order-service"), own.dependencies("order-stack"));
        assertEquals(Optional.of("net-vpc"), Relations.resolve(library, FIXTURE,
                "git::https://git.example.com/platform/modules.git?ref=net-vpc/v1.0.0").map(m -> m.id().value()));
        assertEquals(Optional.empty(), Relations.resolve(library, FIXTURE,
                "git::https://git.example.com/platform/modules.git?ref=v1.0.0").map(m -> m.id().value()));
    }

    @Test
    void useCaseOfSeveralNeeds_eachNeedGetsItsBestModule_withoutAPatternThatAnswersNone() {
        List<Recommendation> rs = library.recommend().forUseCase("a message queue and a key-value table").run();
        assertFalse(rs.get(0).module().id().value().equals("order-stack"), rs.toString());
        assertTrue(find(rs, "msg-queue").orElseThrow().evidence().get(0).startsWith("best match for"));
        assertTrue(find(rs, "nosql-table").orElseThrow().evidence().get(0).startsWith("best match for"));
    }

    @Test
    void needs_areSplitAtConnectingWords() {
        assertEquals(List.of("microservices", "kubernetes", "managing worker nodes"),
                Recommender.needs("microservices on kubernetes without managing worker nodes"));
        assertEquals(List.of("bootstrap terraform in a fresh account", "remote state", "logging"),
                Recommender.needs("bootstrap terraform in a fresh account: remote state and logging"));
    }

    @Test
    void needs_keepHyphenatedWordsWhole_andDropPartsNamingOnlyTheCloud() {
        // accounts, with or without how many, say where the needs apply: no need (NeedScopeTest)
        assertEquals(List.of("service-to-service networking"),
                Recommender.needs("service-to-service networking across accounts"));
        assertEquals(List.of("site-to-site vpn", "the data center"),
                Recommender.needs("site-to-site vpn to the data center"));
        assertEquals(List.of("publish a streamlit app", "a cdn"),
                Recommender.needs("publish a streamlit app on aws with a cdn"));
        // The provider's accounts are where the other needs serve, no need: X-Ray mentions AWS accounts.
        assertEquals(List.of("sso"), Recommender.needs("sso for aws accounts"));
        assertEquals(List.of("sso"), Recommender.needs("sso for many accounts"));
    }

    @Test
    void wiring_nounOfAReference_isTheWordsBeforeItsSuffixInTheSingular() {
        assertEquals(Optional.of("vpc"), Wiring.noun("vpc_id"));
        assertEquals(Optional.of("private subnet"), Wiring.noun("private_subnet_ids"));
        assertEquals(Optional.of("ecs cluster"), Wiring.noun("ecs_cluster_arn"));
        assertEquals(Optional.empty(), Wiring.noun("account_id"));
        assertEquals(Optional.empty(), Wiring.noun("instance_type"));
        assertEquals(Optional.empty(), Wiring.noun("availability_zone_id"));
    }

    @Test
    void wiring_theNameOfTheModulesOwnResource_isNotAReference() {
        LibraryModule queue = library.requireModule("msg-queue");
        String type = queue.interfaceSpec().managedResources().get(0).type();
        String word = type.substring(type.lastIndexOf('_') + 1);
        assertTrue(Wiring.ownName(queue, word + "_name", word), type);
        assertFalse(Wiring.ownName(queue, word + "_arn", word), type);
        assertFalse(Wiring.ownName(queue, "vpc_name", "vpc"), type);
    }

    @Test
    void wiring_callWords_nameWhatTheCallMakes() {
        assertEquals(List.of("eks"), Wiring.callWords("terraform-aws-modules/eks/aws"));
        assertEquals(List.of("iam"), Wiring.callWords("terraform-aws-modules/iam/aws//modules/iam-role"));
        assertEquals(List.of("cloudtrail"), Wiring.callWords("./modules/cloudtrail-baseline"));
        assertEquals(List.of("vpc"), Wiring.callWords("git::https://github.com/acme/terraform-aws-vpc.git?ref=v1"));
        assertEquals(List.of("s3", "bucket"), Wiring.callWords("app.terraform.io/acme/s3-bucket/aws"));
        assertEquals(List.of(), Wiring.callWords("cloudposse/label/null"));
    }
}
