package dev.alexandria.cost.aws;

import dev.alexandria.api.Plurals;
import dev.alexandria.api.model.Decimals;
import dev.alexandria.spi.cost.AttributeValue;
import dev.alexandria.spi.cost.CostComponent;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.Quantity;
import dev.alexandria.spi.cost.ResourceAttributes;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.spi.cost.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Managed services: Lambda, API Gateway, SQS, SNS, S3, CloudWatch, KMS, Secrets Manager, EKS, ECS on Fargate, EFS.
 */
final class ServiceModels {

    /**
     * Kubernetes versions of EKS whose standard support ended before the snapshot's date (2025-12-06), per AWS's
     * EKS release calendar: a cluster on one of them is in extended support, $0.50 an hour more in us-east-1.
     */
    static final Map<String, String> EKS_STANDARD_SUPPORT_END = Map.ofEntries(Map.entry("1.23", "2023-10-11"),
            Map.entry("1.24", "2024-01-31"), Map.entry("1.25", "2024-05-01"), Map.entry("1.26", "2024-06-11"),
            Map.entry("1.27", "2024-07-24"), Map.entry("1.28", "2024-11-26"), Map.entry("1.29", "2025-03-23"),
            Map.entry("1.30", "2025-07-23"), Map.entry("1.31", "2025-11-26"));

    private static final BigDecimal KB_64 = new BigDecimal("64");

    private ServiceModels() {
    }

