package dev.alexandria.cost.aws;

import static dev.alexandria.cost.aws.Golden.lines;
import static dev.alexandria.cost.aws.Golden.nearInfracost;

import dev.alexandria.tck.cost.TestResource;
import org.junit.jupiter.api.Test;

/**
 * Golden lines of the database models, us-east-1, with the arithmetic from the bundled CSV: AmazonRDS
 * db-instance:db.t3.large:mysql:single-az 0.136, :multi-az 0.272, db-instance:db.t3.large:postgres:single-az 0.145,
 * db-instance:db.t4g.small:mysql:single-az 0.032; storage:gp2:single-az 0.115, storage:gp2:multi-az 0.23,
 * storage:gp3:single-az 0.115, storage:gp3-iops:single-az 0.02, storage:io1:single-az 0.125,
 * storage:io1-iops:single-az 0.1, storage:magnetic:single-az 0.1, backup-storage 0.095;
 * aurora-instance:db.r5.large:aurora-postgresql:standard 0.29, :io-optimized 0.377; aurora-serverless-v2:
 * aurora-postgresql:standard 0.12; aurora-storage:standard 0.1, aurora-io:standard 0.0000002,
 * aurora-backup-storage:aurora-postgresql 0.021; AmazonElastiCache cache-node:cache.m5.large:redis 0.156,
 * cache.t3.small:memcached 0.034; AmazonDynamoDB provisioned:write-capacity-unit-hour 0.00065,
 * read-capacity-unit-hour 0.00013, on-demand:write-request-unit 0.000000625, read-request-unit 0.000000125,
 * storage:standard 0.25, backup:pitr-storage 0.2, backup:on-demand-storage 0.1, backup:restore 0.15,
 * streams:read-request 0.0000002.
 */
class DatabaseModelsGoldenTest {

    @Test
    void dbInstance_mysqlGp2WithBackups() {
        // 730 x 0.136 = 99.28; 20 GB x 0.115 = 2.30; 1000 GB x 0.095 = 95.00
        // (Infracost db_instance_test mysql-allocated-storage/mysql: $99.28, $2.30, $95.00)
        lines(TestResource.builder("aws_db_instance").attribute("engine", "mysql")
                        .attribute("instance_class", "db.t3.large").attribute("allocated_storage", 20)
                        .usage("additional_backup_storage_gb", 1000).build(),
                "Database instance (on-demand, Single-AZ, db.t3.large) | 730 Hrs | 0.136 | $99.28",
                "Storage (gp2) | 20 GB-Mo | 0.115 | $2.30",
                "Additional backup storage | 1000 GB-Mo | 0.095 | $95.00");
        nearInfracost("99.28", "99.28");
        nearInfracost("2.30", "2.30");
        nearInfracost("95.00", "95.00");
    }

    @Test
    void dbInstance_postgresMultiAzIo1AndMagnetic() {
        // postgres 730 x 0.145 = 105.85 (Infracost postgres: $105.85)
        // io1 100 GB x 0.125 = 12.50, 1200 IOPS x 0.1 = 120.00 (Infracost mysql-iops: $12.50, $120.00)
        lines(TestResource.builder("aws_db_instance").attribute("engine", "postgres")
                        .attribute("instance_class", "db.t3.large").attribute("allocated_storage", 100)
                        .attribute("storage_type", "io1").attribute("iops", 1200).build(),
                "Database instance (on-demand, Single-AZ, db.t3.large) | 730 Hrs | 0.145 | $105.85",
                "Storage (io1) | 100 GB-Mo | 0.125 | $12.50",
                "Provisioned IOPS | 1200 IOPS-Mo | 0.1 | $120.00",
                "Additional backup storage | depends on usage | 0.095 per GB-Mo");
        nearInfracost("105.85", "105.85");
        nearInfracost("120.00", "120.00");
        // Multi-AZ mysql: 730 x 0.272 = 198.56; 30 GB x 0.23 = 6.90
        lines(TestResource.builder("aws_db_instance").attribute("engine", "mysql")
                        .attribute("instance_class", "db.t3.large").attribute("allocated_storage", 30)
                        .attribute("multi_az", true).build(),
                "Database instance (on-demand, Multi-AZ, db.t3.large) | 730 Hrs | 0.272 | $198.56",
                "Storage (gp2) | 30 GB-Mo | 0.23 | $6.90",
                "Additional backup storage | depends on usage | 0.095 per GB-Mo");
        // magnetic ("standard") 40 GB x 0.1 = 4.00 (Infracost mysql-magnetic: $4.00)
        lines(TestResource.builder("aws_db_instance").attribute("engine", "mysql")
                        .attribute("instance_class", "db.t3.large").attribute("allocated_storage", 40)
                        .attribute("storage_type", "standard").build(),
                "Database instance (on-demand, Single-AZ, db.t3.large) | 730 Hrs | 0.136 | $99.28",
                "Storage (magnetic) | 40 GB-Mo | 0.1 | $4.00",
                "Additional backup storage | depends on usage | 0.095 per GB-Mo");
        nearInfracost("4.00", "4.00");
    }

