package dev.alexandria.cost.aws;

import static dev.alexandria.cost.aws.Golden.lines;
import static dev.alexandria.cost.aws.Golden.nearInfracost;

import dev.alexandria.tck.cost.TestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden lines of the managed-service models, us-east-1, with the arithmetic from the bundled CSV: AWSLambda
 * requests:x86_64 0.0000002, duration:x86_64:tier1 0.0000166667, duration:arm64:tier1 0.0000133334;
 * AmazonApiGateway rest-api:requests first-333m 0.0000035 / next-667m 0.0000028 / next-19b 0.00000238 / over-20b
 * 0.00000151, http-api:requests first-300m 0.000001 / over-300m 0.0000009, websocket:messages first-1b 0.000001 /
 * over-1b 0.0000008, websocket:connection-minutes 0.00000025; AWSQueueService requests:standard:first-100b
 * 0.0000004, requests:fifo:first-100b 0.0000005; AmazonSNS requests:standard-publish 0.0000005,
 * notifications:http 0.0000006; AmazonS3 storage:standard first-50tb 0.023, requests put-copy-post-list 0.000005,
 * get-and-other 0.0000004; AmazonCloudWatch logs:ingestion:standard 0.5, logs:storage 0.03,
 * logs:insights-scanned 0.005, alarm:standard-resolution 0.1, alarm:high-resolution 0.3; awskms
 * key:customer-managed-month 1; AWSSecretsManager secret:month 0.4, api:requests 0.000005; AmazonEKS cluster:hour
 * 0.1, cluster:extended-support-increment-hour 0.5, fargate:vcpu-hour 0.04048, fargate:gb-hour 0.004445.
 */
class ServiceModelsGoldenTest {

    @Test
    void lambda_requestsAndDuration() {
        // 100,000 x 0.0000002 = 0.02; 100,000 x 350 ms / 1000 x 512 MB / 1024 = 17,500 GB-s x 0.0000166667
        // = 0.29166725 -> 0.29 (Infracost lambda_function_test lambda_withUsage512Mem: $0.02, $0.29)
        lines(TestResource.builder("aws_lambda_function").attribute("memory_size", 512)
                        .usage("monthly_requests", 100000).usage("request_duration_ms", 350).build(),
                "Requests | 100000 Requests | 0.0000002 | $0.02",
                "Duration (x86_64) | 17500 GB-Seconds | 0.0000166667 (tiered) | $0.29");
        nearInfracost("0.29", "0.29");
        // arm64, 128 MB default: 4,375 GB-s x 0.0000133334 = 0.058 -> 0.06 (Infracost lambda_withUsage_arm: $0.06)
        lines(TestResource.builder("aws_lambda_function").attribute("architectures", List.of("arm64"))
                        .usage("monthly_requests", 100000).usage("request_duration_ms", 350).build(),
                "Requests | 100000 Requests | 0.0000002 | $0.02",
                "Duration (arm64) | 4375 GB-Seconds | 0.0000133334 (tiered) | $0.06");
        nearInfracost("0.06", "0.06");
        // 15 billion requests, 15B x 0.0000002 = 3000.00; duration tiers 6e9 x 0.0000166667 = 100000.20,
        // 9e9 x 0.000015 = 135000.00, 46.44e9 x 0.0000133334 = 619203.10 (Infracost lambda_duration_15B)
        lines(TestResource.builder("aws_lambda_function").attribute("memory_size", 1024)
                        .usage("monthly_requests", 15000000000L).usage("request_duration_ms", 4096).build(),
                "Requests | 15000000000 Requests | 0.0000002 | $3000.00",
                "Duration (x86_64) | 61440000000 GB-Seconds | 0.0000166667 (tiered) | $854203.30");
        nearInfracost("854203.30", "854203.30");
    }

