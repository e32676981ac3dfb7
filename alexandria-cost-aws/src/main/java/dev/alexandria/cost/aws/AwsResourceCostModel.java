package dev.alexandria.cost.aws;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.spi.cost.UsageParameter;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the {@code aws_*} resources that dominate real bills cost, priced with the keys of {@link AwsListPrices}:
 * EC2 instances, Auto Scaling groups, EKS node groups, EBS volumes, Elastic IPs, NAT gateways, load balancers, EKS
 * clusters, RDS and Aurora, ElastiCache, DynamoDB, S3, Lambda, API Gateway, SQS, SNS, CloudWatch logs and alarms,
 * KMS keys, Secrets Manager secrets, Route 53, VPC endpoints, Transit Gateway attachments, ECS services on Fargate
 * and EFS; and the resources that are free (VPCs, subnets, route tables, security groups, IAM ...). Every other
 * type is left to other models, so Alexandria lists it as "not priced".
 *
 * <p>A month is 730 hours. Instances are priced as Linux/UNIX, shared tenancy, on demand (the AMI's operating
 * system is not in the configuration). Tiered prices apply per account at AWS; they are applied per resource here,
 * as Infracost does, and the lines say so. The assumptions {@code --usage-defaults} applies are those of
 * {@link #usageParameters(String)}, listed in {@code docs/cost.md}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class AwsResourceCostModel implements ResourceCostModel {

    private static final ProviderDescriptor DESCRIPTOR =
            new ProviderDescriptor("alexandria-aws-resource-costs", 0, SPI_VERSION);

    private static final Map<String, Function<Est, ResourceCost>> MODELS = new LinkedHashMap<>();
    private static final Map<String, List<UsageParameter>> USAGE = new LinkedHashMap<>();
    private static final Map<String, String> FREE = new LinkedHashMap<>();

    static {
        model("aws_instance", Ec2Models::instance, io());
        model("aws_ebs_volume", Ec2Models::ebsVolume, io());
        model("aws_autoscaling_group", Ec2Models::autoscalingGroup, io());
        model("aws_eks_node_group", Ec2Models::eksNodeGroup, io());
        model("aws_eip", Ec2Models::eip);
        model("aws_nat_gateway", NetworkModels::natGateway, p("monthly_data_processed_gb", "GB per month",
                "data processed by the NAT gateway", "100", "a modest workload's egress and AWS API traffic"));
        List<UsageParameter> lb = List.of(
                p("new_connections", "as Infracost", "new connections (Infracost's dimension: LCU-hours = value / "
                        + "100)", "0", "not assumed: the bytes processed dominate for most load balancers"),
                p("active_connections", "as Infracost", "active connections (LCU-hours = value / 3000)", "0",
                        "not assumed"),
                p("processed_bytes_gb", "GB per month", "bytes processed (1 LCU-hour per GB)", "100",
                        "100 GB a month, 100 LCU-hours"),
                p("rule_evaluations", "as Infracost", "rule evaluations, ALB only (LCU-hours = value / 1000)", "0",
                        "not assumed"));
        model("aws_lb", NetworkModels::loadBalancer, lb);
        model("aws_alb", NetworkModels::loadBalancer, lb);
        model("aws_vpc_endpoint", NetworkModels::vpcEndpoint, p("monthly_data_processed_gb", "GB per month",
                "data processed by the endpoint", "100", "a modest workload's traffic to AWS APIs"));
        model("aws_ec2_transit_gateway_vpc_attachment", NetworkModels::transitGatewayAttachment,
                p("monthly_data_processed_gb", "GB per month", "data sent through the attachment", "100",
                        "a modest volume of traffic between VPCs"));
        model("aws_route53_zone", NetworkModels::route53Zone);
        model("aws_route53_record", NetworkModels::route53Record,
                p("monthly_standard_queries", "queries per month", "standard queries", "1000000", "one million"),
                p("monthly_latency_based_queries", "queries per month", "latency-based routing queries", "1000000",
                        "one million"),
                p("monthly_geo_queries", "queries per month", "geo DNS queries", "1000000", "one million"));
        model("aws_db_instance", DatabaseModels::dbInstance, p("additional_backup_storage_gb", "GB",
                "backup storage beyond the free 100% of the database's storage", "0",
                "backups within the free allowance"));
        model("aws_rds_cluster", DatabaseModels::rdsCluster,
                p("storage_gb", "GB", "storage the cluster uses", "10", "a small database"),
                p("write_requests_per_sec", "per second", "write I/Os (Aurora Standard)", "10", "a light load"),
                p("read_requests_per_sec", "per second", "read I/Os (Aurora Standard)", "10", "a light load"),
                p("backup_snapshot_size_gb", "GB", "backup storage beyond the free retention", "0",
                        "backups within the free allowance"));
        model("aws_rds_cluster_instance", DatabaseModels::rdsClusterInstance, p("capacity_units_per_hr",
                "ACUs on average", "Aurora Serverless v2 capacity (db.serverless)", "1", "one ACU (about 2 GiB) on "
                        + "average"));
        model("aws_elasticache_cluster", DatabaseModels::elastiCacheCluster);
        model("aws_elasticache_replication_group", DatabaseModels::elastiCacheReplicationGroup);
        model("aws_dynamodb_table", DatabaseModels::dynamoDbTable,
                p("monthly_write_request_units", "per month", "write request units (on-demand)", "1000000",
                        "one million"),
                p("monthly_read_request_units", "per month", "read request units (on-demand)", "1000000",
                        "one million"),
                p("storage_gb", "GB", "table storage", "1", "a small table"),
                p("pitr_backup_storage_gb", "GB", "point-in-time recovery backups", "0", "not assumed"),
                p("on_demand_backup_storage_gb", "GB", "on-demand backups", "0", "not assumed"),
                p("monthly_data_restored_gb", "GB per month", "restored data", "0", "not assumed"),
                p("monthly_streams_read_request_units", "per month", "stream read request units", "0",
                        "not assumed"));
        model("aws_lambda_function", ServiceModels::lambda,
                p("monthly_requests", "requests per month", "invocations", "1000000", "one million"),
                p("request_duration_ms", "ms", "average duration of an invocation", "100", "a short function"));
        model("aws_api_gateway_rest_api", ServiceModels::restApi, p("monthly_requests", "requests per month",
                "API calls", "1000000", "one million"));
        model("aws_apigatewayv2_api", ServiceModels::apiGatewayV2,
                p("monthly_requests", "requests per month", "HTTP API calls", "1000000", "one million"),
                p("request_size_kb", "KB", "average request size (metered in 512 KB increments)", "1", "small"),
                p("monthly_messages", "messages per month", "WebSocket messages", "1000000", "one million"),
                p("message_size_kb", "KB", "average message size (metered in 32 KB increments)", "1", "small"),
                p("monthly_connection_mins", "minutes per month", "WebSocket connection minutes", "100000",
                        "a few dozen connected clients"));
        List<UsageParameter> messaging = List.of(
                p("monthly_requests", "requests per month", "API requests", "1000000", "one million"),
                p("request_size_kb", "KB", "average request size (metered in 64 KB chunks)", "1", "small"));
        model("aws_sqs_queue", ServiceModels::sqsQueue, messaging);
        model("aws_sns_topic", ServiceModels::snsTopic, List.of(messaging.get(0), messaging.get(1),
                p("http_subscriptions", "subscriptions", "HTTP/S subscriptions", "0", "not assumed"),
                p("email_subscriptions", "subscriptions", "email subscriptions", "0", "not assumed")));
        model("aws_s3_bucket", ServiceModels::s3Bucket,
                p("standard.storage_gb", "GB", "S3 Standard storage", "10", "a small bucket"),
                p("standard.monthly_tier_1_requests", "per month", "PUT, COPY, POST, LIST requests", "10000",
                        "ten thousand"),
                p("standard.monthly_tier_2_requests", "per month", "GET and other requests", "100000",
                        "a hundred thousand"),
                p("standard_infrequent_access.storage_gb", "GB", "Standard-IA storage", "0", "not assumed"),
                p("standard_infrequent_access.monthly_tier_1_requests", "per month", "Standard-IA PUT/COPY/POST/LIST",
                        "0", "not assumed"),
                p("standard_infrequent_access.monthly_tier_2_requests", "per month", "Standard-IA GET and other",
                        "0", "not assumed"),
                p("one_zone_infrequent_access.storage_gb", "GB", "One Zone-IA storage", "0", "not assumed"),
                p("glacier_instant_retrieval.storage_gb", "GB", "Glacier Instant Retrieval storage", "0",
                        "not assumed"),
                p("glacier_flexible_retrieval.storage_gb", "GB", "Glacier Flexible Retrieval storage", "0",
                        "not assumed"));
        model("aws_cloudwatch_log_group", ServiceModels::logGroup,
                p("monthly_data_ingested_gb", "GB per month", "log data ingested", "1", "a quiet service"),
                p("storage_gb", "GB", "log data stored", "1", "a quiet service with short retention"),
                p("monthly_data_scanned_gb", "GB per month", "data scanned by Logs Insights", "0", "not assumed"));
        model("aws_cloudwatch_metric_alarm", ServiceModels::metricAlarm);
        model("aws_kms_key", ServiceModels::kmsKey, p("monthly_requests", "requests per month",
                "cryptographic requests", "10000", "ten thousand"));
        model("aws_secretsmanager_secret", ServiceModels::secret, p("monthly_requests", "requests per month",
                "API requests", "10000", "ten thousand"));
        model("aws_eks_cluster", ServiceModels::eksCluster);
        model("aws_ecs_service", ServiceModels::ecsService);
        model("aws_efs_file_system", ServiceModels::efs,
                p("storage_gb", "GB", "Standard storage", "10", "a small file system"),
                p("infrequent_access_storage_gb", "GB", "Infrequent Access storage", "0", "not assumed"));
        model("aws_api_gateway_stage", ServiceModels::apiGatewayStage);
        model("aws_ssm_parameter", ServiceModels::ssmParameter);

        String vpc = "VPC networking objects have no charge; what runs in them is priced on its own";
        String iam = "IAM is free";
        free(vpc, "aws_vpc", "aws_subnet", "aws_route_table", "aws_route", "aws_route_table_association",
                "aws_main_route_table_association", "aws_default_route_table", "aws_security_group",
                "aws_security_group_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule",
                "aws_default_security_group", "aws_network_acl", "aws_network_acl_rule", "aws_network_acl_association",
                "aws_default_network_acl", "aws_internet_gateway", "aws_egress_only_internet_gateway",
                "aws_vpc_dhcp_options", "aws_vpc_dhcp_options_association", "aws_vpc_ipv4_cidr_block_association",
                "aws_vpc_endpoint_route_table_association", "aws_vpc_endpoint_subnet_association",
                "aws_default_vpc", "aws_default_subnet");
        free(iam, "aws_iam_role", "aws_iam_policy", "aws_iam_role_policy", "aws_iam_role_policy_attachment",
                "aws_iam_instance_profile", "aws_iam_user", "aws_iam_group", "aws_iam_user_policy",
                "aws_iam_group_policy", "aws_iam_policy_attachment", "aws_iam_user_policy_attachment",
                "aws_iam_group_policy_attachment", "aws_iam_openid_connect_provider", "aws_iam_service_linked_role");
        free("a launch template or configuration costs nothing; the instances launched from it are priced on the "
                + "Auto Scaling group, node group or instance that uses it", "aws_launch_template",
                "aws_launch_configuration");
        free("load balancer listeners, rules and target groups have no charge of their own", "aws_lb_listener",
                "aws_lb_listener_rule", "aws_lb_target_group", "aws_lb_target_group_attachment", "aws_alb_listener",
                "aws_alb_listener_rule", "aws_alb_target_group", "aws_alb_target_group_attachment",
                "aws_lb_listener_certificate");
        free("subnet, parameter and option groups are configuration, free of charge", "aws_db_subnet_group",
                "aws_db_parameter_group", "aws_db_option_group", "aws_rds_cluster_parameter_group",
                "aws_elasticache_subnet_group", "aws_elasticache_parameter_group");
        free("configuration of a bucket; storage and requests are priced on aws_s3_bucket",
                "aws_s3_bucket_policy", "aws_s3_bucket_versioning", "aws_s3_bucket_public_access_block",
                "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_lifecycle_configuration",
                "aws_s3_bucket_ownership_controls", "aws_s3_bucket_acl", "aws_s3_bucket_cors_configuration",
                "aws_s3_bucket_logging", "aws_s3_bucket_notification", "aws_s3_bucket_website_configuration",
                "aws_s3_bucket_object_lock_configuration", "aws_s3_bucket_replication_configuration",
                "aws_s3_bucket_intelligent_tiering_configuration", "aws_s3_bucket_request_payment_configuration",
                "aws_s3_account_public_access_block");
        free("an alias costs nothing; the key is priced on aws_kms_key", "aws_kms_alias");
        free("flow log records are billed as data ingested into their destination (a log group or bucket), "
                + "priced there", "aws_flow_log");
        free("policies, subscriptions and permissions have no charge of their own", "aws_sqs_queue_policy",
                "aws_sqs_queue_redrive_policy", "aws_sqs_queue_redrive_allow_policy", "aws_sns_topic_policy",
                "aws_sns_topic_subscription", "aws_lambda_permission", "aws_lambda_event_source_mapping",
                "aws_lambda_alias", "aws_cloudwatch_log_resource_policy", "aws_cloudwatch_log_subscription_filter",
                "aws_cloudwatch_event_target", "aws_cloudwatch_event_rule", "aws_cloudwatch_event_bus_policy",
                "aws_secretsmanager_secret_version", "aws_secretsmanager_secret_rotation",
                "aws_secretsmanager_secret_policy", "aws_efs_mount_target", "aws_efs_access_point",
                "aws_efs_file_system_policy", "aws_efs_backup_policy", "aws_ecr_repository_policy",
                "aws_ecr_lifecycle_policy");
        free("ECS clusters and task definitions cost nothing; tasks are priced on aws_ecs_service",
                "aws_ecs_cluster", "aws_ecs_task_definition", "aws_ecs_cluster_capacity_providers");
        free("EKS add-ons and access entries have no charge of their own", "aws_eks_addon", "aws_eks_access_entry",
                "aws_eks_access_policy_association", "aws_eks_identity_provider_config",
                "aws_eks_pod_identity_association");
        free("scaling policies and targets are free", "aws_appautoscaling_target", "aws_appautoscaling_policy",
                "aws_autoscaling_policy", "aws_autoscaling_schedule", "aws_autoscaling_attachment",
                "aws_autoscaling_lifecycle_hook");
        free("API Gateway resources, methods, integrations and deployments cost nothing; requests are priced on "
                + "the API", "aws_api_gateway_resource", "aws_api_gateway_method", "aws_api_gateway_integration",
                "aws_api_gateway_method_response", "aws_api_gateway_integration_response",
                "aws_api_gateway_deployment", "aws_api_gateway_method_settings", "aws_api_gateway_authorizer",
                "aws_api_gateway_base_path_mapping", "aws_api_gateway_domain_name", "aws_api_gateway_account",
                "aws_apigatewayv2_stage", "aws_apigatewayv2_route", "aws_apigatewayv2_integration",
                "aws_apigatewayv2_deployment", "aws_apigatewayv2_authorizer", "aws_apigatewayv2_domain_name",
                "aws_apigatewayv2_api_mapping");
        free("transit gateways, their route tables, associations and propagations are free; attachments are priced",
                "aws_ec2_transit_gateway", "aws_ec2_transit_gateway_route_table",
                "aws_ec2_transit_gateway_route_table_association", "aws_ec2_transit_gateway_route_table_propagation",
                "aws_ec2_transit_gateway_route");
        free("a virtual private gateway and customer gateway cost nothing; VPN connections are priced",
                "aws_vpn_gateway", "aws_vpn_gateway_attachment", "aws_vpn_gateway_route_propagation",
                "aws_customer_gateway");
        free("AWS RAM shares are free", "aws_ram_resource_share", "aws_ram_resource_association",
                "aws_ram_principal_association");
        free("Route 53 DNSSEC signing and query logging configuration are free (the KMS key and the log group are "
                + "priced on their own)", "aws_route53_hosted_zone_dnssec", "aws_route53_key_signing_key",
                "aws_route53_query_log", "aws_route53_zone_association", "aws_route53_vpc_association_authorization");
        free("an association or attachment has no charge of its own", "aws_eip_association",
                "aws_network_interface_attachment", "aws_volume_attachment", "aws_wafv2_web_acl_association",
                "aws_wafv2_web_acl_logging_configuration", "aws_wafv2_ip_set", "aws_wafv2_regex_pattern_set",
                "aws_key_pair", "aws_placement_group", "aws_cloudwatch_log_metric_filter");
    }

    private static void model(String type, Function<Est, ResourceCost> f, UsageParameter... usage) {
        model(type, f, List.of(usage));
    }

    private static void model(String type, Function<Est, ResourceCost> f, List<UsageParameter> usage) {
        MODELS.put(type, f);
        USAGE.put(type, usage);
    }

    private static void free(String reason, String... types) {
        for (String t : types) {
            FREE.put(t, reason);
        }
    }

    private static List<UsageParameter> io() {
        return List.of(p("monthly_standard_io_requests", "I/O requests per month", "I/O requests of magnetic "
                + "(standard) volumes", "10000000", "ten million, a lightly used volume"));
    }

    private static UsageParameter p(String key, String unit, String description, String assumption,
            String rationale) {
        return new UsageParameter(key, unit, description, new BigDecimal(assumption), rationale);
    }

    private static final Set<String> TYPES;

    static {
        Set<String> all = new TreeSet<>(MODELS.keySet());
        all.addAll(FREE.keySet());
        TYPES = Collections.unmodifiableSet(all);
    }

    /** Creates the model. */
    public AwsResourceCostModel() {
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<String> resourceTypes() {
        return TYPES;
    }

    /** @return the types priced by a model (not merely known to be free), sorted */
    public static Set<String> pricedTypes() {
        return Collections.unmodifiableSet(new TreeSet<>(MODELS.keySet()));
    }

    @Override
    public List<UsageParameter> usageParameters(String resourceType) {
        Objects.requireNonNull(resourceType, "resourceType");
        return USAGE.getOrDefault(resourceType, List.of());
    }

    @Override
    public ResourceCost estimate(ResourceInstance resource) {
        Objects.requireNonNull(resource, "resource");
        String type = resource.type();
        String free = FREE.get(type);
        if (free != null) {
            return ResourceCost.free(free);
        }
        Function<Est, ResourceCost> model = MODELS.get(type);
        if (model == null) {
            throw new IllegalArgumentException("not an AWS resource type this model prices: " + type);
        }
        return model.apply(new Est(resource));
    }

    /** @return {@code alexandria-aws-resource-costs} */
    @Override
    public String toString() {
        return DESCRIPTOR.name();
    }
}
