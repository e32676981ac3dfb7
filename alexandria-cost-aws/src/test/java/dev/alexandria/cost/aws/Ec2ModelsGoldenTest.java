package dev.alexandria.cost.aws;

import static dev.alexandria.cost.aws.Golden.lines;
import static dev.alexandria.cost.aws.Golden.nearInfracost;

import dev.alexandria.tck.cost.TestResource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden lines of the EC2 models, us-east-1, with the arithmetic from the bundled CSV:
 * instance:t3.medium:linux:shared 0.0416, instance:m5.large 0.096, instance:m5.xlarge 0.192, instance:t2.medium
 * 0.0464 (Hrs); ebs:gp2 0.1, ebs:gp3 0.08, ebs:io1 0.125, ebs:io2 0.125, ebs:st1 0.045, ebs:sc1 0.015,
 * ebs:standard 0.05 (GB-Mo); ebs:gp3-iops 0.005, ebs:io1-iops 0.065, ebs:io2-iops:tier1 0.065 (IOPS-Mo);
 * ebs:gp3-throughput 40.96 (GiBps-Mo); ebs:standard-io-requests 0.00000005 (IOs); AmazonCloudWatch
 * metrics:custom:first-10k 0.3; AmazonVPC public-ipv4:in-use-hour 0.005.
 */
class Ec2ModelsGoldenTest {

    @Test
    void instance_m5LargeWithDefaultRootVolume() {
        // 730 h x 0.096 = 70.08; root volume 8 GB x 0.1 = 0.80
        lines(TestResource.builder("aws_instance").attribute("instance_type", "m5.large").build(),
                "Instance usage (Linux/UNIX, on-demand, m5.large) | 730 Hrs | 0.096 | $70.08",
                "root_block_device: Storage (general purpose SSD, gp2) | 8 GB-Mo | 0.1 | $0.80");
    }

    @Test
    void instance_blockDevicesAndMonitoring() {
        // t3.medium 730 x 0.0416 = 30.368 -> 30.37 (Infracost instance_test t3_default_cpuCredits: $30.37)
        // root 10 GB gp2 = 1.00; io1 40 GB x 0.125 = 5.00 + 1000 IOPS x 0.065 = 65.00 (Infracost: $5.00, $65.00)
        // sc1 30 GB x 0.015 = 0.45 (Infracost: $0.45); gp3 20 GB x 0.08 = 1.60 (Infracost: $1.60)
        // standard 20 GB x 0.05 = 1.00 (Infracost: $1.00), its I/O depends on usage
        // detailed monitoring 7 metrics x 0.30 = 2.10 (Infracost: $2.10)
        lines(TestResource.builder("aws_instance").attribute("instance_type", "t3.medium")
                        .attribute("monitoring", true)
                        .block("root_block_device", b -> b.attribute("volume_size", 10))
                        .block("ebs_block_device", b -> b.attribute("device_name", "xvdg")
                                .attribute("volume_type", "standard").attribute("volume_size", 20))
                        .block("ebs_block_device", b -> b.attribute("device_name", "xvdh")
                                .attribute("volume_type", "sc1").attribute("volume_size", 30))
                        .block("ebs_block_device", b -> b.attribute("device_name", "xvdi")
                                .attribute("volume_type", "io1").attribute("volume_size", 40).attribute("iops", 1000))
                        .block("ebs_block_device", b -> b.attribute("device_name", "xvdj")
                                .attribute("volume_type", "gp3").attribute("volume_size", 20))
                        .build(),
                "Instance usage (Linux/UNIX, on-demand, t3.medium) | 730 Hrs | 0.0416 | $30.37",
                "root_block_device: Storage (general purpose SSD, gp2) | 10 GB-Mo | 0.1 | $1.00",
                "ebs_block_device[0]: Storage (magnetic) | 20 GB-Mo | 0.05 | $1.00",
                "ebs_block_device[0]: I/O requests | depends on usage | 0.00000005 per IOs",
                "ebs_block_device[1]: Storage (cold HDD, sc1) | 30 GB-Mo | 0.015 | $0.45",
                "ebs_block_device[2]: Storage (provisioned IOPS SSD, io1) | 40 GB-Mo | 0.125 | $5.00",
                "ebs_block_device[2]: Provisioned IOPS | 1000 IOPS-Mo | 0.065 | $65.00",
                "ebs_block_device[3]: Storage (general purpose SSD, gp3) | 20 GB-Mo | 0.08 | $1.60",
                "EC2 detailed monitoring | 7 Metrics | 0.3 (tiered) | $2.10");
        nearInfracost("30.37", "30.37");
        nearInfracost("65.00", "65.00");
        nearInfracost("2.10", "2.10");
    }

