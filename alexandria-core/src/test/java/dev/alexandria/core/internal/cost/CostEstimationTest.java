package dev.alexandria.core.internal.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alexandria.api.CatalogException;
import dev.alexandria.api.ModuleHclException;
import dev.alexandria.api.UnknownRegionException;
import dev.alexandria.api.model.CostLine;
import dev.alexandria.api.model.HclValue;
import dev.alexandria.api.model.ModuleCost;
import dev.alexandria.core.Alexandria;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Estimation of modules from their HCL (fixtures under src/test/resources/cost/), priced with the bundled AWS
 * snapshot, us-east-1: instance:t3.micro 0.0104, instance:m5.large 0.096, instance:c5.large 0.085 (Hrs); ebs:gp3
 * 0.08 (GB-Mo); nat-gateway:hour 0.045; public-ipv4:in-use-hour 0.005; alb:hour 0.0225; AmazonEKS cluster:hour
 * 0.1, fargate:vcpu-hour 0.04048, fargate:gb-hour 0.004445.
 */
class CostEstimationTest {

    static final Path FIXTURES = Path.of("src/test/resources/cost");

    static ModuleCost estimate(String fixture) {
        return Alexandria.cost(FIXTURES.resolve(fixture)).estimate();
    }

    /** Lines as {@code address | component | status | $monthly | reason}. */
    static List<String> lines(ModuleCost c) {
        List<String> out = new ArrayList<>();
        for (CostLine l : c.lines()) {
            out.add(l.address() + " | " + l.component() + " | " + l.status() + " | $"
                    + l.monthlyUsd().setScale(2, RoundingMode.HALF_UP) + (l.reason().isEmpty() ? "" : " | "
                    + l.reason()));
        }
        return out;
    }

    @Test
    void counts_fromDefaults() {
        ModuleCost c = estimate("counts");
        // 2 x t3.micro: 730 x 0.0104 = 7.592 each; 10 GB gp3 x 0.08 = 0.80 each; total 2 x 8.392 = 16.784
        assertEquals(List.of(
                "aws_instance.web[0] | Instance usage (Linux/UNIX, on-demand, t3.micro) | PRICED | $7.59",
                "aws_instance.web[0] | root_block_device: Storage (general purpose SSD, gp3) | PRICED | $0.80",
                "aws_instance.web[1] | Instance usage (Linux/UNIX, on-demand, t3.micro) | PRICED | $7.59",
                "aws_instance.web[1] | root_block_device: Storage (general purpose SSD, gp3) | PRICED | $0.80",
                "aws_s3_bucket.b[\"data\"] | Standard storage | DEPENDS_ON_USAGE | $0.00",
                "aws_s3_bucket.b[\"data\"] | PUT, COPY, POST, LIST requests | DEPENDS_ON_USAGE | $0.00",
                "aws_s3_bucket.b[\"data\"] | GET, SELECT and all other requests | DEPENDS_ON_USAGE | $0.00",
                "aws_s3_bucket.b[\"logs\"] | Standard storage | DEPENDS_ON_USAGE | $0.00",
                "aws_s3_bucket.b[\"logs\"] | PUT, COPY, POST, LIST requests | DEPENDS_ON_USAGE | $0.00",
                "aws_s3_bucket.b[\"logs\"] | GET, SELECT and all other requests | DEPENDS_ON_USAGE | $0.00",
                "aws_security_group.web |  | FREE | $0.00 | VPC networking objects have no charge; what runs in them "
                        + "is priced on its own",
                "random_id.suffix |  | FREE | $0.00 | a random_id exists only in the Terraform state; it creates "
                        + "nothing in a cloud",
                "aws_kinesis_stream.events |  | NOT_PRICED | $0.00 | no resource cost model prices "
                        + "aws_kinesis_stream"), lines(c));
        assertEquals(new BigDecimal("16.78"), c.fixedMonthlyUsd());
        assertTrue(c.partial());
        CostLine first = c.lines().get(0);
        assertEquals(List.of("variable default: instance_type = var.instance_type = \"t3.micro\" (default of "
                + "var.instance_type)", "constant: tenancy not set: shared", "constant: 730 hours a month")
                .size(), first.origins().size());
        assertTrue(first.origins().get(0).startsWith("variable default: instance_type = var.instance_type"),
                first.origins().toString());
        assertEquals("apw:ec2 (2025-12-06)", first.price().orElseThrow().toString());
        assertEquals("alexandria-aws-list-prices", first.price().orElseThrow().provider());
        assertTrue(c.disclaimers().get(0).startsWith("AWS list prices are for informational purposes only"));
    }

