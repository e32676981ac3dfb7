package dev.alexandria.cost.aws;

import java.util.Map;
import java.util.Set;

/**
 * Maps a product of an AWS Price List offer file to the (service, key) the resource cost models look prices up by,
 * or says why the product is skipped. Only products the models price are kept; everything else is counted and
 * skipped, so a region's EC2 file of several hundred MB becomes a few thousand prices.
 *
 * <p>Attribute names are normalised (lower case, letters and digits only) so the JSON layout
 * ({@code instanceType}) and the CSV layout ({@code Instance Type}) read alike.
 */
final class OfferKeys {

    /** The outcome for one product: a service and key, or the reason it is skipped. */
    record Mapping(String service, String key, String skipReason) {
        boolean mapped() {
            return skipReason == null;
        }

        static Mapping to(String service, String key) {
            return new Mapping(service, key, null);
        }

        static Mapping skip(String reason) {
            return new Mapping(null, null, reason);
        }
    }

    private static final Set<String> REGION_PREFIXES = Set.of("USE1", "USE2", "USW1", "USW2", "CAN1", "SAE1", "EU",
            "EUW2", "EUW3", "EUC1", "EUN1", "EUS1", "APN1", "APN2", "APN3", "APS1", "APS2", "APS3", "APE1", "MES1",
            "AFS1", "CNW1", "CNN1", "UGW1", "UGE1");

    private OfferKeys() {
    }

    /** Normalises an attribute name: {@code Instance Type} and {@code instanceType} both become {@code instancetype}. */
    static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The usage type without its region prefix: {@code USE2-BoxUsage:m5.large} becomes {@code BoxUsage:m5.large}. */
    static String usage(Map<String, String> a) {
        String u = a.getOrDefault("usagetype", "");
        int dash = u.indexOf('-');
        if (dash > 0 && REGION_PREFIXES.contains(u.substring(0, dash))) {
            return u.substring(dash + 1);
        }
        return u;
    }

    static Mapping map(String offerCode, Map<String, String> a) {
        String family = a.getOrDefault("productfamily", "");
        String usage = usage(a);
        switch (offerCode) {
            case "AmazonEC2":
                return ec2(family, usage, a);
            case "AWSELB":
                return loadBalancer(family, usage);
            case "AmazonVPC":
                return vpc(usage);
            case "AmazonECS":
                return ecs(usage);
            case "AmazonEKS":
                return eks(usage);
            case "AmazonRDS":
                return rds(family, a);
            case "AmazonElastiCache":
                return elastiCache(family, a);
            default:
                return Mapping.skip("offer " + offerCode + " is not priced by Alexandria's AWS models");
        }
    }

