package dev.alexandria.spi.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * How much of a priced component one resource instance uses in a month, in the unit of the component's price:
 * known (with where each factor came from), depending on usage that was not given, or not knowable from the
 * configuration.
 *
 * <p>Java 17 has no pattern {@code switch}; use {@link #isKnown()} and the {@code instanceof} patterns.
 *
 * @since 0.1.0
 */
public sealed interface Quantity permits Quantity.Known, Quantity.DependsOnUsage, Quantity.NotKnown {

    /** @return true for a {@link Known} quantity */
    default boolean isKnown() {
        return this instanceof Known;
    }

    /**
     * A known monthly quantity.
     *
     * @param monthly the units per month, in the price's unit, not negative
     * @param origins where each factor came from, in the order they were multiplied; not empty
     * @since 0.1.0
     */
    record Known(BigDecimal monthly, List<Origin> origins) implements Quantity {

        /**
         * Checks the components and copies the origins.
         *
         * @param monthly not negative
         * @param origins not empty
         * @throws IllegalArgumentException if the quantity is negative or there is no origin
         */
        public Known {
            Objects.requireNonNull(monthly, "monthly");
            if (monthly.signum() < 0) {
                throw new IllegalArgumentException("a quantity cannot be negative: " + monthly);
            }
            origins = List.copyOf(origins);
            if (origins.isEmpty()) {
                throw new IllegalArgumentException("a known quantity says where it came from: no origin given");
            }
        }

        /** @return true if any factor came from the usage file or an assumption */
        public boolean fromUsage() {
            return origins.stream().anyMatch(Origin::isUsage);
        }

        /** @return true if any factor is an assumption of {@code --usage-defaults} */
        public boolean fromAssumption() {
            return origins.stream().anyMatch(o -> o.kind() == Origin.Kind.ASSUMPTION);
        }
    }

    /**
     * A quantity that depends on usage the usage file does not give: the line shows its unit price as
     * "depends on usage" and adds $0.
     *
     * @param usageKeys the usage keys that would give it, e.g. {@code monthly_data_processed_gb}; not empty
     * @since 0.1.0
     */
    record DependsOnUsage(List<String> usageKeys) implements Quantity {

        /**
         * Checks and copies the keys.
         *
         * @param usageKeys not empty
         * @throws IllegalArgumentException if there is no key
         */
        public DependsOnUsage {
            usageKeys = List.copyOf(usageKeys);
            if (usageKeys.isEmpty()) {
                throw new IllegalArgumentException("name the usage keys a quantity depends on");
            }
        }
    }

    /**
     * A quantity (or the price key) that cannot be known from the configuration, typically because an argument
     * depends on an input that was not given: the line is "not priced" with the reason, never a guess.
     *
     * @param reason why, for people, e.g. {@code instance_type = var.instance_type is not known: pass --inputs}
     * @since 0.1.0
     */
    record NotKnown(String reason) implements Quantity {

        /**
         * Checks the reason.
         *
         * @param reason not blank
         * @throws IllegalArgumentException if the reason is blank
         */
        public NotKnown {
            PriceKey.notBlank(reason, "reason");
        }
    }

    /**
     * A known quantity.
     *
     * @param monthly units per month
     * @param origins where each factor came from
     * @return the quantity
     */
    static Quantity known(BigDecimal monthly, List<Origin> origins) {
        return new Known(monthly, origins);
    }

    /**
     * A quantity that depends on usage.
     *
     * @param usageKeys the usage keys that would give it
     * @return the quantity
     */
    static Quantity dependsOnUsage(String... usageKeys) {
        return new DependsOnUsage(List.of(usageKeys));
    }

    /**
     * A quantity that cannot be known.
     *
     * @param reason why
     * @return the quantity
     */
    static Quantity notKnown(String reason) {
        return new NotKnown(reason);
    }
}
