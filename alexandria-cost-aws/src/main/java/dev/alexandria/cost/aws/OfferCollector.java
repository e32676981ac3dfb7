package dev.alexandria.cost.aws;

import dev.alexandria.api.model.SourceLocation;
import dev.alexandria.spi.cost.ImportSummary;
import dev.alexandria.spi.cost.Price;
import dev.alexandria.spi.cost.PriceImportException;
import dev.alexandria.spi.cost.PriceKey;
import dev.alexandria.spi.cost.PriceTier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Joins the products and on-demand terms an offer file reader hands it, whatever the file's layout, and keeps
 * the prices of the products the models use. Holds only the mapped products (SKU to key) and their prices: a few
 * thousand entries for a whole region's EC2 file.
 *
 * <p>The traps of real offer files are handled here: reserved terms and reserved-style terms filed under
 * {@code OnDemand} (an upfront fee, lease attributes) are skipped; a price in another currency than USD refuses
 * the whole file; when two products give the same key, a $0 twin (a Capacity Block line) gives way to the priced
 * one; terms of products the file does not describe are counted, not guessed.
 */
final class OfferCollector {

    /** One price dimension of a term. */
    record Dimension(BigDecimal begin, BigDecimal end, String unit, BigDecimal usd) {
    }

    private record Target(String service, String key, String region) {
    }

    private record Collected(String sku, String unit, List<Dimension> dims, LocalDate effective) {
        boolean isZero() {
            return dims.stream().allMatch(d -> d.usd().signum() == 0);
        }
    }

    private final Path file;
    private String offerCode;
    private String version;
    private LocalDate publication;
    private String disclaimer = "";
    private final Map<String, Target> skus = new HashMap<>();
    private final Map<PriceKey, Collected> prices = new LinkedHashMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long products;
    private long onDemandTerms;

    OfferCollector(Path file) {
        this.file = file;
    }

    void offerCode(String code) {
        if (offerCode == null) {
            offerCode = code;
        }
    }

    void version(String v) {
        version = v;
    }

    void publicationDate(String date) {
        if (date != null && date.length() >= 10) {
            publication = LocalDate.parse(date.substring(0, 10));
        }
    }

    void disclaimer(String text) {
        disclaimer = text == null ? "" : text;
    }

    void product(String sku, Map<String, String> attributes) {
        products++;
        String offer = offerCode != null ? offerCode : attributes.getOrDefault("servicecode", "");
        OfferKeys.Mapping m = OfferKeys.map(offer, attributes);
        if (!m.mapped()) {
            skip(m.skipReason());
            return;
        }
        Optional<String> region = AwsRegions.of(attributes);
        if (region.isEmpty()) {
            skip("product without a known region");
            return;
        }
        skus.put(sku, new Target(m.service(), m.key(), region.get()));
    }

    void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    void reservedTerm() {
        skip("reserved term");
    }

    /**
     * One on-demand term. {@code currency} is checked first: a price in another currency refuses the file even when
     * the product is not one Alexandria keeps.
     */
    void onDemandTerm(String sku, boolean reservedStyle, String effectiveDate, List<Dimension> dims,
            List<String> currencies, SourceLocation where) {
        for (String currency : currencies) {
            if (!currency.equals("USD")) {
                throw new PriceImportException(where, "prices are in " + currency + ", not USD: Alexandria estimates "
                        + "in USD and never converts currencies (an AWS China offer file, cn-* regions, is priced in "
                        + "CNY); import the offer file of an AWS commercial region instead");
            }
        }
        onDemandTerms++;
        if (reservedStyle) {
            skip("reserved-style term (upfront fee or lease) filed under OnDemand");
            return;
        }
        Target t = skus.get(sku);
        if (t == null) {
            skip("on-demand term of a product not kept (or not in the file)");
            return;
        }
        if (dims.isEmpty()) {
            skip("on-demand term without a price");
            return;
        }
        LocalDate effective = effectiveDate != null && effectiveDate.length() >= 10
                ? LocalDate.parse(effectiveDate.substring(0, 10)) : null;
        Collected next = new Collected(sku, unit(t.key(), dims.get(0).unit()), dims, effective);
        PriceKey key = new PriceKey(AwsListPrices.PROVIDER, t.service(), t.region(), t.key());
        Collected prev = prices.get(key);
        if (prev == null) {
            prices.put(key, next);
        } else if (prev.sku().equals(sku)) {
            // the CSV layout gives each tier of a term its own row
            List<Dimension> all = new ArrayList<>(prev.dims());
            all.addAll(dims);
            prices.put(key, new Collected(sku, prev.unit(), all, prev.effective()));
        } else if (prev.isZero() && !next.isZero()) {
            prices.put(key, next);
            skip("$0 twin of a priced product (e.g. a Capacity Block line)");
        } else if (next.isZero() && !prev.isZero()) {
            skip("$0 twin of a priced product (e.g. a Capacity Block line)");
        } else if (!prev.dims().equals(next.dims())) {
            skip("second product with the same key and another price (kept the first, SKU " + prev.sku() + ")");
        }
    }

