package dev.alexandria.cost.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PricingSource;
import dev.alexandria.tck.cost.PricingSourceCompatibilityKit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled snapshot, checked by the pricing TCK and against rows of the CSV read by hand. */
class AwsListPricesTest extends PricingSourceCompatibilityKit {

    private final AwsListPrices prices = new AwsListPrices();

    @Override
    protected PricingSource createSource() {
        return new AwsListPrices();
    }

    @Override
    protected List<PriceKey> knownKeys() {
        return List.of(key("AmazonEC2", "us-east-1", "instance:m5.large:linux:shared"),
                key("AmazonEC2", "eu-west-1", "nat-gateway:hour"),
                key("AmazonRoute53", "global", "hosted-zone"),
                key("AmazonS3", "ap-southeast-2", "storage:standard"));
    }

    private static PriceKey key(String service, String region, String key) {
        return new PriceKey("aws", service, region, key);
    }

    @Test
    void snapshot_hasSixteenRegionsAndGlobal() {
        Set<String> regions = prices.regions("aws");
        assertEquals(17, regions.size(), regions.toString());
        assertTrue(regions.containsAll(AwsRegions.SNAPSHOT_REGIONS));
        assertTrue(regions.contains("global"));
    }

    @Test
    void snapshot_rowsAreReadAsWritten() {
        // CSV: AmazonEC2,us-east-1,instance:m5.large:linux:shared,Hrs,0.096,2025-12-06,apw:ec2
        Price m5 = prices.price(key("AmazonEC2", "us-east-1", "instance:m5.large:linux:shared")).orElseThrow();
        assertEquals(new BigDecimal("0.096"), m5.firstUnitPrice());
        assertEquals("Hrs", m5.unit());
        assertEquals(LocalDate.of(2025, 12, 6), m5.effectiveDate());
        assertEquals("apw:ec2", m5.source());
        // CSV: AmazonEC2,us-east-1,ebs:gp3,GB-Mo,0.08,2024-07-18,yeo:ebs
        Price gp3 = prices.price(key("AmazonEC2", "us-east-1", "ebs:gp3")).orElseThrow();
        assertEquals(LocalDate.of(2024, 7, 18), gp3.effectiveDate());
        assertEquals("yeo:ebs", gp3.source());
    }

    @Test
    void tiers_areJoinedUnderTheBaseKey() {
        // AmazonS3 us-east-1 storage:standard first-50tb 0.023, next-450tb 0.022, over-500tb 0.021
        Price s3 = prices.price(key("AmazonS3", "us-east-1", "storage:standard")).orElseThrow();
        assertEquals("[0-51200: 0.023, 51200-512000: 0.022, 512000-: 0.021]", s3.tiers().toString());
        // 100 TB = 102,400 GB: 51,200 x 0.023 + 51,200 x 0.022 = 1177.60 + 1126.40 = 2304.00
        assertEquals(0, new BigDecimal("2304.00").compareTo(s3.costOf(new BigDecimal("102400"))));
        // Route 53 zones: first 25 at 0.50, then 0.10
        Price zones = prices.price(key("AmazonRoute53", "global", "hosted-zone")).orElseThrow();
        assertEquals("[0-25: 0.5, 25-: 0.1]", zones.tiers().toString());
        // the tier keys themselves stay available
        assertTrue(prices.price(key("AmazonS3", "us-east-1", "storage:standard:next-450tb")).isPresent());
    }

    @Test
    void tiers_areJoinedOnlyWhenEveryTierIsThere() {
        // FIFO SQS has only its first tier in the snapshot: no joined price, no guessed open tier
        assertTrue(prices.price(key("AWSQueueService", "us-east-1", "requests:fifo")).isEmpty());
        assertTrue(prices.price(key("AWSQueueService", "us-east-1", "requests:standard")).isPresent());
    }

    @Test
    void everySnapshotRowIsAPrice() {
        // 16,514 rows plus the joined tier groups (12 groups where all their tiers exist)
        assertTrue(prices.size() > 16_514, "size " + prices.size());
        assertEquals("alexandria-aws-list-prices", prices.descriptor().name());
    }
}
