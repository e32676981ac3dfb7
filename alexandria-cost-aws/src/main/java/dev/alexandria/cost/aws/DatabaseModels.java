package dev.alexandria.cost.aws;

import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.ResourceAttributes;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceInstance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Databases and caches: RDS, Aurora, ElastiCache, DynamoDB. */
final class DatabaseModels {

    private static final BigDecimal FOUR_HUNDRED = new BigDecimal("400");

    private DatabaseModels() {
    }

    /** An RDS instance (PostgreSQL, MySQL; other engines are named with "no price for" lines). */
    static ResourceCost dbInstance(Est e) {
        ResourceAttributes a = e.r.attributes();
        Optional<ResourceInstance> source = a.referencedResource("replicate_source_db");
        Val<String> engine = Val.string(a, "engine");
        if (engine.isAbsent() && source.isPresent()) {
            engine = Val.string(source.get().attributes(), "engine");
        }
        if (engine.known() && engine.value().startsWith("aurora")) {
            return ResourceCost.notPriced("engine " + engine.value() + ": Aurora instances are priced on "
                    + "aws_rds_cluster_instance");
        }
        Val<String> cls = Val.string(a, "instance_class");
        Val<Boolean> multiAz = Val.bool(a, "multi_az").orDefault(false, "multi_az not set: Single-AZ");
        String az = multiAz.known() && multiAz.value() ? "multi-az" : "single-az";
        String azName = az.equals("multi-az") ? "Multi-AZ" : "Single-AZ";
        if (!engine.known() || !cls.known() || !multiAz.known()) {
            e.notKnown("Database instance (on-demand, " + azName + ")", !engine.known() ? engine.problem()
                    : !cls.known() ? cls.problem() : multiAz.problem(), false);
        } else {
            e.hourly("Database instance (on-demand, " + azName + ", " + cls.value() + ")", e.key("AmazonRDS",
                    "db-instance:" + cls.value() + ":" + engine.value() + ":" + az), Est.one(), cls.origin(),
                    engine.origin(), multiAz.origin());
        }
        Val<BigDecimal> iops = Val.number(a, "iops");
        Val<String> storage = Val.string(a, "storage_type").orDefault(iops.known() ? "io1" : "gp2",
                "storage_type not set: " + (iops.known() ? "io1, because iops is set" : "gp2") + " (the provider's "
                        + "default)");
        Val<BigDecimal> size = Val.number(a, "allocated_storage");
        if (size.isAbsent() && source.isPresent()) {
            size = Val.number(source.get().attributes(), "allocated_storage");
        }
        if (size.isAbsent()) {
            size = Val.problem("allocated_storage is not set");
        }
        if (!storage.known() || !size.known() || !multiAz.known()) {
            e.notKnown("Storage", !storage.known() ? storage.problem() : !size.known() ? size.problem()
                    : multiAz.problem(), false);
        } else {
            String st = storage.value().equals("standard") ? "magnetic" : storage.value();
            e.fixed("Storage (" + st + ")", e.key("AmazonRDS", "storage:" + st + ":" + az), size.value(),
                    size.origin(), storage.origin(), multiAz.origin());
            boolean large = size.value().compareTo(FOUR_HUNDRED) >= 0;
            if (st.equals("gp3")) {
                // RDS gp3 for PostgreSQL and MySQL includes 3,000 IOPS and 125 MiBps, or 12,000 and 500 from 400 GB
                BigDecimal freeIops = large ? new BigDecimal("12000") : new BigDecimal("3000");
                BigDecimal freeMibps = large ? new BigDecimal("500") : new BigDecimal("125");
                String baseline = large ? "12,000 IOPS and 500 MiBps included from 400 GB"
                        : "3,000 IOPS and 125 MiBps included below 400 GB";
                if (iops.known() && iops.value().compareTo(freeIops) > 0) {
                    e.fixed("Provisioned gp3 IOPS above the baseline", e.key("AmazonRDS", "storage:gp3-iops:" + az),
                            iops.value().subtract(freeIops), iops.origin(), Est.constant(baseline));
                }
                Val<BigDecimal> tp = Val.number(a, "storage_throughput");
                if (tp.known() && tp.value().compareTo(freeMibps) > 0) {
                    e.fixed("Provisioned gp3 throughput above the baseline", e.key("AmazonRDS",
                            "storage:gp3-throughput:" + az), tp.value().subtract(freeMibps), tp.origin(),
                            Est.constant(baseline));
                }
            } else if (st.equals("io1") || st.equals("io2")) {
                if (iops.known()) {
                    e.fixed("Provisioned IOPS", e.key("AmazonRDS", "storage:" + st + "-iops:" + az), iops.value(),
                            iops.origin(), multiAz.origin());
                } else {
                    e.notKnown("Provisioned IOPS", iops.isAbsent() ? "iops is not set (required for " + st + ")"
                            : iops.problem(), false);
                }
            }
        }
        e.usage("Additional backup storage", e.key("AmazonRDS", "backup-storage"), "additional_backup_storage_gb");
        return ResourceCost.priced(e.out);
    }

