package dev.alexandria.cost.aws;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PriceTier;
import dev.alexandria.spi.cost.PricingSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
 * <p>The snapshot is read once per class loader, on first use. Thread-safe.
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
    public Set<String> regions(String provider) {
        Objects.requireNonNull(provider, "provider");
        return PROVIDER.equals(provider) ? Snapshot.INSTANCE.regions : Set.of();
    }

    @Override
    public Optional<Price> price(PriceKey key) {
        Objects.requireNonNull(key, "key");
        return Optional.ofNullable(Snapshot.INSTANCE.prices.get(key));
    }

    /** @return how many prices the snapshot holds, tier groups included */
    int size() {
        return Snapshot.INSTANCE.prices.size();
    }

    /** @return {@code alexandria-aws-list-prices} */
    @Override
    public String toString() {
        return DESCRIPTOR.name();
    }

    /** The parsed snapshot; the holder idiom loads it once, thread-safely, on first use. */
    private static final class Snapshot {
        private static final Logger LOG = LoggerFactory.getLogger(AwsListPrices.class);
        static final Snapshot INSTANCE = load();

        final Map<PriceKey, Price> prices;
        final Set<String> regions;

        private Snapshot(Map<PriceKey, Price> prices, Set<String> regions) {
            this.prices = prices;
            this.regions = regions;
        }

        private static Snapshot load() {
            Map<PriceKey, Price> prices = new HashMap<>(40_000);
            Set<String> regions = new TreeSet<>();
            Map<String, LocalDate> dates = new HashMap<>();
            CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
            try (InputStream in = AwsListPrices.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the AWS price snapshot " + RESOURCE
                            + " is missing from the alexandria-cost-aws jar; rebuild or reinstall it");
                }
                try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(in)) {
                    boolean header = true;
                    while (rows.hasNextValue()) {
                        String[] row = rows.nextValue();
                        if (header) {
                            header = false;
                            continue;
                        }
                        // service,region,resource_key,unit,usd,effective_date,source
                        PriceKey key = new PriceKey(PROVIDER, row[0], row[1], row[2]);
                        LocalDate date = dates.computeIfAbsent(row[5], LocalDate::parse);
                        prices.put(key, Price.flat(key, row[3], "USD", new BigDecimal(row[4]), date, row[6]));
                        regions.add(row[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the AWS price snapshot " + RESOURCE, e);
            }
            int joined = joinTiers(prices, regions);
            LOG.debug("AWS price snapshot: {} prices ({} tiered) in {} regions", prices.size(), joined,
                    regions.size());
            return new Snapshot(Collections.unmodifiableMap(prices), Collections.unmodifiableSet(regions));
        }

        private static int joinTiers(Map<PriceKey, Price> prices, Set<String> regions) {
            int joined = 0;
            for (String region : regions) {
                for (AwsTiers.Group g : AwsTiers.GROUPS) {
                    List<PriceTier> tiers = new ArrayList<>();
                    BigDecimal from = BigDecimal.ZERO;
                    Price first = null;
                    Set<String> sources = new LinkedHashSet<>();
                    LocalDate earliest = null;
                    for (AwsTiers.Tier t : g.tiers()) {
                        Price part = prices.get(new PriceKey(PROVIDER, g.service(), region,
                                g.baseKey() + ":" + t.suffix()));
                        if (part == null) {
                            tiers = null;
                            break;
                        }
                        first = first == null ? part : first;
                        sources.add(part.source());
                        earliest = earliest == null || part.effectiveDate().isBefore(earliest)
                                ? part.effectiveDate() : earliest;
                        tiers.add(t.upTo() == null ? PriceTier.from(from, part.firstUnitPrice())
                                : PriceTier.between(from, t.upTo(), part.firstUnitPrice()));
                        from = t.upTo();
                    }
                    if (tiers != null && first != null) {
                        PriceKey key = new PriceKey(PROVIDER, g.service(), region, g.baseKey());
                        prices.put(key, new Price(key, first.unit(), "USD", tiers, earliest,
                                String.join("+", sources)));
                        joined++;
                    }
                }
            }
            return joined;
        }
    }
}
