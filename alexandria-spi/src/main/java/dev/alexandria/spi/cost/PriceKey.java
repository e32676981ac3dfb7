package dev.alexandria.spi.cost;

import java.util.Objects;

/**
 * What a price is looked up by: the cloud provider, the service (the Price List offer code for AWS), the
 * region, and a key that names the priced thing within the service.
 *
 * <p>The key's vocabulary belongs to the provider that defines it; the AWS provider's keys are
 * colon-separated ({@code instance:m5.large:linux:shared}, {@code nat-gateway:hour}) and are listed in its
 * documentation. Immutable and thread-safe.
 *
 * <pre>{@code
 * PriceKey k = new PriceKey("aws", "AmazonEC2", "eu-west-1", "instance:m5.large:linux:shared");
 * }</pre>
 *
 * @param provider the cloud provider, e.g. {@code aws}
 * @param service  the service, e.g. {@code AmazonEC2}
 * @param region   the region code, e.g. {@code us-east-1}, or {@code global} for services priced globally
 * @param key      the priced thing within the service
 * @since 0.1.0
 */
public record PriceKey(String provider, String service, String region, String key) {

    /**
     * Checks the components.
     *
     * @param provider the cloud provider, not blank
     * @param service  the service, not blank
     * @param region   the region, not blank
     * @param key      the key, not blank
     * @throws IllegalArgumentException if a component is blank
     */
    public PriceKey {
        notBlank(provider, "provider");
        notBlank(service, "service");
        notBlank(region, "region");
        notBlank(key, "key");
    }

    /**
     * The same key in another region.
     *
     * @param otherRegion the region
     * @return a key that differs only in its region
     */
    public PriceKey inRegion(String otherRegion) {
        return new PriceKey(provider, service, otherRegion, key);
    }

    /** @return {@code provider/service/region/key}, e.g. {@code aws/AmazonEC2/us-east-1/nat-gateway:hour} */
    @Override
    public String toString() {
        return provider + "/" + service + "/" + region + "/" + key;
    }

    static void notBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
