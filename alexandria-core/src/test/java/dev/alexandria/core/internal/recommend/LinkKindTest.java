package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.LibraryModule;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link by a generic output or input name ({@code cluster_arn}, {@code service_name}) agrees on the kind of thing:
 * the service the taking module works with against the one the making module makes; and an add-on joined to its base
 * by a service it is named for takes a resource of that service (the bundled sample library with a few modules
 * added, none of which exists there).
 */
class LinkKindTest {

    @TempDir
    static Path tmp;
    private static Library library;
    private static Flows flows;

    @BeforeAll
    static void open() throws IOException {
        Path root = tmp.resolve("lib");
        BasedOnFindingsTest.copyTree(RecommendFixture.SAMPLE, root);
        BasedOnFindingsTest.module(root, "integration/event-streaming", "kafka-cluster", "Managed Kafka cluster", """
                resource "aws_msk_cluster" "this" {
                  cluster_name  = "events"
                  kafka_version = "3.5.1"
                }
                output "cluster_arn" {
                  description = "ARN of the MSK cluster"
                  value       = aws_msk_cluster.this.arn
                }
                """);
        BasedOnFindingsTest.module(root, "compute/containers", "eks-tenants", "EKS tenants", """
                variable "cluster_arn" {
                  description = "The ARN of the cluster"
                  type        = string
                }
                resource "kubernetes_namespace_v1" "this" {
                  metadata {
                    name = "team"
                  }
                }
                resource "aws_iam_role" "team" {
                  name               = "team"
                  assume_role_policy = jsonencode({ Resource = var.cluster_arn })
                }
                """);
        BasedOnFindingsTest.module(root, "compute/containers", "container-app", "Container app service", """
                variable "cluster_arn" {
                  description = "The ARN of the cluster"
                  type        = string
                }
                resource "aws_ecs_service" "this" {
                  name    = "app"
                  cluster = var.cluster_arn
                }
                output "service_name" {
                  value = aws_ecs_service.this.name
                }
                """);
        BasedOnFindingsTest.module(root, "compute/containers", "container-cluster", "Container cluster", """
                resource "aws_ecs_cluster" "this" {
                  name = "apps"
                }
                output "cluster_arn" {
                  value = aws_ecs_cluster.this.arn
                }
                """);
        BasedOnFindingsTest.module(root, "compute/containers", "web-runner", "Web runner", """
                resource "aws_apprunner_service" "this" {
                  service_name = "web"
                }
                output "service_name" {
                  value = aws_apprunner_service.this.service_name
                }
                """);
        BasedOnFindingsTest.module(root, "integration/api-management", "private-rest-api", "Private REST API", """
                variable "service_name" {
                  description = "The service name, usually com.amazonaws.<region>.<service>"
                  type        = string
                  default     = ""
                }
                resource "aws_api_gateway_rest_api" "this" {
                  name = "api"
                }
                resource "aws_vpc_endpoint" "this" {
                  vpc_id       = "vpc-1"
                  service_name = var.service_name
                }
                """);
        BasedOnFindingsTest.module(root, "foundations/networking", "web-balancer", "Web balancer", """
                variable "certificate_arn" {
                  description = "The ARN of the default SSL certificate"
                  type        = string
                }
                resource "aws_lb" "this" {
                  name = "web"
                }
                resource "aws_lb_listener" "https" {
                  load_balancer_arn = aws_lb.this.arn
                  certificate_arn   = var.certificate_arn
                }
                """);
        BasedOnFindingsTest.module(root, "security/access-control", "tls-certificate", "TLS certificate", """
                resource "aws_acm_certificate" "this" {
                  domain_name = "example.com"
                }
                output "certificate_arn" {
                  value = aws_acm_certificate.this.arn
                }
                """);
        BasedOnFindingsTest.module(root, "compute/containers", "ecs-on-asg", "ECS on AutoScaling Group", """
                variable "launch_template_id" {
                  description = "ID of the launch template for the AutoScalingGroup"
                  type        = string
                }
                resource "aws_ecs_cluster" "this" {
                  name = "on-asg"
                }
                resource "aws_autoscaling_group" "this" {
                  launch_template {
                    id = var.launch_template_id
                  }
                }
                """);
        library = Alexandria.builder().root(root).noCache().open();
        Set<String> types = new HashSet<>();
        library.modules().forEach(m -> types.addAll(ModuleFacts.types(m)));
        flows = new Flows(types, Attachments.in(library));
    }

    private static LibraryModule module(String id) {
        return library.requireModule(id);
    }

    private static Optional<Recommendation> find(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst();
    }

    @Test
    void aGenericClusterInput_takesAClusterOfTheServiceItsModuleWorksWith() {
        // an EKS module's "ARN of the cluster" is no Kafka cluster; an ECS service's is an ECS cluster
        assertFalse(flows.fits(module("kafka-cluster"), "cluster_arn", module("eks-tenants"), "cluster_arn"));
        assertFalse(flows.fits(module("kafka-cluster"), "cluster_arn", module("container-app"), "cluster_arn"));
        assertTrue(flows.fits(module("container-cluster"), "cluster_arn", module("container-app"), "cluster_arn"));
    }

    @Test
    void aGenericServiceInput_takesNoServiceOfAServiceItsModuleDoesNotWorkWith() {
        // the API's service_name is its VPC endpoint's AWS service, whatever no module of the library makes
        assertFalse(flows.fits(module("container-app"), "service_name", module("private-rest-api"), "service_name"));
        assertFalse(flows.fits(module("web-runner"), "service_name", module("private-rest-api"), "service_name"));
    }

    @Test
    void aNounOneServiceAloneMakes_namesItsKind() {
        assertTrue(flows.fits(module("tls-certificate"), "certificate_arn", module("web-balancer"),
                "certificate_arn"));
    }

    @Test
    void basedOnAKafkaCluster_listsNoModuleOfAnotherServiceByClusterArn() {
        List<Recommendation> kafka = library.recommend().basedOn("kafka-cluster").limit(50).run();
        assertTrue(find(kafka, "eks-tenants").isEmpty(), kafka.toString());
        List<Recommendation> tenants = library.recommend().basedOn("eks-tenants").limit(50).run();
        assertTrue(find(tenants, "kafka-cluster").isEmpty(), tenants.toString());
        List<Recommendation> cluster = library.recommend().basedOn("container-cluster").limit(50).run();
        assertTrue(find(cluster, "container-app").orElseThrow(() -> new AssertionError(cluster.toString()))
                .evidence().stream().anyMatch(e -> e.contains("cluster_arn")), cluster.toString());
    }

    @Test
    void anAddOnJoinedByANamedService_takesAResourceOfThatService() {
        Services services = Services.of(library);
        // named for autoscaling, it takes a launch template: it makes its own Auto Scaling group
        assertTrue(AddOns.input(module("ecs-on-asg"), services, module("ec2-autoscaling")).isEmpty());
        assertTrue(AddOns.input(module("eks-addons"), services, module("eks-standard")).isPresent());
    }
}
