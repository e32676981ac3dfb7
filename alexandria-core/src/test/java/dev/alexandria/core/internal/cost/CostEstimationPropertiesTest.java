package dev.alexandria.core.internal.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.core.Alexandria;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Laws of estimation over whole modules. */
class CostEstimationPropertiesTest {

    private static final Path COUNTS = CostEstimationTest.FIXTURES.resolve("counts");
    private static final Path NAT = CostEstimationTest.FIXTURES.resolve("nat-stack/modules/nat");

    private static BigDecimal fixed(ModuleCost c, String addressPrefix) {
        return c.lines().stream().filter(l -> !l.usageBased() && l.address().startsWith(addressPrefix))
                .map(CostLine::monthlyUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void doublingCount_doublesThatResourcesCost() {
        qt().withExamples(40).forAll(integers().between(0, 60)).checkAssert(n -> {
            ModuleCost one = Alexandria.cost(COUNTS).inputs(Map.of("instance_count", HclValue.of(n))).estimate();
            ModuleCost two = Alexandria.cost(COUNTS).inputs(Map.of("instance_count", HclValue.of(2L * n))).estimate();
            assertEquals(0, fixed(one, "aws_instance.web").multiply(BigDecimal.valueOf(2))
                    .compareTo(fixed(two, "aws_instance.web")), "n = " + n);
            // what does not depend on the count stays
            assertEquals(0, fixed(one, "aws_s3").compareTo(fixed(two, "aws_s3")));
        });
    }

    @Test
    void doublingAModuleArgument_doublesTheResourcesItCounts() {
        qt().withExamples(30).forAll(integers().between(0, 40)).checkAssert(n -> {
            BigDecimal one = Alexandria.cost(NAT).inputs(Map.of("nat_count", HclValue.of(n))).estimate()
                    .fixedMonthlyUsd();
            BigDecimal two = Alexandria.cost(NAT).inputs(Map.of("nat_count", HclValue.of(2L * n))).estimate()
                    .fixedMonthlyUsd();
            // 36.50 per NAT gateway and its address: exact to the cent
            assertEquals(0, one.multiply(BigDecimal.valueOf(2)).compareTo(two), "n = " + n);
        });
    }

    @Test
    void aUsageFile_neverChangesAFixedLine(@TempDir Path dir) {
        ModuleCost without = Alexandria.cost(NAT).inputs(Map.of("nat_count", HclValue.of(2))).estimate();
        qt().withExamples(25).forAll(integers().between(0, 1_000_000)).checkAssert(v -> {
            Path usage = dir.resolve("usage-" + v + ".yml");
            write(usage, "version: 0.1\nresource_usage:\n  aws_nat_gateway.this[*]:\n    monthly_data_processed_gb: "
                    + v + "\n  aws_eip.nat[*]:\n    monthly_data_processed_gb: " + v + "\n");
            ModuleCost with = Alexandria.cost(NAT).inputs(Map.of("nat_count", HclValue.of(2))).usage(usage)
                    .estimate();
            List<CostLine> a = without.lines().stream().filter(l -> !l.usageBased()).toList();
            List<CostLine> b = with.lines().stream().filter(l -> !l.usageBased()).toList();
            assertEquals(a, b, "usage " + v);
            assertEquals(0, with.totalMonthlyUsd().compareTo(without.totalMonthlyUsd()) < 0 ? -1 : 0);
        });
    }

    private static void write(Path p, String text) {
        try {
            Files.writeString(p, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
