/**
 * The cost SPIs: {@link dev.alexandria.spi.cost.PricingSource} (unit prices),
 * {@link dev.alexandria.spi.cost.ResourceCostModel} (what a Terraform resource costs, as priced components with
 * quantities) and {@link dev.alexandria.spi.cost.PriceListImporter} (a cloud's own price files into a library's
 * price store).
 *
 * <p>Alexandria estimates a module by evaluating its HCL, asking the resource cost model of each resource type
 * for the components of each resource instance, and looking each component's price up in the pricing sources.
 * It multiplies a component's monthly {@link dev.alexandria.spi.cost.Quantity quantity} by the price (through
 * its tiers) and names, on every line, the price source and its effective date and where each number came from.
 *
 * <p>All amounts are {@link java.math.BigDecimal}s; prices are per one unit of the price's {@code unit}
 * (as in the AWS Price List: $0.0000002 per request, not per million); a month is 730 hours.
 */
package dev.alexandria.spi.cost;
