package dev.alexandria.core.internal.cost;

import dev.alexandria.spi.ProviderDescriptor;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceCostModel;
import dev.alexandria.spi.cost.ResourceInstance;
import java.util.Objects;
import java.util.Set;

/**
 * The resources of Terraform's utility providers (random, null, time, tls, local, archive, and terraform_data):
 * they exist only in the Terraform state and create nothing in a cloud, so they are free. Built in, at the lowest
 * priority, so a host can override it.
 */
final class UtilityResourceModel implements ResourceCostModel {

    private static final ProviderDescriptor DESCRIPTOR =
            new ProviderDescriptor("alexandria-utility-resources", -100, SPI_VERSION);

    private static final Set<String> TYPES = Set.of("random_id", "random_password", "random_string", "random_pet",
            "random_integer", "random_uuid", "random_shuffle", "random_bytes", "null_resource", "terraform_data",
            "time_sleep", "time_static", "time_rotating", "time_offset", "tls_private_key", "tls_self_signed_cert",
            "tls_cert_request", "tls_locally_signed_cert", "local_file", "local_sensitive_file", "archive_file");

    @Override
    public ProviderDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Set<String> resourceTypes() {
        return TYPES;
    }

    @Override
    public ResourceCost estimate(ResourceInstance resource) {
        Objects.requireNonNull(resource, "resource");
        if (!TYPES.contains(resource.type())) {
            throw new IllegalArgumentException("not a utility resource type: " + resource.type());
        }
        return ResourceCost.free("a " + resource.type() + " exists only in the Terraform state; it creates nothing "
                + "in a cloud");
    }
}