    /** An Aurora cluster: storage, I/O and backups come from usage; its instances are priced on their own. */
    static ResourceCost rdsCluster(Est e) {
        ResourceAttributes a = e.r.attributes();
        Val<String> engine = Val.string(a, "engine").orDefault("aurora", "engine not set: aurora (MySQL-compatible)");
        if (!engine.known()) {
            e.notKnown("Aurora storage", engine.problem(), true);
            return ResourceCost.priced(e.out);
        }
        String eng = engine.value().equals("aurora") ? "aurora-mysql" : engine.value();
        if (!eng.startsWith("aurora-")) {
            return ResourceCost.notPriced("engine " + engine.value() + ": Multi-AZ DB clusters of RDS are not in the "
                    + "price snapshot");
        }
        Val<String> mode = Val.string(a, "engine_mode").orDefault("provisioned", "engine_mode not set: provisioned");
        if (mode.known() && mode.value().equals("serverless")) {
            return ResourceCost.notPriced("engine_mode serverless (Aurora Serverless v1) is not in the price snapshot");
        }
        Val<String> storage = storageMode(a);
        if (!storage.known()) {
            e.notKnown("Aurora storage", storage.problem(), true);
            return ResourceCost.priced(e.out);
        }
        String sm = storage.value();
        e.usage("Storage (" + sm + ")", e.key("AmazonRDS", "aurora-storage:" + sm), "storage_gb");
        if (sm.equals("standard")) {
            // I/O rate: (reads + writes) per second x 3,600 x 730 a month
            Optional<dev.alexandria.spi.cost.Usage.Value> w = e.usage("write_requests_per_sec");
            Optional<dev.alexandria.spi.cost.Usage.Value> rd = e.usage("read_requests_per_sec");
            if (w.isPresent() || rd.isPresent()) {
                BigDecimal perSec = w.map(v -> v.amount()).orElse(BigDecimal.ZERO)
                        .add(rd.map(v -> v.amount()).orElse(BigDecimal.ZERO));
                java.util.List<Origin> origins = new java.util.ArrayList<>();
                w.ifPresent(v -> origins.add(v.origin()));
                rd.ifPresent(v -> origins.add(v.origin()));
                origins.add(Est.constant("3,600 seconds an hour"));
                origins.add(Origin.hoursPerMonth());
                e.add(dev.alexandria.spi.cost.CostComponent.usage("I/O requests", e.key("AmazonRDS",
                        "aurora-io:standard"), dev.alexandria.spi.cost.Quantity.known(perSec.multiply(
                        new BigDecimal("2628000")), origins)));
            } else {
                e.add(dev.alexandria.spi.cost.CostComponent.usage("I/O requests", e.key("AmazonRDS",
                        "aurora-io:standard"), dev.alexandria.spi.cost.Quantity.dependsOnUsage(
                        "write_requests_per_sec", "read_requests_per_sec")));
            }
        }
        e.usage("Backup storage", e.key("AmazonRDS", "aurora-backup-storage:" + eng), "backup_snapshot_size_gb");
        return ResourceCost.priced(e.out);
    }

    /** Aurora's storage mode: {@code io-optimized} for {@code storage_type = "aurora-iopt1"}, else standard. */
    private static Val<String> storageMode(ResourceAttributes cluster) {
        return Val.string(cluster, "storage_type").orDefault("aurora", "storage_type not set: Aurora Standard")
                .map(s -> s.equals("aurora-iopt1") ? "io-optimized" : "standard");
    }

