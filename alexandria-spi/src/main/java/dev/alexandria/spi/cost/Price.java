package dev.alexandria.spi.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A unit price: what one {@code unit} of the thing named by {@code key} costs, in {@code currency}, as of
 * {@code effectiveDate}, according to {@code source}. A flat price has one tier from 0 without end; a tiered
 * price has contiguous tiers from 0, the last without end.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Price nat = Price.flat(new PriceKey("aws", "AmazonEC2", "us-east-1", "nat-gateway:hour"), "Hrs", "USD",
 *         new BigDecimal("0.045"), LocalDate.of(2025, 10, 28), "lk:natgateway");
 * BigDecimal month = nat.costOf(new BigDecimal("730"));   // 32.85
 * }</pre>
 *
 * @param key           what is priced
 * @param unit          the unit one price is for, as the source spells it ({@code Hrs}, {@code GB-Mo},
 *                      {@code Requests} ...)
 * @param currency      the ISO 4217 currency code, e.g. {@code USD}
 * @param tiers         the ranges, contiguous from 0, the last without end; one for a flat price
 * @param effectiveDate the date the price is valid from, or the date of the snapshot it was taken from
 * @param source        where the price comes from, e.g. {@code apw:ec2} or
 *                      {@code AmazonEC2 offer 20240528203522}; shown on every line item priced with it
 * @since 0.1.0
 */
public record Price(PriceKey key, String unit, String currency, List<PriceTier> tiers, LocalDate effectiveDate,
        String source) {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /**
     * Checks the components and copies the tiers.
     *
     * @param key           what is priced
     * @param unit          the unit, not blank
     * @param currency      three upper-case letters
     * @param tiers         contiguous from 0, the last without end, not empty
     * @param effectiveDate the effective date
     * @param source        the source, not blank
     * @throws IllegalArgumentException if a component is out of range or the tiers are not contiguous from 0
     *                                  with an open last tier
     */
    public Price {
        Objects.requireNonNull(key, "key");
        PriceKey.notBlank(unit, "unit");
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as USD: '" + currency + "'");
        }
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a price needs at least one tier: " + key);
        }
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            PriceTier t = tiers.get(i);
            if (t.from().compareTo(expected) != 0) {
                throw new IllegalArgumentException("tiers of " + key + " must be contiguous from 0: tier " + (i + 1)
                        + " starts at " + t.from().toPlainString() + ", expected " + expected.toPlainString());
            }
            boolean last = i == tiers.size() - 1;
            if (last != t.to().isEmpty()) {
                throw new IllegalArgumentException("only the last tier of " + key + " may be (and must be) without "
                        + "end: " + tiers);
            }
            expected = t.to().orElse(null);
        }
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        PriceKey.notBlank(source, "source");
    }

    /**
     * A price with one tier.
     *
     * @param key           what is priced
     * @param unit          the unit
     * @param currency      the currency code
     * @param unitPrice     the price of one unit, not negative
     * @param effectiveDate the effective date
     * @param source        the source
     * @return the price
     */
    public static Price flat(PriceKey key, String unit, String currency, BigDecimal unitPrice,
            LocalDate effectiveDate, String source) {
        return new Price(key, unit, currency, List.of(PriceTier.from(BigDecimal.ZERO, unitPrice)), effectiveDate,
                source);
    }

    /** @return true if the price has more than one tier */
    public boolean isTiered() {
        return tiers.size() > 1;
    }

    /** @return the price of one unit in the first tier (the only one of a flat price) */
    public BigDecimal firstUnitPrice() {
        return tiers.get(0).unitPrice();
    }

    /**
     * What a monthly quantity costs: each unit at the price of the tier it falls in.
     *
     * @param monthlyQuantity units per month, not negative
     * @return the cost, unrounded, in {@link #currency()}
     * @throws IllegalArgumentException if the quantity is negative
     */
    public BigDecimal costOf(BigDecimal monthlyQuantity) {
        Objects.requireNonNull(monthlyQuantity, "monthlyQuantity");
        if (monthlyQuantity.signum() < 0) {
            throw new IllegalArgumentException("a quantity cannot be negative: " + monthlyQuantity);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (PriceTier t : tiers) {
            if (monthlyQuantity.compareTo(t.from()) <= 0) {
                break;
            }
            BigDecimal upTo = t.to().filter(end -> end.compareTo(monthlyQuantity) < 0).orElse(monthlyQuantity);
            total = total.add(upTo.subtract(t.from()).multiply(t.unitPrice()));
        }
        return total;
    }

    /**
     * The tier a quantity's last unit falls in.
     *
     * @param monthlyQuantity units per month, not negative
     * @return the tier
     */
    public PriceTier tierOf(BigDecimal monthlyQuantity) {
        Objects.requireNonNull(monthlyQuantity, "monthlyQuantity");
        for (PriceTier t : tiers) {
            Optional<BigDecimal> to = t.to();
            if (to.isEmpty() || monthlyQuantity.compareTo(to.get()) < 0) {
                return t;
            }
        }
        return tiers.get(tiers.size() - 1);
    }
}
