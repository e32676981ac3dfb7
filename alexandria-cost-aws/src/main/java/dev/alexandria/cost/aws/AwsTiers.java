package dev.alexandria.cost.aws;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tiered prices of the snapshot: the snapshot names each tier as its own key ({@code storage:standard:first-50tb}),
 * and a tier group joins them into one tiered price under the base key ({@code storage:standard}). The bounds are
 * AWS's published ranges in the price's unit per month (S3: TB of 1,024 GB, so 50 TB = 51,200 GB-Mo).
 */
final class AwsTiers {

    /** One tier: the key suffix and where the tier ends (null: no end). */
    record Tier(String suffix, BigDecimal upTo) {
    }

    /** A base key of a service and its tiers in order. */
    record Group(String service, String baseKey, List<Tier> tiers) {
    }

    static final List<Group> GROUPS = List.of(
            group("AmazonS3", "storage:standard", t("first-50tb", "51200"), t("next-450tb", "512000"),
                    t("over-500tb", null)),
            group("AWSDataTransfer", "internet-egress", t("first-10tb", "10240"), t("next-40tb", "51200"),
                    t("next-100tb", "153600"), t("over-150tb", null)),
            group("AWSLambda", "duration:x86_64", t("tier1-first-6b-gbs", "6000000000"),
                    t("tier2-next-9b-gbs", "15000000000"), t("tier3-over-15b-gbs", null)),
            group("AWSLambda", "duration:arm64", t("tier1-first-7.5b-gbs", "7500000000"),
                    t("tier2-next-11.25b-gbs", "18750000000"), t("tier3-over-18.75b-gbs", null)),
            group("AWSQueueService", "requests:standard", t("first-100b", "100000000000"),
                    t("next-100b", "200000000000"), t("over-200b", null)),
            group("AmazonApiGateway", "http-api:requests", t("first-300m", "300000000"), t("over-300m", null)),
            group("AmazonApiGateway", "rest-api:requests", t("first-333m", "333000000"),
                    t("next-667m", "1000000000"), t("next-19b", "20000000000"), t("over-20b", null)),
            group("AmazonApiGateway", "websocket:messages", t("first-1b", "1000000000"), t("over-1b", null)),
            group("AmazonCloudWatch", "metrics:custom", t("first-10k", "10000"), t("next-240k", "250000"),
                    t("next-750k", "1000000"), t("over-1m", null)),
            group("AmazonRoute53", "hosted-zone", t("first-25", "25"), t("over-25", null)),
            group("AmazonRoute53", "queries:standard", t("first-1b", "1000000000"), t("over-1b", null)),
            group("AmazonVPC", "vpc-endpoint:data-processed", t("first-1pb", "1048576"), t("next-4pb", "5242880"),
                    t("over-5pb", null)));

    private AwsTiers() {
    }

    private static Group group(String service, String baseKey, Tier... tiers) {
        return new Group(service, baseKey, List.of(tiers));
    }

    private static Tier t(String suffix, String upTo) {
        return new Tier(suffix, upTo == null ? null : new BigDecimal(upTo));
    }
}
