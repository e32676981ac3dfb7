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
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --based-on}: an alternative could take the module's place (another tier or make of the same thing); a
 * module of the same category that uses it, that it uses, or that takes what it is named for goes with it. Before,
 * {@code eks-addons} was "an alternative" of {@code eks-standard} (both make EKS resources) and {@code vpc-advanced}
 * one of {@code transit-gateway} (both make {@code aws_ec2_transit_gateway_vpc_attachment}), and the reverse.
 */
class CompanionNotAlternativeTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(SAMPLE).noCache().open();
    }

    private static LibraryModule module(String id) {
        return library.module(id).orElseThrow();
    }

    @Test
    void takenInput_isAnInputNamingWhatTheOtherIsNamedForAndMakes() {
        Services services = Services.of(library);
        assertEquals(Optional.of("cluster_name"),
                Recommender.takenInput(module("eks-addons"), services, module("eks-standard")));
        assertEquals(Optional.of("transit_gateway_id"),
                Recommender.takenInput(module("vpc-advanced"), services, module("transit-gateway")));
        assertEquals(Optional.empty(), Recommender.takenInput(module("eks-standard"), services, module("eks-addons")));
        // A subnet group is made on the side by the other database module, which is not named for it.
        assertEquals(Optional.empty(),
                Recommender.takenInput(module("rds-mysql-legacy"), services, module("rds-postgres")));
        // Both make their own subnet group and security group: nothing taken.
        assertEquals(Optional.empty(), Recommender.takenInput(module("rds-aurora"), services, module("rds-postgres")));
        assertEquals(Optional.empty(), Recommender.takenInput(module("vpc-basic"), services, module("vpc-advanced")));
    }

    @Test
    void basedOn_everyModuleOfTheSample_callsAlternativesOnlyWhatCouldTakeItsPlace() {
        Map<String, String> said = new TreeMap<>();
        for (LibraryModule m : library.modules()) {
            for (Recommendation r : library.recommend().basedOn(m.id().value()).limit(100).run()) {
                for (String e : r.evidence()) {
                    if (e.startsWith("an alternative in ") || e.startsWith("a companion in ")) {
                        said.put(m.id().value() + " -> " + r.module().id().value(), e.substring(0, e.indexOf(' ', 3)));
                    }
                }
            }
        }
        Map<String, String> expected = new TreeMap<>();
        for (String pair : new String[] {"vpc-basic -> vpc-standard", "vpc-basic -> vpc-advanced",
                "vpc-standard -> vpc-basic", "vpc-standard -> vpc-advanced", "vpc-advanced -> vpc-basic",
                "vpc-advanced -> vpc-standard", "s3-basic -> s3-advanced", "s3-advanced -> s3-basic",
                "rds-postgres -> rds-aurora", "rds-aurora -> rds-postgres", "rds-mysql-legacy -> rds-postgres",
                "rds-postgres -> rds-mysql-legacy",
                "rds-aurora -> rds-mysql-legacy"}) {
            expected.put(pair, "an alternative");
        }
        for (String pair : new String[] {"eks-standard -> eks-addons", "eks-addons -> eks-standard",
                "transit-gateway -> vpc-advanced", "vpc-advanced -> transit-gateway",
                // same category, no shared service, used together in a pattern (streaming-pipeline, web-app-ecs)
                "kinesis -> sqs", "sqs -> kinesis", "waf -> securitygroup", "securitygroup -> waf",
                // same category, no shared service: the topic's subscription delivers to the queue (Attachments)
                "sns -> sqs", "sqs -> sns",
                // same category, making different services: one takes what the other makes (a private zone's
                // vpc_id, a state machine's lambda_function_arns)
                "dns -> vpc-basic", "vpc-basic -> dns", "vpc-standard -> dns", "vpc-advanced -> dns",
                "step-functions -> lambda-basic", "lambda-basic -> step-functions"}) {
            expected.put(pair, "a companion");
        }
        // rds-aurora is rds-mysql-legacy's declared replacement, said as that (BasedOnFindingsTest), not as an
        // alternative. A deprecated module is recommended only when asked for: rds-mysql-legacy comes from no other module.
        expected.keySet().removeIf(k -> k.endsWith("-> rds-mysql-legacy"));
        assertEquals(expected, said);
    }

    /**
     * A complexity tier's name names a variant, not a service: modules sharing only it share no word (a trial
     * finding: {@code --for "web application with a database"} ended with eks-standard "an add-on of vpc-standard").
     */
    @Test
    void tierNames_areNoSharedWord_soAClusterIsNoAddOnOfANetwork() {
        assertEquals(0, Wiring.sharedWords(module("eks-standard"), module("vpc-standard")));
        assertEquals(0, Wiring.sharedWords(module("ec2-basic"), module("vpc-basic")));
        assertEquals(1, Wiring.sharedWords(module("web-app-ecs"), module("ecs-fargate")), "a service's word counts");
        for (String useCase : List.of("web application with a database", "production network with a postgres database",
                "vpc with nat gateways")) {
            for (Recommendation r : library.recommend().forUseCase(useCase).run()) {
                for (String e : r.evidence()) {
                    assertFalse(e.startsWith("an add-on of vpc-")
                            && List.of("eks-standard", "ec2-basic").contains(r.module().id().value()),
                            useCase + ": " + r.module().id() + " " + e);
                }
            }
        }
    }

    /**
     * A module of the same category making none of its services, used with it in a pattern, is a companion: it was
     * "neither an alternative nor a companion" next to "used together in 1 pattern", which contradicted it.
     */
    @Test
    void sameCategoryUsedTogether_isACompanion_notNeither() {
        List<String> sqs = library.recommend().basedOn("kinesis").run().stream()
                .filter(r -> r.module().id().value().equals("sqs")).findFirst().orElseThrow().evidence();
        assertEquals(List.of("used together in 1 pattern: streaming-pipeline", "a companion in integration/messaging, "
                + "not an alternative: it makes none of the services kinesis makes"), sqs);
        // used with nothing, sharing only the category: no evidence, so not listed (before, "neither an alternative
        // nor a companion" filled the list)
        assertTrue(library.recommend().basedOn("kinesis").limit(100).run().stream()
                .noneMatch(r -> r.module().id().value().equals("sns")));
    }
}
