package dev.alexandria.spi.cost;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The usage values of one resource instance, by key: what the usage file gives for the resource (in the shape
 * of Infracost's {@code infracost-usage.yml}, nested keys joined with dots, e.g. {@code standard.storage_gb}),
 * and, when {@code --usage-defaults} is on, the {@link UsageParameter#assumption() assumption} of every
 * parameter the file does not give.
 *
 * <p>Implemented by Alexandria; a model only reads it. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public interface Usage {

    /**
     * A usage value.
     *
     * @param key the usage key, e.g. {@code monthly_requests}
     * @return the value and where it came from ({@link Origin.Kind#USAGE_FILE} or
     *         {@link Origin.Kind#ASSUMPTION}); empty if there is none
     */
    Optional<Value> get(String key);

    /** @return usage without any value */
    static Usage none() {
        return key -> Optional.empty();
    }

    /**
     * One usage value.
     *
     * @param amount the number, not negative
     * @param origin the usage file line, or the assumption
     * @since 0.1.0
     */
    record Value(BigDecimal amount, Origin origin) {

        /**
         * Checks the components.
         *
         * @param amount the number, not negative
         * @param origin where it came from
         * @throws IllegalArgumentException if the amount is negative
         */
        public Value {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(origin, "origin");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("a usage value cannot be negative: " + amount);
            }
        }
    }
}