    @Test
    void counts_fromAnInputsFile() {
        ModuleCost c = Alexandria.cost(FIXTURES.resolve("counts")).inputs(FIXTURES.resolve("counts/prod.tfvars"))
                .estimate();
        // 4 x m5.large: 730 x 0.096 = 70.08 each; 4 x 0.80; total 4 x 70.88 = 283.52
        assertEquals(new BigDecimal("283.52"), c.fixedMonthlyUsd());
        assertEquals("aws_instance.web[3]", c.lines().get(6).address());
        assertTrue(c.lines().get(0).origins().get(0).startsWith("input: instance_type = var.instance_type = "
                + "\"m5.large\" (var.instance_type from --inputs)"), c.lines().get(0).origins().toString());
    }

    @Test
    void counts_fromInputValues() {
        ModuleCost c = Alexandria.cost(FIXTURES.resolve("counts"))
                .inputs(Map.of("instance_count", HclValue.of(0))).estimate();
        assertEquals(new BigDecimal("0.00"), c.fixedMonthlyUsd());
        assertEquals(List.of("aws_instance.web |  | ZERO_INSTANCES | $0.00 | count = var.instance_count = 0 "
                + "(var.instance_count from --inputs)"), lines(c).stream().filter(l -> l.startsWith("aws_instance"))
                .toList());
    }

    @Test
    void zeroInstances_areListedAsZeroInstancesLinesNotDropped() {
        ModuleCost c = estimate("zero-instances");
        assertEquals(List.of(
                "aws_nat_gateway.this |  | ZERO_INSTANCES | $0.00 | count = var.create_nat ? 1 : 0 = 0 (default of "
                        + "var.create_nat)",
                "aws_sqs_queue.q |  | ZERO_INSTANCES | $0.00 | for_each = var.queues = toset([]), empty (default of "
                        + "var.queues)",
                "aws_eip.spare |  | ZERO_INSTANCES | $0.00 | count = 0",
                "aws_kms_key.this | Customer managed key | PRICED | $1.00",
                "aws_kms_key.this | Requests (symmetric) | DEPENDS_ON_USAGE | $0.00",
                "module.child |  | ZERO_INSTANCES | $0.00 | count = 0"), lines(c));
        assertEquals(new BigDecimal("1.00"), c.fixedMonthlyUsd());
        assertFalse(c.partial(), "a resource with no instances is known to cost nothing");
        CostLine nat = c.lines().get(0);
        assertEquals(java.util.Optional.empty(), nat.quantity());
        assertEquals(java.util.Optional.empty(), nat.price());
        // with the variable set, the same resource is priced: 730 x 0.045 = 32.85
        ModuleCost on = Alexandria.cost(FIXTURES.resolve("zero-instances"))
                .inputs(Map.of("create_nat", HclValue.of(true))).estimate();
        assertEquals("aws_nat_gateway.this[0] | NAT gateway | PRICED | $32.85", lines(on).get(0));
    }

    @Test
    void unknownCount_isNotPricedNeverAssumedOne() {
        ModuleCost c = estimate("unknown-count");
        assertEquals(List.of(
                "aws_nat_gateway.this |  | NOT_PRICED | $0.00 | count = length(var.azs) is not known: var.azs has no "
                        + "default and no input — not priced, pass --inputs",
                "aws_eks_cluster.this | EKS cluster | PRICED | $73.00",
                "aws_eks_cluster.this | EKS extended support | NOT_PRICED | $0.00 | version = var.kubernetes_version "
                        + "is not known: var.kubernetes_version has no default and no input — not priced, pass "
                        + "--inputs (a version in extended support adds the extended-support rate)"), lines(c));
        ModuleCost given = Alexandria.cost(FIXTURES.resolve("unknown-count")).inputs(Map.of("azs",
                HclValue.tuple(List.of(HclValue.of("a"), HclValue.of("b"))), "kubernetes_version",
                HclValue.of("1.33"))).estimate();
        // 2 NAT gateways x 32.85 + the cluster 73.00 = 138.70
        assertEquals(new BigDecimal("138.70"), given.fixedMonthlyUsd());
        assertFalse(given.partial());
    }

