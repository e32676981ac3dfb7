package dev.alexandria.tck.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PricingSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The obligations of a {@link PricingSource}, as its Javadoc states them. Extend it in a few lines:
 *
 * <pre>{@code
 * class AcmePricesCompatibilityTest extends PricingSourceCompatibilityKit {
 *     protected PricingSource createSource() { return new AcmePrices(); }
 *     protected List<PriceKey> knownKeys() {
 *         return List.of(new PriceKey("aws", "AmazonEC2", "us-east-1", "instance:m5.large:linux:shared"));
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public abstract class PricingSourceCompatibilityKit {

    private PricingSource source;

    /** Creates the kit. */
    protected PricingSourceCompatibilityKit() {
    }

    /** @return a new instance of the source under test */
    protected abstract PricingSource createSource();

    /** @return keys the source has prices for; at least one */
    protected abstract List<PriceKey> knownKeys();

    /** Creates the source before each obligation. */
    @BeforeEach
    void create() {
        source = createSource();
        assertNotNull(source, "createSource() returned null");
    }

    @Test
    @DisplayName("descriptor() returns an equal, valid descriptor on every call, for this SPI's version")
    void descriptorIsStable() {
        ProviderDescriptor d = source.descriptor();
        assertNotNull(d, "descriptor() returned null");
        assertEquals(d, source.descriptor(), "descriptor() must return an equal "
                + "descriptor on every call (a new but equal instance is fine: a record compares by value)");
        assertTrue(d.spiVersion() <= PricingSource.SPI_VERSION,
                "the source targets SPI " + d.spiVersion() + ", newer than this kit's " + PricingSource.SPI_VERSION);
    }

    @Test
    @DisplayName("the kit is given at least one key the source prices")
    void hasKnownKeys() {
        assertFalse(knownKeys().isEmpty(), "knownKeys() must name at least one key the source prices");
    }

    @Test
    @DisplayName("a known key has a price for exactly that key, in an ISO currency, with a unit and a source")
    void knownKeysArePriced() {
        for (PriceKey key : knownKeys()) {
            Optional<Price> price = source.price(key);
            assertNotNull(price, "price(" + key + ") returned null instead of an Optional");
            assertTrue(price.isPresent(), "no price for " + key + ", which knownKeys() names");
            assertEquals(key, price.get().key(), "the price of " + key + " names another key");
            assertTrue(price.get().currency().matches("[A-Z]{3}"), "currency " + price.get().currency());
            assertFalse(price.get().unit().isBlank(), "the price of " + key + " has no unit");
        }
    }

    @Test
    @DisplayName("a key without a price is empty, never an exception")
    void unknownKeyIsEmpty() {
        PriceKey known = knownKeys().get(0);
        PriceKey missing = new PriceKey(known.provider(), known.service(), known.region(), "no-such-key:tck");
        assertEquals(Optional.empty(), source.price(missing));
        assertEquals(Optional.empty(), source.price(known.inRegion("no-such-region-1")));
        assertEquals(Optional.empty(), source.price(new PriceKey("no-such-cloud", known.service(),
                known.region(), known.key())));
    }

    @Test
    @DisplayName("regions() lists the region of every known key, and nothing for an unknown cloud")
    void regionsListThePricedRegions() {
        for (PriceKey key : knownKeys()) {
            assertTrue(source.regions(key.provider()).contains(key.region()),
                    "regions(" + key.provider() + ") lacks " + key.region() + ", where " + key + " is priced");
        }
        assertTrue(source.regions("no-such-cloud").isEmpty(), "regions(no-such-cloud) must be empty");
    }

    @Test
    @DisplayName("the same key gives the same price on every call")
    void pricesAreStable() {
        for (PriceKey key : knownKeys()) {
            assertEquals(source.price(key), source.price(key), "price(" + key + ") changed between calls");
        }
    }

    @Test
    @DisplayName("lookups from several threads at once give the same prices as from one")
    void concurrentLookupsAgree() throws Exception {
        List<Optional<Price>> expected = new ArrayList<>();
        for (PriceKey key : knownKeys()) {
            expected.add(source.price(key));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Optional<Price>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<Optional<Price>> got = new ArrayList<>();
                    for (PriceKey key : knownKeys()) {
                        got.add(source.price(key));
                    }
                    return got;
                }));
            }
            for (Future<List<Optional<Price>>> f : futures) {
                assertEquals(expected, f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("a null key is refused with a NullPointerException")
    void nullKeyIsRefused() {
        assertThrows(NullPointerException.class, () -> source.price(null));
    }
}