    @Test
    void dbInstance_gp3IopsAboveTheBaseline() {
        // db.t4g.small mysql 730 x 0.032 = 23.36; 400 GB gp3 x 0.115 = 46.00; 14,000 - 12,000 = 2,000 IOPS x 0.02
        // = 40.00 (Infracost db_instance_test gp3["above_high_baseline"]: $23.36, $46.00, $40.00)
        lines(TestResource.builder("aws_db_instance").attribute("engine", "mysql")
                        .attribute("instance_class", "db.t4g.small").attribute("allocated_storage", 400)
                        .attribute("storage_type", "gp3").attribute("iops", 14000).build(),
                "Database instance (on-demand, Single-AZ, db.t4g.small) | 730 Hrs | 0.032 | $23.36",
                "Storage (gp3) | 400 GB-Mo | 0.115 | $46.00",
                "Provisioned gp3 IOPS above the baseline | 2000 IOPS-Mo | 0.02 | $40.00",
                "Additional backup storage | depends on usage | 0.095 per GB-Mo");
        nearInfracost("23.36", "23.36");
        nearInfracost("40.00", "40.00");
    }

    @Test
    void dbInstance_enginesWithoutPricesAndMissingStorage() {
        lines(TestResource.builder("aws_db_instance").attribute("engine", "oracle-se2")
                        .attribute("instance_class", "db.t3.large").attribute("allocated_storage", 20).build(),
                "Database instance (on-demand, Single-AZ, db.t3.large) | not priced: no price for "
                        + "aws/AmazonRDS/us-east-1/db-instance:db.t3.large:oracle-se2:single-az",
                "Storage (gp2) | 20 GB-Mo | 0.115 | $2.30",
                "Additional backup storage | depends on usage | 0.095 per GB-Mo");
        lines(TestResource.builder("aws_db_instance").attribute("engine", "aurora-postgresql")
                        .attribute("instance_class", "db.t3.large").build(),
                "not priced: engine aurora-postgresql: Aurora instances are priced on aws_rds_cluster_instance");
        lines(TestResource.builder("aws_db_instance").attribute("engine", "postgres")
                        .attribute("instance_class", "db.t3.large").build(),
                "Database instance (on-demand, Single-AZ, db.t3.large) | 730 Hrs | 0.145 | $105.85",
                "Storage | not priced: allocated_storage is not set",
                "Additional backup storage | depends on usage | 0.095 per GB-Mo");
    }

