package dev.alexandria.core.internal.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.Library;
import dev.alexandria.api.model.Recommendation;
import dev.alexandria.core.Alexandria;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults of {@code recommend --based-on} a user trial found (issue 12), each of a kind: a deprecated base did not say
 * so and ranked an alternative above its declared replacement; a module that attaches to others (a WAF) or serves
 * them (a KMS key) got none of them.
 */
class BasedOnFindingsTest {

    private static final Path SAMPLE = Path.of("../alexandria-examples/sample-library/components/terraform");
    private static Library library;

    @BeforeAll
    static void open() {
        library = Alexandria.builder().root(SAMPLE).noCache().open();
    }

    private static List<Recommendation> basedOn(String id) {
        return library.recommend().basedOn(id).limit(20).run();
    }

    private static Optional<Recommendation> find(List<Recommendation> rs, String id) {
        return rs.stream().filter(r -> r.module().id().value().equals(id)).findFirst();
    }

    @Test
    void aDeprecatedBase_getsItsDeclaredReplacementFirst_sayingSinceWhenAndWhy_thenTheReplacementsCompanions() {
        List<Recommendation> rs = basedOn("rds-mysql-legacy");
        Recommendation first = rs.get(0);
        assertEquals("rds-aurora", first.module().id().value());
        assertTrue(first.evidence().get(0).startsWith("its declared replacement: rds-mysql-legacy is deprecated since"
                + " 1.9.4 (2026-07-27), to be removed on 2027-06-30: Superseded by rds-aurora"), first.toString());
        assertTrue(rs.stream().allMatch(r -> r.score() <= first.score()), rs.toString());
        // What goes with the replacement, said of it.
        assertTrue(find(rs, "kms").orElseThrow().evidence().stream().anyMatch(e -> e.contains("an input of rds-aurora")),
                rs.toString());
    }

    @Test
    void aModuleWhoseResourceAttachesByAGenericArn_getsTheModulesMakingWhatItAttachesTo_withTheEvidenceNamed() {
        List<Recommendation> rs = basedOn("waf");
        Recommendation api = find(rs, "apigateway-rest").orElseThrow(() -> new AssertionError(rs.toString()));
        assertTrue(api.evidence().contains("its aws_wafv2_web_acl_association protects what its resource_arn takes"
                + " the ARN of: apigateway-rest makes aws_api_gateway_stage"), api.toString());
        assertTrue(api.evidence().contains("takes waf_acl_arn, which waf makes"), api.toString());
        // And the other way round: based on the API, the WAF whose association protects its stage.
        Recommendation waf = find(basedOn("apigateway-rest"), "waf").orElseThrow();
        assertTrue(waf.evidence().contains("waf's aws_wafv2_web_acl_association protects what its resource_arn takes"
                + " the ARN of: apigateway-rest makes aws_api_gateway_stage"), waf.toString());
        // apigateway-rest's own association protects its own stage: nothing of the WAF's.
        assertFalse(waf.evidence().stream().anyMatch(e -> e.startsWith("its aws_wafv2")), waf.toString());
    }

    @Test
    void attachments_needTheAttachingModuleNotToMakeTheTargetItself() {
        Set<String> waf = Set.of("aws_wafv2_web_acl", "aws_wafv2_web_acl_association");
        Set<String> api = Set.of("aws_api_gateway_stage", "aws_wafv2_web_acl_association");
        var a = library.requireModule("waf");
        var b = library.requireModule("apigateway-rest");
        Attachments attachments = new Attachments();
        assertTrue(attachments.between(a, waf, b, api).isPresent());
        assertEquals(Optional.empty(), attachments.between(b, api, a, Set.of("aws_wafv2_web_acl")));
    }

