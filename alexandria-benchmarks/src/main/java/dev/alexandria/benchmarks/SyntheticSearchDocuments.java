package dev.alexandria.benchmarks;

import dev.alexandria.spi.search.FieldSpec;
import dev.alexandria.spi.search.IndexEntry;
import dev.alexandria.spi.search.IndexSpec;
import dev.alexandria.spi.search.SearchDocument;
import dev.alexandria.spi.search.Vocabulary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Search documents of synthetic modules, shaped like core's module documents: a name, a one-line description,
 * tags, a category, a README of several paragraphs, resource types, input variables and outputs with
 * descriptions, and the keyword and number fields core indexes. Sized as what core indexes of a module with about
 * 10 KB of README and HCL: the README's prose (about 5 KB of a 6 KB README, once code blocks and tables are
 * dropped) and the interface's names and descriptions (about 1.5 KB of 4 KB of HCL): about 6.5 KB of text per
 * module, so 10,000 modules stand for about 100 MB of README and HCL. Deterministic for a seed.
 *
 * @since 0.1.0
 */
public final class SyntheticSearchDocuments {

    private static final String[] SERVICES = {"vpc", "subnet", "nat gateway", "transit gateway", "security group",
        "ec2 instance", "auto scaling group", "load balancer", "ecs service", "eks cluster", "lambda function",
        "step functions", "rds postgresql", "aurora cluster", "dynamodb table", "elasticache redis", "s3 bucket",
        "efs file system", "sqs queue", "sns topic", "kinesis stream", "eventbridge bus", "api gateway",
        "cloudwatch logs", "cloudwatch dashboard", "x-ray", "cloudtrail", "guardduty", "kms key", "secrets manager",
        "parameter store", "cognito user pool", "waf web acl", "route53 zone", "iam role", "backup plan"};
    private static final String[] QUALITIES = {"multi-az", "encrypted", "private", "public", "regional", "global",
        "serverless", "highly available", "low cost", "compliant", "cross-account", "autoscaling", "versioned",
        "replicated", "monitored", "least-privilege", "tls-only", "zero-downtime", "cached", "throttled"};
    private static final String[] WORDS = ("the module creates and configures resources for teams who need a "
            + "production ready setup with sensible defaults it supports tagging naming conventions logging metrics "
            + "alarms retention rotation policies lifecycle rules access control networking endpoints routing "
            + "failover snapshots restore replication scaling capacity performance insights monitoring dashboards "
            + "notifications subscriptions queues topics streams consumers producers clusters nodes pods services "
            + "tasks functions triggers schedules workflows states secrets keys certificates domains records zones")
            .split(" ");
    private static final String[] LAYERS = {"foundations", "compute", "data", "integration", "observability",
        "security", "patterns"};
    private static final String[] MATURITY = {"experimental", "alpha", "beta", "stable", "mature"};
    private static final String[] COMPLEXITY = {"basic", "standard", "advanced"};
    private static final String[] COST = {"low", "medium", "high", "very-high"};

    private SyntheticSearchDocuments() {
    }

    /**
     * @param directory where the index lives; empty for memory
     * @return the fields and vocabulary of core's module index (default boosts), with a small vocabulary
     */
    public static IndexSpec spec(Optional<Path> directory) {
        List<FieldSpec> fields = List.of(FieldSpec.text("name", 3), FieldSpec.text("tags", 2),
                FieldSpec.text("description", 1.5), FieldSpec.text("resources", 1.5), FieldSpec.text("category", 1),
                FieldSpec.text("readme", 1), FieldSpec.text("inputs", 0.5), FieldSpec.text("outputs", 0.5),
                FieldSpec.keyword("layer"), FieldSpec.keyword("category_id"), FieldSpec.keyword("maturity"),
                FieldSpec.keyword("complexity"), FieldSpec.keyword("cost_category"), FieldSpec.keyword("tag"),
                FieldSpec.keyword("status"), FieldSpec.number("downloads"), FieldSpec.number("rating"),
                FieldSpec.number("last_updated"), FieldSpec.number("cost"), FieldSpec.number("variables"));
        Vocabulary v = new Vocabulary(List.of(Vocabulary.SynonymGroup.of("k8s", "kubernetes", "eks"),
                Vocabulary.SynonymGroup.of("lb", "load balancer"), Vocabulary.SynonymGroup.of("pg", "postgresql"),
                Vocabulary.SynonymGroup.of("db", "database"), Vocabulary.SynonymGroup.of("ha", "highly available")),
                List.of(Vocabulary.Narrower.of("database", "rds", "aurora", "dynamodb")));
        return new IndexSpec(directory, fields, v);
    }

