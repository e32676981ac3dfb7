package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.Recommend;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kubernetes add-on a module switches on by an input named for it ({@code enable_cert_manager}, or a flag
 * {@code aws_load_balancer_controller} described "Enable AWS Load Balancer Controller add-on") is made by that
 * module: covered, never "no module of the library makes it", though the search scores the module low for it; and
 * an add-ons module, which takes a cluster's name, never stands for the cluster: "X cluster with A, B and C" gets
 * the cluster and the add-ons.
 */
class SwitchedAddOnsTest {

    private static Library library;

    @BeforeAll
    static void open(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("sample-with-charts");
        BasedOnFindingsTest.copyTree(RecommendFixture.SAMPLE, root);
        // A bundle of Helm charts for an EKS cluster whose name and description name none of its add-ons.
        BasedOnFindingsTest.module(root, "compute/containers", "cluster-charts",
                "Kubernetes add-ons for Amazon EKS clusters", """
                variable "cluster_name" {
                  description = "Name of the EKS cluster"
                  type        = string
                }
                variable "enable_cert_manager" {
                  description = "Whether to install it"
                  type        = bool
                  default     = false
                }
                variable "enable_external_dns" {
                  type    = bool
                  default = false
                }
                variable "enable_karpenter" {
                  type    = bool
                  default = false
                }
                variable "enable_ingress_nginx" {
                  type    = bool
                  default = false
                }
                variable "aws_load_balancer_controller" {
                  description = "Enable AWS Load Balancer Controller add-on"
                  type        = bool
                  default     = false
                }
                variable "aws_load_balancer_controller_helm_config" {
                  description = "AWS Load Balancer Controller Helm chart configuration"
                  type        = any
                  default     = {}
                }
                resource "aws_eks_addon" "this" {
                  cluster_name = var.cluster_name
                  addon_name   = "coredns"
                }
                resource "helm_release" "this" {
                  name  = "charts"
                  chart = "charts"
                }
                """);
        library = Alexandria.builder().root(root).noCache().open();
    }