    @Test
    void instance_unknownTypeIsNotPricedNeverGuessed() {
        lines(TestResource.builder("aws_instance").unknown("instance_type", "var.instance_type").build(),
                "Instance usage (Linux/UNIX, on-demand) | not priced: instance_type = var.instance_type is not known: "
                        + "var.instance_type has no default and no input — not priced, pass --inputs",
                "root_block_device: Storage (general purpose SSD, gp2) | 8 GB-Mo | 0.1 | $0.80");
    }

    @Test
    void instance_typeWithoutAPriceSaysWhichKey() {
        lines(TestResource.builder("aws_instance").attribute("instance_type", "m3.medium").build(),
                "Instance usage (Linux/UNIX, on-demand, m3.medium) | not priced: no price for "
                        + "aws/AmazonEC2/us-east-1/instance:m3.medium:linux:shared",
                "root_block_device: Storage (general purpose SSD, gp2) | 8 GB-Mo | 0.1 | $0.80");
    }

    @Test
    void ebsVolume_everyType() {
        // gp2 10 GB x 0.1 = 1.00 (Infracost ebs_volume_test gp2: $1.00)
        lines(TestResource.builder("aws_ebs_volume").attribute("size", 10).build(),
                "Storage (general purpose SSD, gp2) | 10 GB-Mo | 0.1 | $1.00");
        nearInfracost("1.00", "1.00");
        // io1 30 GB x 0.125 = 3.75, 300 IOPS x 0.065 = 19.50 (Infracost: $3.75, $19.50)
        lines(TestResource.builder("aws_ebs_volume").attribute("type", "io1").attribute("size", 30)
                        .attribute("iops", 300).build(),
                "Storage (provisioned IOPS SSD, io1) | 30 GB-Mo | 0.125 | $3.75",
                "Provisioned IOPS | 300 IOPS-Mo | 0.065 | $19.50");
        nearInfracost("19.50", "19.50");
        // io2 the same rates up to 32,000 IOPS (Infracost: $3.75, $19.50)
        lines(TestResource.builder("aws_ebs_volume").attribute("type", "io2").attribute("size", 30)
                        .attribute("iops", 300).build(),
                "Storage (provisioned IOPS SSD, io2) | 30 GB-Mo | 0.125 | $3.75",
                "Provisioned IOPS (up to 32,000) | 300 IOPS-Mo | 0.065 | $19.50");
        // gp3 40 GB x 0.08 = 3.20; 4000 - 3000 = 1000 IOPS x 0.005 = 5.00; (130 - 125) / 1024 GiBps x 40.96 = 0.20
        // (Infracost: $3.20, $5.00, $0.20)
        lines(TestResource.builder("aws_ebs_volume").attribute("type", "gp3").attribute("size", 40)
                        .attribute("iops", 4000).attribute("throughput", 130).build(),
                "Storage (general purpose SSD, gp3) | 40 GB-Mo | 0.08 | $3.20",
                "Provisioned IOPS (above 3,000) | 1000 IOPS-Mo | 0.005 | $5.00",
                "Provisioned throughput (above 125 MiBps) | 0.0048828125 GiBps-Mo | 40.96 | $0.20");
        nearInfracost("3.20", "3.20");
        nearInfracost("0.20", "0.20");
        // st1 40 GB x 0.045 = 1.80; standard 20 GB x 0.05 = 1.00 + 1,000,000 I/Os x 0.00000005 = 0.05
        lines(TestResource.builder("aws_ebs_volume").attribute("type", "st1").attribute("size", 40).build(),
                "Storage (throughput optimized HDD, st1) | 40 GB-Mo | 0.045 | $1.80");
        lines(TestResource.builder("aws_ebs_volume").attribute("type", "standard").attribute("size", 20)
                        .usage("monthly_standard_io_requests", 1000000).build(),
                "Storage (magnetic) | 20 GB-Mo | 0.05 | $1.00",
                "I/O requests | 1000000 IOs | 0.00000005 | $0.05");
        nearInfracost("1.80", "1.80");
        nearInfracost("0.05", "0.05");
    }