    /**
     * The unit a price is stored with: the one the cost models and the bundled prices use. AWS writes Fargate's
     * memory as {@code hours} (of a GB) and ECS's vCPU as {@code vCPU-Hours}; a key that counts GB- or vCPU-hours
     * gets {@code GB-Hrs} or {@code vCPU-Hrs}, other hours {@code Hrs}; any other unit is kept as AWS wrote it.
     *
     * @param key the price's resource key ({@code fargate:gb-hour})
     * @param aws the unit in the offer file
     * @return the unit to store
     */
    static String unit(String key, String aws) {
        String u = aws == null ? "" : aws.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        boolean hours = lower.equals("hours") || lower.equals("hour") || lower.equals("hrs") || lower.equals("hr");
        String k = key.toLowerCase(java.util.Locale.ROOT);
        if (k.endsWith("gb-hour") && (hours || lower.equals("gb-hours") || lower.equals("gb-hrs"))) {
            return "GB-Hrs";
        }
        if (k.endsWith("vcpu-hour") && (hours || lower.equals("vcpu-hours") || lower.equals("vcpu-hrs"))) {
            return "vCPU-Hrs";
        }
        return hours ? "Hrs" : u;
    }

    /** Hands every kept price to the sink and says what was read. */
    ImportSummary finish(Consumer<Price> sink) {
        if (offerCode == null || offerCode.isBlank()) {
            throw new PriceImportException(SourceLocation.of(file.toString()), "not an AWS Price List offer file: it "
                    + "names no offer code (offerCode, or serviceCode of a GetProducts item); download the file "
                    + "again from https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/index.json");
        }
        String v = version != null ? version : "unversioned";
        LocalDate published = publication != null ? publication : LocalDate.of(1970, 1, 1);
        String source = "aws-offer:" + offerCode + ":" + v;
        List<Price> out = new ArrayList<>();
        for (Map.Entry<PriceKey, Collected> e : prices.entrySet()) {
            Collected c = e.getValue();
            Optional<List<PriceTier>> tiers = tiers(c.dims());
            if (tiers.isEmpty()) {
                skip("price dimensions whose ranges do not join from 0 to Inf");
                continue;
            }
            LocalDate date = c.effective() != null ? c.effective() : published;
            out.add(new Price(e.getKey(), c.unit(), "USD", tiers.get(), date, source));
        }
        if (out.isEmpty()) {
            throw new PriceImportException(SourceLocation.of(file.toString()), "no price Alexandria uses in this "
                    + offerCode + " offer file: " + products + " products, " + onDemandTerms + " on-demand terms; "
                    + "skipped: " + describeSkipped() + "; the AWS models use EC2 instances (Linux, shared tenancy, "
                    + "on-demand), EBS, NAT gateways, load balancers, public IPv4, VPC endpoints, Transit Gateway, "
                    + "ECS and EKS Fargate, RDS PostgreSQL/MySQL and ElastiCache nodes");
        }
        TreeSet<String> regions = new TreeSet<>();
        for (Price p : out) {
            regions.add(p.key().region());
            sink.accept(p);
        }
        return new ImportSummary(AwsListPrices.PROVIDER, offerCode, v, published, disclaimer, List.copyOf(regions),
                products, out.size(), skipped);
    }

    private String describeSkipped() {
        if (skipped.isEmpty()) {
            return "nothing";
        }
        List<String> parts = new ArrayList<>();
        skipped.forEach((reason, n) -> parts.add(n + " " + reason));
        return String.join(", ", parts);
    }

    private static Optional<List<PriceTier>> tiers(List<Dimension> dims) {
        List<Dimension> sorted = new ArrayList<>(dims);
        sorted.sort(Comparator.comparing(Dimension::begin));
        List<PriceTier> tiers = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < sorted.size(); i++) {
            Dimension d = sorted.get(i);
            boolean last = i == sorted.size() - 1;
            if (d.begin().compareTo(expected) != 0 || last != (d.end() == null)) {
                return Optional.empty();
            }
            tiers.add(last ? PriceTier.from(d.begin(), d.usd()) : PriceTier.between(d.begin(), d.end(), d.usd()));
            expected = d.end();
        }
        return Optional.of(tiers);
    }
}
