package dev.alexandria.spi.cost;

/**
 * One instance of a managed resource to estimate: its address, type, region, evaluated arguments and usage.
 * A resource with {@code count = 3} is three instances, each estimated on its own.
 *
 * <p>Implemented by Alexandria (and by the test kit's {@code TestResource}); a model only reads it. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public interface ResourceInstance {

    /** @return the instance's address, e.g. {@code module.network.aws_nat_gateway.this[0]} */
    String address();

    /** @return the resource type, e.g. {@code aws_nat_gateway} */
    String type();

    /** @return the region it is estimated for, e.g. {@code eu-west-1} */
    String region();

    /** @return its arguments and nested blocks */
    ResourceAttributes attributes();

    /** @return its usage: values from the usage file, and assumptions when {@code --usage-defaults} is on */
    Usage usage();
}
