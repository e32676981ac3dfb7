package dev.alexandria.cost.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alexandria.spi.cost.CostComponent;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.spi.cost.Usage;
import dev.alexandria.spi.cost.UsageParameter;
import dev.alexandria.tck.cost.TestResource;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the AWS models. */
class AwsModelPropertiesTest {

    private static final AwsResourceCostModel MODEL = new AwsResourceCostModel();
    private static final List<String> TYPES = List.of("t3.micro", "t3.medium", "m5.large", "c5.large", "m5.xlarge");

    /** Resources whose cost is per member: a count-like argument n. */
    private static final List<IntFunction<ResourceInstance>> COUNTED = List.of(
            n -> TestResource.builder("aws_autoscaling_group").attribute("desired_capacity", n)
                    .block("launch_template", b -> b.reference("id", TestResource.builder("aws_launch_template")
                            .attribute("instance_type", "m5.large").block("block_device_mappings", m -> m.block("ebs",
                                    v -> v.attribute("volume_size", 30).attribute("volume_type", "gp3")
                                            .attribute("iops", 4000)))
                            .build())).build(),
            n -> TestResource.builder("aws_eks_node_group").block("scaling_config", b -> b.attribute("desired_size", n))
                    .build(),
            n -> TestResource.builder("aws_elasticache_cluster").attribute("engine", "redis")
                    .attribute("node_type", "cache.t3.small").attribute("num_cache_nodes", n).build(),
            n -> TestResource.builder("aws_elasticache_replication_group").attribute("node_type", "cache.m5.large")
                    .attribute("num_cache_clusters", n).build(),
            n -> TestResource.builder("aws_ecs_service").attribute("launch_type", "FARGATE").attribute("desired_count", n)
                    .reference("task_definition", TestResource.builder("aws_ecs_task_definition")
                            .attribute("cpu", "512").attribute("memory", "1024").build()).build(),
            n -> TestResource.builder("aws_dynamodb_table").attribute("read_capacity", n)
                    .attribute("write_capacity", n).build(),
            n -> TestResource.builder("aws_vpc_endpoint").attribute("vpc_endpoint_type", "Interface")
                    .attribute("subnet_ids", java.util.Collections.nCopies(n, "subnet")).build());

    @Test
    void doublingTheCountDoublesThatResourcesCost() {
        qt().forAll(integers().between(0, COUNTED.size() - 1), integers().between(1, 400)).checkAssert((i, n) -> {
            BigDecimal one = SnapshotPricer.total(COUNTED.get(i).apply(n));
            BigDecimal two = SnapshotPricer.total(COUNTED.get(i).apply(2 * n));
            assertEquals(0, one.multiply(BigDecimal.valueOf(2)).compareTo(two),
                    "case " + i + ", n = " + n + ": " + one + " doubled is not " + two);
        });
    }

    @Test
    void doublingInstancesOfAnyTypeDoublesTheirCost() {
        Gen<String> types = integers().between(0, TYPES.size() - 1).map(TYPES::get);
        qt().forAll(types, integers().between(1, 1000)).checkAssert((type, n) -> {
            IntFunction<ResourceInstance> group = k -> TestResource.builder("aws_eks_node_group")
                    .attribute("instance_types", List.of(type)).attribute("disk_size", 50)
                    .block("scaling_config", b -> b.attribute("desired_size", k)).build();
            assertEquals(0, SnapshotPricer.total(group.apply(n)).multiply(BigDecimal.valueOf(2))
                    .compareTo(SnapshotPricer.total(group.apply(2 * n))));
        });
    }

    @Test
    void aUsageFileNeverChangesAFixedLine() {
        List<ResourceInstance> examples = AwsResourceCostModelCompatibilityTest.Examples.all();
        qt().forAll(integers().between(0, examples.size() - 1), integers().between(0, 1_000_000_000))
                .checkAssert((i, amount) -> {
                    ResourceInstance r = examples.get(i);
                    Map<String, Usage.Value> usage = new HashMap<>();
                    for (UsageParameter p : MODEL.usageParameters(r.type())) {
                        usage.put(p.key(), new Usage.Value(BigDecimal.valueOf(amount), Origin.of(
                                Origin.Kind.USAGE_FILE, p.key() + " = " + amount)));
                    }
                    ResourceCost without = MODEL.estimate(TestResource.withUsage(r, Usage.none()));
                    ResourceCost with = MODEL.estimate(TestResource.withUsage(r,
                            key -> Optional.ofNullable(usage.get(key))));
                    assertEquals(fixed(without), fixed(with), r.address() + " with usage " + amount);
                });
    }

    private static List<CostComponent> fixed(ResourceCost c) {
        return c.components().stream().filter(x -> !x.usageBased()).toList();
    }
}
