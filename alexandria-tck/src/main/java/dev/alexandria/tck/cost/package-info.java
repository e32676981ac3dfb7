/**
 * Test kits for the cost SPIs: extend {@link dev.alexandria.tck.cost.PricingSourceCompatibilityKit} or
 * {@link dev.alexandria.tck.cost.ResourceCostModelCompatibilityKit} in a few lines to check a provider against
 * the obligations written in the SPI's Javadoc. {@link dev.alexandria.tck.cost.TestResource} builds resource
 * instances for a model's own tests.
 */
package dev.alexandria.tck.cost;