    /** An Aurora instance: provisioned class, or Serverless v2 ACUs. */
    static ResourceCost rdsClusterInstance(Est e) {
        ResourceAttributes a = e.r.attributes();
        Optional<ResourceInstance> cluster = a.referencedResource("cluster_identifier");
        Val<String> engine = Val.string(a, "engine");
        if (engine.isAbsent() && cluster.isPresent()) {
            engine = Val.string(cluster.get().attributes(), "engine").orDefault("aurora", "engine not set: aurora");
        }
        engine = engine.map(v -> v.equals("aurora") ? "aurora-mysql" : v);
        Val<String> storage = cluster.isPresent() ? storageMode(cluster.get().attributes())
                : Val.problem("cluster_identifier does not refer to an aws_rds_cluster of this module: its "
                        + "storage_type (Standard or I/O-Optimized) is not known");
        Val<String> cls = Val.string(a, "instance_class");
        String problem = !engine.known() ? engine.problem() : !cls.known() ? cls.problem()
                : !storage.known() ? storage.problem() : null;
        if (problem != null) {
            e.notKnown("Database instance (on-demand)", problem, false);
            return ResourceCost.priced(e.out);
        }
        if (!engine.value().startsWith("aurora-")) {
            return ResourceCost.notPriced("engine " + engine.value() + " is not an Aurora engine");
        }
        if (cls.value().equals("db.serverless")) {
            String key = "aurora-serverless-v2:" + engine.value() + ":" + storage.value();
            Val<BigDecimal> min = Val.problem("the cluster's serverlessv2_scaling_configuration.min_capacity");
            if (cluster.isPresent()) {
                List<ResourceAttributes> scaling = cluster.get().attributes()
                        .blocks("serverlessv2_scaling_configuration");
                if (!scaling.isEmpty()) {
                    min = Val.number(scaling.get(0), "min_capacity");
                }
            }
            if (min.known()) {
                e.hourly("Aurora Serverless v2 minimum capacity (ACUs)", e.key("AmazonRDS", key), min,
                        storage.origin());
                BigDecimal floor = min.value();
                Optional<dev.alexandria.spi.cost.Usage.Value> acu = e.usage("capacity_units_per_hr");
                if (acu.isPresent()) {
                    BigDecimal extra = acu.get().amount().subtract(floor).max(BigDecimal.ZERO);
                    e.add(dev.alexandria.spi.cost.CostComponent.usage("Aurora Serverless v2 capacity above the "
                            + "minimum (ACUs)", e.key("AmazonRDS", key), dev.alexandria.spi.cost.Quantity.known(
                            extra.multiply(Est.HOURS), List.of(acu.get().origin(), min.origin(),
                                    Origin.hoursPerMonth()))));
                } else {
                    e.add(dev.alexandria.spi.cost.CostComponent.usage("Aurora Serverless v2 capacity above the "
                            + "minimum (ACUs)", e.key("AmazonRDS", key), dev.alexandria.spi.cost.Quantity
                            .dependsOnUsage("capacity_units_per_hr")));
                }
            } else {
                e.usage("Aurora Serverless v2 capacity (ACUs)", e.key("AmazonRDS", key), "capacity_units_per_hr",
                        Est.HOURS, Origin.hoursPerMonth());
            }
            return ResourceCost.priced(e.out);
        }
        e.hourly("Database instance (on-demand, " + cls.value() + ")", e.key("AmazonRDS", "aurora-instance:"
                + cls.value() + ":" + engine.value() + ":" + storage.value()), Est.one(), cls.origin(),
                engine.origin(), storage.origin());
        return ResourceCost.priced(e.out);
    }

    static ResourceCost elastiCacheCluster(Est e) {
        ResourceAttributes a = e.r.attributes();
        if (!a.get("replication_group_id").isAbsent()) {
            return ResourceCost.free("a member of a replication group: its nodes are priced on the "
                    + "aws_elasticache_replication_group");
        }
        Val<String> engine = Val.string(a, "engine");
        Val<String> type = Val.string(a, "node_type");
        Val<BigDecimal> nodes = Val.number(a, "num_cache_nodes").orDefault(BigDecimal.ONE, "num_cache_nodes not set: 1");
        cacheNodes(e, engine, type, nodes);
        return ResourceCost.priced(e.out);
    }