    @Test
    void aurora_clusterUsageAndInstances() {
        TestResource standard = TestResource.builder("aws_rds_cluster").address("aws_rds_cluster.db")
                .attribute("engine", "aurora-postgresql").build();
        TestResource optimized = TestResource.builder("aws_rds_cluster").address("aws_rds_cluster.io")
                .attribute("engine", "aurora-postgresql").attribute("storage_type", "aurora-iopt1").build();
        // storage 100 GB x 0.1 = 10.00; I/O (10 + 10)/s x 3600 x 730 = 52,560,000 x 0.0000002 = 10.512 -> 10.51;
        // backups 400 GB x 0.021 = 8.40 (Infracost rds_cluster_test: $10.00, $10.51, $8.40)
        lines(TestResource.builder("aws_rds_cluster").attribute("engine", "aurora-postgresql")
                        .usage("storage_gb", 100).usage("write_requests_per_sec", 10)
                        .usage("read_requests_per_sec", 10).usage("backup_snapshot_size_gb", 400).build(),
                "Storage (standard) | 100 GB-Mo | 0.1 | $10.00",
                "I/O requests | 52560000 IOs | 0.0000002 | $10.51",
                "Backup storage | 400 GB-Mo | 0.021 | $8.40");
        nearInfracost("10.00", "10.00");
        nearInfracost("10.51", "10.51");
        nearInfracost("8.40", "8.40");
        // db.r5.large standard 730 x 0.29 = 211.70 (Infracost rds_cluster_instance_test cluster_instance, db.r4.large:
        // $211.70); I/O-Optimized 730 x 0.377 = 275.21
        lines(TestResource.builder("aws_rds_cluster_instance").attribute("instance_class", "db.r5.large")
                        .reference("cluster_identifier", standard).build(),
                "Database instance (on-demand, db.r5.large) | 730 Hrs | 0.29 | $211.70");
        nearInfracost("211.70", "211.70");
        lines(TestResource.builder("aws_rds_cluster_instance").attribute("instance_class", "db.r5.large")
                        .reference("cluster_identifier", optimized).build(),
                "Database instance (on-demand, db.r5.large) | 730 Hrs | 0.377 | $275.21");
    }

    @Test
    void aurora_serverlessV2MinimumAndUsage() {
        TestResource cluster = TestResource.builder("aws_rds_cluster").address("aws_rds_cluster.sls")
                .attribute("engine", "aurora-postgresql")
                .block("serverlessv2_scaling_configuration", b -> b.attribute("min_capacity", 0.5)
                        .attribute("max_capacity", 8)).build();
        // min 0.5 ACU x 730 = 365 ACU-h x 0.12 = 43.80; usage 5 ACUs: (5 - 0.5) x 730 = 3285 x 0.12 = 394.20;
        // together 438.00 (Infracost aurora_serverless_v2_with_usage, 5 ACUs: 3,650 ACU-hours, $438.00)
        lines(TestResource.builder("aws_rds_cluster_instance").attribute("instance_class", "db.serverless")
                        .reference("cluster_identifier", cluster).usage("capacity_units_per_hr", 5).build(),
                "Aurora Serverless v2 minimum capacity (ACUs) | 365 ACU-Hr | 0.12 | $43.80",
                "Aurora Serverless v2 capacity above the minimum (ACUs) | 3285 ACU-Hr | 0.12 | $394.20");
        nearInfracost("438.00", "438.00");
        lines(TestResource.builder("aws_rds_cluster_instance").attribute("instance_class", "db.serverless")
                        .attribute("engine", "aurora-postgresql").attribute("cluster_identifier", "existing").build(),
                "Database instance (on-demand) | not priced: cluster_identifier does not refer to an aws_rds_cluster "
                        + "of this module: its storage_type (Standard or I/O-Optimized) is not known");
    }

