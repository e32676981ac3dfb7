package dev.alexandria.spi.cost;

import dev.alexandria.spi.Provider;
import dev.alexandria.spi.ProviderDescriptor;
import java.util.List;
import java.util.Set;

/**
 * What Terraform resources of some types cost: for one resource instance, its priced components, each with
 * the price key(s) to price it with and its monthly quantity, computed from the instance's arguments and usage.
 * The model does not look prices up; Alexandria does, in the {@link PricingSource}s, so a host's negotiated
 * prices apply to every model.
 *
 * <p>Found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.alexandria.spi.cost.ResourceCostModel}) or registered explicitly by a host.
 * For each resource type, the model named in the configuration wins, else the one with the highest priority
 * that lists the type (ties by name).
 *
 * <h2>Requirements</h2>
 * <ul>
 *   <li>{@link #descriptor()} MUST return the same descriptor on every call, and {@link #resourceTypes()} the
 *       same set.</li>
 *   <li>{@link #estimate(ResourceInstance)} MUST throw {@link IllegalArgumentException} for a type not in
 *       {@link #resourceTypes()}, and MUST NOT throw for any instance of a type it lists, whatever its arguments
 *       (absent, unknown, of the wrong type): what it cannot price is a {@link Quantity.NotKnown} component or
 *       {@link ResourceCost.NotPriced}, never a guess and never a silent $0.</li>
 *   <li>A component computed from usage MUST be {@link CostComponent#usageBased() usage-based}; with no usage
 *       value it MUST be {@link Quantity.DependsOnUsage}. A fixed component MUST NOT depend on usage: a usage
 *       file never changes a fixed line.</li>
 *   <li>Quantities MUST be monthly (730 hours a month) and in the unit of the price the key names, and each
 *       known quantity MUST name where its factors came from ({@link Origin}).</li>
 *   <li>Every usage key it reads MUST be listed in {@link #usageParameters(String)} with its assumption.</li>
 *   <li>The result MUST depend only on the instance (no hidden state); implementations MUST be safe for
 *       concurrent use and MUST NOT print or exit.</li>
 * </ul>
 * The test kit {@code dev.alexandria.tck.cost.ResourceCostModelCompatibilityKit} checks these.
 *
 * @since 0.1.0
 */
public interface ResourceCostModel extends Provider {

    /** The version of this SPI: {@value}. */
    int SPI_VERSION = 1;

    /** @return the provider's name, priority and SPI version; the same object on every call */
    ProviderDescriptor descriptor();

    /** @return the Terraform resource types this model estimates, e.g. {@code aws_instance} */
    Set<String> resourceTypes();

    /**
     * The usage values a resource type's cost depends on, with the assumptions of {@code --usage-defaults}.
     *
     * @param resourceType one of {@link #resourceTypes()}
     * @return the parameters; empty if the type's cost does not depend on usage
     */
    default List<UsageParameter> usageParameters(String resourceType) {
        return List.of();
    }

    /**
     * Estimates one resource instance.
     *
     * @param resource the instance, of a type in {@link #resourceTypes()}
     * @return its components, or free, or not priced with the reason
     * @throws IllegalArgumentException if the type is not one of {@link #resourceTypes()}
     */
    ResourceCost estimate(ResourceInstance resource);
}
