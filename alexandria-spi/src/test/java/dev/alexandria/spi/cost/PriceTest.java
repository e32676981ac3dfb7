package dev.alexandria.spi.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceTest {

    private static final LocalDate DATE = LocalDate.of(2025, 12, 6);
    private static final PriceKey S3 = new PriceKey("aws", "AmazonS3", "us-east-1", "storage:standard");

    /** S3 Standard in us-east-1 (snapshot rows storage:standard:first-50tb/next-450tb/over-500tb). */
    private static Price s3() {
        return new Price(S3, "GB-Mo", "USD", List.of(
                PriceTier.between(BigDecimal.ZERO, new BigDecimal("51200"), new BigDecimal("0.023")),
                PriceTier.between(new BigDecimal("51200"), new BigDecimal("512000"), new BigDecimal("0.022")),
                PriceTier.from(new BigDecimal("512000"), new BigDecimal("0.021"))), DATE, "apw:s3");
    }

    @Test
    void costOf_flatPriceIsQuantityTimesPrice() {
        Price nat = Price.flat(new PriceKey("aws", "AmazonEC2", "us-east-1", "nat-gateway:hour"), "Hrs", "USD",
                new BigDecimal("0.045"), DATE, "lk:natgateway");
        // 730 h x $0.045 = $32.85
        assertEquals(0, new BigDecimal("32.85").compareTo(nat.costOf(new BigDecimal("730"))));
    }

    @Test
    void costOf_tieredPriceChargesEachUnitAtItsTier() {
        // 60,000 GB: 51,200 x 0.023 = 1177.60, plus 8,800 x 0.022 = 193.60, total 1371.20
        assertEquals(0, new BigDecimal("1371.20").compareTo(s3().costOf(new BigDecimal("60000"))));
        // 600,000 GB: 1177.60 + 460,800 x 0.022 (10137.60) + 88,000 x 0.021 (1848.00) = 13163.20
        assertEquals(0, new BigDecimal("13163.20").compareTo(s3().costOf(new BigDecimal("600000"))));
        assertEquals(0, BigDecimal.ZERO.compareTo(s3().costOf(BigDecimal.ZERO)));
        assertEquals(new BigDecimal("0.022"), s3().tierOf(new BigDecimal("60000")).unitPrice());
    }

    @Test
    void tiers_mustBeContiguousFromZeroWithAnOpenLastTier() {
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> new Price(S3, "GB-Mo",
                "USD", List.of(PriceTier.between(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE),
                        PriceTier.from(new BigDecimal("11"), BigDecimal.ONE)), DATE, "x"));
        assertEquals("tiers of aws/AmazonS3/us-east-1/storage:standard must be contiguous from 0: tier 2 starts "
                + "at 11, expected 10", gap.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Price(S3, "GB-Mo", "USD",
                List.of(PriceTier.between(BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE)), DATE, "x"));
        assertThrows(IllegalArgumentException.class, () -> new Price(S3, "GB-Mo", "USD", List.of(), DATE, "x"));
    }

    @Test
    void currency_mustBeAnIsoCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Price.flat(S3, "GB-Mo", "usd", BigDecimal.ONE, DATE, "x"));
        assertEquals("currency must be an ISO 4217 code such as USD: 'usd'", e.getMessage());
    }

    @Test
    void costOf_isMonotoneAndAdditiveAcrossTheWholeRange() {
        Price p = s3();
        qt().forAll(integers().between(0, 2_000_000), integers().between(0, 2_000_000)).checkAssert((a, b) -> {
            BigDecimal qa = BigDecimal.valueOf(Math.min(a, b));
            BigDecimal qb = BigDecimal.valueOf(Math.max(a, b));
            // more units never cost less, and never more than at the highest unit price
            assertEquals(true, p.costOf(qb).compareTo(p.costOf(qa)) >= 0);
            assertEquals(true, p.costOf(qb).subtract(p.costOf(qa))
                    .compareTo(qb.subtract(qa).multiply(new BigDecimal("0.023"))) <= 0);
        });
    }

    @Test
    void quantity_knownNeedsAnOrigin() {
        assertThrows(IllegalArgumentException.class, () -> Quantity.known(BigDecimal.ONE, List.of()));
        assertThrows(IllegalArgumentException.class, () -> CostComponent.fixed("x", S3,
                Quantity.known(new BigDecimal("-1"), List.of(Origin.hoursPerMonth()))));
    }

    @Test
    void attributeValue_convertsAsTerraformDoes() {
        Origin o = Origin.of(Origin.Kind.ATTRIBUTE, "allocated_storage = \"20\"");
        assertEquals(new BigDecimal("20"), AttributeValue.known("20", o).asNumber().orElseThrow());
        assertEquals("20", AttributeValue.known(20, o).asString().orElseThrow());
        assertEquals(true, AttributeValue.known("true", o).asBool().orElseThrow());
        assertEquals(true, AttributeValue.known("t3", o).asNumber().isEmpty());
        assertEquals(true, AttributeValue.absent().asString().isEmpty());
        assertEquals("unknown(var.x)", AttributeValue.unknown("var.x", "no input").toString());
        assertThrows(IllegalArgumentException.class, () -> AttributeValue.known(new Object(), o));
    }
}
