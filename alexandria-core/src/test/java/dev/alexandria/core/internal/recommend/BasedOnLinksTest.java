package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code --based-on} lists what the wiring of a use case's plan links in either direction (an output of one whose
 * name and kind an input of the other takes, an input whose description names the other by its id) and what a
 * use case's plan calls an add-on of the module, and two add-ons of it are not named as alternatives of each other
 * (the bundled sample library).
 */
class BasedOnLinksTest {

    private static Library library;

    @BeforeAll
    static void open() {
        library = RecommendFixture.sample();
    }

    private static Optional<Recommendation> find(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst();
    }

    @Test
    void aModuleWhoseOutputAnInputOfTheOtherTakes_isListedInBothDirections() {
        List<Recommendation> roles = library.recommend().basedOn("iam-roles").limit(20).run();
        Recommendation eks = find(roles, "eks-standard").orElseThrow(() -> new AssertionError(roles.toString()));
        assertTrue(eks.evidence().contains("provides oidc_provider_arn, an input of iam-roles"), eks.evidence()
                .toString());
        List<Recommendation> cluster = library.recommend().basedOn("eks-standard").limit(20).run();
        Recommendation r = find(cluster, "iam-roles").orElseThrow(() -> new AssertionError(cluster.toString()));
        assertTrue(r.evidence().contains("takes oidc_provider_arn, which eks-standard outputs"), r.evidence()
                .toString());
        Recommendation sg = find(cluster, "securitygroup").orElseThrow(() -> new AssertionError(cluster.toString()));
        assertTrue(sg.evidence().contains("provides security_group_id for additional_security_group_ids, an input"
                + " of eks-standard"), sg.evidence().toString());
    }

    @Test
    void anInputWhoseDescriptionNamesTheOtherById_linksThem() {
        List<Recommendation> asg = library.recommend().basedOn("ec2-autoscaling").limit(20).run();
        Recommendation r = find(asg, "iam-roles").orElseThrow(() -> new AssertionError(asg.toString()));
        assertTrue(r.evidence().get(0).startsWith("provides instance_profile_name for iam_instance_profile_name, an"
                + " input of ec2-autoscaling whose description names iam-roles"), r.evidence().toString());
        List<Recommendation> roles = library.recommend().basedOn("iam-roles").limit(20).run();
        assertTrue(find(roles, "ec2-autoscaling").isPresent(), roles.toString());
    }

    @Test
    void aBareServiceWordInADescriptionNamesNoModule() {
        var kms = library.module("kms").orElseThrow();
        var roles = library.module("iam-roles").orElseThrow();
        assertFalse(Links.namesId("ARN of the KMS key.", kms));
        assertTrue(Links.namesId("Key (from the kms module).", kms));
        assertTrue(Links.namesId("Instance profile (for example from iam-roles with x).", roles));
        assertFalse(Links.namesId("Roles of IAM.", roles));
    }

    @Test
    void anAddOnOfTheModule_isListedWithTheUseCaseRuleEvidence() {
        List<Recommendation> cluster = library.recommend().basedOn("eks-standard").limit(20).run();
        Recommendation addons = find(cluster, "eks-addons").orElseThrow();
        assertTrue(addons.evidence().contains("an add-on of eks-standard: takes cluster_name (a required input),"
                + " which eks-standard makes"), addons.evidence().toString());
    }
}
