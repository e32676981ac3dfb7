package dev.alexandria.api.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The monthly cost estimate of a module in a region: every line, the totals, and what could not be priced.
 *
 * <p>The module's registry cost is {@link #fixedMonthlyUsd()}: the lines that come from the configuration alone,
 * without usage. {@link #partial()} is true when a line is not priced, so the total is a lower bound. A month is
 * 730 hours. Prices are list prices; every estimate carries the disclaimers of its pricing sources.
 *
 * <p>Immutable and thread-safe.
 *
 * @param module        the module's id, or its folder for a module outside a library
 * @param region        the region priced
 * @param lines         every line, in address order
 * @param usageFile     the usage file used, if any (as given)
 * @param usageDefaults whether the documented usage assumptions were applied
 * @param disclaimers   what the pricing sources say of their prices, to show with the estimate
 * @param warnings      things a user should know: usage entries that matched no resource, values ignored
 * @since 0.1.0
 */
public record ModuleCost(String module, String region, List<CostLine> lines, Optional<String> usageFile,
        boolean usageDefaults, List<String> disclaimers, List<String> warnings) {

    /**
     * Checks the components and copies the lists.
     *
     * @param module        not blank
     * @param region        not blank
     * @param lines         the lines
     * @param usageFile     the usage file, if any
     * @param usageDefaults whether assumptions were applied
     * @param disclaimers   the disclaimers
     * @param warnings      the warnings
     * @throws IllegalArgumentException if the module or region is blank
     */
    public ModuleCost {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(region, "region");
        lines = List.copyOf(lines);
        Objects.requireNonNull(usageFile, "usageFile");
        disclaimers = List.copyOf(disclaimers);
        warnings = List.copyOf(warnings);
        if (module.isBlank() || region.isBlank()) {
            throw new IllegalArgumentException("a cost estimate names its module and region");
        }
    }

    /** @return the monthly cost in USD of every priced line, fixed and from usage, to the cent */
    public BigDecimal totalMonthlyUsd() {
        return cents(lines.stream().map(CostLine::monthlyUsd).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** @return the monthly cost in USD of the priced lines that come from the configuration alone, to the cent */
    public BigDecimal fixedMonthlyUsd() {
        return cents(lines.stream().filter(l -> !l.usageBased()).map(CostLine::monthlyUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Whether some line's cost comes from usage (requests, GB stored, read units ...), priced or not: the module
     * then costs more than {@link #fixedMonthlyUsd()} as soon as it is used, even when that is $0.
     *
     * @return whether a line is usage-based
     * @since 0.5.0
     */
    public boolean usagePriced() {
        return lines.stream().anyMatch(CostLine::usageBased);
    }

    /** @return the monthly cost in USD of the priced lines that come from usage, to the cent */
    public BigDecimal usageMonthlyUsd() {
        return cents(lines.stream().filter(CostLine::usageBased).map(CostLine::monthlyUsd)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** @return true if some line is not priced: the totals are then lower bounds */
    public boolean partial() {
        return lines.stream().anyMatch(l -> l.status() == CostLine.Status.NOT_PRICED);
    }

    /** @return the lines that are not priced, each with its reason */
    public List<CostLine> notPricedLines() {
        return lines.stream().filter(l -> l.status() == CostLine.Status.NOT_PRICED).toList();
    }

    /**
     * The cost category of the fixed monthly cost. When {@link #partial()} is true it is only a lower bound: the
     * lines not priced may raise it, so show it as "at least" that category (the CLI does), or use
     * {@link #definiteCategory()}.
     *
     * @return the category of the priced fixed lines
     */
    public CostCategory category() {
        return CostCategory.forMonthlyCost(fixedMonthlyUsd());
    }

    /**
     * The cost category when every line is priced.
     *
     * @return the category of the fixed monthly cost, or empty when the estimate is {@link #partial()}: a category
     * computed from an incomplete sum would be a guess
     */
    public Optional<CostCategory> definiteCategory() {
        return partial() ? Optional.empty() : Optional.of(category());
    }

    /** @return the price sources used, each with its date, sorted, e.g. {@code apw:ec2 (2025-12-06)} */
    public List<String> priceSources() {
        TreeSet<String> out = new TreeSet<>();
        lines.forEach(l -> l.price().ifPresent(p -> out.add(p.toString())));
        return List.copyOf(out);
    }

    private static BigDecimal cents(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_UP);
    }

    /** @return a one-line summary, e.g. {@code ModuleCost{vpc-standard, us-east-1, $68.20/month fixed, partial}} */
    @Override
    public String toString() {
        return "ModuleCost{" + module + ", " + region + ", $" + fixedMonthlyUsd() + "/month fixed"
                + (usageMonthlyUsd().signum() > 0 ? " + $" + usageMonthlyUsd() + " usage" : "")
                + (partial() ? ", partial" : "") + "}";
    }
}