    @Test
    void ebsVolume_io2AboveTheFirstTierNamesTheMissingTier() {
        // 40,000 IOPS: 32,000 x 0.065 = 2080.00; the 8,000 above need ebs:io2-iops:tier2, not in the snapshot
        lines(TestResource.builder("aws_ebs_volume").attribute("type", "io2").attribute("size", 100)
                        .attribute("iops", 40000).build(),
                "Storage (provisioned IOPS SSD, io2) | 100 GB-Mo | 0.125 | $12.50",
                "Provisioned IOPS (up to 32,000) | 32000 IOPS-Mo | 0.065 | $2080.00",
                "Provisioned IOPS (32,001 to 64,000) | not priced: no price for "
                        + "aws/AmazonEC2/us-east-1/ebs:io2-iops:tier2");
    }

    @Test
    void ebsVolume_fromASnapshotWithoutSizeIsNotPriced() {
        lines(TestResource.builder("aws_ebs_volume").attribute("snapshot_id", "snap-1").build(),
                "Storage (general purpose SSD, gp2) | not priced: size is not set: the size comes from snapshot "
                        + "snap-1");
    }

    @Test
    void eip_isAPublicIpv4AddressAllMonth() {
        // 730 h x 0.005 = 3.65 (Infracost eip_test eip1: $3.65; it prices only unattached addresses, AWS charges all)
        lines(TestResource.builder("aws_eip").build(), "Public IPv4 address | 730 Hrs | 0.005 | $3.65");
        nearInfracost("3.65", "3.65");
    }

    @Test
    void autoscalingGroup_desiredCapacityOfItsLaunchTemplate() {
        TestResource lt = TestResource.builder("aws_launch_template").address("aws_launch_template.lt_usage")
                .attribute("instance_type", "t2.medium")
                .block("block_device_mappings", b -> b.attribute("device_name", "xvdf")
                        .block("ebs", v -> v.attribute("volume_size", 10)))
                .build();
        // 6 x 730 = 4380 h x 0.0464 = 203.232 -> 203.23; 6 x 10 GB gp2 x 0.1 = 6.00
        // (Infracost autoscaling_group_test asg_lt_usage: $203.23 and $6.00)
        lines(TestResource.builder("aws_autoscaling_group").attribute("desired_capacity", 6)
                        .block("launch_template", b -> b.reference("id", lt)).build(),
                "Instance usage (Linux/UNIX, on-demand, t2.medium) | 4380 Hrs | 0.0464 | $203.23",
                "block_device_mappings[0] (aws_launch_template.lt_usage): Storage (general purpose SSD, gp2) | 60 "
                        + "GB-Mo | 0.1 | $6.00");
        nearInfracost("203.23", "203.23");
        nearInfracost("6.00", "6.00");
    }

