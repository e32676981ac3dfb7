package dev.alexandria.core.internal.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.core.Alexandria;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.ProviderException;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PricingSource;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.cost.ResourceInstance;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Discovery, selection and guarding of cost providers (STYLE.md, SPI design). */
class CostProvidersTest {

    private static final Path NAT = CostEstimationTest.FIXTURES.resolve("nat-stack");

    /** A host's negotiated NAT gateway price. */
    static class Negotiated implements PricingSource {
        private final ProviderDescriptor d;

        Negotiated(String name, int priority) {
            this.d = new ProviderDescriptor(name, priority, SPI_VERSION);
        }

        @Override
        public ProviderDescriptor descriptor() {
            return d;
        }

        @Override
        public Set<String> regions(String provider) {
            return provider.equals("aws") ? Set.of("us-east-1") : Set.of();
        }

        @Override
        public Optional<Price> price(PriceKey key) {
            return key.key().equals("nat-gateway:hour") ? Optional.of(Price.flat(key, "Hrs", "USD",
                    new BigDecimal("0.03"), LocalDate.of(2026, 1, 1), "acme-contract")) : Optional.empty();
        }
    }

    @Test
    void hostSource_withHigherPriorityIsAskedFirst_listPricesFillTheRest() {
        ModuleCost c = Alexandria.builder().pricingSource(new Negotiated("acme-prices", 10)).cost(NAT).estimate();
        CostLine nat = c.lines().stream().filter(l -> l.component().equals("NAT gateway")).findFirst().orElseThrow();
        // 730 x 0.03 = 21.90, from the host; the EIP from the bundled list prices
        assertEquals(new BigDecimal("21.90"), nat.monthlyUsd().setScale(2));
        assertEquals("acme-prices", nat.price().orElseThrow().provider());
        assertEquals("alexandria-aws-list-prices", c.lines().get(0).price().orElseThrow().provider());
    }

    @Test
    void sourcesOfDifferentPriorities_areTheDocumentedChain_butATieIsWarnedAbout() {
        CostProviders chain = CostProviders.of(null, List.of(new Negotiated("acme-prices", 10),
                new Negotiated("list-prices", 0)), List.of(), List.of(), null);
        assertEquals(Optional.empty(), CostProviders.contested(chain.sources()));
        CostProviders tie = CostProviders.of(null, List.of(new Negotiated("zeta-prices", 5),
                new Negotiated("acme-prices", 5), new Negotiated("list-prices", 0)), List.of(), List.of(), null);
        assertEquals(Optional.of("2 pricing sources share priority 5: acme-prices, zeta-prices; acme-prices is "
                + "asked first only because its name sorts first; give one a higher priority, or set "
                + "alexandria.cost.pricing-source to use one"), CostProviders.contested(tie.sources()));
    }

    @Test
    void namedSource_isTheOnlyOne() {
        ModuleCost c = Alexandria.builder().pricingSource(new Negotiated("acme-prices", -10))
                .usePricingSource("acme-prices").cost(NAT).estimate();
        assertEquals("module.nat[\"prod\"].aws_eip.nat[0] | Public IPv4 address | NOT_PRICED | $0.00 | no price for "
                + "aws/AmazonVPC/us-east-1/public-ipv4:in-use-hour", CostEstimationTest.lines(c).get(0));
        ProviderException e = assertThrows(ProviderException.class, () -> Alexandria.builder()
                .usePricingSource("acme-pricez").cost(NAT).estimate());
        assertEquals("provider 'acme-pricez': no pricing source has this name (alexandria.cost.pricing-source); "
                + "available: alexandria-aws-list-prices; add its jar to the class path or fix the name",
                e.getMessage());
    }

    @Test
    void duplicateNames_areAnError() {
        ProviderException e = assertThrows(ProviderException.class, () -> CostProviders.of(null,
                List.of(new Negotiated("acme-prices", 1), new PricingSource() {
                    @Override
                    public ProviderDescriptor descriptor() {
                        return new ProviderDescriptor("acme-prices", 2, 1);
                    }

                    @Override
                    public Set<String> regions(String provider) {
                        return Set.of();
                    }

                    @Override
                    public Optional<Price> price(PriceKey key) {
                        return Optional.empty();
                    }
                }), List.of(), List.of(), null));
        assertTrue(e.getMessage().startsWith("provider 'acme-prices': two PricingSource providers have this name: "),
                e.getMessage());
    }

    @Test
    void reservedPrefixOutsideAlexandria_andBrokenDescriptors_areSkippedAndReported() {
        // a class outside Alexandria's packages (a JDK proxy) claiming a reserved name
        PricingSource real = new Negotiated("alexandria-aws-list-prices", 100);
        PricingSource impostor = (PricingSource) java.lang.reflect.Proxy.newProxyInstance(
                PricingSource.class.getClassLoader(), new Class<?>[] {PricingSource.class},
                (proxy, method, args) -> method.invoke(real, args));
        PricingSource broken = new Negotiated("x", 0) {
            @Override
            public ProviderDescriptor descriptor() {
                throw new IllegalStateException("no name");
            }
        };
        CostProviders p = CostProviders.of(null, List.of(impostor, broken), List.of(), List.of(), null);
        assertEquals(List.of(), p.sources());
        assertEquals(2, p.problems().size());
        assertTrue(p.problems().get(0).endsWith("skipped: the name 'alexandria-aws-list-prices' uses the prefix "
                + "reserved for Alexandria's own providers"), p.problems().get(0));
        assertTrue(p.problems().get(1).contains("skipped: descriptor() failed (java.lang.IllegalStateException: no "
                + "name)"), p.problems().get(1));
    }

    @Test
    void aModelThatThrows_isAProviderErrorNamingIt() {
        ResourceCostModel failing = new ResourceCostModel() {
            private final ProviderDescriptor d = new ProviderDescriptor("acme-models", 50, 1);

            @Override
            public ProviderDescriptor descriptor() {
                return d;
            }

            @Override
            public Set<String> resourceTypes() {
                return Set.of("aws_eip");
            }

            @Override
            public ResourceCost estimate(ResourceInstance resource) {
                throw new IllegalStateException("boom");
            }
        };
        ProviderException e = assertThrows(ProviderException.class, () -> Alexandria.builder()
                .resourceCostModel(failing).cost(NAT).estimate());
        assertEquals("provider 'acme-models': estimate(module.nat[\"prod\"].aws_eip.nat[0]) failed: "
                + "java.lang.IllegalStateException: boom; this is a fault of the provider, report it to its authors",
                e.getMessage());
        assertEquals("boom", e.getCause().getMessage());
    }

    @Test
    void withoutDiscovery_nothingIsPriced() {
        ProviderDescriptor none = new Negotiated("acme-prices", 1).descriptor();
        assertEquals("acme-prices", none.name());
        ModuleCost c = Alexandria.builder().providerDiscovery(false).pricingSource(new Negotiated("acme-prices", 1))
                .cost(NAT).estimate();
        assertTrue(CostEstimationTest.lines(c).get(0).endsWith("no resource cost model prices aws_eip"),
                CostEstimationTest.lines(c).get(0));
    }
}
