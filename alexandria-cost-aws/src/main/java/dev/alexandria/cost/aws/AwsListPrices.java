package dev.alexandria.cost.aws;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PriceTier;
import dev.alexandria.spi.cost.PricingSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled, offline snapshot of AWS on-demand list prices: 16,514 prices in 16 regions plus {@code global}
 * (Route 53), as of 2025-12-06 for most services (NAT gateway 2025-10-28, EBS 2024-07-18). Each price names its
 * source ({@code apw:ec2} ...), resolved in the snapshot's {@code sources.csv} and in {@code docs/cost.md}.
 *
 * <p>Besides the snapshot's own keys, tiers the snapshot lists as separate keys are offered joined under their
 * base key: {@code storage:standard} of {@code AmazonS3} is one price with the tiers
 * {@code first-50tb}, {@code next-450tb} and {@code over-500tb}.
 *
 * <p>The snapshot is read once per class loader, on first use, and each region's prices are built on first use.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class AwsListPrices implements PricingSource {

    /** The cloud provider id of every key: {@value}. */
    public static final String PROVIDER = "aws";

    /** What AWS says of its price lists, to show with every estimate made with them. */
    public static final String DISCLAIMER = "AWS list prices are for informational purposes only; all prices are "
            + "subject to the terms on aws.amazon.com. Estimates use on-demand list prices and exclude taxes, "
            + "free tiers, discounts and data transfer not modelled.";

    private static final ProviderDescriptor DESCRIPTOR =
            new ProviderDescriptor("alexandria-aws-list-prices", 0, SPI_VERSION);
    private static final String RESOURCE = "snapshot/aws-ondemand-prices.csv";

    /** Creates the source; the snapshot is read on first use and shared. */
    public AwsListPrices() {
    }

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Optional<String> disclaimer() {
        return Optional.of(DISCLAIMER);
    }

    @Override
    public Set<String> regions(String provider) {
        Objects.requireNonNull(provider, "provider");
        return PROVIDER.equals(provider) ? Snapshot.INSTANCE.regions : Set.of();
    }

    @Override
    public Optional<Price> price(PriceKey key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(Snapshot.INSTANCE.region(key.region()).get(key));
    }

    /** @return how many prices the snapshot holds, tier groups included */
    int size() {
        int n = 0;
        for (String region : Snapshot.INSTANCE.regions) {
            n += Snapshot.INSTANCE.region(region).size();
        }
        return n;
    }

    /** @return {@code alexandria-aws-list-prices} */
    @Override
    public String toString() {
        return DESCRIPTOR.name();
    }

    /**
     * The snapshot: its text is read once (the holder idiom makes that thread-safe), indexed by region in one scan,
     * and each region's prices are built on first use (an estimate needs one region's thousand rows, not all).
     */
    private static final class Snapshot {
        private static final Logger LOG = LoggerFactory.getLogger(AwsListPrices.class);
        static final Snapshot INSTANCE = load();

        private final String text;
        private final Map<String, int[]> lineStarts;
        private final Map<String, Map<PriceKey, Price>> byRegion = new ConcurrentHashMap<>();
        final Set<String> regions;

        private Snapshot(String text, Map<String, int[]> lineStarts) {
            this.text = text;
            this.lineStarts = lineStarts;
            this.regions = Collections.unmodifiableSet(new TreeSet<>(lineStarts.keySet()));
        }

        private static Snapshot load() {
            // The snapshot is our own file, plain CSV without quoting (a test checks it): its lines are split
            // directly, in milliseconds, where a general CSV reader needs its own start-up time.
            String text;
            try (InputStream in = AwsListPrices.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the AWS price snapshot " + RESOURCE
                            + " is missing from the alexandria-cost-aws jar; rebuild or reinstall it");
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the AWS price snapshot " + RESOURCE, e);
            }
            Map<String, List<Integer>> starts = new HashMap<>();
            int pos = text.indexOf('\n') + 1; // skip the header
            while (pos < text.length()) {
                int end = text.indexOf('\n', pos);
                end = end < 0 ? text.length() : end;
                int c1 = text.indexOf(',', pos);
                int c2 = c1 < 0 ? -1 : text.indexOf(',', c1 + 1);
                if (c2 > 0 && c2 < end) {
                    starts.computeIfAbsent(text.substring(c1 + 1, c2), k -> new ArrayList<>()).add(pos);
                }
                pos = end + 1;
            }
            Map<String, int[]> lineStarts = new HashMap<>();
            starts.forEach((region, list) -> lineStarts.put(region, list.stream().mapToInt(Integer::intValue)
                    .toArray()));
            LOG.debug("AWS price snapshot: {} regions", lineStarts.size());
            return new Snapshot(text, Map.copyOf(lineStarts));
        }

        Map<PriceKey, Price> region(String region) {
            if (!lineStarts.containsKey(region)) {
                return Map.of();
            }
            return byRegion.computeIfAbsent(region, this::build);
        }

        private Map<PriceKey, Price> build(String region) {
            Map<PriceKey, Price> prices = new HashMap<>();
            Map<String, LocalDate> dates = new HashMap<>();
            String[] c = new String[7];
            for (int start : lineStarts.get(region)) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                int col = 0;
                int from = start;
                for (int i = start; i <= end && col < 7; i++) {
                    if (i == end || text.charAt(i) == ',') {
                        c[col++] = text.substring(from, i);
                        from = i + 1;
                    }
                }
                // service,region,resource_key,unit,usd,effective_date,source
                PriceKey key = new PriceKey(PROVIDER, c[0], c[1], c[2]);
                LocalDate date = dates.computeIfAbsent(c[5], d -> LocalDate.of(Integer.parseInt(d.substring(0, 4)),
                        Integer.parseInt(d.substring(5, 7)), Integer.parseInt(d.substring(8, 10))));
                prices.put(key, Price.flat(key, c[3], "USD", new BigDecimal(c[4]), date, c[6].strip()));
            }
            joinTiers(prices, region);
            return Collections.unmodifiableMap(prices);
        }

        private static void joinTiers(Map<PriceKey, Price> prices, String region) {
            for (AwsTiers.Group g : AwsTiers.GROUPS) {
                List<PriceTier> tiers = new ArrayList<>();
                BigDecimal from = BigDecimal.ZERO;
                Price first = null;
                Set<String> sources = new LinkedHashSet<>();
                LocalDate earliest = null;
                for (AwsTiers.Tier t : g.tiers()) {
                    Price part = prices.get(new PriceKey(PROVIDER, g.service(), region, g.baseKey() + ":"
                            + t.suffix()));
                    if (part == null) {
                        tiers = null;
                        break;
                    }
                    first = first == null ? part : first;
                    sources.add(part.source());
                    earliest = earliest == null || part.effectiveDate().isBefore(earliest) ? part.effectiveDate()
                            : earliest;
                    tiers.add(t.upTo() == null ? PriceTier.from(from, part.firstUnitPrice())
                            : PriceTier.between(from, t.upTo(), part.firstUnitPrice()));
                    from = t.upTo();
                }
                if (tiers != null && first != null) {
                    PriceKey key = new PriceKey(PROVIDER, g.service(), region, g.baseKey());
                    prices.put(key, new Price(key, first.unit(), "USD", tiers, earliest, String.join("+", sources)));
                }
            }
        }
    }
}
