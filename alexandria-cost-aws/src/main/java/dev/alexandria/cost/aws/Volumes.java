package dev.alexandria.cost.aws;

import dev.alexandria.spi.cost.ResourceAttributes;
import java.math.BigDecimal;
import java.util.Map;

/**
 * EBS volumes, wherever they are declared: {@code aws_ebs_volume}, an instance's {@code root_block_device} and
 * {@code ebs_block_device}, a launch template's {@code block_device_mappings.ebs}. gp3 includes 3,000 IOPS and
 * 125 MiB/s; io2 IOPS are priced per tier (the snapshot has the first, up to 32,000).
 */
final class Volumes {

    static final BigDecimal GP3_FREE_IOPS = new BigDecimal("3000");
    static final BigDecimal GP3_FREE_MIBPS = new BigDecimal("125");
    static final BigDecimal IO2_TIER1 = new BigDecimal("32000");

    private static final Map<String, String> NAMES = Map.of("gp2", "general purpose SSD, gp2", "gp3",
            "general purpose SSD, gp3", "io1", "provisioned IOPS SSD, io1", "io2", "provisioned IOPS SSD, io2",
            "st1", "throughput optimized HDD, st1", "sc1", "cold HDD, sc1", "standard", "magnetic");

    private Volumes() {
    }

    /**
     * Adds the components of one volume.
     *
     * @param prefix   the component name prefix, e.g. {@code root_block_device: }
     * @param block    the arguments of the volume
     * @param typeArg  the argument naming the type ({@code type} or {@code volume_type})
     * @param sizeArg  the argument naming the size ({@code size} or {@code volume_size})
     * @param type     the type when {@code typeArg} is not set (with its origin detail)
     * @param size     the size when {@code sizeArg} is not set, or null when a size is required
     * @param count    how many such volumes (instances of a group), with its origin
     */
    static void add(Est e, String prefix, ResourceAttributes block, String typeArg, String sizeArg, String[] type,
            String[] size, Val<BigDecimal> count) {
        Val<String> t = Val.string(block, typeArg).orDefault(type[0], type[1]);
        Val<BigDecimal> s = Val.number(block, sizeArg);
        if (s.isAbsent() && size != null) {
            s = Val.of(new BigDecimal(size[0]), Est.dflt(size[1]));
        } else if (s.isAbsent() && Val.string(block, "snapshot_id").known()) {
            s = Val.problem(sizeArg + " is not set: the size comes from snapshot "
                    + Val.string(block, "snapshot_id").value());
        }
        if (!t.known()) {
            e.notKnown(prefix + "Storage", t.problem(), false);
            return;
        }
        String volumeType = t.value();
        String label = prefix + "Storage (" + NAMES.getOrDefault(volumeType, volumeType) + ")";
        if (!count.known()) {
            e.notKnown(label, count.problem(), false);
            return;
        }
        if (!s.known()) {
            e.notKnown(label, s.problem(), false);
        } else {
            e.fixed(label, e.key("AmazonEC2", "ebs:" + volumeType), s.value().multiply(count.value()), s.origin(),
                    count.origin(), t.origin());
        }
        switch (volumeType) {
            case "gp3" -> {
                Val<BigDecimal> iops = Val.number(block, "iops");
                if (iops.known() && iops.value().compareTo(GP3_FREE_IOPS) > 0) {
                    e.fixed(prefix + "Provisioned IOPS (above 3,000)", e.key("AmazonEC2", "ebs:gp3-iops"),
                            iops.value().subtract(GP3_FREE_IOPS).multiply(count.value()), iops.origin(),
                            Est.constant("3,000 IOPS are included with gp3"), count.origin());
                } else if (!iops.known() && !iops.isAbsent()) {
                    e.notKnown(prefix + "Provisioned IOPS (above 3,000)", iops.problem(), false);
                }
                Val<BigDecimal> tp = Val.number(block, "throughput");
                if (tp.known() && tp.value().compareTo(GP3_FREE_MIBPS) > 0) {
                    // the price is per GiBps-month (40.96 = $0.04 per MiBps-month x 1024)
                    e.fixed(prefix + "Provisioned throughput (above 125 MiBps)", e.key("AmazonEC2",
                            "ebs:gp3-throughput"), Est.div(tp.value().subtract(GP3_FREE_MIBPS), Est.THOUSAND_24)
                            .multiply(count.value()), tp.origin(), Est.constant("125 MiBps are included with gp3; "
                            + "MiBps / 1024 = GiBps"), count.origin());
                } else if (!tp.known() && !tp.isAbsent()) {
                    e.notKnown(prefix + "Provisioned throughput (above 125 MiBps)", tp.problem(), false);
                }
            }
            case "io1", "io2" -> {
                Val<BigDecimal> iops = Val.number(block, "iops");
                String name = prefix + "Provisioned IOPS";
                if (!iops.known()) {
                    e.notKnown(name, iops.isAbsent() ? "iops is not set (required for " + volumeType + ")"
                            : iops.problem(), false);
                } else if (volumeType.equals("io1")) {
                    e.fixed(name, e.key("AmazonEC2", "ebs:io1-iops"), iops.value().multiply(count.value()),
                            iops.origin(), count.origin());
                } else {
                    e.fixed(name + " (up to 32,000)", e.key("AmazonEC2", "ebs:io2-iops:tier1"),
                            iops.value().min(IO2_TIER1).multiply(count.value()), iops.origin(), count.origin());
                    if (iops.value().compareTo(IO2_TIER1) > 0) {
                        e.fixed(name + " (32,001 to 64,000)", e.key("AmazonEC2", "ebs:io2-iops:tier2"),
                                iops.value().min(new BigDecimal("64000")).subtract(IO2_TIER1)
                                        .multiply(count.value()), iops.origin(), count.origin());
                    }
                    if (iops.value().compareTo(new BigDecimal("64000")) > 0) {
                        e.fixed(name + " (above 64,000)", e.key("AmazonEC2", "ebs:io2-iops:tier3"),
                                iops.value().subtract(new BigDecimal("64000")).multiply(count.value()), iops.origin(),
                                count.origin());
                    }
                }
            }
            case "standard" -> e.usage(prefix + "I/O requests", e.key("AmazonEC2", "ebs:standard-io-requests"),
                    "monthly_standard_io_requests", count.value(), count.origin());
            default -> {
            }
        }
    }
}
