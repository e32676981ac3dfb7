package dev.alexandria.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a cost estimate: a priced component of a resource instance (an EC2 instance's hours, a NAT
 * gateway's GB processed), or a resource that is free or not priced.
 *
 * <p>Immutable and thread-safe.
 *
 * @param address      the resource instance's address, e.g. {@code module.network.aws_nat_gateway.this[0]}
 * @param resourceType the resource type, e.g. {@code aws_nat_gateway}
 * @param component    what is priced, e.g. {@code NAT gateway}; for a free or not priced resource, empty
 * @param status       priced, depends on usage, free, not priced, or zero instances
 * @param quantity     units a month, when known
 * @param unit         the price's unit ({@code Hrs}, {@code GB-Mo} ...), when there is a price
 * @param unitPrice    the price of one unit (the first tier's for a tiered price), when there is a price
 * @param tiered       whether the price has tiers
 * @param monthlyUsd   the monthly cost in USD, unrounded; zero unless {@link Status#PRICED}
 * @param usageBased   whether the component's cost comes from usage rather than from the configuration
 * @param price        where the price came from, when there is one
 * @param origins      where each number of the quantity came from (attribute, default, input, usage file,
 *                     assumption, constant), each as {@code kind: detail}
 * @param notes        remarks: a fallback price, an assumption applied, a simplification
 * @param reason       why the line is free, not priced or has zero instances; empty otherwise
 * @since 0.1.0
 */
public record CostLine(String address, String resourceType, String component, Status status,
        Optional<BigDecimal> quantity, Optional<String> unit, Optional<BigDecimal> unitPrice, boolean tiered,
        BigDecimal monthlyUsd, boolean usageBased, Optional<PriceReference> price, List<String> origins,
        List<String> notes, String reason) {

    /**
     * The kinds of line.
     *
     * @since 0.1.0
     */
    public enum Status {
        /** priced: quantity times unit price */
        PRICED,
        /** a usage-based component without a usage value: its unit price is shown and it adds $0 */
        DEPENDS_ON_USAGE,
        /** a resource that costs nothing by itself */
        FREE,
        /** a resource or component that could not be priced; {@link CostLine#reason()} says why */
        NOT_PRICED,
        /**
         * a resource or module call with no instances ({@code count = 0}, an empty {@code for_each}): it costs $0
         * and is listed so a reader sees it was considered; {@link CostLine#reason()} says which expression gave 0
         * and where its value came from
         *
         * @since 0.2.0
         */
        ZERO_INSTANCES
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param address      not blank
     * @param resourceType not blank
     * @param component    may be empty
     * @param status       the status
     * @param quantity     the quantity
     * @param unit         the unit
     * @param unitPrice    the unit price
     * @param tiered       whether tiered
     * @param monthlyUsd   not negative; zero unless priced
     * @param usageBased   whether usage-based
     * @param price        the price reference
     * @param origins      the origins
     * @param notes        the notes
     * @param reason       the reason, may be empty
     * @throws IllegalArgumentException if a text is blank, the cost negative, or a line that is not priced costs
     *                                  something
     */
    public CostLine {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(monthlyUsd, "monthlyUsd");
        Objects.requireNonNull(price, "price");
        origins = List.copyOf(origins);
        notes = List.copyOf(notes);
        Objects.requireNonNull(reason, "reason");
        if (address.isBlank() || resourceType.isBlank()) {
            throw new IllegalArgumentException("a cost line names its resource: '" + address + "'");
        }
        if (monthlyUsd.signum() < 0) {
            throw new IllegalArgumentException("a monthly cost cannot be negative: " + monthlyUsd);
        }
        if (status != Status.PRICED && monthlyUsd.signum() != 0) {
            throw new IllegalArgumentException("only a priced line costs something: " + status + " " + monthlyUsd);
        }
    }

    /**
     * Where a price came from.
     *
     * @param provider      the pricing source's provider name, e.g. {@code alexandria-aws-list-prices}, or
     *                      {@code library-price-store} for the library's {@code _catalog/prices/}
     * @param source        the source the provider names, e.g. {@code apw:ec2} or
     *                      {@code aws-offer:AmazonECS:20250828172723}
     * @param effectiveDate the date of the price
     * @param key           the price key, e.g. {@code aws/AmazonEC2/us-east-1/nat-gateway:hour}
     * @since 0.1.0
     */
    public record PriceReference(String provider, String source, LocalDate effectiveDate, String key) {

        /**
         * Checks the components.
         *
         * @param provider      not null
         * @param source        not null
         * @param effectiveDate not null
         * @param key           not null
         */
        public PriceReference {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(effectiveDate, "effectiveDate");
            Objects.requireNonNull(key, "key");
        }

        /** @return {@code source (date)}, e.g. {@code apw:ec2 (2025-12-06)} */
        @Override
        public String toString() {
            return source + " (" + effectiveDate + ")";
        }
    }
}
