package dev.alexandria.api;

import java.util.List;
import java.util.Objects;

/**
 * A cost estimate was asked for a region no pricing source has prices in. The message lists the regions that
 * have prices. The CLI maps it to exit code 2 (a usage error).
 *
 * @since 0.1.0
 */
public class UnknownRegionException extends AlexandriaException {

    private static final long serialVersionUID = 1L;

    /** The regions that have prices, sorted. */
    private final List<String> regions;

    /**
     * @param region  the region asked for
     * @param regions the regions that have prices
     */
    public UnknownRegionException(String region, List<String> regions) {
        super("unknown region '" + Objects.requireNonNull(region, "region") + "': no prices for it; regions with "
                + "prices: " + String.join(", ", regions));
        this.regions = List.copyOf(regions);
    }

    /** @return the regions that have prices, sorted */
    public List<String> regions() {
        return regions;
    }
}
