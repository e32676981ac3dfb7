package dev.alexandria.spi.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A usage value a resource type's cost depends on, with the documented assumption {@code --usage-defaults}
 * applies when the usage file does not give it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key         the usage key as in Infracost's {@code infracost-usage.yml}, e.g.
 *                    {@code monthly_data_processed_gb}
 * @param unit        the unit of the value, e.g. {@code GB per month}
 * @param description what it is, for people
 * @param assumption  the value {@code --usage-defaults} assumes, not negative
 * @param rationale   why that value, for people (shown in the documentation and on the lines it touches)
 * @since 0.1.0
 */
public record UsageParameter(String key, String unit, String description, BigDecimal assumption,
        String rationale) {

    /**
     * Checks the components.
     *
     * @param key         not blank
     * @param unit        not blank
     * @param description not blank
     * @param assumption  not negative
     * @param rationale   not blank
     * @throws IllegalArgumentException if a text is blank or the assumption negative
     */
    public UsageParameter {
        PriceKey.notBlank(key, "key");
        PriceKey.notBlank(unit, "unit");
        PriceKey.notBlank(description, "description");
        Objects.requireNonNull(assumption, "assumption");
        if (assumption.signum() < 0) {
            throw new IllegalArgumentException("an assumption cannot be negative: " + key + " = " + assumption);
        }
        PriceKey.notBlank(rationale, "rationale");
    }
}
