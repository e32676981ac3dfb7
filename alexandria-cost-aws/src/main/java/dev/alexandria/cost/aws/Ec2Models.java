package dev.alexandria.cost.aws;

import dev.alexandria.spi.cost.AttributeValue;
import dev.alexandria.spi.cost.Origin;
import dev.alexandria.spi.cost.ResourceAttributes;
import dev.alexandria.spi.cost.ResourceCost;
import dev.alexandria.spi.cost.ResourceInstance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** EC2: instances, volumes, Auto Scaling groups, EKS node groups and Elastic IPs. */
final class Ec2Models {

    static final String LINUX_NOTE = "Linux/UNIX assumed: the AMI's operating system is not in the configuration";
    private static final String[] GP2_ROOT = {"gp2", "root_block_device.volume_type not set: gp2 assumed (the AMI "
            + "decides)"};
    private static final String[] ROOT_SIZE = {"8", "root_block_device.volume_size not set: 8 GB assumed (the "
            + "AMI's usual root volume; the AMI decides)"};
    private static final String[] GP2_EBS = {"gp2", "volume_type not set: gp2 (the provider's default)"};

    private Ec2Models() {
    }

    static ResourceCost instance(Est e) {
        ResourceAttributes a = e.r.attributes();
        Val<String> type = Val.string(a, "instance_type");
        Optional<ResourceInstance> template = template(a.blocks("launch_template"));
        if (type.isAbsent() && template.isPresent()) {
            type = Val.string(template.get().attributes(), "instance_type");
        }
        Val<String> tenancy = Val.string(a, "tenancy").orDefault("default", "tenancy not set: shared");
        instanceHours(e, type, tenancy, Est.one());
        if (!a.blocksKnown("root_block_device")) {
            e.notKnown("root_block_device: Storage", "the root_block_device blocks are not known: pass --inputs",
                    false);
        } else {
            List<ResourceAttributes> root = a.blocks("root_block_device");
            ResourceAttributes r = root.isEmpty() ? NONE : root.get(0);
            Volumes.add(e, "root_block_device: ", r, "volume_type", "volume_size", GP2_ROOT, ROOT_SIZE, Est.one());
        }
        if (!a.blocksKnown("ebs_block_device")) {
            e.notKnown("ebs_block_device: Storage", "the ebs_block_device blocks are not known: pass --inputs", false);
        }
        List<ResourceAttributes> ebs = a.blocks("ebs_block_device");
        for (int i = 0; i < ebs.size(); i++) {
            Volumes.add(e, "ebs_block_device[" + i + "]: ", ebs.get(i), "volume_type", "volume_size", GP2_EBS, null,
                    Est.one());
        }
        Val<Boolean> monitoring = Val.bool(a, "monitoring");
        if (monitoring.known() && monitoring.value()) {
            e.fixed("EC2 detailed monitoring", e.key("AmazonCloudWatch", "metrics:custom"), new BigDecimal("7"),
                    monitoring.origin(), Est.constant("7 metrics per instance"));
        } else if (!monitoring.known() && !monitoring.isAbsent()) {
            e.notKnown("EC2 detailed monitoring", monitoring.problem(), false);
        }
        return ResourceCost.priced(e.out);
    }

    /** The instance-hours component of {@code count} instances of a type. */
    static void instanceHours(Est e, Val<String> type, Val<String> tenancy, Val<BigDecimal> count, Origin... more) {
        if (!type.known()) {
            e.notKnown("Instance usage (Linux/UNIX, on-demand)", type.problem(), false);
            return;
        }
        if (!tenancy.known()) {
            e.notKnown("Instance usage (Linux/UNIX, on-demand, " + type.value() + ")", tenancy.problem(), false);
            return;
        }
        String t = switch (tenancy.value()) {
            case "default" -> "shared";
            default -> tenancy.value();
        };
        Origin[] origins = new Origin[more.length + 2];
        origins[0] = type.origin();
        System.arraycopy(more, 0, origins, 1, more.length);
        origins[origins.length - 1] = tenancy.origin();
        e.hourly("Instance usage (Linux/UNIX, on-demand, " + type.value() + ")",
                e.key("AmazonEC2", "instance:" + type.value() + ":linux:" + t), count, origins);
        e.noteLast(LINUX_NOTE);
    }

