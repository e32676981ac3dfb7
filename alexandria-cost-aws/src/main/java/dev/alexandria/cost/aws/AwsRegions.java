package dev.alexandria.cost.aws;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * AWS region codes and the other names the Price List gives regions: the {@code location} attribute
 * ({@code US East (N. Virginia)}) and the prefix of a {@code usagetype} ({@code USE2-}), for offer files that have
 * no {@code regionCode} attribute (older files, the CSV layout).
 */
final class AwsRegions {

    /** The 16 regions of the bundled snapshot, in its order of listing in the documentation. */
    static final List<String> SNAPSHOT_REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "sa-east-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1",
            "ap-northeast-1", "ap-northeast-2", "ap-south-1", "ap-southeast-1", "ap-southeast-2");

    private static final Map<String, String> BY_LOCATION = Map.ofEntries(
            Map.entry("US East (N. Virginia)", "us-east-1"),
            Map.entry("US East (Ohio)", "us-east-2"),
            Map.entry("US West (N. California)", "us-west-1"),
            Map.entry("US West (Oregon)", "us-west-2"),
            Map.entry("Canada (Central)", "ca-central-1"),
            Map.entry("South America (Sao Paulo)", "sa-east-1"),
            Map.entry("EU (Ireland)", "eu-west-1"),
            Map.entry("EU (London)", "eu-west-2"),
            Map.entry("EU (Paris)", "eu-west-3"),
            Map.entry("EU (Frankfurt)", "eu-central-1"),
            Map.entry("EU (Stockholm)", "eu-north-1"),
            Map.entry("EU (Milan)", "eu-south-1"),
            Map.entry("Asia Pacific (Tokyo)", "ap-northeast-1"),
            Map.entry("Asia Pacific (Seoul)", "ap-northeast-2"),
            Map.entry("Asia Pacific (Osaka)", "ap-northeast-3"),
            Map.entry("Asia Pacific (Mumbai)", "ap-south-1"),
            Map.entry("Asia Pacific (Singapore)", "ap-southeast-1"),
            Map.entry("Asia Pacific (Sydney)", "ap-southeast-2"),
            Map.entry("Asia Pacific (Hong Kong)", "ap-east-1"),
            Map.entry("Middle East (Bahrain)", "me-south-1"),
            Map.entry("Africa (Cape Town)", "af-south-1"),
            Map.entry("China (Ningxia)", "cn-northwest-1"),
            Map.entry("China (Beijing)", "cn-north-1"),
            Map.entry("AWS GovCloud (US-West)", "us-gov-west-1"),
            Map.entry("AWS GovCloud (US-East)", "us-gov-east-1"));

    private static final Map<String, String> BY_USAGE_PREFIX = Map.ofEntries(
            Map.entry("USE1", "us-east-1"), Map.entry("USE2", "us-east-2"), Map.entry("USW1", "us-west-1"),
            Map.entry("USW2", "us-west-2"), Map.entry("CAN1", "ca-central-1"), Map.entry("SAE1", "sa-east-1"),
            Map.entry("EU", "eu-west-1"), Map.entry("EUW2", "eu-west-2"), Map.entry("EUW3", "eu-west-3"),
            Map.entry("EUC1", "eu-central-1"), Map.entry("EUN1", "eu-north-1"), Map.entry("APN1", "ap-northeast-1"),
            Map.entry("APN2", "ap-northeast-2"), Map.entry("APS3", "ap-south-1"), Map.entry("APS1", "ap-southeast-1"),
            Map.entry("APS2", "ap-southeast-2"), Map.entry("CNW1", "cn-northwest-1"), Map.entry("CNN1", "cn-north-1"));

    private AwsRegions() {
    }

    /**
     * The region of a product: its {@code regionCode}, else its {@code location}, else its usage type's prefix.

     */
    static Optional<String> of(Map<String, String> attributes) {
        String code = attributes.get("regioncode");
        if (code != null && !code.isBlank()) {
            return Optional.of(code);
        }
        String location = attributes.get("location");
        if (location != null && BY_LOCATION.containsKey(location)) {
            return Optional.of(BY_LOCATION.get(location));
        }
        String usage = attributes.get("usagetype");
        if (usage != null && !usage.isBlank()) {
            int dash = usage.indexOf('-');
            if (dash > 0 && BY_USAGE_PREFIX.containsKey(usage.substring(0, dash))) {
                return Optional.of(BY_USAGE_PREFIX.get(usage.substring(0, dash)));
            }
        }
        return Optional.empty();
    }
}
