package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An add-on goes with the module it attaches to, never alone, and only with a module of the kind its input names: a
 * late pick whose base the plan lacks ({@code requires}, or a required input of a kind only that base makes) is not
 * listed, an implied need answered by an add-on and its base gets the base, and an input described as "Name of the
 * EKS cluster" takes no ECS cluster's name.
 */
class AddOnBaseTest {

    @TempDir
    static Path tmp;
    private static Library sample;
    private static Library addOns;
    private static Library library;

    @BeforeAll
    static void open() throws IOException {
        sample = RecommendFixture.sample();
        Path root = tmp.resolve("lib");
        BasedOnFindingsTest.copyTree(RecommendFixture.SAMPLE, root);
        // An add-ons module named for container orchestration, whose cluster_name is an EKS cluster's; like a
        // real one it also makes a rule of a service an ECS cluster module makes (node termination events).
        BasedOnFindingsTest.module(root, "compute/containers", "orchestration-addons",
                "Container orchestration add-ons for EKS", """
                variable "cluster_name" {
                  description = "Name of the EKS cluster"
                  type        = string
                }
                resource "aws_eks_addon" "this" {
                  cluster_name = var.cluster_name
                  addon_name   = "coredns"
                }
                resource "aws_cloudwatch_event_rule" "termination" {
                  name = "${var.cluster_name}-termination"
                }
                """);
        addOns = Alexandria.builder().root(root).noCache().open();
        Path withEcs = tmp.resolve("with-ecs");
        BasedOnFindingsTest.copyTree(root, withEcs);
        root = withEcs;
        BasedOnFindingsTest.module(root, "compute/containers", "ecs-cluster", "ECS Cluster", """
                resource "aws_ecs_cluster" "this" {
                  name = "main"
                }
                resource "aws_cloudwatch_event_rule" "tasks" {
                  name = "task-state"
                }
                output "cluster_name" {
                  value = aws_ecs_cluster.this.name
                }
                """);
        library = Alexandria.builder().root(root).noCache().open();
    }

    @Test
    void aLatePickRequiringAModuleThePlanLacks_isNotListed() {
        // eks-addons requires eks-standard: before, "nightly batch job that runs on a schedule" listed it as a
        // runner-up ("makes eks, which no module chosen makes") without any cluster.
        List<String> ids = RecommendFixture.ids(sample.recommend().forUseCase(
                "nightly batch job that runs on a schedule").limit(20).run());
        assertFalse(ids.contains("eks-addons") && !ids.contains("eks-standard"), ids.toString());
    }

    @Test
    void anImpliedNeedAnsweredByAnAddOnAndItsBase_getsTheBase() {
        // "microservices" implies container orchestration; the add-ons module is named for it, the cluster it
        // attaches to is found for it too.
        List<String> ids = RecommendFixture.ids(addOns.recommend().forUseCase("microservices").limit(20).run());
        assertFalse(ids.contains("orchestration-addons") && !ids.contains("eks-standard"), ids.toString());
    }

    @Test
    void anInputNamingTheKindItTakes_isNoCompanionOfAnotherKind() {
        // cluster_name, "Name of the EKS cluster": before, --based-on an ECS cluster called the EKS add-ons "a
        // companion: it takes cluster_name, which ecs-cluster makes".
        Alternatives rule = Alternatives.in(library);
        assertFalse(rule.companion(library.module("ecs-cluster").orElseThrow(),
                library.module("orchestration-addons").orElseThrow()).orElse("").contains("cluster_name"));
        assertTrue(rule.companion(library.module("eks-standard").orElseThrow(),
                library.module("orchestration-addons").orElseThrow()).orElse("").contains("cluster_name"));
        List<Recommendation> rs = library.recommend().basedOn("ecs-cluster").limit(50).run();
        assertFalse(rs.stream().filter(r -> r.module().id().value().contains("addons"))
                .flatMap(r -> r.evidence().stream()).anyMatch(e -> e.contains("takes cluster_name")), rs.toString());
        List<Recommendation> eks = library.recommend().basedOn("eks-standard").limit(50).run();
        // Next to an EKS cluster it is still an add-on (listed, or named on another add-on it could replace).
        assertTrue(eks.stream().anyMatch(r -> r.module().id().value().equals("orchestration-addons")
                || r.evidence().stream().anyMatch(e -> e.startsWith("alternatives, not listed: ")
                && e.contains("orchestration-addons"))), eks.toString());
    }
}