    static ResourceCost ebsVolume(Est e) {
        Volumes.add(e, "", e.r.attributes(), "type", "size", new String[] {"gp2", "type not set: gp2 (the "
                + "provider's default)"}, null, Est.one());
        return ResourceCost.priced(e.out);
    }

    static ResourceCost eip(Est e) {
        e.hourly("Public IPv4 address", e.key("AmazonVPC", "public-ipv4:in-use-hour"));
        e.noteLast("AWS charges every public IPv4 address by the hour since February 2024, in use or idle");
        return ResourceCost.priced(e.out);
    }

    /** An Auto Scaling group: its desired capacity of instances of its launch template or configuration. */
    static ResourceCost autoscalingGroup(Est e) {
        ResourceAttributes a = e.r.attributes();
        Val<BigDecimal> count = Val.number(a, "desired_capacity");
        if (count.isAbsent()) {
            Val<BigDecimal> min = Val.number(a, "min_size");
            count = min.known() ? Val.of(min.value(), Origin.of(min.origin().kind(), min.origin().detail()
                    + " (desired_capacity not set: the group starts at min_size)")) : min;
        }
        Optional<ResourceInstance> template = template(a.blocks("launch_template"));
        Val<String> type = null;
        String noteOverride = null;
        for (ResourceAttributes mixed : a.blocks("mixed_instances_policy")) {
            for (ResourceAttributes lt : mixed.blocks("launch_template")) {
                template = template.or(() -> template(lt.blocks("launch_template_specification"), "launch_template_id",
                        "launch_template_name"));
                for (ResourceAttributes override : lt.blocks("override")) {
                    Val<String> t = Val.string(override, "instance_type");
                    if (type == null && !t.isAbsent()) {
                        type = t;
                        noteOverride = "priced at the first override's instance type, all on demand";
                    }
                }
            }
        }
        Optional<ResourceInstance> configuration = a.referencedResource("launch_configuration");
        ResourceInstance source = template.orElse(configuration.orElse(null));
        if (source == null) {
            String why = a.get("launch_template").isAbsent() && a.blocks("launch_template").isEmpty()
                    && a.get("launch_configuration").isAbsent() && a.blocks("mixed_instances_policy").isEmpty()
                    ? "no launch template or launch configuration is set"
                    : "its launch template or launch configuration is not a resource of this module";
            e.notKnown("Instance usage (Linux/UNIX, on-demand)", why + ": the instance type is not known", false);
            return ResourceCost.priced(e.out);
        }
        if (type == null) {
            type = Val.string(source.attributes(), "instance_type");
            type = type.known() ? Val.of(type.value(), Origin.of(type.origin().kind(), type.origin().detail()
                    + " (" + source.address() + ")")) : type;
        }
        Val<String> tenancy = Val.of("default", Est.dflt("tenancy: shared"));
        instanceHours(e, type, tenancy, count);
        if (noteOverride != null) {
            e.noteLast(noteOverride);
        }
        groupVolumes(e, source, count);
        return ResourceCost.priced(e.out);
    }