    @Test
    void moduleCalls_byRelativePathWithTheCallersArguments() {
        ModuleCost c = estimate("nat-stack");
        // nat_count = 2 in prod: 2 x (EIP 3.65 + NAT 32.85) = 73.00
        assertEquals(List.of(
                "module.nat[\"prod\"].aws_eip.nat[0] | Public IPv4 address | PRICED | $3.65",
                "module.nat[\"prod\"].aws_eip.nat[1] | Public IPv4 address | PRICED | $3.65",
                "module.nat[\"prod\"].aws_nat_gateway.this[0] | NAT gateway | PRICED | $32.85",
                "module.nat[\"prod\"].aws_nat_gateway.this[0] | Data processed | DEPENDS_ON_USAGE | $0.00",
                "module.nat[\"prod\"].aws_nat_gateway.this[1] | NAT gateway | PRICED | $32.85",
                "module.nat[\"prod\"].aws_nat_gateway.this[1] | Data processed | DEPENDS_ON_USAGE | $0.00",
                "module.remote |  | NOT_PRICED | $0.00 | module source \"terraform-aws-modules/vpc/aws\" is not in the "
                        + "library or a relative path: the modules it deploys are not priced"), lines(c));
        assertEquals(new BigDecimal("73.00"), c.fixedMonthlyUsd());
        assertTrue(c.lines().get(0).origins().isEmpty() || c.lines().get(0).origins().get(0).startsWith("constant"));
    }

    @Test
    void references_launchTemplateAndTaskDefinition() {
        ModuleCost c = estimate("asg");
        // ASG: 3 x 730 = 2190 h x 0.085 = 186.15; 3 x 30 GB gp3 = 90 x 0.08 = 7.20
        // ECS: 2 x 0.5 vCPU x 730 = 730 x 0.04048 = 29.55; 2 x 1 GB x 730 = 1460 x 0.004445 = 6.49
        assertEquals(List.of(
                "aws_launch_template.web |  | FREE | $0.00 | a launch template or configuration costs nothing; the "
                        + "instances launched from it are priced on the Auto Scaling group, node group or instance "
                        + "that uses it",
                "aws_autoscaling_group.web | Instance usage (Linux/UNIX, on-demand, c5.large) | PRICED | $186.15",
                "aws_autoscaling_group.web | block_device_mappings[0] (aws_launch_template.web): Storage (general "
                        + "purpose SSD, gp3) | PRICED | $7.20",
                "aws_ecs_task_definition.app |  | FREE | $0.00 | ECS clusters and task definitions cost nothing; tasks "
                        + "are priced on aws_ecs_service",
                "aws_ecs_service.app | Fargate vCPU | PRICED | $29.55",
                "aws_ecs_service.app | Fargate memory (GB) | PRICED | $6.49"), lines(c));
        CostLine vcpu = c.lines().get(4);
        assertEquals("aws/AmazonEKS/us-east-1/fargate:vcpu-hour", vcpu.price().orElseThrow().key());
        assertTrue(vcpu.notes().contains("priced with aws/AmazonEKS/us-east-1/fargate:vcpu-hour: no source has "
                + "aws/AmazonECS/us-east-1/fargate:vcpu-hour"), vcpu.notes().toString());
    }

    @Test
    void usageFile_exactAddressesWildcardsAndUnusedEntries() {
        ModuleCost c = Alexandria.cost(FIXTURES.resolve("counts")).usage(FIXTURES.resolve("counts/usage.yml"))
                .estimate();
        List<String> s3 = lines(c).stream().filter(l -> l.startsWith("aws_s3_bucket")).toList();
        // logs: 100 GB x 0.023 = 2.30; both: 10,000 PUT x 0.000005 = 0.05
        assertEquals(List.of(
                "aws_s3_bucket.b[\"data\"] | Standard storage | DEPENDS_ON_USAGE | $0.00",
                "aws_s3_bucket.b[\"data\"] | PUT, COPY, POST, LIST requests | PRICED | $0.05",
                "aws_s3_bucket.b[\"data\"] | GET, SELECT and all other requests | DEPENDS_ON_USAGE | $0.00",
                "aws_s3_bucket.b[\"logs\"] | Standard storage | PRICED | $2.30",
                "aws_s3_bucket.b[\"logs\"] | PUT, COPY, POST, LIST requests | PRICED | $0.05",
                "aws_s3_bucket.b[\"logs\"] | GET, SELECT and all other requests | DEPENDS_ON_USAGE | $0.00"), s3);
        assertEquals(new BigDecimal("2.40"), c.usageMonthlyUsd());
        assertEquals(new BigDecimal("16.78"), c.fixedMonthlyUsd());
        assertEquals(List.of(FIXTURES.resolve("counts/usage.yml") + ":9:3: usage of aws_lambda_function.missing "
                + "matches no resource of the module; check the address (module.<call>.<type>.<name>[<index>])"),
                c.warnings());
        assertTrue(c.lines().get(7).origins().get(0).startsWith("usage file: standard.storage_gb = 100 ("),
                c.lines().get(7).origins().toString());
    }

