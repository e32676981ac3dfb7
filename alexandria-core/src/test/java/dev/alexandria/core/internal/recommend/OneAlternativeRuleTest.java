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
 * One rule of what an alternative is ({@link Alternatives}), for a use case's plan and for {@code --based-on}
 * ({@code libraries/recommend-companions}): two EKS cluster modules are alternatives; an add-on module made for Argo
 * CD that takes a cluster's name and endpoint is a companion of either, never an alternative, though all three make
 * EKS resources. Before, the plan named the add-on module "an alternative, not listed" of the cluster, or left it out
 * as a near-identical alternative.
 */
class OneAlternativeRuleTest {

    private static final Path FIXTURE = Path.of("src/test/resources/libraries/recommend-companions");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(FIXTURE).noCache().open();
    }

    private static LibraryModule module(String id) {
        return library.requireModule(id);
    }

    @Test
    void aModuleTakingWhatAnotherMakes_isNeverItsAlternative() {
        Alternatives rule = Alternatives.in(library);
        assertTrue(rule.of(module("eks-lite"), module("eks-cluster")));
        assertTrue(rule.of(module("eks-cluster"), module("eks-lite")));
        assertFalse(rule.of(module("eks-gitops-addons"), module("eks-cluster")));
        assertFalse(rule.of(module("eks-cluster"), module("eks-gitops-addons")));
        assertFalse(rule.of(module("eks-cluster"), module("eks-cluster")), "no module is its own alternative");
        assertEquals(Optional.of("it takes cluster_name, which eks-cluster makes"),
                rule.companion(module("eks-cluster"), module("eks-gitops-addons")));
        assertEquals(Optional.empty(), rule.companion(module("eks-cluster"), module("eks-lite")));
    }

    @Test
    void thePlansRules_useTheSameRule() {
        Alternatives rule = Alternatives.in(library);
        assertFalse(Recommender.alternative(rule, module("eks-gitops-addons"), List.of(module("eks-cluster"))));
        assertTrue(Recommender.alternative(rule, module("eks-lite"), List.of(module("eks-gitops-addons"),
                module("eks-cluster"))));
        // every EKS type the add-on module is named for (aws_eks_addon) is made by the cluster module too, but it
        // goes with the cluster: it makes something new for it
        assertFalse(Recommender.nearIdentical(rule, module("eks-gitops-addons"), List.of(module("eks-cluster"))));
    }

    @Test
    void forAUseCase_theAddOnModuleIsListed_notNamedAnAlternative() {
        List<Recommendation> rs = library.recommend().forUseCase("eks cluster with argocd").run();
        List<String> ids = rs.stream().map(r -> r.module().id().value()).toList();
        assertTrue(ids.contains("eks-gitops-addons"), ids.toString());
        for (Recommendation r : rs) {
            for (String e : r.evidence()) {
                assertFalse(e.startsWith("alternatives, not listed") && e.contains("eks-gitops-addons"),
                        r.module().id() + ": " + e);
            }
        }
    }

    @Test
    void basedOnACluster_theAddOnModuleIsACompanion_theOtherClusterAnAlternative() {
        List<Recommendation> rs = library.recommend().basedOn("eks-cluster").run();
        assertTrue(evidence(rs, "eks-gitops-addons").contains("a companion in compute/containers, not an alternative: "
                + "it takes cluster_name, which eks-cluster makes"), evidence(rs, "eks-gitops-addons").toString());
        assertTrue(evidence(rs, "eks-lite").stream().anyMatch(e -> e.startsWith("an alternative in compute/containers")),
                evidence(rs, "eks-lite").toString());
    }

    private static List<String> evidence(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst().orElseThrow().evidence();
    }
}
