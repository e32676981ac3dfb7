package dev.alexandria.cli;

import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.Decimals;
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
        c.usageFile().ifPresent(f -> v.put("usage_file", f)); // unknown values are left out, never null
        v.put("usage_defaults", c.usageDefaults());
        v.put("price_sources", c.priceSources());
        v.put("disclaimers", disclaimers(c));
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
        // a partial estimate's category is a lower bound, never a definite category
        c.definiteCategory().ifPresent(k -> v.put("cost_category", k.id()));
        if (c.partial()) {
            v.put("cost_category_at_least", c.category().id());
        }
        v.put("partial", c.partial());
        v.put("not_priced", c.notPricedLines().size());
        return v;
    }

    /**
     * A number without trailing zeros, never in exponent form: {@code 730}, not {@code 7.3E+2}
     * ({@code stripTrailingZeros} alone gives a negative scale, which JSON and YAML print with an exponent).
     */
    static BigDecimal plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Map<String, Object> line(CostLine l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("address", l.address());
        v.put("resource_type", l.resourceType());
        if (!l.component().isEmpty()) {
            v.put("component", l.component());
        }
        v.put("status", l.status().name().toLowerCase(Locale.ROOT));
        l.quantity().ifPresent(q -> v.put("monthly_quantity", plain(q)));
        l.unit().ifPresent(u -> v.put("unit", u));
        l.unitPrice().ifPresent(p -> v.put("unit_price_usd", plain(p)));
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
        v.put("added", i.added());
        v.put("replaced", i.replaced());
        v.put("kept_newer", i.kept());
        v.put("retained", i.retained());
        v.put("disclaimer", i.disclaimer());
        return v;
    }

    /** {@code $1,234.56}. */
    static String usd(BigDecimal amount) {
        return "$" + Decimals.grouped(amount.setScale(2, RoundingMode.HALF_UP), 2);
    }

    /** A unit price, exact, with at least two decimals: {@code $0.10}, {@code $0.0225}, {@code $0.0000002}. */
    static String unitUsd(BigDecimal price) {
        BigDecimal p = price.stripTrailingZeros();
        return "$" + p.setScale(Math.max(2, p.scale())).toPlainString();
    }

    /**
     * The cost category as a table shows it: {@code medium}, or for a partial estimate {@code at least low
     * (partial estimate: the lines not priced may raise it)}.
     */
    static String category(ModuleCost c) {
        return c.definiteCategory().map(k -> k.id()).orElseGet(() -> "at least " + c.category().id()
                + " (partial estimate: the lines not priced may raise it)");
    }

    /**
     * An AWS price-list unit as it reads in a sentence: {@code Hrs} as {@code hours} ({@code hour} after "per"),
     * {@code GB-Mo} as {@code GB-months}, {@code Requests} as {@code requests}, {@code LCU-Hrs} as
     * {@code LCU-hours}; abbreviations (GB, LCU, vCPU, IOPS) stay as they are.
     *
     * @param unit     the unit of the price list
     * @param singular true after "per"
     */
    static String unit(String unit, boolean singular) {
        String[] parts = unit.split("-", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String word = word(parts[i]);
            boolean last = i == parts.length - 1;
            if (word.equals(parts[i]) && !parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))
                    && parts[i].substring(1).equals(parts[i].substring(1).toLowerCase(Locale.ROOT))) {
                word = parts[i].toLowerCase(Locale.ROOT); // Requests, Queries, Seconds: a plain word
            }
            if (singular || !last) {
                word = singular(word);
            } else if (!word.equals(parts[i]) && parts.length > 1 && !word.endsWith("s")) {
                word = word + "s"; // GB-month -> GB-months
            }
            out.append(i == 0 ? "" : "-").append(word);
        }
        return out.toString();
    }

    private static String word(String w) {
        return switch (w) {
            case "Hrs", "Hr", "Hours", "Hour", "hrs", "hours" -> "hours";
            case "Mo", "Month", "Months", "mo" -> "month";
            case "Mins", "Min", "Minutes" -> "minutes";
            case "Secs", "Sec", "Seconds", "Second", "second" -> "seconds";
            case "IOs", "IO" -> "I/Os";
            default -> w;
        };
    }

    private static String singular(String w) {
        if (w.equals("I/Os")) {
            return "I/O";
        }
        if (w.endsWith("ies") && w.length() > 3 && w.equals(w.toLowerCase(Locale.ROOT))) {
            return w.substring(0, w.length() - 3) + "y"; // queries -> query
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 1 && w.equals(w.toLowerCase(Locale.ROOT))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** The disclaimer of an estimate that used no price (no price source's disclaimer applies to it). */
    static final String NO_PRICE_DISCLAIMER = "No price was used: every line is free of charge, depends on usage or"
            + " could not be priced. The estimate covers only what the cost models know (on-demand list prices;"
            + " no taxes, free tiers, discounts or data transfer not modelled).";

    /**
     * @param c an estimate
     * @return the disclaimers of the prices it used, or, when it used none, what its total stands for
     */
    static List<String> disclaimers(ModuleCost c) {
        return c.disclaimers().isEmpty() && c.priceSources().isEmpty() ? List.of(NO_PRICE_DISCLAIMER)
                : c.disclaimers();
    }
}
