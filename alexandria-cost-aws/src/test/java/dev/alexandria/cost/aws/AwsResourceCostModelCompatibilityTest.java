package dev.alexandria.cost.aws;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.tck.cost.ResourceCostModelCompatibilityKit;
import dev.alexandria.tck.cost.TestResource;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The AWS model against the resource cost model TCK, with an example of every priced type. */
class AwsResourceCostModelCompatibilityTest extends ResourceCostModelCompatibilityKit {

    @Override
    protected ResourceCostModel createModel() {
        return new AwsResourceCostModel();
    }

    @Override
    protected List<ResourceInstance> examples() {
        return Examples.all();
    }

    @Test
    void examples_coverEveryPricedType() {
        Set<String> covered = new TreeSet<>();
        examples().forEach(r -> covered.add(r.type()));
        Set<String> missing = new TreeSet<>(AwsResourceCostModel.pricedTypes());
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "no example for " + missing);
        assertTrue(AwsResourceCostModel.pricedTypes().size() >= 31, "priced types: "
                + AwsResourceCostModel.pricedTypes().size());
    }

    /** One instance per priced type, with usage where the type has usage. */
    static final class Examples {
        static List<ResourceInstance> all() {
            TestResource lt = TestResource.builder("aws_launch_template").address("aws_launch_template.web")
                    .attribute("instance_type", "t3.medium")
                    .block("block_device_mappings", b -> b.attribute("device_name", "/dev/xvda")
                            .block("ebs", v -> v.attribute("volume_size", 30).attribute("volume_type", "gp3")))
                    .build();
            TestResource task = TestResource.builder("aws_ecs_task_definition").address("aws_ecs_task_definition.app")
                    .attribute("cpu", "512").attribute("memory", "1024").build();
            TestResource cluster = TestResource.builder("aws_rds_cluster").address("aws_rds_cluster.db")
                    .attribute("engine", "aurora-postgresql")
                    .block("serverlessv2_scaling_configuration", b -> b.attribute("min_capacity", 0.5)
                            .attribute("max_capacity", 4)).build();
            return List.of(
                    TestResource.builder("aws_instance").attribute("instance_type", "m5.large")
                            .attribute("monitoring", true).build(),
                    TestResource.builder("aws_ebs_volume").attribute("type", "standard").attribute("size", 20)
                            .usage("monthly_standard_io_requests", 1000000).build(),
                    TestResource.builder("aws_autoscaling_group").attribute("desired_capacity", 3)
                            .block("launch_template", b -> b.reference("id", lt)).build(),
                    TestResource.builder("aws_eks_node_group").block("scaling_config",
                            b -> b.attribute("desired_size", 2)).attribute("instance_types", List.of("m5.large"))
                            .build(),
                    TestResource.builder("aws_eip").build(),
                    TestResource.builder("aws_nat_gateway").usage("monthly_data_processed_gb", 100).build(),
                    TestResource.builder("aws_lb").attribute("load_balancer_type", "network")
                            .usage("processed_bytes_gb", 1000).build(),
                    TestResource.builder("aws_alb").build(),
                    TestResource.builder("aws_vpc_endpoint").attribute("vpc_endpoint_type", "Interface")
                            .attribute("subnet_ids", List.of("subnet-a", "subnet-b")).build(),
                    TestResource.builder("aws_ec2_transit_gateway_vpc_attachment").build(),
                    TestResource.builder("aws_route53_zone").attribute("name", "example.com").build(),
                    TestResource.builder("aws_route53_record").attribute("type", "A")
                            .usage("monthly_standard_queries", 1000000).build(),
                    TestResource.builder("aws_db_instance").attribute("engine", "postgres")
                            .attribute("instance_class", "db.t3.large").attribute("allocated_storage", 100)
                            .attribute("storage_type", "gp3").build(),
                    TestResource.builder("aws_rds_cluster").attribute("engine", "aurora-mysql").build(),
                    TestResource.builder("aws_rds_cluster_instance").attribute("instance_class", "db.serverless")
                            .attribute("engine", "aurora-postgresql").reference("cluster_identifier", cluster).build(),
                    TestResource.builder("aws_elasticache_cluster").attribute("engine", "memcached")
                            .attribute("node_type", "cache.t3.small").attribute("num_cache_nodes", 2).build(),
                    TestResource.builder("aws_elasticache_replication_group").attribute("node_type", "cache.m5.large")
                            .attribute("num_cache_clusters", 2).build(),
                    TestResource.builder("aws_dynamodb_table").attribute("billing_mode", "PAY_PER_REQUEST")
                            .usage("monthly_write_request_units", 3000000).build(),
                    TestResource.builder("aws_lambda_function").attribute("memory_size", 512)
                            .usage("monthly_requests", 100000).usage("request_duration_ms", 500).build(),
                    TestResource.builder("aws_api_gateway_rest_api").build(),
                    TestResource.builder("aws_apigatewayv2_api").attribute("protocol_type", "HTTP").build(),
                    TestResource.builder("aws_sqs_queue").attribute("fifo_queue", true).build(),
                    TestResource.builder("aws_sns_topic").usage("monthly_requests", 1000000)
                            .usage("http_subscriptions", 2).build(),
                    TestResource.builder("aws_s3_bucket").usage("standard.storage_gb", 10000).build(),
                    TestResource.builder("aws_cloudwatch_log_group").usage("monthly_data_ingested_gb", 10).build(),
                    TestResource.builder("aws_cloudwatch_metric_alarm").attribute("period", 60).build(),
                    TestResource.builder("aws_kms_key").build(),
                    TestResource.builder("aws_secretsmanager_secret").build(),
                    TestResource.builder("aws_eks_cluster").attribute("version", "1.33").build(),
                    TestResource.builder("aws_ecs_service").attribute("launch_type", "FARGATE")
                            .attribute("desired_count", 2).reference("task_definition", task).build(),
                    TestResource.builder("aws_efs_file_system").build(),
                    TestResource.builder("aws_api_gateway_stage").attribute("cache_cluster_enabled", false).build(),
                    TestResource.builder("aws_ssm_parameter").attribute("tier", "Advanced").build(),
                    TestResource.builder("aws_vpc").build());
        }
    }
}
