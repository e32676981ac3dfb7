package dev.alexandria.spi.cost;

import java.util.List;

/**
 * What a resource cost model says about one resource instance: its priced components, that it is free, or
 * that it is not priced (and why). Never a silent $0: a resource that costs nothing is {@link Free} with the
 * reason, one the model cannot price is {@link NotPriced}.
 *
 * <p>Java 17 has no pattern {@code switch}; use the {@code instanceof} patterns or {@link #components()}.
 *
 * @since 0.1.0
 */
public sealed interface ResourceCost permits ResourceCost.Priced, ResourceCost.Free, ResourceCost.NotPriced {

    /** @return the priced components; empty for {@link Free} and {@link NotPriced} */
    List<CostComponent> components();

    /**
     * Priced components.
     *
     * @param components the components, not empty
     * @since 0.1.0
     */
    record Priced(List<CostComponent> components) implements ResourceCost {

        /**
         * Checks and copies the components.
         *
         * @param components not empty
         * @throws IllegalArgumentException if there is none (use {@link Free} or {@link NotPriced})
         */
        public Priced {
            components = List.copyOf(components);
            if (components.isEmpty()) {
                throw new IllegalArgumentException("a priced resource has at least one component; "
                        + "say Free or NotPriced instead");
            }
        }
    }

    /**
     * A resource that costs nothing by itself.
     *
     * @param reason why, e.g. {@code VPCs are free; what runs in them is priced on its own}
     * @since 0.1.0
     */
    record Free(String reason) implements ResourceCost {

        /**
         * Checks the reason.
         *
         * @param reason not blank
         * @throws IllegalArgumentException if it is blank
         */
        public Free {
            PriceKey.notBlank(reason, "reason");
        }

        @Override
        public List<CostComponent> components() {
            return List.of();
        }
    }

    /**
     * A resource the model cannot price.
     *
     * @param reason why, e.g. {@code engine "oracle-ee" has no prices in the snapshot}
     * @since 0.1.0
     */
    record NotPriced(String reason) implements ResourceCost {

        /**
         * Checks the reason.
         *
         * @param reason not blank
         * @throws IllegalArgumentException if it is blank
         */
        public NotPriced {
            PriceKey.notBlank(reason, "reason");
        }

        @Override
        public List<CostComponent> components() {
            return List.of();
        }
    }

    /**
     * Priced components.
     *
     * @param components the components, not empty
     * @return the cost
     */
    static ResourceCost priced(List<CostComponent> components) {
        return new Priced(components);
    }

    /**
     * Free.
     *
     * @param reason why
     * @return the cost
     */
    static ResourceCost free(String reason) {
        return new Free(reason);
    }

    /**
     * Not priced.
     *
     * @param reason why
     * @return the cost
     */
    static ResourceCost notPriced(String reason) {
        return new NotPriced(reason);
    }
}
