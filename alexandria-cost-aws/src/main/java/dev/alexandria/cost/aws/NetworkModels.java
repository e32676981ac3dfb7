package dev.alexandria.cost.aws;

import dev.alexandria.api.Plurals;
import dev.alexandria.spi.cost.AttributeValue;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.ResourceAttributes;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Networking: NAT gateways, load balancers, VPC endpoints, Transit Gateway attachments, Route 53. */
final class NetworkModels {

    private NetworkModels() {
    }

    static ResourceCost natGateway(Est e) {
        e.hourly("NAT gateway", e.key("AmazonEC2", "nat-gateway:hour"));
        e.usage("Data processed", e.key("AmazonEC2", "nat-gateway:data-processed"), "monthly_data_processed_gb");
        return ResourceCost.priced(e.out);
    }

    /**
     * A load balancer: its hours, and its capacity units from usage with the formula Infracost applies (so its usage
     * files give the same LCU-hours): the largest of new_connections / 100, active_connections / 3000,
     * processed_bytes_gb / 1 and, for an ALB, rule_evaluations / 1000.
     */
    static ResourceCost loadBalancer(Est e) {
        Val<String> type = Val.string(e.r.attributes(), "load_balancer_type").orDefault("application",
                "load_balancer_type not set: application");
        if (!type.known()) {
            e.notKnown("Load balancer", type.problem(), false);
            return ResourceCost.priced(e.out);
        }
        String kind;
        String name;
        switch (type.value()) {
            case "application" -> {
                kind = "alb";
                name = "Application load balancer";
            }
            case "network" -> {
                kind = "nlb";
                name = "Network load balancer";
            }
            case "gateway" -> {
                kind = "gwlb";
                name = "Gateway load balancer";
            }
            default -> {
                return ResourceCost.notPriced("load_balancer_type '" + type.value() + "' is not one of application, "
                        + "network, gateway");
            }
        }
        e.hourly(name, e.key("AWSELB", kind + ":hour"), type.origin());
        List<Origin> origins = new ArrayList<>();
        BigDecimal lcu = null;
        lcu = max(lcu, e.usage("new_connections"), new BigDecimal("100"), origins);
        lcu = max(lcu, e.usage("active_connections"), new BigDecimal("3000"), origins);
        lcu = max(lcu, e.usage("processed_bytes_gb"), BigDecimal.ONE, origins);
        if (kind.equals("alb")) {
            lcu = max(lcu, e.usage("rule_evaluations"), new BigDecimal("1000"), origins);
        }
        if (lcu == null) {
            e.add(dev.alexandria.spi.cost.CostComponent.usage("Load balancer capacity units",
                    e.key("AWSELB", kind + ":lcu-hour"), dev.alexandria.spi.cost.Quantity.dependsOnUsage(
                            "processed_bytes_gb", "new_connections", "active_connections")));
        } else {
            origins.add(Est.constant("LCU-hours: the largest of the dimensions, as Infracost computes them"));
            e.add(dev.alexandria.spi.cost.CostComponent.usage("Load balancer capacity units",
                    e.key("AWSELB", kind + ":lcu-hour"), dev.alexandria.spi.cost.Quantity.known(lcu, origins)));
        }
        return ResourceCost.priced(e.out);
    }

    private static BigDecimal max(BigDecimal current, Optional<Usage.Value> u, BigDecimal per, List<Origin> origins) {
        if (u.isEmpty()) {
            return current;
        }
        origins.add(u.get().origin());
        BigDecimal v = Est.div(u.get().amount(), per);
        return current == null || v.compareTo(current) > 0 ? v : current;
    }

    static ResourceCost vpcEndpoint(Est e) {
        ResourceAttributes a = e.r.attributes();
        Val<String> type = Val.string(a, "vpc_endpoint_type").orDefault("Gateway", "vpc_endpoint_type not set: "
                + "Gateway");
        if (!type.known()) {
            e.notKnown("VPC endpoint", type.problem(), false);
            return ResourceCost.priced(e.out);
        }
        switch (type.value()) {
            case "Gateway" -> {
                return ResourceCost.free("gateway endpoints (to S3 and DynamoDB) have no hourly or data charge");
            }
            case "Interface" -> {
                AttributeValue subnets = a.get("subnet_ids");
                Val<BigDecimal> azs;
                if (subnets.isKnown()) {
                    azs = Val.of(BigDecimal.valueOf(Math.max(1, subnets.asList().size())), Origin.of(
                            subnets.origin().orElseThrow().kind(), "one endpoint network interface per subnet: "
                            + Plurals.count(subnets.asList().size(), "subnet") + " in subnet_ids"));
                } else if (subnets.isAbsent()) {
                    azs = Val.of(BigDecimal.ONE, Est.dflt("subnet_ids not set: one Availability Zone"));
                } else {
                    azs = Val.problem("subnet_ids = " + subnets.expression() + " is not known: the endpoint is "
                            + "billed per Availability Zone; pass --inputs");
                }
                e.hourly("Endpoint (interface), per Availability Zone", e.key("AmazonVPC",
                        "vpc-endpoint:interface-hour"), azs, type.origin());
                e.usage("Data processed", e.key("AmazonVPC", "vpc-endpoint:data-processed"),
                        "monthly_data_processed_gb");
            }
            case "GatewayLoadBalancer" -> {
                e.hourly("Endpoint (Gateway Load Balancer)", e.key("AmazonVPC", "vpc-endpoint:gwlb-hour"),
                        type.origin());
                e.usage("Data processed", e.key("AmazonVPC", "vpc-endpoint:gwlb-data-processed"),
                        "monthly_data_processed_gb");
            }
            default -> {
                return ResourceCost.notPriced("vpc_endpoint_type '" + type.value() + "' is not priced");
            }
        }
        return ResourceCost.priced(e.out);
    }

    static ResourceCost transitGatewayAttachment(Est e) {
        e.hourly("Transit gateway attachment", e.key("AmazonVPC", "transit-gateway:vpc-attachment-hour"));
        e.usage("Data processed", e.key("AmazonVPC", "transit-gateway:vpc-data-processed"),
                "monthly_data_processed_gb");
        return ResourceCost.priced(e.out);
    }

    static ResourceCost route53Zone(Est e) {
        e.fixed("Hosted zone", e.global("AmazonRoute53", "hosted-zone"), BigDecimal.ONE,
                Est.constant("one hosted zone a month"));
        e.noteLast("tiered per account (first 25 zones at the higher rate); priced here per zone at the first tier, "
                + "as Infracost does");
        return ResourceCost.priced(e.out);
    }

    static ResourceCost route53Record(Est e) {
        ResourceAttributes a = e.r.attributes();
        if (!a.blocks("alias").isEmpty()) {
            return ResourceCost.free("queries to alias records that point to AWS resources are free");
        }
        if (!a.blocks("latency_routing_policy").isEmpty()) {
            e.usage("Latency-based routing queries (first billion)", e.global("AmazonRoute53",
                    "queries:latency:first-1b"), "monthly_latency_based_queries");
            e.noteLast("the snapshot has the first-billion tier only");
        } else if (!a.blocks("geolocation_routing_policy").isEmpty()
                || !a.blocks("geoproximity_routing_policy").isEmpty()) {
            e.usage("Geo DNS queries", e.global("AmazonRoute53", "queries:geo"), "monthly_geo_queries");
        } else {
            e.usage("Standard queries", e.global("AmazonRoute53", "queries:standard"), "monthly_standard_queries");
            e.noteLast("tiered per account; priced here per record, as Infracost does");
        }
        return ResourceCost.priced(e.out);
    }
}