    /**
     * @param count how many documents
     * @param seed  the random seed
     * @return the documents, ids {@code module-00000} …
     */
    public static List<SearchDocument> documents(int count, long seed) {
        List<SearchDocument> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(document(i, seed));
        }
        return out;
    }

    /**
     * @param i    which document
     * @param seed the random seed
     * @return document {@code i}, the same as {@code documents(i + 1, seed).get(i)}
     */
    public static SearchDocument document(int i, long seed) {
        return document(i, new Random(seed * 7919 + i));
    }

    /**
     * @param docs        documents
     * @param fingerprint the fingerprint of every entry
     * @return entries for them
     */
    public static List<IndexEntry> entries(List<SearchDocument> docs, String fingerprint) {
        List<IndexEntry> out = new ArrayList<>(docs.size());
        docs.forEach(d -> out.add(IndexEntry.of(d, fingerprint)));
        return out;
    }

    /** @return the number of characters of text in the documents */
    static long chars(List<SearchDocument> docs) {
        long n = 0;
        for (SearchDocument d : docs) {
            for (List<String> values : d.text().values()) {
                for (String v : values) {
                    n += v.length();
                }
            }
        }
        return n;
    }

    private static SearchDocument document(int i, Random r) {
        String service = SERVICES[r.nextInt(SERVICES.length)];
        String quality = QUALITIES[r.nextInt(QUALITIES.length)];
        String id = String.format("module-%05d", i);
        SearchDocument.Builder d = SearchDocument.builder(id);
        d.text("name", capitalize(quality) + " " + service + " " + i, id);
        d.text("description", "A " + quality + " " + service + " with " + QUALITIES[r.nextInt(QUALITIES.length)]
                + " defaults, " + SERVICES[r.nextInt(SERVICES.length)] + " integration and " + words(r, 12) + ".");
        d.text("tags", service.replace(' ', '-'), quality.replace(' ', '-'), QUALITIES[r.nextInt(QUALITIES.length)]);
        String layer = LAYERS[r.nextInt(LAYERS.length)];
        d.text("category", layer, service.split(" ")[0]);
        StringBuilder readme = new StringBuilder(7000);
        readme.append("# ").append(capitalize(service)).append("\n\n");
        while (readme.length() < 5000) {
            readme.append("## ").append(capitalize(words(r, 3))).append("\n\n");
            for (int p = 0; p < 3; p++) {
                readme.append(capitalize(words(r, 25 + r.nextInt(30)))).append(" for the ")
                        .append(SERVICES[r.nextInt(SERVICES.length)]).append(", ")
                        .append(QUALITIES[r.nextInt(QUALITIES.length)]).append(". ");
            }
            readme.append("\n\n");
        }
        d.text("readme", readme.toString());
        List<String> resources = new ArrayList<>();
        for (int k = 0; k < 3 + r.nextInt(10); k++) {
            resources.add("aws_" + SERVICES[r.nextInt(SERVICES.length)].replace(' ', '_').replace('-', '_'));
        }
        d.text("resources", String.join(" ", resources));
        List<String> inputs = new ArrayList<>();
        int variables = 4 + r.nextInt(40);
        for (int k = 0; k < variables; k++) {
            inputs.add("setting_" + k + " " + capitalize(words(r, 4 + r.nextInt(6))) + ".");
        }
        d.text("inputs", inputs);
        List<String> outputs = new ArrayList<>();
        for (int k = 0; k < 3 + r.nextInt(12); k++) {
            outputs.add("output_" + k + " The " + words(r, 6) + ".");
        }
        d.text("outputs", outputs);
        d.keyword("layer", layer).keyword("category_id", layer + "/" + service.split(" ")[0])
                .keyword("maturity", MATURITY[r.nextInt(MATURITY.length)])
                .keyword("complexity", COMPLEXITY[variables <= 10 ? 0 : variables <= 30 ? 1 : 2])
                .keyword("tag", service.replace(' ', '-'), quality.replace(' ', '-'));
        if (r.nextInt(10) > 0) {
            double cost = r.nextInt(2000) / 2.0;
            d.number("cost", cost).keyword("cost_category",
                    COST[cost < 10 ? 0 : cost < 100 ? 1 : cost <= 1000 ? 2 : 3]);
        }
        if (r.nextInt(20) == 0) {
            d.keyword("status", "deprecated");
        }
        if (r.nextInt(5) > 0) {
            d.number("downloads", r.nextInt(100_000)).number("rating", 1 + r.nextInt(40) / 10.0)
                    .number("last_updated", 19_000 + r.nextInt(1500));
        }
        d.number("variables", variables);
        return d.build();
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