    @Test
    void autoscalingGroup_minSizeWhenNoDesiredCapacity_andAnUnresolvedTemplateIsNotPriced() {
        TestResource lt = TestResource.builder("aws_launch_template").address("aws_launch_template.lt")
                .attribute("instance_type", "m5.large").build();
        // 2 x 730 = 1460 h x 0.096 = 140.16
        lines(TestResource.builder("aws_autoscaling_group").attribute("min_size", 2)
                        .block("launch_template", b -> b.reference("id", lt)).build(),
                "Instance usage (Linux/UNIX, on-demand, m5.large) | 1460 Hrs | 0.096 | $140.16");
        lines(TestResource.builder("aws_autoscaling_group").attribute("min_size", 2)
                        .block("launch_template", b -> b.unknown("id", "var.launch_template_id")).build(),
                "Instance usage (Linux/UNIX, on-demand) | not priced: its launch template or launch configuration "
                        + "is not a resource of this module: the instance type is not known");
    }

    @Test
    void eksNodeGroup_defaultsAndInstanceTypes() {
        // t3.medium (EKS's default) 1 x 730 x 0.0416 = 30.37; disk 20 GB gp2 = 2.00
        // (Infracost eks_node_group_test example: $30.37, $2.00)
        lines(TestResource.builder("aws_eks_node_group").block("scaling_config", b -> b.attribute("desired_size", 1))
                        .build(),
                "Instance usage (Linux/UNIX, on-demand, t3.medium) | 730 Hrs | 0.0416 | $30.37",
                "Storage (general purpose SSD, gp2) | 20 GB-Mo | 0.1 | $2.00");
        nearInfracost("30.37", "30.37");
        // t2.medium, disk 30: 730 x 0.0464 = 33.872 -> 33.87; 30 x 0.1 = 3.00 (Infracost example2: $33.87, $3.00)
        lines(TestResource.builder("aws_eks_node_group").block("scaling_config", b -> b.attribute("desired_size", 1))
                        .attribute("instance_types", List.of("t2.medium")).attribute("disk_size", 30).build(),
                "Instance usage (Linux/UNIX, on-demand, t2.medium) | 730 Hrs | 0.0464 | $33.87",
                "Storage (general purpose SSD, gp2) | 30 GB-Mo | 0.1 | $3.00");
        nearInfracost("33.87", "33.87");
    }

    @Test
    void eksNodeGroup_launchTemplateInstanceTypeAndVolumes() {
        TestResource lt = TestResource.builder("aws_launch_template").address("aws_launch_template.foo2")
                .attribute("instance_type", "m5.xlarge")
                .block("block_device_mappings", b -> b.block("ebs", v -> v.attribute("volume_size", 20))).build();
        // 3 x 730 = 2190 h x 0.192 = 420.48; 3 x 20 GB gp2 = 60 x 0.1 = 6.00
        // (Infracost example_with_launch_template_2: $420.48, $6.00)
        lines(TestResource.builder("aws_eks_node_group").block("scaling_config", b -> b.attribute("desired_size", 3))
                        .block("launch_template", b -> b.reference("id", lt)).build(),
                "Instance usage (Linux/UNIX, on-demand, m5.xlarge) | 2190 Hrs | 0.192 | $420.48",
                "block_device_mappings[0] (aws_launch_template.foo2): Storage (general purpose SSD, gp2) | 60 GB-Mo "
                        + "| 0.1 | $6.00");
        nearInfracost("420.48", "420.48");
    }

    @Test
    void eksNodeGroup_spotAndWindowsAreNotPriced() {
        lines(TestResource.builder("aws_eks_node_group").block("scaling_config", b -> b.attribute("desired_size", 1))
                        .attribute("capacity_type", "SPOT").build(),
                "Instance usage (Linux/UNIX, on-demand) | not priced: capacity_type SPOT: Spot prices are not priced "
                        + "(they change continuously)",
                "Storage (general purpose SSD, gp2) | 20 GB-Mo | 0.1 | $2.00");
    }
}
