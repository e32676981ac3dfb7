package dev.alexandria.api.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What importing a cloud's price file into a library's price store did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file            the imported file, as given
 * @param service         the service (offer code), e.g. {@code AmazonEC2}
 * @param version         the file's version
 * @param publicationDate the file's publication date
 * @param regions         the regions of the imported prices
 * @param imported        how many prices were written
 * @param skipped         what was skipped, by reason
 * @param written         the store files written, relative to the library root
 * @param disclaimer      the file's own disclaimer; may be empty
 * @param added           imported prices of keys the store did not have
 * @param replaced        imported prices that replaced a stored price of the same key with the same or an earlier
 *                        effective date
 * @param kept            imported prices NOT written because the store already has a newer price of the key (an
 *                        older offer never overwrites a newer price)
 * @param retained        stored prices of the same offer and region that the imported file does not price, left as
 *                        they were
 * @since 0.1.0
 */
public record PriceImport(String file, String service, String version, LocalDate publicationDate,
        List<String> regions, long imported, Map<String, Long> skipped, List<String> written, String disclaimer,
        long added, long replaced, long kept, long retained) {

    /**
     * Checks and copies the components.
     *
     * @param file            not null
     * @param service         not null
     * @param version         not null
     * @param publicationDate not null
     * @param regions         the regions
     * @param imported        not negative
     * @param skipped         by reason
     * @param written         the files
     * @param disclaimer      not null
     * @param added           not negative
     * @param replaced        not negative
     * @param kept            not negative
     * @param retained        not negative
     * @throws IllegalArgumentException if a count is negative
     */
    public PriceImport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(publicationDate, "publicationDate");
        regions = List.copyOf(regions);
        skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
        written = List.copyOf(written);
        Objects.requireNonNull(disclaimer, "disclaimer");
        if (imported < 0 || added < 0 || replaced < 0 || kept < 0 || retained < 0) {
            throw new IllegalArgumentException("counts cannot be negative: imported " + imported + ", added " + added
                    + ", replaced " + replaced + ", kept " + kept + ", retained " + retained);
        }
    }

    /**
     * An import into an empty store: every imported price was added.
     *
     * @param file            not null
     * @param service         not null
     * @param version         not null
     * @param publicationDate not null
     * @param regions         the regions
     * @param imported        not negative
     * @param skipped         by reason
     * @param written         the files
     * @param disclaimer      not null
     * @throws IllegalArgumentException if the count is negative
     */
    public PriceImport(String file, String service, String version, LocalDate publicationDate, List<String> regions,
            long imported, Map<String, Long> skipped, List<String> written, String disclaimer) {
        this(file, service, version, publicationDate, regions, imported, skipped, written, disclaimer, imported, 0, 0,
                0);
    }
}