    private static Mapping ec2(String family, String usage, Map<String, String> a) {
        if (family.startsWith("Compute Instance")) {
            return instance(a);
        }
        if (family.startsWith("Load Balancer")) {
            return loadBalancer(family, usage);
        }
        if (family.equals("NAT Gateway")) {
            if (usage.endsWith("NatGateway-Hours")) {
                return Mapping.to("AmazonEC2", "nat-gateway:hour");
            }
            if (usage.endsWith("NatGateway-Bytes")) {
                return Mapping.to("AmazonEC2", "nat-gateway:data-processed");
            }
        }
        if (family.equals("IP Address") || usage.startsWith("PublicIPv4")) {
            return vpc(usage);
        }
        if (family.equals("Storage")) {
            String volume = a.getOrDefault("volumeapiname", "");
            if (volume.isEmpty() && usage.startsWith("EBS:VolumeUsage")) {
                volume = switch (usage) {
                    case "EBS:VolumeUsage" -> "standard";
                    case "EBS:VolumeUsage.piops" -> "io1";
                    default -> usage.substring("EBS:VolumeUsage.".length());
                };
            }
            if (!volume.isEmpty()) {
                return Mapping.to("AmazonEC2", "ebs:" + volume);
            }
        }
        if (family.equals("Storage Snapshot") && usage.equals("EBS:SnapshotUsage")) {
            return Mapping.to("AmazonEC2", "ebs:snapshot");
        }
        if (family.equals("System Operation") || family.equals("Provisioned Throughput")) {
            switch (usage) {
                case "EBS:VolumeP-IOPS.piops":
                    return Mapping.to("AmazonEC2", "ebs:io1-iops");
                case "EBS:VolumeP-IOPS.io2":
                    return Mapping.to("AmazonEC2", "ebs:io2-iops:tier1");
                case "EBS:VolumeP-IOPS.io2.tier2":
                    return Mapping.to("AmazonEC2", "ebs:io2-iops:tier2");
                case "EBS:VolumeP-IOPS.io2.tier3":
                    return Mapping.to("AmazonEC2", "ebs:io2-iops:tier3");
                case "EBS:VolumeP-IOPS.gp3":
                    return Mapping.to("AmazonEC2", "ebs:gp3-iops");
                case "EBS:VolumeP-Throughput.gp3":
                    return Mapping.to("AmazonEC2", "ebs:gp3-throughput");
                case "EBS:VolumeIOUsage":
                    return Mapping.to("AmazonEC2", "ebs:standard-io-requests");
                default:
                    break;
            }
        }
        return Mapping.skip("EC2 product family '" + family + "' not used by the models");
    }

    private static Mapping instance(Map<String, String> a) {
        String market = a.getOrDefault("marketoption", "OnDemand");
        String operation = a.getOrDefault("operation", "");
        if (!market.equals("OnDemand") || operation.endsWith(":CB")) {
            return Mapping.skip("Capacity Block or other non-on-demand market option");
        }
        String capacity = a.getOrDefault("capacitystatus", "Used");
        if (!capacity.equals("Used")) {
            return Mapping.skip("capacity reservation line (capacitystatus not Used)");
        }
        if (!"Linux".equals(a.get("operatingsystem")) || !operation.equals("RunInstances")
                || !a.getOrDefault("preinstalledsw", "NA").equals("NA")
                || !a.getOrDefault("licensemodel", "No License required").equalsIgnoreCase("No License required")) {
            return Mapping.skip("instance OS or licence other than Linux without software");
        }
        if (!"Shared".equals(a.get("tenancy"))) {
            return Mapping.skip("instance tenancy other than shared");
        }
        String type = a.get("instancetype");
        if (type == null || type.isBlank()) {
            return Mapping.skip("instance without an instance type");
        }
        return Mapping.to("AmazonEC2", "instance:" + type + ":linux:shared");
    }

    private static Mapping loadBalancer(String family, String usage) {
        String kind = switch (family) {
            case "Load Balancer-Application" -> "alb";
            case "Load Balancer-Network" -> "nlb";
            case "Load Balancer-Gateway" -> "gwlb";
            case "Load Balancer" -> "clb";
            default -> null;
        };
        if (kind != null) {
            if (usage.endsWith("LoadBalancerUsage")) {
                return Mapping.to("AWSELB", kind + ":hour");
            }
            if (usage.endsWith("LCUUsage")) {
                return Mapping.to("AWSELB", kind + ":lcu-hour");
            }
            if (kind.equals("clb") && usage.endsWith("DataProcessing-Bytes")) {
                return Mapping.to("AWSELB", "clb:data-processed");
            }
        }
        return Mapping.skip("load balancer product not used by the models");
    }

    private static Mapping vpc(String usage) {
        if (usage.startsWith("PublicIPv4:InUseAddress")) {
            return Mapping.to("AmazonVPC", "public-ipv4:in-use-hour");
        }
        if (usage.startsWith("PublicIPv4:IdleAddress")) {
            return Mapping.to("AmazonVPC", "public-ipv4:idle-hour");
        }
        if (usage.equals("VpcEndpoint-Hours")) {
            return Mapping.to("AmazonVPC", "vpc-endpoint:interface-hour");
        }
        if (usage.equals("VpcEndpoint-Bytes")) {
            return Mapping.to("AmazonVPC", "vpc-endpoint:data-processed");
        }
        if (usage.equals("TransitGateway-Hours")) {
            return Mapping.to("AmazonVPC", "transit-gateway:vpc-attachment-hour");
        }
        if (usage.equals("TransitGateway-Bytes")) {
            return Mapping.to("AmazonVPC", "transit-gateway:vpc-data-processed");
        }
        return Mapping.skip("VPC product not used by the models");
    }