    @Test
    void apiGateway_restHttpAndWebsocket() {
        // 21 billion REST requests: 333M x 0.0000035 = 1165.50; 667M x 0.0000028 = 1867.60; 19B x 0.00000238 =
        // 45220.00; 1B x 0.00000151 = 1510.00; total 49763.10 (Infracost api_gateway_rest_api_test: the four tiers)
        lines(TestResource.builder("aws_api_gateway_rest_api").usage("monthly_requests", 21000000000L).build(),
                "Requests | 21000000000 Requests | 0.0000035 (tiered) | $49763.10");
        nearInfracost("49763.10", "49763.10");
        // 1B HTTP requests: 300M x 0.000001 = 300.00 + 700M x 0.0000009 = 630.00 = 930.00 (Infracost http_usage)
        lines(TestResource.builder("aws_apigatewayv2_api").attribute("protocol_type", "HTTP")
                        .usage("monthly_requests", 1000000000L).build(),
                "Requests (HTTP API) | 1000000000 Requests | 0.000001 (tiered) | $930.00");
        nearInfracost("930.00", "930.00");
        // websocket 1.5B messages: 1000.00 + 500M x 0.0000008 = 400.00; 10M minutes x 0.00000025 = 2.50
        lines(TestResource.builder("aws_apigatewayv2_api").attribute("protocol_type", "WEBSOCKET")
                        .usage("monthly_messages", 1500000000L).usage("monthly_connection_mins", 10000000).build(),
                "Messages | 1500000000 Messages | 0.000001 (tiered) | $1400.00",
                "Connection minutes | 10000000 Minutes | 0.00000025 | $2.50");
        nearInfracost("1400.00", "1400.00");
        nearInfracost("2.50", "2.50");
    }

    @Test
    void queuesAndTopics() {
        // 1M requests of 128 KB = 2M 64 KB chunks x 0.0000004 = 0.80 (Infracost sqs_queue_test standard: $0.80)
        lines(TestResource.builder("aws_sqs_queue").usage("monthly_requests", 1000000).usage("request_size_kb", 128)
                        .build(),
                "Requests | 2000000 Requests | 0.0000004 (tiered) | $0.80");
        nearInfracost("0.80", "0.80");
        // FIFO 1M x 0.0000005 = 0.50 (Infracost fifo_sqs_queue_withUsage: $0.50)
        lines(TestResource.builder("aws_sqs_queue").attribute("fifo_queue", true).usage("monthly_requests", 1000000)
                        .build(),
                "Requests (FIFO) | 1000000 Requests | 0.0000005 | $0.50");
        nearInfracost("0.50", "0.50");
        // SNS, free allowances deducted per topic as Infracost does: 1M requests of 128 KB = 2M, less 1M free
        // = 1M x 0.0000005 = 0.50 (Infracost sns_topic_test sns_topic_withUsage: $0.50)
        lines(TestResource.builder("aws_sns_topic").usage("monthly_requests", 1000000).usage("request_size_kb", 128)
                        .build(),
                "Requests | 1000000 Requests | 0.0000005 | $0.50");
        nearInfracost("0.50", "0.50");
        // 1,000 requests (within the free million); 200 HTTP subscriptions: 200,000 - 100,000 free = 100,000
        // x 0.0000006 = 0.06; 300 email: 300,000 - 1,000 = 299,000 x 0.00002 = 5.98
        // (Infracost sns_topic_withChargedSubscribers: $0.06, $5.98)
        lines(TestResource.builder("aws_sns_topic").usage("monthly_requests", 1000).usage("http_subscriptions", 200)
                        .usage("email_subscriptions", 300).build(),
                "Requests | 0 Requests | 0.0000005 | $0.00",
                "HTTP/S notifications | 100000 Notifications | 0.0000006 | $0.06",
                "Email notifications | 299000 Notifications | 0.00002 | $5.98");
        nearInfracost("0.06", "0.06");
        nearInfracost("5.98", "5.98");
    }

    @Test
    void s3_storageAndRequests() {
        // 10,000 GB x 0.023 = 230.00; 10,000 PUT x 0.000005 = 0.05; 10,000 GET x 0.0000004 = 0.004 -> 0.00
        // (Infracost s3_bucket_test bucket_withUsage Standard: $230.00, $0.05, $0.00)
        lines(TestResource.builder("aws_s3_bucket").usage("standard.storage_gb", 10000)
                        .usage("standard.monthly_tier_1_requests", 10000)
                        .usage("standard.monthly_tier_2_requests", 10000).build(),
                "Standard storage | 10000 GB-Mo | 0.023 (tiered) | $230.00",
                "PUT, COPY, POST, LIST requests | 10000 Requests | 0.000005 | $0.05",
                "GET, SELECT and all other requests | 10000 Requests | 0.0000004 | $0.00");
        nearInfracost("230.00", "230.00");
        nearInfracost("0.05", "0.05");
        // Standard-IA 30,000 GB x 0.0125 = 375.00 (Infracost: $375.00)
        lines(TestResource.builder("aws_s3_bucket").usage("standard_infrequent_access.storage_gb", 30000).build(),
                "Standard storage | depends on usage | 0.023 (tiered) per GB-Mo",
                "PUT, COPY, POST, LIST requests | depends on usage | 0.000005 per Requests",
                "GET, SELECT and all other requests | depends on usage | 0.0000004 per Requests",
                "Standard-IA storage | 30000 GB-Mo | 0.0125 | $375.00");
        nearInfracost("375.00", "375.00");
    }

