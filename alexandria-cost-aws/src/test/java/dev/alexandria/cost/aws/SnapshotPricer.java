package dev.alexandria.cost.aws;

import dev.alexandria.spi.cost.CostComponent;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.Quantity;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceInstance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices a model's components with the bundled snapshot, one line per component, for the golden tests:
 * {@code name | quantity unit | unit price | $monthly}, {@code name | depends on usage | unit price per unit},
 * {@code name | not priced: why}, or {@code free: why} / {@code not priced: why} for the whole resource.
 */
final class SnapshotPricer {

    private static final AwsListPrices PRICES = new AwsListPrices();
    private static final AwsResourceCostModel MODEL = new AwsResourceCostModel();

    private SnapshotPricer() {
    }

    static List<String> lines(ResourceInstance r) {
        return lines(MODEL.estimate(r));
    }

    static List<String> lines(ResourceCost cost) {
        List<String> out = new ArrayList<>();
        if (cost instanceof ResourceCost.Free f) {
            return List.of("free: " + f.reason());
        }
        if (cost instanceof ResourceCost.NotPriced n) {
            return List.of("not priced: " + n.reason());
        }
        for (CostComponent c : cost.components()) {
            out.add(line(c));
        }
        return out;
    }

    /** The monthly cost of the priced lines, in cents precision. */
    static BigDecimal total(ResourceInstance r) {
        BigDecimal total = BigDecimal.ZERO;
        for (CostComponent c : MODEL.estimate(r).components()) {
            Optional<Price> p = price(c);
            if (p.isPresent() && c.quantity() instanceof Quantity.Known k) {
                total = total.add(p.get().costOf(k.monthly()));
            }
        }
        return total;
    }

    private static Optional<Price> price(CostComponent c) {
        for (PriceKey k : c.priceKeys()) {
            Optional<Price> p = PRICES.price(k);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static String line(CostComponent c) {
        if (c.quantity() instanceof Quantity.NotKnown n) {
            return c.name() + " | not priced: " + n.reason();
        }
        Optional<Price> p = price(c);
        if (p.isEmpty()) {
            return c.name() + " | not priced: no price for " + c.priceKeys().get(0);
        }
        Price price = p.get();
        String unitPrice = price.firstUnitPrice().stripTrailingZeros().toPlainString() + (price.isTiered() ? " (tiered)"
                : "");
        if (c.quantity() instanceof Quantity.Known k) {
            return c.name() + " | " + k.monthly().stripTrailingZeros().toPlainString() + " " + price.unit() + " | "
                    + unitPrice + " | $" + price.costOf(k.monthly()).setScale(2, RoundingMode.HALF_UP);
        }
        return c.name() + " | depends on usage | " + unitPrice + " per " + price.unit();
    }
}
