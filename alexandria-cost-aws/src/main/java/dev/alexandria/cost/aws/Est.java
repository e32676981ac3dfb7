package dev.alexandria.cost.aws;

import dev.alexandria.spi.cost.CostComponent;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.Quantity;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.spi.cost.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The estimate of one resource instance being built: its components, and helpers to make them. */
final class Est {

    static final BigDecimal HOURS = new BigDecimal("730");
    static final BigDecimal THOUSAND_24 = new BigDecimal("1024");

    /** The origin of a count of one; left out of the listed origins. */
    static final Origin ONE = Origin.of(Origin.Kind.CONSTANT, "one");

    final ResourceInstance r;
    final List<CostComponent> out = new ArrayList<>();

    Est(ResourceInstance r) {
        this.r = r;
    }

    PriceKey key(String service, String key) {
        return new PriceKey(AwsListPrices.PROVIDER, service, r.region(), key);
    }

    PriceKey global(String service, String key) {
        return new PriceKey(AwsListPrices.PROVIDER, service, "global", key);
    }

    /** Adds a fixed component; the factors are multiplied, their origins listed. */
    CostComponent fixed(String name, PriceKey key, BigDecimal monthly, Origin... origins) {
        CostComponent c = CostComponent.fixed(name, key, Quantity.known(monthly, listed(Arrays.asList(origins))));
        out.add(c);
        return c;
    }

    /** Adds a fixed component of 730 hours times a count. */
    CostComponent hourly(String name, PriceKey key, Val<BigDecimal> count, Origin... more) {
        if (!count.known()) {
            return notKnown(name, count.problem(), false);
        }
        List<Origin> origins = new ArrayList<>();
        origins.add(count.origin());
        origins.addAll(Arrays.asList(more));
        origins.add(Origin.hoursPerMonth());
        CostComponent c = CostComponent.fixed(name, key, Quantity.known(count.value().multiply(HOURS),
                listed(origins)));
        out.add(c);
        return c;
    }

    /** Adds a fixed component of 730 hours for one thing. */
    CostComponent hourly(String name, PriceKey key, Origin... more) {
        List<Origin> origins = new ArrayList<>(Arrays.asList(more));
        origins.add(Origin.hoursPerMonth());
        CostComponent c = CostComponent.fixed(name, key, Quantity.known(HOURS, origins));
        out.add(c);
        return c;
    }

    /** Adds a fixed component whose quantity could not be known. */
    CostComponent notKnown(String name, String reason, boolean usageBased) {
        CostComponent c = CostComponent.notKnown(name, reason, usageBased);
        out.add(c);
        return c;
    }

    Optional<Usage.Value> usage(String key) {
        return r.usage().get(key);
    }

    /**
     * Adds a usage-based component: the usage value times a factor, or "depends on usage" when the usage file does
     * not give it.
     */
    CostComponent usage(String name, PriceKey key, String usageKey, BigDecimal factor, Origin... more) {
        Optional<Usage.Value> u = usage(usageKey);
        Quantity q;
        if (u.isPresent()) {
            List<Origin> origins = new ArrayList<>();
            origins.add(u.get().origin());
            origins.addAll(Arrays.asList(more));
            q = Quantity.known(u.get().amount().multiply(factor), listed(origins));
        } else {
            q = Quantity.dependsOnUsage(usageKey);
        }
        CostComponent c = CostComponent.usage(name, key, q);
        out.add(c);
        return c;
    }

    CostComponent usage(String name, PriceKey key, String usageKey) {
        return usage(name, key, usageKey, BigDecimal.ONE);
    }

    void add(CostComponent c) {
        out.add(c);
    }

    /** Replaces the last component added with the same component plus a note. */
    void noteLast(String note) {
        CostComponent last = out.remove(out.size() - 1);
        out.add(last.withNote(note));
    }

    private static List<Origin> listed(List<Origin> origins) {
        List<Origin> out = new ArrayList<>(origins.size());
        for (Origin o : origins) {
            if (!o.equals(ONE) && !out.contains(o)) {
                out.add(o);
            }
        }
        return out.isEmpty() ? List.of(ONE) : out;
    }

    static Val<BigDecimal> one() {
        return Val.of(BigDecimal.ONE, ONE);
    }

    static Origin constant(String detail) {
        return Origin.of(Origin.Kind.CONSTANT, detail);
    }

    static Origin dflt(String detail) {
        return Origin.of(Origin.Kind.PROVIDER_DEFAULT, detail);
    }

    static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, 12, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal ceil(BigDecimal a) {
        return a.setScale(0, RoundingMode.CEILING);
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