    private static Recommendation of(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " not in " + RecommendFixture.ids(rs)));
    }

    @Test
    void addOnsSwitchedOn_areCovered_andTheClusterIsChosenForTheCluster() {
        // Before: "uncovered: cert-manager: no module of the library makes it" and "aws load balancer controller"
        // too, with the bundle as an alternative of the cluster only.
        Recommend r = library.recommend()
                .forUseCase("eks cluster with aws load balancer controller, cert-manager and external-dns");
        List<Recommendation> rs = r.run();
        List<String> ids = RecommendFixture.ids(rs);
        assertEquals("eks-standard", ids.get(0), ids.toString());
        assertTrue(ids.contains("cluster-charts"), ids.toString());
        String evidence = String.join("\n", of(rs, "cluster-charts").evidence());
        assertTrue(evidence.contains("enable_cert_manager"), evidence);
        assertTrue(evidence.contains("aws_load_balancer_controller"), evidence);
        assertFalse(r.uncoveredNeeds().containsKey("cert-manager"), r.uncoveredNeeds().toString());
        assertFalse(r.uncoveredNeeds().containsKey("aws load balancer controller"), r.uncoveredNeeds().toString());
        assertFalse(String.join("\n", of(rs, "eks-standard").evidence()).contains("cluster-charts"),
                "the add-ons are no alternative of the cluster: " + of(rs, "eks-standard").evidence());
    }

    @Test
    void anAddOnAfterTheCluster_isMadeByTheModuleSwitchingItOn() {
        List<Recommendation> rs = library.recommend().forUseCase("eks with karpenter").run();
        List<String> ids = RecommendFixture.ids(rs);
        assertEquals("eks-standard", ids.get(0), ids.toString());
        assertTrue(String.join("\n", of(rs, "cluster-charts").evidence()).contains("enable_karpenter"),
                ids.toString());
    }

    @Test
    void anAddOnNamedFirst_orByItsKind_nextToACluster_isTheAddOn() {
        // Before: "karpenter autoscaling" took the Auto Scaling group 'autoscaling' implies and "ingress" the
        // security group (its ingress rules), though the add-ons module switches on karpenter and ingress-nginx.
        Recommend r = library.recommend()
                .forUseCase("eks cluster with karpenter autoscaling, ingress and external dns");
        List<Recommendation> rs = r.run();
        List<String> ids = RecommendFixture.ids(rs);
        assertEquals("eks-standard", ids.get(0), ids.toString());
        String evidence = String.join("\n", of(rs, "cluster-charts").evidence());
        assertTrue(evidence.contains("enable_karpenter"), evidence);
        assertTrue(evidence.contains("enable_ingress_nginx"), evidence);
        assertTrue(evidence.contains("enable_external_dns"), evidence);
        rs.stream().filter(x -> x.module().id().value().equals("ec2-autoscaling")).forEach(x -> assertFalse(
                String.join("\n", x.evidence()).contains("autoscaling"), x.evidence().toString()));
        rs.stream().filter(x -> x.module().id().value().equals("securitygroup")).forEach(x -> assertFalse(
                String.join("\n", x.evidence()).contains("'ingress'"), x.evidence().toString()));
        assertTrue(r.uncoveredNeeds().isEmpty(), r.uncoveredNeeds().toString());
    }

    @Test
    void ingressAndAutoscalingWithoutACluster_remainWhatTheyWere() {
        // no Kubernetes cluster chosen: "ingress" is a security group's, "autoscaling" an Auto Scaling group
        List<Recommendation> rs = library.recommend()
                .forUseCase("ec2 instances with autoscaling and ingress on port 443").run();
        List<String> ids = RecommendFixture.ids(rs);
        assertFalse(ids.contains("cluster-charts"), ids.toString());
        assertTrue(ids.contains("ec2-autoscaling"), ids.toString());
    }

    @Test
    void anAddOnSwitch_readsTheFirstWordThenTheKind() {
        LibraryModule charts = library.module("cluster-charts").orElseThrow();
        assertEquals("enable_karpenter", Makers.addOnSwitch(charts, "karpenter autoscaling").orElse(""));
        assertEquals("enable_ingress_nginx", Makers.addOnSwitch(charts, "ingress").orElse(""));
        assertEquals("enable_cert_manager", Makers.addOnSwitch(charts, "cert-manager").orElse(""));
        // a first word that is no add-on, or a kind too short to name one, switches nothing on
        assertTrue(Makers.addOnSwitch(charts, "node autoscaling").isEmpty());
        assertTrue(Makers.addOnSwitch(charts, "aws").isEmpty());
    }

    @Test
    void anAddOnOfTheSampleAddOnsModule_isMadeByIt() {
        // Before: eks-standard "lacks 'network policy' … (uncovered)", though eks-addons has enable_network_policy.
        Recommend r = RecommendFixture.sample().recommend().forUseCase("kubernetes cluster with pod identity agent and network policy");
        List<Recommendation> rs = r.run();
        assertEquals("eks-standard", rs.get(0).module().id().value(), RecommendFixture.ids(rs).toString());
        assertTrue(String.join("\n", of(rs, "eks-addons").evidence()).contains("enable_network_policy"),
                of(rs, "eks-addons").evidence().toString());
        assertFalse(r.uncoveredNeeds().containsKey("network policy"), r.uncoveredNeeds().toString());
    }

    @Test
    void aSwitchNamesItsWholeThing() {
        ModuleFacts.Input flag = new ModuleFacts.Input("aws_load_balancer_controller", false,
                "Enable AWS Load Balancer Controller add-on");
        assertEquals("loadbalancercontroller", Makers.switched(flag));
        assertEquals("certmanager", Makers.switched(new ModuleFacts.Input("enable_cert_manager", false, "")));
        assertEquals("karpenter", Makers.switched(new ModuleFacts.Input("karpenter_enabled", false, "")));
        // a Helm configuration of the add-on is no switch, nor an input whose description enables something else
        assertEquals("", Makers.switched(new ModuleFacts.Input("aws_load_balancer_controller_helm_config", false,
                "AWS Load Balancer Controller Helm chart configuration")));
        assertEquals("", Makers.switched(new ModuleFacts.Input("multi_az", false, "Enable deletion protection")));
        assertEquals(Makers.switchKey("cert-manager add-on"), Makers.switchKey("cert manager"));
    }
}
