package dev.alexandria.spi.cost;

import java.util.List;
import java.util.Objects;

/**
 * One priced part of a resource instance: an EC2 instance's hours, a NAT gateway's hours and its GB processed,
 * a volume's GB-months. The monthly cost is the {@link Quantity} priced with the first of {@code priceKeys}
 * that a pricing source has.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CostComponent hours = CostComponent.fixed("NAT gateway",
 *         new PriceKey("aws", "AmazonEC2", region, "nat-gateway:hour"),
 *         Quantity.known(new BigDecimal("730"), List.of(Origin.hoursPerMonth())));
 * }</pre>
 *
 * @param name       what it is, for people, e.g. {@code Instance usage (Linux/UNIX, on-demand, m5.large)}
 * @param priceKeys  the keys to price it with, in order of preference (the first a source has wins; a second
 *                   key is a documented fallback, such as Fargate priced from the EKS Fargate rows); empty only
 *                   when the quantity is {@link Quantity.NotKnown} because the key itself cannot be known
 * @param quantity   the monthly quantity of one instance, in the price's unit
 * @param usageBased true if the component's cost comes from usage (requests, GB processed) rather than from the
 *                   configuration alone; a module's registry cost is the total of the other components
 * @param notes      remarks shown with the line (a fallback price, a simplification); may be empty
 * @since 0.1.0
 */
public record CostComponent(String name, List<PriceKey> priceKeys, Quantity quantity, boolean usageBased,
        List<String> notes) {

    /**
     * Checks the components and copies the lists.
     *
     * @param name       not blank
     * @param priceKeys  not empty unless the quantity is not known
     * @param quantity   the quantity
     * @param usageBased whether it comes from usage
     * @param notes      remarks
     * @throws IllegalArgumentException if the name is blank or there is no price key for a quantity that is
     *                                  known or depends on usage
     */
    public CostComponent {
        PriceKey.notBlank(name, "name");
        priceKeys = List.copyOf(priceKeys);
        Objects.requireNonNull(quantity, "quantity");
        notes = List.copyOf(notes);
        if (priceKeys.isEmpty() && !(quantity instanceof Quantity.NotKnown)) {
            throw new IllegalArgumentException("component '" + name + "' needs a price key");
        }
    }

    /**
     * A component priced from the configuration alone.
     *
     * @param name     what it is
     * @param key      its price key
     * @param quantity its monthly quantity
     * @return the component
     */
    public static CostComponent fixed(String name, PriceKey key, Quantity quantity) {
        return new CostComponent(name, List.of(key), quantity, false, List.of());
    }

    /**
     * A component priced from usage.
     *
     * @param name     what it is
     * @param key      its price key
     * @param quantity its monthly quantity, or {@link Quantity.DependsOnUsage}
     * @return the component
     */
    public static CostComponent usage(String name, PriceKey key, Quantity quantity) {
        return new CostComponent(name, List.of(key), quantity, true, List.of());
    }

    /**
     * A component that cannot be priced because its price key or quantity cannot be known.
     *
     * @param name       what it is
     * @param reason     why, e.g. {@code instance_type = var.instance_type is not known: pass --inputs}
     * @param usageBased whether it would come from usage
     * @return the component
     */
    public static CostComponent notKnown(String name, String reason, boolean usageBased) {
        return new CostComponent(name, List.of(), Quantity.notKnown(reason), usageBased, List.of());
    }

    /**
     * The same component with a remark added.
     *
     * @param note the remark
     * @return a new component
     */
    public CostComponent withNote(String note) {
        Objects.requireNonNull(note, "note");
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new CostComponent(name, priceKeys, quantity, usageBased, more);
    }

    /**
     * The same component with a fallback price key.
     *
     * @param fallback a key to use when no source has the ones before
     * @return a new component
     */
    public CostComponent withFallback(PriceKey fallback) {
        Objects.requireNonNull(fallback, "fallback");
        List<PriceKey> more = new java.util.ArrayList<>(priceKeys);
        more.add(fallback);
        return new CostComponent(name, more, quantity, usageBased, notes);
    }
}
