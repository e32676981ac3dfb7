package dev.alexandria.spi.cost;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One range of a price: from {@code from} units (inclusive) to {@code to} units (exclusive, or without end),
 * each unit costs {@code unitPrice}. Ranges count units per month, as AWS's {@code beginRange}/{@code endRange}
 * do (S3 Standard storage: 0 to 51,200 GB-Mo at one price, 51,200 to 512,000 at another ...).
 *
 * <p>Immutable and thread-safe.
 *
 * @param from      where the range starts, in units per month, not negative
 * @param to        where it ends (exclusive), greater than {@code from}; empty for no end
 * @param unitPrice the price of one unit in this range, not negative
 * @since 0.1.0
 */
public record PriceTier(BigDecimal from, Optional<BigDecimal> to, BigDecimal unitPrice) {

    /**
     * Checks the components.
     *
     * @param from      where the range starts, not negative
     * @param to        where it ends, greater than {@code from}, or empty
     * @param unitPrice the price of one unit, not negative
     * @throws IllegalArgumentException if a number is out of range
     */
    public PriceTier {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (from.signum() < 0) {
            throw new IllegalArgumentException("a tier cannot start below 0: " + from);
        }
        if (to.isPresent() && to.get().compareTo(from) <= 0) {
            throw new IllegalArgumentException("a tier must end after it starts: " + from + " to " + to.get());
        }
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + unitPrice);
        }
    }

    /**
     * A range without end.
     *
     * @param from      where it starts
     * @param unitPrice the price of one unit
     * @return the tier
     */
    public static PriceTier from(BigDecimal from, BigDecimal unitPrice) {
        return new PriceTier(from, Optional.empty(), unitPrice);
    }

    /**
     * A bounded range.
     *
     * @param from      where it starts (inclusive)
     * @param to        where it ends (exclusive)
     * @param unitPrice the price of one unit
     * @return the tier
     */
    public static PriceTier between(BigDecimal from, BigDecimal to, BigDecimal unitPrice) {
        return new PriceTier(from, Optional.of(to), unitPrice);
    }

    /** @return {@code 0-51200: 0.023} or {@code 512000-: 0.021} */
    @Override
    public String toString() {
        return from.toPlainString() + "-" + to.map(BigDecimal::toPlainString).orElse("") + ": "
                + unitPrice.toPlainString();
    }
}
