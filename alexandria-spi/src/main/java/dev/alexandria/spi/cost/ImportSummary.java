package dev.alexandria.spi.cost;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a {@link PriceListImporter} read from a price file.
 *
 * <p>Immutable and thread-safe.
 *
 * @param provider        the cloud provider, e.g. {@code aws}
 * @param service         the service (offer code), e.g. {@code AmazonEC2}
 * @param version         the file's version, e.g. {@code 20240528203522}
 * @param publicationDate the file's publication date
 * @param disclaimer      the file's own disclaimer, to show with prices taken from it; may be empty
 * @param regions         the regions of the imported prices, sorted
 * @param products        how many products the file describes
 * @param imported        how many prices were handed to the sink
 * @param skipped         how many price dimensions or products were skipped, by reason (sorted by reason)
 * @since 0.1.0
 */
public record ImportSummary(String provider, String service, String version, LocalDate publicationDate,
        String disclaimer, List<String> regions, long products, long imported, Map<String, Long> skipped) {

    /**
     * Checks and copies the components.
     *
     * @param provider        not blank
     * @param service         not blank
     * @param version         not blank
     * @param publicationDate the date
     * @param disclaimer      may be empty
     * @param regions         the regions
     * @param products        not negative
     * @param imported        not negative
     * @param skipped         counts by reason
     * @throws IllegalArgumentException if a count is negative or a text blank
     */
    public ImportSummary {
        PriceKey.notBlank(provider, "provider");
        PriceKey.notBlank(service, "service");
        PriceKey.notBlank(version, "version");
        Objects.requireNonNull(publicationDate, "publicationDate");
        Objects.requireNonNull(disclaimer, "disclaimer");
        regions = List.copyOf(regions);
        if (products < 0 || imported < 0) {
            throw new IllegalArgumentException("counts cannot be negative: " + products + ", " + imported);
        }
        skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
    }
}
