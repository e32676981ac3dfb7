package dev.alexandria.tck.cost;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.cost.AttributeValue;
import dev.alexandria.spi.cost.CostComponent;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PricingSource;
import dev.alexandria.spi.cost.Quantity;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.spi.cost.Usage;
import dev.alexandria.spi.cost.UsageParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Small providers that keep the contracts, and variants that each break one, for the kits' own tests. */
final class SampleProviders {

    static final PriceKey HOUR = new PriceKey("tck", "Widgets", "eu-west-1", "widget:hour");
    static final PriceKey REQUESTS = new PriceKey("tck", "Widgets", "eu-west-1", "widget:requests");

    private SampleProviders() {
    }

    /** Two prices in one region. */
    static class GoodSource implements PricingSource {
        private final ProviderDescriptor descriptor = new ProviderDescriptor("tck-sample-prices", 0, 1);
        private final Map<PriceKey, Price> prices = Map.of(
                HOUR, Price.flat(HOUR, "Hrs", "USD", new BigDecimal("0.5"), LocalDate.of(2025, 1, 1), "tck"),
                REQUESTS, Price.flat(REQUESTS, "Requests", "USD", new BigDecimal("0.000001"),
                        LocalDate.of(2025, 1, 1), "tck"));

        @Override
        public ProviderDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public Set<String> regions(String provider) {
            return provider.equals("tck") ? Set.of("eu-west-1") : Set.of();
        }

        @Override
        public Optional<Price> price(PriceKey key) {
            Objects.requireNonNull(key, "key");
            return Optional.ofNullable(prices.get(key));
        }
    }

    /** Throws for keys it lacks instead of answering empty. */
    static final class ThrowingSource extends GoodSource {
        @Override
        public Optional<Price> price(PriceKey key) {
            return Optional.of(super.price(key).orElseThrow(() -> new IllegalStateException("no price")));
        }
    }

    /** Answers with the price of another key. */
    static final class WrongKeySource extends GoodSource {
        @Override
        public Optional<Price> price(PriceKey key) {
            return super.price(key).map(p -> Price.flat(REQUESTS, p.unit(), p.currency(), p.firstUnitPrice(),
                    p.effectiveDate(), p.source()));
        }
    }

    /** A widget: its size times 730 hours, and its requests from usage. */
    static class GoodModel implements ResourceCostModel {
        private final ProviderDescriptor descriptor = new ProviderDescriptor("tck-sample-model", 0, 1);

        @Override
        public ProviderDescriptor descriptor() {
            return descriptor;
        }

        @Override
        public Set<String> resourceTypes() {
            return Set.of("tck_widget");
        }

        @Override
        public List<UsageParameter> usageParameters(String resourceType) {
            return List.of(new UsageParameter("monthly_requests", "requests per month", "requests served",
                    new BigDecimal("1000000"), "one request a second for a quarter of the month"));
        }

        @Override
        public ResourceCost estimate(ResourceInstance r) {
            if (!resourceTypes().contains(r.type())) {
                throw new IllegalArgumentException("not a widget: " + r.type());
            }
            List<CostComponent> out = new ArrayList<>();
            out.add(hours(r));
            Optional<Usage.Value> requests = r.usage().get("monthly_requests");
            out.add(CostComponent.usage("Requests", REQUESTS.inRegion(r.region()), requests
                    .map(v -> Quantity.known(v.amount(), List.of(v.origin())))
                    .orElse(Quantity.dependsOnUsage("monthly_requests"))));
            return ResourceCost.priced(out);
        }

        CostComponent hours(ResourceInstance r) {
            AttributeValue size = r.attributes().get("size");
            PriceKey key = HOUR.inRegion(r.region());
            if (size.isUnknown()) {
                return CostComponent.notKnown("Widget hours", "size = " + size.expression() + " is not known",
                        false);
            }
            BigDecimal n = size.asNumber().orElse(BigDecimal.ONE);
            Origin o = size.origin().orElse(Origin.of(Origin.Kind.PROVIDER_DEFAULT, "size not set: 1"));
            return CostComponent.fixed("Widget hours", key, Quantity.known(n.multiply(new BigDecimal("730")),
                    List.of(o, Origin.hoursPerMonth())));
        }
    }

    /** Guesses size 1 when the size is unknown. */
    static final class GuessingModel extends GoodModel {
        @Override
        CostComponent hours(ResourceInstance r) {
            return CostComponent.fixed("Widget hours", HOUR.inRegion(r.region()), Quantity.known(
                    new BigDecimal("730"), List.of(Origin.of(Origin.Kind.ATTRIBUTE, "size = 1 (guessed)"))));
        }
    }

    /** Prices requests at a made-up volume when the usage file gives none. */
    static final class SilentUsageModel extends GoodModel {
        @Override
        public ResourceCost estimate(ResourceInstance r) {
            if (!resourceTypes().contains(r.type())) {
                throw new IllegalArgumentException("not a widget");
            }
            return ResourceCost.priced(List.of(hours(r), CostComponent.usage("Requests",
                    REQUESTS.inRegion(r.region()), Quantity.known(new BigDecimal("1000"),
                            List.of(Origin.of(Origin.Kind.CONSTANT, "1000 requests"))))));
        }
    }

    /** Lets usage change the fixed hours. */
    static final class UsageScalesFixedModel extends GoodModel {
        @Override
        public ResourceCost estimate(ResourceInstance r) {
            ResourceCost base = super.estimate(r);
            if (r.usage().get("monthly_requests").isEmpty()) {
                return base;
            }
            List<CostComponent> out = new ArrayList<>();
            out.add(CostComponent.fixed("Widget hours", HOUR.inRegion(r.region()), Quantity.known(
                    new BigDecimal("1"), List.of(Origin.hoursPerMonth()))));
            out.addAll(base.components().subList(1, base.components().size()));
            return ResourceCost.priced(out);
        }
    }

    /** Reads a usage key it does not declare. */
    static final class UndeclaredUsageModel extends GoodModel {
        @Override
        public ResourceCost estimate(ResourceInstance r) {
            r.usage().get("monthly_secret_sauce");
            return super.estimate(r);
        }
    }

    /** Throws when an argument it needs is absent. */
    static final class FragileModel extends GoodModel {
        @Override
        CostComponent hours(ResourceInstance r) {
            if (r.attributes().get("size").isAbsent()) {
                throw new IllegalStateException("size is required");
            }
            return super.hours(r);
        }
    }

    /** Prices any type it is given. */
    static final class GreedyModel extends GoodModel {
        @Override
        public ResourceCost estimate(ResourceInstance r) {
            return ResourceCost.free("everything is free here");
        }
    }

    static List<ResourceInstance> widgets() {
        return List.of(TestResource.builder("tck_widget").region("eu-west-1").attribute("size", 2).build(),
                TestResource.builder("tck_widget").region("eu-west-1").attribute("size", 1)
                        .usage("monthly_requests", 5000).build());
    }
}