    /** An EKS managed node group: desired size of nodes of its instance type, with their disks. */
    static ResourceCost eksNodeGroup(Est e) {
        ResourceAttributes a = e.r.attributes();
        List<ResourceAttributes> scaling = a.blocks("scaling_config");
        Val<BigDecimal> count = scaling.isEmpty() ? Val.problem("scaling_config is not set")
                : Val.number(scaling.get(0), "desired_size");
        if (!a.blocksKnown("scaling_config")) {
            count = Val.problem("scaling_config is not known: pass --inputs");
        }
        Val<String> capacity = Val.string(a, "capacity_type").orDefault("ON_DEMAND", "capacity_type not set: "
                + "ON_DEMAND");
        Val<String> ami = Val.string(a, "ami_type").orDefault("AL2_x86_64", "ami_type not set: Linux");
        Optional<ResourceInstance> template = template(a.blocks("launch_template"));
        AttributeValue types = a.get("instance_types");
        Val<String> type;
        if (types.isKnown() && !types.asList().isEmpty()) {
            AttributeValue first = types.asList().get(0);
            type = first.isKnown() ? Val.of(first.asString().orElse("?"), first.origin().orElse(Origin.of(
                    Origin.Kind.ATTRIBUTE, "instance_types = " + types.expression()))) : Val.problem(
                    "instance_types[0] = " + first.expression() + " is not known: pass --inputs");
        } else if (types.isUnknown()) {
            type = Val.problem("instance_types = " + types.expression() + " is not known: pass --inputs");
        } else if (template.isPresent() && !Val.string(template.get().attributes(), "instance_type").isAbsent()) {
            type = Val.string(template.get().attributes(), "instance_type");
        } else {
            type = Val.of("t3.medium", Est.dflt("instance_types not set: t3.medium (EKS's default)"));
        }
        if (!capacity.known() || !capacity.value().equals("ON_DEMAND")) {
            e.notKnown("Instance usage (Linux/UNIX, on-demand)", capacity.known() ? "capacity_type "
                    + capacity.value() + ": Spot prices are not priced (they change continuously)"
                    : capacity.problem(), false);
        } else if (!ami.known() || ami.value().startsWith("WINDOWS")) {
            e.notKnown("Instance usage", ami.known() ? "ami_type " + ami.value() + ": the snapshot prices Linux "
                    + "instances only" : ami.problem(), false);
        } else {
            instanceHours(e, type, Val.of("default", Est.dflt("tenancy: shared")), count);
            if (types.isKnown() && types.asList().size() > 1) {
                e.noteLast("priced at the first of instance_types");
            }
        }
        if (template.isPresent()) {
            groupVolumes(e, template.get(), count);
        } else {
            Val<BigDecimal> disk = Val.number(a, "disk_size").orDefault(new BigDecimal("20"),
                    "disk_size not set: 20 GB (the provider's default)");
            if (!disk.known() || !count.known()) {
                e.notKnown("Storage (general purpose SSD, gp2)", !disk.known() ? disk.problem() : count.problem(),
                        false);
            } else {
                e.fixed("Storage (general purpose SSD, gp2)", e.key("AmazonEC2", "ebs:gp2"),
                        disk.value().multiply(count.value()), disk.origin(), count.origin());
            }
        }
        return ResourceCost.priced(e.out);
    }

    /** The volumes of the instances of a group, from its launch template or launch configuration. */
    private static void groupVolumes(Est e, ResourceInstance source, Val<BigDecimal> count) {
        ResourceAttributes s = source.attributes();
        String at = " (" + source.address() + ")";
        List<ResourceAttributes> mappings = s.blocks("block_device_mappings");
        for (int i = 0; i < mappings.size(); i++) {
            for (ResourceAttributes ebs : mappings.get(i).blocks("ebs")) {
                Volumes.add(e, "block_device_mappings[" + i + "]" + at + ": ", ebs, "volume_type", "volume_size",
                        GP2_EBS, null, count);
            }
        }
        for (ResourceAttributes root : s.blocks("root_block_device")) {
            Volumes.add(e, "root_block_device" + at + ": ", root, "volume_type", "volume_size", GP2_ROOT, ROOT_SIZE,
                    count);
        }
    }

    private static Optional<ResourceInstance> template(List<ResourceAttributes> blocks) {
        return template(blocks, "id", "name");
    }

    private static Optional<ResourceInstance> template(List<ResourceAttributes> blocks, String idArg,
            String nameArg) {
        for (ResourceAttributes b : blocks) {
            Optional<ResourceInstance> t = b.referencedResource(idArg).or(() -> b.referencedResource(nameArg));
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** A block with nothing set. */
    static final ResourceAttributes NONE = new ResourceAttributes() {
        @Override
        public AttributeValue get(String name) {
            return AttributeValue.absent();
        }

        @Override
        public List<ResourceAttributes> blocks(String type) {
            return List.of();
        }
    };
}