    /**
     * An attaching resource attaches to another module's resource only when its argument is given one made
     * elsewhere: apigateway-rest's association has {@code resource_arn = aws_api_gateway_stage.this.arn}, its own
     * stage, so it protects no load balancer of web-app-ecs, though the provider lets {@code resource_arn} take one.
     * Before, {@code --based-on web-app-ecs} said it did (issue 12). The WAF module's
     * {@code var.associate_resource_arns[count.index]} may be any of them.
     */
    @Test
    void anAttachment_readsWhatItsArgumentIsGiven_beforeClaimingAPair() {
        Attachments attachments = new Attachments();
        Attachments.Attach association = Attachments.VOCABULARY.stream()
                .filter(x -> x.from().equals("aws_wafv2_web_acl_association")).findFirst().orElseThrow();
        assertEquals(Set.of(), attachments.targets(library.requireModule("apigateway-rest"), association));
        assertEquals(Set.copyOf(association.to()), attachments.targets(library.requireModule("waf"), association));
        assertTrue(basedOn("web-app-ecs").stream().filter(r -> r.module().id().value().equals("apigateway-rest"))
                .flatMap(r -> r.evidence().stream()).noneMatch(e -> e.contains("protects")),
                basedOn("web-app-ecs").toString());
        assertTrue(find(basedOn("web-app-ecs"), "waf").orElseThrow().evidence().contains("waf's "
                + "aws_wafv2_web_acl_association protects what its resource_arn takes the ARN of: web-app-ecs makes "
                + "aws_lb"), basedOn("web-app-ecs").toString());
    }