    @Test
    void usageDefaults_areAppliedAndSaidOnEveryLineTheyTouch() {
        ModuleCost c = Alexandria.cost(FIXTURES.resolve("nat-stack")).usageDefaults(true).estimate();
        CostLine data = c.lines().get(3);
        assertEquals(CostLine.Status.PRICED, data.status());
        // 100 GB assumed x 0.045 = 4.50
        assertEquals(new BigDecimal("4.50"), data.monthlyUsd().setScale(2, RoundingMode.HALF_UP));
        assertTrue(data.notes().contains("usage assumed by --usage-defaults"), data.notes().toString());
        assertTrue(data.origins().get(0).startsWith("assumption: monthly_data_processed_gb = 100 GB per month "
                + "(assumed by --usage-defaults:"), data.origins().toString());
        assertEquals(new BigDecimal("73.00"), c.fixedMonthlyUsd());
    }

    @Test
    void usageFile_aKeyNoModelOfTheResourceReadsIsAWarningWithTheClosestKey() {
        Path file = FIXTURES.resolve("nat-stack/misspelled-usage.yml");
        ModuleCost c = Alexandria.cost(FIXTURES.resolve("nat-stack")).usage(file).estimate();
        String entry = "module.nat[\"prod\"].aws_nat_gateway.this[*]";
        assertEquals(List.of(
                file + ":6:5: " + entry + " operating_system = 'linux' is not a number; ignored (Alexandria prices "
                        + "on-demand Linux; text usage values do not apply)",
                file + ":4:5: usage key 'monthly_data_processed_gbs' of " + entry + " is not a usage key of "
                        + "aws_nat_gateway, so it is ignored; did you mean 'monthly_data_processed_gb'?",
                file + ":5:5: usage key 'monthly_gb_processed' of " + entry + " is not a usage key of "
                        + "aws_nat_gateway, so it is ignored; its keys are: monthly_data_processed_gb"),
                c.warnings().stream().filter(w -> w.startsWith(file.toString())).toList());
        // the misspelled value is not used: the data line still depends on usage
        assertEquals(CostLine.Status.DEPENDS_ON_USAGE, c.lines().get(3).status());
    }

    @Test
    void usageFile_aTextValueOfAUsageKeyIsAnErrorThatSaysWhatNumberItNeeds() {
        Path file = FIXTURES.resolve("nat-stack/text-usage.yml");
        CatalogException e = assertThrows(CatalogException.class,
                () -> Alexandria.cost(FIXTURES.resolve("nat-stack")).usage(file).estimate());
        assertEquals(file + ":4:5: usage value monthly_data_processed_gb of module.nat[\"prod\"].aws_nat_gateway"
                + ".this[0]: expected a number of GB per month, got 'lots'; write a number "
                + "(monthly_data_processed_gb: 100)", e.getMessage());
    }

    @Test
    void unknownRegion_listsTheRegionsWithPrices() {
        UnknownRegionException e = assertThrows(UnknownRegionException.class,
                () -> Alexandria.cost(FIXTURES.resolve("counts")).region("mars-1").estimate());
        assertEquals("unknown region 'mars-1': no prices for it; regions with prices: ap-northeast-1, ap-northeast-2, "
                + "ap-south-1, ap-southeast-1, ap-southeast-2, ca-central-1, eu-central-1, eu-north-1, eu-west-1, "
                + "eu-west-2, eu-west-3, sa-east-1, us-east-1, us-east-2, us-west-1, us-west-2", e.getMessage());
        assertEquals(16, e.regions().size());
    }

    @Test
    void malformedUsageFile_isADataErrorWithFileAndLine() {
        Path bad = FIXTURES.resolve("counts/bad-usage.yml");
        CatalogException e = assertThrows(CatalogException.class,
                () -> Alexandria.cost(FIXTURES.resolve("counts")).usage(bad).estimate());
        // SnakeYAML's words (<stream end>, "while parsing a flow sequence") are put in plain words
        assertEquals(bad + ":5:23: not valid YAML: in the [ ] list started at line 5, column 19: expected ',' or "
                + "']', but got the end of the file; correct the YAML there (a usage file is 'version: 0.1' and "
                + "'resource_usage:', a map of resource addresses to maps of usage keys and numbers)", e.getMessage());
        Path negative = FIXTURES.resolve("counts/negative-usage.yml");
        CatalogException n = assertThrows(CatalogException.class,
                () -> Alexandria.cost(FIXTURES.resolve("counts")).usage(negative).estimate());
        assertEquals(negative + ":5:7: usage value standard.storage_gb of aws_s3_bucket.b[\"logs\"] is negative (-5); "
                + "usage values are counts and sizes, 0 or more", n.getMessage());
    }