    @Test
    void cloudWatch_logsAndAlarms() {
        // 1000 GB x 0.5 = 500.00; 500 GB x 0.03 = 15.00; 250 GB x 0.005 = 1.25 (Infracost logs_withUsage)
        lines(TestResource.builder("aws_cloudwatch_log_group").usage("monthly_data_ingested_gb", 1000)
                        .usage("storage_gb", 500).usage("monthly_data_scanned_gb", 250).build(),
                "Data ingested | 1000 GB | 0.5 | $500.00",
                "Archival storage | 500 GB-Mo | 0.03 | $15.00",
                "Insights queries data scanned | 250 GB | 0.005 | $1.25");
        nearInfracost("500.00", "500.00");
        nearInfracost("15.00", "15.00");
        nearInfracost("1.25", "1.25");
        // standard: 1 x 0.10; high resolution (period 10): 1 x 0.30; two metric queries: 2 x 0.10 = 0.20;
        // anomaly detection at high resolution: 3 x 0.30 = 0.90 (Infracost cloudwatch_metric_alarm_test)
        lines(TestResource.builder("aws_cloudwatch_metric_alarm").attribute("period", 120).build(),
                "Standard resolution alarm metrics | 1 Alarms | 0.1 | $0.10");
        lines(TestResource.builder("aws_cloudwatch_metric_alarm").attribute("period", 10).build(),
                "High resolution alarm metrics | 1 Alarms | 0.3 | $0.30");
        lines(TestResource.builder("aws_cloudwatch_metric_alarm")
                        .block("metric_query", q -> q.attribute("id", "e1").attribute("expression", "m1+m2"))
                        .block("metric_query", q -> q.attribute("id", "m1").block("metric", m -> m
                                .attribute("metric_name", "A").attribute("period", 120)))
                        .block("metric_query", q -> q.attribute("id", "m2").block("metric", m -> m
                                .attribute("metric_name", "B").attribute("period", 120))).build(),
                "Standard resolution alarm metrics | 2 Alarms | 0.1 | $0.20");
        lines(TestResource.builder("aws_cloudwatch_metric_alarm").attribute("period", 10)
                        .attribute("threshold_metric_id", "e1").build(),
                "High resolution alarm metrics | 3 Alarms | 0.3 | $0.90");
        nearInfracost("0.10", "0.10");
        nearInfracost("0.30", "0.30");
        nearInfracost("0.20", "0.20");
        nearInfracost("0.90", "0.90");
    }

    @Test
    void kmsAndSecrets() {
        // $1.00 a key (Infracost kms_key_test: $1.00)
        lines(TestResource.builder("aws_kms_key").build(),
                "Customer managed key | 1 Keys | 1 | $1.00",
                "Requests (symmetric) | depends on usage | 0.000003 per Requests");
        nearInfracost("1.00", "1.00");
        // $0.40 a secret; 100,000 requests x 0.000005 = 0.50 (Infracost secret_withUsage: $0.40, $0.50)
        lines(TestResource.builder("aws_secretsmanager_secret").usage("monthly_requests", 100000).build(),
                "Secret | 1 Secrets | 0.4 | $0.40",
                "API requests | 100000 Requests | 0.000005 | $0.50");
        nearInfracost("0.40", "0.40");
        nearInfracost("0.50", "0.50");
    }

