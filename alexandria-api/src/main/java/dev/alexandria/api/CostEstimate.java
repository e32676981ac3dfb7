package dev.alexandria.api;

import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.ModuleCost;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Estimates the monthly cost of a module from its HCL: the resources it declares and the modules it calls from
 * the library or by relative path, each resource priced by the resource cost models and pricing sources
 * (bundled: AWS on-demand list prices), with the counts, instance types and sizes the module's inputs give.
 *
 * <pre>{@code
 * ModuleCost cost = lib.cost("eks-standard")
 *         .region("eu-west-1")
 *         .usage(Path.of("infracost-usage.yml"))
 *         .inputs(Path.of("prod.tfvars"))
 *         .estimate();
 * BigDecimal fixed = cost.fixedMonthlyUsd();                 // the registry's cost of the module
 * List<CostLine> notPriced = cost.notPricedLines();          // what could not be priced, and why
 * }</pre>
 *
 * <p>Mutable and meant for one thread; {@link #estimate()} leaves it unchanged, so it can be run again.
 * Arguments are checked when they are passed.
 *
 * @since 0.1.0
 */
public interface CostEstimate {

    /**
     * The region to price in. Defaults to {@code us-east-1}.
     *
     * @param region a region code, e.g. {@code eu-west-1}
     * @return this estimate
     * @throws UnknownRegionException if the region is blank (it lists the regions that have prices)
     */
    CostEstimate region(String region);

    /**
     * A usage file in the shape of Infracost's {@code infracost-usage.yml} ({@code version: 0.1},
     * {@code resource_usage:} by resource address, {@code [*]} matching every index). Defaults to none: every
     * usage-based line then shows its unit price as "depends on usage" and adds $0.
     *
     * @param usageFile the file
     * @return this estimate
     */
    CostEstimate usage(Path usageFile);

    /**
     * Values for the module's input variables from {@code .tfvars} (or {@code .tfvars.json}) files, later files
     * winning. Defaults to none: each variable's default.
     *
     * @param tfvarsFiles the files, in order
     * @return this estimate
     */
    CostEstimate inputs(Path... tfvarsFiles);

    /**
     * Values for the module's input variables from {@code .tfvars} files, later files winning.
     *
     * @param tfvarsFiles the files, in order
     * @return this estimate
     */
    CostEstimate inputs(List<Path> tfvarsFiles);

    /**
     * Values for the module's input variables, winning over the {@code .tfvars} files.
     *
     * @param values by variable name
     * @return this estimate
     */
    CostEstimate inputs(Map<String, HclValue> values);

    /**
     * Applies the documented usage assumptions of each resource type to every usage value the usage file does
     * not give, and marks every line it touched. Defaults to off.
     *
     * @param on whether to apply them
     * @return this estimate
     */
    CostEstimate usageDefaults(boolean on);

    /**
     * Estimates the module.
     *
     * @return the estimate: every line, the totals, what was not priced and why, the price sources and dates
     * @throws UnknownRegionException if no pricing source has prices in the region; it lists those that have
     * @throws CatalogException       if the usage file or a {@code .tfvars} file is malformed (file:line)
     * @throws dev.alexandria.api.ModuleNotFoundException if the module is not in the library
     * @throws ModuleHclException     if the HCL of the module, or of a module it calls by relative path, has
     * errors (it does not parse, a block lacks its labels): no estimate is made rather than a total that leaves out
     * what could not be read; the exception carries the errors with their file and line
     */
    ModuleCost estimate();

    /** @return the options that were set, for example {@code CostEstimate{module=eks-standard, region=eu-west-1}} */
    @Override
    String toString();
}