    @Test
    void malformedInputsFile_isADataErrorWithFileAndLine() {
        Path broken = FIXTURES.resolve("counts/broken.tfvars");
        CatalogException e = assertThrows(CatalogException.class,
                () -> Alexandria.cost(FIXTURES.resolve("counts")).inputs(broken).estimate());
        assertEquals(broken + ":2:27: Unterminated template string: No closing marker was found for the string; "
                + "correct the .tfvars file there (one 'name = value' per line, e.g. az_count = 3)", e.getMessage());
        Path missing = FIXTURES.resolve("counts/none.tfvars");
        CatalogException m = assertThrows(CatalogException.class,
                () -> Alexandria.cost(FIXTURES.resolve("counts")).inputs(missing).estimate());
        assertEquals(missing + ": no such file, or it cannot be read; check the path (a relative path is read from "
                + "the working directory) and its permissions", m.getMessage());
    }

    @Test
    void builder_checksArgumentsAndShowsWhatWasSet() {
        UnknownRegionException blank = assertThrows(UnknownRegionException.class,
                () -> Alexandria.cost(FIXTURES).region(" "));
        assertTrue(blank.getMessage().startsWith("unknown region ' ': no prices for it; regions with prices: "),
                blank.getMessage());
        assertThrows(NullPointerException.class, () -> Alexandria.cost(FIXTURES).usage(null));
        assertEquals("CostEstimate{module=" + FIXTURES.resolve("counts") + ", region=eu-west-1, usageDefaults=true}",
                Alexandria.cost(FIXTURES.resolve("counts")).region("eu-west-1").usageDefaults(true).toString());
    }

    @Test
    void estimate_hclErrors_throwWithEveryErrorRatherThanASilentZero() {
        ModuleHclException e = assertThrows(ModuleHclException.class,
                () -> Alexandria.cost(FIXTURES.resolve("broken-hcl")).estimate());
        Path tf = FIXTURES.resolve("broken-hcl/main.tf").toAbsolutePath();
        assertEquals(FIXTURES.resolve("broken-hcl") + ": 2 errors in the HCL; no estimate\n"
                + tf + ":2:26: Unterminated template string: No closing marker was found for the string\n"
                + tf + ":5:35: Unclosed configuration block: There is no closing brace for this block before the end "
                + "of the file. This may be caused by incorrect brace nesting elsewhere in this file", e.getMessage());
        assertEquals(2, e.diagnostics().size());
        assertEquals(5, e.diagnostics().get(1).location().line());
    }

    @Test
    void estimate_malformedBlock_throws() {
        ModuleHclException e = assertThrows(ModuleHclException.class,
                () -> Alexandria.cost(FIXTURES.resolve("broken-blocks")).estimate());
        assertEquals(FIXTURES.resolve("broken-blocks") + ": 1 error in the HCL; no estimate\n"
                + FIXTURES.resolve("broken-blocks/main.tf").toAbsolutePath() + ":1:1: Missing name for resource: All "
                + "resource blocks must have 2 labels (type, name)", e.getMessage());
    }

    @Test
    void estimate_hclErrorsInACalledModule_throw() {
        ModuleHclException e = assertThrows(ModuleHclException.class,
                () -> Alexandria.cost(FIXTURES.resolve("calls-broken")).estimate());
        assertEquals(FIXTURES.resolve("calls-broken") + ": 1 error in the HCL; no estimate\n"
                + FIXTURES.resolve("calls-broken/child/main.tf").toAbsolutePath() + ":1:35: Unclosed configuration "
                + "block: There is no closing brace for this block before the end of the file. This may be caused by "
                + "incorrect brace nesting elsewhere in this file", e.getMessage());
    }

    @Test
    void estimate_missingUsageFile_saysNoSuchFile() {
        Path missing = FIXTURES.resolve("nope.yml");
        CatalogException e = assertThrows(CatalogException.class,
                () -> Alexandria.cost(FIXTURES.resolve("counts")).usage(missing).estimate());
        assertEquals(missing + ": no such file; check the path (a relative path is read from the working directory)",
                e.getMessage());
    }
}