    static ResourceCost lambda(Est e) {
        ResourceAttributes a = e.r.attributes();
        AttributeValue archs = a.get("architectures");
        Val<String> arch;
        if (archs.isKnown() && !archs.asList().isEmpty()) {
            arch = archs.asList().get(0).isKnown() ? Val.of(archs.asList().get(0).asString().orElse("x86_64"),
                    archs.origin().orElseThrow()) : Val.problem("architectures is not known: pass --inputs");
        } else if (archs.isUnknown()) {
            arch = Val.problem("architectures = " + archs.expression() + " is not known: pass --inputs");
        } else {
            arch = Val.of("x86_64", Est.dflt("architectures not set: x86_64"));
        }
        Val<BigDecimal> memory = Val.number(a, "memory_size").orDefault(new BigDecimal("128"),
                "memory_size not set: 128 MB");
        if (!arch.known()) {
            e.notKnown("Requests", arch.problem(), true);
            e.notKnown("Duration", arch.problem(), true);
            return ResourceCost.priced(e.out);
        }
        e.usage("Requests", e.key("AWSLambda", "requests:" + arch.value()), "monthly_requests");
        Optional<Usage.Value> requests = e.usage("monthly_requests");
        Optional<Usage.Value> ms = e.usage("request_duration_ms");
        dev.alexandria.spi.cost.PriceKey duration = e.key("AWSLambda", "duration:" + arch.value());
        if (!memory.known()) {
            e.notKnown("Duration", memory.problem(), true);
        } else if (requests.isPresent() && ms.isPresent()) {
            // GB-seconds = requests x duration (ms) / 1000 x memory (MB) / 1024
            BigDecimal gbs = requests.get().amount().multiply(ms.get().amount()).multiply(memory.value())
                    .divide(new BigDecimal("1024000"), 12, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            e.add(CostComponent.usage("Duration (" + arch.value() + ")", duration, Quantity.known(gbs, List.of(
                    requests.get().origin(), ms.get().origin(), memory.origin(),
                    Est.constant("GB-seconds = requests x ms / 1000 x MB / 1024")))));
        } else {
            e.add(CostComponent.usage("Duration (" + arch.value() + ")", duration, Quantity.dependsOnUsage(
                    "monthly_requests", "request_duration_ms")));
        }
        e.noteLast("the monthly free tier (1M requests, 400,000 GB-seconds) is not deducted");
        return ResourceCost.priced(e.out);
    }

    static ResourceCost restApi(Est e) {
        e.usage("Requests", e.key("AmazonApiGateway", "rest-api:requests"), "monthly_requests");
        e.noteLast("tiered per account; priced here per API, as Infracost does");
        return ResourceCost.priced(e.out);
    }

    static ResourceCost apiGatewayV2(Est e) {
        Val<String> protocol = Val.string(e.r.attributes(), "protocol_type");
        if (!protocol.known()) {
            e.notKnown("Requests", protocol.problem(), true);
            return ResourceCost.priced(e.out);
        }
        if (protocol.value().equals("WEBSOCKET")) {
            // messages are metered in 32 KB increments
            sized(e, "Messages", e.key("AmazonApiGateway", "websocket:messages"), "monthly_messages",
                    "message_size_kb", new BigDecimal("32"));
            e.usage("Connection minutes", e.key("AmazonApiGateway", "websocket:connection-minutes"),
                    "monthly_connection_mins");
        } else {
            // HTTP API requests are metered in 512 KB increments
            sized(e, "Requests (HTTP API)", e.key("AmazonApiGateway", "http-api:requests"), "monthly_requests",
                    "request_size_kb", new BigDecimal("512"));
        }
        return ResourceCost.priced(e.out);
    }

    /** A request count metered in size increments: requests x ceil(size / increment). */
    private static void sized(Est e, String name, dev.alexandria.spi.cost.PriceKey key, String countKey,
            String sizeKey, BigDecimal increment) {
        Optional<Usage.Value> n = e.usage(countKey);
        Optional<Usage.Value> size = e.usage(sizeKey);
        if (n.isEmpty()) {
            e.add(CostComponent.usage(name, key, Quantity.dependsOnUsage(countKey)));
            return;
        }
        List<Origin> origins = new ArrayList<>(List.of(n.get().origin()));
        BigDecimal chunks = BigDecimal.ONE;
        if (size.isPresent() && size.get().amount().signum() > 0) {
            chunks = Est.ceil(Est.div(size.get().amount(), increment));
            origins.add(size.get().origin());
            origins.add(Est.constant("metered in " + Est.plain(increment) + " KB increments"));
        }
        e.add(CostComponent.usage(name, key, Quantity.known(n.get().amount().multiply(chunks), origins)));
    }

    static ResourceCost sqsQueue(Est e) {
        Val<Boolean> fifo = Val.bool(e.r.attributes(), "fifo_queue").orDefault(false, "fifo_queue not set: standard");
        if (!fifo.known()) {
            e.notKnown("Requests", fifo.problem(), true);
        } else if (fifo.value()) {
            sized(e, "Requests (FIFO)", e.key("AWSQueueService", "requests:fifo:first-100b"), "monthly_requests",
                    "request_size_kb", KB_64);
            e.noteLast("priced at the first tier (first 100 billion requests), the only FIFO tier in the snapshot");
        } else {
            sized(e, "Requests", e.key("AWSQueueService", "requests:standard"), "monthly_requests",
                    "request_size_kb", KB_64);
        }
        return ResourceCost.priced(e.out);
    }

    /**
     * An SNS topic: publish requests (64 KB chunks) and HTTP/S and email notifications. AWS's monthly free
     * allowances (1 million publishes, 100,000 HTTP/S and 1,000 email notifications) are per account; they are
     * deducted per topic here, as Infracost does, and the lines say so.
     */
    static ResourceCost snsTopic(Est e) {
        Val<Boolean> fifo = Val.bool(e.r.attributes(), "fifo_topic").orDefault(false, "fifo_topic not set: standard");
        boolean isFifo = fifo.known() && fifo.value();
        dev.alexandria.spi.cost.PriceKey key = e.key("AmazonSNS", isFifo ? "requests:fifo-publish"
                : "requests:standard-publish");
        Optional<Usage.Value> n = e.usage("monthly_requests");
        Optional<Usage.Value> size = e.usage("request_size_kb");
        if (n.isEmpty()) {
            e.add(CostComponent.usage("Requests", key, Quantity.dependsOnUsage("monthly_requests")));
        } else {
            BigDecimal chunks = size.filter(v -> v.amount().signum() > 0)
                    .map(v -> Est.ceil(Est.div(v.amount(), KB_64))).orElse(BigDecimal.ONE);
            List<Origin> origins = new ArrayList<>(List.of(n.get().origin()));
            size.ifPresent(v -> origins.add(v.origin()));
            BigDecimal requests = n.get().amount().multiply(chunks);
            if (!isFifo) {
                requests = requests.subtract(new BigDecimal("1000000")).max(BigDecimal.ZERO);
                origins.add(Est.constant("first 1,000,000 publishes a month free (per account; deducted per topic, "
                        + "as Infracost does)"));
            }
            e.add(CostComponent.usage("Requests", key, Quantity.known(requests, origins)));
        }
        notifications(e, "HTTP/S notifications", "notifications:http", "http_subscriptions", "100000");
        notifications(e, "Email notifications", "notifications:email", "email_subscriptions", "1000");
        return ResourceCost.priced(e.out);
    }

    private static void notifications(Est e, String name, String key, String subscriptionsKey, String free) {
        Optional<Usage.Value> subs = e.usage(subscriptionsKey);
        Optional<Usage.Value> n = e.usage("monthly_requests");
        if (subs.isPresent() && n.isPresent()) {
            BigDecimal count = n.get().amount().multiply(subs.get().amount()).subtract(new BigDecimal(free))
                    .max(BigDecimal.ZERO);
            e.add(CostComponent.usage(name, e.key("AmazonSNS", key), Quantity.known(count, List.of(n.get().origin(),
                    subs.get().origin(), Est.constant("first " + Decimals.grouped(Long.parseLong(free))
                            + " a month free (per account; deducted per topic, as Infracost does)")))));
        } else if (subs.isPresent()) {
            e.add(CostComponent.usage(name, e.key("AmazonSNS", key), Quantity.dependsOnUsage("monthly_requests")));
        }
    }

    static ResourceCost s3Bucket(Est e) {
        e.usage("Standard storage", e.key("AmazonS3", "storage:standard"), "standard.storage_gb");
        e.noteLast("tiered per account; priced here per bucket, as Infracost does");
        e.usage("PUT, COPY, POST, LIST requests", e.key("AmazonS3", "requests:standard:put-copy-post-list"),
                "standard.monthly_tier_1_requests");
        e.usage("GET, SELECT and all other requests", e.key("AmazonS3", "requests:standard:get-and-other"),
                "standard.monthly_tier_2_requests");
        optionalClass(e, "Standard-IA storage", "storage:standard-ia", "standard_infrequent_access.storage_gb");
        optionalClass(e, "Standard-IA PUT, COPY, POST, LIST requests", "requests:standard-ia:put-copy-post-list",
                "standard_infrequent_access.monthly_tier_1_requests");
        optionalClass(e, "Standard-IA GET and other requests", "requests:standard-ia:get-and-other",
                "standard_infrequent_access.monthly_tier_2_requests");
        optionalClass(e, "One Zone-IA storage", "storage:onezone-ia", "one_zone_infrequent_access.storage_gb");
        optionalClass(e, "Glacier Instant Retrieval storage", "storage:glacier-instant-retrieval",
                "glacier_instant_retrieval.storage_gb");
        optionalClass(e, "Glacier Flexible Retrieval storage", "storage:glacier-flexible-retrieval",
                "glacier_flexible_retrieval.storage_gb");
        return ResourceCost.priced(e.out);
    }

    /** A storage class shown only when the usage file uses it. */
    private static void optionalClass(Est e, String name, String key, String usageKey) {
        if (e.usage(usageKey).filter(u -> u.amount().signum() > 0).isPresent()) {
            e.usage(name, e.key("AmazonS3", key), usageKey);
        }
    }

    static ResourceCost logGroup(Est e) {
        Val<String> cls = Val.string(e.r.attributes(), "log_group_class").orDefault("STANDARD",
                "log_group_class not set: STANDARD");
        boolean ia = cls.known() && cls.value().equals("INFREQUENT_ACCESS");
        e.usage("Data ingested", e.key("AmazonCloudWatch", ia ? "logs:ingestion:infrequent-access"
                : "logs:ingestion:standard"), "monthly_data_ingested_gb");
        e.usage("Archival storage", e.key("AmazonCloudWatch", "logs:storage"), "storage_gb");
        e.usage("Insights queries data scanned", e.key("AmazonCloudWatch", "logs:insights-scanned"),
                "monthly_data_scanned_gb");
        return ResourceCost.priced(e.out);
    }

    static ResourceCost metricAlarm(Est e) {
        ResourceAttributes a = e.r.attributes();
        List<ResourceAttributes> queries = a.blocks("metric_query");
        Val<BigDecimal> metrics;
        if (!a.blocksKnown("metric_query")) {
            metrics = Val.problem("the metric_query blocks are not known: pass --inputs");
        } else if (queries.isEmpty()) {
            metrics = Val.of(BigDecimal.ONE, Est.constant("one metric"));
        } else {
            long n = queries.stream().filter(q -> !q.blocks("metric").isEmpty()).count();
            metrics = Val.of(BigDecimal.valueOf(Math.max(1, n)), Origin.of(Origin.Kind.ATTRIBUTE,
                    Plurals.count(n, "metric_query block") + " with a metric"));
        }
        boolean anomaly = !a.get("threshold_metric_id").isAbsent();
        Val<BigDecimal> period = Val.number(a, "period").orDefault(new BigDecimal("60"), "period not set");
        if (!metrics.known() || !period.known()) {
            e.notKnown("Alarm metrics", !metrics.known() ? metrics.problem() : period.problem(), false);
            return ResourceCost.priced(e.out);
        }
        boolean high = period.value().compareTo(new BigDecimal("60")) < 0;
        BigDecimal count = anomaly ? metrics.value().multiply(new BigDecimal("3")) : metrics.value();
        List<Origin> origins = new ArrayList<>(List.of(metrics.origin(), period.origin()));
        if (anomaly) {
            origins.add(Est.constant("an anomaly detection alarm counts 3 metrics"));
        }
        e.fixed(high ? "High resolution alarm metrics" : "Standard resolution alarm metrics", e.key(
                "AmazonCloudWatch", high ? "alarm:high-resolution" : "alarm:standard-resolution"), count,
                origins.toArray(new Origin[0]));
        return ResourceCost.priced(e.out);
    }

    static ResourceCost kmsKey(Est e) {
        e.fixed("Customer managed key", e.key("awskms", "key:customer-managed-month"), BigDecimal.ONE,
                Est.constant("one key a month"));
        Val<String> spec = Val.string(e.r.attributes(), "customer_master_key_spec").orDefault("SYMMETRIC_DEFAULT",
                "customer_master_key_spec not set: SYMMETRIC_DEFAULT");
        boolean symmetric = !spec.known() || spec.value().equals("SYMMETRIC_DEFAULT");
        e.usage(symmetric ? "Requests (symmetric)" : "Requests (asymmetric)", e.key("awskms", symmetric
                ? "requests:symmetric" : "requests:asymmetric"), "monthly_requests");
        e.noteLast("the first 20,000 requests a month of the account are free and not deducted");
        return ResourceCost.priced(e.out);
    }

    static ResourceCost secret(Est e) {
        List<ResourceAttributes> replicas = e.r.attributes().blocks("replica");
        BigDecimal n = BigDecimal.valueOf(1 + replicas.size());
        e.fixed("Secret", e.key("AWSSecretsManager", "secret:month"), n, replicas.isEmpty()
                ? Est.constant("one secret a month") : Origin.of(Origin.Kind.ATTRIBUTE, "one secret and "
                + Plurals.count(replicas.size(), "replica block") + ", each billed as a secret"));
        e.usage("API requests", e.key("AWSSecretsManager", "api:requests"), "monthly_requests");
        return ResourceCost.priced(e.out);
    }

    static ResourceCost eksCluster(Est e) {
        ResourceAttributes a = e.r.attributes();
        e.hourly("EKS cluster", e.key("AmazonEKS", "cluster:hour"));
        Val<String> version = Val.string(a, "version");
        Val<String> support = Val.string(first(a.blocks("upgrade_policy")), "support_type");
        if (support.known() && support.value().equals("STANDARD")) {
            return ResourceCost.priced(e.out);
        }
        if (version.isAbsent()) {
            return ResourceCost.priced(e.out);
        }
        if (!version.known()) {
            e.notKnown("EKS extended support", version.problem() + " (a version in extended support adds the "
                    + "extended-support rate)", false);
            return ResourceCost.priced(e.out);
        }
        String end = EKS_STANDARD_SUPPORT_END.get(version.value());
        if (end != null) {
            e.hourly("EKS extended support (Kubernetes " + version.value() + ")", e.key("AmazonEKS",
                    "cluster:extended-support-increment-hour"), version.origin(), Est.constant("standard support of "
                    + version.value() + " ended " + end + ", before the price snapshot of 2025-12-06"));
        }
        return ResourceCost.priced(e.out);
    }

    private static ResourceAttributes first(List<ResourceAttributes> blocks) {
        return blocks.isEmpty() ? Ec2Models.NONE : blocks.get(0);
    }

    /**
     * An ECS service on Fargate: desired count x the task's vCPU and memory, 730 hours. Linux/x86 Fargate is priced
     * from an imported AmazonECS offer when there is one, else from the snapshot's AmazonEKS Fargate rows (AWS
     * charges the same Fargate rates for ECS and EKS).
     */
    static ResourceCost ecsService(Est e) {
        ResourceAttributes a = e.r.attributes();
        Val<String> launch = Val.string(a, "launch_type");
        boolean fargate = launch.known() && launch.value().equals("FARGATE");
        for (ResourceAttributes s : a.blocks("capacity_provider_strategy")) {
            Val<String> p = Val.string(s, "capacity_provider");
            fargate |= p.known() && p.value().startsWith("FARGATE");
            if (p.known() && p.value().equals("FARGATE_SPOT")) {
                return ResourceCost.notPriced("capacity provider FARGATE_SPOT: Spot prices are not priced");
            }
        }
        if (!launch.known() && !launch.isAbsent()) {
            e.notKnown("Fargate vCPU", launch.problem(), false);
            return ResourceCost.priced(e.out);
        }
        if (!fargate) {
            return launch.isAbsent() && a.blocks("capacity_provider_strategy").isEmpty()
                    ? ResourceCost.free("launch type EC2 (the default): the service costs nothing itself; its "
                            + "container instances are priced on their own")
                    : ResourceCost.free("launch type " + (launch.known() ? launch.value() : "EC2") + ": the service "
                            + "costs nothing itself; its container instances are priced on their own");
        }
        Val<BigDecimal> count = Val.number(a, "desired_count").orDefault(BigDecimal.ZERO,
                "desired_count not set: 0 tasks (the provider's default)");
        Optional<ResourceInstance> task = a.referencedResource("task_definition");
        if (task.isEmpty()) {
            e.notKnown("Fargate vCPU", "task_definition does not refer to an aws_ecs_task_definition of this "
                    + "module: its CPU and memory are not known", false);
            return ResourceCost.priced(e.out);
        }
        ResourceAttributes t = task.get().attributes();
        Val<String> os = Val.string(first(t.blocks("runtime_platform")), "operating_system_family")
                .orDefault("LINUX", "runtime_platform not set: Linux");
        Val<String> cpuArch = Val.string(first(t.blocks("runtime_platform")), "cpu_architecture")
                .orDefault("X86_64", "cpu_architecture not set: X86_64");
        String variant = "";
        if (os.known() && !os.value().equals("LINUX")) {
            variant = "windows:";
        } else if (cpuArch.known() && cpuArch.value().equals("ARM64")) {
            variant = "arm:";
        }
        Val<BigDecimal> cpu = units(Val.string(t, "cpu"), "vCPU", new BigDecimal("1024"));
        Val<BigDecimal> memory = units(Val.string(t, "memory"), "GB", new BigDecimal("1024"));
        fargateLine(e, "Fargate vCPU", "vcpu-hour", variant, cpu, count, task.get());
        fargateLine(e, "Fargate memory (GB)", "gb-hour", variant, memory, count, task.get());
        return ResourceCost.priced(e.out);
    }

    private static void fargateLine(Est e, String name, String unit, String variant, Val<BigDecimal> perTask,
            Val<BigDecimal> count, ResourceInstance task) {
        if (!perTask.known() || !count.known()) {
            e.notKnown(name, !perTask.known() ? perTask.problem() + " (" + task.address() + ")" : count.problem(),
                    false);
            return;
        }
        CostComponent c = CostComponent.fixed(name + (variant.isEmpty() ? "" : " (" + variant.replace(":", "")
                + ")"), e.key("AmazonECS", "fargate:" + variant + unit), Quantity.known(perTask.value()
                .multiply(count.value()).multiply(Est.HOURS), List.of(count.origin(), Origin.of(perTask.origin()
                .kind(), perTask.origin().detail() + " (" + task.address() + ")"), Origin.hoursPerMonth())));
        if (variant.isEmpty()) {
            c = c.withFallback(e.key("AmazonEKS", "fargate:" + unit)).withNote("Linux/x86 Fargate: priced from an "
                    + "imported AmazonECS offer if there is one, else from the AmazonEKS Fargate rows (the same "
                    + "Fargate rates)");
        } else {
            c = c.withNote(variant.replace(":", "") + " Fargate is priced only from an imported AmazonECS offer "
                    + "(import-prices)");
        }
        e.add(c);
    }

    /** Task CPU ("256" CPU units or "1 vCPU") in vCPU, memory ("512" MiB or "1 GB") in GB. */
    private static Val<BigDecimal> units(Val<String> v, String unit, BigDecimal perUnit) {
        if (!v.known()) {
            return v.isAbsent() ? Val.problem("the task definition's " + (unit.equals("GB") ? "memory" : "cpu")
                    + " is not set") : Val.problem(v.problem());
        }
        String s = v.value().trim();
        try {
            if (s.toLowerCase(java.util.Locale.ROOT).endsWith(unit.toLowerCase(java.util.Locale.ROOT))) {
                return Val.of(new BigDecimal(s.substring(0, s.length() - unit.length()).trim()), v.origin());
            }
            return Val.of(Est.div(new BigDecimal(s), perUnit), v.origin());
        } catch (NumberFormatException ex) {
            return Val.problem("'" + s + "' is not a Fargate " + (unit.equals("GB") ? "memory" : "cpu") + " size");
        }
    }

    static ResourceCost efs(Est e) {
        e.usage("Storage (Standard)", e.key("AmazonEFS", "storage:standard"), "storage_gb");
        e.usage("Storage (Infrequent Access)", e.key("AmazonEFS", "storage:infrequent-access"),
                "infrequent_access_storage_gb");
        return ResourceCost.priced(e.out);
    }

    static ResourceCost apiGatewayStage(Est e) {
        Val<Boolean> cache = Val.bool(e.r.attributes(), "cache_cluster_enabled").orDefault(false,
                "cache_cluster_enabled not set");
        if (!cache.known()) {
            e.notKnown("Cache memory", cache.problem(), false);
            return ResourceCost.priced(e.out);
        }
        if (!cache.value()) {
            return ResourceCost.free("a stage without a cache costs nothing; requests are priced on the API");
        }
        Val<String> size = Val.string(e.r.attributes(), "cache_cluster_size").orDefault("0.5",
                "cache_cluster_size not set: 0.5 GB");
        e.hourly("Cache memory (" + (size.known() ? size.value() : "?") + " GB)", e.key("AmazonApiGateway",
                "cache:" + (size.known() ? size.value() : "unknown") + "gb-hour"), cache.origin());
        return ResourceCost.priced(e.out);
    }

    static ResourceCost ssmParameter(Est e) {
        Val<String> tier = Val.string(e.r.attributes(), "tier").orDefault("Standard", "tier not set: Standard");
        if (!tier.known()) {
            e.notKnown("Parameter storage", tier.problem(), false);
            return ResourceCost.priced(e.out);
        }
        if (tier.value().equals("Standard")) {
            return ResourceCost.free("Standard parameters are stored free of charge");
        }
        e.fixed("Advanced parameter storage", e.key("AWSSystemsManager", "parameter:advanced-month"), BigDecimal.ONE,
                tier.origin());
        return ResourceCost.priced(e.out);
    }
}