    /** Every kind of value an attaching argument may be given, in a module written here. */
    @Test
    void anAttachment_followsInputsThroughLocalsEachAndCount_andNotOwnResourcesModulesOrLiterals(
            @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("main.tf"), """
                locals {
                  arns = concat(var.extra_arns, [])
                }
                # resource "aws_sns_topic_subscription" "commented" { endpoint = var.x }
                resource "aws_sns_topic_subscription" "a" {
                  for_each = { for k, v in local.arns : k => v }
                  endpoint = each.value
                }
                resource "aws_lambda_event_source_mapping" "own" {
                  event_source_arn = aws_sqs_queue.this.arn
                }
                resource "aws_lambda_event_source_mapping" "called" {
                  event_source_arn = module.queue.arn
                }
                resource "aws_shield_protection" "data" {
                  resource_arn = data.aws_lb.this.arn
                }
                resource "aws_wafv2_web_acl_association" "literal" {
                  resource_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/x/y"
                }
                """);
        var m = dev.alexandria.api.model.LibraryModule.class.cast(java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {dev.alexandria.api.model.LibraryModule.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "directory" -> dir;
                    case "id" -> dev.alexandria.api.model.ModuleId.of("written");
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
        Attachments attachments = new Attachments();
        Map<String, Attachments.Attach> by = new java.util.HashMap<>();
        Attachments.VOCABULARY.forEach(x -> by.putIfAbsent(x.from(), x));
        assertEquals(Set.copyOf(by.get("aws_sns_topic_subscription").to()),
                attachments.targets(m, by.get("aws_sns_topic_subscription")));
        assertEquals(Set.of(), attachments.targets(m, by.get("aws_lambda_event_source_mapping")));
        assertEquals(Set.of("aws_lb"), attachments.targets(m, by.get("aws_shield_protection")));
        assertEquals(Set.of(), attachments.targets(m, by.get("aws_wafv2_web_acl_association")));
    }

    private static dev.alexandria.api.model.LibraryModule written(Path dir) {
        return dev.alexandria.api.model.LibraryModule.class.cast(java.lang.reflect.Proxy.newProxyInstance(
                BasedOnFindingsTest.class.getClassLoader(),
                new Class<?>[] {dev.alexandria.api.model.LibraryModule.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "directory" -> dir;
                    case "id" -> dev.alexandria.api.model.ModuleId.of("written");
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }

    private static Attachments.Attach attach(String from) {
        return Attachments.VOCABULARY.stream().filter(x -> x.from().equals(from)).findFirst().orElseThrow();
    }

    /**
     * What a text scan of the files reads wrongly and Terraform's reading does not: a heredoc whose text holds a
     * {@code resource} block's words, a {@code #} inside a string's interpolation (no comment), the argument's name
     * as an object key in a nested block before the argument, an object key of one local named like another local,
     * and a chain of locals naming locals longer than a scan follows. Each argument is read from its parsed
     * expression, in the block its parsed labels name.
     */
    @Test
    void anAttachment_isReadAsTerraformReadsIt_heredocsStringsNestedBlocksAndLocalsNamingLocals(
            @org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("main.tf"), """
                locals {
                  settings = {
                    target = aws_sqs_queue.own.arn
                  }
                  target = local.t1
                  t1     = local.t2
                  t2     = local.t3
                  t3     = local.t4
                  t4     = local.t5
                  t5     = var.target_arn
                }
                resource "aws_ssm_document" "doc" {
                  content = <<-EOT
                    resource "aws_shield_protection" "example" {
                      resource_arn = var.alb_arn
                    }
                  EOT
                }
                resource "aws_wafv2_web_acl_association" "hash" {
                  resource_arn = "${format("%s#%s", var.prefix, var.alb_arn)}"
                }
                resource "aws_lambda_event_source_mapping" "nested" {
                  filter_criteria {
                    filter {
                      pattern = jsonencode({
                        event_source_arn = var.source_arn
                      })
                    }
                  }
                  event_source_arn = aws_sqs_queue.own.arn
                }
                resource "aws_sns_topic_subscription" "chain" {
                  endpoint = local.target
                }
                resource "aws_sqs_queue" "own" {
                }
                """);
        Attachments attachments = new Attachments();
        var m = written(dir);
        // The heredoc's words are no shield_protection block.
        assertEquals(Set.of(), attachments.targets(m, attach("aws_shield_protection")));
        // A '#' in a string's interpolation comments nothing out: the argument reads an input.
        assertEquals(Set.copyOf(attach("aws_wafv2_web_acl_association").to()),
                attachments.targets(m, attach("aws_wafv2_web_acl_association")));
        // The argument is the block's own, its own queue, not an object key of a nested block's expression.
        assertEquals(Set.of(), attachments.targets(m, attach("aws_lambda_event_source_mapping")));
        // local.target is the local, not the object key in settings; followed through six locals to an input.
        assertEquals(Set.copyOf(attach("aws_sns_topic_subscription").to()),
                attachments.targets(m, attach("aws_sns_topic_subscription")));
    }

    /**
     * With a cache folder, what a module's attaching arguments are given is parsed once and then kept while its
     * files are the same: a second request parses no module and says the same; a changed argument is seen on the
     * next request.
     */
    @Test
    void whatAnAttachingArgumentIsGiven_isKeptInTheCache_andAChangedFileIsReadAgain(
            @org.junit.jupiter.api.io.TempDir Path tmp) throws java.io.IOException {
        Path copy = tmp.resolve("lib");
        copyTree(SAMPLE, copy);
        Path cache = tmp.resolve("cache");
        String protects = "waf's aws_wafv2_web_acl_association protects what its resource_arn takes the ARN of: "
                + "web-app-ecs makes aws_lb";
        java.util.function.Supplier<List<String>> wafEvidence = () -> find(Alexandria.builder().root(copy)
                .cacheDirectory(cache).open().recommend().basedOn("web-app-ecs").limit(20).run(), "waf")
                .map(Recommendation::evidence).orElse(List.of());
        int before = Attachments.READS.get();
        assertTrue(wafEvidence.get().contains(protects));
        assertTrue(Attachments.READS.get() > before, "the first request parses the attaching modules");
        before = Attachments.READS.get();
        assertTrue(wafEvidence.get().contains(protects));
        assertEquals(before, Attachments.READS.get(), "an unchanged library is parsed again");

        Path main = copy.resolve("_library/foundations/security/waf/main.tf");
        java.nio.file.Files.writeString(main, java.nio.file.Files.readString(main).replace(
                "resource_arn = var.associate_resource_arns[count.index]", "resource_arn = aws_wafv2_web_acl.this.arn"));
        before = Attachments.READS.get();
        assertFalse(wafEvidence.get().contains(protects));
        assertTrue(Attachments.READS.get() > before, "a changed module is parsed again");
    }

    /** A module written in JSON syntax ({@code .tf.json}) is read as its native twin is. */
    @Test
    void anAttachment_inJsonSyntax_isReadAsInNativeSyntax(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("main.tf.json"), """
                {
                  "locals": { "arns": "${concat(var.extra_arns, [])}" },
                  "resource": {
                    "aws_sns_topic_subscription": {
                      "a": { "for_each": "${toset(local.arns)}", "endpoint": "${each.value}" }
                    },
                    "aws_shield_protection": {
                      "data": { "resource_arn": "${data.aws_lb.this.arn}" }
                    },
                    "aws_lambda_event_source_mapping": {
                      "own": { "event_source_arn": "${aws_sqs_queue.this.arn}" }
                    },
                    "aws_wafv2_web_acl_association": {
                      "literal": { "resource_arn": "var.not_a_reference" }
                    }
                  }
                }
                """);
        Attachments attachments = new Attachments();
        var m = written(dir);
        assertEquals(Set.copyOf(attach("aws_sns_topic_subscription").to()),
                attachments.targets(m, attach("aws_sns_topic_subscription")));
        assertEquals(Set.of("aws_lb"), attachments.targets(m, attach("aws_shield_protection")));
        assertEquals(Set.of(), attachments.targets(m, attach("aws_lambda_event_source_mapping")));
        assertEquals(Set.of(), attachments.targets(m, attach("aws_wafv2_web_acl_association")));
    }

    /**
     * A module made to act on another's resource takes it by an input whose whole noun is that resource type
     * ({@code db_instance_id} and {@code aws_db_instance}), though the other's id names no "instance": the module it
     * is named for ({@code cloudwatch-rds-alarms} and {@code rds-postgres} share {@code rds}) lists it, and it
     * lists that one.
     */
    @Test
    void aModuleMadeToActOnAnothersResource_goesWithTheModuleMakingIt(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws java.io.IOException {
        Path copy = tmp.resolve("lib");
        copyTree(SAMPLE, copy);
        Path dir = copy.resolve("_library/observability/metrics/cloudwatch-rds-alarms");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(".alexandria.yaml"), """
                id: cloudwatch-rds-alarms
                name: RDS CloudWatch Alarms
                description: CloudWatch alarms on an RDS database instance, sent to an SNS topic.
                version: 1.0.0
                layer: observability
                category: observability/metrics
                maturity: stable
                maintainer: team-observability
                """);
        java.nio.file.Files.writeString(dir.resolve("main.tf"), """
                variable "db_instance_id" {
                  description = "The instance ID of the RDS database instance to alarm on."
                  type        = string
                }
                resource "aws_cloudwatch_metric_alarm" "cpu" {
                  alarm_name = "cpu"
                  dimensions = { DBInstanceIdentifier = var.db_instance_id }
                }
                """);
        Library lib = Alexandria.builder().root(copy).noCache().open();
        List<Recommendation> rs = lib.recommend().basedOn("rds-postgres").limit(50).run();
        Recommendation alarms = find(rs, "cloudwatch-rds-alarms").orElseThrow(() -> new AssertionError(rs.toString()));
        // the add-on rule of a use case's plan, which comes first and says it (the made-for rule found it before)
        assertEquals("an add-on of rds-postgres: takes db_instance_id (a required input), which rds-postgres makes",
                alarms.evidence().get(0));
        // weighed as a dependent (2): within the default 8, above the alternatives of the same category (1)
        assertTrue(rs.indexOf(alarms) < 8 && rs.indexOf(alarms) < rs.indexOf(find(rs, "rds-aurora").orElseThrow()),
                rs.toString());
        assertEquals(List.of("makes what db_instance_id of cloudwatch-rds-alarms takes, which cloudwatch-rds-alarms"
                + " is made for"), find(lib.recommend().basedOn("cloudwatch-rds-alarms").limit(50).run(),
                "rds-postgres").orElseThrow().evidence());
        // an input naming the kind only ("ARN of the KMS key") does not make a module "made for" every KMS module
        assertEquals(Optional.empty(), Recommender.typeInput(lib.requireModule("rds-postgres"),
                lib.requireModule("kms"), Services.of(lib), Set.of()));
    }

    /**
     * A word two ids share that names a kind of resource of many services ({@code cluster}: EKS, ECS, Aurora, MSK,
     * DocumentDB) is no sign that one module is made for the other: a Kafka cluster module that makes its own KMS
     * key is not listed for a document database cluster whose {@code kms_key_arn} takes one, while the KMS module,
     * made for keys, still is.
     */
    @Test
    void aSharedWordNamingAKindOfManyServices_makesNoModuleMadeForAnother(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws java.io.IOException {
        Path copy = tmp.resolve("lib");
        copyTree(SAMPLE, copy);
        module(copy, "integration/event-streaming", "kafka-cluster", "Kafka Cluster", """
                resource "aws_msk_cluster" "this" {
                  cluster_name = "kafka"
                }
                resource "aws_kms_key" "this" {
                  description = "encrypts the brokers' storage"
                }
                output "arn" {
                  value = aws_msk_cluster.this.arn
                }
                """);
        module(copy, "data/databases", "docdb-cluster", "Document Database Cluster", """
                variable "kms_key_arn" {
                  description = "ARN of the KMS key encrypting the storage."
                  type        = string
                }
                resource "aws_docdb_cluster" "this" {
                  kms_key_id = var.kms_key_arn
                }
                """);
        Library lib = Alexandria.builder().root(copy).noCache().open();
        List<Recommendation> rs = lib.recommend().basedOn("docdb-cluster").limit(50).run();
        assertEquals(Optional.empty(), find(rs, "kafka-cluster"), rs.toString());
        assertTrue(find(rs, "kms").orElseThrow(() -> new AssertionError(rs.toString())).evidence().stream()
                .anyMatch(e -> e.endsWith("for kms_key_arn, an input of docdb-cluster")), rs.toString());
        assertEquals(Optional.empty(), find(lib.recommend().basedOn("kafka-cluster").limit(50).run(), "docdb-cluster"));
    }

    /**
     * An input naming what another module makes by that module's own id ({@code rds_instance_ids} of the dashboards
     * and {@code rds-postgres}, whose {@code aws_db_instance} the provider does not spell "rds"), said by the output
     * that gives it, an identifier being an id.
     */
    @Test
    void anInputNamingAModulesThingByItsId_goesWithIt_saidByTheOutputGivingIt() {
        Recommendation dashboards = find(basedOn("rds-postgres"), "cloudwatch-dashboards")
                .orElseThrow(() -> new AssertionError(basedOn("rds-postgres").toString()));
        assertTrue(dashboards.evidence().contains("takes rds_instance_ids, which rds-postgres outputs as"
                + " db_instance_identifier"), dashboards.toString());
        assertEquals(Optional.of("db_instance_arn"), Recommender.idOutput(library.requireModule("rds-postgres"),
                "rds_instance_arns"));
    }

    /**
     * A module named for a service it makes (a CloudFront CDN) has no alternative that makes none of it: the bucket
     * modules of its category share only the origin bucket it makes on the side; the two bucket tiers still are
     * alternatives of one another.
     */
    @Test
    void aServiceMadeOnTheSide_makesNoAlternative(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws java.io.IOException {
        Path copy = tmp.resolve("lib");
        copyTree(SAMPLE, copy);
        module(copy, "data/storage", "cloudfront-cdn", "CloudFront CDN", """
                resource "aws_cloudfront_distribution" "this" {
                  enabled = true
                }
                resource "aws_s3_bucket" "origin" {
                  bucket = "origin"
                }
                """);
        Library lib = Alexandria.builder().root(copy).noCache().open();
        List<Recommendation> rs = lib.recommend().basedOn("cloudfront-cdn").limit(50).run();
        assertFalse(rs.stream().flatMap(r -> r.evidence().stream()).anyMatch(e -> e.startsWith("an alternative")),
                rs.toString());
        assertTrue(find(lib.recommend().basedOn("s3-basic").limit(50).run(), "s3-advanced").orElseThrow().evidence()
                .stream().anyMatch(e -> e.startsWith("an alternative in data/storage")));
    }

    static void module(Path library, String category, String id, String name, String tf)
            throws java.io.IOException {
        Path dir = library.resolve("_library/" + category + "/" + id);
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve(".alexandria.yaml"), "id: " + id + "\nname: " + name
                + "\ndescription: " + name + ".\nversion: 1.0.0\nlayer: " + category.substring(0, category.indexOf('/'))
                + "\ncategory: " + category + "\nmaturity: stable\nmaintainer: team-platform\n");
        java.nio.file.Files.writeString(dir.resolve("main.tf"), tf);
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var s = java.nio.file.Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (java.nio.file.Files.isDirectory(p)) {
                    java.nio.file.Files.createDirectories(t);
                } else {
                    java.nio.file.Files.copy(p, t);
                }
            }
        }
    }

    @Test
    void aModuleServingOthers_getsThoseTakingWhatItMakes_ofTheKindTheirInputNames() {
        List<Recommendation> rs = basedOn("kms");
        assertTrue(find(rs, "secretsmanager").orElseThrow().evidence().contains("takes kms_key_arn, which kms makes"),
                rs.toString());
        // An ECS service's cluster_arn ("an existing ECS cluster") is not what an Aurora cluster makes.
        assertFalse(basedOn("rds-aurora").stream().flatMap(r -> r.evidence().stream())
                .anyMatch(e -> e.startsWith("takes cluster")), basedOn("rds-aurora").toString());
    }

    /**
     * Modules that are alternatives of one another take one place: {@code --based-on eks-standard} listed the three
     * VPC tiers in its first four; now the one its examples use, the others named on it, and the KMS key its
     * {@code kms_key_arn} takes (an input the cluster takes even though it can make its own key) has room.
     */
    @Test
    void alternativesOfOneAnother_takeOnePlace_andTheModulesItTakesInputsOfHaveRoom() {
        List<Recommendation> rs = library.recommend().basedOn("eks-standard").limit(4).run();
        List<String> ids = rs.stream().map(r -> r.module().id().value()).toList();
        assertEquals(1, ids.stream().filter(id -> id.startsWith("vpc-")).count(), ids.toString());
        Recommendation vpc = find(rs, "vpc-standard").orElseThrow(() -> new AssertionError(ids.toString()));
        assertTrue(vpc.evidence().contains("alternatives, not listed: vpc-advanced, vpc-basic"), vpc.toString());
        Recommendation kms = find(rs, "kms").orElseThrow(() -> new AssertionError(ids.toString()));
        assertTrue(kms.evidence().contains("provides key_arn for kms_key_arn, an input of eks-standard"),
                kms.toString());
        // no module of the whole list is an alternative of another listed one
        Alternatives rule = Alternatives.in(library);
        List<Recommendation> all = basedOn("eks-standard");
        for (Recommendation a : all) {
            for (Recommendation b : all) {
                assertFalse(rule.of(a.module(), b.module()), a.module().id() + " and " + b.module().id());
            }
        }
        // the module's own alternatives are each listed: they answer what could take its place
        List<String> vpcs = basedOn("vpc-standard").stream().map(r -> r.module().id().value()).toList();
        assertTrue(vpcs.contains("vpc-basic") && vpcs.contains("vpc-advanced"), vpcs.toString());
    }

    /**
     * A queue is read by a function's event source mapping and fed by a topic's subscription, by arguments whose
     * names say nothing of a queue ({@code event_source_arn}, {@code endpoint}): before, {@code --based-on sqs} had
     * no evidence of either, and on the real-module library {@code --based-on clouddrove-sqs} listed only modules of
     * its category making none of its services.
     */
    @Test
    void aQueue_getsTheModulesFeedingIt_byTheResourcesThatAttachToIt() {
        List<Recommendation> rs = basedOn("sqs");
        Recommendation sns = find(rs, "sns").orElseThrow(() -> new AssertionError(rs.toString()));
        assertTrue(sns.evidence().contains("sns's aws_sns_topic_subscription delivers to what its endpoint takes the"
                + " ARN of: sqs makes aws_sqs_queue"), sns.toString());
    }
}
