/**
 * Cost estimation over the cost SPIs: finding and choosing the providers ({@link
 * dev.alexandria.core.internal.cost.CostProviders}), the library's price store under {@code _catalog/prices/},
 * Infracost-style usage files, and the estimator that evaluates a module's HCL (counts, {@code for_each},
 * arguments, module calls) and prices every resource instance. Not API; may change without notice.
 */
package dev.alexandria.core.internal.cost;
