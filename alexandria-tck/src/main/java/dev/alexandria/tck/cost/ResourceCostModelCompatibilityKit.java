package dev.alexandria.tck.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.cost.CostComponent;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.Quantity;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.cost.ResourceInstance;
import dev.alexandria.spi.cost.Usage;
import dev.alexandria.spi.cost.UsageParameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The obligations of a {@link ResourceCostModel}, as its Javadoc states them. Extend it in a few lines:
 *
 * <pre>{@code
 * class AcmeModelCompatibilityTest extends ResourceCostModelCompatibilityKit {
 *     protected ResourceCostModel createModel() { return new AcmeModel(); }
 *     protected List<ResourceInstance> examples() {
 *         return List.of(TestResource.builder("acme_server").attribute("size", "large").build());
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public abstract class ResourceCostModelCompatibilityKit {

    private ResourceCostModel model;

    /** Creates the kit. */
    protected ResourceCostModelCompatibilityKit() {
    }

    /** @return a new instance of the model under test */
    protected abstract ResourceCostModel createModel();

    /**
     * Instances the model prices (or knows to be free); the more types they cover, the more the kit checks.
     *
     * @return the examples; at least one
     */
    protected abstract List<ResourceInstance> examples();

    /** @return the region the kit's generated instances are in; defaults to {@code us-east-1} */
    protected String region() {
        return "us-east-1";
    }

    /** Creates the model before each obligation. */
    @BeforeEach
    void create() {
        model = createModel();
        assertNotNull(model, "createModel() returned null");
    }

    @Test
    @DisplayName("descriptor() and resourceTypes() return an equal answer on every call")
    void descriptorAndTypesAreStable() {
        ProviderDescriptor d = model.descriptor();
        assertNotNull(d, "descriptor() returned null");
        assertEquals(d, model.descriptor(), "descriptor() must return an equal "
                + "descriptor on every call (a new but equal instance is fine: a record compares by value)");
        assertTrue(d.spiVersion() <= ResourceCostModel.SPI_VERSION, "the model targets a newer SPI");
        assertFalse(model.resourceTypes().isEmpty(), "resourceTypes() is empty");
        assertEquals(model.resourceTypes(), model.resourceTypes(), "resourceTypes() changed between calls");
    }

    @Test
    @DisplayName("a resource type it does not list is refused with IllegalArgumentException")
    void unlistedTypeIsRefused() {
        ResourceInstance other = TestResource.builder("tck_not_a_listed_type").region(region()).build();
        assertThrows(IllegalArgumentException.class, () -> model.estimate(other));
    }

    @Test
    @DisplayName("every listed type declares its usage parameters without throwing")
    void usageParametersAreDeclared() {
        for (String type : model.resourceTypes()) {
            List<UsageParameter> params = model.usageParameters(type);
            assertNotNull(params, "usageParameters(" + type + ") returned null");
            Set<String> keys = new TreeSet<>();
            for (UsageParameter p : params) {
                assertTrue(keys.add(p.key()), type + " declares usage key " + p.key() + " twice");
            }
        }
    }

    @Test
    @DisplayName("an instance of every listed type with no argument set is estimated, never an exception")
    void noArgumentsNeverThrows() {
        for (String type : model.resourceTypes()) {
            ResourceInstance bare = TestResource.builder(type).region(region()).build();
            assertNotNull(estimate(bare), "estimate() returned null for " + type);
        }
    }

    @Test
    @DisplayName("with every argument unknown, no quantity is taken from an argument (no guess)")
    void unknownArgumentsAreNeverGuessed() {
        for (String type : model.resourceTypes()) {
            ResourceCost cost = estimate(TestResource.allUnknown(type, region()));
            for (CostComponent c : cost.components()) {
                if (c.quantity() instanceof Quantity.Known k) {
                    for (Origin o : k.origins()) {
                        assertFalse(o.kind() == Origin.Kind.ATTRIBUTE || o.kind() == Origin.Kind.INPUT
                                || o.kind() == Origin.Kind.VARIABLE_DEFAULT,
                                type + ": component '" + c.name() + "' is priced from an argument that is unknown: "
                                        + o);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("the examples are priced or known to be free, not 'not priced'")
    void examplesArePriced() {
        assertFalse(examples().isEmpty(), "examples() must give at least one instance");
        for (ResourceInstance r : examples()) {
            ResourceCost cost = estimate(r);
            assertFalse(cost instanceof ResourceCost.NotPriced, r.address() + " is not priced: " + cost);
        }
    }

    @Test
    @DisplayName("without usage, every usage-based component depends on usage and no quantity comes from usage")
    void withoutUsageNothingComesFromUsage() {
        for (ResourceInstance r : examples()) {
            ResourceInstance bare = TestResource.withUsage(r, Usage.none());
            for (CostComponent c : estimate(bare).components()) {
                if (c.quantity() instanceof Quantity.Known k) {
                    assertFalse(k.fromUsage(), r.address() + ": '" + c.name() + "' comes from usage without any");
                    assertFalse(c.usageBased(), r.address() + ": usage-based '" + c.name()
                            + "' has a known quantity without usage; it must depend on usage");
                }
                if (c.quantity() instanceof Quantity.DependsOnUsage) {
                    assertTrue(c.usageBased(), r.address() + ": '" + c.name()
                            + "' depends on usage but is not marked usage-based");
                }
            }
        }
    }

    @Test
    @DisplayName("every usage key the model reads is declared in usageParameters(type)")
    void usageKeysReadAreDeclared() {
        for (ResourceInstance r : examples()) {
            Set<String> declared = new TreeSet<>();
            model.usageParameters(r.type()).forEach(p -> declared.add(p.key()));
            Set<String> read = ConcurrentHashMap.newKeySet();
            estimate(TestResource.withUsage(r, key -> {
                read.add(key);
                return r.usage().get(key);
            }));
            for (String key : read) {
                assertTrue(declared.contains(key), r.type() + " reads usage key '" + key
                        + "' that usageParameters() does not declare");
            }
        }
    }

    @Test
    @DisplayName("with every assumption applied, no component still depends on usage and fixed ones are unchanged")
    void assumptionsPriceUsageAndNeverChangeFixedLines() {
        for (ResourceInstance r : examples()) {
            Map<String, Usage.Value> assumed = new HashMap<>();
            for (UsageParameter p : model.usageParameters(r.type())) {
                assumed.put(p.key(), new Usage.Value(p.assumption(),
                        Origin.of(Origin.Kind.ASSUMPTION, p.key() + " = " + p.assumption() + " (assumed)")));
            }
            ResourceCost without = estimate(TestResource.withUsage(r, Usage.none()));
            ResourceCost with = estimate(TestResource.withUsage(r, key -> Optional.ofNullable(assumed.get(key))));
            for (CostComponent c : with.components()) {
                assertFalse(c.quantity() instanceof Quantity.DependsOnUsage, r.address() + ": '" + c.name()
                        + "' still depends on usage with every declared assumption applied");
            }
            assertEquals(fixed(without), fixed(with), r.address() + ": usage changed a fixed component");
        }
    }

    @Test
    @DisplayName("the same instance gives the same estimate, from one thread or several")
    void estimatesAreDeterministicAndThreadSafe() throws Exception {
        List<ResourceCost> expected = new ArrayList<>();
        for (ResourceInstance r : examples()) {
            expected.add(estimate(r));
            assertEquals(expected.get(expected.size() - 1), estimate(r), r.address() + " changed between calls");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ResourceCost>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<ResourceCost> got = new ArrayList<>();
                    for (ResourceInstance r : examples()) {
                        got.add(model.estimate(r));
                    }
                    return got;
                }));
            }
            for (Future<List<ResourceCost>> f : futures) {
                assertEquals(expected, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private ResourceCost estimate(ResourceInstance r) {
        try {
            ResourceCost cost = model.estimate(r);
            assertNotNull(cost, "estimate(" + r.address() + ") returned null");
            return cost;
        } catch (RuntimeException e) {
            return fail("estimate(" + r.address() + ") threw " + e, e);
        }
    }

    private static List<CostComponent> fixed(ResourceCost cost) {
        return cost.components().stream().filter(c -> !c.usageBased()).toList();
    }
}
