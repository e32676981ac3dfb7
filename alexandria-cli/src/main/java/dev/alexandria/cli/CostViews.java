package dev.alexandria.cli;

import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.api.model.PriceImport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cost estimates as plain trees with snake_case keys: what {@code cost}, {@code cost-compare} and
 * {@code import-prices} print with {@code --output json|yaml}. Money is in USD; monthly amounts are rounded to the
 * cent, unit prices are exact.
 *
 * @since 0.1.0
 */
public final class CostViews {

    private CostViews() {
    }

    /**
     * @param c an estimate
     * @return the estimate with every line
     */
    public static Map<String, Object> estimate(ModuleCost c) {
        Map<String, Object> v = summary(c);
        v.put("usage_file", c.usageFile().orElse(null));
        v.put("usage_defaults", c.usageDefaults());
        v.put("price_sources", c.priceSources());
        v.put("disclaimers", c.disclaimers());
        v.put("warnings", c.warnings());
        List<Object> lines = new ArrayList<>();
        for (CostLine l : c.lines()) {
            lines.add(line(l));
        }
        v.put("lines", lines);
        return v;
    }

    /**
     * @param c an estimate
     * @return its totals and status, without lines
     */
    public static Map<String, Object> summary(ModuleCost c) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("module", c.module());
        v.put("region", c.region());
        v.put("currency", "USD");
        v.put("hours_per_month", 730);
        v.put("fixed_monthly_usd", c.fixedMonthlyUsd());
        v.put("usage_monthly_usd", c.usageMonthlyUsd());
        v.put("total_monthly_usd", c.totalMonthlyUsd());
        v.put("cost_category", c.category().id());
        v.put("partial", c.partial());
        v.put("not_priced", c.notPricedLines().size());
        return v;
    }

    private static Map<String, Object> line(CostLine l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("address", l.address());
        v.put("resource_type", l.resourceType());
        if (!l.component().isEmpty()) {
            v.put("component", l.component());
        }
        v.put("status", l.status().name().toLowerCase(Locale.ROOT));
        l.quantity().ifPresent(q -> v.put("monthly_quantity", q.stripTrailingZeros()));
        l.unit().ifPresent(u -> v.put("unit", u));
        l.unitPrice().ifPresent(p -> v.put("unit_price_usd", p.stripTrailingZeros()));
        if (l.tiered()) {
            v.put("tiered", true);
        }
        v.put("monthly_usd", l.monthlyUsd().setScale(2, RoundingMode.HALF_UP));
        v.put("usage_based", l.usageBased());
        l.price().ifPresent(p -> {
            Map<String, Object> price = new LinkedHashMap<>();
            price.put("provider", p.provider());
            price.put("source", p.source());
            price.put("effective_date", p.effectiveDate().toString());
            price.put("key", p.key());
            v.put("price", price);
        });
        if (!l.origins().isEmpty()) {
            v.put("origins", l.origins());
        }
        if (!l.notes().isEmpty()) {
            v.put("notes", l.notes());
        }
        if (!l.reason().isEmpty()) {
            v.put("reason", l.reason());
        }
        return v;
    }

    /**
     * @param i an import
     * @return what was imported and written
     */
    public static Map<String, Object> priceImport(PriceImport i) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("file", i.file());
        v.put("service", i.service());
        v.put("version", i.version());
        v.put("publication_date", i.publicationDate().toString());
        v.put("regions", i.regions());
        v.put("imported", i.imported());
        v.put("skipped", i.skipped());
        v.put("written", i.written());
        v.put("disclaimer", i.disclaimer());
        return v;
    }

    /** {@code $1,234.56}. */
    static String usd(BigDecimal amount) {
        return "$" + String.format(Locale.ROOT, "%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** A unit price, exact: {@code $0.0000002}. */
    static String unitUsd(BigDecimal price) {
        return "$" + (price.signum() == 0 ? "0" : price.stripTrailingZeros().toPlainString());
    }
}
