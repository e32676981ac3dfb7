package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults of {@code recommend --based-on} a user trial found (issue 12), each of a kind: a deprecated base did not say
 * so and ranked an alternative above its declared replacement; a module that attaches to others (a WAF) or serves
 * them (a KMS key) got none of them.
 */
class BasedOnFindingsTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(SAMPLE).noCache().open();
    }

    private static List<Recommendation> basedOn(String id) {
        return library.recommend().basedOn(id).limit(20).run();
    }

    private static Optional<Recommendation> find(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst();
    }

    @Test
    void aDeprecatedBase_getsItsDeclaredReplacementFirst_sayingSinceWhenAndWhy_thenTheReplacementsCompanions() {
        List<Recommendation> rs = basedOn("rds-mysql-legacy");
        Recommendation first = rs.get(0);
        assertEquals("rds-aurora", first.module().id().value());
        assertTrue(first.evidence().get(0).startsWith("its declared replacement: rds-mysql-legacy is deprecated since"
                + " 1.9.4 (2026-07-27), to be removed on 2027-06-30: Superseded by rds-aurora"), first.toString());
        assertTrue(rs.stream().allMatch(r -> r.score() <= first.score()), rs.toString());
        // What goes with the replacement, said of it.
        assertTrue(find(rs, "kms").orElseThrow().evidence().stream().anyMatch(e -> e.contains("an input of rds-aurora")),
                rs.toString());
    }

    @Test
    void aModuleWhoseResourceAttachesByAGenericArn_getsTheModulesMakingWhatItAttachesTo_withTheEvidenceNamed() {
        List<Recommendation> rs = basedOn("waf");
        Recommendation api = find(rs, "apigateway-rest").orElseThrow(() -> new AssertionError(rs.toString()));
        assertTrue(api.evidence().contains("its aws_wafv2_web_acl_association protects what its resource_arn takes"
                + " the ARN of: apigateway-rest makes aws_api_gateway_stage"), api.toString());
        assertTrue(api.evidence().contains("takes waf_acl_arn, which waf makes"), api.toString());
        // And the other way round: based on the API, the WAF whose association protects its stage.
        Recommendation waf = find(basedOn("apigateway-rest"), "waf").orElseThrow();
        assertTrue(waf.evidence().contains("waf's aws_wafv2_web_acl_association protects what its resource_arn takes"
                + " the ARN of: apigateway-rest makes aws_api_gateway_stage"), waf.toString());
        // apigateway-rest's own association protects its own stage: nothing of the WAF's.
        assertFalse(waf.evidence().stream().anyMatch(e -> e.startsWith("its aws_wafv2")), waf.toString());
    }

    @Test
    void attachments_needTheAttachingModuleNotToMakeTheTargetItself() {
        Set<String> waf = Set.of("aws_wafv2_web_acl", "aws_wafv2_web_acl_association");
        Set<String> api = Set.of("aws_api_gateway_stage", "aws_wafv2_web_acl_association");
        var a = library.requireModule("waf");
        var b = library.requireModule("apigateway-rest");
        assertTrue(Attachments.between(a, waf, b, api).isPresent());
        assertEquals(Optional.empty(), Attachments.between(b, api, a, Set.of("aws_wafv2_web_acl")));
        assertEquals(Optional.of("apigateway-rest's aws_cloudfront_distribution is protected by what its web_acl_id"
                + " takes the ARN of: waf makes aws_wafv2_web_acl"), Attachments.between(a, waf, b,
                Set.of("aws_cloudfront_distribution")));
    }

    @Test
    void aModuleServingOthers_getsThoseTakingWhatItMakes_ofTheKindTheirInputNames() {
        List<Recommendation> rs = basedOn("kms");
        assertTrue(find(rs, "secretsmanager").orElseThrow().evidence().contains("takes kms_key_arn, which kms makes"),
                rs.toString());
        // An ECS service's cluster_arn ("an existing ECS cluster") is not what an Aurora cluster makes.
        assertFalse(basedOn("rds-aurora").stream().flatMap(r -> r.evidence().stream())
                .anyMatch(e -> e.startsWith("takes cluster")), basedOn("rds-aurora").toString());
    }
}
