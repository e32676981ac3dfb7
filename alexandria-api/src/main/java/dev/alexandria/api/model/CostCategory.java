package dev.alexandria.api.model;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A band of estimated monthly cost in USD: low (under $10), medium ($10 up to, not including, $100), high
 * ($100 to $1000 inclusive) and very high (over $1000).
 *
 * @since 0.1.0
 */
public enum CostCategory {
    /** Under $10 a month. */
    LOW("low"),
    /** $10 to under $100 a month. */
    MEDIUM("medium"),
    /** $100 to $1000 a month. */
    HIGH("high"),
    /** Over $1000 a month. */
    VERY_HIGH("very-high");

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final String id;

    CostCategory(String id) {
        this.id = id;
    }

    /** @return the id used in the files: {@code low}, {@code medium}, {@code high} or {@code very-high} */
    public String id() {
        return id;
    }

    /**
     * Looks up a category by its id.
     *
     * @param id {@code low}, {@code medium}, {@code high} or {@code very-high}
     * @return the category, or empty if the id is unknown
     */
    public static Optional<CostCategory> fromId(String id) {
        Objects.requireNonNull(id, "id");
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /**
     * Derives the category from a monthly cost.
     *
     * @param usdPerMonth the estimated monthly cost in USD, not negative
     * @return the category
     * @throws IllegalArgumentException if the cost is negative
     */
    public static CostCategory forMonthlyCost(BigDecimal usdPerMonth) {
        Objects.requireNonNull(usdPerMonth, "usdPerMonth");
        if (usdPerMonth.signum() < 0) {
            throw new IllegalArgumentException("monthly cost must not be negative: " + usdPerMonth);
        }
        if (usdPerMonth.compareTo(TEN) < 0) {
            return LOW;
        }
        if (usdPerMonth.compareTo(HUNDRED) < 0) {
            return MEDIUM;
        }
        return usdPerMonth.compareTo(THOUSAND) <= 0 ? HIGH : VERY_HIGH;
    }

    /**
     * Derives the category from a monthly cost.
     *
     * @param usdPerMonth the estimated monthly cost in USD, finite and not negative
     * @return the category
     * @throws IllegalArgumentException if the cost is negative or not finite
     */
    public static CostCategory forMonthlyCost(double usdPerMonth) {
        if (!Double.isFinite(usdPerMonth)) {
            throw new IllegalArgumentException("monthly cost must be a finite number: " + usdPerMonth);
        }
        return forMonthlyCost(BigDecimal.valueOf(usdPerMonth));
    }

    /** @return the id */
    @Override
    public String toString() {
        return id;
    }
}