    private static Mapping ecs(String usage) {
        String key = switch (usage) {
            case "Fargate-vCPU-Hours:perCPU" -> "fargate:vcpu-hour";
            case "Fargate-GB-Hours" -> "fargate:gb-hour";
            case "Fargate-ARM-vCPU-Hours:perCPU" -> "fargate:arm:vcpu-hour";
            case "Fargate-ARM-GB-Hours" -> "fargate:arm:gb-hour";
            case "Fargate-Windows-vCPU-Hours:perCPU" -> "fargate:windows:vcpu-hour";
            case "Fargate-Windows-GB-Hours" -> "fargate:windows:gb-hour";
            case "Fargate-Windows-OS-Hours:perCPU" -> "fargate:windows:os-license-hour";
            case "Fargate-EphemeralStorage-GB-Hours" -> "fargate:ephemeral-storage-gb-hour";
            case "ECS-Anywhere-Instance-hours" -> "ecs-anywhere:instance-hour";
            case "ECS-Anywhere-Instance-hours-WithFree" -> "ecs-anywhere:instance-hour:with-free-tier";
            default -> null;
        };
        if (key != null) {
            return Mapping.to("AmazonECS", key);
        }
        if (usage.startsWith("ECS-EC2-")) {
            return Mapping.skip("ECS on EC2 meter (no charge: only the instances are paid)");
        }
        return Mapping.skip("ECS product not used by the models");
    }

    private static Mapping eks(String usage) {
        return switch (usage) {
            case "AmazonEKS-Hours:perCluster" -> Mapping.to("AmazonEKS", "cluster:hour");
            case "Fargate-vCPU-Hours:perCPU" -> Mapping.to("AmazonEKS", "fargate:vcpu-hour");
            case "Fargate-GB-Hours" -> Mapping.to("AmazonEKS", "fargate:gb-hour");
            default -> Mapping.skip("EKS product not used by the models");
        };
    }

    private static Mapping rds(String family, Map<String, String> a) {
        if (!family.equals("Database Instance")) {
            return Mapping.skip("RDS product family '" + family + "' not imported (storage: use the snapshot)");
        }
        String engine = switch (a.getOrDefault("databaseengine", "")) {
            case "PostgreSQL" -> "postgres";
            case "MySQL" -> "mysql";
            default -> null;
        };
        String deployment = switch (a.getOrDefault("deploymentoption", "")) {
            case "Single-AZ" -> "single-az";
            case "Multi-AZ" -> "multi-az";
            default -> null;
        };
        String type = a.getOrDefault("instancetype", "");
        if (engine == null || deployment == null || !type.startsWith("db.")) {
            return Mapping.skip("RDS instance of an engine or deployment other than PostgreSQL/MySQL Single-AZ/Multi-AZ");
        }
        return Mapping.to("AmazonRDS", "db-instance:" + type + ":" + engine + ":" + deployment);
    }

    private static Mapping elastiCache(String family, Map<String, String> a) {
        String engine = a.getOrDefault("cacheengine", "").toLowerCase(java.util.Locale.ROOT);
        String type = a.getOrDefault("instancetype", "");
        if (family.equals("Cache Instance") && type.startsWith("cache.")
                && (engine.equals("redis") || engine.equals("memcached") || engine.equals("valkey"))) {
            return Mapping.to("AmazonElastiCache", "cache-node:" + type + ":" + engine);
        }
        return Mapping.skip("ElastiCache product not used by the models");
    }
}
