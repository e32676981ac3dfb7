package dev.alexandria.cost.aws;

import static dev.alexandria.cost.aws.Golden.lines;
import static dev.alexandria.cost.aws.Golden.nearInfracost;

import dev.alexandria.tck.cost.TestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden lines of the networking models, us-east-1 unless said, with the arithmetic from the bundled CSV:
 * AmazonEC2 nat-gateway:hour 0.045, nat-gateway:data-processed 0.045 (eu-west-1: 0.048 and 0.048); AWSELB
 * alb:hour 0.0225, alb:lcu-hour 0.008, nlb:hour 0.0225, nlb:lcu-hour 0.006; AmazonVPC vpc-endpoint:interface-hour
 * 0.01, vpc-endpoint:data-processed:first-1pb 0.01 / next-4pb 0.006 / over-5pb 0.004, vpc-endpoint:gwlb-hour 0.01,
 * transit-gateway:vpc-attachment-hour 0.05, transit-gateway:vpc-data-processed 0.02; AmazonRoute53 (global)
 * hosted-zone:first-25 0.5, queries:standard:first-1b 0.0000004 / over-1b 0.0000002, queries:latency:first-1b
 * 0.0000006.
 */
class NetworkModelsGoldenTest {

    @Test
    void natGateway_hoursAndDataProcessed() {
        // 730 x 0.045 = 32.85; 100 GB x 0.045 = 4.50 (Infracost nat_gateway_test: $32.85 and $4.50)
        lines(TestResource.builder("aws_nat_gateway").usage("monthly_data_processed_gb", 100).build(),
                "NAT gateway | 730 Hrs | 0.045 | $32.85",
                "Data processed | 100 GB | 0.045 | $4.50");
        nearInfracost("32.85", "32.85");
        nearInfracost("4.50", "4.50");
        // without usage the data line shows its price and adds nothing
        lines(TestResource.builder("aws_nat_gateway").build(),
                "NAT gateway | 730 Hrs | 0.045 | $32.85",
                "Data processed | depends on usage | 0.045 per GB");
        // eu-west-1: 730 x 0.048 = 35.04
        lines(TestResource.builder("aws_nat_gateway").region("eu-west-1").build(),
                "NAT gateway | 730 Hrs | 0.048 | $35.04",
                "Data processed | depends on usage | 0.048 per GB");
    }

    @Test
    void loadBalancer_applicationNetworkAndLcus() {
        // ALB 730 x 0.0225 = 16.425 -> 16.43; LCU-hours = max(10000/100, 1000/3000, 1000/1, 300/1000) = 1000
        // x 0.008 = 8.00 (Infracost lb_test alb1_usage: $16.43 and $8.00)
        lines(TestResource.builder("aws_lb").usage("new_connections", 10000).usage("active_connections", 1000)
                        .usage("processed_bytes_gb", 1000).usage("rule_evaluations", 300).build(),
                "Application load balancer | 730 Hrs | 0.0225 | $16.43",
                "Load balancer capacity units | 1000 LCU-Hrs | 0.008 | $8.00");
        nearInfracost("16.43", "16.43");
        nearInfracost("8.00", "8.00");
        // NLB: 1000 LCU-hours x 0.006 = 6.00 (Infracost nlb1_usage: $6.00)
        lines(TestResource.builder("aws_lb").attribute("load_balancer_type", "network")
                        .usage("new_connections", 10000).usage("active_connections", 1000)
                        .usage("processed_bytes_gb", 1000).build(),
                "Network load balancer | 730 Hrs | 0.0225 | $16.43",
                "Load balancer capacity units | 1000 LCU-Hrs | 0.006 | $6.00");
        nearInfracost("6.00", "6.00");
        lines(TestResource.builder("aws_alb").build(),
                "Application load balancer | 730 Hrs | 0.0225 | $16.43",
                "Load balancer capacity units | depends on usage | 0.008 per LCU-Hrs");
    }

