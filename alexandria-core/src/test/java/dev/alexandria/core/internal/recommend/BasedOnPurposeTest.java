package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --based-on} links modules by what each is for, not by an input's name alone: a bucket a module makes for
 * its own purpose (a CDN's origin, a bucket for VPC flow logs) is offered to no input that does not name that
 * purpose, an alternative makes the same thing (not only a resource of the same service), and two modules of one
 * category that make different services are linked by what one takes of the other (the bundled sample library with
 * a few modules added).
 */
class BasedOnPurposeTest {

    @TempDir
    static Path tmp;
    private static Library library;

    @BeforeAll
    static void open() throws IOException {
        Path root = tmp.resolve("lib");
        BasedOnFindingsTest.copyTree(RecommendFixture.SAMPLE, root);
        BasedOnFindingsTest.module(root, "data/storage", "cloudfront-s3-site",
                "Static website, a CloudFront distribution in front of an S3 origin bucket", """
                resource "aws_s3_bucket" "origin" {
                  bucket = "site-origin"
                }
                resource "aws_cloudfront_distribution" "this" {
                  enabled = true
                  origin {
                    domain_name = aws_s3_bucket.origin.bucket_regional_domain_name
                  }
                }
                output "s3_bucket_name" {
                  value = aws_s3_bucket.origin.id
                }
                output "bucket_arn" {
                  value = aws_s3_bucket.origin.arn
                }
                """);
        BasedOnFindingsTest.module(root, "observability/logging", "vpc-flow-logs-s3-bucket",
                "VPC flow logs delivered to an S3 bucket", """
                variable "vpc_id" {
                  type = string
                }
                resource "aws_s3_bucket" "logs" {
                  bucket = "flow-logs"
                }
                resource "aws_flow_log" "this" {
                  vpc_id          = var.vpc_id
                  log_destination = aws_s3_bucket.logs.arn
                }
                output "bucket_arn" {
                  value = aws_s3_bucket.logs.arn
                }
                """);
        BasedOnFindingsTest.module(root, "compute/serverless", "airflow", "Managed Airflow environment", """
                variable "source_bucket_arn" {
                  description = "The ARN of your Amazon S3 storage bucket, for example arn:aws:s3:::airflow-dags"
                  type        = string
                }
                resource "aws_mwaa_environment" "this" {
                  name              = "airflow"
                  source_bucket_arn = var.source_bucket_arn
                }
                """);
        BasedOnFindingsTest.module(root, "compute/containers", "eks-node-pool", "EKS managed node group", """
                variable "cluster_name" {
                  description = "Name of the EKS cluster"
                  type        = string
                }
                resource "aws_eks_node_group" "this" {
                  cluster_name    = var.cluster_name
                  node_group_name = "pool"
                }
                """);
        library = Alexandria.builder().root(root).noCache().open();
    }

    private static Optional<Recommendation> find(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst();
    }

    @Test
    void aBucketMadeForTheModulesOwnPurpose_isOfferedToNoInputThatDoesNotNameIt() {
        List<Recommendation> site = library.recommend().basedOn("cloudfront-s3-site").limit(50).run();
        Optional<Recommendation> trail = find(site, "cloudtrail");
        assertTrue(trail.isEmpty() || trail.get().evidence().stream().noneMatch(e -> e.contains("s3_bucket_name")),
                site.toString());
        List<Recommendation> airflow = library.recommend().basedOn("airflow").limit(50).run();
        assertTrue(find(airflow, "vpc-flow-logs-s3-bucket").isEmpty(), airflow.toString());
        assertTrue(find(airflow, "cloudfront-s3-site").isEmpty(), airflow.toString());
    }

    @Test
    void aBucketFitsAnInputThatNamesItsPurpose() {
        var bucket = library.module("vpc-flow-logs-s3-bucket").orElseThrow();
        var airflow = library.module("airflow").orElseThrow();
        var types = java.util.Set.of("aws_s3_bucket", "aws_vpc", "aws_flow_log", "aws_mwaa_environment");
        assertTrue(Flows.madeForItself(bucket, airflow, "source_bucket_arn", types));
        var trail = library.module("cloudtrail").orElseThrow();
        assertFalse(Flows.madeForItself(library.module("s3-basic").orElseThrow(), trail, "s3_bucket_name", types));
    }

    @Test
    void modulesMakingDifferentThingsOfOneService_areNoAlternatives() {
        List<Recommendation> pool = library.recommend().basedOn("eks-node-pool").limit(50).run();
        assertFalse(pool.stream().filter(r -> !r.module().id().value().equals("eks-standard"))
                .flatMap(r -> r.evidence().stream()).anyMatch(e -> e.startsWith("an alternative")), pool.toString());
        assertTrue(find(library.recommend().basedOn("rds-postgres").limit(50).run(), "rds-aurora").orElseThrow()
                .evidence().stream().anyMatch(e -> e.startsWith("an alternative in data/databases")));
    }

    @Test
    void whatAModuleTakesOfAnotherOfItsCategory_linksThemWhenTheyMakeDifferentServices() {
        List<Recommendation> sfn = library.recommend().basedOn("step-functions").limit(20).run();
        Recommendation lambda = find(sfn, "lambda-basic").orElseThrow(() -> new AssertionError(sfn.toString()));
        assertTrue(lambda.evidence().stream().anyMatch(e -> e.contains("lambda_function_arns")),
                lambda.evidence().toString());
    }
}