    static ResourceCost elastiCacheReplicationGroup(Est e) {
        ResourceAttributes a = e.r.attributes();
        Val<String> engine = Val.string(a, "engine").orDefault("redis", "engine not set: redis");
        Val<String> type = Val.string(a, "node_type");
        Val<BigDecimal> nodes;
        Val<BigDecimal> groups = Val.number(a, "num_node_groups");
        if (!groups.isAbsent()) {
            Val<BigDecimal> replicas = Val.number(a, "replicas_per_node_group").orDefault(BigDecimal.ZERO,
                    "replicas_per_node_group not set: 0");
            nodes = groups.known() && replicas.known()
                    ? Val.of(groups.value().multiply(replicas.value().add(BigDecimal.ONE)), Origin.of(
                            groups.origin().kind(), groups.origin().detail() + " shards x (" + replicas.origin()
                            .detail() + " + 1) nodes"))
                    : Val.problem(!groups.known() ? groups.problem() : replicas.problem());
        } else {
            nodes = Val.number(a, "num_cache_clusters");
            if (nodes.isAbsent()) {
                nodes = Val.number(a, "number_cache_clusters").orDefault(BigDecimal.ONE,
                        "num_cache_clusters not set: 1 node (AWS's default)");
            }
        }
        cacheNodes(e, engine, type, nodes);
        return ResourceCost.priced(e.out);
    }

    private static void cacheNodes(Est e, Val<String> engine, Val<String> type, Val<BigDecimal> nodes) {
        if (!engine.known() || !type.known()) {
            e.notKnown("Cache nodes (on-demand)", !engine.known() ? engine.problem() : type.problem(), false);
            return;
        }
        e.hourly("ElastiCache (on-demand, " + type.value() + ")", e.key("AmazonElastiCache", "cache-node:"
                + type.value() + ":" + engine.value()), nodes, type.origin(), engine.origin());
    }

    static ResourceCost dynamoDbTable(Est e) {
        ResourceAttributes a = e.r.attributes();
        Val<String> mode = Val.string(a, "billing_mode").orDefault("PROVISIONED", "billing_mode not set: "
                + "PROVISIONED");
        Val<String> tableClass = Val.string(a, "table_class").orDefault("STANDARD", "table_class not set: STANDARD");
        boolean ia = tableClass.known() && tableClass.value().equals("STANDARD_INFREQUENT_ACCESS");
        if (!mode.known()) {
            e.notKnown("Capacity", mode.problem(), false);
        } else if (mode.value().equals("PAY_PER_REQUEST")) {
            e.usage("Write request units (on-demand)", e.key("AmazonDynamoDB", "on-demand:write-request-unit"
                    + (ia ? ":standard-ia" : "")), "monthly_write_request_units");
            e.usage("Read request units (on-demand)", e.key("AmazonDynamoDB", "on-demand:read-request-unit"
                    + (ia ? ":standard-ia" : "")), "monthly_read_request_units");
        } else {
            e.hourly("Write capacity units (provisioned)", e.key("AmazonDynamoDB",
                    "provisioned:write-capacity-unit-hour"), Val.number(a, "write_capacity").orDefault(
                    BigDecimal.ZERO, "write_capacity not set: 0"));
            e.noteLast("auto scaling, if any, is not modelled: the configured capacity is priced");
            e.hourly("Read capacity units (provisioned)", e.key("AmazonDynamoDB",
                    "provisioned:read-capacity-unit-hour"), Val.number(a, "read_capacity").orDefault(
                    BigDecimal.ZERO, "read_capacity not set: 0"));
        }
        e.usage("Data storage", e.key("AmazonDynamoDB", ia ? "storage:standard-ia" : "storage:standard"),
                "storage_gb");
        e.usage("Point-in-time recovery backups", e.key("AmazonDynamoDB", "backup:pitr-storage"),
                "pitr_backup_storage_gb");
        e.usage("On-demand backups", e.key("AmazonDynamoDB", "backup:on-demand-storage"),
                "on_demand_backup_storage_gb");
        e.usage("Restored data", e.key("AmazonDynamoDB", "backup:restore"), "monthly_data_restored_gb");
        e.usage("Streams read request units", e.key("AmazonDynamoDB", "streams:read-request"),
                "monthly_streams_read_request_units");
        return ResourceCost.priced(e.out);
    }
}