    @Test
    void elastiCache_clusterAndReplicationGroup() {
        // memcached 2 nodes: 1460 h x 0.034 = 49.64
        lines(TestResource.builder("aws_elasticache_cluster").attribute("engine", "memcached")
                        .attribute("node_type", "cache.t3.small").attribute("num_cache_nodes", 2).build(),
                "ElastiCache (on-demand, cache.t3.small) | 1460 Hrs | 0.034 | $49.64");
        lines(TestResource.builder("aws_elasticache_cluster").attribute("replication_group_id", "rg").build(),
                "free: a member of a replication group: its nodes are priced on the aws_elasticache_replication_group");
        // cluster mode: 4 shards x (1 + 1) = 8 nodes? Infracost's "cluster" case: 16 nodes of cache.m4.large
        // (11,680 h, $1,822.08 = 0.156/h). Ours with cache.m5.large (0.156, same rate): 4 x (3 + 1) = 16 nodes,
        // 11,680 h x 0.156 = 1822.08
        lines(TestResource.builder("aws_elasticache_replication_group").attribute("node_type", "cache.m5.large")
                        .attribute("num_node_groups", 4).attribute("replicas_per_node_group", 3).build(),
                "ElastiCache (on-demand, cache.m5.large) | 11680 Hrs | 0.156 | $1822.08");
        nearInfracost("1822.08", "1822.08");
        // non-cluster, 2 nodes: 1460 x 0.156 = 227.76 (Infracost memcached case, 2 x cache.m4.large: $227.76)
        lines(TestResource.builder("aws_elasticache_replication_group").attribute("node_type", "cache.m5.large")
                        .attribute("num_cache_clusters", 2).build(),
                "ElastiCache (on-demand, cache.m5.large) | 1460 Hrs | 0.156 | $227.76");
        nearInfracost("227.76", "227.76");
    }

    @Test
    void dynamoDb_provisionedAndOnDemand() {
        // 20 WCU x 730 x 0.00065 = 9.49; 30 RCU x 730 x 0.00013 = 2.847 -> 2.85
        // (Infracost dynamodb_table_test my_dynamodb_table: $9.49, $2.85)
        lines(TestResource.builder("aws_dynamodb_table").attribute("write_capacity", 20)
                        .attribute("read_capacity", 30).build(),
                "Write capacity units (provisioned) | 14600 WCU-Hrs | 0.00065 | $9.49",
                "Read capacity units (provisioned) | 21900 RCU-Hrs | 0.00013 | $2.85",
                "Data storage | depends on usage | 0.25 per GB-Mo",
                "Point-in-time recovery backups | depends on usage | 0.2 per GB-Mo",
                "On-demand backups | depends on usage | 0.1 per GB-Mo",
                "Restored data | depends on usage | 0.15 per GB",
                "Streams read request units | depends on usage | 0.0000002 per Requests");
        nearInfracost("9.49", "9.49");
        nearInfracost("2.85", "2.85");
        // on demand: 3M WRU x 0.000000625 = 1.875 -> 1.88; 8M RRU x 0.000000125 = 1.00; 230 GB x 0.25 = 57.50;
        // PITR 2300 x 0.2 = 460.00; backups 460 x 0.1 = 46.00; restored 230 x 0.15 = 34.50; streams 2M x 0.0000002
        // = 0.40 (Infracost my_dynamodb_table_usage: the same seven amounts)
        lines(TestResource.builder("aws_dynamodb_table").attribute("billing_mode", "PAY_PER_REQUEST")
                        .usage("monthly_write_request_units", 3000000).usage("monthly_read_request_units", 8000000)
                        .usage("storage_gb", 230).usage("pitr_backup_storage_gb", 2300)
                        .usage("on_demand_backup_storage_gb", 460).usage("monthly_data_restored_gb", 230)
                        .usage("monthly_streams_read_request_units", 2000000).build(),
                "Write request units (on-demand) | 3000000 WriteRequestUnits | 0.000000625 | $1.88",
                "Read request units (on-demand) | 8000000 ReadRequestUnits | 0.000000125 | $1.00",
                "Data storage | 230 GB-Mo | 0.25 | $57.50",
                "Point-in-time recovery backups | 2300 GB-Mo | 0.2 | $460.00",
                "On-demand backups | 460 GB-Mo | 0.1 | $46.00",
                "Restored data | 230 GB | 0.15 | $34.50",
                "Streams read request units | 2000000 Requests | 0.0000002 | $0.40");
        for (String[] pair : new String[][] {{"1.88", "1.88"}, {"1.00", "1.00"}, {"57.50", "57.50"},
                {"460.00", "460.00"}, {"46.00", "46.00"}, {"34.50", "34.50"}, {"0.40", "0.40"}}) {
            nearInfracost(pair[0], pair[1]);
        }
    }
}