    @Test
    void vpcEndpoint_gatewayIsFreeInterfaceIsPerZone() {
        lines(TestResource.builder("aws_vpc_endpoint").attribute("service_name", "com.amazonaws.us-east-1.s3")
                .build(), "free: gateway endpoints (to S3 and DynamoDB) have no hourly or data charge");
        // one zone: 730 x 0.01 = 7.30; 1000 GB x 0.01 = 10.00 (Infracost vpc_endpoint_test interface_withUsage)
        lines(TestResource.builder("aws_vpc_endpoint").attribute("vpc_endpoint_type", "Interface")
                        .usage("monthly_data_processed_gb", 1000).build(),
                "Endpoint (interface), per Availability Zone | 730 Hrs | 0.01 | $7.30",
                "Data processed | 1000 GB | 0.01 (tiered) | $10.00");
        nearInfracost("7.30", "7.30");
        nearInfracost("10.00", "10.00");
        // two subnets: 1460 h = 14.60 (Infracost multiple_interfaces: $14.60)
        lines(TestResource.builder("aws_vpc_endpoint").attribute("vpc_endpoint_type", "Interface")
                        .attribute("subnet_ids", List.of("a", "b")).build(),
                "Endpoint (interface), per Availability Zone | 1460 Hrs | 0.01 | $14.60",
                "Data processed | depends on usage | 0.01 (tiered) per GB");
        nearInfracost("14.60", "14.60");
        // 7 PB through the tiers: 1,048,576 x 0.01 + 4,194,304 x 0.006 + 2,097,152... here 7,000,000 GB:
        // 1,048,576 x 0.01 = 10485.76; (5,242,880 - 1,048,576) x 0.006 = 25165.824; (7,000,000 - 5,242,880)
        // x 0.004 = 7028.48; total 42680.064 -> 42680.06 (Infracost interface_withBigUsage: 42000.00, it counts
        // 1 PB as 1,000,000 GB; ours follows AWS's 1 PB = 1,048,576 GB)
        lines(TestResource.builder("aws_vpc_endpoint").attribute("vpc_endpoint_type", "Interface")
                        .usage("monthly_data_processed_gb", 7000000).build(),
                "Endpoint (interface), per Availability Zone | 730 Hrs | 0.01 | $7.30",
                "Data processed | 7000000 GB | 0.01 (tiered) | $42680.06");
        nearInfracost("42680.06", "42000.00");
    }

    @Test
    void transitGatewayAttachment() {
        // 730 x 0.05 = 36.50 (Infracost ec2_transit_gateway_vpc_attachment_test: $36.50)
        lines(TestResource.builder("aws_ec2_transit_gateway_vpc_attachment").build(),
                "Transit gateway attachment | 730 Hrs | 0.05 | $36.50",
                "Data processed | depends on usage | 0.02 per GB");
        nearInfracost("36.50", "36.50");
    }

    @Test
    void route53_zoneAndRecordQueries() {
        // one zone at the first tier: 0.50 (Infracost route53_zone_test: $0.50)
        lines(TestResource.builder("aws_route53_zone").build(), "Hosted zone | 1 HostedZone-Mo | 0.5 (tiered) | $0.50");
        nearInfracost("0.50", "0.50");
        // 1.1 billion standard queries: 1e9 x 0.0000004 = 400.00 + 1e8 x 0.0000002 = 20.00 = 420.00
        // (Infracost route53_record_test my_record_withUsage: $400.00 + $20.00)
        lines(TestResource.builder("aws_route53_record").usage("monthly_standard_queries", 1100000000L).build(),
                "Standard queries | 1100000000 Queries | 0.0000004 (tiered) | $420.00");
        nearInfracost("420.00", "420.00");
        lines(TestResource.builder("aws_route53_record").block("alias", b -> b.attribute("name", "lb")).build(),
                "free: queries to alias records that point to AWS resources are free");
        // latency: 1e9 x 0.0000006 = 600.00 (Infracost: $600.00 for the first billion)
        lines(TestResource.builder("aws_route53_record").block("latency_routing_policy",
                        b -> b.attribute("region", "us-east-1")).usage("monthly_latency_based_queries", 1000000000L)
                        .build(),
                "Latency-based routing queries (first billion) | 1000000000 Queries | 0.0000006 | $600.00");
        nearInfracost("600.00", "600.00");
    }
}