    @Test
    void eksCluster_standardAndExtendedSupport() {
        // 730 x 0.10 = 73.00 (Infracost eks_cluster_test my_aws_eks_cluster: $73.00)
        lines(TestResource.builder("aws_eks_cluster").build(), "EKS cluster | 730 Hrs | 0.1 | $73.00");
        nearInfracost("73.00", "73.00");
        // 1.29: 73.00 + 730 x 0.50 = 365.00, 438.00 together (Infracost extended_support["1.29"]: $438.00)
        lines(TestResource.builder("aws_eks_cluster").attribute("version", "1.29").build(),
                "EKS cluster | 730 Hrs | 0.1 | $73.00",
                "EKS extended support (Kubernetes 1.29) | 730 Hrs | 0.5 | $365.00");
        nearInfracost("438.00", "438.00");
        lines(TestResource.builder("aws_eks_cluster").attribute("version", "1.29")
                        .block("upgrade_policy", b -> b.attribute("support_type", "STANDARD")).build(),
                "EKS cluster | 730 Hrs | 0.1 | $73.00");
        lines(TestResource.builder("aws_eks_cluster").unknown("version", "var.kubernetes_version").build(),
                "EKS cluster | 730 Hrs | 0.1 | $73.00",
                "EKS extended support | not priced: version = var.kubernetes_version is not known: "
                        + "var.kubernetes_version has no default and no input — not priced, pass --inputs (a version in "
                        + "extended support adds the extended-support rate)");
    }

    @Test
    void ecsService_fargateFromTheEksRows() {
        TestResource task = TestResource.builder("aws_ecs_task_definition").address("aws_ecs_task_definition.t")
                .attribute("cpu", "1024").attribute("memory", "2048").build();
        // 1 vCPU x 730 = 730 vCPU-h x 0.04048 = 29.5504 -> 29.55; 2 GB x 730 = 1460 GB-h x 0.004445 = 6.4897 ->
        // 6.49 (Infracost ecs_service_test ecs_fargate1: $29.55, $6.49)
        lines(TestResource.builder("aws_ecs_service").attribute("launch_type", "FARGATE")
                        .attribute("desired_count", 1).reference("task_definition", task).build(),
                "Fargate vCPU | 730 vCPU-Hrs | 0.04048 | $29.55",
                "Fargate memory (GB) | 1460 GB-Hrs | 0.004445 | $6.49");
        nearInfracost("29.55", "29.55");
        nearInfracost("6.49", "6.49");
        // "1 vCPU"/"2 GB" notation, 2 tasks: 59.10 and 12.98 (Infracost ecs_fargate2)
        TestResource named = TestResource.builder("aws_ecs_task_definition").address("aws_ecs_task_definition.n")
                .attribute("cpu", "1 vCPU").attribute("memory", "2 GB").build();
        lines(TestResource.builder("aws_ecs_service").attribute("launch_type", "FARGATE")
                        .attribute("desired_count", 2).reference("task_definition", named).build(),
                "Fargate vCPU | 1460 vCPU-Hrs | 0.04048 | $59.10",
                "Fargate memory (GB) | 2920 GB-Hrs | 0.004445 | $12.98");
        nearInfracost("59.10", "59.10");
        nearInfracost("12.98", "12.98");
        TestResource arm = TestResource.builder("aws_ecs_task_definition").address("aws_ecs_task_definition.a")
                .attribute("cpu", "256").attribute("memory", "512")
                .block("runtime_platform", b -> b.attribute("cpu_architecture", "ARM64")).build();
        lines(TestResource.builder("aws_ecs_service").attribute("launch_type", "FARGATE")
                        .attribute("desired_count", 1).reference("task_definition", arm).build(),
                "Fargate vCPU (arm) | not priced: no price for aws/AmazonECS/us-east-1/fargate:arm:vcpu-hour",
                "Fargate memory (GB) (arm) | not priced: no price for aws/AmazonECS/us-east-1/fargate:arm:gb-hour");
        lines(TestResource.builder("aws_ecs_service").attribute("desired_count", 3).build(),
                "free: launch type EC2 (the default): the service costs nothing itself; its container instances are "
                        + "priced on their own");
    }

    @Test
    void efs_hasNoPricesInTheSnapshot() {
        lines(TestResource.builder("aws_efs_file_system").usage("storage_gb", 230).build(),
                "Storage (Standard) | not priced: no price for aws/AmazonEFS/us-east-1/storage:standard",
                "Storage (Infrequent Access) | not priced: no price for "
                        + "aws/AmazonEFS/us-east-1/storage:infrequent-access");
    }
}
